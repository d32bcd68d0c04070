"""Fifth author's Canadian-French training families: regenerates ``fr_author5.jsonl``.

Who and how: written by a helper session (an AI assistant) acting as a fifth, new French author.
Every template was written by hand from the threat description in ``DESIGN.md`` and the public
warnings it summarises (CSIS 2023, MI5/NPSA "Think Before You Link", FBI), blind to the rule packs,
to the rest of the training corpus, to ``data/dev/`` and to every evaluation set. Only the shared
helper ``template_families.py`` was read. The screener was never run on the output.

Run: ``.venv/bin/python data/corpus/raw/fr_author5_source.py`` (fixed seed, byte-identical output).

What the families cover (French as written in Québec and in the federal public service, with
some English mixed in):

* suspicious (``fr5-s-NN``): fake headhunters and recruiters after a cote de sécurité, consultants
  paying for reports for an unnamed client, a fake think tank, a fake conference abroad, handlers
  drifting to internal figures and tender prices, paid trips and side meetings, secrecy towards the
  employer and the security officer, payment through relatives, crypto, gift cards or cash,
  spelled-out app names, diaspora coercion through family at home, deposit and task job scams.
  Eight of the twenty-one families are subtle: no app, no mail name, no client, no money word, no
  "confidentiel" — the intent shows only in what is asked.
* benign (``fr5-b-NN``): hard look-alikes first — recruiters and headhunters who name the employer
  and move to a phone call or e-mail, expert networks that refuse confidential information, paid
  talks and paid reviews, clearance job ads and security screening, security-awareness notices and
  colleagues quoting the warning signs, family and friends on WeChat/WhatsApp, colleagues moving to
  Teams/Slack/WeCom/Signal, travel reimbursements, alumni and parents groups, a journalist on the
  record, conference organisers, HR onboarding, bank and payroll notices — plus a few plain messages.

Every person, firm, institute, ministry, handle and number is invented (example.com/.net/.org,
555-01xx, +852 5000 01xx, +86 138 0000 0xxx).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 20261122
PER_TEMPLATE = 3


def L(*lines: str) -> str:
    """One message written line by line."""
    return "\n".join(lines)


POOLS: dict[str, list[str]] = {
    "prenom": ["Geneviève", "Mathieu", "Marie-Ève", "Karim", "Nadia", "Samuel", "Chloé", "Wei", "Mei-Lin",
               "Rahul", "Fatou", "Jean-François", "Yannick", "Anh", "Youssef", "Isabelle", "Hao", "Daniela"],
    "prenom2": ["Étienne", "Julie", "Marc-André", "Lina", "Pierre-Luc", "Xiaoyu", "Amira", "Stéphanie",
                "Kevin", "Rosalie", "Dong", "Farid", "Annie", "Gabriel"],
    "nom2": ["Gagnon", "Bouchard", "Lavoie", "Nguyen", "Benali", "Pelletier", "Zhang", "Haddad", "Morin",
             "Diallo", "Ouellet", "Fortin", "Chen", "Rahimi", "Bergeron"],
    "employeur": ["Cabot Aérotech", "Semicon Boréal", "Hydrovolt Nord", "Télécom Nordique",
                  "Radars Saint-Laurent", "Mauricie IA", "Systèmes navals de l'Outaouais", "Photonique Beauport"],
    "ministere": ["l'Agence fédérale des approvisionnements stratégiques", "l'Agence spatiale boréale",
                  "l'Office des télécommunications critiques", "l'Administration de la sécurité énergétique",
                  "l'Institut fédéral des matériaux de défense"],
    "firme": ["Talents Horizon", "Recrutement Cap-Rouge", "Groupe Sélection Mauve", "Boréalis RH",
              "Lévesque Recherche de cadres"],
    "reseau": ["Consulto Experts", "PanelSavoir", "Réseau Intervue inc.", "Réseau Cercle Conseil"],
    "conseil": ["Pacifique Horizon Conseil", "Jade Stratégies inc.", "Alliance Orient-Ouest Conseil",
                "Groupe Lotus Advisory"],
    "univ": ["l'Université de l'Estuaire", "l'Université du Haut-Richelieu", "l'École polytechnique de Lanaudière",
             "l'Université de la Côte-Nord"],
    "tt": ["Centre Outaouais de politiques publiques", "Centre Champlain d'études stratégiques",
           "Forum boréal sur les politiques industrielles", "Conseil laurentien des affaires internationales"],
    "fakett": ["Forum Nouvelle Route du Savoir", "Centre Pacifique-Atlantique de coopération",
               "Conseil international de prospective", "Cercle eurasien d'études stratégiques"],
    "sujet": ["les radars à antenne active", "la gravure sous 5 nm", "les modèles de langage embarqués",
              "le stockage par batteries au sodium", "la 5G privée dans les ports", "les drones de surveillance arctique",
              "la propulsion des microsatellites", "les réseaux électriques intelligents"],
    "secteur": ["de l'aérospatiale", "des semi-conducteurs", "de l'énergie", "des télécoms", "de l'IA",
                "de la défense"],
    "poste": ["gestionnaire de programme radar", "architecte en cybersécurité", "ingénieur(e) en microélectronique",
              "conseiller(ère) principal(e) en politiques", "chef d'équipe en fiabilité des systèmes",
              "analyste principal(e) en télécommunications"],
    "ville": ["Montréal", "Québec", "Gatineau", "Laval", "Sherbrooke", "Lévis", "Longueuil", "Trois-Rivières",
              "Rimouski"],
    "ville_etr": ["Macao", "Singapour", "Séoul", "Dubaï", "Bangkok", "Hong Kong", "Shenzhen", "Kuala Lumpur"],
    "villenatale": ["Wenzhou", "Fuzhou", "Kunming", "Chengdu", "Harbin"],
    "montant": ["750 $", "1 200 $", "1 800 $", "2 500 $", "3 000 $", "900 $", "1 500 $"],
    "petit": ["18 $", "23 $", "35 $", "42 $", "27,50 $"],
    "tel": ["514-555-0132", "438-555-0147", "819-555-0119", "418-555-0166", "613-555-0108", "450-555-0173"],
    "tel_etr": ["+852 5000 0142", "+86 138 0000 0000", "+86 138 0000 0117", "+852 5000 0163"],
    "handle": ["jade_conseil88", "nord.talent.hk", "lin_advisory22", "consult_mtl_77", "pacific.hr.66"],
    "courriel_pro": ["e.lavoie@rh.example.com", "julie.morin@talents.example.net", "mpelletier@firme.example.org",
                     "recrutement@carrieres.example.com", "x.zhang@example.net"],
    "courriel_perso": ["jade.conseil88@gmail.example.net", "nord.advisory@163.example.com",
                       "lin.research@qq.example.org"],
    "domaine": ["example.com", "carrieres.example.net", "rh.example.org"],
    "processus": ["26-ASB-EA-0417", "26-OTC-IA-1102", "26-IFMD-EA-0088"],
    "projet": ["Héron", "Nordet", "Castor", "Aurore", "Kestrel"],
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "heure": ["9 h 30", "10 h", "13 h 15", "15 h 45", "16 h"],
    "date": ["12 mars", "3 avril", "21 mai", "8 octobre", "14 novembre"],
    "mois": ["mars", "mai", "octobre", "novembre"],
    "ts": ["[2026-03-12 09:14]", "[14/04/2026 08:37]", "[2026-05-02 07:58]", "[09:14]", "[10:26]",
           "[03/06/2026 11:05]"],
    # Second lines of a two-line chat: always later in the day than any first line.
    "ts2": ["[12:03]", "[13:41]", "[15:20]", "[19:02]", "[22:19]"],
}

# Shared by both classes: they vary the wrapping, never the class.
OPENERS = ["", "", "", "", "", "", "", "Message transféré :\n\n", "(copie du message reçu)\n"]
CLOSERS = ["", "", "", "", "", "", "", "\n\nEnvoyé de mon cellulaire", "\n\n(fin du message)"]

F = Families()

# ---------------------------------------------------------------- suspicious (label 1)

F.add("fr5-s-01-chasseur-aero", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     L("Bonjour {prenom},",
       "Je recrute pour une entreprise de défense en pleine croissance (je ne peux pas encore la nommer, "
       "vous comprendrez). Votre parcours chez {employeur} et surtout votre cote Très secret m'intéressent "
       "beaucoup. La rémunération serait nettement au-dessus du marché. Ouvert(e) à jaser?",
       "{prenom2} {nom2} — recherche de cadres, à mon compte")),
    ("pivot", "off_platform",
     "Merci pour votre retour {prenom}! Honnêtement je ne regarde presque jamais LinkedIn, c'est plus "
     "simple de continuer sur WhatsApp : {tel_etr}. Écrivez-moi ce soir, je vous explique le package."),
    ("pivot", "off_platform credential_targeting",
     "{prenom}, avant d'aller plus loin j'aurais besoin de votre courriel personnel — pas celui du travail, ils "
     "filtrent les recruteurs. Un gmail fera l'affaire. Précisez-moi aussi le niveau exact de votre cote "
     "et sa date d'échéance, mon mandant y tient. — {prenom2}"),
])

F.add("fr5-s-02-consultant-rapports", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client unusual_payment",
     L("Objet : Mandat de rédaction — {sujet}", "",
       "Bonjour {prenom},", "",
       "Je représente un client asiatique qui suit de près {sujet}. Il souhaiterait une courte analyse "
       "(5 à 8 pages) sur la situation au Canada. Rémunération : {montant} par rapport, payable en USDT "
       "ou par virement à la personne de votre choix.", "",
       "Cordialement,", "{prenom2} {nom2}", "Service-conseil, {conseil}")),
    ("paid_task", "paid_task vague_client sensitive_info",
     L("Objet : RE: rapport no 2", "",
       "Merci {prenom}, le client est très satisfait du premier document. Pour le suivant, il aimerait "
       "quelque chose de plus concret : les fournisseurs que {employeur} compte retenir l'an prochain et "
       "les échéances internes du programme. Pas besoin de sources, votre avis suffit. Même tarif.", "",
       "> Voici le rapport, dites-moi si le format convient.", "",
       "{prenom2}", "{conseil}")),
    ("payment", "unusual_payment vague_client secrecy",
     L("Bonjour {prenom},",
       "Petite précision administrative : notre client préfère ne pas apparaître sur les factures. "
       "Je vous remets les {montant} en argent comptant à notre prochain café à {ville}, ou en bitcoin "
       "si vous préférez. Inutile de facturer quoi que ce soit.",
       "{prenom2} — {conseil}")),
])

F.add("fr5-s-03-ancien-camarade-gpu", 1, "ex_colleague_approach", "chat", False, [
    ("elicitation", "sensitive_info",
     L("{ts} {prenom2} : heille {prenom}! ça fait une éternité 😄 t'es toujours chez {employeur}?",
       "{ts2} {prenom2} : j'ai une question de curiosité : vous entraînez le prochain modèle sur combien "
       "de GPU au juste? pis la sortie, c'est pour quand vraiment?")),
    ("elicitation", "sensitive_info",
     "{ts} {prenom2} : Dis-moi {prenom}, dans ton équipe, qui choisit les jeux de données pour la version qui s'en vient? Je me "
     "demandais aussi si vos évaluations à l'interne donnent mieux que ce qui a été publié. Juste pour "
     "comprendre où vous en êtes pour vrai."),
    ("elicitation", "sensitive_info credential_targeting",
     "{ts} {prenom2} : tu pourrais me faire une capture de l'organigramme de ton groupe? rien de spécial, "
     "juste savoir qui travaille sur la partie sûreté du modèle et qui a accès aux poids. je t'en dois une"),
])

F.add("fr5-s-04-faux-think-tank", 1, "fake_think_tank", "email", False, [
    ("paid_task", "paid_task vague_client",
     L("Objet : Invitation à rédiger un white paper", "",
       "Madame, Monsieur,", "",
       "Le {fakett} prépare une série de textes sur la politique canadienne concernant {sujet}. Nos "
       "partenaires, qui souhaitent rester anonymes, offrent {montant} par texte de dix pages. Les textes "
       "ne seront pas publiés : ils servent uniquement à éclairer la réflexion de nos partenaires.", "",
       "Veuillez agréer nos salutations distinguées,", "{prenom2} {nom2}", "Secrétariat, {fakett}")),
    ("elicitation", "sensitive_info paid_task vague_client",
     L("Bonjour {prenom},", "",
       "Votre premier texte était excellent. Pour le deuxième, nos partenaires aimeraient que vous alliez "
       "au-delà de ce qui est public : les positions que {ministere} défendra à la prochaine ronde de "
       "négociations et les désaccords entre les directions. Aucun document classifié n'est nécessaire, "
       "seulement ce que vous entendez en réunion. Le cachet sera doublé.", "",
       "{prenom2} {nom2}, {fakett}")),
    ("meeting", "client_meeting secrecy vague_client",
     "Cher {prenom}, nos partenaires aimeraient vous remercier en personne lors d'un séminaire fermé à "
     "{ville_etr} en {mois}. Billet d'avion et hôtel pris en charge. Comme il s'agit d'un échange informel, "
     "il n'est pas nécessaire de le déclarer à votre ministère. Au plaisir, {prenom2}"),
])

F.add("fr5-s-05-voyage-client", 1, "fake_consultant", "inmail", False, [
    ("meeting", "client_meeting vague_client",
     "Bonjour {prenom}, suite à notre échange, le directeur de notre client souhaiterait vous rencontrer à "
     "{ville_etr} le mois prochain. Tout est payé (vol en classe affaires, hôtel 5 étoiles) et une "
     "indemnité de {montant} est prévue pour votre temps. Pouvez-vous m'envoyer une copie de votre passeport?"),
    ("secrecy", "client_meeting secrecy unusual_payment",
     "Petit détail pour le voyage : prenez des vacances sous un motif personnel et ne mentionnez pas la "
     "rencontre à votre gestionnaire. Nos hôtes tiennent à la discrétion. Les {montant} vous seront remis "
     "en espèces à l'arrivée à {ville_etr}."),
    ("meeting", "client_meeting sensitive_info vague_client",
     L("Re: rencontre",
       "Si le voyage est compliqué pour vous, on peut faire un call vidéo avec le client, caméra fermée de "
       "notre côté. Préparez une présentation sur l'architecture réseau de {employeur}, il aura des questions "
       "très précises. Merci {prenom}!")),
])

F.add("fr5-s-06-amis-accueil", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting",
     "{ts} {prenom2} : Tu vas à {ville_etr} pour le colloque en {mois}? Des amis à moi seraient contents de "
     "t'accueillir une journée de plus. Ils s'occupent de tout, billet et hôtel, t'as juste à changer ta "
     "date de retour 🙂"),
    ("meeting", "client_meeting",
     "Mon ami Lao Zhou aimerait beaucoup te connaître, il travaille justement sur {sujet}. Il arrive de "
     "{ville_etr} et il est à {ville} seulement {jour} soir. Un souper tranquille, juste vous deux, pas "
     "besoin d'amener quelqu'un de ton équipe."),
    ("meeting", "client_meeting secrecy sensitive_info",
     L("{ts} {prenom2} : pour la journée de plus à {ville_etr}, prends-la comme congé perso",
       "{ts2} {prenom2} : ça évite les formulaires de voyage au bureau. apporte ton portable du travail si tu "
       "peux, ils aimeraient voir la démo")),
])

F.add("fr5-s-07-entre-nous", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy paid_task",
     "pis {prenom}, entre nous : pas besoin d'en parler à ton employeur, c'est juste un petit mandat de "
     "consultation à côté. Garde ça confidentiel ok? {prenom2}"),
    ("secrecy", "secrecy off_platform",
     "{ts} {prenom2} : efface nos messages WhatsApp une fois lus stp. Si ton agent de sécurité pose des "
     "questions, je suis un ancien de l'université, point."),
    ("secrecy", "secrecy",
     "Pour le formulaire de contacts étrangers que {ministere} vous fait remplir chaque année, pas la peine de "
     "me mettre dedans. Ce qu'on fait reste entre nous deux, {prenom}."),
])

F.add("fr5-s-08-prudence-bureau", 1, "handler_followup", "email", False, [
    ("secrecy", "secrecy",
     L("Objet : Suite à jeudi", "",
       "Bonjour {prenom},", "",
       "Merci encore pour la soirée. Si quelqu'un au bureau vous demande comment on s'est connus, disons "
       "que c'était au club de course de {ville}. C'est plus simple comme ça pour tout le monde.", "",
       "Au plaisir,", "{prenom2}")),
    ("secrecy", "secrecy",
     L("Bonjour {prenom},", "",
       "Pour la suite, j'aimerais mieux que vous évitiez de m'écrire depuis le bureau; là-bas, d'autres "
       "peuvent lire. Je vous appellerai le soir, vers 21 h, sur votre ligne à la maison.", "",
       "Bonne fin de semaine,", "{prenom2} {nom2}")),
    ("secrecy", "secrecy sensitive_info",
     L("Objet : la prochaine fois", "",
       "{prenom},", "",
       "Les notes que vous m'avez montrées {jour}, ne les imprimez plus au travail : prenez-les en photo avec "
       "votre téléphone à vous. Et laissez l'appareil du bureau chez vous quand on se voit.", "",
       "{prenom2}")),
])

F.add("fr5-s-09-paiement-crypto", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment paid_task",
     "{ts} {prenom2} : pour ton dernier rapport {prenom}, je peux t'envoyer {montant} en USDT sur ton portefeuille, ou en cartes-cadeaux "
     "Amazon si t'aimes mieux. Pas de facture, pas d'impôt 😉"),
    ("payment", "unusual_payment secrecy",
     "{ts} {prenom2} : ma banque bloque les virements vers ton compte, alors j'envoie les {montant} à ta sœur à "
     "{ville}. Tu me donnes son courriel Interac? Comme ça rien est à ton nom."),
    ("payment", "unusual_payment vague_client",
     L("{ts} {prenom2} : le client paie par Alipay ou en comptant, comme tu veux",
       "{ts2} {prenom2} : je peux te remettre l'enveloppe au café habituel {jour}, {montant} tout rond")),
])

F.add("fr5-s-10-passer-par-la-famille", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment secrecy",
     "{ts} {prenom2} : {prenom}, c'est réglé pour le document de la semaine passée. Ça va passer par ta mère, comme la dernière fois : "
     "elle le reçoit de son côté pis tu t'arranges avec elle. Rien à ton nom, rien à remplir."),
    ("payment", "unusual_payment",
     "{ts} {prenom2} : mon cousin va te laisser une enveloppe au dépanneur à côté de chez vous samedi. "
     "T'as pas besoin de compter devant lui, c'est comme d'habitude."),
    ("payment", "unusual_payment secrecy",
     "Pour te remercier j'ai pensé à quelque chose de plus simple : on prend en charge la session d'hiver de "
     "ton gars à l'université de {ville}. Ça passe jamais par toi, t'as rien à déclarer, {prenom}."),
])

F.add("fr5-s-11-poste-police", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Message WeChat : {prenom}, ici le poste de police de {villenatale}. Vos parents ont été convoqués cette "
     "semaine. Si vous rentrez au pays expliquer votre situation, tout se réglera. Sinon votre père pourrait "
     "perdre sa pension."),
    ("coercion", "coercion sensitive_info secrecy",
     "{prenom}, on sait que tu vas aux réunions de l'association à {ville}. Envoie-nous les noms des participants et des "
     "photos de la prochaine manif, sinon ta sœur aura des problèmes au travail. Ne parle de ce message à "
     "personne."),
    ("coercion", "coercion off_platform",
     L("{ts} Oncle Wang : {prenom}, ils sont encore venus chez grand-mère",
       "{ts2} Oncle Wang : ils disent que tu dois rappeler sur WeChat au {tel_etr} avant vendredi. "
       "Fais-le s'il te plaît, pour la famille")),
])

F.add("fr5-s-12-dossier-famille", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Bonjour {prenom}. Votre frère passe le concours de la fonction publique cet automne et l'enquête sur "
     "la famille commence bientôt. Ce serait dommage que votre situation à l'étranger pèse sur son dossier. "
     "Quand pensez-vous revenir nous voir à {villenatale}?"),
    ("coercion", "coercion sensitive_info",
     "{ts} {prenom2} : ta mère a été invitée à prendre le thé au bureau du quartier. Ils ont été polis. "
     "Ils veulent juste savoir avec qui tu passes tes samedis à {ville} et qui organise les soirées de "
     "l'association."),
    ("coercion", "coercion",
     "Le dossier de l'appartement de tes parents à {villenatale} est bloqué. Un responsable m'a dit que ça "
     "se réglerait vite si tu rentrais cet été pour une petite conversation. Ils connaissent ton adresse à "
     "{ville}, tu sais."),
])

F.add("fr5-s-13-trousse-formation", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment",
     L("Objet : Offre d'emploi — Adjoint(e) administratif(ve) à distance", "",
       "Félicitations {prenom}!", "",
       "Suite à l'examen de votre CV, vous êtes retenu(e) pour le poste à {montant} par semaine. Pour "
       "finaliser, veuillez acheter la trousse de formation (350 $) auprès de notre fournisseur agréé. Le "
       "montant vous sera remboursé avec votre première paie.", "",
       "Service du personnel", "{prenom2} {nom2}")),
    ("job_scam", "job_scam off_platform",
     L("Bonjour {prenom},", "",
       "L'entrevue se fera par clavardage sur Telegram avec notre gestionnaire ({handle}). Merci de répondre "
       "depuis votre courriel personnel et non depuis celui de votre employeur actuel, par souci de "
       "confidentialité.", "",
       "Cordialement,", "Équipe RH")),
    ("job_scam", "job_scam unusual_payment",
     L("Objet : Équipement de bureau", "",
       "Bonjour {prenom}, vous recevrez par la poste un chèque de 2 850 $. Déposez-le, gardez 300 $ pour vous "
       "et envoyez le reste en cartes-cadeaux à notre fournisseur d'équipement. Faites vite, l'offre expire "
       "dans 24 h.", "", "{prenom2}, coordonnatrice")),
])

F.add("fr5-s-14-taches-en-ligne", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam off_platform",
     "{ts} Recrutement_RH : Bonjour! Travail à temps partiel, 30 min par jour, aimer des vidéos et noter des "
     "hôtels, de {petit} à 200 $ par jour. Intéressé(e)? Ajoutez notre mentor sur WhatsApp {tel_etr}"),
    ("job_scam", "job_scam unusual_payment",
     "{ts} Mentor Lisa : Bravo {prenom}, vous avez complété 38/40 tâches! Pour débloquer votre commission il faut recharger "
     "votre compte de 150 USDT. C'est normal, tous nos membres le font 👍"),
    ("job_scam", "job_scam unusual_payment secrecy",
     L("{ts} Mentor Lisa : Votre compte est gelé à cause d'une tâche combinée.",
       "{ts2} Mentor Lisa : Déposez {montant} pour le dégeler, sinon vos gains sont perdus. N'appelez pas votre "
       "banque, ça ralentit le traitement.")),
])

F.add("fr5-s-15-cote-secret-recherchee", 1, "fake_recruiter", "email", False, [
    ("contact", "credential_targeting vague_client sensitive_info",
     L("Objet : Occasion — {poste} (cote Secret requise)", "",
       "Bonjour {prenom},", "",
       "Je travaille avec un groupe international qui ouvre un bureau à {ville}. Ils cherchent des gens qui "
       "détiennent une cote de sécurité active et une expérience des programmes de {ministere}. Pourriez-vous "
       "m'envoyer un CV détaillé avec la liste des projets sur lesquels vous avez travaillé, même ceux qui "
       "ne figurent pas sur LinkedIn?", "",
       "{prenom2} {nom2}", "Partenaire, {conseil}")),
    ("contact", "credential_targeting vague_client paid_task",
     L("Bonjour {prenom},", "",
       "J'ai vu que vous avez quitté {ministere} récemment. Les anciens fonctionnaires qui ont eu une cote "
       "Très secret sont très recherchés par mon client. Un premier mandat de consultation à {montant} par "
       "mois est possible, sans engagement et à distance.", "",
       "Bien cordialement,", "{prenom2} {nom2}")),
    ("pivot", "off_platform secrecy vague_client",
     L("Objet : RE: CV", "",
       "Merci pour votre CV {prenom}. Mon client aimerait poursuivre sur une messagerie plus sûre : "
       "installez Signal et écrivez-moi au {tel_etr}. Évitez votre adresse du gouvernement pour la suite.", "",
       "{prenom2}")),
])

F.add("fr5-s-16-portrait-habilitations", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting sensitive_info",
     "Bonjour {prenom}, je prépare un portrait des personnes qui ont travaillé sur {sujet} au Canada depuis "
     "dix ans, et votre nom revient souvent. Avez-vous encore accès aux installations de {employeur}, et à "
     "quel niveau d'habilitation?"),
    ("contact", "credential_targeting sensitive_info",
     "Bonsoir {prenom}. Nous cherchons des profils qui ont déjà siégé à des comités interministériels, idéalement "
     "avec une habilitation encore valide. Auriez-vous quelques minutes pour me raconter votre parcours, et "
     "surtout les dossiers que vous suivez en ce moment? {prenom2} {nom2}"),
    ("contact", "credential_targeting sensitive_info",
     "Merci pour votre réponse rapide, {prenom}. Avant de vous présenter à notre équipe, pourriez-vous me dire sur quels "
     "projets vous êtes affecté(e) cette année, qui sont vos interlocuteurs à {ministere} et à quelle date "
     "votre habilitation doit être renouvelée?"),
])

F.add("fr5-s-17-discussions-internes", 1, "handler_followup", "email", False, [
    ("elicitation", "sensitive_info vague_client paid_task",
     L("Objet : prochaine étape", "",
       "{prenom},", "",
       "Le client a bien aimé votre note. Cette fois, il aimerait savoir ce qui se dit à l'interne sur "
       "{sujet}. Rien de classifié, juste votre lecture des réunions de direction. {montant} comme d'habitude.",
       "", "{prenom2} {nom2}", "{conseil}")),
    ("elicitation", "sensitive_info secrecy vague_client",
     L("Objet : RE: plan stratégique", "",
       "Bonjour {prenom},", "",
       "Pourriez-vous m'envoyer la version de travail, celle d'avant la révision par les communications? "
       "La version publique est trop lisse pour mon client. Je la garderai confidentielle, évidemment.", "",
       "> Le plan sera publié en {mois}, je vous envoie le lien à ce moment-là.", "",
       "{prenom2}")),
    ("elicitation", "sensitive_info vague_client",
     L("{prenom}, une dernière chose : mon client aimerait connaître les prix soumis par les autres "
       "fournisseurs dans l'appel d'offres de {ministere} sur {sujet}. Vous avez accès au tableau "
       "comparatif, non? Une photo suffit.", "", "Merci d'avance — {prenom2}, {conseil}")),
])

F.add("fr5-s-18-questions-techniques", 1, "fake_academic", "email", False, [
    ("elicitation", "sensitive_info",
     L("Objet : Question pour mon mémoire", "",
       "Bonjour {prenom},", "",
       "Je suis étudiant à la maîtrise et je travaille sur {sujet}. Dans votre laboratoire, les essais de "
       "l'automne dernier ont-ils confirmé la portée annoncée? Je cherche surtout les chiffres qui n'ont pas "
       "encore été publiés, pour les comparer à mes simulations.", "",
       "Merci beaucoup,", "{prenom2} {nom2}")),
    ("elicitation", "sensitive_info",
     L("Bonjour {prenom},", "",
       "Je fais suite à notre conversation au salon de {ville}. Vous disiez que le lot de puces livré en juin "
       "avait eu des problèmes de rendement. Savez-vous dans quels systèmes ces puces ont fini, et si le "
       "défaut a été signalé au ministère?", "",
       "Bien à vous,", "{prenom2} {nom2}")),
    ("elicitation", "sensitive_info",
     L("Objet : petit service", "",
       "Bonjour {prenom},", "",
       "Quand vous aurez un moment, pourriez-vous m'indiquer sur quel serveur sont stockées les données "
       "d'essai de votre équipe et comment on s'y connecte de l'extérieur? Je voudrais éviter de refaire les "
       "mêmes mesures.", "", "{prenom2}")),
])

F.add("fr5-s-19-appli-epelee", 1, "obfuscated_pivot", "inmail", False, [
    ("pivot", "off_platform",
     "Bonjour {prenom}, poste très intéressant pour vous, en lien avec {sujet}. Ici les messages sont limités, ajoutez-moi "
     "sur W e C h a t : {handle}. On jase là-bas 🙂"),
    ("pivot", "off_platform secrecy",
     "Merci {prenom}! Écrivez-moi plutôt à {handle} (at) qq (point) com ou sur Té-lé-gram, même identifiant. "
     "LinkedIn lit trop nos échanges."),
    ("pivot", "off_platform paid_task vague_client",
     "Pour le mandat dont je vous parlais : vx {handle}, ou le {tel_etr} sur l'appli verte. Le client paie "
     "bien, {montant} par note. — {prenom2}"),
])

F.add("fr5-s-20-forum-etranger", 1, "fake_conference", "email", False, [
    ("meeting", "client_meeting unusual_payment vague_client",
     L("Objet : Invitation — Forum international sur {sujet}, {ville_etr}", "",
       "Cher(ère) {prenom},", "",
       "Nous avons le plaisir de vous inviter comme conférencier(ère). Billet, hébergement et honoraires de "
       "{montant} en espèces, remis sur place. En marge du forum, quelques représentants de l'industrie "
       "souhaiteraient une rencontre privée avec vous.", "",
       "Le comité d'organisation", "{prenom2} {nom2}")),
    ("elicitation", "sensitive_info client_meeting",
     L("Bonjour {prenom},", "",
       "Pour votre présentation au forum, les organisateurs aimeraient que vous parliez des projets actuels "
       "de {employeur}, y compris ce qui n'est pas encore annoncé. Les diapositives ne seront pas diffusées, "
       "soyez sans crainte.", "", "{prenom2}, comité scientifique")),
    ("secrecy", "secrecy client_meeting",
     L("Objet : Visa", "",
       "Pour faciliter votre visa, ne mentionnez ni votre employeur ni votre cote de sécurité sur le "
       "formulaire; indiquez simplement « tourisme ». Quelqu'un vous attendra à l'aéroport de {ville_etr}, "
       "avec une pancarte à votre nom.", "", "{prenom2} {nom2}", "Logistique du forum")),
])

F.add("fr5-s-21-quelques-pages", 1, "fake_consultant", "inmail", False, [
    ("paid_task", "paid_task sensitive_info",
     "Bonjour {prenom}, j'ai lu votre article sur {sujet}. Accepteriez-vous d'écrire pour moi quelques pages "
     "sur la façon dont {ministere} va trancher le dossier l'an prochain? Je m'arrange pour que ça en vaille "
     "la peine pour vous."),
    ("paid_task", "paid_task vague_client sensitive_info",
     "{prenom}, merci pour les trois pages, c'est exactement ce qu'il fallait. Une personne de mon entourage aimerait "
     "maintenant une version plus détaillée, avec les noms de ceux qui poussent chaque option au comité. "
     "Vous serez bien traité(e), comme la dernière fois. {prenom2}"),
    ("paid_task", "paid_task sensitive_info vague_client",
     "Petit projet pour {mois} : un tour d'horizon des fournisseurs que {employeur} évalue pour la prochaine "
     "génération, avec vos impressions sur chacun. Ça restera dans les mêmes mains que d'habitude, {prenom}."),
])

SUBTLE = {"fr5-s-03-ancien-camarade-gpu", "fr5-s-06-amis-accueil", "fr5-s-08-prudence-bureau",
          "fr5-s-10-passer-par-la-famille", "fr5-s-12-dossier-famille", "fr5-s-16-portrait-habilitations",
          "fr5-s-18-questions-techniques", "fr5-s-21-quelques-pages"}

# Words that would give a subtle message away: apps and mail names, client, money, secrecy words.
TELLTALE = re.compile(
    r"wechat|whatsapp|telegram|\bsignal\b|gmail|\bqq\b|163|@|client|\$|frais|honorair|rémunér|\bpaie|paiement|payé|"
    r"payer|crypto|usdt|bitcoin|cadeau|virement|comptant|espèces|argent|confidenti|secret|classifi|"
    r"entre nous|discr|cachet|interac|alipay",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- benign (label 0)

F.add("fr5-b-01-recruteuse-appel", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     L("Bonjour {prenom},",
       "Je suis {prenom2} {nom2}, de l'équipe recrutement de {firme}. Notre client {employeur} cherche un(e) {poste} à "
       "{ville} (permanent, hybride, 110-125 k$). La cote de sécurité Secret est requise pour ce rôle. "
       "Seriez-vous disponible pour un appel de 15 minutes cette semaine? Mon numéro : {tel}.")),
    ("none", "",
     "Merci de votre réponse {prenom}! Plutôt que de continuer par InMail, je vous propose un appel {jour} à "
     "{heure}. Mon numéro de bureau est le {tel}. Je vous envoie la description de poste complète par courriel "
     "d'ici là, à l'adresse de votre choix."),
    ("none", "",
     "Bonjour {prenom}, suite à notre appel, voici les prochaines étapes : entrevue avec la gestionnaire "
     "d'embauche chez {employeur}, puis vérification de votre cote par leur bureau de sécurité. Je vous "
     "confirme tout par courriel depuis {courriel_pro}. Bonne fin de journée! {prenom2}"),
])

F.add("fr5-b-02-chasseur-mandat-confidentiel", 0, "genuine_headhunter", "inmail", True, [
    ("none", "",
     "Bonjour {prenom}, {prenom2} de {firme} ici. Je mène une recherche confidentielle pour un poste de VP "
     "Ingénierie dans une entreprise {secteur} à {ville}. Le client ne veut pas encore que son nom circule "
     "publiquement; je vous le donnerai au téléphone, avant toute candidature. Intéressé(e) à en jaser?"),
    ("none", "",
     "Merci {prenom}. Comme promis au téléphone, le mandat est pour {employeur}. Je préfère vous envoyer la "
     "fiche de poste et l'échelle salariale par courriel, c'est plus simple que LinkedIn pour les pièces "
     "jointes. Mon adresse : {courriel_pro}."),
    ("none", "",
     "Petit suivi : {employeur} aimerait vous rencontrer à leurs bureaux de {ville} {jour} à {heure}. Vos frais "
     "de déplacement seront remboursés selon leur politique (kilométrage ou train, reçus à l'appui). "
     "Confirmez-moi par courriel ou au {tel}. — {prenom2}, {firme}"),
])

F.add("fr5-b-03-recrutement-defense", 0, "genuine_recruiter", "email", True, [
    ("none", "",
     L("Objet : Candidature — {poste}, {employeur}", "",
       "Bonjour {prenom},", "",
       "Merci d'avoir postulé. Comme le poste touche à des contrats de défense, une cote de niveau Secret est "
       "obligatoire; si vous ne l'avez pas, {employeur} peut parrainer la demande auprès du Programme de "
       "sécurité des contrats. Êtes-vous disponible pour une entrevue téléphonique {jour}?", "",
       "{prenom2} {nom2}", "Acquisition de talents, {employeur}", "{tel}")),
    ("none", "",
     L("Objet : Entrevue — deuxième étape", "",
       "Bonjour {prenom},", "",
       "Merci pour l'échange de ce matin. Nous aimerions vous inviter à une deuxième entrevue sur place, à "
       "{ville}. Vos frais de déplacement seront remboursés sur présentation des reçus. N'apportez pas "
       "d'ordinateur personnel : le site est à accès contrôlé et l'accueil garde les appareils.", "",
       "Cordialement,", "{prenom2} {nom2}")),
    ("none", "",
     L("Bonjour {prenom},", "",
       "Petite précision avant {jour} : pendant les entrevues, ne nous parlez pas des projets protégés de "
       "votre employeur actuel. On évalue vos compétences, pas ce que vous savez de leurs programmes. "
       "Si une question vous semble trop pointue, dites-le, on passera à la suivante.", "",
       "Au plaisir,", "{prenom2} — {employeur}")),
])

F.add("fr5-b-04-reseau-experts-courriel", 0, "expert_network", "email", True, [
    ("none", "",
     L("Objet : Consultation rémunérée — {sujet}", "",
       "Bonjour {prenom},", "",
       "Je m'appelle {prenom2} {nom2} et je travaille chez {reseau}, un réseau d'experts. Un de nos clients, "
       "un fonds d'investissement, souhaite une conversation d'une heure sur "
       "{sujet} (tendances du marché, concurrence, prix publics). Rémunération : {montant} de l'heure, versés par {reseau}. Nous ne voulons aucune information "
       "confidentielle ou non publique sur votre employeur actuel ou passé.", "",
       "Cordialement,", "{prenom2} {nom2}", "{reseau}")),
    ("none", "",
     L("Bonjour {prenom},", "",
       "Avant l'appel, merci de remplir notre attestation de conformité : vous confirmez que rien dans votre "
       "contrat n'interdit ce type de consultation et que vous ne partagerez aucune information "
       "confidentielle. Si une question vous met mal à l'aise pendant l'appel, dites-le : l'appel sera "
       "arrêté, sans pénalité.", "",
       "Équipe conformité, {reseau}")),
    ("none", "",
     L("Objet : RE: Paiement", "",
       "Bonjour {prenom}, merci pour l'appel de {jour}. Le paiement de {montant} a été envoyé par virement "
       "depuis le compte de {reseau}; le relevé suivra par courriel. Le client n'a pas de questions de suivi "
       "pour l'instant.", "",
       "> Est-ce que je vais recevoir un feuillet fiscal pour ce montant?", "",
       "Oui, un T4A en février. — {prenom2}")),
])

F.add("fr5-b-05-reseau-experts-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "Bonjour {prenom}, ici {prenom2}, chez {reseau} : un cabinet-conseil veut mieux comprendre le marché canadien "
     "{secteur}. Le nom du client vous sera communiqué avant l'appel et vous pourrez refuser. 45 min, "
     "{montant}. On ne vous demandera rien de confidentiel. Ça vous intéresse?"),
    ("none", "",
     "Parfait {prenom}! Je vous envoie l'invitation et le formulaire de conformité à votre courriel. Si "
     "{employeur} exige une autorisation préalable pour les consultations externes, attendez-la avant de "
     "confirmer, on s'adapte à votre horaire."),
    ("none", "",
     "Petite note de notre équipe conformité : comme vous êtes présentement chez {employeur}, on préfère ne pas "
     "vous mettre en relation avec ce client (ce sont des concurrents directs). Désolé du dérangement, on vous "
     "recontacte pour un autre projet. {prenom2}"),
])

F.add("fr5-b-06-conference-universite", 0, "university_paid_talk", "email", True, [
    ("none", "",
     L("Objet : Invitation — séminaire du département", "",
       "Bonjour {prenom},", "",
       "Le département de génie de {univ} aimerait vous inviter à donner une conférence publique sur {sujet} "
       "le {date}. Nous offrons des honoraires de {montant} et le remboursement de vos frais de déplacement. "
       "La séance sera enregistrée et mise en ligne sur notre chaîne.", "",
       "Au plaisir de vous lire,", "{prenom2} {nom2}, professeur(e) agrégé(e)")),
    ("none", "",
     L("Bonjour {prenom},", "",
       "Pour le paiement de vos honoraires, notre service des finances a besoin du formulaire de fournisseur "
       "ci-joint et d'un spécimen de chèque. Si votre employeur exige une autorisation pour les activités "
       "extérieures, nous pouvons lui écrire directement.", "",
       "Merci!", "{prenom2}, secrétariat du département")),
    ("none", "",
     "Merci encore pour votre présentation de {jour}, {prenom}! Quelques étudiant(e)s aimeraient vous écrire au "
     "sujet de stages chez {employeur}. Puis-je leur donner votre courriel professionnel, ou préférez-vous "
     "qu'ils passent par LinkedIn? {prenom2}"),
])

F.add("fr5-b-07-evaluation-think-tank", 0, "think_tank_commission", "email", True, [
    ("none", "",
     L("Objet : Évaluation d'un document de politique", "",
       "Bonjour {prenom},", "",
       "Le {tt} aimerait vous confier l'évaluation d'un document sur {sujet}, qui sera publié sous la "
       "signature de ses auteurs en {mois}. L'évaluation est rémunérée ({montant}) et votre nom figurera dans "
       "les remerciements, si vous le souhaitez.", "",
       "{prenom2} {nom2}", "Direction de la recherche, {tt}")),
    ("none", "",
     "Bonjour {prenom}, rappel : le manuscrit reste confidentiel jusqu'à sa publication, merci de ne pas le "
     "faire circuler. Vos commentaires seront transmis aux auteurs de façon anonyme. Date limite pour le "
     "feedback : {date}. Bonne lecture! {prenom2}, {tt}"),
    ("none", "",
     L("Objet : Table ronde — déplacement", "",
       "Bonjour {prenom},", "",
       "Votre billet de train pour la table ronde à Ottawa est réservé par notre agence. La discussion se tient "
       "selon la règle de Chatham House; un compte rendu public sera publié sur notre site. Votre cachet de "
       "{montant} sera versé par dépôt direct dans les 30 jours.", "",
       "{prenom2} {nom2}", "{tt}")),
])

F.add("fr5-b-08-offre-cote-linkedin", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     L("Offre d'emploi — {poste} | {employeur} | {ville}",
       "Exigences : cote Secret (ou capacité de l'obtenir), citoyenneté canadienne ou résidence permanente, "
       "5 ans d'expérience. Les candidat(e)s retenu(e)s passeront une vérification de fiabilité. Postulez sur "
       "notre site carrières; aucun recruteur ne vous demandera d'argent.")),
    ("none", "",
     "Bonjour {prenom}, je suis gestionnaire d'embauche chez {employeur}. Nous affichons un poste ({poste}) "
     "qui exige une cote Très secret. J'ai vu que vous avez de l'expérience avec {sujet}; si ça vous intéresse, "
     "postulez via le lien officiel, je ne peux pas traiter de candidatures par message. {prenom2} {nom2}"),
    ("none", "",
     "Rappel aux candidat(e)s : {employeur} ne communique jamais par WhatsApp ou Telegram et ne demande jamais "
     "de payer une trousse de formation. Toute offre de ce genre est frauduleuse. Nos recruteurs écrivent "
     "seulement depuis une adresse @{domaine} et appellent du {tel}."),
])

F.add("fr5-b-09-processus-gouvernement", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     L("Objet : Processus de sélection {processus} — {poste}", "",
       "Bonjour,", "",
       "Votre candidature a été retenue pour l'étape suivante. Le poste exige une cote de sécurité de niveau "
       "Très secret. Vous recevrez sous peu le formulaire de vérification : il faudra y indiquer vos voyages "
       "à l'étranger et vos contacts avec des ressortissants étrangers des dix dernières années.", "",
       "Ressources humaines, {ministere}")),
    ("none", "",
     L("Objet : Bassin de candidatures — analyste en sécurité", "",
       "Bonjour {prenom},", "",
       "Nous constituons un bassin pour des postes à {ville}. Exigence : pouvoir obtenir une cote Très secret "
       "approfondie. Les entrevues se font en personne ou par vidéoconférence sur notre plateforme officielle; "
       "aucune étape du processus ne se fait par messagerie instantanée ni par courriel personnel.", "",
       "Équipe de dotation, {ministere}")),
    ("none", "",
     L("Bonjour {prenom},", "",
       "Votre enquête de sécurité est en cours. L'enquêteur pourrait vous appeler au numéro fourni ({tel}) pour "
       "préciser vos séjours à {ville_etr} et les membres de votre famille qui y vivent. C'est une étape "
       "normale; il ne vous demandera jamais d'argent ni vos renseignements bancaires.", "",
       "Sécurité du personnel, {ministere}")),
])

F.add("fr5-b-10-avis-securite", 0, "security_awareness", "email", True, [
    ("none", "",
     L("Objet : Rappel sécurité — faux recruteurs", "",
       "À tout le personnel,", "",
       "Le SCRS signale des approches qui ciblent les employé(e)s détenant une cote : un « recruteur » propose "
       "de passer sur WeChat ou WhatsApp, offre de l'argent pour des « rapports » destinés à un client anonyme, "
       "puis invite à voyager à l'étranger tous frais payés. Si on vous demande de garder ça entre vous, c'est "
       "un signal d'alarme. Appelez la sécurité ministérielle au {tel}.", "",
       "Agent(e) de sécurité ministériel(le), {ministere}")),
    ("none", "",
     L("Objet : Capsule du mois — Pensez avant de vous connecter", "",
       "Bonjour,", "",
       "Signes à surveiller sur LinkedIn : profil récent avec peu de contacts, offre trop belle, demande de "
       "courriel personnel, paiement en cryptomonnaie ou en cartes-cadeaux, questions qui glissent vers "
       "l'information interne ou les projets à venir. Un recruteur légitime n'a besoin d'aucun document non "
       "public. Un doute? Appelez le {tel}.", "",
       "Équipe sensibilisation, {employeur}")),
    ("none", "",
     L("Objet : Voyages personnels à l'étranger — rappel", "",
       "Bonjour,", "",
       "Avant un voyage personnel, remplissez le formulaire de déclaration. Si quelqu'un vous offre un voyage "
       "payé ou une rencontre avec un « partenaire » sur place, à {ville_etr} ou ailleurs, parlez-en à votre "
       "agent(e) de sécurité avant de partir. Ce que vous déclarez reste confidentiel.", "",
       "Sécurité de l'entreprise, {employeur}")),
])

F.add("fr5-b-11-collegue-avertit", 0, "security_awareness", "chat", True, [
    ("none", "",
     "{ts} {prenom2} : hey {prenom}, j'ai reçu un InMail louche, un gars qui m'offrait {montant} pour un "
     "« white paper » pour un client qu'il voulait pas nommer, pis il voulait qu'on passe sur Telegram. Je l'ai "
     "transféré à la sécurité. Fais attention si tu reçois la même affaire"),
    ("none", "",
     "T'as vu la capsule de la sécu ce matin? Ils disent que si quelqu'un te demande de rien dire à ton "
     "employeur ou veut te payer en crypto, tu les appelles direct au {tel}. Ça ressemble en masse à ce que "
     "{prenom2} nous a raconté au dîner"),
    ("none", "",
     L("{ts} {prenom2} : rappel pour demain : formation obligatoire sur l'ingérence étrangère à {heure}, salle 4B",
       "{ts2} {prenom2} : c'est la partie sur les faux chasseurs de têtes et les voyages payés à l'étranger, "
       "ça vaut la peine {prenom}")),
])

F.add("fr5-b-12-famille-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "{ts} Maman : {prenom}, tu as mangé? Ton père demande quand tu rentres à la maison pour le Nouvel An. "
     "On t'a envoyé les photos du mariage de ta cousine sur WeChat 😊"),
    ("none", "",
     L("{ts} {prenom} : Maman je vous ai envoyé {montant} par WeChat Pay pour le médecin de grand-mère",
       "{ts2} {prenom} : dis à papa de pas tout dépenser en thé 😂")),
    ("none", "",
     "{prenom}, grand-mère demande si tu peux l'appeler en vidéo ce soir sur WeChat, elle veut voir le bébé. Ta tante dit "
     "aussi que ton cousin arrive à {ville} pour ses études en septembre, il faudrait l'aider à trouver un appart."),
])

F.add("fr5-b-13-amis-whatsapp", 0, "friend_chat", "chat", True, [
    ("none", "",
     "{ts} {prenom2} : on se fait un groupe WhatsApp pour le chalet de la fin de semaine? chacun envoie 80 $ "
     "par Interac à {prenom}, elle s'occupe de la réservation"),
    ("none", "",
     "{prenom}!! chut, c'est une surprise pour les 40 ans de Karim, on garde ça secret hein 🤫 Rendez-vous samedi "
     "19 h chez {prenom2}, faut {petit} chacun pour le gâteau"),
    ("none", "",
     "{ts} {prenom2} : mon beau-frère de {ville_etr} arrive demain, il voulait des conseils pour le permis de "
     "travail. Je lui donne ton WhatsApp ou t'aimes mieux pas?"),
])

F.add("fr5-b-14-collegues-teams", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "{ts} {prenom2} : on continue sur Teams? le fil de courriels devient ingérable. Je crée un canal pour le "
     "projet {projet}, j'ajoute {prenom} pis l'équipe de test"),
    ("none", "",
     "Hey {prenom}, peux-tu m'écrire sur Slack plutôt? Je suis en déplacement à {ville} et j'ai pas le VPN sur "
     "mon cellulaire. Rien de technique sur Slack par contre, on en reparle au bureau {jour}."),
    ("none", "",
     L("{ts} {prenom2} : le rapport trimestriel interne, mets-le dans le SharePoint de l'équipe",
       "{ts2} {prenom2} : pas par ton courriel perso, la sécurité nous a rappelé la règle la semaine passée")),
])

F.add("fr5-b-15-wecom-signal-ong", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "{ts} {prenom2} : pour les échanges avec le bureau de Shanghai, on utilise le WeChat d'entreprise (WeCom) "
     "fourni par {employeur}, pas ton compte perso. Je t'envoie l'invitation tantôt"),
    ("none", "",
     "{prenom}, l'ONG préfère qu'on communique sur Signal pour protéger les témoins qu'on documente. Active "
     "les messages éphémères et ne mets aucun nom de famille dans le groupe. Merci! {prenom2}"),
    ("none", "",
     L("{ts} {prenom2} : le client japonais veut faire le meeting sur LINE...",
       "{ts2} {prenom2} : la TI dit ok pour la planification seulement, aucun fichier technique là-dessus. "
       "on garde Teams pour le reste")),
])

F.add("fr5-b-16-remboursement-voyage", 0, "travel_reimbursement", "email", True, [
    ("none", "",
     L("Objet : Remboursement — voyage à {ville_etr}", "",
       "Bonjour {prenom},", "",
       "Votre demande de remboursement de {montant} pour la conférence a été approuvée. Le dépôt sera fait "
       "dans votre compte bancaire d'ici deux paies. Les indemnités journalières ont été calculées selon la "
       "directive sur les voyages.", "",
       "Finances — comptes fournisseurs, {employeur}")),
    ("none", "",
     L("Objet : Pièces manquantes — réclamation de voyage", "",
       "Bonjour {prenom},", "",
       "Il manque les reçus d'hôtel de {ville_etr} et la preuve du taux de change pour traiter votre "
       "réclamation. Vous pouvez les téléverser dans le portail. Les dépenses payées en argent comptant "
       "sans reçu ne peuvent pas être remboursées.", "",
       "Merci,", "{prenom2} {nom2}, Finances")),
    ("none", "",
     L("Objet : Voyage payé par l'organisateur", "",
       "Bonjour {prenom},", "",
       "Puisque l'organisateur du colloque paie votre billet et votre hôtel à {ville_etr}, vous devez le "
       "déclarer sur le formulaire de cadeaux et d'hospitalité avant le départ. Le bureau de l'éthique vous "
       "répondra sous cinq jours ouvrables.", "",
       "Bureau des valeurs et de l'éthique, {ministere}")),
])

F.add("fr5-b-17-remboursement-jasette", 0, "travel_reimbursement", "chat", True, [
    ("none", "",
     "{ts} {prenom2} : j'ai payé ton lunch avec le client à {ville}, rembourse-moi {petit} par Interac quand tu "
     "peux, pas pressé"),
    ("none", "",
     "{ts} {prenom2} : t'as reçu le virement pour le kilométrage? moi je l'ai eu ce matin 🙌 faut juste mettre la facture de "
     "stationnement dans le système de dépenses, {prenom}"),
    ("none", "",
     L("{ts} {prenom} : la compagnie rembourse le souper avec les partenaires de {ville_etr}? ou je le mets sur "
       "ma carte perso pis j'attends?",
       "{ts2} {prenom2} : carte corpo si t'en as une, sinon ta carte pis tu réclames avec les reçus")),
])

F.add("fr5-b-18-anciens-genie", 0, "alumni_group", "chat", True, [
    ("none", "",
     "{ts} {prenom2} (promo 2012) : Salut la gang! Retrouvailles des anciens de génie de {univ} le {date} à "
     "{ville}. Billet 45 $ en ligne. Ceux qui travaillent dans le secteur {secteur}, on a un panel pour les "
     "finissants!"),
    ("none", "",
     "Quelqu'un du groupe travaille chez {employeur}? Ma fille cherche un stage d'été lié à {sujet}, juste pour "
     "savoir comment postuler. Pas de passe-droit, juste des conseils 😅 — {prenom2}"),
    ("none", "",
     "{ts} {prenom2} : petit rappel, ce groupe WhatsApp sert aux annonces de l'association des diplômés. Pas "
     "d'offres d'emploi douteuses svp, on en a retiré deux la semaine passée qui demandaient de payer une "
     "formation."),
])

F.add("fr5-b-19-parents-ecole", 0, "parents_group", "chat", True, [
    ("none", "",
     "{ts} {prenom2} : Bonjour les parents de 3e année! La sortie au musée est le {date}. {petit} par enfant, en "
     "argent comptant dans une enveloppe au nom de l'enfant svp"),
    ("none", "",
     "Groupe des parents du hockey : le tournoi à {ville} approche. Qui peut faire du covoiturage? Les frais "
     "d'hôtel seront partagés, {prenom} fait un tableau Excel."),
    ("none", "",
     "{ts} {prenom2} : attention, des parents ont reçu un texto qui se fait passer pour l'école et qui demande "
     "des cartes-cadeaux pour « la prof ». C'est une arnaque, l'école demande jamais ça!"),
])

F.add("fr5-b-20-journaliste-entrevue", 0, "journalist_interview", "inmail", True, [
    ("none", "",
     "Bonjour {prenom}, je suis {prenom2} {nom2}, journaliste au Quotidien de l'Estuaire. Je prépare un article "
     "sur {sujet} au Canada et j'aimerais vous interviewer, à visage découvert, sur ce que vous avez présenté "
     "publiquement au colloque. Une entrevue téléphonique de 20 minutes? Écrivez-moi à redaction@quotidien.example.org, à mon attention."),
    ("none", "",
     "Merci d'avoir accepté {prenom}. Pour être clair : l'entrevue est on the record, je vous citerai "
     "nommément. Si {employeur} exige de passer par ses relations médias, je peux les contacter d'abord. Je ne "
     "vous demanderai rien qui ne soit pas public."),
    ("none", "",
     "Bonjour {prenom}, petite vérification des faits avant publication : je vous cite comme disant que « la "
     "chaîne d'approvisionnement reste fragile ». Est-ce exact? L'article paraît {jour}. Merci! {prenom2}"),
])

F.add("fr5-b-21-colloque-organisateur", 0, "conference_invite", "inmail", True, [
    ("none", "",
     "Bonjour {prenom}, au nom du comité de programme du Colloque canadien sur {sujet}, nous vous invitons "
     "comme conférencier(ère) principal(e) à {ville} le {date}. Nous couvrons le déplacement et "
     "l'hébergement; les présentations sont publiques et publiées dans les actes."),
    ("none", "",
     "Bonjour {prenom}, le colloque a lieu cette année à {ville_etr}. Votre billet sera réservé par notre agence "
     "de voyages et l'hôtel est payé directement par l'association. Vérifiez auprès de {employeur} s'il vous "
     "faut une autorisation de voyage. {prenom2} {nom2}, comité organisateur"),
    ("none", "",
     "Merci pour votre proposition de communication, {prenom}, le comité l'a acceptée! Rappel : vos diapositives "
     "doivent être approuvées par votre organisation pour diffusion publique. Ne présentez rien de protégé ou "
     "sous embargo. Deadline pour le PDF : {date}."),
])

F.add("fr5-b-22-accueil-rh", 0, "hr_onboarding", "email", True, [
    ("none", "",
     L("Objet : Bienvenue chez {employeur}!", "",
       "Bonjour {prenom},", "",
       "Pour préparer votre arrivée le {date}, merci de téléverser dans le portail d'accueil (depuis votre "
       "courriel personnel, puisque votre compte d'entreprise n'existe pas encore) une pièce d'identité et un "
       "spécimen de chèque pour le dépôt direct. Nous ne vous demanderons jamais de paiement.", "",
       "{prenom2} {nom2}", "Ressources humaines, {employeur}", "{tel}")),
    ("none", "",
     L("Objet : Formulaire de cote de sécurité", "",
       "Bonjour {prenom},", "",
       "Votre poste exige une cote Secret. Le formulaire demande vos adresses des cinq dernières années et vos "
       "liens avec des personnes à l'étranger. Déclarez tout, même la famille à {ville_etr} : une déclaration "
       "complète n'est pas un problème, une omission peut en devenir un.", "",
       "Bureau de la sécurité, {employeur}")),
    ("none", "",
     L("Objet : Jour 1", "",
       "Bonjour {prenom},", "",
       "Votre badge sera prêt à la réception à {heure}. Vous rencontrerez ensuite l'agent de sécurité pour le "
       "briefing sur les approches suspectes (faux recruteurs, invitations à l'étranger, cadeaux). Apportez un "
       "lunch, la cafétéria ferme tôt le {jour}.", "",
       "À bientôt!", "{prenom2}, RH")),
])

F.add("fr5-b-23-banque-paie", 0, "bank_notice", "email", True, [
    ("none", "",
     L("Objet : Avis — virement international reçu", "",
       "Bonjour {prenom},", "",
       "Un virement de {montant} en provenance de {ville_etr} a été déposé dans votre compte. Si vous ne "
       "reconnaissez pas cette transaction, appelez-nous au 1-800-555-0199. Nous ne vous demanderons jamais "
       "votre mot de passe par courriel ou par texto.", "",
       "Banque Laurentide-Est (service à la clientèle)")),
    ("none", "",
     L("Objet : Talon de paie — {date}", "",
       "Bonjour {prenom},", "",
       "Votre talon de paie est disponible dans le portail. Ce mois-ci : prime de disponibilité et "
       "remboursement de frais de déplacement de {montant}. Pour toute question, écrivez au centre de paie.", "",
       "Centre de paie, {employeur}")),
    ("none", "",
     L("Objet : Alerte fraude — faux employeurs", "",
       "Bonjour {prenom},", "",
       "Des fraudeurs se font passer pour des employeurs et envoient des chèques à déposer, puis demandent "
       "d'en renvoyer une partie en cartes-cadeaux ou en cryptomonnaie. Si ça vous arrive, ne déposez rien et "
       "appelez votre succursale de {ville}.", "",
       "Votre équipe de prévention de la fraude")),
])

F.add("fr5-b-24-jasette-ordinaire", 0, "ordinary_chat", "chat", False, [
    ("none", "", "{ts} {prenom2} : t'es où? on t'attend au resto depuis 10 min 😅"),
    ("none", "", "Peux-tu passer prendre du lait en revenant {prenom}? La liste d'épicerie est sur le frigo. Merci! {prenom2}"),
    ("none", "", "{ts} {prenom2} : bonne fête {prenom}!! 🎉 on se voit {jour} pour le souper?"),
])

F.add("fr5-b-25-courriel-bureau", 0, "work_email", "email", False, [
    ("none", "",
     L("Objet : Ordre du jour — réunion d'équipe", "",
       "Bonjour à toutes et à tous,", "",
       "Voici l'ordre du jour de {jour}, {heure} : 1) suivi du projet {projet}; 2) vacances d'été; 3) varia.", "",
       "{prenom2}")),
    ("none", "",
     L("Objet : Panne de courant planifiée", "",
       "Bonjour,", "",
       "Une panne est prévue à l'édifice de {ville} le {date}, de 6 h à 9 h. Les serveurs seront redémarrés; "
       "sauvegardez votre travail la veille.", "",
       "Services immobiliers")),
    ("none", "",
     L("Objet : Départ à la retraite — {prenom2} {nom2}", "",
       "Bonjour,", "",
       "Après 31 ans de service, {prenom2} prend sa retraite! Un 5 à 7 aura lieu le {date} à la cafétéria. "
       "Une carte circule au 3e étage.", "",
       "Le comité social")),
])

F.add("fr5-b-26-note-reseautage", 0, "networking_note", "inmail", False, [
    ("none", "", "Bonjour {prenom}, félicitations pour ton nouveau poste chez {employeur}! Au plaisir de se recroiser "
     "à un 5 à 7. {prenom2}"),
    ("none", "", "Salut {prenom}, j'ai vu ta présentation au colloque de {ville}, vraiment intéressante. Me "
     "permets-tu de t'ajouter à mon réseau?"),
    ("none", "", "Bonjour {prenom}, je suis finissant(e) en génie et j'aimerais savoir comment s'est passée ta "
     "transition vers le secteur {secteur}. Aurais-tu 15 minutes pour un café virtuel? Aucune pression! {prenom2}"),
])


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "fr", SEED, PER_TEMPLATE)
    for row in rows:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            hit = TELLTALE.search(str(row["text"]))
            assert hit is None, (row["id"], hit.group(0) if hit else "")
    write(rows, Path(__file__).resolve().parent / "fr_author5.jsonl")


if __name__ == "__main__":
    main()
