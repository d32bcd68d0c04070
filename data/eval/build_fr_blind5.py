"""Build ``fr_blind5.jsonl``: a fifth blind Canadian-French evaluation set (120 messages).

Every message below was written by hand, in full, by a writer who never opened the rule packs, the
training corpus or any other evaluation set. The script only checks the records (fields, counts, no
stock word in a "subtle" message) and shuffles them with a fixed seed; ids follow the shuffled order.

Rebuild (byte-identical): ``.venv/bin/python data/eval/build_fr_blind5.py``
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from recruitscreen.types import CATEGORIES

OUT = Path(__file__).with_name("fr_blind5.jsonl")
SEED = 20261122
STAGES = ("contact", "pivot", "paid_task", "elicitation", "meeting", "secrecy", "payment", "coercion", "job_scam")

# A "subtle" suspicious message carries none of these: no app or personal-mail name, no "client",
# no fee, amount or payment word, no "confidential"/"secret"/"classified"/"between us".
_APPS = r"whats\s*app|we\s*chat|weixin|telegram|signal|\bvx\b|\bwx\b|gmail|hotmail|proton|qq\.com|\b163\b"
_MONEY = r"honoraire|rémunér|\bpay|payé|payer|paie|paiement|\$|dollar|argent|virement|tarif|frais|cash|comptant"
_ODD_MONEY = r"crypto|bitcoin|btc|usdt|cartes?-cadeaux?"
_HUSH = r"client|confidenti|secret|classifi|entre nous|discr"
STOCK_WORDS = re.compile("|".join((_APPS, _MONEY, _ODD_MONEY, _HUSH)), re.IGNORECASE)

RECORDS: list[dict[str, object]] = []


def _add(label: int, kind: str, lookalike: bool, categories: list[str], stage: str, subtlety: str, text: str) -> None:
    RECORDS.append(
        {
            "text": text.strip(),
            "label": label,
            "kind": kind,
            "lookalike": lookalike,
            "categories": categories,
            "stage": stage,
            "subtlety": subtlety,
        }
    )


def sus(kind: str, categories: list[str], stage: str, subtlety: str, text: str) -> None:
    """Add a suspicious message (label 1)."""
    _add(1, kind, False, categories, stage, subtlety, text)


def ben(kind: str, lookalike: bool, text: str) -> None:
    """Add a benign message (label 0)."""
    _add(0, kind, lookalike, [], "none", "none", text)


# ---------------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ---------------------------------------------------------------------------------------------------
# --- contact ---
sus("fake_headhunter", ["credential_targeting", "vague_client", "off_platform"], "contact", "overt", """
Bonjour Geneviève,

Je suis chasseuse de têtes pour un groupe aérospatial international — je ne peux pas encore vous nommer mon mandant, c'est une recherche très discrète. Votre parcours au programme de satellites de surveillance et votre cote Très secret correspondent exactement à ce qu'il cherche. Le salaire dépasse largement l'échelle du fédéral.

Pour jaser plus librement, ajoutez-moi sur WhatsApp : +852 5000 0117. LinkedIn n'est pas pratique pour ce genre de discussion.

Au plaisir,
Vivian Ho
""")

sus("fake_academic", ["credential_targeting"], "contact", "subtle", """
Objet : Programme de chercheurs invités 2027 — architecture de puces

Madame Lachance,

Notre institut de microélectronique de Chengdu ouvre cinq places dans son programme de chercheurs invités pour 2027. Votre article sur les interconnexions à faible latence a beaucoup circulé chez nous.

Avant de vous transmettre le formulaire, j'aurais besoin de quelques précisions : sur quels projets financés par la Défense nationale travaillez-vous présentement, quel est votre niveau d'habilitation et à quelle date doit-il être renouvelé? Ces renseignements nous permettent de vous jumeler avec le bon laboratoire.

Veuillez agréer mes salutations distinguées,

Pr Liang Wenjie
Bureau des échanges internationaux
""")

sus("fake_recruiter", ["credential_targeting", "vague_client"], "contact", "overt", """
Salut Mathieu! Je vois sur ton profil que t'es adjoint politique sur la Colline depuis quatre ans, avec accès aux réunions du caucus et au bureau du porte-parole en commerce international. Je recrute pour un cabinet-conseil qui accompagne un client étranger très intéressé par la politique commerciale canadienne. Temps partiel, 100 % à distance, super flexible, tu garderais ta job. T'aurais 15 minutes pour un appel cette semaine?
""")

sus("fake_conference", ["credential_targeting"], "contact", "subtle", """
Bonjour M. Bouchard,

C'était un plaisir de vous rencontrer au salon Énergie Nord à Québec la semaine dernière. Vous m'avez dit travailler à la mise à niveau des postes de transformation du réseau 735 kV — un sujet passionnant.

J'aimerais mieux comprendre votre rôle exact et savoir qui, dans votre équipe, a accès aux schémas de protection et aux plans de relève du réseau. Nous préparons un petit atelier fermé l'automne prochain et je cherche les bonnes personnes.

Auriez-vous un numéro où je pourrais vous joindre en soirée?

Cordialement,
Edwin Tan
""")

sus("fake_think_tank", ["credential_targeting", "paid_task", "vague_client"], "contact", "overt", """
Objet : Collaboration rémunérée — Observatoire stratégique Indo-Pacifique

Bonjour Monsieur Nadeau,

L'Observatoire stratégique Indo-Pacifique (Hong Kong) constitue un réseau d'anciens fonctionnaires canadiens ayant servi à Affaires mondiales Canada. Vos onze années à la direction générale de l'Asie du Nord nous intéressent vivement.

Nous offrons des honoraires de 1 500 $ US par note d'analyse de trois pages, rédigée pour le compte de partenaires que nous ne pouvons pas nommer à ce stade. Aucune publication, aucune signature.

Seriez-vous disponible pour un premier échange?

Helen Zhao
Coordonnatrice des réseaux
Observatoire stratégique Indo-Pacifique
hzhao@osip.example.org
""")

sus("fake_investor", ["credential_targeting"], "contact", "subtle", """
Allô Karim, bravo pour la ronde de pré-amorçage, on a vu l'annonce! Notre fonds regarde de près les jeunes pousses en photonique quantique au Canada.

Avant d'aller plus loin j'aimerais comprendre votre lien avec le CNRC : qui dans votre équipe a encore un accès actif aux laboratoires et aux projets financés par la Défense, et jusqu'à quand? Pour nos partenaires c'est vraiment le point qui fait la différence dans l'évaluation.

On se parle bientôt?
Jason
""")

sus("fake_alumni", ["credential_targeting", "off_platform"], "contact", "overt", """
Salut! Moi aussi je suis diplômé de Poly (génie électrique 2012) 🙂 Je m'occupe d'un réseau d'anciens qui travaillent en télécom et en défense. On a un groupe Telegram juste pour ceux qui ont une cote de sécurité, on s'y partage des offres qui ne sont pas affichées ailleurs. Je t'ajoute? Envoie-moi ton numéro de cell et ton niveau de cote (Secret ou Très secret), c'est pour trier les offres.
""")

sus("fake_recruiter", ["credential_targeting", "off_platform"], "contact", "overt", """
Bonjour Sarah,

Ton mémoire sur la détection de cibles par radar à synthèse d'ouverture m'a vraiment impressionné. Je recrute pour un laboratoire d'IA appliquée (siège à Shenzhen, petit bureau à Montréal). Ton directeur travaille avec RDDC sur le projet de surveillance côtière, non? On cherche justement des étudiantes qui ont accès à ce genre de projets.

Écris-moi plutôt à recrutement.ia.example@163.com, je regarde rarement LinkedIn.

Kevin L.
""")

# --- pivot ---
sus("obfuscated_pivot", ["off_platform"], "pivot", "overt", """
Merci pour ta réponse!! LinkedIn coupe mes messages à chaque fois 😅 on continue sur W-e-C-h-a-t? Mon ID c'est lin_consult_example. Sinon l'appli verte avec la bulle, même numéro que dans mon profil.
""")

sus("fake_consultant", ["off_platform", "secrecy"], "pivot", "overt", """
Bonjour Hélène,

Merci pour l'appel de ce matin, j'ai beaucoup appris sur l'exploitation des centrales du Nord.

Pour la suite, je vous propose d'utiliser Signal plutôt que votre courriel de la société d'État : leurs serveurs sont surveillés et c'est préférable pour vous comme pour nous que nos échanges n'y laissent pas de trace. Mon numéro : +44 7700 900142.

Bien à vous,

Thomas Keller
Keller & Brandt Energy Advisory
Zurich | Londres
""")

sus("fake_headhunter", ["off_platform"], "pivot", "subtle", """
Bonjour Madame Fortin,

Il semble que la boîte du Ministère filtre mes messages — mes deux derniers envois sont revenus. Auriez-vous une adresse personnelle où je pourrais vous écrire? Et un numéro de cellulaire pour les textos, ce serait encore mieux : les choses bougent vite de notre côté et j'aimerais vous garder au courant en dehors des heures de bureau.

Merci d'avance,
Olivier
""")

sus("fake_academic", ["off_platform", "credential_targeting"], "pivot", "overt", """
[2026-02-03 22:14] Prof. Zhou Min: Bonsoir! Suite à votre présentation à Sherbrooke sur la cryptographie post-quantique, plusieurs collègues aimeraient échanger avec vous.
[2026-02-03 22:15] Prof. Zhou Min: Ici c'est un peu lent. Voici le code QR pour WeChat, on a un groupe de discussion avec des chercheurs de Hefei.
[2026-02-03 22:16] Prof. Zhou Min: Vous travaillez toujours avec le CST sur la migration des algorithmes? Ce serait formidable d'en parler dans le groupe.
""")

sus("fake_recruiter", ["off_platform", "credential_targeting"], "pivot", "overt", """
Bonjour, ici Chloé de Talents Boréal. Le poste d'analyste en cybersécurité (cote Secret exigée, 118 000 $) vous intéresse toujours? Pour l'entrevue préliminaire, téléchargez Télé gram et écrivez à @talents_boreal_example. L'entrevue se fait par écrit, c'est plus rapide pour tout le monde. Merci de ne pas répondre ici.
""")

sus("fake_supplier", ["off_platform", "sensitive_info"], "pivot", "subtle", """
Bonjour Mme Roy,

Je reprends le dossier de l'appel d'offres pour les radios tactiques, Marc-Antoine est parti chez un concurrent. Le courriel du Ministère bloque nos pièces jointes depuis mardi. Pourriez-vous m'envoyer les annexes techniques et la grille d'évaluation depuis votre adresse à la maison? Ça m'éviterait de repartir de zéro.

Pour les questions, mon cellulaire : 514-555-0163.

Merci!
Bruno Lavallée
""")

sus("fake_journalist", ["off_platform", "paid_task"], "pivot", "overt", """
Bonjour M. Gauthier,

Je suis correspondante pour un média économique de Hong Kong et je prépare une série sur la chaîne d'approvisionnement canadienne des semi-conducteurs. Nous rémunérons nos sources expertes : 300 $ pour une entrevue de 30 minutes, plus si vous pouvez partager des documents.

On continue sur WhatsApp? +852 5000 0139. C'est plus simple que le courriel pour planifier.

Cecilia Wong
""")

sus("handler_followup", ["off_platform", "vague_client", "secrecy"], "pivot", "overt", """
Mon client a bien aimé ta note, vraiment. À partir de maintenant on communique par vx, c'est plus sûr : ajoute kevin_w_example. Et supprime nos messages ici quand c'est fait stp.
""")

# --- paid task ---
sus("fake_consultant", ["paid_task", "vague_client", "sensitive_info"], "paid_task", "overt", """
Objet : Mandat de rédaction — minéraux critiques

Bonjour Madame Bergeron,

Je vous écris de la part de Sino-Atlantic Insights, cabinet de veille stratégique établi à Vancouver et à Singapour. Un de nos clients, un grand groupe industriel asiatique, souhaite mieux comprendre la stratégie québécoise sur le lithium et le graphite.

Nous vous proposons un mandat de rédaction : un rapport de 8 à 10 pages sur les orientations du Ministère et sur les projets qui pourraient être annoncés d'ici 2027, y compris ceux qui ne sont pas encore publics. Honoraires : 4 000 $ CA, payables à la remise. Nul besoin de citer vos sources.

Si cela vous intéresse, je vous fais parvenir le plan détaillé.

Meilleures salutations,

Daniel Yuen
Directeur de projets
Sino-Atlantic Insights
d.yuen@sai-insights.example.com
""")

sus("fake_think_tank", ["paid_task", "vague_client"], "paid_task", "subtle", """
Bonjour Stéphanie,

Seriez-vous partante pour rédiger une courte analyse par mois sur les travaux du Comité permanent de la défense nationale? Mes partenaires à Pékin apprécient énormément le regard de quelqu'un qui assiste aux séances et connaît les députés personnellement. Je m'occupe de tout l'aspect administratif; vous n'avez qu'à écrire, trois ou quatre pages, sans signature.

Dites-moi si le premier sujet peut être la position des partis sur l'achat des sous-marins.

Amitiés,
Ruoxi
""")

sus("fake_consultant", ["paid_task", "vague_client", "unusual_payment"], "paid_task", "overt", """
Salut Jo! Ça va? J'ai un petit contrat pour toi : mon client veut un « white paper » sur l'état du réseau 5G militaire au Canada, genre 5 pages. 2 500 $ US, payé en USDT si tu veux éviter les tracas avec l'impôt. Pas besoin que ce soit parfait, ton expérience chez Nordicom Défense suffit largement 😉
""")

sus("fake_academic", ["paid_task", "sensitive_info"], "paid_task", "overt", """
Objet : Invitation — ouvrage collectif sur la résilience des réseaux électriques

Cher Monsieur Pelletier,

Nous préparons un ouvrage collectif sur la résilience des réseaux électriques nord-américains face aux cyberattaques, et votre nom nous a été recommandé. Nous aimerions vous confier le chapitre consacré au Québec (environ 20 pages), avec des droits d'auteur de 3 000 $.

Pour que le chapitre se démarque, les données d'incidents internes de votre centre de conduite et les délais réels de rétablissement observés lors des exercices seraient particulièrement appréciés.

Avec mes remerciements anticipés,

Dr Victor Ma
Éditeur scientifique
""")

sus("fake_headhunter", ["paid_task", "sensitive_info"], "paid_task", "subtle", """
Bonjour Marc,

Bonne nouvelle : le comité de direction veut vous rencontrer! Avant l'entrevue finale, ils demandent un travail écrit d'une dizaine de pages décrivant l'organisation de votre équipe au Centre des opérations de sécurité, les outils de détection que vous utilisez, les failles que vous suivez présentement et les projets prévus pour 2027. C'est la pratique habituelle pour un poste de ce niveau et vous serez dédommagé pour votre temps.

Idéalement d'ici vendredi.

Jessica
""")

sus("fake_consultant", ["paid_task", "credential_targeting", "unusual_payment"], "paid_task", "overt", """
Cher Monsieur Lévesque,

Votre retraite de la GRC après 31 ans de service mérite d'être mise à profit! Notre cabinet, Meridian Risk Partners, cherche d'anciens officiers pour rédiger des rapports d'évaluation sur les méthodes d'enquête de la police fédérale en matière d'ingérence étrangère : techniques de filature, critères d'ouverture de dossier, collaboration avec le SCRS.

Rémunération : 800 $ par rapport, versée dans un compte à Hong Kong ou en cryptomonnaie, à votre choix.

Dans l'attente de votre réponse,

Grace Lam
Meridian Risk Partners
""")

sus("fake_consultant", ["paid_task", "sensitive_info"], "paid_task", "overt", """
[2026-06-02 12:31] Steve: salut! pis la nouvelle job aux achats, ça va?
[2026-06-02 12:33] Steve: j'ai une proposition : on t'offre 300 $ par semaine juste pour nous envoyer un résumé des appels d'offres que tu vois passer au travail avant qu'ils soient publiés sur le site
[2026-06-02 12:33] Steve: rien de compliqué, 10 min par semaine max
""")
# --- elicitation ---
sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
Merci encore pour le texte sur les tendances du marché naval, il a été très apprécié. Pour la suite, ce qui nous aiderait vraiment, c'est de savoir quels chantiers ont franchi l'étape de la qualification technique pour les brise-glaces polyvalents, avant l'annonce officielle. Même une liste incomplète ferait l'affaire.
""")

sus("handler_followup", ["sensitive_info", "vague_client", "paid_task"], "elicitation", "overt", """
Objet : RE: rapport — stratégie énergétique

Ton rapport sur la stratégie du ministère était correct, mais mon client le trouve trop général : tout ça est déjà sur internet. Ce qu'il veut, c'est ce qui se dit en réunion — les positions internes avant la négo avec Ottawa, les noms de ceux qui poussent pour et contre. Rien de classifié, juste ce qui circule à l'interne. Pour ça le tarif double.

Frank

> Le 3 mars 2026 à 22:47, Julien B. a écrit :
> Voici le document. J'ai fait ça à partir des communiqués et des études de crédits, j'espère que ça convient.
""")

sus("fake_academic", ["sensitive_info"], "elicitation", "subtle", """
Cher collègue,

Pour notre article conjoint, pourriez-vous ajouter les résultats des essais en soufflerie de la semaine dernière, ceux qui ne sont pas encore passés par l'examen de diffusion du Ministère? Nous les retirerons avant la soumission s'il le faut; c'est seulement pour calibrer notre modèle numérique. Les fichiers bruts conviennent parfaitement.

Bien cordialement,
Hao
""")

sus("fake_consultant", ["sensitive_info"], "elicitation", "subtle", """
Allô Marie-Ève, merci encore pour la visite de l'usine de filtration mardi, c'était très instructif. Petite question : le plan de relève en cas de panne des automates, tu pourrais me le faire suivre? Et la liste des comptes d'accès à distance qu'on a vue au tableau dans la salle de contrôle. Je veux juste m'assurer que notre proposition couvre tout.
""")

sus("fake_think_tank", ["sensitive_info", "paid_task", "secrecy"], "elicitation", "overt", """
Objet : Projet de recherche — sécurité des télécommunications

Bonjour Monsieur Arsenault,

Le Centre euro-asiatique d'études numériques mène une étude comparative sur l'encadrement des équipementiers de télécommunications. Dans ce cadre, nous souhaiterions obtenir les versions préliminaires du projet de loi ainsi que les notes d'information remises au ministre avant l'étude en comité.

Nous ne cherchons rien de classifié : des documents de travail suffisent. Une compensation généreuse est prévue et votre nom ne figurera nulle part.

Cordialement,

Dr Anna Petrova
Centre euro-asiatique d'études numériques
""")

sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
[2026-03-19 19:42] Alex: T'as eu ta rencontre avec le monde du NORAD?
[2026-03-19 19:43] Alex: Curieux de savoir ce qui a été décidé pour les radars transhorizon, les emplacements surtout
[2026-03-19 19:43] Alex: Deux lignes suffisent, comme d'hab 👍
""")

sus("fake_recruiter", ["sensitive_info", "vague_client", "secrecy"], "elicitation", "overt", """
Bonjour Patrick,

Merci pour l'entrevue d'hier. Dans le cadre du processus, notre client demande un test technique : décrivez en détail l'architecture de sécurité du segment sol d'Orbitel Canada, y compris les vulnérabilités connues qui ne sont pas encore corrigées et les fournisseurs impliqués. Ce test est confidentiel et n'a pas à être mentionné à votre employeur actuel.

Merci de nous le retourner d'ici lundi.

Sandra Kwan
Recrutement technique
""")

sus("fake_investor", ["sensitive_info"], "elicitation", "subtle", """
Hi Karim,

Avant la signature du term sheet, nos analystes aimeraient voir les spécifications complètes de votre capteur — y compris la version développée dans le cadre du contrat avec la Défense — ainsi que la liste de vos interlocuteurs au Ministère et leurs coordonnées directes. C'est notre processus de due diligence standard, rien d'inhabituel.

Thanks,
Jason Li
""")

sus("fake_consultant", ["sensitive_info", "vague_client", "unusual_payment", "paid_task"], "elicitation", "overt", """
Pour ta thèse t'as accès au calcul du labo et aux jeux de données du projet avec le CST, right? Mon client paierait très bien pour une copie des données d'entraînement, même partielle. On peut régler ça en bitcoin, personne n'a besoin de savoir d'où ça vient.
""")

# --- meeting ---
sus("handler_followup", ["client_meeting", "sensitive_info"], "meeting", "subtle", """
Mon directeur passe trois jours à Macao au début de mai. Ce serait l'occasion idéale de vous rencontrer enfin. On s'occupe des billets et de l'hôtel; vous n'aurez qu'à apporter vos notes sur le programme de sous-marins et l'échéancier dont vous m'avez parlé.
""")

sus("fake_consultant", ["client_meeting", "vague_client", "secrecy"], "meeting", "overt", """
Objet : Invitation — séminaire privé à Shanghai

Bonjour Madame Tremblay,

Notre client souhaiterait vous rencontrer en personne pour discuter d'une collaboration à long terme. Tous les frais sont pris en charge : vol en classe affaires, hôtel cinq étoiles et indemnité de 500 $ par jour.

Nous vous recommandons de voyager avec votre passeport personnel plutôt qu'avec votre passeport spécial, et de prendre ces quelques jours sur vos vacances, afin d'éviter les formalités inutiles avec votre ministère.

Bien cordialement,

Kevin Zhang
Harbour Bridge Consulting
""")

sus("fake_consultant", ["client_meeting", "secrecy"], "meeting", "subtle", """
Tu serais libre pour un souper à Paris pendant le Bourget? Quelqu'un de chez nous aimerait te présenter des gens très intéressés par ton travail sur les turbines. Je m'occupe de tout, t'as juste à venir. Prends pas le vol de groupe de ta compagnie par exemple, je te réserve autre chose, ce sera plus simple.
""")

sus("handler_followup", ["client_meeting", "vague_client", "sensitive_info"], "meeting", "overt", """
Le client est très satisfait de notre collaboration. Il aimerait vous inviter à Pékin en octobre pour un atelier privé, billets et hébergement payés. Quelques ingénieurs de son équipe auront des questions sur les essais du petit réacteur modulaire; apportez votre portable de travail si possible, ce sera plus simple pour leur montrer les données.
""")

sus("fake_consultant", ["client_meeting", "vague_client", "unusual_payment"], "meeting", "overt", """
Mon client ne peut pas voyager ces temps-ci. Il propose plutôt une visio mercredi soir, 21 h, sur Tencent Meeting (je vous envoie le lien). Caméra pas nécessaire. 1 000 $ US pour l'heure, remis en argent comptant par notre collègue à Toronto la semaine suivante.
""")

sus("fake_conference", ["client_meeting", "sensitive_info"], "meeting", "subtle", """
Objet : Forum international sur les réseaux intelligents — Kunming

Cher Dr Tremblay,

Nous avons le plaisir de vous confirmer comme conférencier invité au Forum international sur les réseaux électriques intelligents. Le comité d'organisation réserve votre vol et votre séjour.

En marge du forum, une rencontre restreinte est prévue avec des représentants d'une société d'État. Ils s'intéressent particulièrement aux mesures de protection de la ligne d'interconnexion avec l'État de New York et aux délais de rétablissement après une défaillance. Merci d'apporter une présentation détaillée, qui ne sera pas diffusée aux autres participants.

Salutations distinguées,
Le secrétariat du Forum
""")

sus("fake_think_tank", ["client_meeting", "secrecy", "vague_client"], "meeting", "overt", """
Bonjour Alexandre,

Votre billet pour Singapour est réservé (classe affaires, départ le 14). M. Chen, qui représente nos commanditaires, vous rejoindra à l'hôtel pour un dîner privé le soir de votre arrivée.

Inutile de mentionner cette rencontre dans votre déclaration de voyage au Ministère : il s'agit d'une visite personnelle.

Au plaisir de vous y voir,

Linda Koh
Asia Policy Dialogue Network
""")

# --- secrecy ---
sus("handler_followup", ["secrecy"], "secrecy", "subtle", """
Pour l'instant, je préfère que votre gestionnaire n'entende pas parler de nos échanges; ça simplifierait les choses pour tout le monde. Et si quelqu'un de la sécurité ministérielle vous pose des questions sur vos contacts à l'étranger, parlez simplement d'un ancien camarade d'université.
""")

sus("handler_followup", ["secrecy", "credential_targeting"], "secrecy", "overt", """
Petit rappel amical : tout ça reste entre nous. Ne me déclare pas dans ton formulaire de contacts étrangers, ça compliquerait le renouvellement de ta cote pour rien. Efface les messages après lecture 🙏
""")

sus("fake_consultant", ["secrecy", "vague_client"], "secrecy", "overt", """
Objet : Entente de non-divulgation — mandat Horizon

Madame Côté,

Vous trouverez ci-joint l'entente de confidentialité relative au mandat Horizon. Elle stipule notamment que vous ne pouvez informer ni votre employeur, ni votre agent de sécurité, ni vos proches de votre collaboration avec notre cabinet, ni de l'identité de notre client. Toute divulgation entraînerait l'annulation immédiate des paiements prévus.

Merci de la signer et de nous la retourner à votre adresse personnelle.

Cordialement,

Me Raymond Sze
Pacific Crest Advisory Group
""")

sus("handler_followup", ["secrecy"], "secrecy", "subtle", """
T'as pas besoin de parler de nos soupers à ton agent de sécurité, hein. C'est juste entre amis. Pis prends ton cell perso la prochaine fois, pas celui du bureau 😉
""")

sus("fake_academic", ["secrecy", "paid_task"], "secrecy", "overt", """
Cher professeur Gagnon,

Comme discuté, votre participation à notre programme de talents (rémunérée, avec laboratoire et assistants) n'a pas à être déclarée à votre université ni au bureau de la sécurité de la recherche. Beaucoup de nos boursiers conservent leur poste au Canada en parallèle, sans difficulté. Nous vous recommandons simplement la plus grande discrétion.

Cordialement,
Bureau des talents étrangers
""")

sus("handler_followup", ["secrecy", "off_platform"], "secrecy", "subtle", """
Je t'ai laissé un nouveau téléphone dans l'enveloppe brune. Sers-t'en seulement pour nous parler et ne l'apporte jamais au bureau ni à la maison quand ta femme est là. Si quelqu'un te demande, c'est pour ta vie privée.
""")

# --- payment ---
sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
Ma collègue vous remettra une enveloppe au café de la rue Cherrier après votre réunion de jeudi, comme convenu pour le travail de mars. Pas besoin de la compter sur place.
""")

sus("handler_followup", ["unusual_payment", "paid_task"], "payment", "overt", """
Pour le paiement du dernier rapport, on ne peut pas passer par ton compte canadien, c'est trop compliqué. Choisis : Alipay, USDT sur le portefeuille que tu m'as envoyé, ou un virement au compte de ta sœur à Guangzhou.
""")

sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
Je laisserai une carte de la SAQ et trois cartes Visa bien chargées dans ta boîte aux lettres vendredi, pour te remercier pour les notes sur la séance à huis clos. On se reparle la semaine prochaine.
""")

sus("fake_consultant", ["unusual_payment", "vague_client", "secrecy"], "payment", "overt", """
Objet : Facturation — mandat no 12

Bonjour M. Pelletier,

Pour des raisons fiscales, notre client préfère que la facture soit émise au nom de votre conjointe ou d'une société à numéro, et non à votre nom. Le montant de 6 000 $ sera versé par notre filiale de Dubaï. Merci de ne pas inscrire le titre du rapport sur la facture; « services de traduction » suffira.

Cordialement,

Comptabilité
Pacific Crest Advisory Group
""")

sus("handler_followup", ["unusual_payment", "sensitive_info"], "payment", "overt", """
[2026-10-15 23:04] D.: yo c'est envoyé 👍 0,05 BTC pour les notes de la semaine
[2026-10-15 23:05] D.: pour la suite même deal, t'as juste à m'envoyer les procès-verbaux du CA avant vendredi
""")

sus("fake_consultant", ["unusual_payment"], "payment", "overt", """
Pour éviter les complications avec l'Agence du revenu, on vous paie en cartes-cadeaux (Amazon et Apple) plutôt que par dépôt direct. Vous recevrez les codes par texto dès la réception du document.
""")

# --- coercion ---
sus("coercion", ["coercion"], "coercion", "subtle", """
Votre mère va bien pour l'instant. Les gens du comité de quartier passent la voir souvent. Ils se demandent quand vous comptez rentrer pour régler ses papiers. Ce serait dommage que sa pension soit bloquée à cause de vous.
""")

sus("coercion", ["coercion", "off_platform"], "coercion", "overt", """
Bonjour Mme Li. Je vous écris au nom du bureau de la sécurité publique de votre district. Votre participation aux rassemblements devant le consulat à Montréal a été signalée. Si vous ne rentrez pas d'ici le mois prochain, votre frère perdra son poste à l'université. Contactez-nous sur WeChat dès aujourd'hui.
""")

sus("coercion", ["coercion", "secrecy", "sensitive_info"], "coercion", "overt", """
Tu es active dans l'association étudiante à Concordia. On voudrait la liste des membres qui étaient à la vigile de juin, avec leurs numéros de téléphone. Pense à ton père, il a encore son commerce à Ürümqi. Personne n'a besoin de savoir qu'on s'est parlé, c'est mieux pour tout le monde.
""")

sus("coercion", ["coercion"], "coercion", "subtle", """
Ton oncle nous a dit que tu t'occupes maintenant de l'association culturelle à Brossard. Ce serait bien que tu viennes prendre un thé avec nous pour parler des activités et des gens qui fréquentent le centre. Ta cousine attend toujours son visa pour étudier à Toronto; ces choses-là prennent du temps, tu sais.
""")

sus("coercion", ["coercion"], "coercion", "overt", """
[2026-04-11 08:02] Agent Chen: Vous êtes bien Zhang Wei? Ici le poste de police de Fuqing.
[2026-04-11 08:03] Agent Chen: Nous savons que vous habitez à Laval et que vous travaillez dans un entrepôt.
[2026-04-11 08:03] Agent Chen: Vous devez rentrer pour une enquête. Sinon votre famille ici en subira les conséquences. Répondez vite à ce numéro : +86 138 0000 0000
""")

# --- job scam ---
sus("job_scam", ["job_scam", "off_platform", "unusual_payment"], "job_scam", "overt", """
Félicitations! Vous êtes retenu(e) pour le poste de commis à la saisie de données (télétravail, 28 $/h). Pour recevoir votre trousse de départ (ordinateur + logiciels), un dépôt remboursable de 150 $ est requis par virement Interac. L'entrevue finale se fera sur Telegram avec notre gestionnaire RH : @rh_saisie_example
""")

sus("task_scam", ["job_scam", "unusual_payment", "off_platform"], "job_scam", "overt", """
Salut! Job facile sur ton cell : tu notes des hôtels sur notre plateforme, 30 tâches par jour, entre 200 $ et 800 $ par jour. Au début faut recharger ton compte en USDT pour débloquer les tâches premium, mais tu récupères tout après avec la commission. Intéressé(e)? Écris-moi sur WhatsApp 📲
""")

sus("job_scam", ["job_scam"], "job_scam", "subtle", """
Bonjour Nadia,

Bonne nouvelle : après votre entrevue par clavardage d'hier, la gestionnaire vous offre le poste d'adjointe administrative à distance, à compter de lundi.

Pour ouvrir votre dossier d'employée aujourd'hui, répondez simplement à ce courriel avec une photo recto verso de votre permis de conduire, votre numéro d'assurance sociale ainsi que le nom d'utilisateur et le mot de passe de votre accès bancaire en ligne, pour l'inscription au système RH.

Bienvenue dans l'équipe!
Service des ressources humaines
""")

sus("job_scam", ["job_scam", "credential_targeting", "unusual_payment"], "job_scam", "overt", """
Objet : Offre conditionnelle — Analyste du renseignement, Ottawa

Bonjour M. Diallo,

Nous avons le plaisir de vous offrir le poste d'analyste du renseignement (contrat de 18 mois, 96 000 $). L'offre est conditionnelle à l'obtention d'une cote Secret.

Pour accélérer le processus, nous collaborons avec un fournisseur accrédité qui facture 395 $ pour le traitement prioritaire de votre enquête de sécurité. Merci de régler ce montant en cartes-cadeaux Visa et de nous transmettre les numéros par courriel d'ici 48 heures, faute de quoi l'offre sera retirée.

Cordialement,

Service de dotation
Groupe Sentinelle Conseil
""")

# ---------------------------------------------------------------------------------------------------
# Benign (label 0): look-alikes first, then plain messages
# ---------------------------------------------------------------------------------------------------
ben("genuine_headhunter", True, """
Bonjour Geneviève,

Je suis Marc-André Dion, associé chez Lemieux Dion Recherche de cadres, à Montréal. Nous avons le mandat de recruter la prochaine directrice ou le prochain directeur de l'ingénierie des systèmes spatiaux chez Astralis Aérospatiale, à Longueuil. Le poste exige une cote Secret, que vous détenez si je lis bien votre profil.

Si le défi vous intéresse, je peux vous envoyer la description complète par courriel, ou vous appeler au moment qui vous convient. Tout reste discret tant que vous ne décidez pas d'aller plus loin.

Marc-André Dion
Associé | Lemieux Dion Recherche de cadres
514-555-0148 | madion@lemieuxdion.example.com
""")

ben("genuine_recruiter", True, """
Salut Jo! Amélie de l'équipe acquisition de talents chez Nordicom Défense. On ouvre deux postes d'ingénieur·e RF à Kanata (hybride, 3 jours au bureau), cote Secret requise ou admissibilité à l'obtenir. Ça te tente d'en jaser? Je peux t'appeler demain midi, sinon écris-moi à amelie.roy@nordicom.example.com et je t'envoie l'affichage.
""")

ben("expert_network", True, """
Objet : Demande de consultation — marché des cathodes LFP

Bonjour Madame Bergeron,

Je travaille chez ArborExpert, un réseau de consultation d'experts. Un de nos clients, un fonds d'investissement institutionnel, souhaite une consultation téléphonique d'une heure sur la dynamique du marché des matériaux de cathode en Amérique du Nord. Rémunération : 350 $ CA l'heure.

Important : nos règles de conformité vous interdisent de partager toute information confidentielle ou non publique de votre employeur actuel ou d'un ancien employeur. Si votre employeur exige une autorisation préalable, nous vous demanderons de la confirmer par écrit avant l'appel. Vous pouvez refuser de répondre à toute question.

Formulaire de conformité : https://arborexpert.example.com/conformite

Merci de votre intérêt,

Priya Natarajan
Associée, recrutement d'experts
ArborExpert
""")

ben("university_paid_talk", True, """
Bonjour Dre Ouellet,

Le Département de science politique de l'Université de Sherbrooke aimerait vous inviter à prononcer la conférence annuelle Lucien-Morin, le jeudi 12 mars à 16 h, sur le thème « Le Canada face aux nouvelles formes d'ingérence ».

Nous offrons un cachet de 1 000 $ et prenons en charge vos frais de déplacement (train depuis Ottawa et une nuit d'hôtel) selon la politique de l'Université. La conférence est publique, gratuite et sera enregistrée pour notre chaîne vidéo.

Au plaisir de vous lire,

Julie Carrier
Directrice du Département de science politique
""")

ben("think_tank_commission", True, """
Objet : Commande d'un document de politique — Cahiers du Nord

Monsieur Nadeau,

Le Centre laurentien d'études stratégiques aimerait vous commander une analyse d'environ 4 000 mots, signée de votre nom, sur la dissuasion dans l'Arctique canadien, à paraître dans notre série « Cahiers du Nord ». Honoraires : 2 500 $, versés à la publication.

Le texte doit reposer sur des sources ouvertes : nous ne publions aucune information classifiée ou protégée, et nous vous demanderons de confirmer que votre ancien ministère a été informé, conformément à vos obligations d'après-mandat. Le contrat type et le guide de rédaction sont joints.

Cordialement,

Hélène Dufresne
Directrice des publications
Centre laurentien d'études stratégiques
""")

ben("cleared_job_ad", True, """
OFFRE D'EMPLOI — Analyste principal(e), cybersécurité des systèmes de contrôle industriels
Énergie Saint-Laurent | Québec (hybride)

Vous protégerez les systèmes de conduite du réseau de transport d'électricité.

Exigences :
- 7 ans d'expérience en sécurité OT (SCADA, IEC 62351)
- Cote de sécurité Très secret, ou capacité de l'obtenir (citoyenneté canadienne et 10 ans de résidence)
- Bilinguisme

Salaire : 112 000 $ à 138 000 $, régime de retraite, télétravail partiel.
Postulez uniquement sur carrieres.energiesl.example.com. Nous ne demandons jamais de frais aux candidats et ne menons aucune entrevue par messagerie instantanée.
""")

ben("cleared_job_ad", True, """
Technicien(ne) en maintenance avionique — 3 Escadre Bagotville. Cote Secret (niveau II) obligatoire. 34,50 $/h + prime de soir. CV à emplois@aerobag.example.com. Entrevues au hangar 4 ou par téléphone. / Avionics tech, Secret clearance required, apply by email.
""")

ben("security_awareness", True, """
Objet : Rappel — approches d'acteurs étrangers sur les réseaux sociaux

À tout le personnel,

L'équipe de la sécurité ministérielle constate une hausse des approches visant nos employés sur LinkedIn et d'autres plateformes. Soyez vigilants si un « recruteur » ou un « consultant » :

• vous propose très vite de continuer la conversation sur WhatsApp, WeChat, Telegram ou une adresse personnelle;
• offre de payer des rapports ou des « livres blancs » pour un client qu'il ne nomme pas;
• glisse vers de l'information interne, non publique ou à venir;
• vous invite à l'étranger tous frais payés pour rencontrer ce client;
• vous demande de garder le contact secret, y compris auprès de votre gestionnaire;
• propose un paiement en cryptomonnaie, en cartes-cadeaux ou à un proche.

Ne répondez pas et signalez l'approche à securite@ministere.example.org. Pour en savoir plus, consultez la page « Réfléchissez avant de vous connecter » sur l'intranet.

Direction de la sécurité ministérielle
""")

ben("colleague_reporting_approach", True, """
lol je viens de recevoir exactement le genre de message dont parlait la formation de sécurité : un « consultant » de Hong Kong qui veut me payer 2000 $ pour un rapport sur notre projet et qui voulait continuer sur Telegram 🙄 je l'ai transféré à la sécurité ministérielle, ils m'ont dit de le bloquer
""")

ben("family_chat", True, """
[2026-01-28 20:41] Maman: Ma chérie, tu as reçu l'argent pour le Nouvel An? Je l'ai envoyé par WeChat Pay ce matin.
[2026-01-28 20:42] Lin: Oui maman merci!! T'aurais pas dû 🧧
[2026-01-28 20:43] Maman: Dis pas à ton père combien, hihi. Et appelle grand-mère ce soir, elle s'ennuie de toi.
""")

ben("family_chat", True, """
Papa: Ton oncle Rachid arrive de Casablanca jeudi soir. Tu peux aller le chercher à Trudeau? Je te rembourse l'essence pis le stationnement.
Papa: Et pas un mot à ta mère pour le gâteau, c'est une surprise pour ses 60 ans!! 🤫
""")

ben("surprise_party", True, """
Objet : Chut! Départ à la retraite de Claude

Bonjour à toutes et à tous,

Nous organisons une petite fête surprise pour Claude, qui quitte après 32 ans au Ministère. Merci de garder l'information confidentielle : il ne se doute de rien!

Quand : vendredi 20 mars, 15 h 30
Où : salle 4B-210, 90 rue Elgin

Une contribution volontaire de 20 $ pour le cadeau peut être envoyée par Interac à Josée Lemire (josee.lemire@ministere.example.org) d'ici mercredi.

Merci!
L'équipe des politiques
""")

ben("coworker_channel", True, """
On continue sur Teams? Le fil de courriels devient illisible. Je crée un canal pour le dossier des brise-glaces, j'ajoute Luc et Farah.
""")

ben("coworker_channel", True, """
Bonjour Stéphane,

Notre fournisseur de plaquettes à Suzhou utilise WeChat Work pour le suivi des commandes. La conformité a approuvé le compte d'entreprise, je t'ajoute au groupe aujourd'hui.

Rappel : aucun dessin technique ni aucune donnée contrôlée (liste des marchandises d'exportation contrôlée) dans ce canal. Pour ça, on passe toujours par le portail sécurisé.

Merci,
Annie
Chaîne d'approvisionnement
""")

ben("travel_reimbursement", True, """
Objet : Remboursement — mission à Washington (DV-2026-0417)

Bonjour Karine,

Ta demande de remboursement pour la mission à Washington (vol, trois nuits d'hôtel, indemnités de repas) est approuvée. Un montant de 2 143,87 $ sera versé par dépôt direct avec la paie du 15.

Il ne manque que le reçu du taxi du 4 avril; tu peux le déposer dans le dossier partagé des Finances.

Bonne journée,
Mélanie Drouin
Services financiers
""")

ben("journalist_interview", True, """
Bonjour M. Pelletier,

Je suis Isabelle Gagné, journaliste à La Voix de l'Outaouais. Je prépare un article sur les délais d'obtention des cotes de sécurité dans la fonction publique fédérale. Accepteriez-vous une entrevue enregistrée, à visage découvert, d'une vingtaine de minutes? Je ne vous demanderai rien qui ne soit déjà public; je veux surtout comprendre votre expérience de gestionnaire.

Vous pouvez me joindre au 819-555-0126 ou à igagne@voixoutaouais.example.com.

Merci de votre temps,
Isabelle Gagné
""")

ben("conference_invite", True, """
Cher Dr Tremblay,

Votre résumé « Protection adaptative des lignes d'interconnexion » est accepté pour une présentation orale au Congrès international des réseaux électriques, à Lyon, du 8 au 11 juin.

À titre de conférencier invité, vous bénéficiez de l'inscription gratuite et du remboursement de vos frais de déplacement jusqu'à concurrence de 1 500 €, sur présentation des reçus. Les actes seront publiés en libre accès.

Merci de confirmer votre participation sur la plateforme du congrès d'ici le 15 février.

Le comité scientifique
""")

ben("hr_onboarding", True, """
Bienvenue chez Orbitel Canada! 🎉

Ton premier jour est lundi, 8 h 30, au 1200 boulevard Saint-Laurent. Apporte une pièce d'identité avec photo et un spécimen de chèque pour le dépôt de ta paie.

Ta demande de cote Secret a été transmise : tu recevras un courriel de Services publics et Approvisionnement Canada pour remplir le formulaire en ligne. Le processus est entièrement gratuit; si quelqu'un te demande de l'argent pour l'accélérer, c'est une fraude, avise-nous.

À lundi!
Sophie, RH
""")

ben("bank_notice", True, """
Caisse Boréale : Un virement international de 2 500,00 $ provenant de Hong Kong a été déposé dans votre compte se terminant par 4471. Si vous ne reconnaissez pas cette transaction, appelez-nous au 1-800-555-0199. Nous ne vous demanderons jamais votre NIP ni votre mot de passe par texto.
""")

ben("payroll", True, """
Objet : Paiement rétroactif — convention collective

Bonjour,

Le paiement rétroactif découlant de la nouvelle convention collective (groupe EC) sera versé le 26 novembre. Pour la plupart des employés, il s'agit d'un dépôt unique; le détail figure dans votre relevé de paie en ligne.

Vous n'avez aucune démarche à faire. Méfiez-vous de tout courriel vous demandant vos coordonnées bancaires pour « recevoir » ce paiement.

Centre des services de paye
""")

ben("alumni_group", True, """
Salut la gang des anciens de l'ÉTS (promo 2014)! 🎓 Souper de retrouvailles le 14 novembre au Bar Laitier de Griffintown. Plusieurs d'entre vous sont maintenant dans l'aéro, la défense ou les télécoms, ce sera l'occasion de jaser carrière. 35 $ par personne, payable à l'entrée. Le groupe WhatsApp est ici pour les détails : chat.example.com/ets2014
""")

ben("parents_group", True, """
Groupe parents 3e année B : pour le cadeau de fin d'année à Mme Sylvie, envoyez 10 $ par Interac à Julie (julie.parent@example.net) d'ici vendredi. Mot de passe de réponse : sylvie2026. Chut, pas un mot aux enfants, ils vont tout lui dire! 😄
""")

ben("visiting_scholar", True, """
Objet : Offre — programme de chercheurs invités, automne 2027

Chère professeure Lachance,

L'Institut polytechnique de Grenoble-Isère a le plaisir de vous offrir une place dans son programme de chercheurs invités (septembre à décembre 2027). Le programme comprend une allocation mensuelle de 3 200 €, un logement sur le campus et le remboursement d'un aller-retour Montréal–Lyon.

Vos travaux porteront sur la conception de circuits à faible consommation; ils seront publiés en libre accès et ne comportent aucun volet lié à la défense. Conformément aux lignes directrices canadiennes sur la sécurité de la recherche, nous vous invitons à informer le bureau de la recherche de votre université avant d'accepter.

Veuillez agréer nos salutations distinguées,

Pr François Marty
Relations internationales
""")

ben("genuine_investor", True, """
Allô Karim, bravo pour la ronde! Chez Capital Fleuve on aimerait aller plus loin. Avant la lettre d'intention, il nous faut votre table de capitalisation, les états financiers 2025 et une confirmation de vos obligations de conformité (Loi sur Investissement Canada, contrôles à l'exportation) vu votre contrat avec la Défense. Pour être clair : on ne veut rien voir de ce qui est couvert par ce contrat, notre avocate te fera signer une entente qui l'exclut. On s'appelle jeudi?
""")

ben("supplier_chat", True, """
[09:12] Wang (Suzhou Connect): Bonjour Mme Roy, les échantillons de connecteurs sont prêts. Je vous envoie les photos sur WeChat?
[09:13] Roy: Oui parfait. Et la facture pro forma par courriel svp, pour la comptabilité.
[09:15] Wang (Suzhou Connect): OK. Paiement 30 % d'avance par virement, comme d'habitude. Merci!
""")

ben("paid_peer_review", True, """
Objet : Invitation à évaluer un manuscrit — Revue canadienne de génie nucléaire

Madame la Professeure,

Nous vous invitons à évaluer le manuscrit RCGN-2026-0188, « Modélisation thermique des petits réacteurs modulaires refroidis au sodium ». Un honoraire de 150 $ est offert pour une évaluation remise dans un délai de 21 jours.

Le manuscrit vous est transmis à titre confidentiel : merci de ne pas le diffuser ni l'utiliser avant sa publication. Si vous avez un conflit d'intérêts, veuillez décliner l'invitation.

La rédaction
""")

ben("procurement_notice", True, """
AVIS D'APPEL D'OFFRES — Radios tactiques portatives (W8486-26-0042)

La demande de propositions est publiée sur CanadaAchats. Les soumissionnaires doivent détenir une attestation de sécurité d'installation désignée valide au moment de la clôture. Les documents à diffusion restreinte (annexes techniques) ne sont remis qu'aux entreprises admissibles, par le portail sécurisé.

Toute question doit être adressée par écrit à l'autorité contractante, Mme Nathalie Roy. Pendant la période de soumission, aucun autre représentant du Ministère ne doit être contacté.

Date de clôture : 14 h (HAE), le 30 juin 2026.
""")

ben("community_association", True, """
Bonjour à tous les membres,

L'Association culturelle sino-québécoise de Brossard organise, le samedi 7 mars à 14 h, un atelier d'information : « Ingérence étrangère : reconnaître les pressions ». Une agente de liaison de la GRC expliquera quoi faire si quelqu'un vous demande de rentrer au pays, menace vos proches là-bas ou vous pose des questions sur les membres de l'association.

Entrée libre, thé et gâteaux de lune offerts. L'atelier est en mandarin avec interprétation en français.

Le conseil d'administration
""")

ben("retired_official_network", True, """
Bonjour Robert,

Je t'écris au nom du cégep de Rimouski. On cherche des retraités de la police pour donner le cours « Enquête et renseignement » au programme de Techniques policières, session d'hiver. C'est rémunéré au taux des chargés de cours (convention collective), trois heures par semaine. Évidemment, tout le contenu repose sur des documents publics.

Si ça te tente, envoie-moi ton CV, je te mets en contact avec la coordonnatrice.

Guy Bérubé
""")

ben("grad_student_request", True, """
Bonjour M. Nadeau,

Je suis étudiante à la maîtrise en affaires publiques à l'Université Laval. Mon mémoire porte sur l'évolution de la politique canadienne envers l'Indo-Pacifique depuis 2015. Accepteriez-vous une entrevue de 45 minutes, enregistrée avec votre consentement?

Les questions portent uniquement sur votre expérience et sur des positions publiques; le projet a été approuvé par le comité d'éthique de la recherche (no 2026-114). Comme le prévoit le protocole, une carte-cadeau de 25 $ vous sera remise en remerciement.

Merci de considérer ma demande,
Émilie Fournier
""")

ben("freelance_gig", True, """
Salut Camille! La Fondation Verdure cherche quelqu'un pour traduire son rapport annuel (environ 9 000 mots, anglais vers français) d'ici le 30. Tarif : 0,22 $ le mot, payé par virement dans les 30 jours suivant la facture. C'est un document public, rien de sensible. Intéressée? Je te mets en contact avec Priscilla, leur directrice des communications.
""")

ben("ngo_research", True, """
Bonjour Madame Li,

Je suis chercheuse à l'Observatoire des libertés numériques, un organisme sans but lucratif de Montréal. Nous documentons les cas de répression transnationale vécus par des membres des diasporas au Canada : menaces contre la famille restée au pays, pressions pour rentrer, demandes de renseignements sur la communauté.

Si vous acceptez de témoigner, l'entrevue restera confidentielle et anonymisée; nous ne vous demanderons jamais de contacter qui que ce soit. Pour votre sécurité, nous pouvons échanger sur Signal plutôt que par courriel, si vous le préférez.

Notre rapport précédent et notre politique de protection des témoins : libertes-numeriques.example.org

Avec respect,
Maude Bélanger
""")

ben("municipal_staff", True, """
Bonjour,

Pour la visite de l'usine de filtration du secteur Hull le 22 mai, merci de nous transmettre la liste des participants au moins 48 heures à l'avance. Chaque personne devra présenter une pièce d'identité à l'accueil. Les photos sont interdites dans la salle de contrôle et les plans des installations ne seront pas distribués.

Service de l'eau potable
Ville de Gatineau
""")

ben("conference_invite", True, """
Objet : Kiosque au salon Séoul Aéro 2026 — pavillon du Canada

Bonjour M. Bouchard,

Le Service des délégués commerciaux organise un pavillon canadien au salon Séoul Aéro, du 19 au 23 octobre. Les PME participantes peuvent demander une aide financière couvrant jusqu'à 50 % des frais de voyage et de kiosque (programme CanExport). Des rencontres avec des acheteurs coréens présélectionnés sont prévues, en présence d'un délégué.

Rappel : vérifiez avec votre agent de sécurité d'entreprise les règles sur les appareils électroniques et les marchandises contrôlées avant le départ.

Inscription avant le 1er juin.
""")

ben("genuine_recruiter", True, """
Bonjour Mathieu,

Je suis conseillère en recrutement chez Ardoise Affaires publiques, à Ottawa. Notre client, l'Association des producteurs d'énergie du Nord, cherche un·e conseiller·ère principal·e en relations gouvernementales. Votre expérience d'adjoint politique serait un atout; vous connaissez sans doute les règles de la Loi sur le lobbying et la période d'attente qui s'applique à certains postes, on en tiendra compte.

Je peux vous appeler cette semaine pour vous présenter le poste? Sinon, voici mon courriel : k.ouimet@ardoise.example.com.

Karine Ouimet
""")

ben("genuine_headhunter", True, """
Bonjour Mme Côté, c'est Philippe Boyer de Boyer Talent. Je vous ai laissé un message vocal ce matin. Nous sommes mandatés par Atomique Laurentienne pour un poste de gestionnaire de la sûreté nucléaire à Bécancour. Je préférerais vous présenter le tout au téléphone, c'est plus simple : 819-555-0171, ou rappelez-moi quand ça vous arrange. Bonne journée!
""")

ben("expert_network", True, """
Bonjour Sophie, petite relance : l'appel de 45 minutes avec notre client (une société de gestion d'actifs de Boston) est confirmé jeudi à 10 h. Honoraire de 300 $ US, versé par PayPal ou par virement selon votre choix dans notre portail. Rappel : tout ce qui n'est pas public est hors sujet; si une question vous met mal à l'aise, dites simplement que vous ne pouvez pas y répondre et on passe à la suivante. — Panorama Experts
""")

ben("journalist_interview", True, """
Salut Hugo, c'est Marie de Radio Boréale. T'es toujours d'accord pour l'entrevue demain sur la cybersécurité des petites municipalités? On enregistre à 9 h, 15 min max, et ça passe en ondes vendredi avec ton nom et ton titre. Si t'es sur la route, on peut faire ça par WhatsApp audio, la qualité est correcte.
""")

ben("travel_reimbursement", True, """
Objet : Déplacement à Beijing — approbation et rappels

Bonjour Pr Zhou,

La Faculté approuve votre déplacement pour la conférence internationale sur les matériaux à Beijing (9 au 13 septembre). Les frais admissibles (vol en classe économique, hôtel, indemnités) seront remboursés sur présentation des pièces justificatives.

Rappel du Bureau de la sécurité de la recherche : n'apportez pas votre portable de travail; un appareil de voyage vous sera prêté par les TI. Si quelqu'un vous propose une rencontre privée, un financement ou une collaboration non prévue au programme, informez-nous à votre retour.

Bon voyage,
Josianne Morin
Administration de la Faculté de génie
""")

ben("family_chat", True, """
Grand-maman : Mon grand, quand est-ce que tu reviens au pays? Tout le monde s'ennuie de toi. Ton cousin Farid se marie en août, on t'a gardé une place à la table d'honneur. Ta tante dit qu'elle peut t'aider à payer le billet si c'est trop cher. Appelle ta mère, elle s'inquiète quand tu réponds pas ❤️
""")

ben("hr_onboarding", True, """
Objet : Formation obligatoire — déclaration des voyages et contacts étrangers

Bonjour,

Dans le cadre de votre accueil, vous devez suivre d'ici 30 jours le module en ligne « Sécurité du personnel ». Vous y apprendrez notamment à déclarer vos voyages à l'étranger et tout contact soutenu avec un représentant d'un gouvernement étranger, ainsi qu'à signaler les approches inhabituelles (offres d'emploi, demandes de rapports rémunérés, invitations tous frais payés).

Ces déclarations sont confidentielles et ne sont consultées que par l'équipe de la sécurité.

Ressources humaines — Accueil et intégration
""")

ben("university_paid_talk", True, """
Dear Dr. Bergeron — pardon, Chère Dre Bergeron,

L'Institut coréen des politiques énergétiques vous invite à donner la conférence d'ouverture de son colloque annuel sur les minéraux critiques, à Séoul, le 4 novembre. Nous couvrons votre vol (classe affaires), trois nuits d'hôtel et offrons un cachet de 2 000 $ US. La conférence est publique et sera diffusée en direct; les diapositives seront mises en ligne.

Le programme préliminaire et la liste des conférenciers sont joints.

Meilleures salutations,
Dr Park Ji-yeon
""")

ben("think_tank_roundtable", True, """
Bonjour Alexandre,

Le Forum canadien des affaires étrangères vous invite à une table ronde sur la sécurité économique, le 17 avril, de 9 h à 12 h, dans nos bureaux de la rue Sparks. Une quinzaine de participants (fonctionnaires, universitaires, gens d'affaires) ; la liste complète sera envoyée une semaine avant.

La discussion se tient selon la règle de Chatham House : aucun propos ne sera attribué et il n'y aura pas d'enregistrement. Nous remboursons les frais de déplacement des participants venant de l'extérieur d'Ottawa.

Au plaisir,
Nora Achour
Programmation
""")

ben("parents_group", True, """
[2026-09-08 21:05] Mme Wu: Bonsoir les parents 🙂 quelqu'un connaît un tuteur de maths pour le secondaire 3 à Brossard?
[2026-09-08 21:07] Papa de Kevin: Oui! M. Tremblay, 40 $/h, il accepte cash ou Interac. Je te passe son numéro en privé sur WeChat
[2026-09-08 21:08] Mme Wu: Merci beaucoup!!
""")

ben("genuine_recruiter", True, """
Bonjour Mme Lachance,

Merci pour votre réponse! Comme convenu, je vous appelle sur votre cellulaire mardi à 14 h pour le poste de conceptrice de circuits chez Silicium Québec, à Bromont. Je vous enverrai ensuite l'affichage officiel et la grille salariale par courriel. Si l'heure ne convient plus, écrivez-moi simplement ici.

Bonne fin de semaine,
Marie-Pier Jodoin
Recrutement, Silicium Québec

> Bonjour Marie-Pier, oui, le poste m'intéresse. Je suis disponible mardi après-midi; vous pouvez m'appeler au 450-555-0182. Merci!
> Nathalie Lachance
""")

ben("coworker_channel", True, """
On se fait un appel Teams de 10 min? Ce serait plus simple que d'écrire tout ça par courriel. Je t'envoie l'invitation.
""")

ben("security_awareness", True, """
Objet : Sécurité de la recherche — avant d'accepter une invitation

Chères et chers collègues,

Le Bureau de la sécurité de la recherche rappelle que des chercheurs canadiens reçoivent des offres qui semblent flatteuses : programmes de « talents » rémunérés à l'étranger, invitations à des colloques tous frais payés suivis d'une « rencontre restreinte », demandes de données brutes avant leur publication, ou collaborateurs qui insistent pour passer sur une messagerie privée.

Avant d'accepter :
1. Vérifiez l'organisme et ses liens avec des entités militaires (liste des organisations de recherche nommées).
2. Déclarez tout financement ou affiliation externe, même non rémunéré.
3. Ne partagez jamais de données soumises à l'examen de diffusion ou à un contrat de défense.

Questions : securite.recherche@universite.example.org

Bureau de la sécurité de la recherche
""")

ben("colleague_gift", True, """
Merci mille fois pour ton aide sur le dossier du budget, tu m'as sauvé la vie 🙏 Je t'ai laissé une carte-cadeau du Café du Coin sur ton bureau. Pas besoin de le dire à toute l'équipe, hein 😉
""")

ben("family_chat", True, """
[2026-05-02 18:20] Mei: Tu peux envoyer ta part pour les lunettes de papa? Le plus simple c'est un virement au compte de cousin Hao à Shenzhen, il va lui remettre en main propre
[2026-05-02 18:22] Jun: Ok je fais ça ce soir. Combien déjà?
[2026-05-02 18:22] Mei: 800 yuans chacun. Dis rien à papa, il va refuser sinon 😂
""")

ben("alumni_group", True, """
Bonjour à tous,

L'Association des étudiants chinois de l'Université McGill lance son programme de mentorat avec des diplômés qui travaillent en génie, en finance et dans la fonction publique. Les jumelages se font par courriel; les rencontres ont lieu sur le campus ou en visio sur Zoom. Aucun frais, aucune obligation.

Inscription avant le 20 octobre sur notre site.

Le comité exécutif
""")

ben("constituency_office", True, """
Bonjour M. Haddad,

Ici Valérie, adjointe de circonscription de votre députée. Pour le dossier d'immigration de votre mère, le plus simple serait que je vous appelle demain matin : certaines informations ne peuvent pas passer par courriel. Pourriez-vous me confirmer un numéro de cellulaire? Le bureau n'exige évidemment aucuns frais pour ce service.

Valérie Turcotte
Bureau de circonscription de Laval—Les Îles
""")

ben("trade_mission", True, """
Salut Karim! La mission commerciale en Corée est confirmée : vol et hôtel couverts à 50 % par le gouvernement, tu avances le reste et tu te fais rembourser avec les reçus. Trois rencontres avec des acheteurs, toutes organisées par le délégué commercial de l'ambassade. Laisse ton laptop du bureau ici, on va avoir des Chromebook de prêt 👍
""")

ben("work_email", False, """
Objet : Ordre du jour — réunion d'équipe du 3 février

Bonjour à tous,

Voici l'ordre du jour proposé pour mardi :
1. Suivi du plan de travail 2026-2027
2. Rotation des gardes pendant la relâche
3. Déménagement au 5e étage (les boîtes arrivent le 12)
4. Varia

Si vous voulez ajouter un point, écrivez-moi d'ici lundi midi.

Merci,
Chantal
""")

ben("ordinary_chat", False, """
t'as vu la game hier?? le Canadien a tenu jusqu'en prolongation pis ils perdent en tirs de barrage, classique 🙃 on va voir la prochaine au Cage vendredi?
""")

ben("notification", False, """
Postes Canada : votre colis 7023 1188 5571 sera livré aujourd'hui entre 13 h et 17 h. Aucune signature requise.
""")

ben("ordinary_chat", False, """
[2026-07-10 17:48] Émilie: On part au chalet vers 16 h vendredi, il reste de la place dans l'auto pour toi pis ton sac de couchage
[2026-07-10 17:50] Gab: Parfait! J'apporte les guimauves pis la glacière
[2026-07-10 17:50] Émilie: Oublie pas ton chasse-moustiques, le lac est infesté 🦟
""")

ben("work_email", False, """
Bonjour Simon,

L'imprimante du 3e est encore en panne (bourrage dans le bac 2). J'ai ouvert un billet au soutien technique, numéro 48213. En attendant, on peut utiliser celle près de la salle Outaouais.

Bonne journée,
Lina
""")

ben("notification", False, """
Bibliothèque de Québec : le document « Le Survenant » doit être rendu le 18 mars. Vous pouvez le renouveler en ligne une seule fois.
""")

ben("ordinary_chat", False, """
Coloc : je passe à l'épicerie en revenant, il nous manque du lait, des œufs pis du papier de toilette. Autre chose? Oublie pas que c'est ta semaine pour le recyclage
""")

ben("work_email", False, """
Salut Nicolas, peux-tu réviser ma demande de fusion sur le module de journalisation avant jeudi? C'est surtout du renommage, mais j'ai changé le format des dates dans les exports. Merci!
— Yannick
""")


# ---------------------------------------------------------------------------------------------------
# Checks, shuffle, write
# ---------------------------------------------------------------------------------------------------
def check(records: list[dict[str, object]]) -> None:
    """Fail loudly if a record breaks the format or the stated counts."""
    assert len(records) == 120, len(records)
    labels = [r["label"] for r in records]
    assert labels.count(1) == 60 and labels.count(0) == 60
    assert sum(1 for r in records if r["label"] == 0 and r["lookalike"]) >= 48
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in records:
        text = str(r["text"])
        assert text and "\r" not in text
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", str(r["kind"])), r["kind"]
        categories = r["categories"]
        assert isinstance(categories, list)
        if r["label"] == 1:
            assert categories and len(set(categories)) == len(categories), text[:60]
            assert all(c in CATEGORIES for c in categories), categories
            assert r["stage"] in STAGES and r["subtlety"] in ("overt", "subtle")
            if r["subtlety"] == "subtle":
                hit = STOCK_WORDS.search(text)
                assert hit is None, (hit.group(0), text[:60])
        else:
            assert categories == [] and r["stage"] == "none" and r["subtlety"] == "none"


def main() -> None:
    check(RECORDS)
    order = list(range(len(RECORDS)))
    random.Random(SEED).shuffle(order)
    lines = []
    for n, i in enumerate(order, start=1):
        record = {"id": f"frb5-{n:03d}", **RECORDS[i]}
        lines.append(json.dumps(record, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
