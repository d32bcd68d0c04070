"""Build ``fr_blind4.jsonl``: a blind Canadian-French evaluation set (120 messages).

Every text below was written by hand, in full. The script only checks the texts, shuffles them with a
fixed seed and numbers them ``frb4-001`` ... ``frb4-120`` in the shuffled order. Running it again gives
the same bytes. This is a held-out set measured by the lead only: never tune anything on it.

    .venv/bin/python data/eval/build_fr_blind4.py
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("fr_blind4.jsonl")
SEED = 20261121

CATEGORY_CODES = {
    "cr": "credential_targeting",
    "op": "off_platform",
    "pt": "paid_task",
    "vc": "vague_client",
    "si": "sensitive_info",
    "cm": "client_meeting",
    "se": "secrecy",
    "up": "unusual_payment",
    "co": "coercion",
    "js": "job_scam",
}
STAGES = {
    "contact",
    "pivot",
    "paid_task",
    "elicitation",
    "meeting",
    "secrecy",
    "payment",
    "coercion",
    "job_scam",
}
PLAIN_KINDS = {"ordinary_chat", "work_email", "notification"}

# A "subtle" suspicious message holds none of these stock words: the intent shows only in what is asked.
STOCK_WORDS = re.compile(
    r"whatsapp|wechat|w e c h a t|telegram|té lé gram|signal|vx\b|gmail|@|\(at\)|client|confidenti|secret"
    r"|classifi|entre nous|\$|usdt|bitcoin|crypto|carte-cadeau|cartes-cadeaux|honoraire|rémunér|rétribution"
    r"|paiement|frais",
    re.IGNORECASE,
)


def S(kind: str, stage: str, subtlety: str, codes: str, text: str) -> dict[str, Any]:
    """A suspicious message (label 1)."""
    return {
        "text": text,
        "label": 1,
        "kind": kind,
        "lookalike": False,
        "categories": [CATEGORY_CODES[c] for c in codes.split()],
        "stage": stage,
        "subtlety": subtlety,
    }


def B(kind: str, text: str) -> dict[str, Any]:
    """A benign message (label 0); every kind outside PLAIN_KINDS is a look-alike."""
    return {
        "text": text,
        "label": 0,
        "kind": kind,
        "lookalike": kind not in PLAIN_KINDS,
        "categories": [],
        "stage": "none",
        "subtlety": "none",
    }


# --- label 1: suspicious -------------------------------------------------

SUSPICIOUS = [
    # contact
    S(
        "fake_headhunter",
        "contact",
        "overt",
        "cr vc op",
        """Bonjour M. Tremblay,

Je suis consultante en recrutement pour un cabinet international. Votre profil (ingénieur systèmes, cote de sécurité Très secret, Défense nationale) a retenu l'attention de mon client, un groupe asiatique en pleine expansion dans l'aérospatiale. Je ne peux pas encore nommer l'entreprise, c'est une recherche discrète.

Le plus simple serait qu'on jase sur WhatsApp cette semaine : +852 5000 0143.

Au plaisir,
Vivienne Lau
Senior Talent Partner""",
    ),
    S(
        "fake_recruiter",
        "contact",
        "subtle",
        "cr",
        """Bonjour Mme Gagnon! J'ai vu que vous êtes analyste au Bureau du Conseil privé depuis 2019. On monte une petite équipe pour un mandat à l'international et on cherche justement des gens qui ont déjà eu accès aux mémoires au Cabinet. Seriez-vous ouverte à une conversation sans engagement?""",
    ),
    S(
        "fake_academic",
        "contact",
        "overt",
        "cr pt vc",
        """Objet : Chercheur invité — programme de bourses 2027

Cher Dr Bélanger,

Notre institut d'études stratégiques offre chaque année trois postes de chercheur invité (6 mois, logement et allocation de 9 000 $ par mois). Votre expérience au Centre de recherches sur les communications, en particulier sur les bandes 5G militaires, correspond exactement au profil recherché par nos partenaires.

En contrepartie, on demande seulement quelques rapports d'analyse rédigés pour nos partenaires, qui préfèrent rester discrets.

Dr Zhou Ming
Directeur des échanges internationaux""",
    ),
    S(
        "fake_recruiter",
        "contact",
        "overt",
        "cr",
        """Allô Kevin, j'ai trouvé ton nom dans la liste des participants au salon CANSEC. Tu travailles encore sur le programme des frégates chez l'intégrateur? Je cherche des profils avec une cote Secret valide, idéalement des gens qui ont touché aux systèmes de combat. Ça serait pour quelque chose de très intéressant, je t'en dis plus quand tu me réponds 🙂""",
    ),
    S(
        "fake_investor",
        "contact",
        "overt",
        "vc op cr",
        """Hi Sophie! Félicitations pour la ronde de pré-amorçage de votre start-up en puces photoniques. Je représente un family office qui investit dans le deep tech, mon client est très intéressé mais préfère rester anonyme pour l'instant. Comme votre cofondateur a travaillé au CNRC sur des projets classifiés, on aimerait en savoir plus. On peut passer sur Telegram? Mon identifiant : @capital_bridge_example""",
    ),
    S(
        "fake_headhunter",
        "contact",
        "subtle",
        "cr",
        """Bonsoir,
vous avez pris votre retraite de la GRC l'an dernier, si je ne me trompe pas? Beaucoup d'anciens de la sécurité nationale ont encore énormément à offrir. J'accompagne des gens comme vous dans une « deuxième carrière » de conseil, à votre rythme, de chez vous. Vos années à la Sous-direction des enquêtes sont exactement ce qui est recherché. Je peux vous appeler jeudi?""",
    ),
    S(
        "fake_recruiter",
        "contact",
        "overt",
        "cr vc pt",
        """Objet : Opportunité — Hydro / réseau électrique

Bonjour M. Côté,
Je vous contacte de la part d'un client du secteur de l'énergie (je ne peux pas le nommer à ce stade). Il recherche un ingénieur qui connaît bien l'architecture de protection du réseau de transport au Québec, postes 735 kV en particulier. Mission de consultation à distance, 400 $ US de l'heure.
Cordialement,
D. Haas""",
    ),
    S(
        "fake_think_tank",
        "contact",
        "overt",
        "cr pt vc",
        """Madame la conseillère,

Je dirige un petit forum de réflexion sur les relations Canada–Asie. Nous préparons une note pour des partenaires privés sur les priorités du prochain budget fédéral en matière de défense. En tant qu'adjointe parlementaire au Comité permanent de la défense nationale, votre lecture serait précieuse; une rétribution est évidemment prévue.

Cordialement,
Forum Pacifique-Laurentides""",
    ),
    # pivot
    S(
        "obfuscated_pivot",
        "pivot",
        "overt",
        "op vc",
        """Merci pour votre réponse rapide! Ici LinkedIn limite les messages et mon client est basé à Shenzhen, donc c'est plus facile sur W e C h a t. Mon ID : hr_amy_example. Ajoutez-moi avec la mention « poste Montréal ».""",
    ),
    S(
        "obfuscated_pivot",
        "pivot",
        "overt",
        "op",
        """[2026-10-03 21:14] Marc-André: ok pour moi, mais on peut continuer ailleurs? Ce site me bloque les liens
[2026-10-03 21:15] Marc-André: Té lé gram c'est mieux, même nom que mon profil
[2026-10-03 21:15] Marc-André: efface ce fil après si tu veux""",
    ),
    S(
        "fake_recruiter",
        "pivot",
        "subtle",
        "op",
        """Bonjour Nadia, merci pour votre intérêt! Pour la suite, j'aimerais éviter votre adresse du ministère — les filtres là-bas sont assez capricieux. Avez-vous une adresse perso? Sinon un numéro de cell où je peux vous texter, ça ira plus vite.""",
    ),
    S(
        "fake_consultant",
        "pivot",
        "overt",
        "op se",
        """Salut Étienne,
Super notre jasette au salon de Farnborough. Comme promis, je t'écris ici mais pour la suite je préfère Signal, c'est plus sûr pour tout le monde, surtout avec ton employeur. Mon numéro : +44 7700 900184. Pas besoin d'en parler à ton boss pour l'instant, c'est juste exploratoire.""",
    ),
    S(
        "obfuscated_pivot",
        "pivot",
        "overt",
        "op vc",
        """Re : votre candidature
Le recruteur principal du client ne se connecte pas souvent ici. Écrivez-lui directement : chen.recrut.example (at) 163 (dot) com, avec votre CV et une copie de votre attestation de cote de sécurité.""",
    ),
    S(
        "fake_headhunter",
        "pivot",
        "subtle",
        "op",
        """Merci Julie. Les échanges sur la messagerie de votre employeur sont conservés, et honnêtement ce qu'on va se dire ne regarde pas votre gestionnaire. Donnez-moi votre numéro personnel, je vous appelle ce soir après 20 h.""",
    ),
    S(
        "fake_recruiter",
        "pivot",
        "overt",
        "op js",
        """Félicitations!! Votre profil a été présélectionné pour le poste d'assistant(e) administratif à distance. L'entrevue se fait par écrit sur Telegram avec notre gestionnaire RH, Mme Olivia (@olivia_rh_example). Merci de l'ajouter dans les 24 h sinon la place sera offerte à un autre candidat.""",
    ),
    S(
        "fake_consultant",
        "pivot",
        "overt",
        "op cr",
        """Bonjour Dr Nguyen, je suis tombé sur votre thèse sur la lithographie EUV. Je travaille avec des fabs en Asie qui cherchent des consultants. LinkedIn n'est pas pratique pour partager des fichiers, vous avez WhatsApp ou vx? Je vous envoie les détails là.""",
    ),
    # paid_task
    S(
        "fake_consultant",
        "paid_task",
        "overt",
        "pt vc",
        """Objet : Prochaine note

Bonjour Patrick,

Mon client a adoré votre première note sur l'approvisionnement en minéraux critiques. Pour la prochaine, il aimerait 5 à 8 pages sur la façon dont Ottawa compte répartir le Fonds stratégique pour l'innovation entre le Québec et l'Ontario. 2 500 $ US, comme la dernière fois, payés à la livraison.

Merci encore!
Grace""",
    ),
    S(
        "fake_think_tank",
        "paid_task",
        "subtle",
        "pt",
        """Bonjour Mme Roy,
Votre texte sur la cybersécurité des municipalités a beaucoup circulé chez nous. Pourriez-vous nous rédiger quelque chose de plus pointu sur la façon dont la Ville de Québec gère les accès à ses systèmes de traitement d'eau (qui décide, quels fournisseurs, quels délais)? Ce ne serait pas pour publication, juste pour nous. On s'occupe de vous remercier comme il se doit.""",
    ),
    S(
        "handler_followup",
        "paid_task",
        "overt",
        "pt vc si",
        """Salut Luc, petite commande pour ce mois-ci : un « livre blanc » de 10 pages sur les lacunes de la défense aérienne dans l'Arctique, avec ce que tu entends au bureau sur les retards du programme. 3 000 $, même formule. Mon client ne veut pas de sources publiques, il les a déjà.""",
    ),
    S(
        "fake_consultant",
        "paid_task",
        "overt",
        "pt vc op",
        """Hello Marie-Ève, pour ta première mission : un rapport sur la stratégie IA du gouvernement fédéral (5 pages max, en anglais c'est correct). Honoraires 1 800 $ CA. Envoie-le sur ton Gmail perso à l'adresse que je t'ai donnée, pas depuis ton poste de travail. Le client attend pour vendredi.""",
    ),
    S(
        "handler_followup",
        "paid_task",
        "subtle",
        "pt",
        """Bon travail sur le dernier document, il a été lu jusqu'en haut. Pour octobre on aimerait la même chose sur les télécoms : qui au CRTC pousse pour exclure certains équipementiers, et où en sont les discussions avant l'annonce. Pas besoin que ce soit long, deux pages suffisent. Comme d'habitude pour le reste.""",
    ),
    S(
        "fake_academic",
        "paid_task",
        "overt",
        "pt vc",
        """Cher collègue,
Suite à notre rencontre au colloque de l'ACFAS, un groupe industriel avec lequel je collabore aimerait vous commander une étude sur les procédés de fabrication des batteries solides développés dans votre laboratoire, y compris les résultats pas encore publiés. Budget : 15 000 $. Le commanditaire souhaite rester anonyme.
Prof. L. Wang""",
    ),
    S(
        "fake_consultant",
        "paid_task",
        "subtle",
        "pt",
        """Bonjour Simon, tu as une belle plume et tu connais le milieu des approvisionnements à SPAC mieux que quiconque. J'aurais besoin de quelques pages à l'occasion sur comment les contrats de défense sont évalués de l'intérieur : qui siège aux comités, comment on pèse les soumissions. Rien d'urgent, et ça te mettra un peu de beurre dans les épinards.""",
    ),
    S(
        "handler_followup",
        "paid_task",
        "overt",
        "pt vc up",
        """Allô Rachid, le client a validé ton plan pour le rapport sur le réseau 5G de la défense. Premier versement de 1 000 USDT dès que tu m'envoies l'introduction. Si tu préfères, on peut aussi payer par carte-cadeau, comme tu veux.""",
    ),
    # elicitation
    S(
        "handler_followup",
        "elicitation",
        "overt",
        "si vc",
        """Objet : Question rapide

Bonjour Alain,
Le client a une question précise : rien de classifié, juste ce qui se dit à l'interne sur la prochaine mise à jour de la politique de contrôle des exportations. Qui est pour, qui est contre, et le calendrier prévu. Tu peux me le résumer en quelques lignes?""",
    ),
    S(
        "handler_followup",
        "elicitation",
        "subtle",
        "si",
        """Merci pour les pages sur les turbines. C'est très clair. Par contre la partie sur l'usine de Sorel reste assez générale : tu pourrais ajouter les fournisseurs retenus pour la prochaine phase et les prix qui ont été soumis? Ça n'a pas encore été annoncé je crois, c'est justement ce qui rend ton texte utile.""",
    ),
    S(
        "fake_consultant",
        "elicitation",
        "overt",
        "si pt",
        """Salut Geneviève, pour compléter ton analyse, tu pourrais joindre l'organigramme interne de ta direction et la liste de distribution du dernier briefing du sous-ministre? Pas besoin de documents classifiés, juste du « non public ». Je double le paiement pour ça.""",
    ),
    S(
        "fake_academic",
        "elicitation",
        "subtle",
        "si cr",
        """Bonjour Karine,
Pour mon mémoire de maîtrise sur la gouvernance des infrastructures critiques, je cherche à comprendre comment Hydro-Québec segmente concrètement ses réseaux de contrôle. Vous qui êtes dans l'équipe OT, pourriez-vous me décrire quels postes sont reliés entre eux et quels logiciels de supervision sont utilisés dans les centrales de la Côte-Nord? Je ne citerai pas votre nom.""",
    ),
    S(
        "handler_followup",
        "elicitation",
        "overt",
        "si se vc",
        """Mon ami, les derniers échanges étaient intéressants, mais mon client voudrait maintenant des choses plus concrètes : les notes préparatoires de la réunion du comité avec les alliés du Groupe des cinq la semaine prochaine. Garde ça entre nous, évidemment.""",
    ),
    S(
        "fake_journalist",
        "elicitation",
        "subtle",
        "si",
        """Bonjour, je suis pigiste et je prépare un long papier sur la modernisation du NORAD. Vous êtes dans l'équipe de gestion de projet si j'ai bien compris. Pourriez-vous me dire, sans que ce soit attribué, quels sites radars sont en retard et pourquoi? Et si vous avez une version de l'échéancier de travail de l'équipe, même ancienne, ce serait parfait.""",
    ),
    S(
        "handler_followup",
        "elicitation",
        "overt",
        "si pt up",
        """On a bien reçu la présentation, merci. Pour la suite mon donneur d'ordre veut les spécifications des capteurs du prototype (version interne, pas la fiche marketing). 5 000 $ en Bitcoin ou en argent comptant, à toi de voir.""",
    ),
    S(
        "fake_consultant",
        "elicitation",
        "subtle",
        "si",
        """Rebonjour Véronique! Petite question de curiosité, vu que tu travailles au cabinet du maire : le dossier du nouveau centre de données sur le terrain de l'ancienne raffinerie, c'est qui les soumissionnaires qui restent en lice, et le conseil va trancher quand? J'ai un contact qui aimerait bien avoir une longueur d'avance.""",
    ),
    S(
        "handler_followup",
        "elicitation",
        "overt",
        "si vc",
        """Bonjour Hélène,
Merci pour le résumé de la réunion du Conseil des ministres sur l'immigration. Le client aimerait aussi le document de travail complet, même la version brouillon. Tu peux le prendre en photo? Ça reste non public de toute façon, ce n'est pas classifié.""",
    ),
    # meeting
    S(
        "fake_think_tank",
        "meeting",
        "overt",
        "cm vc pt",
        """Objet : Invitation — table ronde à Shanghai

Cher M. Lévesque,
Nos partenaires ont beaucoup apprécié vos analyses. Ils aimeraient vous rencontrer en personne lors d'une table ronde privée à Shanghai en novembre. Billet d'avion en classe affaires, hôtel et honoraires de 5 000 $ US pris en charge. Pas de présentation publique, une discussion informelle avec le client.

Cordialement,
Secrétariat du Forum""",
    ),
    S(
        "handler_followup",
        "meeting",
        "subtle",
        "cm",
        """Ton travail est tellement apprécié qu'on aimerait te recevoir. Viens passer quelques jours à Hong Kong en décembre, tout est organisé de notre côté. Tu verras, mes collègues ont hâte de te connaître et de discuter de tes projets à Ottawa.""",
    ),
    S(
        "handler_followup",
        "meeting",
        "overt",
        "cm se op",
        """Allô Mathieu, le client sera à Singapour du 12 au 15. Il aimerait te voir en personne, tout payé. Dis à ton employeur que c'est des vacances, pas la peine de déclarer le voyage. On règle les détails sur WhatsApp.""",
    ),
    S(
        "fake_academic",
        "meeting",
        "overt",
        "cm cr",
        """Chère Pre Martin,
Vous êtes invitée comme conférencière à notre symposium sur l'informatique quantique à Hefei. Tous les frais sont couverts. En marge du programme, quelques représentants de l'industrie souhaitent vous rencontrer en privé pour parler de vos travaux avec le ministère de la Défense nationale. Merci de ne pas mentionner ces rencontres dans le rapport de voyage de votre université.""",
    ),
    S(
        "handler_followup",
        "meeting",
        "subtle",
        "cm",
        """Comme tu pars à Istanbul pour le salon de la défense le mois prochain, ce serait idiot de ne pas en profiter. Quelqu'un de notre côté peut te rejoindre à l'hôtel le soir. On t'ajoute deux nuits de plus, ce sera réglé d'avance.""",
    ),
    S(
        "fake_consultant",
        "meeting",
        "overt",
        "cm vc up",
        """Bonjour Sarah,
Mon client aimerait passer à une rencontre en vidéo cette semaine, puis en personne à Macao. Il règle le billet et l'hôtel, et vous remettra votre paiement en argent comptant sur place. C'est plus simple comme ça pour tout le monde.""",
    ),
    S(
        "fake_think_tank",
        "meeting",
        "subtle",
        "cm cr",
        """Bonjour Monsieur le sous-ministre adjoint (retraité),
Notre association organise un voyage d'études à Pékin pour d'anciens hauts fonctionnaires canadiens. Le programme comprend des rencontres avec des chercheurs et des représentants officiels. Le voyage et le séjour sont offerts par nos hôtes. Seriez-vous disponible la deuxième semaine de mars?""",
    ),
    # secrecy
    S(
        "handler_followup",
        "secrecy",
        "overt",
        "se",
        """[2026-10-19 23:05] Wen: Petit rappel : ne mentionne pas nos échanges à ta sécurité ni à ton gestionnaire, ni dans ta déclaration annuelle de contacts étrangers. Ce n'est rien d'illégal mais ils ne comprendraient pas. Et supprime les messages une fois lus.""",
    ),
    S(
        "handler_followup",
        "secrecy",
        "subtle",
        "se",
        """Quand ton agent de sécurité va te faire remplir le formulaire de mise à jour de ta cote, la section sur les contacts, tu peux la laisser comme l'an passé. On est juste des amis qui jasent de temps en temps, non?""",
    ),
    S(
        "fake_consultant",
        "secrecy",
        "overt",
        "se pt vc",
        """Hey Samuel, une dernière chose avant que tu commences le rapport : mon client tient beaucoup à la confidentialité. Ne parle à personne de ce mandat, surtout pas à ton employeur ou à tes collègues du labo. Si on te demande, c'est du tutorat privé.""",
    ),
    S(
        "handler_followup",
        "secrecy",
        "subtle",
        "se",
        """Pour les fichiers, imprime-les chez toi plutôt qu'au bureau, et utilise la clé que je t'ai donnée, pas ton ordi de travail. Et pas un mot à Louise, elle pose trop de questions.""",
    ),
    S(
        "fake_headhunter",
        "secrecy",
        "overt",
        "se cr",
        """Bonjour Isabelle, comme je vous l'ai dit, ce processus est strictement confidentiel : n'en parlez pas au service de sécurité du ministère, ils bloquent toujours ce genre d'occasions par principe. On vous demandera seulement une copie de votre habilitation.""",
    ),
    # payment
    S(
        "handler_followup",
        "payment",
        "overt",
        "up pt",
        """Salut Jonathan, pour le paiement du dernier rapport : on préfère ne pas passer par ton compte. Peux-tu nous donner le compte de ta sœur ou de ta blonde? Sinon on peut t'envoyer des cartes-cadeaux Amazon ou des USDT, comme tu veux.""",
    ),
    S(
        "handler_followup",
        "payment",
        "subtle",
        "up",
        """[2026-11-02 22:41] Tony: Ce qu'on te doit pour septembre, mon cousin de Brossard va passer te le remettre en main propre samedi. Il t'appellera en arrivant. Pas besoin de reçu.""",
    ),
    S(
        "fake_consultant",
        "payment",
        "overt",
        "up vc",
        """Bonjour Daniel, le client veut vous verser vos honoraires via Alipay ou en crypto (USDT sur TRC20), c'est plus rapide qu'un virement international. Créez un portefeuille et envoyez-moi l'adresse, je m'occupe du reste.""",
    ),
    S(
        "handler_followup",
        "payment",
        "subtle",
        "up",
        """Pour ta fille qui commence à McGill, on a pensé l'aider. Sa première année, on peut s'en occuper directement avec l'université. Considère ça comme un remerciement pour tes notes.""",
    ),
    S(
        "fake_consultant",
        "payment",
        "overt",
        "up pt se",
        """Objet : Règlement
Mme Desrosiers,
Le paiement de votre analyse (4 200 $) sera déposé sur un compte ouvert à votre nom à Hong Kong. Inutile de le déclarer; ce compte n'apparaîtra pas dans vos relevés canadiens.
Bien à vous,
Service administratif""",
    ),
    # coercion
    S(
        "coercion",
        "coercion",
        "overt",
        "co",
        """Monsieur Li, ici le bureau de liaison de votre province d'origine. Votre mère a été convoquée au poste de police de son quartier la semaine dernière. Pour qu'elle n'ait plus de problèmes, il serait sage que vous rentriez au pays pour « clarifier votre situation ». Ajoutez-moi sur WeChat : +86 138 0000 0000.""",
    ),
    S(
        "coercion",
        "coercion",
        "subtle",
        "co",
        """Ton frère a eu beaucoup de difficultés avec son permis d'affaires ces derniers mois. Ça pourrait s'arranger si tu nous donnais les noms des gens qui organisent les rassemblements devant le consulat à Montréal. On sait que tu les connais.""",
    ),
    S(
        "coercion",
        "coercion",
        "overt",
        "co se",
        """[2026-09-12 07:02] 表哥: Tes parents vont bien pour l'instant. Mais les autorités savent que tu publies sur Facebook contre le gouvernement. Arrête ça et rentre pour le Nouvel An, sinon ça va mal finir pour eux. Et n'en parle pas à la police canadienne, ça ne ferait qu'empirer les choses.""",
    ),
    S(
        "coercion",
        "coercion",
        "subtle",
        "co",
        """Bonsoir Mme Karimi,
Je suis un ami de votre oncle à Téhéran. Il s'inquiète beaucoup pour votre avenir et celui de sa maison. Vous pourriez nous envoyer la liste des membres de l'association étudiante que vous présidez à l'Université Laval, avec leurs numéros. Ce serait rassurant pour tout le monde.""",
    ),
    S(
        "coercion",
        "coercion",
        "overt",
        "co op",
        """Madame Dolkar, on vous demande de nous rencontrer au café près du centre communautaire à Toronto samedi, et d'arrêter vos activités avec le groupe tibétain. Sinon votre sœur perdra son emploi à Lhassa. Écrivez-moi sur Telegram, pas par courriel.""",
    ),
    # job_scam
    S(
        "job_scam",
        "job_scam",
        "overt",
        "js up",
        """Objet : Confirmation d'embauche — Agent(e) de saisie à domicile

Bonjour,
Suite à votre entrevue, nous avons le plaisir de vous confirmer votre embauche. Avant votre premier jour, vous devez acheter votre trousse de formation et le logiciel de travail (350 $). Le paiement se fait en cartes-cadeaux Apple ou en Bitcoin. Le montant vous sera remboursé avec votre première paie.

Service des ressources humaines""",
    ),
    S(
        "task_scam",
        "job_scam",
        "overt",
        "js op up",
        """Salut! 👋 Tu cherches un revenu d'appoint? On paie 80 $ à 300 $ par jour pour aimer des vidéos et noter des hôtels. Pour débloquer les tâches VIP il faut un petit dépôt de 100 USDT, récupéré dès la fin de la journée. Écris à notre mentore sur WhatsApp : +1 514 555 0187""",
    ),
    S(
        "job_scam",
        "job_scam",
        "overt",
        "js up",
        """Bonjour Marie, bienvenue dans l'équipe! Vous recevrez demain un chèque de 2 850 $ pour acheter votre équipement de bureau. Déposez-le, gardez 300 $ pour vous, et transférez le reste par Interac à notre fournisseur agréé. Merci de faire vite, le fournisseur attend.""",
    ),
    S(
        "job_scam",
        "job_scam",
        "overt",
        "js",
        """Bonjour! Votre candidature pour le poste de commis comptable chez nous est retenue. Dernière étape avant la signature : un relevé de crédit et une vérification d'antécédents, qui sont à votre charge (89,99 $), par virement à la personne dont vous recevrez les coordonnées. Le montant est déduit du premier salaire.""",
    ),
    S(
        "task_scam",
        "job_scam",
        "overt",
        "js up",
        """Bon matin Kim! C'est Léa de l'équipe d'optimisation. Hier tu as complété 38 tâches sur 40, bravo 🎉 Ton solde est de 612 $, mais pour le retirer il faut d'abord remettre ton compte à niveau en ajoutant 250 $. Ça arrive à tout le monde au niveau 2, c'est normal.""",
    ),
]

# --- label 0: benign -----------------------------------------------------

BENIGN = [
    # genuine recruiters / headhunters
    B(
        "genuine_headhunter",
        """Bonjour M. Tremblay,

Je suis associée chez Boréal Talent (boreal-talent.example.com). Nous menons une recherche pour Aérotech Laval, qui recrute un directeur de l'ingénierie des systèmes pour son programme d'hélicoptères. Le poste exige une cote de sécurité Secret valide — la vôtre semble l'être d'après votre profil. Salaire entre 165 000 $ et 190 000 $, plus boni.

Si c'est d'intérêt, je vous propose un appel de 20 minutes; vous pouvez aussi m'écrire à m.poirier@boreal-talent.example.com.

Mélanie Poirier
Associée, Boréal Talent — Montréal
514 555-0132""",
    ),
    B(
        "genuine_recruiter",
        """Salut Kevin, c'est Jade, recruteuse interne chez Navalys Canada. On recrute 3 ingénieurs en intégration des systèmes de combat pour le programme de frégates (Halifax ou Ottawa). Cote Secret requise, on parraine la mise à niveau si besoin. Je t'ai envoyé la description à ton courriel, on peut s'appeler mardi?""",
    ),
    B(
        "genuine_headhunter",
        """Objet : Recherche confidentielle — VP Sécurité, société de télécom

Bonjour Madame Gagnon,
Je mène pour le compte de Télécom Boréalis une recherche confidentielle (le titulaire actuel n'a pas encore annoncé son départ) pour un poste de vice-présidente, sécurité de l'information. Je vous en dirai plus après la signature d'une entente de non-divulgation standard, que je vous enverrai par DocuSign depuis notre adresse @laurentide-search.example.com.
Êtes-vous disponible pour un appel jeudi?

François Labelle, CRHA
Laurentide Search""",
    ),
    B(
        "genuine_recruiter",
        """Hi Nadia! Merci d'avoir postulé chez Quantix Photonique 🙂 Je coordonne les entrevues. Comme tu es en voyage, c'est ok si on fait la première étape par WhatsApp vidéo? Sinon Teams fonctionne aussi. Ensuite l'entrevue technique sera sur place à Sherbrooke, on rembourse ton déplacement et une nuit d'hôtel selon notre politique.""",
    ),
    B(
        "genuine_headhunter",
        """Allô Rachid, Guillaume de Pivot RH ici. Je travaille un mandat pour Énergie Saint-Laurent (parc éolien en Gaspésie), poste de chef de projet raccordement au réseau. Salaire 130-145k, hybride. Mon client aimerait rencontrer des candidats d'ici la fin du mois. Ton courriel perso ou ton cell, c'est mieux pour te joindre? Je n'aime pas trop écrire sur ton adresse du bureau 😅""",
    ),
    B(
        "genuine_recruiter",
        """Bonjour Dr Nguyen, je suis recruteuse pour Semitek Bromont. On ouvre un poste de chercheur senior en lithographie; votre thèse tombe pile dans ce qu'on fait. Nous ne pouvons pas partager les détails de nos procédés avant une entrevue et la signature d'une NDA, mais je peux vous envoyer l'affichage public. On peut poursuivre par courriel à recrutement@semitek.example.com?""",
    ),
    # expert networks
    B(
        "expert_network",
        """Objet : Demande de consultation — GridView Experts

Bonjour M. Côté,
GridView Experts (gridview.example.com) organise pour un client, un fonds d'investissement nord-américain que nous pouvons nommer après votre accord, un appel d'une heure sur les tendances du marché de l'équipement de postes électriques. Honoraires : 450 $ US.

Important : vous ne devez partager aucune information confidentielle ni non publique sur votre employeur actuel ou passé. Si vous êtes employé d'un organisme public, nous devrons refuser la consultation.

Merci,
Léonie Tran, Équipe conformité""",
    ),
    B(
        "expert_network",
        """Salut Patrick! Petit rappel pour ton appel de demain 14 h avec l'équipe d'Atlasia Insights (le client est Nordwind Capital, comme indiqué dans la confirmation). Ils veulent parler des tendances des minéraux critiques, point. Si une question porte sur des infos non publiques de ton ex-employeur, tu refuses simplement, c'est dans nos règles. Paiement de 300 $ par virement après l'appel.""",
    ),
    B(
        "expert_network",
        """Bonjour Mme Roy,
Merci pour votre intérêt envers notre réseau. Malheureusement, votre poste actuel à la Ville de Québec fait de vous une employée du secteur public, et notre politique nous interdit de rémunérer des fonctionnaires en poste pour des consultations. Nous pourrons vous recontacter après votre départ, si vous le souhaitez.
Cordialement,
Équipe conformité, Expertis Réseau""",
    ),
    B(
        "university_paid_talk",
        """Chère Mme Bélanger,

Au nom du Centre d'études sur la sécurité internationale de l'Université Champlain-Estrie, j'ai le plaisir de vous inviter à prononcer la conférence annuelle le 12 février. Nous vous offrons des honoraires de 1 000 $ et remboursons vos frais de déplacement et une nuit d'hôtel. La conférence sera publique et filmée; votre texte pourra paraître dans nos Cahiers, sous votre nom.

Au plaisir,
Prof. Anne-Marie Drolet""",
    ),
    B(
        "paid_peer_review",
        """Bonjour Prof. Wang,
Vous avez accepté d'évaluer le manuscrit « Électrolytes solides et stabilité thermique ». Rappel : le manuscrit est confidentiel jusqu'à publication, merci de ne pas le partager ni d'en utiliser les résultats. L'éditeur offre une rétribution de 200 $ ou un rabais équivalent sur les frais de publication. Date limite : 30 novembre.
La rédaction, Revue nord-américaine des matériaux électrochimiques""",
    ),
    B(
        "think_tank_commission",
        """Madame la conseillère,

L'Institut Champlain des politiques publiques (champlain.example.org) lance une série de notes signées sur la politique de défense. Nous aimerions vous commander un texte de 3 000 mots, publié sous votre nom et en ligne en mars, sur l'approvisionnement militaire dans le Nord. Cachet de 1 500 $. Nous ne vous demanderons évidemment rien qui ne soit pas public; votre texte sera relu par notre comité éditorial.

Jean-Philippe Morin
Directeur de la recherche""",
    ),
    B(
        "university_paid_talk",
        """Allô Étienne! Les étudiants de mon séminaire en ingénierie aérospatiale à Polytechnique aimeraient vraiment t'entendre sur ta carrière. C'est 90 min le jeudi 3 avril, la faculté te paie 300 $ et le stationnement. Ça te tente? Pas besoin de diapos officielles, tu jases juste de ton parcours.""",
    ),
    B(
        "think_tank_commission",
        """Bonjour Luc,
Comme discuté, le Conseil nordique de la sécurité (CNS) souhaite publier ton analyse sur les défis de la défense aérienne dans l'Arctique. Nous te versons 2 000 $ pour 4 000 mots à partir de sources ouvertes, publiés sous ta signature. Ton employeur devra approuver le texte selon ses règles sur les activités extérieures — je joins le formulaire habituel.
Amitiés,
Claire""",
    ),
    B(
        "visiting_scholar",
        """Objet : Offre — Chercheuse invitée

Chère Pre Martin,
Le Département de physique de l'Université de Laurentie vous confirme votre statut de chercheuse invitée du 1er janvier au 30 juin. Le CRSNG finance une allocation de séjour de 4 000 $ par mois. Vous aurez accès au laboratoire de calcul quantique après la formation obligatoire en sécurité de la recherche (ligne directrice sur la sécurité nationale des partenariats de recherche).
Cordialement,
Bureau des affaires académiques""",
    ),
    # clearance job ads
    B(
        "cleared_job_ad",
        """OFFRE D'EMPLOI — Analyste en renseignement sur les menaces (Ottawa)
Employeur : Sentinelle Cyber inc.
Exigence : cote de sécurité Très secret (ou admissibilité), citoyenneté canadienne.
Salaire : 95 000 $ – 118 000 $. Mode hybride, 3 jours au bureau dans une installation sécurisée.
Postulez sur sentinelle.example.com/carrieres avant le 15 décembre. Aucun frais ne sera jamais demandé aux candidats.""",
    ),
    B(
        "cleared_job_ad",
        """📢 On embauche! Techniciens en électronique pour l'entretien des radars du Système d'alerte du Nord. Cote Secret obligatoire (on vous accompagne dans la demande), rotations 4 semaines/4 semaines, transport payé jusqu'au site. Info : emplois@arcticom.example.com""",
    ),
    B(
        "cleared_job_ad",
        """Ministère de la Défense nationale — Processus 26-DND-IA-0417
Agent(e) de programme, contrôle des exportations. Condition d'emploi : cote de sécurité Secret. Bilinguisme impératif (CBC/CBC). Les candidatures se font uniquement sur le site officiel; le ministère ne communique jamais avec les candidats par WhatsApp, Telegram ou courriel personnel.""",
    ),
    B(
        "cleared_job_ad",
        """Hey la gang de l'ÉTS! Ma boîte (Orbital Nord, satellites d'observation) cherche deux stagiaires en génie logiciel pour l'hiver. Par contre il faut être citoyen ou résident permanent, parce qu'il y a une vérification de fiabilité et certains projets exigent une cote Secret. DM-moi ou écrivez à stages@orbitalnord.example.com""",
    ),
    # security awareness
    B(
        "security_awareness",
        """Objet : Sensibilisation — Approches de faux recruteurs

À tout le personnel,
Le SCRS signale une hausse des approches en ligne visant les employés du secteur de la défense. Signaux d'alerte : un recruteur qui ne nomme pas son « client », qui veut passer rapidement sur WeChat, WhatsApp ou Telegram, qui offre de l'argent pour des « rapports » ou des « livres blancs », qui vous invite à l'étranger tous frais payés, ou qui vous demande de garder le secret envers votre employeur.
Si cela vous arrive, ne répondez pas et écrivez à securite@exemple-defense.example.com.
Sécurité de l'entreprise""",
    ),
    B(
        "security_awareness",
        """Capsule sécurité du mardi 🔐 Vous recevez un message : « rien de classifié, juste ce qui se dit à l'interne, payé en crypto, pas besoin d'en parler à ton boss ». Réponse : c'est exactement le scénario décrit par le SCRS et le MI5 (« Think Before You Link »). On signale, on ne répond pas. Merci!""",
    ),
    B(
        "security_awareness",
        """Avis aux membres de la communauté — Si quelqu'un vous contacte en se présentant comme un représentant de la police ou d'un bureau de votre pays d'origine, vous demande de rentrer, menace votre famille là-bas ou vous demande des renseignements sur d'autres membres de la communauté, vous pouvez le signaler à la GRC (1-800-555-0199) ou au SCRS. Vous n'êtes pas seuls. — Association culturelle de la Rive-Sud""",
    ),
    B(
        "security_awareness",
        """Quiz de sensibilisation — Q4 : Un « chasseur de têtes » vous propose 2 000 $ pour un rapport sur votre secteur, pour un client dont il tait le nom, et vous demande de passer sur Signal. Que faites-vous? a) J'accepte si ce n'est pas classifié b) Je demande le nom du client c) Je signale le message à la sécurité. Bonne réponse : c)""",
    ),
    # family chats
    B(
        "family_chat",
        """[2026-10-01 19:42] Maman: Tu rentres pour le Nouvel An cette année? Papa dit qu'il a déjà regardé les billets
[2026-10-01 19:43] Maman: je t'envoie 2000 par WeChat pour t'aider, ne dis rien à ton frère 😄
[2026-10-01 19:50] Wei: Maman non c'est trop! je regarde mes vacances au bureau et je te redis""",
    ),
    B(
        "family_chat",
        """Tante Farah sur WhatsApp : Ma chérie, ton oncle demande si tu peux lui envoyer les papiers de l'assurance de la maison, il ne les trouve plus. Et dis à ta mère de m'appeler, on organise la fête surprise pour les 60 ans de ton père, chut! Pas un mot 🤫""",
    ),
    B(
        "family_chat",
        """[21:03] Papa: Ton cousin Jun vient étudier à Concordia en septembre. Tu peux l'aider à trouver un appart? Je te rembourse le dépôt par Alipay.
[21:05] Mei: Oui bien sûr, donne-lui mon WeChat
[21:05] Papa: Merci, il est gêné de te demander lui-même""",
    ),
    B(
        "family_chat",
        """Salut ma grande, grand-papa a vu à la télé que tu vas travailler pour le gouvernement à Ottawa. Il est tellement fier! Il demande si tu vas pouvoir lui raconter ce que tu fais 😂 Je lui ai dit que c'est secret et que tu ne peux rien dire. Bisous, Maman""",
    ),
    B(
        "family_chat",
        """Groupe WhatsApp « Famille Haddad » — Sami: Les gars, pour le cadeau de maman, chacun envoie 80 $ par Interac à Nour d'ici vendredi. Elle s'occupe de tout. Et personne n'en parle devant elle, c'est une surprise!!""",
    ),
    # coworkers moving channels
    B(
        "coworker_channel",
        """Salut Geneviève, on continue sur Teams? Ici Outlook plante à chaque pièce jointe. J'ai mis le brouillon de la note au sous-ministre dans le dossier partagé de la direction, avec la classification « Protégé B » en en-tête. Dis-moi si tu vois mes commentaires.""",
    ),
    B(
        "coworker_channel",
        """Bonjour Véronique, pour la réunion avec nos collègues de Shenzhen, on passe sur le WeChat d'entreprise (WeCom) comme d'habitude, c'est l'outil approuvé par les TI pour la filiale. Je t'ajoute au groupe « Projet Ligne 4 ». N'oublie pas : rien de confidentiel dans le chat, les plans restent sur SharePoint.""",
    ),
    B(
        "coworker_channel",
        """Les amis, petit changement : à partir de lundi, les conversations de projet passent sur Teams et plus sur le groupe WhatsApp qu'on avait ouvert pour le chantier. La direction veut que tout soit archivé. Merci de quitter l'ancien groupe d'ici vendredi. — Dominique, chargée de projet""",
    ),
    # travel reimbursement
    B(
        "travel_reimbursement",
        """Objet : Remboursement — Mission à Séoul

Bonjour Mathieu,
Ta demande de remboursement pour la mission commerciale à Séoul (1er-6 octobre) a été approuvée : 3 412,57 $, déposés avec la paie du 24. Rappel : l'hôtel payé par l'organisateur du salon doit être déclaré dans le registre des cadeaux et marques d'hospitalité.
Comptabilité — Frais de déplacement""",
    ),
    B(
        "travel_reimbursement",
        """Salut Sarah, la Fondation nous paie le billet pour Singapour et l'hôtel pendant la conférence, mais c'est toi qui avances les taxis et les repas. Garde tous tes reçus et remplis le formulaire au retour, le remboursement se fait par virement dans ton compte habituel, pas en argent.""",
    ),
    B(
        "journalist_interview",
        """Bonjour M. Lévesque,
Je suis journaliste à Le Trait d'union outaouais et je prépare un reportage sur la modernisation du NORAD. J'aimerais vous interviewer, à visage découvert et avec votre nom, sur ce que vous avez dit publiquement au Comité de la défense le 3 mai. Je ne vous demanderai rien de classifié ni d'interne. Vous pouvez me joindre au 819 555-0121 ou sur Signal au même numéro si vous préférez.
Catherine Vézina""",
    ),
    B(
        "journalist_interview",
        """Allô Hélène, c'est Maxime de Radio Boréale 98,7. On fait une émission sur l'ingérence étrangère dans les campus. Tu serais ok pour 10 minutes en ondes demain, sous ton nom? On parlerait de la séance d'info que ton association a donnée sur les fausses offres de recrutement. Je t'appelle au bureau ou sur ton cell, comme tu veux.""",
    ),
    B(
        "journalist_interview",
        """Bonjour Madame Karimi,
Je suis recherchiste pour Amnistie Plus, une ONG de défense des droits. Nous documentons les cas de pressions exercées sur les membres de la diaspora iranienne au Canada (menaces contre la famille, demandes de retour). Accepteriez-vous un entretien anonyme? Vous choisissez ce que vous partagez; rien ne sera publié sans votre accord écrit.""",
    ),
    # conference organisers, trade fairs
    B(
        "conference_invite",
        """Objet : Invitation — Colloque sino-canadien sur l'hydroélectricité, Chengdu

Cher M. Côté,
L'Université de Chengdu-Ouest et l'Université de Laurentie coorganisent un colloque public en mai. Nous couvrons votre billet d'avion, l'hébergement et versons un honoraire de 800 $. Les présentations seront publiées dans les actes. Veuillez vérifier auprès de votre employeur les règles applicables aux voyages à l'étranger.
Comité organisateur""",
    ),
    B(
        "conference_invite",
        """Bonjour! Ton kiosque au salon AéroQuébec-Nord est confirmé 🎉 Badge exposant, lunch du jeudi et cocktail des partenaires inclus. Il y aura des délégations étrangères (Corée, Émirats, Chine) : si quelqu'un te propose un souper payé ou des échanges hors salon, tu peux en parler à notre équipe sécurité au kiosque B-12.""",
    ),
    B(
        "hr_onboarding",
        """Bienvenue chez Hydraulis! Votre première semaine : lundi, accueil RH et signature de l'entente de confidentialité et de propriété intellectuelle; mardi, formation obligatoire en sécurité de l'information (hameçonnage, faux recruteurs, demandes inhabituelles); mercredi, remise de votre badge. Vous recevrez votre ordinateur par courriel de suivi.""",
    ),
    B(
        "hr_onboarding",
        """Bonjour Samuel,
Félicitations pour votre embauche! Veuillez noter que les conditions de votre offre (salaire, boni) sont confidentielles et ne doivent pas être discutées avec vos collègues, conformément à notre politique interne. Pour toute question, écrivez-nous à rh@labnova.example.com. Aucun paiement ne vous sera jamais demandé.
Équipe RH""",
    ),
    # alumni / parents / community
    B(
        "alumni_group",
        """Message de l'Association des diplômés en génie de Laurentie — Grand Montréal : Souper des anciens de la promo 2006 le 15 novembre au Vieux-Port 🥂 40 $ par personne, payable par Interac à tresorerie@adgl.example.org. Plusieurs d'entre nous travaillent maintenant à la Défense ou chez les grands intégrateurs : venez jaser de vos projets!""",
    ),
    B(
        "alumni_group",
        """[Groupe WeChat — Anciens de l'Université Tsinghua à Montréal] Xiaoyu: Bonsoir tout le monde! Quelqu'un connaît un bon comptable pour les impôts des travailleurs autonomes? Et rappel : le pique-nique de la Fête de la mi-automne est samedi au parc Jarry, chacun apporte quelque chose 🥮""",
    ),
    B(
        "parents_group",
        """Bonjour chers parents de la classe de 4e année, quelqu'un dans un autre groupe a reçu un texto se présentant comme « l'école » et demandant 50 $ en cartes-cadeaux pour une sortie. L'école ne demande JAMAIS de paiement par carte-cadeau ni par texto. Les frais de la sortie au Biodôme passent par le portail habituel. — Caroline, parent représentante""",
    ),
    B(
        "community_association",
        """Bonjour à tous les membres! La Caisse de solidarité de l'Association culturelle ukrainienne des Deux-Rives a versé cette année 14 bourses à des étudiants. Pour faire une demande, déposez votre dossier au secrétariat; nous ne demandons jamais de renseignements sur votre famille restée au pays, ni de paiement.""",
    ),
    # bank / payroll
    B(
        "bank_notice",
        """Caisse populaire des Érables — Avis : Un virement international de 4 200 $ US en provenance de Hong Kong est en attente sur votre compte. Pour le libérer, veuillez confirmer la provenance des fonds dans votre espace en ligne ou en succursale. Nous ne vous demanderons jamais votre NIP ni vos codes par téléphone ou par courriel.""",
    ),
    B(
        "payroll",
        """Objet : Changement de compte pour le dépôt direct

Bonjour Jonathan,
Nous avons bien reçu votre demande de changement d'institution financière pour le dépôt de votre paie. Par mesure de sécurité, le changement ne sera effectué qu'après confirmation verbale avec vous au numéro inscrit à votre dossier (et non au numéro indiqué dans la demande). Si vous n'avez pas fait cette demande, communiquez avec nous immédiatement.
Service de la paie""",
    ),
    B(
        "genuine_investor",
        """Bonjour Sophie, Louis-Philippe ici, associé chez Fonds Cartier Capital. On a suivi votre ronde de pré-amorçage avec intérêt. Avant toute discussion sur vos technologies, on signe une entente de confidentialité mutuelle et on fait la vérification diligente habituelle, y compris l'examen de sécurité nationale requis pour les investissements dans les technologies sensibles. On se parle par visio la semaine prochaine?""",
    ),
    B(
        "procurement_notice",
        """Avis aux fournisseurs — Appel d'offres 2026-114 (équipements de télécommunication pour le réseau de la Société de transport de la Rive-Nord). Les questions des soumissionnaires doivent être adressées uniquement par écrit au responsable de l'appel d'offres. Toute tentative de communication avec les membres du comité de sélection entraîne le rejet de la soumission.""",
    ),
    B(
        "municipal_staff",
        """Salut Véronique, peux-tu envoyer au conseiller Bernier le document public sur le projet de centre de données (celui déposé au conseil du 4)? Il a un souper avec des investisseurs ce soir et il ne veut pas leur dire quoi que ce soit qui n'est pas encore public. Merci!""",
    ),
    B(
        "retired_official_network",
        """Bonjour Monsieur,
Le Cercle des anciens de la fonction publique de l'Outaouais vous invite à notre dîner-conférence mensuel au Château Laurier. Conférencier : un ancien sous-ministre qui parlera de la déclaration des activités après l'emploi et des règles pour les anciens titulaires de charge publique qui font du conseil. 45 $, payable à l'entrée.""",
    ),
    B(
        "grad_student_request",
        """Bonjour Karine,
Je suis étudiante à la maîtrise en politique énergétique à l'ENAP. J'aimerais vous interviewer (30 min) sur l'évolution de la gouvernance de la cybersécurité dans le secteur électrique, en restant au niveau des politiques publiques. Le projet a été approuvé par notre comité d'éthique; je peux vous envoyer le formulaire de consentement et la grille d'entrevue à l'avance. Ma directrice est la Pre Lessard.""",
    ),
    B(
        "freelance_gig",
        """Bonjour Marie-Ève, ici Véronique, rédactrice en chef du magazine Pixel boréal. On aimerait te commander un article de 1 500 mots sur la stratégie fédérale en IA, signé de ton nom, pour le numéro de mars. Tarif : 0,60 $ le mot. Sources publiques seulement, évidemment. Contrat de pigiste en pièce jointe.""",
    ),
    B(
        "genuine_recruiter",
        """Bonjour Isabelle, Sandrine de l'équipe Talent chez Cybérion Défense. Le poste d'analyste principal exige une cote Très secret : si la vôtre est active, on pourra demander un transfert de cote par les voies officielles après l'offre, avec votre consentement. Je vous envoie l'affichage sur votre courriel. Et pas de stress, votre employeur actuel n'a pas à être avisé avant que vous ayez accepté une offre, c'est la norme.""",
    ),
    B(
        "supplier_chat",
        """Hello Mme Bouchard, c'est Lily de Dongguan Precision (votre fournisseur de connecteurs, commande PO-55821). Les conteneurs partent de Yantian le 9. Pour le suivi quotidien c'est plus simple sur WeChat (mon ID est dans ma signature courriel), mais les factures et les certificats de conformité restent envoyés à votre adresse achats@. Merci pour votre confiance!""",
    ),
    # plain / ordinary
    B(
        "ordinary_chat",
        """[08:12] Alex: Bon matin! Tu peux amener les enfants au hockey samedi? Moi je travaille
[08:15] Jo: oui pas de trouble, je les ramène pour le dîner""",
    ),
    B(
        "work_email",
        """Objet : Compte rendu — réunion d'équipe du 12

Bonjour à tous,
Points saillants : le déménagement au 3e étage est reporté au 2 décembre; la fête de fin d'année aura lieu le 18 au bistro d'en face; Nathalie remplace Pierre pendant son congé. Merci de mettre à jour vos feuilles de temps avant vendredi.
Bonne semaine,
Marc""",
    ),
    B(
        "ordinary_chat",
        """Salut! Est-ce que quelqu'un a une pelle à neige à me prêter pour la fin de semaine? La mienne a cassé et la quincaillerie est en rupture 🙄""",
    ),
    B(
        "work_email",
        """Bonjour Julien,
Ci-joint la version 3 du rapport annuel du service de l'urbanisme, avec les corrections de la directrice. Peux-tu revérifier les tableaux de la section 4? Les chiffres de 2025 ne concordent pas avec ceux du budget.
Merci beaucoup!
Andréanne""",
    ),
    B(
        "notification",
        """ColiRapide : votre colis (no 7000 0000 1234) sera livré aujourd'hui entre 13 h et 17 h. Aucune action requise.""",
    ),
    B(
        "work_email",
        """Bonjour l'équipe, la salle Outaouais est réservée pour la formation Excel de jeudi. Apportez votre portable. Il y aura café et muffins. — Lyne""",
    ),
]


def check(rows: list[dict[str, Any]]) -> None:
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    assert Counter(r["label"] for r in rows) == Counter({1: 60, 0: 60})
    assert sum(r["lookalike"] for r in rows) >= 48
    for r in rows:
        if r["label"] == 1:
            assert r["stage"] in STAGES and r["categories"] and r["subtlety"] in {"overt", "subtle"}
            if r["subtlety"] == "subtle":
                hit = STOCK_WORDS.search(r["text"])
                assert hit is None, (hit.group(0), r["text"][:60])
        else:
            assert r["stage"] == "none" and not r["categories"] and r["subtlety"] == "none"


def main() -> None:
    rows = SUSPICIOUS + BENIGN
    check(rows)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, row in enumerate(rows, 1):
            record = {"id": f"frb4-{i:03d}", **row}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
