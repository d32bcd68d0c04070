"""Build ``fr_blind8.jsonl``: the eighth blind Canadian-French evaluation set.

Every text below is written out by hand in full (no templates, no slot filling). The script checks
the labels and fields, checks that no message marked ``subtle`` carries a stock telltale word, shuffles
with a fixed seed and numbers the rows ``frb8-001`` to ``frb8-120`` in the shuffled order.

Rebuild: ``.venv/bin/python data/eval/build_fr_blind8.py`` (byte-identical output).
Held-out data: measured by the lead only, never used to tune anything.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("fr_blind8.jsonl")
SEED = 20261122

CATEGORIES = {
    "credential_targeting", "off_platform", "paid_task", "vague_client", "sensitive_info",
    "client_meeting", "secrecy", "unusual_payment", "coercion", "job_scam",
}
STAGES = {
    "contact", "pivot", "paid_task", "elicitation", "meeting", "secrecy", "payment", "coercion",
    "job_scam",
}
# A subtle suspicious message carries none of these (app names, "client", money, "secret" words).
STOCK_WORDS = (
    "whatsapp", "wechat", "weixin", "telegram", "signal", "teams", "slack", "wecom", r"\bvx\b",
    r"\bwx\b", "gmail", "client", r"\$", "usdt", "bitcoin", "crypto(?!graph)", "argent", "paie",
    "payé", "rémun", "honorair", "paiement", "verse", "frais", "cachet", "confidenti", "secret",
    "classifi", "entre nous",
)
STOCK = re.compile("|".join(STOCK_WORDS), re.IGNORECASE)

ROWS: list[dict[str, object]] = []


def sus(kind: str, cats: list[str], stage: str, subtlety: str, text: str) -> None:
    ROWS.append({"text": text.strip(), "label": 1, "kind": kind, "lookalike": False,
                 "categories": cats, "stage": stage, "subtlety": subtlety})


def ben(kind: str, lookalike: bool, text: str) -> None:
    ROWS.append({"text": text.strip(), "label": 0, "kind": kind, "lookalike": lookalike,
                 "categories": [], "stage": "none", "subtlety": "none"})


# ---------------------------------------------------------------- suspicious: contact
sus("fake_consultant", ["credential_targeting", "vague_client", "paid_task"], "contact", "overt", """
Objet : Mandat de consultation – plateformes ARNm

Bonjour Dre Tremblay,

Je représente un client du secteur pharmaceutique basé en Asie qui cherche des spécialistes des
plateformes ARNm ayant déjà collaboré avec l'Agence de la santé publique. Il s'agit d'un mandat de
consultation très bien rémunéré, horaire flexible, entièrement à distance. Le nom du client vous sera
communiqué une fois l'entente signée.

Seriez-vous ouverte à jaser 15 minutes cette semaine?

Cordialement,
Vincent Ma
Directeur associé, Horizon Talent Partners
""")

sus("fake_network", ["credential_targeting", "vague_client"], "contact", "subtle", """
Bonjour M. Gagnon,

J'ai vu que vous avez pris votre retraite des Forces après 28 ans, dont plusieurs au Quartier général
de la Défense nationale. Des parcours comme le vôtre sont rares. Je monte un petit cercle d'anciens
officiers qui partagent leur lecture de la situation dans l'Arctique avec des partenaires
internationaux, de façon informelle. Je pourrais vous en dire plus au téléphone?

Bien à vous,
Alain Desrosiers
""")

sus("fake_headhunter", ["credential_targeting", "paid_task"], "contact", "overt",
    "Salut! T'as encore ta cote Très secret? J'ai un mandat payant pour toi.")

sus("fake_recruiter", ["credential_targeting", "vague_client", "off_platform"], "contact", "overt", """
Objet : Occasion – conseiller principal, conformité à l'exportation (contrat à distance)

Bonjour M. Lavoie,

Votre expérience d'agent de contrôle des exportations, en particulier sur les biens à double usage,
correspond exactement à ce que recherche notre client, une société de négoce international qui préfère
rester discrète à ce stade. Rémunération : 1 200 $ US par jour, versée à l'étranger si vous le
préférez.

Merci de me répondre à mon adresse personnelle, plus fiable que celle du cabinet :
g.sun.recrutement@gmail.example.com

Guo Sun
Recrutement international
""")

sus("fake_investor", ["credential_targeting", "vague_client"], "contact", "subtle", """
Bonjour Mme Côté, votre profil m'a frappé : planification des mouvements de conteneurs au port de
Montréal et coordination avec la Marine pour les navires de ravitaillement. Un groupe qui investit
dans les terminaux de l'Atlantique Nord aimerait comprendre comment les choses fonctionnent vraiment
de l'intérieur. Auriez-vous 20 minutes cette semaine pour un café virtuel?
""")

sus("fake_think_tank", ["credential_targeting", "paid_task", "vague_client"], "contact", "overt", """
Objet : Collaboration – notes d'analyse sur la défense

Bonjour M. Belhumeur,

Je suis chercheur associé à l'Institut Laurentide pour la coopération Pacifique. Nous commandons
régulièrement de courts documents d'analyse à des adjoints parlementaires qui suivent le Comité
permanent de la défense nationale. Nos partenaires, qui souhaitent rester anonymes, offrent 3 000 $
par document de cinq pages. Aucune publication, usage interne seulement.

Intéressé? Je peux vous envoyer un exemple.

Dr Henry Qiao
""")

sus("fake_recruiter", ["credential_targeting", "vague_client"], "contact", "subtle",
    "Bonsoir, vous êtes toujours à l'Agence spatiale? Un de mes partenaires aimerait vous connaître.")

sus("fake_recruiter", ["credential_targeting", "vague_client", "secrecy"], "contact", "overt", """
Bonjour Mme Nguyen, vous êtes interprète accréditée au Bureau de la traduction et vous couvrez les
séances à huis clos du comité de la défense, n'est-ce pas? Nous cherchons des interprètes pour un
client gouvernemental étranger : 800 $ par jour, discrétion absolue exigée. On en jase?
""")

# ---------------------------------------------------------------- suspicious: pivot
sus("handler_followup", ["off_platform"], "pivot", "overt",
    "On continue sur WeChat? Mon ID c'est laurent_consult88. LinkedIn bogue.")

sus("obfuscated_pivot", ["off_platform", "vague_client"], "pivot", "overt", """
Merci de votre intérêt! Mon client préfère qu'on jase sur W h a t s A p p, c'est plus sécuritaire
pour tout le monde. Mon numéro : +852 5000 0143. Écrivez-moi là ce soir, je vous envoie la description
complète du mandat.
""")

sus("handler_followup", ["off_platform"], "pivot", "subtle",
    "Vous auriez un cell perso où je peux vous texter? Pas celui du bureau.")

sus("fake_recruiter", ["off_platform", "credential_targeting"], "pivot", "overt", """
Objet : Re: Ingénieur(e) principal(e) – guidage et navigation

Bonjour Karim,

Merci pour votre CV. Petite chose : notre système de courriel bloque les adresses @aerovigie.example.com
(sécurité d'entreprise, vous comprenez). Pourriez-vous me renvoyer vos documents depuis votre Gmail
personnel? Ajoutez aussi la liste des projets sur lesquels vous avez travaillé pour la Défense depuis
2022, avec votre niveau de cote.

Merci!
Olivia Chen
Talent Acquisition, NorthPeak Defence Staffing
""")

sus("handler_followup", ["off_platform", "secrecy"], "pivot", "overt", """
[2026-03-04 21:12] Kevin L.: on passe sur Telegram? @kevlee_hr
[2026-03-04 21:12] Kevin L.: les messages s'effacent après 24 h là-bas, c'est mieux pour toi aussi
[2026-03-04 21:14] Kevin L.: ton employeur n'a pas besoin de voir ça 👍
""")

sus("obfuscated_pivot", ["off_platform", "paid_task"], "pivot", "overt",
    "ajoute-moi sur vx : mtl_talent_2026, je t'envoie les détails du mandat là-bas")

sus("handler_followup", ["off_platform"], "pivot", "subtle", """
Je préférerais ne pas poursuivre sur votre adresse du ministère, ces boîtes sont archivées et lues
par n'importe qui. Avez-vous une adresse à la maison? Je vous enverrai le document ce soir.
""")

sus("fake_consultant", ["off_platform", "secrecy"], "pivot", "overt", """
Bonjour Sophie, pour la suite je propose Signal, au 438-555-0177. Activez les messages éphémères
(une semaine), c'est une habitude chez nous. Et évitez de mentionner notre échange sur Teams ou par
courriel au travail, c'est plus simple comme ça.
""")

# ---------------------------------------------------------------- suspicious: paid task
sus("fake_consultant", ["paid_task", "vague_client"], "paid_task", "overt", """
Objet : Mandat de rédaction – note d'analyse sur la normalisation 5G

Bonjour M. Paquette,

Comme convenu, voici le mandat. Notre client, un fabricant d'équipement établi à Shenzhen, souhaite
une note de 10 pages sur les positions du Canada au sein des groupes de travail de normalisation des
télécoms : qui pousse quoi, quels délégués sont influents, quelles propositions risquent de bloquer.

Honoraires : 1 500 $ US à la remise, virés sur le compte de votre choix.
Échéance : 30 avril.

Merci encore,
Daniel Wu
Pacific Bridge Advisory
""")

sus("handler_followup", ["paid_task", "vague_client"], "paid_task", "overt",
    "Mon client paie 2000 $ pour un rapport sur la logistique du CN. Partant?")

sus("handler_followup", ["paid_task", "sensitive_info"], "paid_task", "subtle", """
Votre analyse de la semaine dernière sur la défense continentale était excellente, ils en
redemandent. Cette fois, pourriez-vous préparer une dizaine de pages sur les priorités du prochain
cycle d'acquisition, ce qui n'est pas encore sorti dans les médias surtout? Même format, même
arrangement que la dernière fois.
""")

sus("fake_think_tank", ["paid_task", "vague_client", "credential_targeting"], "paid_task", "overt", """
Bonjour Mme Leblanc,

Suite à notre échange, nous aimerions vous commander un livre blanc (15-20 pages) sur l'avenir des
systèmes d'observation de la Terre au Canada, en vous appuyant sur votre expérience d'ingénieure à
l'agence. Le document est destiné à un client privé et ne sera pas publié. Rémunération proposée :
5 000 $ CA, payable en deux versements. Pas besoin de le signer de votre nom.

Au plaisir,
Centre Orion de prospective
""")

sus("fake_consultant", ["paid_task", "vague_client", "sensitive_info"], "paid_task", "overt", """
Salut Mathieu! Comme tu travailles sur le contrat de mise à niveau des usines de filtration pour la
Ville de Laval, mon client aimerait un court rapport : fournisseurs des automates, version du
logiciel SCADA, qui a les accès à distance. 2 500 $ comptant, rien à déclarer. Ça te va pour la fin du
mois?
""")

sus("fake_academic", ["paid_task", "sensitive_info"], "paid_task", "subtle", """
Tu pourrais me faire un résumé des travaux de ton labo sur les puces photoniques? Rien de compliqué :
ce que vous testez en ce moment, avec quels partenaires, et où vous en êtes avec les rendements. Je
m'occupe du reste comme d'habitude.
""")

sus("handler_followup", ["paid_task", "unusual_payment", "vague_client"], "paid_task", "overt", """
Premier rapport bien reçu, merci beaucoup. 500 USDT envoyés à ton portefeuille ce matin. Pour le
deuxième, le client voudrait plus de détails sur le calendrier des essais cliniques et les sites
retenus.
""")

# ---------------------------------------------------------------- suspicious: elicitation
sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
Merci pour le résumé, c'est utile. Mais ce qui les intéresse vraiment, c'est ce qui s'est dit à la
réunion du comité jeudi, avant qu'on nettoie le procès-verbal. Vous y étiez, non? Même des notes
prises à la main feraient l'affaire.
""")

sus("handler_followup", ["sensitive_info", "vague_client"], "elicitation", "overt", """
Rien de classifié, promis 🙂 Juste les discussions internes sur le contrat des navires de soutien :
les retards, ce que le ministère pense vraiment du chantier, les noms de ceux qui poussent pour
annuler. Mon client veut juste comprendre le contexte.
""")

sus("fake_consultant", ["sensitive_info", "vague_client"], "elicitation", "overt", """
Bonjour Dre Ouellet, pourriez-vous m'envoyer les données préliminaires de l'essai de phase II avant
la soumission à la revue? Mon client veut simplement avoir une longueur d'avance sur la concurrence.
Tout restera strictement confidentiel de notre côté.
""")

sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
Par curiosité : quand une demande de licence pour des composants à double usage est refusée, quels
sont les critères que vous regardez en premier? Et est-ce qu'il y a des pays pour lesquels l'équipe
est plus souple ces temps-ci, ou des dossiers qui traînent sur votre bureau en ce moment?
""")

sus("handler_followup", ["sensitive_info"], "elicitation", "subtle",
    "Le fournisseur retenu, tu le sais déjà? Ce sera annoncé quand?")

sus("handler_followup", ["sensitive_info", "paid_task", "vague_client"], "elicitation", "overt", """
Dans ton prochain rapport, pourrais-tu inclure les horaires des convois de matériel militaire sur la
ligne vers Valcartier, avec les points de transbordement? Le client paie le double pour ce genre de
détail.
""")

sus("fake_academic", ["sensitive_info"], "elicitation", "subtle", """
Bonjour Pierre, le projet de norme sur la cryptographie post-quantique dont vous êtes rapporteur,
vous en avez une version de travail? Juste pour voir où en est la discussion avant le vote du
comité. Je ne la citerai nulle part, c'est pour ma propre compréhension.
""")

sus("handler_followup", ["sensitive_info", "secrecy"], "elicitation", "overt", """
Les spécifications de la charge utile du prochain satellite radar, même une ébauche, ce serait
énorme pour nous. Personne n'a besoin de savoir d'où ça vient, je m'en occupe.
""")

sus("handler_followup", ["sensitive_info", "paid_task", "vague_client"], "elicitation", "overt", """
[10:02] Tony: yo, t'as accès aux plans du nouveau réseau radio de la police?
[10:02] Tony: la liste des tours et les fréquences de secours surtout
[10:03] Tony: c'est pour le rapport, mon client paie bien, tu le sais
""")

# ---------------------------------------------------------------- suspicious: meeting
sus("fake_academic", ["client_meeting", "paid_task", "sensitive_info"], "meeting", "overt", """
Objet : Invitation – Symposium international sur les matériaux avancés, Shanghai

Cher Professeur Morin,

Nous avons le plaisir de vous inviter à titre de conférencier au symposium restreint que nous
organisons en octobre. Billets d'avion en classe affaires, hôtel et honoraires de 8 000 $ sont
entièrement pris en charge. En marge du symposium, des représentants de notre partenaire industriel
souhaitent vous rencontrer en privé : merci d'apporter vos résultats les plus récents sur les
revêtements hypersoniques, y compris ceux qui ne sont pas encore publiés.

Comité d'organisation
""")

sus("handler_followup", ["client_meeting", "vague_client"], "meeting", "overt",
    "Mon client sera à Hong Kong le 12. Billet et hôtel payés, ça te tente?")

sus("handler_followup", ["client_meeting", "vague_client"], "meeting", "subtle", """
Ce serait tellement plus simple de se voir en personne. Il y a quelqu'un que j'aimerais vous
présenter, il passe par Istanbul le mois prochain. On s'occupe de tout pour le voyage, vous n'auriez
qu'à prendre quelques jours de congé.
""")

sus("handler_followup", ["client_meeting", "sensitive_info"], "meeting", "subtle", """
Vous avez aimé votre séjour à Macao? Mes amis ont très hâte de vous revoir. Cette fois, ils
aimeraient que vous apportiez vos notes sur le projet d'approvisionnement, celles du bureau.
""")

sus("fake_academic", ["client_meeting", "secrecy", "credential_targeting"], "meeting", "overt", """
Bonjour M. Fortier,

Suite à notre rencontre au salon de Farnborough, notre université vous propose un séjour de
chercheur invité de trois mois à Harbin, avec une allocation de 30 000 $. Vu la nature de votre
entreprise (drones de surveillance), il n'est pas nécessaire d'en informer vos investisseurs ni le
ministère : il s'agit d'un simple échange académique.

Prof. Li Wen
""")

sus("handler_followup", ["client_meeting", "vague_client"], "meeting", "overt",
    "Visio ce soir 21 h avec mon client? Sa caméra restera fermée.")

sus("fake_consultant", ["client_meeting", "secrecy"], "meeting", "subtle", """
À CANSEC, ne passez pas à notre kiosque. Mon directeur vous attendra au bar de l'hôtel, après 22 h.
Il a une proposition qui ne se fait pas par écrit.
""")

# ---------------------------------------------------------------- suspicious: secrecy
sus("handler_followup", ["secrecy"], "secrecy", "overt",
    "Svp, n'en parlez pas à votre gestionnaire. Ça reste entre nous, ok?")

sus("fake_consultant", ["secrecy", "paid_task"], "secrecy", "overt", """
Objet : Suite de notre collaboration

Bonjour Mme Roy,

Une précision administrative : il n'est pas nécessaire de déclarer cette activité de consultation à
votre agent de sécurité ministériel ni à votre direction. Il s'agit d'un travail ponctuel rémunéré à
titre personnel, en dehors de vos heures, qui ne touche pas votre ministère. Déclarer ce genre de
chose crée seulement de la paperasse inutile.

Cordialement,
Ethan Zhao
Maple Strategic Insights
""")

sus("handler_followup", ["secrecy"], "secrecy", "subtle", """
Une petite chose : quand vous remplirez votre formulaire de voyage au bureau, indiquez simplement
« vacances en famille ». Ça évite des questions inutiles.
""")

sus("handler_followup", ["secrecy"], "secrecy", "subtle",
    "Efface nos échanges après lecture, d'accord? On ne sait jamais qui regarde.")

sus("handler_followup", ["secrecy", "off_platform"], "secrecy", "subtle", """
Utilise ton cell perso, pas celui du bureau, et ne mets rien dans ton agenda Outlook. Si quelqu'un
demande, on s'est connus au club de vélo.
""")

sus("fake_consultant", ["secrecy", "vague_client"], "secrecy", "overt", """
Mon colonel, vos anciens collègues au MDN n'ont aucun besoin de savoir que vous travaillez avec nous.
Notre client tient beaucoup à la confidentialité, et je suis sûr que vous comprenez pourquoi.
""")

# ---------------------------------------------------------------- suspicious: payment
sus("handler_followup", ["unusual_payment"], "payment", "overt",
    "On peut verser l'argent sur le compte de ta mère à Wuhan, plus simple.")

sus("handler_followup", ["unusual_payment"], "payment", "overt",
    "Je te paie en cartes-cadeaux Amazon ou en bitcoin, comme tu préfères.")

sus("fake_consultant", ["unusual_payment", "client_meeting", "secrecy"], "payment", "overt", """
Objet : Modalités

Bonjour Louis,

Pour votre première note, le règlement se fera en argent comptant, remis en main propre lors de notre
lunch à Toronto le 3 juin (mes frais de déplacement et les vôtres sont couverts). Pas de facture, pas
de T4A : c'est mieux ainsi pour tout le monde.

Amicalement,
R. Huang
""")

sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
Pour ta dernière note, j'ai laissé une enveloppe chez ton cousin à Brossard. Passe la prendre quand
tu veux, il est au courant.
""")

sus("handler_followup", ["unusual_payment"], "payment", "overt",
    "Pas de facture : je t'envoie des USDT. Ton adresse de portefeuille?")

sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
Ton frère a bien reçu ce qu'on lui a remis à Shenzhen? C'est pour ton dernier travail, comme
convenu. La prochaine fois ce sera ta sœur, si ça te convient.
""")

# ---------------------------------------------------------------- suspicious: coercion
sus("coercion", ["coercion"], "coercion", "overt", """
Monsieur Zhang, votre père a reçu hier la visite du bureau de la sécurité publique de son district.
Il serait sage de rentrer au pays pour « clarifier » votre situation avant la fin de l'année. Votre
famille compte sur votre coopération.
""")

sus("coercion", ["coercion"], "coercion", "subtle",
    "Ta mère va bien. Pour l'instant. Pense à rentrer pour le Nouvel An.")

sus("coercion", ["coercion", "sensitive_info"], "coercion", "overt", """
Nous savons que vous fréquentez l'association des étudiants ouïghours de votre université à
Montréal. Envoyez-nous sur WeChat la liste des membres et les dates de leurs réunions, et votre
famille à Kashgar n'aura pas d'ennuis.
""")

sus("coercion", ["coercion", "sensitive_info"], "coercion", "subtle", """
Ta sœur veut toujours son passeport pour venir te voir au Canada? Ça dépend un peu de toi. Dis-nous
juste qui vient aux rencontres du jeudi soir au centre communautaire.
""")

sus("coercion", ["coercion"], "coercion", "overt", """
Reza, la maison de tes parents à Ispahan est au nom de ton père, n'oublie pas. Les autorités
pourraient s'y intéresser. Arrête de publier tes textes sur le site de l'association à Toronto et
appelle ce numéro sur WhatsApp cette semaine : +98 912 000 0000.
""")

# ---------------------------------------------------------------- suspicious: job scams
sus("job_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
Félicitations! Vous êtes embauchée comme adjointe administrative en télétravail chez Solutions
Nordiques Bureau. Pour commencer, achetez votre équipement (portable et logiciels, 850 $) auprès de
notre fournisseur agréé par carte-cadeau. Le montant vous sera remboursé sur votre première paie.
""")

sus("task_scam", ["job_scam", "unusual_payment", "off_platform"], "job_scam", "overt",
    "Gagne 300 $/jour à aimer des vidéos! Dépôt de 100 USDT, écris-moi sur Telegram.")

sus("job_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
Objet : Votre premier mandat de commis aux achats

Bonjour Jessica,

Vous recevrez demain par la poste un chèque de 4 800 $. Déposez-le dans votre compte, gardez 400 $
pour votre semaine de travail et renvoyez 4 400 $ par virement Interac à notre fournisseur
d'équipement (adresse ci-dessous). Faites vite, le fournisseur attend.

Service des opérations
""")

sus("job_scam", ["job_scam", "off_platform"], "job_scam", "subtle", """
Bonjour, suite à votre entrevue par texto, pour finaliser votre dossier nous avons besoin de votre
NAS, d'une photo recto verso de votre permis de conduire et de vos identifiants de connexion bancaire
pour configurer le dépôt direct. Répondez depuis votre adresse personnelle, pas via le site d'emploi.
""")

# ================================================================ benign: look-alikes
ben("genuine_headhunter", True, """
Objet : Poste de directrice, ingénierie des systèmes – Satelia Espace (Longueuil)

Bonjour Mme Leblanc,

Je suis chasseuse de têtes chez Boréal Talent inc. et j'ai un mandat de Satelia Espace pour un poste
de directrice, ingénierie des systèmes (équipe de 40 personnes, projets de constellations pour des
clients civils). Salaire de 165 000 à 185 000 $ plus prime. Le poste exige une cote de sécurité
Secret (niveau II), que vous détenez déjà d'après votre profil.

Si ça vous intéresse, je peux vous appeler au numéro de votre choix ou on peut continuer par
courriel. L'annonce complète est sur le site de Satelia, section Carrières.

Geneviève Lacasse
Associée, Boréal Talent inc. | 514-555-0119 | glacasse@borealtalent.example.com
""")

ben("genuine_headhunter", True,
    "Je vous appelle demain 10 h au 514-555-0142 pour le poste chez Rail Nordique?")

ben("genuine_headhunter", True, """
Bonjour M. Fournier, je travaille pour Cap-Diamant Recrutement. Mon client, Logistique Portuaire
Saint-Laurent, cherche un directeur des opérations du terminal de Contrecœur. Poste permanent,
régime de retraite, bureau à Contrecœur. Je vous laisse mon courriel professionnel
(s.bergeron@capdiamant.example.com) pour la suite; je peux vous envoyer la description détaillée et
vous mettre en contact avec la VP RH si le profil vous parle.
""")

ben("genuine_headhunter", True, """
Bonjour Amélie,

Je préfère poursuivre par courriel : marc.dube@talentsquebec.example.com. Le mandat est pour
Aérovolt Défense, la start-up de Québec qui fait des batteries pour drones militaires (ils viennent
d'annoncer leur ronde de série A). Le mandat est exclusif et l'annonce n'est pas encore publiée, alors
merci de garder ça pour vous jusqu'à la fin du mois, le temps qu'ils avisent leur équipe actuelle.

Marc Dubé
Talents Québec
""")

ben("genuine_headhunter", True, """
[14:05] Nadia (Hydro-Outaouais RH externe): Vous êtes à Lyon jusqu'au 20, c'est ça? WhatsApp c'est
parfait pour les horaires, mais l'offre officielle, je vous l'envoie par courriel au nom
d'Hydro-Outaouais.
[14:06] Nadia: Le poste d'ingénieur en protection de réseau est à Gatineau, 2 jours de télétravail.
[14:09] Vous: Super, merci Nadia!
""")

ben("genuine_recruiter", True, """
Bonjour Mme Pelletier,

Je suis conseillère en acquisition de talents au Centre de recherche de l'Hôpital Sainte-Brigitte.
Votre candidature pour le poste de technicienne de laboratoire – plateforme de vaccins a retenu notre
attention. Nous vous proposons une entrevue sur Teams le mardi 14 à 13 h 30 avec la Dre Anne Rioux,
responsable du laboratoire. Une vérification des références et des antécédents judiciaires sera
faite avant toute offre.

Merci de confirmer par retour de courriel.
Élise Thibodeau, CRHA
""")

ben("genuine_recruiter", True, """
Objet : Analyste en cybersécurité des infrastructures d'eau – Ville de Saint-Anselme-du-Lac

Bonjour M. Rahal,

Merci pour votre candidature. Le poste donne accès aux systèmes de contrôle de nos usines de
traitement; une vérification de sécurité approfondie (antécédents, crédit, références) est donc
obligatoire et sera faite par le Service de police de la Ville. Nous ne vous demanderons jamais de
frais ni d'informations bancaires avant l'embauche. Le concours se termine le 30 mai.

Service des ressources humaines
""")

ben("genuine_recruiter", True,
    "Merci pour l'entrevue! On vous envoie l'offre par courriel d'ici vendredi.")

ben("expert_network", True, """
Objet : Consultation d'une heure – terminaux portuaires de l'Est du Canada

Bonjour M. Lapointe,

Réseau Savoirs Croisés inc. met en relation des investisseurs avec des experts de l'industrie. Notre
client, le Fonds Riverain (gestionnaire d'actifs d'infrastructure, Montréal), aimerait une
consultation téléphonique d'une heure sur les tendances du transport conteneurisé. Honoraires :
350 $ l'heure.

Important : nous ne voulons aucune information confidentielle, non publique ou propre à votre
employeur actuel ou à vos anciens employeurs. Si votre contrat de travail interdit ce genre
d'activité, merci de décliner. L'appel se fait sur notre ligne de conférence enregistrée.

Camille Ho, Associée recherche
""")

ben("expert_network", True,
    "Rappel : appel Méridien Experts à 14 h. Aucune info non publique, svp!")

ben("expert_network", True, """
Bonjour Dr Kaur,

Avant votre appel avec notre client (Alder Peak Capital, New York), merci de remplir l'attestation de
conformité en ligne : vous confirmez que vous n'êtes pas employé d'un gouvernement, que vous ne
divulguerez aucun renseignement confidentiel ou matériel non public et que vous pouvez interrompre
l'appel en tout temps. Le paiement de 400 $ US se fait par virement à votre nom, avec un feuillet
fiscal en fin d'année.

Équipe conformité, Lanterne Expert Network
""")

ben("expert_network", True, """
Bonjour Mme Durand, merci de votre intérêt pour notre réseau. Malheureusement, vu votre poste actuel
d'analyste au ministère, notre politique de conformité nous empêche de vous mettre en relation avec
nos clients tant que vous êtes fonctionnaire fédérale. Nous pourrons revoir la question après votre
départ à la retraite, si vous le souhaitez.
""")

ben("university_paid_talk", True, """
Objet : Invitation – Conférence publique « Le Nord en mutation »

Mon général,

L'École de politique publique de l'Université du Littoral-Nord serait honorée de vous accueillir pour
une conférence publique sur la souveraineté arctique, le 18 novembre à 19 h. Nous offrons des
honoraires de 1 000 $ et remboursons vos frais de déplacement et d'hébergement sur présentation des
reçus. La conférence sera filmée et mise en ligne sur notre chaîne.

Prof. Isabelle Gauthier
Directrice, École de politique publique
""")

ben("university_paid_talk", True, """
Dear Dr. Bouchard / Chère Dre Bouchard,

Au nom du comité de programme de la Conférence Asie-Pacifique sur l'immunologie (Taipei, 9-11 mars),
nous vous invitons à prononcer une conférence plénière sur vos travaux publiés sur les adjuvants. Les
organisateurs couvrent le vol en classe économique, trois nuits d'hôtel et des honoraires de 500 $ US.
Les présentations seront publiées dans les actes. Merci de vérifier auprès de votre établissement les
règles sur les voyages et la sécurité de la recherche avant d'accepter.

Secrétariat du comité de programme
""")

ben("think_tank_commission", True, """
Bonjour M. Tessier,

Le Centre Champlain d'études stratégiques aimerait vous commander un texte signé de 4 000 mots sur le
transport maritime dans le passage du Nord-Ouest, pour notre série « Notes de politique ». Le texte
sera révisé par deux pairs et publié sous votre nom sur notre site. Cachet : 2 500 $, contrat en
bonne et due forme. Tout doit s'appuyer sur des sources ouvertes.

Julie Marchand, directrice des publications
""")

ben("think_tank_commission", True, """
Objet : Table ronde à huis clos – chaînes d'approvisionnement en semi-conducteurs

Bonjour Mme Sirois,

Nous réunissons une douzaine de personnes le 4 juin pour une table ronde sous la règle de Chatham
House : les propos ne sont pas attribués, mais rien de confidentiel n'est demandé et la synthèse sera
publiée. Les participants de l'extérieur d'Ottawa sont défrayés (train ou avion, une nuit d'hôtel).

Observatoire québécois de l'économie numérique
""")

ben("think_tank_commission", True,
    "Ton texte pour les Cahiers est accepté! Contrat de 1 500 $ lundi par DocuSign.")

ben("cleared_job_ad", True, """
Ingénieur(e) en logiciel embarqué – Navitec Défense (Québec)

Start-up de 35 personnes, systèmes de navigation pour véhicules terrestres. C/C++, RTOS, DO-178C un
atout. Cote de sécurité Secret exigée (ou admissibilité à l'obtenir : citoyenneté canadienne et
10 ans d'historique vérifiable). Programme des marchandises contrôlées : inscription requise.
Salaire 95 000-120 000 $. Postulez sur navitec.example.com/carrieres.
""")

ben("cleared_job_ad", True, """
Analyste du renseignement (niveau Très secret – ASTS) – affectation dans un ministère fédéral,
Ottawa

Contrat de 24 mois par l'entremise de Groupe Conseil Rideau. La cote TS approfondie doit être active
au moment de la candidature. Travail sur place seulement, aucun télétravail. Bilinguisme (CBC)
requis.
""")

ben("cleared_job_ad", True, """
Agent(e) de sûreté portuaire – Administration portuaire de Baie-Sainte-Claire

Quart de travail rotatif. Vous devez obtenir une habilitation de sécurité en matière de transport
(HSTM) avant l'entrée en fonction. Prime de nuit. Aucuns frais de candidature.
""")

ben("cleared_job_ad", True,
    "On recrute! Technicien(ne) RF, cote Secret, Gatineau. Postulez sur notre site.")

ben("security_awareness", True, """
Objet : Rappel de sécurité – approches de faux recruteurs

Bonjour à toutes et à tous,

Plusieurs employés ont reçu ces dernières semaines des messages LinkedIn du genre : « mon client paie
bien pour un court rapport », « on continue sur WhatsApp », « pas besoin d'en parler à votre
employeur », ou encore une invitation à un colloque à l'étranger tous frais payés. Ce sont les
signaux d'alerte décrits par le SCRS et par la campagne britannique « Think Before You Link ».

Ne répondez pas, ne cliquez sur aucun lien et transférez le message à votre agent de sécurité
ministériel (ASM). Il n'y a aucune conséquence à signaler un message qui se révèle légitime.

Direction de la sécurité ministérielle
""")

ben("security_awareness", True, """
T'as vu l'avis du SCRS? Les faux recruteurs qui offrent des « rapports rémunérés », puis veulent
passer sur WeChat. Exactement ce qui est arrivé à Julien l'an passé.
""")

ben("security_awareness", True, """
Objet : Formation obligatoire – contrôle des exportations et approches de faux consultants

Les agents de contrôle des exportations doivent suivre d'ici le 15 mars le module « Reconnaître
l'approche ». Au programme : le faux consultant qui demande « juste votre avis » sur des demandes de
licence en cours, l'invitation à Macao tous frais payés, le paiement en cryptomonnaie, et la phrase
classique « rien de secret, seulement ce qui se dit à l'interne ». Inscription dans le portail de
formation.
""")

ben("security_awareness", True, """
Bulletin Sécurité de la recherche – Centre de recherche en vaccinologie

Avant d'accepter un partenariat, un poste de chercheur invité à l'étranger ou une invitation à parler
tous frais payés, consultez le bureau de la sécurité de la recherche. Méfiez-vous des demandes de
données non publiées, des « collaborateurs » qui veulent passer sur une messagerie personnelle et
des offres de financement dont on ne vous dit pas d'où vient l'argent. En cas de doute, écrivez à
securite.recherche@crv.example.org.
""")

ben("security_awareness", True,
    "Rappel : déclarez tout contact étranger inhabituel à l'agent de sécurité avant vendredi.")

ben("family_chat", True, """
[WeChat] Maman: Ton oncle à Chengdu demande si tu rentres pour le Nouvel An. Papa paie la moitié du
billet 😊
[WeChat] Maman: Et apporte du sirop d'érable pour grand-mère!
""")

ben("family_chat", True, """
Tonton Jacques: Ti-gars, envoie-moi ton numéro de compte, je te fais un virement pour ta session à
l'université. Pas besoin de le dire à ta tante, c'est moi qui offre 😄
""")

ben("family_chat", True,
    "Maman dit de rentrer pour la fête de la Lune, on t'attend!")

ben("family_chat", True, """
[2026-02-11 19:40] Lin (sœur): grand-mère est sortie de l'hôpital, elle va mieux
[2026-02-11 19:41] Lin (sœur): appelle-la sur WeChat ce soir, heure de Pékin c'est 8 h du matin
[2026-02-11 19:55] Moi: ok je l'appelle après le souper
""")

ben("family_chat", True, """
Babak jan, ta mère s'inquiète, appelle-la sur WhatsApp. Elle veut savoir si tu rentres cet été ou si
c'est nous qui venons à Montréal. Ton père a déjà regardé les billets.
""")

ben("coworker_channel", True,
    "On continue sur Teams, le fil LinkedIn c'est pas pratique pour les pièces jointes.")

ben("coworker_channel", True, """
Salut Martine, peux-tu m'envoyer le rapport sur le contrat naval par le réseau interne, pas par ton
courriel perso? Le client (la Marine) veut la version finale lundi et on doit respecter les règles
sur les documents protégés.
""")

ben("coworker_channel", True, """
Bonjour l'équipe, notre fournisseur de connecteurs à Suzhou préfère WeCom (le WeChat entreprise).
J'ai créé un groupe avec le compte corporatif approuvé par les TI. Rappel : pas de dessins techniques
dans le groupe, ceux-là passent par le portail fournisseurs.
""")

ben("travel_reimbursement", True, """
Objet : Remboursement – Congrès international d'astronautique, Milan

Bonjour Hugo,

Votre demande de remboursement est approuvée : billet d'avion, 5 nuits d'hôtel et indemnités
quotidiennes selon la directive du Conseil national mixte. Le montant de 3 412,57 $ sera versé par
dépôt direct avec la prochaine paie. Merci de conserver vos reçus originaux pendant six ans.

Services financiers
""")

ben("travel_reimbursement", True,
    "Ton billet pour Vancouver est réservé, la boîte paie. Garde tes reçus!")

ben("journalist_interview", True, """
Bonjour M. Charbonneau,

Je suis journaliste au quotidien Le Riverain et je prépare un article sur l'automatisation des
terminaux du port de Québec. Accepteriez-vous une entrevue officielle, avec votre nom et votre
titre? Vous pouvez vérifier mon identité en appelant la salle de nouvelles au 418-555-0163. Je ne vous
demanderai rien qui ne soit pas public.

Mélissa Caron, Le Riverain
""")

ben("journalist_interview", True,
    "Bonjour, journaliste à La Voix de l'Estrie : entrevue officielle sur le rappel du vaccin?")

ben("ngo_research", True, """
Bonjour Mme Abdulla,

Je suis chercheuse chez Vigie Droits Canada. Nous documentons les pressions que subissent des
membres des diasporas au Canada : menaces envers la famille restée au pays, demandes de « rentrer »,
demandes de surveiller la communauté. Si vous acceptez de témoigner, l'entrevue peut être anonyme et
vous pouvez la faire avec une personne de confiance. Aucun paiement, aucune obligation.

Hana Leduc, Vigie Droits Canada
""")

ben("standards_meeting", True, """
Objet : Plénière du comité technique – Séoul, 22-26 septembre

Bonjour Pierre,

Le Conseil canadien de normalisation couvre le voyage des délégués canadiens au programme de
participation (vol, hôtel, per diem). Les documents de travail du comité restent réservés aux
membres : ne les transmettez à personne hors du comité miroir. Merci de confirmer votre présence
d'ici vendredi.

Secrétariat du comité miroir
""")

ben("hr_onboarding", True, """
Bienvenue dans l'équipe! Pour ton dépôt direct, remplis le formulaire dans le portail RH, jamais par
courriel ni par texto. Si quelqu'un te demande tes infos bancaires autrement, c'est une arnaque.
""")

ben("hr_onboarding", True, """
Objet : Votre vérification de sécurité

Bonjour Thomas,

Votre offre est conditionnelle à l'obtention d'une cote Secret. Remplissez le formulaire de
vérification de sécurité en ligne avec votre agent de sécurité. Ne communiquez jamais votre numéro de
dossier de cote à un recruteur externe, et signalez toute personne qui vous demande des détails sur
votre cote.

Ressources humaines, Cygnus Aérostructures
""")

ben("bank_notice", True, """
Caisse Boréale : nous ne vous demanderons jamais d'acheter des cartes-cadeaux ni de transférer de
l'argent vers un « compte sécurisé ». Un employeur non plus. En cas de doute, appelez au
1-800-555-0100.
""")

ben("payroll_notice", True,
    "Relevé de paie prêt; le rétroactif sera versé le 15 mars.")

ben("alumni_group", True, """
Bonjour à tous! Le groupe WeChat des anciens de l'École d'ingénierie du Saguenay (promotions
2005-2015) organise un 5 à 7 à Montréal le 16 mai. Contribution de 25 $ payable à la porte pour les
bouchées. Plusieurs d'entre nous travaillent en aéro, venez réseauter!
""")

ben("parents_group", True, """
Parents de 5e année : la sortie au Musée canadien de l'histoire à Gatineau est le 9 mai. Les 18 $
se paient par le portail de l'école seulement, pas d'argent comptant dans le sac à dos. Merci!
La direction de l'école Sainte-Marguerite
""")

ben("surprise_party", True,
    "Chut! Fête surprise pour Hélène vendredi 🤫 Envoie 20 $ par Interac à Mélanie.")

ben("visiting_scholar", True, """
Cher collègue,

Suite à nos échanges au colloque de Grenoble, le laboratoire de génie des procédés de l'Université
Alpes-Dauphiné serait heureux de vous accueillir comme professeur invité pour deux mois à l'automne.
L'accueil passera par une convention entre nos deux établissements (bureau de la recherche), avec une
indemnité de séjour selon le barème de l'université. Notre service vérifiera aussi les règles de
contrôle des exportations pour l'accès aux équipements.

Prof. Claire Mandin
""")

ben("interpreter_booking", True, """
Bonjour Mme Nguyen, le Bureau de la traduction vous confirme pour la séance publique du Comité des
transports à Halifax le 3 octobre. Vol, hôtel et indemnités selon le tarif du contrat-cadre. Le
lexique du comité est dans l'espace pigiste.
""")

ben("retired_officers_association", True, """
Association des officiers retraités de la région de Québec : dîner mensuel le jeudi 12 au Mess des
officiers de la Citadelle. Conférencier : un ancien attaché de défense qui parlera des approches de
services étrangers envers les retraités. 45 $, argent comptant ou chèque à l'entrée.
""")

ben("genuine_investor", True, """
Bonjour Sarah,

Le comité d'investissement de Fonds Appalaches Capital a approuvé le principe d'un investissement de
2 M$ dans Vigilair Systèmes. Vu votre clientèle en défense, l'opération fera l'objet d'un examen
préalable complet, y compris un avis sur la Loi sur Investissement Canada. Nos avocats vous enverront
une entente de non-divulgation standard; vos documents techniques protégés restent hors de la salle
de données.

Jean-Philippe Lavallée, associé
""")

ben("municipal_procurement", True, """
Appel d'offres 2026-041 – Entretien du réseau de signalisation du tramway. Toute question doit être
posée par écrit au responsable de l'appel d'offres. Aucun contact avec les membres du comité de
sélection n'est permis pendant la période d'appel d'offres. Les réponses seront publiées sous forme
d'addenda.
""")

# ================================================================ benign: plain
ben("ordinary_chat", False, "On se rejoint au Tim à midi?")
ben("ordinary_chat", False, "Le réseau est tombé au 3e, les TI sont dessus.")
ben("ordinary_chat", False, "Tu peux amener le chargeur de mon laptop demain?")
ben("notification", False, "Votre colis arrivera mardi entre 9 h et 17 h.")
ben("ordinary_chat", False, """
Game de hockey cosom mercredi 20 h au centre Saint-Denis, il nous manque un gardien. Quelqu'un
connaît quelqu'un?
""")
ben("work_email", False, """
Objet : Procès-verbal – Commission des travaux publics, 12 février

Bonjour à tous, vous trouverez ci-joint le procès-verbal de la séance de la commission, adopté sans
modification. Points principaux : prolongation du contrat de déneigement du secteur Est, report de
la réfection de la rue des Érables au printemps. Prochaine séance : 11 mars.
""")
ben("work_email", False, """
Bonjour, l'entretien de la voie 4 de la gare de triage est déplacé au samedi 6 h. Merci d'ajuster les
affectations des équipes.
""")
ben("work_email", False, """
Rappel : le congélateur -80 °C de la salle B-214 sera dégivré lundi. Déplacez vos boîtes dans
l'appareil de secours avant vendredi 16 h et notez-les dans le registre.
""")


def check(rows: list[dict[str, object]]) -> None:
    sus_rows = [r for r in rows if r["label"] == 1]
    ben_rows = [r for r in rows if r["label"] == 0]
    assert len(rows) == 120, len(rows)
    assert len(sus_rows) == 60 and len(ben_rows) == 60, (len(sus_rows), len(ben_rows))
    assert sum(bool(r["lookalike"]) for r in ben_rows) >= 48
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in rows:
        cats = r["categories"]
        assert isinstance(cats, list)
        if r["label"] == 1:
            assert cats and set(cats) <= CATEGORIES, r
            assert r["stage"] in STAGES and r["subtlety"] in {"overt", "subtle"}, r
            if r["subtlety"] == "subtle":
                hit = STOCK.search(str(r["text"]))
                assert hit is None, (hit, r["text"])
        else:
            assert not cats and r["stage"] == "none" and r["subtlety"] == "none", r


def main() -> None:
    check(ROWS)
    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            out = {"id": f"frb8-{i:03d}", **r}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
