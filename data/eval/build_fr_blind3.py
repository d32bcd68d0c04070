"""Build data/eval/fr_blind3.jsonl: 120 blind, hand-written Canadian-French evaluation messages.

Written by a helper session that never opened the rule packs, the training corpus, data/dev or any
other evaluation file. Every text below is written out by hand and invented (people, firms, handles,
numbers, addresses; e-mail domains are example.com/.net/.org). The order is shuffled with a fixed seed
and ids frb3-001 ... frb3-120 follow the shuffled order.

HELD-OUT DATA: never tune rules, weights, thresholds or models on it; never copy it into rule
examples, tests or the corpus. Measured by the lead only.

Stage: coercion and job_scam messages take that stage; otherwise the furthest funnel stage shown by the
categories (contact < pivot < paid_task < elicitation < meeting); a message with no funnel category takes
`payment` if it shows unusual_payment, else `secrecy`. Benign messages: `none`.

Run:  .venv/bin/python data/eval/build_fr_blind3.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

# The ten categories in their canonical order, and short names for them in the data below.
CAT_ORDER = (
    "credential_targeting", "off_platform", "paid_task", "vague_client", "sensitive_info",
    "client_meeting", "secrecy", "unusual_payment", "coercion", "job_scam",
)  # fmt: skip
CT, OP, PT, VC, SI, CM, SE, UP, CO, JS = CAT_ORDER
FUNNEL = [(CM, "meeting"), (SI, "elicitation"), (PT, "paid_task"), (OP, "pivot"), (CT, "contact")]
SEED = 31122026
OUT = Path(__file__).with_name("fr_blind3.jsonl")

ROWS: list[dict[str, object]] = []


def stage_for(cats: list[str]) -> str:
    """The message's stage, derived from its categories (see the module docstring)."""
    for special in (CO, JS):
        if special in cats:
            return special
    for cat, stage in FUNNEL:
        if cat in cats:
            return stage
    if UP in cats:
        return "payment"
    if SE in cats:
        return "secrecy"
    raise ValueError(f"no stage for {cats}")


_STRUCTURAL = re.compile(r"^(?:\[|•|>|—|\d+\)|[a-z]\) )")


def unwrap(text: str) -> str:
    """Undo the source's hard wrapping: a line of 85+ characters continues on the next line.

    The texts are wrapped in this file only to keep it readable; chat lines, list items, quoted
    lines and signatures (short lines) keep their own line breaks.
    """
    out = text.strip().split("\n")
    i = 0
    while i < len(out) - 1:
        nxt = out[i + 1]
        if len(out[i]) >= 85 and nxt.strip() and not _STRUCTURAL.match(nxt):
            out[i : i + 2] = [out[i] + " " + nxt]
        else:
            i += 1
    return "\n".join(out)


def sus(kind: str, subtlety: str, cats: list[str], text: str) -> None:
    """Add a suspicious message (label 1)."""
    assert subtlety in ("overt", "subtle") and all(c in CAT_ORDER for c in cats)
    ordered = sorted(set(cats), key=CAT_ORDER.index)
    ROWS.append(dict(text=unwrap(text), label=1, kind=kind, lookalike=False, categories=ordered,
                     stage=stage_for(ordered), subtlety=subtlety))  # fmt: skip


def ben(kind: str, lookalike: bool, text: str) -> None:
    """Add a benign message (label 0): no categories, stage and subtlety `none`."""
    ROWS.append(dict(text=unwrap(text), label=0, kind=kind, lookalike=lookalike, categories=[],
                     stage="none", subtlety="none"))  # fmt: skip


# The texts are wrapped by hand for reading; keep them that way.
# fmt: off

# ---------------------------------------------------------------- suspicious: contact

sus("fake_headhunter", "overt", [CT, VC], """
Bonjour Mme Gagnon,

Je me permets de vous écrire car votre profil a retenu l'attention d'un de mes clients, un groupe
international actif dans la défense et l'aérospatiale. Je ne peux pas encore vous dévoiler son nom, mais
je peux vous dire qu'il recherche spécifiquement des personnes qui détiennent une cote de sécurité
Très secret et qui ont travaillé sur des programmes du MDN. La rémunération dépasse largement ce qui se
fait au Canada.

Seriez-vous ouverte à une première discussion?

Cordialement,
Julien Marchand
Associé principal, Marchand & Lévesque Conseil
""")

sus("fake_recruiter", "subtle", [CT], """
Salut Marc! J'ai vu sur ton profil que t'as passé six ans au CST avant de te joindre au privé. On monte
une petite équipe de veille et ton parcours nous intéresse vraiment, surtout la période où tu suivais les
dossiers Indo-Pacifique. Ça te tenterait d'en jaser un de ces jours?
""")

sus("fake_think_tank", "overt", [CT, VC], """
Objet : Invitation — Réseau des experts associés

Madame, Monsieur,

Le Centre d'études Nord-Pacifique constitue un réseau restreint d'experts associés issus de la fonction
publique fédérale, notamment d'Affaires mondiales Canada, de Sécurité publique et du Bureau du Conseil
privé. Nos partenaires, dont nous préférons taire le nom à ce stade, souhaitent bénéficier du regard de
praticiens expérimentés. Votre nom nous a été suggéré. Une cote de fiabilité approfondie ou supérieure
serait un atout.

Veuillez agréer nos salutations distinguées,

Dr Henri Vaillancourt
Directeur des programmes
Centre d'études Nord-Pacifique
""")

sus("fake_recruiter", "subtle", [CT], """
Bonjour, vous êtes toujours à la Direction générale des politiques de défense? Nous cherchons quelqu'un
qui connaît bien les gens là-bas et la façon dont les dossiers avancent. Seriez-vous disponible pour un
court échange cette semaine?
""")

sus("fake_headhunter", "overt", [CT, VC], """
Hi Sophie, je suis recruiter pour une firme de consulting basée à Singapour. Notre client cherche des
ingénieurs en semi-conducteurs avec de l'expérience sur les procédés 5 nm, idéalement chez un fabricant
nord-américain. Le nom du client reste confidential pour le moment mais le package est vraiment très
interressant. Let me know!
""")

sus("fake_consultant", "subtle", [CT, VC], """
Monsieur Côté, votre intervention au colloque de l'an dernier sur la planification du réseau électrique
m'a beaucoup intéressé. Je travaille avec un petit groupe qui conseille des investisseurs étrangers dans
l'énergie au Canada. Ce serait précieux d'avoir l'éclairage de quelqu'un qui a passé vingt ans à
l'intérieur d'une société d'État. Auriez-vous quinze minutes la semaine prochaine?
""")

sus("fake_recruiter", "overt", [CT, VC], """
Bonjour Karim,
Je recrute pour le compte d'un équipementier télécom asiatique qui ouvre un centre de R-D à Montréal. Ils
ciblent surtout des gens qui ont travaillé sur le cœur de réseau 5G d'un grand opérateur canadien, ou qui
ont eu accès aux exigences du CST pour les fournisseurs. Salaire à partir de 220 k$, bonus à la
signature. Mon client ne souhaite pas être nommé avant la deuxième étape. Intéressé?
""")

sus("fake_academic", "subtle", [CT], """
Objet : Collaboration de recherche — cartographie université-défense

Bonjour Pre Lapointe,

Je suis chercheur invité dans un laboratoire d'intelligence artificielle et je m'intéresse beaucoup aux
projets que votre équipe mène avec Recherche et développement pour la défense Canada. Je prépare une
cartographie des collaborations entre universités et défense en Amérique du Nord et j'aimerais beaucoup
échanger avec vous, puis avec les étudiants qui travaillent sur ces contrats, si vous pouviez me les
présenter.

Au plaisir,
Wei Liang, Ph. D.
Chercheur invité
""")

# ---------------------------------------------------------------- suspicious: pivot

sus("fake_headhunter", "overt", [OP, VC], """
Merci pour votre réponse! Je ne suis presque jamais sur LinkedIn, on continue sur WhatsApp si ça vous va?
Mon numéro : +852 5000 0000. Mon client a hâte de recevoir votre CV.

> Merci, je serais intéressée d'en savoir plus sur le poste.
""")

sus("obfuscated_pivot", "overt", [OP, VC], """
Pour la suite, ajoute-moi sur W e C h a t : lina_consult88. C'est plus simple pour t'envoyer les documents
du client 🙂
""")

sus("obfuscated_pivot", "overt", [OP], """
Ok parfait. Je t'écris plutôt sur Télé.gram, mon identifiant c'est @g_rivard_conseil. On en reparle là-bas,
ici c'est pas pratique.
""")

sus("handler_followup", "subtle", [OP], """
Avec plaisir. Par contre, la messagerie d'ici n'est pas idéale pour ce genre de discussion. Donne-moi
plutôt ton numéro de cellulaire personnel, pas celui du bureau, pis je t'envoie un petit mot ce soir.
""")

sus("fake_recruiter", "overt", [OP, VC], """
Objet : Suite à notre échange

Bonjour M. Nguyen,

Pour des raisons de sécurité informatique, notre client ne correspond pas avec les adresses
professionnelles de ministères. Merci de m'écrire dorénavant à partir d'une adresse Gmail ou Hotmail
personnelle, à : recrutement.nordam@example.com. Inutile de mettre votre adresse du travail en copie.

Bien à vous,
Sarah Lin
Chargée de recrutement
""")

sus("obfuscated_pivot", "overt", [OP, SE], """
Je préfère qu'on passe sur Sig\u200bnal, c'est plus sécuritaire pour nous deux. Mon numéro : 438-555-0147.
""")

sus("handler_followup", "subtle", [OP, SE], """
Le texto c'est pas très pratique pour ce genre de sujet. As-tu une appli où les messages s'effacent tout
seuls? Sinon une adresse perso que tu consultes de chez toi, je m'arrange avec ça.
""")

sus("fake_headhunter", "overt", [CT, OP, VC], """
[2026-10-03 09:14] Martine R. : Bonjour Alexandre, j'ai vu que vous êtes chez Aéronef Laurentides, bravo pour le contrat de surveillance maritime
[2026-10-03 09:15] Martine R. : J'ai un mandat pour une firme étrangère qui cherche exactement votre profil
[2026-10-03 09:21] Martine R. : Vous avez WeChat? Mon client est à Shenzhen et c'est ce qu'il utilise
""")

sus("fake_think_tank", "overt", [OP, VC], """
Chère Mme Bérubé, par prudence notre fondation n'utilise pas le courriel pour échanger avec ses experts.
Pourriez-vous installer Threema ou Telegram et m'envoyer votre identifiant? Je vous présenterai ensuite à
nos partenaires, qui préfèrent rester discrets pour l'instant.
""")

# ---------------------------------------------------------------- suspicious: paid task

sus("fake_consultant", "overt", [PT, VC, OP], """
Comme convenu, mon client aimerait un premier rapport de 8-10 pages sur l'évolution de la politique
canadienne envers Taïwan. 3 000 $ US à la livraison. Rien de compliqué, surtout votre analyse personnelle.
Envoyez-le-moi en PDF sur WhatsApp.
""")

sus("handler_followup", "subtle", [PT, VC], """
Merci encore pour l'appel. Les gens avec qui je travaille ont trouvé vos idées sur le contrôle des
exportations très éclairantes. Pourriez-vous mettre ça par écrit, cinq ou six pages, d'ici la fin du
mois? On saura vous témoigner notre reconnaissance, comme la dernière fois.
""")

sus("fake_think_tank", "overt", [PT, VC], """
Objet : Commande de livre blanc

Bonjour Dr Fortin,

Suite a nos échanges, l'Institut Horizon Stratégique souhaite vous commander un livre blanc sur les
vulnérabilités des chaînes d'approvisionnement en minéraux critiques au Canada. Honoraires : 5 000 $,
versés à la remise. Le document est réservé à l'usage interne de nos commanditaires et ne sera pas
publié; votre nom n'y figurera nulle part.

Bien à vous,

Claire Dumont-Li
Institut Horizon Stratégique
claire.dumontli@example.org
""")

sus("handler_followup", "overt", [PT, VC], """
Hey Jess, my client a vraiment aimé ton white paper sur les drones. Il en voudrait un autre sur les
capacités ISR de l'Aviation royale, même format, même tarif (2 500). Deadline vendredi si possible 🙏
""")

sus("handler_followup", "subtle", [PT], """
Petit projet pour toi si t'as du temps ce mois-ci : un résumé de ce qui se dit dans le milieu sur le
renouvellement de la flotte de sous-marins. Qui pousse pour quoi, quels noms reviennent. Même arrangement
que pour le texte de l'automne.
""")

sus("fake_consultant", "overt", [PT, VC, UP], """
Objet : Mandat de consultation — analyse sectorielle

Bonjour M. Bouchard,

Je vous remercie de votre intérêt. Comme je vous l'expliquais, notre cabinet accompagne un client
asiatique qui envisage des investissements dans la filière batteries au Québec. Nous aimerions vous
confier une série de courtes notes d'analyse (2 à 3 pages chacune) sur l'orientation des politiques
gouvernementales, à raison de 1 200 $ CA par note.

Premier sujet : les critères que le gouvernement utilise pour évaluer les investissements étrangers dans
les minéraux critiques.

Les paiements peuvent se faire par virement international ou, si vous préférez, en USDT.

Cordialement,

Daniel Ho
Associé, Pacifique Conseil Stratégique
Tél. : +852 5000 0000
""")

sus("fake_academic", "subtle", [PT, VC], """
Bonjour Amélie, ton mémoire sur les algorithmes de guidage était super. Un collègue à l'étranger prépare
une synthèse sur l'état de l'art au Canada et il aimerait bien que tu lui rédiges une section : la
bibliographie, ce que ton labo a essayé, ce qui marche pis ce qui marche pas. Il sait reconnaître le
travail des autres, crois-moi.
""")

sus("obfuscated_pivot", "overt", [PT, VC, OP], """
Mon client paie 800 $ par note de 2 pages, c'est pas beaucoup de travail. On peut jaser des sujets sur
微信 ou v x : dchen_2026
""")

sus("fake_consultant", "overt", [PT, VC, UP, CT], """
Bonjour, je représente une plateforme d'experts. Contrairement aux grands réseaux, nous ne faisons pas
d'appels : nos clients préfèrent des rapports écrits et anonymes rédigés par des fonctionnaires, sur des
sujets comme les priorités d'acquisition de votre ministère. 150 $ US de l'heure, payés en cryptomonnaie
ou en cartes-cadeaux selon votre préférence.
""")

# ---------------------------------------------------------------- suspicious: elicitation

sus("handler_followup", "overt", [SI, VC, PT], """
Ton dernier rapport était bon mais mon client trouve que c'est trop proche de ce qu'on lit dans les
journaux. Il aimerait savoir ce qui se discute vraiment à l'interne sur l'achat des chasseurs — rien de
classifié, juste l'ambiance dans les réunions, qui est contre, les échéanciers qui glissent.
""")

sus("handler_followup", "subtle", [SI], """
Content de t'avoir recroisé au salon de l'aéro! Au fait, la présentation de mardi au comité de direction,
tu l'as encore? Pas besoin de tout, juste les diapos sur le calendrier de livraison et les fournisseurs
retenus. Je suis curieux de voir comment ils ont tranché.
""")

sus("fake_consultant", "overt", [SI, VC, PT], """
Pour la note du mois, on aimerait quelque chose de plus concret : la liste des entreprises étrangères en
cours d'examen de sécurité nationale à Innovation, Sciences et Développement économique, avec les dossiers
encore ouverts. Je sais que ce n'est pas public, c'est justement ça qui intéresse mon client. Le tarif
double, évidemment.
""")

sus("handler_followup", "subtle", [SI], """
Tu m'avais parlé du radar côtier à Halifax. La portée réelle, c'est quoi rendus là?
""")

sus("fake_think_tank", "overt", [SI, VC, SE], """
Objet : Table ronde fermée — préparation

Bonjour Mme Pelletier,

Pour préparer notre table ronde, nos bailleurs de fonds aimeraient connaître la position que le Canada
compte défendre à la prochaine ministérielle du G7 sur les semi-conducteurs, avant qu'elle soit rendue
publique. Une version de travail du mémoire, ou même vos notes personnelles, suffiraient. Il va de soi
que votre nom ne sera jamais cité.

Avec nos remerciements,

François Lemay
Forum Atlantique-Pacifique
""")

sus("handler_followup", "subtle", [SI], """
Merci pour le document, très utile. Pour la prochaine fois, serait-il possible d'avoir la version d'avant
la révision par les communications? C'est souvent là que se trouvent les chiffres intéressants.
""")

sus("handler_followup", "overt", [SI, VC, SE], """
Quick one — ton équipe a accès aux specs du nouveau chip avant le tape-out? Mon client voudrait juste les
chiffres de yield et le nom du fab partner. Pas les fichiers, juste les numbers. Keep it between us 🤫
""")

sus("subtle_approach", "subtle", [SI], """
Salut Noémie! Grosse annonce chez vous la semaine passée, bravo. Par curiosité, le modèle a été entraîné
sur combien de GPU au juste, et avec quelles données? Pis la prochaine version, vous la visez pour quand?
C'est pour une synthèse que je prépare, ça restera vague.
""")

sus("fake_consultant", "overt", [SI, CT, VC, PT], """
Mon client a besoin de la liste des employés de votre direction avec leur niveau de cote de sécurité et
leurs coordonnées personnelles. C'est pour une étude de marché RH, rien de plus. 50 $ par nom, payé
rapidement.
""")

sus("fake_consultant", "subtle", [SI], """
Objet : RE: Merci pour le dîner

Bonjour Stéphane,

Je reviens vers vous après notre dîner. Vos commentaires sur la modernisation du NORAD m'ont beaucoup
fait réfléchir. Ce qui m'aiderait maintenant, ce serait de comprendre comment les choses se passent
concrètement de votre côté : qui siège au groupe de travail, à quel rythme il se réunit, et ce qui bloque
en ce moment entre Ottawa et Washington. Je ne vous demande aucun document, vos impressions me suffisent.

Au plaisir de vous relire,

Patrick Séguin
Séguin Stratégies inc.

-----Message d'origine-----
De : Stéphane Aubin
Envoyé : 2 novembre 2026 22:40
Objet : RE: Merci pour le dîner

Merci à vous, très agréable soirée. Content que mes remarques sur la défense continentale vous aient été
utiles. Au plaisir!
""")

# ---------------------------------------------------------------- suspicious: meeting

sus("handler_followup", "overt", [CM, VC, SE, PT], """
Excellente nouvelle : mon client a tellement apprécié vos rapports qu'il aimerait vous rencontrer en
personne à Shanghai le mois prochain. Billets d'avion en classe affaires, hôtel, tout est pris en charge.
Pas besoin d'en parler à votre employeur, dites simplement que vous prenez des vacances.
""")

sus("handler_followup", "subtle", [CM, VC], """
Nos amis de Hong Kong seraient heureux de vous accueillir quelques jours en novembre pour poursuivre la
conversation. Ils s'occupent du voyage et de l'hébergement. Ce serait aussi l'occasion de vous présenter
des gens qui suivent vos travaux depuis longtemps.
""")

sus("fake_think_tank", "overt", [CM, VC, SI, PT], """
Objet : Invitation — atelier restreint à Singapour

Chère Madame Tremblay,

La Fondation Pont-Asie organise du 14 au 16 janvier un atelier restreint réunissant une dizaine de
praticiens et des représentants de nos organisations partenaires. Vol, hôtel et repas sont pris en
charge, et un honoraire de 4 000 $ US est prévu pour chaque participant.

Nos partenaires apprécieraient que vous partagiez votre lecture des délibérations internes en cours à
Ottawa sur le filtrage des investissements étrangers. Aucune présentation n'est demandée, la discussion
restera informelle et ne fera l'objet d'aucun compte rendu.

Avec nos salutations cordiales,
Secrétariat de la Fondation Pont-Asie
""")

sus("handler_followup", "overt", [CM, VC, SE], """
[12/11/2026 21:02] Kevin : Le patron passe par Istanbul le 3 décembre
[12/11/2026 21:02] Kevin : Il voudrait te voir en personne, juste un souper
[12/11/2026 21:03] Kevin : On te paie le billet pis 2 nuits. Dis à ta job que c'est un voyage perso
""")

sus("subtle_approach", "subtle", [CM, VC], """
Ce serait tellement plus simple d'en parler de vive voix. Je serai à Paris du 8 au 12 avec quelqu'un qui
a très hâte de vous connaître. Si vous pouvez vous libérer, on s'occupe du reste.
""")

sus("fake_consultant", "overt", [CM, VC, PT], """
Mon client voudrait faire un appel vidéo avec vous jeudi soir pour discuter de vos réponses. Il ne parle
pas français, je vais interpréter. Caméra fermée de son côté, il préfère garder l'anonymat. Ce sera payé
comme une consultation : 1 000 $.
""")

sus("handler_followup", "overt", [CM, UP, SI, VC], """
Big news : le board veut te rencontrer à Macao pendant les fêtes. All expenses paid + un per diem en cash
sur place. Apporte ton laptop de la job si tu peux, ils aimeraient voir une démo de l'outil.
""")

# ---------------------------------------------------------------- suspicious: secrecy

sus("handler_followup", "overt", [SE, VC], """
Une dernière chose : mon client tient absolument à la discrétion. Ne mentionnez pas nos échanges à votre
employeur ni à votre agent de sécurité, et ne les inscrivez pas dans vos rapports de contacts. Ce sont
des formalités inutiles.
""")

sus("handler_followup", "subtle", [SE], """
Si jamais quelqu'un au bureau te demande comment on s'est connus, dis juste qu'on était à l'université
ensemble. Ça évite des questions qui mènent nulle part.
""")

sus("handler_followup", "overt", [SE], """
tu peux effacer nos derniers messages stp? pis évite d'en parler à ta blonde aussi, moins il y a de monde
au courant mieux c'est
""")

sus("handler_followup", "subtle", [SE], """
Objet : Votre renouvellement

Bonjour Isabelle,

Petit conseil d'ami pour le formulaire de mise à jour de votre cote : la section sur les contacts à
l'étranger vise surtout les relations suivies. Nos quelques échanges n'en font pas partie, à mon avis, et
les mentionner ne ferait que compliquer votre renouvellement.

Bien cordialement,
Marc-Antoine
""")

# ---------------------------------------------------------------- suspicious: payment

sus("handler_followup", "overt", [UP, SE], """
Pour le paiement de la dernière note, on peut faire un virement sur le compte de ta sœur ou de ta mère,
ce sera plus discret que sur le tien. Sinon en bitcoin, comme tu préfères.
""")

sus("handler_followup", "subtle", [UP], """
J'ai laissé une enveloppe à ton nom à la réception de l'hôtel, comme la dernière fois. Rien à signer.
""")

sus("handler_followup", "overt", [UP], """
Objet : Règlement de votre dernière contribution

Bonjour M. Roy,

Notre service comptable ne peut pas effectuer de virement bancaire vers le Canada pour le moment. Nous
vous proposons plutôt un règlement en cartes-cadeaux (Amazon ou Apple) d'une valeur de 1 500 $, ou en
USDT sur le portefeuille de votre choix. Merci de nous indiquer votre préférence.

Salutations,
Service administratif
Groupe Conseil Orient-Nord
""")

sus("handler_followup", "subtle", [UP], """
Pour ce qui est du petit merci, je peux passer par ton cousin à Toronto si c'est plus simple pour toi. Il
aura juste à me donner un numéro de compte.
""")

# ---------------------------------------------------------------- suspicious: coercion

sus("coercion", "overt", [CO, OP], """
Bonjour M. Zhao. Ici un ami de votre ville natale. Votre mère va bien pour l'instant, mais les autorités
locales s'intéressent à son dossier de retraite. Il serait sage que vous rentriez au pays pour régler
certaines choses en personne. Contactez-moi sur WeChat, je vous explique.
""")

sus("coercion", "subtle", [CO], """
Ta sœur a eu de la visite au magasin hier. Rien de grave. Ils voulaient juste savoir quand tu comptais
revenir et avec qui tu te tiens à Montréal. Ce serait bien que tu les rappelles toi-même.
""")

sus("coercion", "overt", [CO], """
Objet : Votre participation aux activités du 12 octobre

Monsieur,

Nous avons remarqué votre présence à la manifestation du 12 octobre devant le consulat. Nous vous
demandons de nous transmettre le nom des organisateurs et de cesser ces activités. Votre famille au pays
sera informée de votre conduite si vous refusez de coopérer.

Le comité
""")

sus("coercion", "overt", [CO], """
[03/09/2026 22:47] Inconnu : Tu sais que ton père a encore son passeport chez nous?
[03/09/2026 22:48] Inconnu : Ton permis d'études au Canada finit en mars. Le plus simple c'est de revenir de toi-même
[03/09/2026 22:48] Inconnu : Sinon on va s'en occuper autrement
""")

sus("coercion", "subtle", [CO], """
Bonjour Mme Karimova, vos parents m'ont demandé de vous écrire. Ils aimeraient beaucoup que vous assistiez
à la prochaine réunion des étudiants de la communauté à Laval, et que vous nous disiez ensuite qui était
là et ce qui s'est dit. Pour eux, ça compte beaucoup en ce moment.
""")

# ---------------------------------------------------------------- suspicious: job scams

sus("job_scam", "overt", [JS, OP, UP], """
Félicitations! Votre candidature comme agente de saisie de données à domicile est retenue. Pour recevoir
votre trousse de formation et votre équipement, un dépôt remboursable de 350 $ est requis par virement
Interac à paiement.rh@example.com. Contactez-nous sur WhatsApp au 514-555-0163 pour confirmer.
""")

sus("job_scam", "overt", [JS, OP, UP], """
Bonjour! 😊 Je suis Chloé de l'équipe de recrutement. Travail flexible : aimer des vidéos et noter des
produits, 150-400 $/jour. Il suffit de recharger votre compte de 100 USDT pour débloquer les tâches
premium. Écrivez-moi sur Telegram @chloe_taches
""")

sus("job_scam", "overt", [JS, UP], """
Objet : Offre — Adjoint(e) administratif(ve) à distance

Bonjour,

Suite à votre entrevue par clavardage, nous avons le plaisir de vous offrir le poste. Vous recevrez par
la poste un chèque de 2 800 $ pour acheter votre matériel de bureau. Déposez-le, puis transférez 2 300 $
en Bitcoin à notre fournisseur agréé. Le solde est à vous.

Cordialement,
Linda Morrison
Directrice RH, Solutions Nordet
""")

sus("job_scam", "overt", [JS, UP], """
Merci pour votre intérêt pour le poste de commis aux comptes. Avant de commencer lundi, vous allez recevoir
sur votre compte personnel quelques virements de nos clients; il faudra nous les renvoyer le jour même,
moins votre part de 10 %. C'est votre première tâche, elle sert à vérifier votre fiabilité.
""")

# ---------------------------------------------------------------- benign look-alikes: recruiters

ben("genuine_recruiter", True, """
Bonjour Mme Gagnon,

Je suis Catherine Roy, recruteuse chez Avionique Boréal, à Mirabel. Nous recrutons un(e) ingénieur(e)
principal(e) en systèmes de mission pour notre programme de patrouille maritime; le poste exige une cote
de sécurité Secret (niveau II) valide. Le descriptif est ici : carrieres.avioniqueboreal.example.com/4471

Si le poste vous intéresse, pourriez-vous m'écrire à catherine.roy@avioniqueboreal.example.com? On
pourrait ensuite fixer un appel de 20 minutes.

Bonne journée!
Catherine Roy
Acquisition de talents, Avionique Boréal
""")

ben("genuine_recruiter", True, """
Salut Marc, c'est Jean-Philippe de TalentTech Québec. Le mandat dont je te parlais, c'est chez Circuits
Saint-Laurent, poste de gestionnaire de la vérification des puces à Bromont. Je peux t'appeler sur ton
cell demain midi? Sinon texte-moi un moment qui t'arrange.
""")

ben("genuine_recruiter", True, """
Hi Sophie! Petite mise à jour : mon client, c'est bien Nordika Semiconducteurs (je peux te le dire
maintenant que t'as signé l'entente de confidentialité pour la recherche). Prochaine étape : entrevue avec
le VP ingénierie à Bromont, on te rembourse le kilométrage. Je t'envoie l'invitation Teams pour le
préparatoire 👍
""")

ben("genuine_recruiter", True, """
Objet : Recherche confidentielle — Direction, cybersécurité

Bonjour M. Tremblay,

Je mène pour le compte de la Société de transport énergétique du Nord une recherche de cadre
confidentielle pour son poste de dirigeant principal de la sécurité de l'information. Le titulaire actuel
n'a pas encore annoncé son départ, d'où la discrétion : je vous remercie de ne pas faire circuler
l'information.

Si vous souhaitez en savoir davantage, je suis joignable au 514-555-0118 ou à l'adresse ci-dessous.

Nathalie Bergeron, CRHA
Associée, Bergeron Gestion de talents
nbergeron@bergeron-talents.example.com
""")

ben("genuine_recruiter", True, """
Bonjour Karim, merci pour ton CV! Je suis en déplacement à Calgary toute la semaine, c'est plus simple
pour moi par WhatsApp si ça te convient : 514-555-0129. Sinon je t'appelle lundi au bureau. Le poste est
chez Télécom Fleuve-Est, équipe cœur de réseau, à Québec, hybride 3 jours.
— Mélanie, Recrutement Axion
""")

ben("genuine_recruiter", True, """
Bonjour Dre Lapointe,

À la suite de votre entrevue virtuelle, l'équipe d'IA appliquée de Lumen Analytique aimerait vous recevoir
à ses bureaux de Toronto le 14 novembre. Nous réservons et payons votre vol et une nuit d'hôtel; les
repas sont remboursés sur reçus selon notre politique de déplacement. Merci de confirmer à
recrutement@lumenanalytique.example.com.

Cordialement,
Équipe Acquisition de talents
Lumen Analytique
""")

ben("genuine_recruiter", True, """
Allô Alex! Oui le poste chez Défense Maritime Atlantique est toujours ouvert. Ils exigent la cote Secret,
que t'as déjà. Je t'envoie la description par courriel ce soir pis on s'appelle jeudi?
""")

# ---------------------------------------------------------------- benign look-alikes: expert networks

ben("expert_network", True, """
Objet : Demande de consultation — 60 minutes, transition énergétique

Bonjour M. Côté,

Je suis Olivia Martin, associée de recherche chez Perspectives Expertes inc. Un de nos clients, une
firme de gestion d'actifs, souhaite un appel d'une heure sur les grandes tendances publiques de la
transition énergétique au Québec. Rémunération : 400 $ CA pour l'heure.

Important : selon notre politique de conformité, vous ne devez divulguer aucune information
confidentielle ou non publique, ni aucune information appartenant à votre employeur actuel ou à un ancien
employeur. Vous devrez confirmer ces conditions dans notre portail avant l'appel.

Merci!
Olivia Martin
Perspectives Expertes inc.
""")

ben("expert_network", True, """
Bonjour! Suite à votre inscription sur notre plateforme (Réseau Savoir-Conseil), un client du secteur
pharmaceutique aimerait jaser 45 min sur la chaîne d'approvisionnement des principes actifs. 300 $ US.
Rappel : aucune info confidentielle ni non publique, seulement votre expertise générale. Dispo mardi ou
mercredi?
""")

ben("expert_network", True, """
Merci pour vos disponibilités. Vous indiquez être actuellement à l'emploi du ministère de la Défense
nationale : selon nos règles, nous ne pouvons pas vous mettre en relation avec des clients tant que vous
occupez un poste dans la fonction publique. Nous vous recontacterons volontiers si votre situation change.
— Équipe conformité, Cohorte Experts

Le 4 nov. 2026 à 09:12, Hugo Lavoie a écrit :
> Bonjour, je suis analyste principal au MDN depuis 2019, je suis dispo mardi et mercredi après 16 h.
> Est-ce que ça marche pour l'appel sur les drones?
""")

ben("expert_network", True, """
Avant votre appel de jeudi, merci de répondre au questionnaire de conformité :
1) Êtes-vous lié(e) par une entente de confidentialité pertinente?
2) Détenez-vous une cote de sécurité? Si oui, n'abordez aucun sujet lié à vos fonctions.
3) Acceptez-vous de mettre fin à l'appel si on vous pose une question sur de l'information non publique?

Paiement de 250 $ par dépôt direct après l'appel.
— Réseau Conseil Horizon
""")

ben("expert_network", True, """
Hey Noémie, c'est Raph de Lumière Expert Network. Call confirmé jeudi 14 h, 1 h, client = un fonds
d'investissement de Boston (Riverbank Capital). Sujet : adoption de l'IA générative en assurance, info
publique seulement. Honoraires 350 $ US par dépôt direct. Je t'envoie le lien Zoom.
""")

# ---------------------------------------------------------------- benign look-alikes: universities, think tanks

ben("university_paid_talk", True, """
Objet : Invitation — conférence rémunérée, Chaire d'études stratégiques

Bonjour Mme Pelletier,

La Chaire d'études stratégiques de l'Université du Saint-Maurice serait honorée de vous accueillir pour
une conférence publique sur la politique canadienne en Indo-Pacifique, le 22 janvier à Trois-Rivières.
Nous offrons un cachet de 750 $ et remboursons votre déplacement depuis Ottawa. La conférence sera
enregistrée et diffusée sur notre chaîne.

Si vous êtes actuellement fonctionnaire, nous vous laissons le soin de valider l'invitation auprès de
votre ministère.

Cordialement,
Pr Luc Gervais
Titulaire de la Chaire
""")

ben("think_tank_commission", True, """
Bonjour Dr Fortin, le Centre laurentien des politiques publiques aimerait vous commander une note de
politique de 4 000 mots, signée, sur la sécurité des minéraux critiques. Elle sera publiée sur notre site
après évaluation par deux pairs. Honoraires : 2 000 $. Le texte doit reposer uniquement sur des sources
publiques; nous ne publions pas de contenu fourni par des fonctionnaires en poste sans l'autorisation de
leur ministère.
""")

ben("paid_peer_review", True, """
Bonjour Amélie, la revue Études canadiennes en IA sollicite votre évaluation d'un manuscrit sur les
algorithmes de guidage. Délai : 4 semaines. Une rétribution de 150 $ est versée aux évaluateurs. Le
manuscrit est confidentiel : merci de ne pas le partager ni l'utiliser avant sa publication.
""")

ben("think_tank_commission", True, """
Objet : Table ronde — règle de Chatham House

Bonjour Mme Bérubé,

L'Institut outaouais des affaires internationales organise le 5 décembre une table ronde sur la
politique indo-pacifique du Canada. Les échanges se tiennent sous la règle de Chatham House; la liste
des participants et une synthèse seront publiées. Nous offrons 500 $ aux intervenants et remboursons le
déplacement. Si vous êtes fonctionnaire, merci de vérifier auprès de votre bureau des valeurs et de
l'éthique.

Au plaisir,
Mireille Gauthier
Coordonnatrice des événements
""")

ben("university_paid_talk", True, """
Salut Stéphane! Le département aimerait t'inviter pour un séminaire sur NORAD en février. C'est payé
(300 $, pas énorme 😅) pis on couvre ton train Ottawa-Montréal. C'est public et enregistré. Ça te dit?
""")

# ---------------------------------------------------------------- benign look-alikes: clearance job ads

ben("cleared_job_ad", True, """
Offre d'emploi — Analyste du renseignement (ES-04)
Ministère de la Défense nationale, Ottawa (Ontario)
Processus de sélection : 26-DND-EA-0417
Exigences linguistiques : bilingue impératif (CBC/CBC)
Cote de sécurité : Très secret (enquête approfondie)
Seules les personnes retenues seront contactées. Postulez en ligne sur le site des emplois du
gouvernement du Canada.
""")

ben("cleared_job_ad", True, """
Nous embauchons! Technicien(ne) en électronique — systèmes radar, Saint-Jean-sur-Richelieu. Exigence :
être admissible à une cote Secret du gouvernement du Canada (citoyenneté canadienne et dix ans
d'antécédents vérifiables). Postulez sur notre site. Aucuns frais ne sont exigés des candidats.
""")

ben("cleared_job_ad", True, """
🚀 On recrute : Cloud Security Architect, Ottawa (hybride). Cote Très secret actuelle requise. Contrat de
2 ans avec le gouvernement fédéral. Envoyez votre CV à talents@nordstratus.example.com, pas de DM svp.
""")

ben("cleared_job_ad", True, """
Objet : Processus de sélection — demande de cote de sécurité

Bonjour M. Nguyen,

Vous avez été retenu pour la prochaine étape. Pour amorcer la demande de cote Secret, veuillez remplir le
formulaire de filtrage de sécurité dans le portail et y inscrire votre historique de résidence des dix
dernières années. Ne nous envoyez aucun document par courriel personnel; utilisez uniquement le portail
sécurisé.

Équipe de dotation
""")

ben("cleared_job_ad", True, """
t'as vu l'affiche à Sécurité publique? analyste des politiques, cote Secret exigée, 95-105k. ça me tente
d'appliquer
""")

# ---------------------------------------------------------------- benign look-alikes: security awareness

ben("security_awareness", True, """
Objet : Rappel sécurité — faux recruteurs sur LinkedIn

Chères et chers collègues,

Le Service canadien du renseignement de sécurité signale des approches ciblant les fonctionnaires et les
employés du secteur de la défense. Voici les signaux d'alerte :
• un recruteur ou consultant qui propose très vite de continuer sur WhatsApp, WeChat ou Telegram;
• des « rapports rémunérés » pour un client qu'on refuse de nommer;
• des questions sur de l'information interne, « rien de classifié »;
• une invitation à rencontrer le client à l'étranger, voyage payé;
• « pas besoin d'en parler à votre employeur »;
• un paiement en cryptomonnaie ou en cartes-cadeaux.

Si vous recevez un tel message, ne répondez pas et transférez-le à signalement@securite.example.org.

Direction de la sécurité ministérielle
""")

ben("security_awareness", True, """
Quiz de sensibilisation — Question 4
Un « chasseur de têtes » vous offre 3 000 $ pour un rapport sur les priorités de votre direction et vous
demande de garder ça entre vous. Que faites-vous?
a) J'accepte si rien n'est classifié
b) Je demande le nom du client
c) Je ne réponds pas et j'avise la sécurité
Bonne réponse : c
""")

ben("security_awareness", True, """
[10:02] Lucie (sécurité) : Petit rappel pour tout le monde avant le salon de Las Vegas : si quelqu'un vous invite à souper « avec un client qui veut vous rencontrer », ou vous demande votre numéro perso pour continuer sur Signal, on veut le savoir
[10:03] Lucie (sécurité) : Remplissez le rapport de contact au retour svp 🙏
""")

ben("security_awareness", True, """
Avis à la communauté — Plusieurs membres nous ont signalé des appels de personnes se disant policiers de
leur ville d'origine, qui menacent leur famille et exigent qu'ils rentrent au pays ou qu'ils fassent
rapport sur nos activités. Ce n'est pas normal et c'est illégal au Canada. Ne répondez pas, notez les
numéros et communiquez avec la GRC. Notre association peut vous accompagner dans vos démarches.
""")

ben("security_awareness", True, """
Info-sécurité recherche : des chercheurs de notre université ont reçu des invitations à des « ateliers »
à l'étranger, tous frais payés, suivies de demandes de données non publiées. Avant d'accepter, consultez
le Bureau de la sécurité de la recherche.
""")

# ---------------------------------------------------------------- benign look-alikes: family

ben("family_chat", True, """
[2026-11-02 19:41] Maman : Ton père demande si tu rentres pour le Nouvel An cette année
[2026-11-02 19:42] Maman : On paie la moitié du billet si tu veux
[2026-11-02 19:45] Moi : Je regarde mes vacances pis je te dis ça demain
[2026-11-02 19:46] Maman : Dis rien à ta grand-mère, c'est une surprise 🤫
""")

ben("family_chat", True, """
Ma chérie, j'ai envoyé 2000 yuans sur ton WeChat Pay pour ta fête. Achète-toi quelque chose de chaud pour
l'hiver à Montréal. Ton frère dit que tu travailles trop!
""")

ben("family_chat", True, """
Tu devrais vraiment penser à revenir au pays, ta mère vieillit pis elle s'ennuie de toi. Je dis ça comme
ça, hein, c'est ta vie. On en jase sur WhatsApp dimanche?
""")

ben("family_chat", True, """
Pis, ta nouvelle job au ministère? T'as le droit de dire c'est quoi ou c'est top secret 😂 Maman veut
savoir si tu vas pouvoir venir à Noël.
""")

ben("family_chat", True, """
Salut cousin, peux-tu m'envoyer les 200 $ par Interac pour le chalet? Mon courriel perso c'est
nadia.t@example.net. Merci!!
""")

# ---------------------------------------------------------------- benign look-alikes: colleagues

ben("coworker_channel", True, """
Hey, on continue sur Teams? Mon Outlook bogue encore. Je t'envoie les chiffres du budget interne là-bas,
pas par courriel perso évidemment.
""")

ben("coworker_channel", True, """
Salut Julie, je t'ajoute au WeChat entreprise du bureau de Shanghai pour que tu puisses parler
directement avec Wang Fang à la logistique. Tout passe par le compte corporatif, pas ton compte perso.
""")

ben("coworker_channel", True, """
Objet : Déménagement du canal de projet

Bonjour l'équipe,

À partir de lundi, les discussions du projet Aurore passent sur le canal Slack #aurore-interne. Rappel :
l'information du projet est classée Protégé B, donc aucun document ne doit être partagé sur des
applications personnelles (WhatsApp, Messenger, etc.) ni par courriel personnel.

Merci!
Geneviève, chargée de projet
""")

ben("coworker_channel", True, """
dsl pour le retard, j'étais en réunion avec le client de Calgary. Tu peux me texter sur mon cell perso ce
soir si c'est urgent, 819-555-0142, sinon on se reparle demain matin au bureau
""")

# ---------------------------------------------------------------- benign look-alikes: travel reimbursement

ben("travel_reimbursement", True, """
Objet : Remboursement — mission à Bruxelles

Bonjour Karim,

Ta demande de remboursement pour la mission à Bruxelles (vol, 3 nuits d'hôtel, indemnités de repas) a
été approuvée. Le montant de 2 347,18 $ sera déposé dans ton compte de paie le 28. Conserve tes reçus
originaux pendant six ans.

Services financiers
""")

ben("travel_reimbursement", True, """
Pour ton voyage à Séoul, réserve via l'agence de voyages du Ministère, pas sur ta carte perso. Les
indemnités sont versées en dollars canadiens à ton retour. Pis passe voir la sécurité pour le breffage
avant le départ, c'est obligatoire pour ce pays-là.
""")

ben("travel_reimbursement", True, """
Salut! Le comité du colloque rembourse ton train pis ton hôtel à Québec, il faut juste envoyer les
factures en PDF à tresorerie@colloque-energie.example.org avant le 15 décembre.
""")

# ---------------------------------------------------------------- benign look-alikes: journalists

ben("journalist_interview", True, """
Objet : Demande d'entrevue — La Gazette de l'Outaouais

Bonjour Mme Pelletier,

Je suis journaliste à La Gazette de l'Outaouais et je prépare un article sur les tentatives d'ingérence
étrangère auprès des fonctionnaires fédéraux. J'aimerais vous interviewer, officiellement et en votre
nom, sur les mesures de sensibilisation mises en place dans votre ministère. Je ne cherche aucune
information classifiée, et je peux passer par les relations médias si vous préférez.

Cordialement,
Simon Dubé
514-555-0174
""")

ben("journalist_interview", True, """
Bonjour, Anne Ricard, Radio Laurentides. Je prépare un reportage sur les chercheurs en IA courtisés par
des entreprises étrangères. Seriez-vous prêt à témoigner à visage découvert? Si vous préférez me joindre
de façon sécurisée, je suis sur Signal au numéro de ma signature, mais tout ce qu'on diffuse sera
attribué.
""")

ben("journalist_interview", True, """
Merci pour l'entrevue d'hier! L'article sort samedi dans Le Courrier du Saguenay. Je vous envoie vos
citations pour vérification, comme convenu.
""")

# ---------------------------------------------------------------- benign look-alikes: conferences

ben("conference_invite", True, """
Objet : Invitation — Symposium international sur les réseaux électriques intelligents, Shanghai

Madame, Monsieur,

Le comité scientifique a le plaisir de vous inviter à présenter vos travaux publiés sur la stabilité des
micro-réseaux lors du symposium qui se tiendra du 12 au 14 mai à Shanghai. L'université hôte prend en
charge le vol en classe économique et quatre nuits d'hôtel. Les actes seront publiés en accès libre.

Programme complet : symposium-reseaux.example.org

Le comité d'organisation
""")

ben("conference_invite", True, """
Yo! T'as recu l'invitation pour le panel à la conf de cybersécurité à Montréal en mars? Ils paient 500 $
+ l'hôtel aux panélistes. Je leur ai donné ton nom, j'espère que c'est correct 😬
""")

ben("conference_invite", True, """
Bonjour Dre Lapointe, suite à votre acceptation, voici les informations pour la Conférence
nord-américaine sur l'apprentissage automatique. Le comité couvre votre inscription de conférencière
invitée. Votre présentation sera diffusée en direct; merci de nous envoyer vos diapositives d'ici le
1er avril.
""")

# ---------------------------------------------------------------- benign look-alikes: groups, HR, pay

ben("alumni_group", True, """
[18:20] Samir (promo 2012) : Qui vient au 5 à 7 des anciens jeudi? 🍻
[18:22] Léa : Moi! Au fait quelqu'un connaît quelqu'un chez Énergie Boréale pour une référence?
[18:25] Samir : Écris-moi en privé, mon beau-frère travaille là
""")

ben("alumni_group", True, """
Chers diplômés, l'Association des anciens de l'Université du Saint-Maurice à Shanghai organise un souper
le 20 décembre. Joignez-vous à notre groupe WeChat pour les détails. Contribution : 200 RMB par personne,
payable sur place.
""")

ben("parents_group", True, """
Bonjour à tous les parents de 3e année! Pour la sortie au Biodôme, il faut payer 12 $ par enfant via le
portail de l'école, PAS en argent comptant ni par virement à un particulier. Quelqu'un a reçu un texto
frauduleux qui demandait une carte-cadeau, ignorez-le!
""")

ben("hr_onboarding", True, """
Objet : Bienvenue chez Aérostructures Lanaudière!

Bonjour Alexandre,

Voici les étapes de ton intégration :
1) signer l'entente de confidentialité et de propriété intellectuelle;
2) remplir la demande de cote Secret (on t'aide);
3) suivre la formation sur les contrôles à l'exportation.

Les conditions de ton offre sont confidentielles, merci de ne pas les partager. Premier jour : lundi
8 h 30.

Service des ressources humaines
""")

ben("hr_onboarding", True, """
Bienvenue dans l'équipe! 🎉 Petit rappel : ton dépôt direct est configuré dans le portail Employé, on ne
te demandera jamais tes infos bancaires par texto ou par courriel. Si quelqu'un le fait, avise-nous.
""")

ben("bank_notice", True, """
Banque Fleurdelys : Un virement Interac de 1 250,00 $ de GROUPE CONSEIL ALPHA a été déposé
automatiquement dans votre compte. Nous ne vous demanderons jamais votre mot de passe par texto.
""")

ben("payroll", True, """
Objet : Avis de paie — prime de rétention

Bonjour,

Votre prime de rétention de 3 000 $ (brut) sera versée avec la paie du 12 décembre par dépôt direct. Nous
ne versons jamais de rémunération en cartes-cadeaux, en cryptomonnaie ou sur le compte d'un tiers.

Questions : paie@employeur.example.com
""")

# ---------------------------------------------------------------- benign: plain

ben("ordinary_chat", False, """
T'es où? On commence la game de hockey sans toi 🏒
""")

ben("ordinary_chat", False, """
peux-tu passer au dépanneur en revenant? Du lait pis des œufs svp
""")

ben("work_email", False, """
Objet : Réunion d'équipe déplacée

Bonjour à tous, la réunion de mardi est déplacée à mercredi 10 h, salle 3B. L'ordre du jour reste le même.

Merci,
Josée
""")

ben("work_email", False, """
Bonjour Patrick, voici la version finale du rapport annuel pour relecture. J'ai intégré les commentaires
de Lise au chapitre 2. Bonne fin de semaine!
""")

ben("ordinary_chat", False, """
Bonne fête Mathieu!! 🎂 On se fait un souper samedi?
""")

ben("notification", False, """
Rappel : votre rendez-vous chez le dentiste est prévu le 3 décembre à 14 h 15. Répondez C pour confirmer.
""")

ben("work_email", False, """
Salut l'équipe, le party de Noël aura lieu le 19 décembre au resto. Merci de confirmer votre présence
d'ici vendredi. Les conjoint·e·s sont bienvenu·e·s!
""")

ben("ordinary_chat", False, """
J'ai fini le livre que tu m'as prêté. Honnêtement la fin m'a déçue 😅 je te le ramène lundi
""")

# fmt: on


def main() -> None:
    """Shuffle with the fixed seed, number the rows and write the JSONL file."""
    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"frb3-{i:03d}", **row}, ensure_ascii=False) + "\n")
    suspicious = sum(1 for r in rows if r["label"] == 1)
    print(f"{OUT.name}: {len(rows)} rows, label 1: {suspicious}, label 0: {len(rows) - suspicious}")


if __name__ == "__main__":
    main()
