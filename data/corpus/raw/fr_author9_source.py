"""French training messages from a ninth hand: talk about the threat, and the threat dressed as that talk.

Who and how
    Written by a helper session (an AI assistant) by hand, from ``../shared/DESIGN.md`` and the public
    warnings it summarises (CSIS, MI5/NPSA "Think Before You Link", FBI, the Mallory and Yeo cases) only:
    blind to the rule packs, to the training corpus (nothing under ``data/corpus/`` was opened except
    ``raw/template_families.py``), to ``data/dev/`` and to every evaluation set. The screener was never run
    on these texts.

Run
    ``.venv/bin/python data/corpus/raw/fr_author9_source.py`` rewrites ``fr_author9.jsonl`` beside it
    (byte-identical on every run) and prints the counts below.

What the families cover
    French from France, Belgium, Switzerland and Quebec, vouvoiement and tutoiement, some franglais and
    dropped accents in quick chats. Every family holds three hand-written templates in its own wording:
    one chat line (3-20 words), one InMail, short e-mail or chat export (30-120 words) and one longer
    e-mail (120-300 words) with a signature, a quoted reply or forwarded headers; each template is filled
    three times from ``POOLS``, so each length is a third of each class.

    Benign (23 families, 21 of them hard look-alikes): security bulletins and quizzes that quote the
    warning signs word for word, an employee reporting an approach and quoting it, a manager forwarding a
    suspicious InMail ("c'est sérieux, ça ?"), HR and legal advice to someone approached, a university's
    research-security briefing, a press digest of court cases, colleagues joking about a pushy headhunter,
    internal slides on the work channel, a surprise party "entre nous", family and diaspora chats (a visit
    home, a father's health, money for a grandmother, a cousin's wedding), a parents' group, and the
    honest versions of the funnel: a named recruiter, an expert network refusing confidential
    information, a think tank paying for a signed public review, a conference abroad paying the flight,
    a journalist on the record, HR onboarding through the portal, a cleared job advert, travel
    reimbursement. Two plain families (friends' chat, IT and building notices).

    Suspicious (15 families, 8 of them subtle): approaches that borrow the language of security notices
    (a recruiter citing the DGSI, a fake awareness team building a "register", a fake training quiz),
    impersonate the security office or a lawyer after a report, follow up after the target reported
    them, pressure diaspora families, pay through relatives, gift cards or crypto, invite abroad with
    everything covered, task scams. Subtle families carry none of the ``TELLTALE`` words below; the
    intent shows only in what is asked.

Counts (printed by the script from the file)
    342 messages in 38 families: 135 suspicious (72 subtle, 63 overt), 207 benign (189 look-alikes).
    Words per message: 114 short (3-20), 114 medium (30-120), 114 long (120-300); suspicious 45/45/45,
    benign 69/69/69.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 920261122
PER_TEMPLATE = 3
OUT = Path(__file__).with_name("fr_author9.jsonl")

POOLS: dict[str, list[str]] = {
    "prenom_f": ["Nadia", "Chloé", "Mélanie", "Yasmine", "Sophie", "Camille", "Laurence", "Maëlle"],
    "prenom_m": ["Julien", "Karim", "Mathieu", "Romain", "Thomas", "Benoît", "Luc", "Samuel"],
    "nom": [
        "Gagnon",
        "Lefebvre",
        "Dubois",
        "Morin",
        "Peeters",
        "Favre",
        "Bertrand",
        "Janssens",
        "Girard",
    ],
    "nom_asie": ["Zhang", "Liu", "Chen", "Wang", "Huang"],
    "oncle": ["Tonton Wei", "Oncle Jian", "Tonton Reza", "Oncle Farhad", "Tonton Hao"],
    "tata": ["Samia", "Fatiha", "Malika", "Nora"],
    "ville_natale": ["Wenzhou", "Fuzhou", "Harbin", "Kunming", "Shiraz"],
    "ville_res": ["Montréal", "Lyon", "Bruxelles", "Genève", "Laval", "Toulouse"],
    "ville_fr": ["Toulouse", "Bordeaux", "Grenoble", "Rennes", "Marseille"],
    "ville_qc": ["Montréal", "Québec", "Gatineau", "Laval"],
    "ville_etr": ["Macao", "Dubaï", "Istanbul", "Singapour", "Hong Kong", "Bakou"],
    "ville_conf": ["Lausanne", "Louvain-la-Neuve", "Lyon", "Québec", "Genève", "Liège"],
    "ville_res_fam": ["Chicoutimi", "Rimouski", "Sherbrooke", "Trois-Rivières"],
    "secteur": [
        "l'aérospatiale",
        "les semi-conducteurs",
        "les télécoms",
        "l'énergie nucléaire",
        "la défense navale",
        "l'IA embarquée",
    ],
    "programme": [
        "le programme de drones tactiques",
        "le nouveau radar côtier",
        "la filière hydrogène",
        "le lanceur réutilisable",
        "le réseau 5G de la Défense",
        "la prochaine génération de puces",
    ],
    "entreprise": [
        "Aérolab Systèmes",
        "Novaterm Énergie",
        "Brisval Télécom",
        "Helvoptic SA",
        "Cimara Défense",
        "Lumenor Microélectronique",
    ],
    "entreprise_arnaque": ["Optima Review Group", "Nexalis Digital", "StarRank Partners"],
    "firme_expert": ["Consilia Experts", "Panelys", "Axiome Réseau d'Experts", "Intervia Conseil"],
    "thinktank": [
        "l'Institut Vauban-Lévis",
        "le Centre d'études stratégiques de Namur",
        "l'Observatoire Rhône-Saint-Laurent",
        "le Forum helvétique des politiques publiques",
    ],
    "thinktank_faux": [
        "le Cercle Horizon-Europe",
        "l'Institut Meridia",
        "le Groupe d'études Atlantide",
    ],
    "universite": [
        "l'Université de Bellerive",
        "l'Université Saint-Amand",
        "la Haute École de Vireux",
        "l'Université du Haut-Richelieu",
    ],
    "journal": ["Radio Rive-Sud", "Info Lémanique", "Meuse Matin", "Plateau Hebdo"],
    "montant_eur": ["1 500 €", "2 000 €", "800 €", "2 500 €"],
    "montant_cad": ["1 200 $", "2 000 $", "900 $", "3 500 $"],
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "heure": ["9 h 30", "11 h", "14 h", "16 h 30", "18 h"],
    "hier": ["hier", "ce midi", "lundi", "l'autre soir"],
    "mois": ["mars", "mai", "juin", "septembre", "novembre"],
    "date_num": ["3", "12", "19", "26"],
    "tel_ca": ["514-555-0134", "514-555-0178", "438-555-0112", "514-555-0190"],
    "tel_fr": ["06 00 00 00 12", "06 00 00 00 47", "06 00 00 00 83", "07 00 00 00 25"],
    "app": ["WhatsApp", "Telegram", "Signal", "WeChat"],
    "mail_perso": [
        "jm.conseil@gmail.example.com",
        "l.vasseur@proton.example.net",
        "cabinet.arcand@example.net",
        "analyse.horizon@example.org",
    ],
    "mail_secu": [
        "securite@aerolab.example.fr",
        "surete@novaterm.example.ca",
        "vigilance@brisval.example.be",
        "securite@helvoptic.example.ch",
    ],
    "domaine": [
        "aerolab.example.fr",
        "novaterm.example.ca",
        "brisval.example.be",
        "helvoptic.example.ch",
    ],
    "code": ["4471", "9023", "5518", "6630", "7312"],
    "echeance": ["le Nouvel An", "la fin du mois", "les fêtes", "l'été"],
    "fete": ["les Fêtes", "Pâques", "l'Action de grâce", "le souper de dimanche"],
    "plat": ["la tourtière", "le pâté chinois", "la fondue", "les cretons"],
}

# Openers and closers by register, each pool shared by both classes. Chat exports (their own timestamps) take none.
OPENERS: dict[str, list[str]] = {
    "chat": ["", "", "", "Salut! ", "Coucou! ", "Allo! ", "Hé! "],
    "chat_export": [""],
    "inmail": ["Bonjour,\n\n", "Bonjour,\n\n", "Bonsoir,\n\n", "Bonjour à vous,\n\n", "", ""],
    "email": ["Bonjour,\n\n", "Bonjour,\n\n", "Bonsoir,\n\n", "Bonjour à vous,\n\n", "", ""],
}
CLOSERS: dict[str, list[str]] = {
    "chat": ["", "", "", " 🙂"],
    "chat_export": [""],
    "inmail": [
        "\n\nCordialement,\nMarc-André Tremblay",
        "\n\nBien à vous,\nSophie Delcourt",
        "\n\nMerci et bonne journée,\nYannick Roux",
        "\n\nAu plaisir,\nGeneviève Bouchard",
        "\n\nBelle journée,\nLéa Perrin",
        "\n\nMeilleures salutations,\nUrs Baumann",
    ],
    "email": [
        "",
        "",
        "\n\nEnvoyé de mon téléphone",
        "\n\n--\nPensez à l'environnement avant d'imprimer ce courriel.",
        "\n\nP.-S. Absence vendredi, réponse lundi au plus tard.",
    ],
}

# Stock words whose absence makes a suspicious message "subtle" (checked both ways below).
TELLTALE = re.compile(
    r"whatsapp|wechat|weixin|telegram|signal|gmail|hotmail|proton|zoom|skype|teams|@|client|[$€¥]|usd"
    r"|frais|rémun|payé|payer|paie|paye|honorai|cachet|virement|versement|montant|tarif|interac|dépôt"
    r"|crypto|bitcoin|cadeau|confidenti|secret|classifi|entre nous|discr|comptant|cash|argent|dollar"
    r"|rapport|mandat|commission|dédommag|compens|employeur|adresse perso|compte perso|numéro perso"
    r"|cellulaire|texto|messagerie|appli"
)

Tpl = tuple[str, str, str, str]  # register, stage, categories, text
FAMILIES: list[
    tuple[str, int, str, bool, bool, list[Tpl]]
] = []  # id, label, kind, lookalike, subtle


def family(
    fam: str, label: int, kind: str, lookalike: bool, subtle: bool, templates: list[Tpl]
) -> None:
    FAMILIES.append((fam, label, kind, lookalike, subtle, templates))


# ---------------------------------------------------------------- suspicious (label 1)

family(
    "fr9-s-01-faux-bureau-securite",
    1,
    "fake_security_office",
    False,
    False,
    [
        (
            "chat",
            "pivot",
            "off_platform",
            "Service sécurité ici. Suite à votre signalement, écrivez-nous plutôt sur {app} au {tel_ca}.",
        ),
        (
            "inmail",
            "elicitation",
            "sensitive_info secrecy",
            """Je vous écris de la part de la cellule de sécurité économique du groupe. Votre déclaration de \
contact suspect a bien été reçue. Pour compléter le dossier, nous avons besoin de la liste des projets sur \
lesquels vous travaillez en ce moment, avec leur niveau de classification et les noms de vos interlocuteurs. \
Merci de répondre uniquement à {mail_perso} : la boîte habituelle est en cours d'audit. Inutile d'en parler \
à votre chef pour le moment.""",
        ),
        (
            "email",
            "pivot",
            "off_platform secrecy credential_targeting",
            """Je fais suite à la note que vous avez déposée auprès de notre bureau au sujet du message reçu sur \
LinkedIn la semaine dernière. Merci d'avoir eu le bon réflexe.

Dans ce type de dossier, nous devons agir vite et sans alerter la personne qui vous a écrit. Nous vous \
demandons donc de ne pas en parler à votre hiérarchie ni à vos collègues, et de ne plus utiliser votre \
messagerie professionnelle pour ce sujet : elle pourrait être lue par la personne en cause.

Concrètement :
1. installez {app} et ajoutez le {tel_ca}, c'est la ligne sécurisée de l'équipe d'enquête ;
2. envoyez-y une photo recto verso de votre carte d'habilitation et la liste des programmes auxquels vous \
avez accès ;
3. gardez le contact avec le recruteur, nous vous dirons quoi lui répondre.

Ne répondez pas à ce courriel depuis votre poste : l'adresse de retour n'est pas surveillée. Nous vous \
rappellerons {jour} à {heure}.

{prenom_m} {nom}
Officier de sécurité délégué
Direction de la protection du patrimoine""",
        ),
    ],
)

family(
    "fr9-s-02-pression-famille",
    1,
    "coercion",
    False,
    True,
    [
        (
            "chat",
            "coercion",
            "coercion",
            "Ta mère a eu de la visite hier soir. Ils veulent te voir rentrer avant {echeance}.",
        ),
        (
            "chat_export",
            "coercion",
            "coercion",
            """[21:14] {oncle} : Tu as bien reçu les photos de ta grand-mère ? Elle a beaucoup maigri.
[21:15] {oncle} : Des gens du bureau de quartier sont encore passés. Ils demandent si tu as pensé à revenir.
[21:15] {oncle} : Ils disent que si tu reviens de toi-même, tout se passera bien pour nous ici. Sinon ton \
cousin risque de perdre sa place à l'usine.
[21:17] {oncle} : Réfléchis vite. Ne nous mets pas dans l'embarras.""",
        ),
        (
            "email",
            "coercion",
            "coercion sensitive_info",
            """Je me permets de vous écrire au nom de quelques compatriotes de {ville_natale} installés comme vous \
à {ville_res}. Nous savons que votre père n'est plus tout jeune et que votre sœur attend toujours la réponse \
pour son poste à l'hôpital. Ce sont des choses qui se règlent facilement quand chacun fait un petit effort.

On nous a demandé de mieux connaître la communauté ici. Rien de compliqué : qui fréquente l'association \
culturelle du samedi, qui parle aux journalistes, qui était au rassemblement devant le consulat au \
printemps. Vous connaissez tout le monde, les gens vous font confiance. Une liste de noms avec, si possible, \
les quartiers où ils habitent, suffirait pour commencer.

Votre famille là-bas nous a dit que vous étiez quelqu'un de raisonnable. Nous ne doutons pas que vous \
saurez faire le bon choix, pour eux comme pour vous.

Nous pourrions en parler autour d'un thé {jour}, dans le petit restaurant près de la gare. Je vous \
attendrai à {heure}.

Avec mes salutations fraternelles,
M. {nom_asie}""",
        ),
    ],
)

family(
    "fr9-s-03-relance-non-annonce",
    1,
    "handler_followup",
    False,
    True,
    [
        (
            "chat",
            "elicitation",
            "sensitive_info",
            "Merci pour {hier}. Mes associés espéraient plus sur ce qui n'est pas encore annoncé.",
        ),
        (
            "inmail",
            "elicitation",
            "sensitive_info",
            """Votre présentation de {jour} dernier était claire et bien construite, et je l'ai fait circuler \
autour de moi. Les personnes avec qui je travaille ont tout de même une petite frustration : tout ce que \
vous avez montré figure déjà sur le site internet de votre entreprise. Ce qui les aiderait vraiment, ce serait de \
comprendre où en sont les essais qui n'ont pas encore été présentés, et pourquoi le calendrier a glissé. \
Même quelques lignes, à votre façon, seraient précieuses.""",
        ),
        (
            "email",
            "elicitation",
            "sensitive_info credential_targeting",
            """Je reviens vers vous après notre échange au salon de {ville_conf}. J'ai relu vos notes avec \
attention ; elles correspondent exactement à ce que cherchent les personnes que j'accompagne, qui suivent \
de près {secteur}.

Je me permets d'être franc : la partie publique, nous la connaissons. Les communiqués, les présentations \
aux investisseurs, les articles de presse, tout cela a déjà été lu et annoté. Ce qui manque, c'est la vue \
de l'intérieur : les arbitrages qui se discutent en ce moment dans votre équipe, les fournisseurs qui \
pourraient être écartés, les résultats des essais de l'automne avant qu'ils ne soient lissés pour la \
communication officielle.

Vous n'avez pas à m'envoyer de documents. Une conversation suffit, ou une page écrite de votre main avec \
vos impressions. Vous restez libre de ne parler que de ce qui vous semble raisonnable.

Je serai à {ville_res} la semaine du {date_num}. Dites-moi quel soir vous conviendrait, je m'adapte \
entièrement à votre emploi du temps.

Au plaisir de vous relire,
{prenom_m} {nom}""",
        ),
    ],
)

family(
    "fr9-s-04-taches-en-ligne",
    1,
    "task_scam",
    False,
    False,
    [
        (
            "chat",
            "job_scam",
            "job_scam unusual_payment",
            "Tâche 3 validée ✅ Pour débloquer vos gains, un dépôt de {montant_eur} en USDT est requis.",
        ),
        (
            "inmail",
            "job_scam",
            "job_scam off_platform",
            """Suite à votre candidature sur Indeed, votre profil a été retenu pour un poste d'évaluateur·rice en \
ligne chez {entreprise_arnaque}, à domicile, une à deux heures par jour. Le travail consiste à noter des \
applications et des hôtels pour améliorer leur référencement. Rémunération : entre 120 et 300 € par jour \
selon votre niveau. Pour activer votre compte de formation, contactez notre coordinatrice sur {app} au \
{tel_fr} en indiquant le code FR-{code}.""",
        ),
        (
            "email",
            "job_scam",
            "job_scam unusual_payment secrecy",
            """Félicitations pour vos trois premières journées chez {entreprise_arnaque} : vous avez validé \
38 tâches sur 40 et votre solde affiche déjà 412,60 €.

Comme expliqué par votre mentor, vous venez de tomber sur une « combinaison premium ». C'est une bonne \
nouvelle : ces commandes rapportent cinq fois plus que les tâches ordinaires. Elles demandent simplement \
que votre compte soit provisionné avant d'être traitées, ce qui explique le solde négatif temporaire \
(-{montant_eur}) que vous voyez à l'écran.

Pour débloquer la combinaison et retirer l'ensemble de vos gains, il suffit d'effectuer un dépôt du même \
montant en USDT (réseau TRC20) sur l'adresse de portefeuille indiquée dans votre espace. Le retrait \
complet, commissions comprises, est ensuite traité en moins de 24 heures.

Attention : le dépôt doit être fait avant {jour} minuit, sinon la combinaison expire et le solde est gelé. \
Pour des raisons de concurrence, merci de ne pas parler de la plateforme à votre entourage ni à votre \
banque, qui ne connaît pas ce type de rémunération.

Votre mentor reste disponible sur {app}.

Service de mentorat
{entreprise_arnaque}""",
        ),
    ],
)

family(
    "fr9-s-05-ami-de-passage",
    1,
    "fake_acquaintance",
    False,
    True,
    [
        (
            "chat",
            "meeting",
            "client_meeting",
            "Tu passes à {ville_etr} en {mois} ? Mon ami t'invite, billets et hôtel pris en charge.",
        ),
        (
            "inmail",
            "meeting",
            "client_meeting sensitive_info",
            """Depuis notre dîner à {ville_conf}, j'ai parlé de vous à un ami qui dirige un groupe \
d'investissement à {ville_etr}. Il a été très impressionné par ce que vous m'avez raconté sur {programme}. \
Il aimerait vous recevoir quelques jours, en toute simplicité : vol, hôtel et repas sont à sa charge, vous \
n'avez rien à avancer. Il voudrait surtout entendre votre avis sur ce qui se prépare chez vous pour l'an \
prochain. Est-ce que {mois} vous irait ?""",
        ),
        (
            "email",
            "meeting",
            "client_meeting sensitive_info credential_targeting",
            """Je te réponds enfin, pardon pour le délai : la fin de trimestre a été rude.

J'ai parlé à mon associé de notre conversation de l'autre soir. Il est vraiment intéressé. Il organise une \
petite rencontre à {ville_etr} en {mois}, une dizaine de personnes triées sur le volet, des ingénieurs et \
quelques anciens hauts fonctionnaires. Il m'a demandé si tu pouvais venir. Les billets en classe affaires, \
l'hôtel et un chauffeur sont prévus, il s'occupe de tout ; tu n'aurais qu'à poser trois jours.

Pour préparer, il aimerait que tu viennes avec quelques idées sur la façon dont ton équipe voit la suite : \
les choix techniques qui ne sont pas encore arrêtés, les partenaires étrangers envisagés, le calendrier réel \
plutôt que celui des communiqués. Rien d'écrit, juste une discussion franche entre gens du métier, dans un \
cadre agréable.

Il tient aussi à ce que ce soit simple : pas besoin de passer par tes services pour un voyage privé, ce sont \
des congés. Dis-moi vite si tu es partant, les places partent vite.

Amitiés,
{prenom_m}""",
        ),
    ],
)

family(
    "fr9-s-06-recruteur-cite-la-dgsi",
    1,
    "fake_recruiter",
    False,
    False,
    [
        (
            "chat",
            "pivot",
            "off_platform credential_targeting",
            "La DGSI le conseille : évitons LinkedIn. On continue sur {app} ? Poste habilité à {ville_res}.",
        ),
        (
            "inmail",
            "contact",
            "credential_targeting off_platform vague_client",
            """Vous recevez sans doute des mises en garde sur les faux recruteurs, et vous avez raison d'être \
prudent·e. Nous travaillons nous-mêmes dans le respect des recommandations de l'ANSSI et de la DGSI. C'est \
justement pour cette raison que je vous propose de poursuivre sur {app} ({tel_fr}), bien plus sûr qu'une \
plateforme publique. Mon client, un groupe international actif dans {secteur}, recherche des profils \
titulaires d'une habilitation Secret. Package très au-dessus du marché.""",
        ),
        (
            "email",
            "contact",
            "credential_targeting off_platform vague_client secrecy",
            """Merci pour votre réponse, et pour votre prudence : c'est exactement l'attitude que nous attendons \
des candidats que nous présentons.

Pour vous rassurer, notre cabinet applique à la lettre les bonnes pratiques diffusées par les services de \
sécurité (la campagne « Think Before You Link », par exemple). Nous ne demandons jamais de documents \
classifiés. C'est aussi pour cela que nous préférons quitter LinkedIn, dont les messages sont lus par \
n'importe qui : je vous propose de poursuivre sur {app}, au {tel_fr}, ou sur votre adresse personnelle si \
vous préférez.

Le poste : direction technique d'un programme dans {secteur}, pour un client étranger que je ne peux pas \
nommer avant la deuxième étape. Rémunération nette de l'ordre de 180 000 € par an, logement pris en charge.

Pour avancer, il me faudrait votre niveau d'habilitation exact, la date de votre dernière enquête et un \
court descriptif des projets sur lesquels vous êtes affecté·e aujourd'hui. Inutile d'en informer votre \
employeur à ce stade ; c'est l'usage dans notre profession tant que rien n'est signé.

Bien cordialement,
{prenom_f} {nom}
Associée, Vantrel Executive Search""",
        ),
    ],
)

family(
    "fr9-s-07-notes-de-synthese",
    1,
    "fake_think_tank",
    False,
    True,
    [
        (
            "chat",
            "paid_task",
            "paid_task",
            "Votre note nous a plu. Une suite sur {programme} ? Nous saurons vous remercier.",
        ),
        (
            "inmail",
            "paid_task",
            "paid_task sensitive_info",
            """Notre institut, {thinktank_faux}, prépare une série de notes de synthèse sur {secteur} en Europe. Nous cherchons \
des praticiens plutôt que des universitaires. Il s'agirait de quatre à cinq pages par trimestre, sous \
pseudonyme si vous le souhaitez, avec une attention particulière aux choix de fournisseurs et aux décisions \
en cours de discussion chez vous. Nous savons reconnaître le temps que les gens nous consacrent, et de façon \
généreuse. Les notes ne sont pas publiées : elles servent à nos partenaires.""",
        ),
        (
            "email",
            "paid_task",
            "paid_task sensitive_info secrecy",
            """Merci encore pour le temps accordé au téléphone {jour}. Comme promis, je vous précise notre façon \
de travailler.

Notre maison, {thinktank_faux}, réunit une petite équipe qui conseille des partenaires industriels et publics sur ce qui \
change dans {secteur}. Nous ne publions rien : nos notes vont à un cercle très restreint, ce qui nous \
permet d'aller plus loin que les études habituelles.

Ce que nous attendons de vous : une note de quatre pages toutes les six semaines. Les premiers sujets \
seraient les retards éventuels sur {programme}, la position réelle de votre direction sur les partenariats \
étrangers, et ce qui se dit en comité sur le budget de l'an prochain. Vos propres mots suffisent ; inutile \
de joindre des pièces.

De notre côté, chaque note sera reconnue à sa juste valeur, sous la forme qui vous conviendra le mieux. \
Nous l'avons fait pour d'autres, y compris de façon indirecte quand c'était plus simple pour eux.

Nous préférons que cette collaboration reste hors de votre cadre professionnel : vos collègues n'ont pas \
besoin de savoir que vous nous aidez.

Bien à vous,
{prenom_f} {nom}
Directrice des études""",
        ),
    ],
)

family(
    "fr9-s-08-faux-avocat",
    1,
    "fake_lawyer",
    False,
    False,
    [
        (
            "chat",
            "secrecy",
            "secrecy sensitive_info",
            "Me {nom}, avocat. Votre dossier de signalement est sensible : n'en parlez plus à votre employeur.",
        ),
        (
            "inmail",
            "secrecy",
            "secrecy sensitive_info unusual_payment",
            """Notre cabinet a été mandaté pour vous accompagner après l'approche que vous avez déclarée à votre \
service de sécurité. Pour préparer votre défense, transmettez-nous directement, à {mail_perso}, les \
messages échangés, votre attestation d'habilitation et les documents de travail que vous aviez évoqués avec \
la personne qui vous a contacté. Ne mettez pas votre hiérarchie en copie : votre employeur est partie \
prenante et ses intérêts ne sont pas les vôtres. Provision de 400 € à régler en carte cadeau, précisions \
à suivre.""",
        ),
        (
            "email",
            "secrecy",
            "secrecy sensitive_info unusual_payment",
            """Je comprends vos hésitations, elles sont légitimes. Permettez-moi de clarifier.

Le bureau de sécurité de votre entreprise a pour mission de protéger l'entreprise, pas vous. Dans les \
dossiers d'approche étrangère que nous traitons, il arrive que le salarié qui a fait le signalement se \
retrouve ensuite suspecté à son tour. C'est pourquoi nous recommandons de constituer dès maintenant votre \
propre dossier, en dehors des circuits internes.

Il me faut pour cela : les captures de vos échanges avec le recruteur, la copie de votre habilitation, et \
les notes techniques dont vous lui aviez parlé, afin que nous puissions démontrer qu'elles ne contenaient \
rien de classifié. Envoyez le tout à {mail_perso} ; n'utilisez pas la messagerie du travail.

Nos honoraires d'ouverture de dossier ({montant_eur}) peuvent être réglés en cryptomonnaie ou en cartes \
prépayées, pour que rien n'apparaisse sur vos relevés.

Cordialement,
Me {prenom_m} {nom}
Cabinet {nom} & Associés, avocats au barreau de Bruxelles

> Bonjour Maître,
> Merci de votre message, mais j'ai déjà tout remis au bureau de sécurité chez {entreprise}. Est-ce \
vraiment nécessaire ?""",
        ),
    ],
)

family(
    "fr9-s-09-apres-le-signalement",
    1,
    "handler_followup",
    False,
    True,
    [
        (
            "chat",
            "secrecy",
            "secrecy",
            "J'ai su {hier} que tu avais parlé de nous au bureau. Pas grave. On reprend, sans eux?",
        ),
        (
            "inmail",
            "secrecy",
            "secrecy",
            """On m'a fait comprendre que vous aviez évoqué nos échanges avec les gens de la sécurité. Je ne vous \
en veux pas : c'est leur travail de poser des questions, et le vôtre d'y répondre. Cela dit, je trouve \
dommage de s'arrêter là. Nous pourrions reprendre plus simplement, sans passer par eux, et sans laisser de \
trace sur le réseau de l'entreprise. Vous savez où me trouver : même café, {jour}, vers {heure}.""",
        ),
        (
            "email",
            "secrecy",
            "secrecy sensitive_info",
            """Je voulais vous écrire depuis quelques jours.

J'ai appris par un ami commun que notre dernière conversation avait été racontée à votre service de \
sécurité, et qu'on vous avait demandé de ne plus me répondre. Je le comprends. Ils font ce qu'ils doivent \
faire, et vous aussi. Je ne suis pas fâché.

Je voudrais simplement vous rassurer : je ne vous ai jamais rien demandé d'extraordinaire. Des \
impressions, des tendances, ce que tout le monde pense dans les couloirs. Vous avez sans doute raconté les \
choses de façon un peu plus inquiétante qu'elles ne l'étaient, et c'est normal quand on est interrogé.

Si vous le voulez bien, nous pourrions repartir sur des bases plus légères. Il suffirait de ne pas \
mentionner nos prochaines rencontres ; ce que deux personnes se disent autour d'un café ne regarde \
qu'elles. De mon côté, je continuerai à aider votre fils pour son projet à {ville_etr}, comme promis.

Je serai au même endroit {jour} prochain, à {heure}. Si vous ne venez pas, je comprendrai, et je ne vous \
écrirai plus.

{prenom_m}""",
        ),
    ],
)

family(
    "fr9-s-10-reglement-par-un-proche",
    1,
    "handler_followup",
    False,
    False,
    [
        (
            "chat",
            "payment",
            "unusual_payment",
            "Pour ta note de {jour}, je fais le virement à ta sœur à {ville_natale}, plus simple non ?",
        ),
        (
            "inmail",
            "payment",
            "unusual_payment paid_task",
            """Bonne nouvelle : mes associés ont beaucoup apprécié votre dernière analyse. Comme convenu, la \
rémunération de {montant_eur} ne passera pas par votre banque, pour vous éviter des questions. Trois \
options : des cartes cadeaux (codes envoyés par courriel), de l'USDT sur le portefeuille de votre choix, ou \
un versement à un membre de votre famille à l'étranger. Dites-moi ce que vous préférez et je lance le \
paiement {jour}.""",
        ),
        (
            "email",
            "payment",
            "unusual_payment paid_task secrecy sensitive_info",
            """Je fais suite à votre question sur le règlement de votre étude sur {secteur}.

Notre comptabilité ne peut pas émettre de virement vers une banque canadienne pour ce type de prestation : \
cela créerait une trace fiscale inutile, pour vous comme pour nous. Nous vous proposons donc l'une des \
solutions que nos autres consultants utilisent sans difficulté :

- des espèces remises en main propre lors de votre prochain passage à {ville_etr} (nous prendrons aussi \
le billet en charge) ;
- un transfert vers le compte d'un proche, au pays ou ailleurs, au nom de votre choix ;
- un paiement en bitcoin ou en USDT, en trois tranches pour rester sous les seuils de déclaration.

Le montant total s'élève à {montant_cad}, auquel s'ajoute une prime si la seconde partie de l'étude inclut \
les éléments dont nous avions parlé (les résultats non publiés et les noms des sous-traitants).

Merci de ne pas mentionner ces arrangements à votre employeur ni à votre comptable. Nous restons à votre \
disposition pour en parler de vive voix.

Salutations distinguées,
{prenom_f} {nom}
Service administratif, Horizon Analyse Conseil""",
        ),
    ],
)

family(
    "fr9-s-11-forum-tout-compris",
    1,
    "fake_conference",
    False,
    False,
    [
        (
            "chat",
            "meeting",
            "client_meeting vague_client",
            "Forum à {ville_etr}, vol et hôtel offerts. Mon client veut une heure en privé avec vous.",
        ),
        (
            "inmail",
            "meeting",
            "client_meeting paid_task vague_client",
            """Au nom du comité d'organisation du Sommet international des technologies de rupture, nous avons \
le plaisir de vous inviter comme intervenant·e à {ville_etr}, à partir du {date_num} {mois}. Vols en classe \
affaires, hôtel cinq étoiles et honoraires de 5 000 € sont couverts. En marge du sommet, un de nos \
partenaires, un client industriel, souhaite un entretien privé de deux heures avec vous sur les orientations \
à venir de votre laboratoire. Ce rendez-vous ne figurera pas au programme officiel.""",
        ),
        (
            "email",
            "meeting",
            "client_meeting vague_client secrecy off_platform",
            """Merci d'avoir accepté notre invitation au Forum Asie-Europe sur l'innovation, qui se tiendra à \
{ville_etr} à partir du {date_num} {mois} (les dates exactes vous seront confirmées).

Quelques précisions pratiques. Votre billet en classe affaires, l'hôtel pour cinq nuits et un chauffeur \
sont entièrement pris en charge par nos partenaires. Une enveloppe de 3 000 € vous sera remise sur place, \
en espèces, pour vos frais de séjour ; il n'est pas nécessaire de la déclarer, il s'agit d'un défraiement.

Votre intervention en séance plénière sera courte (quinze minutes, sans support écrit). Le véritable \
intérêt du déplacement est le dîner privé du deuxième soir : notre principal client souhaite y entendre \
votre point de vue sur les travaux en cours dans votre équipe, y compris ceux qui n'ont pas encore été \
publiés.

L'invitation vous est adressée à titre personnel : inutile d'en faire part à votre institution ni de passer \
par son service des voyages. Pour la logistique, notre coordinatrice vous contactera sur WeChat ; merci de \
lui communiquer votre identifiant en réponse à ce message.

Avec nos salutations distinguées,
{prenom_f} {nom_asie}
Bureau des relations internationales du Forum""",
        ),
    ],
)

family(
    "fr9-s-12-faux-registre-habilites",
    1,
    "fake_awareness_team",
    False,
    True,
    [
        (
            "chat",
            "elicitation",
            "credential_targeting sensitive_info",
            "Équipe sensibilisation : merci de nous lister les collègues habilités de ton service avant {jour}.",
        ),
        (
            "inmail",
            "elicitation",
            "credential_targeting sensitive_info",
            """Dans le cadre de la campagne annuelle de sensibilisation aux approches étrangères, notre équipe met \
à jour le registre des personnes exposées. Merci de compléter le tableau ci-dessous pour votre service : \
nom, fonction, niveau d'habilitation, programmes suivis, et déplacements prévus à l'étranger d'ici la fin de \
l'année. Répondez simplement à ce message avant {jour} ; il n'est pas utile de mettre votre responsable en \
copie, nous le tiendrons informé.""",
        ),
        (
            "email",
            "elicitation",
            "credential_targeting sensitive_info",
            """Comme chaque année, l'équipe Protection et sensibilisation lance sa campagne auprès des personnels \
exposés. Les services de renseignement constatent une nette hausse des approches visant les ingénieurs qui travaillent \
dans {secteur} : faux recruteurs, invitations à l'étranger, demandes d'avis « purement techniques ».

Pour adapter nos séances, nous avons besoin de mieux connaître votre environnement. Merci de nous \
retourner, avant {jour} prochain :

1. la liste des membres de votre équipe titulaires d'une habilitation, avec leur niveau ;
2. le nom de code et l'état d'avancement des projets sur lesquels ils travaillent ;
3. les dates des prochains essais ou livraisons prévus ;
4. une photo de votre badge d'accès, recto verso, pour vérifier les zones auxquelles vous accédez.

Ces éléments ne sortiront pas de notre équipe. Pour ne pas surcharger les circuits habituels, répondez \
directement à ce message, sans passer par le responsable sécurité de votre site, qui recevra une synthèse.

Merci de votre vigilance,
{prenom_f} {nom}
Équipe Protection et sensibilisation""",
        ),
    ],
)

family(
    "fr9-s-13-consultant-et-son-client",
    1,
    "fake_consultant",
    False,
    False,
    [
        (
            "chat",
            "paid_task",
            "paid_task vague_client off_platform",
            "Mon client paie {montant_eur} par rapport d'analyse. On en parle sur {app} ?",
        ),
        (
            "inmail",
            "paid_task",
            "paid_task vague_client off_platform",
            """Je représente un cabinet de conseil qui accompagne un client asiatique intéressé par {secteur}. \
Nous recherchons des experts capables de rédiger de courts rapports (5 à 10 pages) sur les tendances du \
marché et les projets en cours dans votre organisation. Rémunération : {montant_eur} par rapport, plus une \
prime si les informations ne sont pas encore publiques. Ajoutez-moi sur WeChat (id : horizon_{code}) pour \
que je vous envoie le premier sujet.""",
        ),
        (
            "email",
            "paid_task",
            "paid_task vague_client off_platform sensitive_info",
            """Merci pour votre réponse rapide et pour vos questions, tout à fait normales.

Mon client est un groupe d'investissement qui préfère rester discret à ce stade ; je peux simplement vous \
dire qu'il est basé en Asie et qu'il suit de près {programme}. Il ne cherche pas un consultant à temps \
plein, seulement des rapports ponctuels, rédigés par des gens qui voient les choses de l'intérieur.

Pour le premier rapport, il aimerait une dizaine de pages sur les difficultés techniques rencontrées cette \
année, les décisions budgétaires à venir et les noms des principaux sous-traitants. Rien de classifié, bien \
sûr : juste ce qui se dit en interne et qu'on ne trouve pas dans la presse. Les honoraires sont de \
{montant_eur} pour ce premier travail, puis nous verrons pour un rythme mensuel.

Pour la suite, je vous propose de passer sur WeChat ou sur {mail_perso} : ce sera plus pratique que \
LinkedIn pour échanger des fichiers.

Bien à vous,
{prenom_m} {nom}
Senior Partner, Horizon Analyse Conseil

> Bonjour, merci pour votre proposition. Pourriez-vous préciser qui est votre client et à quoi serviront \
ces documents ?""",
        ),
    ],
)

family(
    "fr9-s-14-faux-quiz-formation",
    1,
    "fake_awareness_team",
    False,
    True,
    [
        (
            "chat",
            "elicitation",
            "sensitive_info",
            "Quiz sécurité : date du prochain essai sur {programme} ? Réponds ici.",
        ),
        (
            "inmail",
            "elicitation",
            "sensitive_info credential_targeting",
            """Module 3 de la formation « Vigilance face aux approches » : merci de répondre aux questions \
suivantes pour valider votre participation.
Q1. Quel est le nom de code de votre projet principal ?
Q2. Quels partenaires étrangers sont envisagés pour la prochaine phase ?
Q3. À quelle date est prévue la prochaine revue de sûreté de votre site ?
Répondez en texte libre avant {jour} soir. Les réponses servent à calibrer la difficulté des cas \
pratiques.""",
        ),
        (
            "email",
            "elicitation",
            "sensitive_info credential_targeting",
            """Merci d'avoir suivi la première séance du parcours de sensibilisation. Comme annoncé, la deuxième \
séance repose sur des cas pratiques construits à partir de vos situations réelles : c'est ce qui rend \
l'exercice utile.

Pour préparer votre cas, merci de nous décrire en une page :
- le projet sur lequel vous travaillez, avec son nom de code et son calendrier réel (pas celui annoncé \
publiquement) ;
- les difficultés techniques en cours et les solutions envisagées ;
- les personnes de votre équipe qui ont accès aux données d'essai, avec leur rôle ;
- vos déplacements prévus à l'étranger dans les six prochains mois.

Nous nous en servirons pour écrire un scénario d'approche crédible : un faux recruteur qui connaîtrait \
exactement ces éléments. Plus votre description est précise, plus l'exercice sera réaliste.

Envoyez votre réponse par retour de courriel, sans copie à votre direction, avant {jour} {heure}. Les \
séances suivantes auront lieu à {ville_res}.

Merci de votre participation,
{prenom_f} {nom}
Cellule formation et prévention""",
        ),
    ],
)

family(
    "fr9-s-15-chasseur-trop-curieux",
    1,
    "fake_headhunter",
    False,
    True,
    [
        (
            "chat",
            "contact",
            "credential_targeting",
            "Votre parcours sur {programme} m'intéresse beaucoup. Toujours dans l'équipe essais ?",
        ),
        (
            "inmail",
            "contact",
            "credential_targeting sensitive_info",
            """Votre profil a retenu toute mon attention : peu d'ingénieurs ont votre expérience sur {programme}. \
J'accompagne un groupe industriel qui se développe vite et qui aimerait comprendre comment les équipes comme \
la vôtre sont organisées. Avant de parler d'un poste, pourriez-vous me décrire votre périmètre actuel, la \
taille de l'équipe, les partenaires avec lesquels vous travaillez et ce qui est prévu pour les deux \
prochaines années ? Cela m'aidera à cibler la bonne opportunité.""",
        ),
        (
            "email",
            "contact",
            "credential_targeting sensitive_info",
            """Je me permets de vous relancer, car votre nom revient souvent lorsque je parle de {secteur} avec des \
gens du métier. Votre intervention à {ville_conf} l'an dernier a beaucoup circulé.

Je travaille pour un groupe industriel en forte croissance, qui investit massivement dans votre domaine et \
prépare plusieurs recrutements de direction. Je ne peux pas encore vous en dire plus sur son identité, mais \
les conditions seraient à la hauteur de votre parcours, avec une installation à l'étranger possible pour \
votre famille.

Pour que je puisse défendre votre candidature, j'aurais besoin de comprendre précisément ce que vous faites \
aujourd'hui :
- l'organisation de votre équipe et les noms des personnes clés ;
- les jalons des deux prochaines années sur {programme} ;
- les technologies que votre direction envisage d'abandonner ou d'acquérir ;
- la date de renouvellement de votre habilitation.

Pas besoin de CV à ce stade, une réponse libre suffit. Nous pourrions ensuite déjeuner lors de mon passage \
à {ville_res}.

Bien à vous,
{prenom_m} {nom}
Partner, Stellion Talent""",
        ),
    ],
)

# ---------------------------------------------------------------- benign (label 0)

family(
    "fr9-b-01-famille-quebec",
    0,
    "family_chat",
    True,
    False,
    [
        ("chat", "none", "", "Maman demande si tu viens pour {fete}, elle fait {plat} 😊"),
        (
            "chat_export",
            "none",
            "",
            """[18:02] Maman : Allo mon grand, ton père a eu ses résultats, c'est correct, pas d'inquiétude
[18:03] Maman : On se demandait quand tu viens à {ville_res_fam}? Ta grand-mère parle juste de ça
[18:05] Moi : Je regarde les billets ce soir, probablement en {mois}
[18:05] Maman : Parfait! Envoie-moi les dates sur WhatsApp, je vais le dire à tout le monde
[18:06] Maman : Pis ton oncle veut savoir si tu travailles encore sur les avions 😄""",
        ),
        (
            "email",
            "none",
            "",
            """Je t'écris ici parce que le groupe WhatsApp de la famille part dans tous les sens et je voulais \
qu'on ait les choses au clair avant de réserver.

Papa sort de l'hôpital {jour}. Le médecin dit que ça va bien aller, mais il ne pourra pas conduire pendant \
six semaines. J'ai pensé qu'on pourrait se relayer : moi la première quinzaine, toi la deuxième si ta job te \
laisse partir, et {prenom_m} à la fin du mois.

Pour les billets d'avion, je peux avancer l'argent si c'est plus simple pour toi, tu me rembourseras par \
Interac quand tu pourras. Maman insiste pour payer l'essence et l'épicerie, inutile de discuter avec elle, \
tu la connais.

Autre chose : ne parle pas encore à maman de l'idée de la résidence pour aînés. On en discutera tous \
ensemble quand tu seras là, de vive voix, c'est mieux comme ça.

Dis-moi tes dates dès que tu les as. Et appelle papa ce soir, ça va lui faire plaisir.

Bisous,
{prenom_f}""",
        ),
    ],
)

family(
    "fr9-b-02-mariage-au-pays",
    0,
    "family_chat",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Tu peux envoyer {montant_eur} à tata pour le mariage de {prenom_f} ? Je te rends lundi.",
        ),
        (
            "chat_export",
            "none",
            "",
            """[20:41] Tata {tata} : Salam les enfants, le mariage de {prenom_f} est confirmé pour le 12 août au bled 🎉
[20:42] Tata {tata} : Ceux qui viennent de France, dites-moi vite pour les chambres
[20:44] Karim : On sera 4, on arrive le 9. Je fais le virement pour la salle ce soir
[20:45] Tata {tata} : Qu'Allah vous garde. Et ne dites rien à la mariée pour la surprise du henné 🤫""",
        ),
        (
            "email",
            "none",
            "",
            """Je te fais un petit point avant ton départ pour Hanoï, parce que ma mère m'appelle trois fois par \
jour à ce sujet.

1. Le mariage de {prenom_f} : cérémonie le samedi matin chez les parents du marié, puis banquet le soir. \
Tenue correcte, pas de blanc. Grand-mère tient absolument à ce que tu fasses un discours, en vietnamien si \
possible (bon courage).

2. L'argent pour grand-mère : comme chaque année, on se partage ses médicaments. J'ai fait mon transfert \
Western Union hier ; tu peux faire le tien avant de partir, ou lui remettre en liquide sur place, elle \
préfère.

3. Les enveloppes rouges pour les mariés : on avait dit la même somme pour tous les cousins, pour éviter \
les histoires. Je t'envoie le chiffre par message.

4. L'oncle Hùng voudra encore te parler de ton travail chez {entreprise}. Il est juste fier, ne le prends \
pas mal, et ne te sens pas obligé de répondre à tout.

Bon voyage, embrasse tout le monde pour moi.
{prenom_m}""",
        ),
    ],
)

family(
    "fr9-b-03-fete-surprise",
    0,
    "surprise_party",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Chut, entre nous : pot surprise pour {prenom_f} {jour} à {heure}, ne lui dites rien !",
        ),
        (
            "inmail",
            "none",
            "",
            """Petit message discret, à ne surtout pas transférer à {prenom_m} : il part à la retraite fin \
{mois} et on lui prépare une fête surprise {jour} soir au bistrot d'en face. Participation libre pour le \
cadeau (cagnotte en ligne, lien dans le groupe WhatsApp de l'équipe). Si quelqu'un peut l'occuper entre \
17 h et 17 h 30 avec une fausse réunion, ce serait parfait. Gardez ça entre nous jusqu'au bout !""",
        ),
        (
            "email",
            "none",
            "",
            """Objet de ce message volontairement vague, vous comprendrez pourquoi.

Comme vous le savez (ou pas encore), {prenom_f} fête ses vingt ans de maison le mois prochain. Les RH nous \
ont donné leur accord pour organiser quelque chose dans la grande salle du 4e, {jour} {date_num} {mois} à \
partir de 17 h 30. C'est une surprise totale : merci de ne rien dire, de ne rien laisser traîner sur \
l'agenda partagé, et de ne pas répondre à ce courriel en mettant tout le service en copie (ça arrive).

Ce qu'il nous faut :
- des photos anciennes d'elle en mission ou en séminaire, à m'envoyer sur mon adresse perso pour le \
diaporama (elle lit parfois par-dessus mon épaule au bureau) ;
- une participation pour le cadeau, 10 à 15 € par personne, versement sur la cagnotte dont je mets le lien \
sur le groupe WhatsApp ;
- un volontaire pour l'emmener à une « réunion client » bidon à 17 h, le temps qu'on installe.

Son mari est dans la confidence et viendra avec les enfants.

Merci à tous, et motus !
{prenom_m}
Assistant de direction""",
        ),
    ],
)

family(
    "fr9-b-04-chasseur-insistant",
    0,
    "coworker_channel",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "LOL le chasseur de têtes m'a encore relancé, il veut passer sur {app} 🙄 je l'ai signalé",
        ),
        (
            "chat_export",
            "none",
            "",
            """[11:02] Julie : Vous aussi vous avez eu le gars de « Vantage Talents » qui promet 200k et veut votre numéro perso ?
[11:03] {prenom_m} : Oui 😂 trois InMails en une semaine. Il appelle ça « une opportunité confidentielle pour un client prestigieux »
[11:04] Julie : C'est mot pour mot les exemples du bulletin de la sécu
[11:05] {prenom_m} : Je l'ai transféré à securite@{domaine} comme ils disent. Café ?""",
        ),
        (
            "email",
            "none",
            "",
            """Je partage pour la science (et pour rire un peu un {jour} matin). Voici la quatrième relance de mon \
admirateur LinkedIn :

> « Cher expert, votre profil exceptionnel correspond parfaitement à mon client, un groupe international
> très généreux. Il s'agit de rédiger quelques rapports, rien de confidentiel, payés en USDT pour plus de
> flexibilité. Pour plus de confort, continuons sur Telegram. Inutile d'en parler à votre employeur ! »

Je lui ai répondu que j'étais très touché mais que ma seule flexibilité, c'est le yoga du mardi.

Blague à part : j'ai fait une capture, je l'ai envoyée à la sûreté comme on nous l'a demandé en formation, \
et {prenom_f} m'a confirmé qu'ils avaient déjà reçu le même message pour deux autres personnes de l'étage. \
Si vous l'avez reçu aussi, ne répondez pas et transférez-le à {mail_secu}, ça les aide à faire le lien.

Et si quelqu'un sait comment on bloque définitivement un profil sur l'appli mobile, je suis preneur, le \
bonhomme change de nom tous les trois jours.

{prenom_m}
Ingénieur fiabilité, équipe propulsion""",
        ),
    ],
)

family(
    "fr9-b-05-slides-du-ca",
    0,
    "coworker_channel",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Tu peux m'envoyer le brouillon des slides du CA avant {jour} ? Sur Teams stp, c'est interne.",
        ),
        (
            "chat_export",
            "none",
            "",
            """[09:14] {prenom_f} : Salut, t'as la dernière version des chiffres internes pour le comité de {jour} ?
[09:15] Moi : Oui, mais c'est encore confidentiel, je te la mets dans le canal privé de l'équipe
[09:16] {prenom_f} : Parfait. Pas par courriel stp, la DG veut que tout reste sur SharePoint
[09:16] {prenom_f} : Et on garde ça pour nous jusqu'à l'annonce officielle, ok ?""",
        ),
        (
            "email",
            "none",
            "",
            """Petit point d'organisation avant le conseil d'administration de {jour} {date_num} {mois}.

La présentation au conseil comprend cette fois les résultats provisoires du trimestre et le projet \
d'acquisition dont nous avons parlé en comité de direction. Tant que l'annonce n'est pas faite, ces \
éléments sont des informations privilégiées : ils ne sortent pas du groupe de travail, même pas vers nos \
équipes.

Concrètement :
- le brouillon des slides reste dans le dossier SharePoint « CA-{mois} », accès limité aux six personnes \
en copie ;
- pas d'envoi en pièce jointe, pas d'impression hors de la salle du conseil, pas de copie sur clé USB ;
- nos échanges se font sur le canal Teams dédié, pas sur WhatsApp ni par texto, même pour une question \
rapide ;
- {prenom_f}, pourrais-tu m'envoyer ta partie (slides 12 à 18) avant jeudi midi ? Je fais la relecture \
d'ensemble vendredi.

Le service juridique nous rappelle que la période d'abstention pour les opérations sur titres commence dès \
aujourd'hui pour tous les destinataires de ce message.

Merci à tous,
{prenom_m} {nom}
Secrétaire général""",
        ),
    ],
)

family(
    "fr9-b-06-quiz-vigilance",
    0,
    "security_awareness",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Quiz : un recruteur inconnu propose {app} dès le 2e message. Signal d'alerte ? Oui !",
        ),
        (
            "inmail",
            "none",
            "",
            """Quiz sensibilisation n° {code}, vrai ou faux ?
1. « Je vous propose de continuer sur WeChat, c'est plus pratique. » Un recruteur sérieux écrit ça dès le \
premier message. → Faux : méfiez-vous d'une bascule immédiate.
2. « Mon client paie 2 000 € par rapport, rien de classifié. » → Signal d'alerte majeur.
3. « N'en parlez pas à votre employeur. » → À signaler sans attendre.
Réponses commentées à la séance de {jour}.""",
        ),
        (
            "email",
            "none",
            "",
            """Merci aux 214 personnes qui ont répondu au quiz de vigilance du mois. Voici les bonnes réponses et \
les pièges qui ont fait tomber le plus de monde.

Question 2 (seulement 41 % de bonnes réponses) : « Un consultant vous propose 1 500 € pour un rapport de \
dix pages sur les tendances de votre secteur, pour un client qui souhaite rester anonyme. Rien de \
confidentiel. » Beaucoup ont répondu « acceptable ». C'est pourtant le schéma décrit par le SCRS et le FBI : \
un travail payé, un client sans nom, puis des questions de plus en plus précises sur ce qui n'est pas \
public.

Question 5 (62 %) : « Après deux messages sur LinkedIn, la personne vous demande votre WhatsApp ou une \
adresse Gmail. » Ce n'est pas grave en soi, beaucoup de vrais recruteurs passent au téléphone. Ce qui doit \
alerter, c'est la combinaison : bascule rapide, flatterie, flou sur l'entreprise.

Question 7 (88 %) : « On vous invite à une conférence à l'étranger, tous frais payés, et on vous demande de \
ne pas en parler à votre employeur. » Bravo, presque tout le monde a vu le problème.

Prochain quiz le {date_num} {mois}. Une question ? {mail_secu}

L'équipe Sûreté et sensibilisation""",
        ),
    ],
)

family(
    "fr9-b-07-bulletin-de-vigilance",
    0,
    "security_awareness",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Rappel sécurité : ne passez jamais sur WeChat ou Telegram avec un recruteur inconnu. Écrivez à {mail_secu}.",
        ),
        (
            "inmail",
            "none",
            "",
            """Bulletin de vigilance n° {code} : approches sur les réseaux professionnels.
Les signes qui doivent vous alerter, tels que les décrivent les services de renseignement : un profil \
flatteur qui vous contacte sans raison claire ; une demande de passer « rapidement » sur WhatsApp, Telegram \
ou une adresse personnelle ; des « rapports » ou « livres blancs » payés pour un « client » qu'on ne nomme \
pas ; une invitation à l'étranger tous frais payés ; la consigne de « ne pas en parler à votre employeur ». \
Un doute ? Écrivez à {mail_secu}.""",
        ),
        (
            "email",
            "none",
            "",
            """BULLETIN DE SÛRETÉ, diffusion interne, n° {code}

1. Le contexte
Les services de renseignement canadiens et européens décrivent depuis plusieurs années le même scénario : \
un faux chasseur de têtes ou un « consultant » contacte sur LinkedIn des personnes qui travaillent dans \
{secteur}, les flatte, puis propose de poursuivre la conversation sur WeChat, WhatsApp ou une adresse \
personnelle. Viennent ensuite des « rapports » rémunérés pour un « client » jamais nommé, des questions sur \
ce qui n'est pas encore public, et une invitation à rencontrer le client à l'étranger, billets et hôtel \
payés.

2. Les phrases à reconnaître (citées telles quelles dans des dossiers réels)
« Rien de classifié, juste votre analyse. » « Mon client préfère rester discret. » « C'est plus simple sur \
WeChat. » « Le paiement peut se faire en crypto ou à un proche. » « Inutile d'en parler à votre employeur. »

3. Que faire
Ne pas répondre, ne rien supprimer, faire des captures d'écran, et écrire à {mail_secu}. Vous ne serez \
jamais sanctionné pour avoir signalé une approche, même si elle se révèle anodine.

Prochaine séance d'information : {jour} {date_num} {mois}, {heure}, amphithéâtre B.

Direction de la sûreté, cellule sensibilisation""",
        ),
    ],
)

family(
    "fr9-b-08-declaration-d-approche",
    0,
    "colleague_reporting_approach",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Message louche reçu : « rapport payé, passons sur {app} ». Je transfère à la sûreté ?",
        ),
        (
            "inmail",
            "none",
            "",
            """Je vous signale un contact reçu sur LinkedIn ce {jour}. Une personne se présentant comme \
« consultante pour un groupe asiatique » m'a écrit : « Vos connaissances sur {programme} intéressent mon \
client. Nous payons 1 500 € par rapport. Pouvons-nous continuer sur WhatsApp ? » Je n'ai pas répondu. \
Captures d'écran en pièce jointe. Dites-moi si je dois bloquer le profil ou le laisser ouvert pour vos \
vérifications.""",
        ),
        (
            "email",
            "none",
            "",
            """Objet : Déclaration d'approche suspecte (formulaire DS-2)

Conformément à la procédure, je déclare les échanges suivants.

Chronologie :
- le {date_num} {mois}, invitation LinkedIn d'un profil « Lena Wu, Talent Partner, Horizon Bridge \
Consulting », sans relation commune ;
- deux jours plus tard, premier message : « Votre expertise dans {secteur} est rare. Mon client, une \
société de conseil, paie très bien des rapports courts. Rien de confidentiel. » ;
- le lendemain : « Pour plus de commodité, ajoutez-moi sur WeChat : lenawu_hb. Vous pouvez aussi m'écrire \
sur lena.hb@gmail.example.com. » ;
- hier soir : « Mon client aimerait vous inviter à Shanghai en juin, tout est pris en charge. Merci de \
garder cette opportunité entre nous. »

Je n'ai répondu à aucun message et je n'ai pas ajouté le contact. Je n'ai transmis aucune information. \
Les captures d'écran sont jointes, avec l'adresse du profil.

Je reste joignable au poste 4412 pour tout complément, et je peux garder le profil ouvert si cela vous est \
utile pour vos vérifications.

{prenom_f} {nom}
Ingénieure validation, département {code}""",
        ),
    ],
)

family(
    "fr9-b-09-c-est-serieux-ca",
    0,
    "manager_forward",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Vu l'InMail de {prenom_m} ? « Client anonyme, paiement en crypto »… c'est sérieux, ça ?",
        ),
        (
            "inmail",
            "none",
            "",
            """Je te transfère ce message reçu par {prenom_f}, de ton équipe. C'est sérieux, ça ? Pour moi ça \
ressemble trait pour trait aux exemples de la formation : « mission de conseil rémunérée », « client qui \
souhaite rester anonyme », « poursuivons sur Telegram ». Elle n'a pas répondu. Peux-tu le passer au \
responsable sécurité et lui dire qu'elle a bien fait de nous prévenir ?""",
        ),
        (
            "email",
            "none",
            "",
            """C'est sérieux, ça ? Je te laisse juger, mais ça ressemble à ce dont parlait la présentation de la \
DGSI le mois dernier. {prenom_f} l'a reçu hier soir et me l'a transféré ce matin, sans répondre. Je mets la \
sûreté en copie.

---------- Message transféré ----------
De : Kevin Lau <k.lau@talentbridge-asia.example.com>
Date : {jour}, 22:47
À : {prenom_f} {nom}
Objet : Opportunité de conseil, très flexible

Bonjour {prenom_f},

J'ai vu votre beau profil et votre expérience dans {secteur}. Mon client, une société de conseil basée à \
Hong Kong, cherche des experts pour des rapports courts sur les évolutions réglementaires et les projets à \
venir. Rémunération de 800 à 2 000 USD par rapport, paiement flexible (PayPal, USDT ou virement).

Pouvons-nous poursuivre sur WeChat ou WhatsApp, c'est plus pratique ? Merci de ne pas en parler pour \
l'instant, le projet est confidentiel.

Kevin
----------

Pour info, je lui ai dit de ne pas répondre et de garder les captures. Dis-moi si on doit faire autre chose.

{prenom_m}
Chef de service, ingénierie système""",
        ),
    ],
)

family(
    "fr9-b-10-conseils-rh-juridique",
    0,
    "hr_advice",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Ne réponds plus, garde les captures, ne passe pas sur {app}. Appel à {heure} ?",
        ),
        (
            "inmail",
            "none",
            "",
            """Merci de nous avoir prévenus. Voici nos conseils, validés avec le service juridique : ne répondez \
plus à cette personne, ne supprimez rien (messages, numéros, adresses), n'acceptez ni paiement ni \
invitation, et ne basculez pas vers une messagerie privée même si l'on insiste. Vous n'avez commis aucune \
faute et votre employeur ne vous reprochera rien. Le responsable sûreté vous appellera {jour} pour \
recueillir votre témoignage.""",
        ),
        (
            "email",
            "none",
            "",
            """Suite à notre entretien de ce matin, je vous confirme par écrit ce que nous avons dit, avec l'accord \
de la direction juridique.

1. Vous avez bien fait de déclarer l'approche. Aucune sanction n'est envisagée : vous n'avez transmis \
aucune information et vous avez suivi la procédure.

2. Ne répondez plus au « consultant », même pour refuser. Ne supprimez pas les messages ni le contact \
WhatsApp : ce sont des éléments utiles si l'affaire est transmise aux autorités.

3. Méfiez-vous de toute personne qui vous contacterait dans les prochaines semaines en se présentant comme \
un enquêteur, un avocat ou un membre de notre service de sécurité. Nous ne vous demanderons jamais de \
passer sur une messagerie privée, d'envoyer des documents à une adresse personnelle, ni de payer quoi que \
ce soit. En cas de doute, rappelez-nous au numéro de l'annuaire interne, pas à celui qu'on vous donne.

4. Vous pouvez, si vous le souhaitez, consulter un avocat de votre choix ; la protection juridique du \
contrat collectif en prend en charge les frais. Le service juridique peut vous donner une liste.

5. Le programme d'aide aux employés reste à votre disposition si cette situation vous pèse.

Bien cordialement,
{prenom_f} {nom}
Responsable relations sociales, direction des ressources humaines""",
        ),
    ],
)

family(
    "fr9-b-11-securite-de-la-recherche",
    0,
    "research_security_briefing",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Séance sécurité de la recherche {jour} {heure} : invitations payées à l'étranger, que faire ?",
        ),
        (
            "inmail",
            "none",
            "",
            """Le vice-rectorat à la recherche de {universite} organise une séance d'information sur la sécurité \
de la recherche. Au programme : reconnaître une invitation à l'étranger « tous frais payés » trop \
généreuse, les partenariats avec des entités visées par les lignes directrices fédérales, les demandes de \
données non publiées, et les bons réflexes quand un contact propose de poursuivre sur WeChat. Inscription \
gratuite, {jour} {date_num} {mois}, salle B-214.""",
        ),
        (
            "email",
            "none",
            "",
            """Merci aux quarante chercheuses et chercheurs présents à la séance de {jour}. Voici le résumé promis.

Le cas présenté (anonymisé, tiré d'un dossier public) : une doctorante qui travaille sur {secteur} reçoit, après une \
conférence, l'invitation d'un « institut » étranger à donner un séminaire, vol et hôtel payés, avec un \
honoraire généreux. Sur place, on lui demande un « petit rapport » sur les travaux non publiés de son \
laboratoire et les noms des partenaires industriels, puis de rester en contact sur WeChat.

Les signaux à retenir :
- un honoraire sans commune mesure avec l'usage ;
- une demande portant sur des données non publiées ou sur des partenaires ;
- l'insistance pour quitter les canaux institutionnels ;
- la demande de ne pas en parler à la direction du laboratoire.

Rappel : une invitation payée à l'étranger n'a rien de suspect en soi. La plupart sont parfaitement \
normales ; déclarez-les simplement au bureau de la recherche, qui vérifie l'organisme en quelques jours.

Les diapositives sont sur l'intranet. Pour une question : le bureau de la recherche, poste 5120.

{prenom_f} {nom}
Conseillère en sécurité de la recherche
Bureau de la recherche de {universite}""",
        ),
    ],
)

family(
    "fr9-b-12-revue-de-presse",
    0,
    "news_digest",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Revue de presse du {jour} : l'affaire Mallory, un ex-agent payé en cash après un contact LinkedIn.",
        ),
        (
            "inmail",
            "none",
            "",
            """Revue de presse sûreté, semaine {date_num}. À Washington, Jun Wei Yeo, un Singapourien, a plaidé \
coupable en 2020 : il avait créé un faux cabinet de conseil, publié des offres d'emploi et payé des \
Américains pour écrire des rapports destinés, disait-il, à des « clients » en Asie. Les cibles avaient \
souvent une habilitation. Le dossier décrit pas à pas la méthode : annonce, rapport payé, questions sur ce \
qui n'est pas public. Lecture recommandée à {prenom_m} et à toute l'équipe RH.""",
        ),
        (
            "email",
            "none",
            "",
            """REVUE DE PRESSE SÛRETÉ, n° {code}

Trois lectures cette semaine, toutes en lien avec les approches par de faux recruteurs.

1. L'affaire Kevin Mallory (États-Unis). Ancien agent de renseignement, contacté en 2017 sur LinkedIn par \
un prétendu recruteur chinois, il s'était vu proposer de rédiger des documents contre paiement, puis avait \
voyagé à Shanghai pour rencontrer les « clients ». Il a été condamné à vingt ans de prison. L'article \
rappelle que le premier contact paraissait banal.

2. L'affaire Jun Wei Yeo (2020). Un faux cabinet de conseil, des annonces d'emploi en ligne, des rapports \
payés à des personnes ayant accès à des informations sensibles. Le procureur souligne l'usage de la \
flatterie et de la promesse d'une carrière de consultant.

3. Le rapport public du SCRS. Le service canadien décrit l'usage des réseaux professionnels pour repérer des \
profils dans {secteur}, et l'invitation rapide à poursuivre sur une messagerie comme WeChat.

Commentaire de l'équipe : aucun de ces dossiers ne commence par une demande illégale. Ce qui doit alerter, \
c'est la progression.

Bonne lecture,
{prenom_f} {nom}, veille sûreté""",
        ),
    ],
)

family(
    "fr9-b-13-recruteur-qui-se-nomme",
    0,
    "genuine_recruiter",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Merci pour l'appel ! Je t'écris sur WhatsApp pour fixer l'entrevue chez {entreprise} {jour}.",
        ),
        (
            "inmail",
            "none",
            "",
            """Je suis chargé·e de recrutement interne chez {entreprise}. Nous ouvrons un poste d'ingénieur·e \
systèmes embarqués à {ville_fr}, en CDI, fourchette salariale de 62 000 à 74 000 € brut annuel, télétravail \
deux jours par semaine. Le poste nécessite une habilitation, dont nous accompagnons la procédure. Si cela \
vous intéresse, pouvez-vous m'envoyer votre CV ici ou le déposer sur notre site carrières ? Pour caler un appel, je peux \
aussi vous écrire sur WhatsApp, comme vous préférez.""",
        ),
        (
            "email",
            "none",
            "",
            """Merci pour notre échange téléphonique de {jour}. Comme promis, voici le détail du poste et des \
prochaines étapes.

Poste : analyste principal·e en cybersécurité industrielle, {entreprise}, bureau de {ville_qc}.
Contrat : permanent, temps plein, hybride (trois jours au bureau).
Salaire : entre 98 000 $ et 112 000 $ par année selon l'expérience, plus un boni annuel et le régime de \
retraite de l'entreprise.
Exigence : cote de sécurité de niveau Secret (fiabilité approfondie), ou admissibilité à l'obtenir. Le \
processus passe par le Programme de sécurité des contrats du gouvernement fédéral, jamais par nous \
directement.

Prochaines étapes : un entretien technique d'une heure avec la gestionnaire de l'équipe, puis une rencontre \
au bureau. Nous ne vous demanderons aucun frais, aucun équipement à acheter, et aucune information sur \
votre employeur actuel au-delà de votre rôle.

Pour fixer les rendez-vous, je peux vous écrire sur WhatsApp au numéro que vous m'avez donné, ou sur votre \
adresse personnelle si vous préférez ne pas recevoir nos courriels au travail ; tout le reste passera par \
notre portail de candidature.

Au plaisir,
{prenom_f} {nom}
Conseillère principale en acquisition de talents, {entreprise}
{tel_ca}""",
        ),
    ],
)

family(
    "fr9-b-14-reseau-d-experts",
    0,
    "expert_network",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Appel d'une heure via {firme_expert} {jour}, 300 $, aucune info confidentielle. Ça te tente ?",
        ),
        (
            "inmail",
            "none",
            "",
            """Je travaille pour {firme_expert}, un réseau d'experts basé à Montréal. Un de nos clients, un fonds \
d'investissement spécialisé dans {secteur}, souhaiterait un appel d'une heure avec vous sur les tendances \
publiques du marché. Honoraires : 350 $ CA. Nous ne voulons aucune information confidentielle ni non \
publique sur votre employeur actuel ou passé ; vous signerez une attestation de conformité avant l'appel. \
Êtes-vous disponible {jour} ?""",
        ),
        (
            "email",
            "none",
            "",
            """Merci d'avoir accepté cette consultation. Voici le cadre, avant la confirmation du rendez-vous.

Le client : une société de gestion d'actifs européenne qui étudie {secteur}. Son nom vous sera communiqué \
avant l'appel, pour que vous puissiez vérifier l'absence de conflit d'intérêts.
Le format : un appel de 60 minutes sur notre plateforme, avec un membre de notre équipe conformité présent \
en écoute.
Les honoraires : {montant_eur} pour l'heure, versés par virement sur le compte indiqué dans votre profil \
{firme_expert}, avec une facture à votre nom.

Nos règles, que vous devrez attester avant l'appel :
- vous ne partagerez aucune information confidentielle, non publique ou couverte par une obligation envers \
votre employeur actuel ou un ancien employeur ;
- vous pouvez refuser de répondre à toute question, sans avoir à vous justifier ;
- si vous êtes fonctionnaire ou si votre contrat l'interdit, vous ne pouvez pas participer ;
- aucune suite de la relation en dehors de notre plateforme.

L'attestation est à signer électroniquement dans votre espace avant {jour} midi.

Bien cordialement,
{prenom_m} {nom}
Associé, recherche d'experts, {firme_expert}""",
        ),
    ],
)

family(
    "fr9-b-15-relecture-think-tank",
    0,
    "think_tank_commission",
    True,
    False,
    [
        ("chat", "none", "", "Tu savais que {thinktank} paie 1 200 € une relecture signée ?"),
        (
            "inmail",
            "none",
            "",
            """Notre centre, {thinktank}, prépare pour {mois} une note publique sur la souveraineté industrielle dans {secteur}. \
Nous aimerions vous confier une relecture critique, signée et citée dans la publication, rémunérée \
800 € brut, ainsi qu'une intervention à la table ronde de lancement, déplacement et nuit d'hôtel \
remboursés sur justificatifs. Nous ne vous demanderons aucune information non publique : seule votre \
lecture d'expert nous intéresse.""",
        ),
        (
            "email",
            "none",
            "",
            """Suite à votre accord de principe, voici la proposition formelle que {thinktank} vous adresse.

Objet : relecture critique de la note « Chaînes d'approvisionnement et dépendances dans {secteur} », \
environ 40 pages, publiée en accès libre sur notre site en {mois}.
Ce que nous attendons : des commentaires écrits sur le projet (une dizaine de pages au maximum), puis une \
heure d'échange avec les auteurs. Votre nom figurera parmi les relecteurs, avec votre affiliation si vous \
le souhaitez.
Rémunération : {montant_eur} brut, sur facture ou en droits d'auteur, selon votre statut.
Lancement : table ronde publique à {ville_conf}, filmée et diffusée en ligne ; train en 1re classe et une \
nuit d'hôtel pris en charge, ou remboursés sur justificatifs.

Notre charte de déontologie, jointe, précise que nous ne sollicitons ni n'acceptons d'informations \
confidentielles ou couvertes par le secret professionnel. Si votre employeur doit autoriser ce type \
d'activité, nous pouvons lui adresser directement une lettre de description ; beaucoup de nos relecteurs \
le font.

La déclaration d'intérêts est à remplir avant la signature du contrat.

Avec mes remerciements,
{prenom_f} {nom}
Responsable des publications""",
        ),
    ],
)

family(
    "fr9-b-16-colloque-a-l-etranger",
    0,
    "conference_invite",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Super nouvelle : {ville_conf} prend en charge vol et hôtel pour ta conférence ! 🎉",
        ),
        (
            "inmail",
            "none",
            "",
            """Le comité scientifique du colloque international « Matériaux pour {secteur} » a le plaisir de vous \
inviter comme conférencier·ère plénier·ère à {ville_conf}, pour trois jours à partir du {date_num} {mois}. Nous prenons en \
charge le vol aller-retour en classe économique, trois nuits d'hôtel et l'inscription. Votre conférence de \
40 minutes sera filmée et publiée sur le site du colloque. Le programme complet est en ligne ; merci de nous \
confirmer votre titre d'ici {jour}.""",
        ),
        (
            "email",
            "none",
            "",
            """Nous avons le plaisir de vous confirmer l'organisation de votre venue au colloque de {ville_conf}.

Vol : votre billet électronique (classe économique, tarif modifiable) est joint. Il a été réservé par \
l'agence de voyages de l'université, aucun frais à avancer.
Hôtel : trois nuits réservées à l'hôtel du Parc, à dix minutes à pied du campus, petit-déjeuner inclus.
Repas : les déjeuners et le dîner du colloque sont offerts ; les autres repas vous seront remboursés selon \
le barème de l'université, sur justificatifs, par virement après l'événement.
Conférence : {jour} à {heure}, amphithéâtre Piccard, 40 minutes et 15 minutes de questions. La séance \
sera enregistrée et diffusée en ligne, comme l'ensemble du programme ; merci de ne présenter que des \
résultats publiés ou publiables.

Si votre institution exige une déclaration de déplacement à l'étranger ou un avis de son service de \
sécurité, nous pouvons vous fournir une lettre d'invitation officielle et le programme détaillé.

Le jour même, pour toute question logistique, vous pouvez joindre notre étudiante bénévole sur WhatsApp au \
numéro indiqué dans le livret d'accueil.

Au plaisir de vous accueillir,
{prenom_f} {nom}
Secrétariat du colloque""",
        ),
    ],
)

family(
    "fr9-b-17-journaliste-on-record",
    0,
    "journalist_interview",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Ici {prenom_f}, de {journal}. Une réaction on the record sur le contrat annoncé hier ?",
        ),
        (
            "inmail",
            "none",
            "",
            """Je suis journaliste à {journal} et je prépare un article sur {programme}, annoncé publiquement la \
semaine dernière par le ministère. J'aimerais recueillir votre point de vue d'expert, à visage découvert \
(nom et fonction cités), sur les enjeux industriels pour la région. L'entretien prendrait vingt minutes, par \
téléphone ou en personne. Je ne cherche aucune information non publique. Ma date de tombée est {jour} \
{heure}.""",
        ),
        (
            "email",
            "none",
            "",
            """Je me permets de vous relancer au sujet de l'article que je prépare pour {journal} sur les suites de \
l'annonce concernant {programme}.

Pour être transparente sur ma démarche : il s'agit d'un article d'analyse, publié sous ma signature, qui \
donnera la parole à trois ou quatre spécialistes. Vos propos seraient cités avec votre nom et votre titre, \
« on the record » ; je vous enverrai les citations avant parution pour vérification de l'exactitude, \
comme le prévoit notre guide de déontologie.

Mes questions portent uniquement sur des éléments publics :
- ce que représente ce programme pour les entreprises de la région ;
- les compétences qui manqueront le plus d'ici cinq ans ;
- votre lecture des critiques formulées par l'opposition à l'Assemblée.

Je comprends tout à fait si votre organisation vous demande de passer par son service des communications ; \
dans ce cas, pourriez-vous me transmettre le nom de la personne à contacter ?

Je suis joignable au {tel_ca} ou sur mon adresse de la rédaction. Ma date de tombée est {jour} à 17 h.

Merci de votre temps,
{prenom_f} {nom}
Journaliste, section économie, {journal}""",
        ),
    ],
)

family(
    "fr9-b-18-accueil-rh",
    0,
    "hr_onboarding",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Bienvenue ! Dépose ta pièce d'identité sur le portail RH avant {jour}, jamais par courriel.",
        ),
        (
            "inmail",
            "none",
            "",
            """Bienvenue chez {entreprise} ! Pour finaliser votre dossier, merci de téléverser sur le portail RH \
(lien reçu par courriel officiel) votre pièce d'identité, votre numéro d'assurance sociale et un spécimen de \
chèque pour la paie. Nous ne vous demanderons jamais ces documents par WhatsApp ou par courriel, ni de payer \
votre matériel : en cas de doute, appelez le {tel_ca}. Votre badge sera prêt {jour}.""",
        ),
        (
            "email",
            "none",
            "",
            """Nous sommes ravis de vous accueillir chez {entreprise} le {date_num} {mois}. Voici les étapes à suivre \
d'ici là.

1. Dossier administratif. Connectez-vous au portail RH avec l'identifiant reçu dans le courriel officiel \
de bienvenue et déposez : une pièce d'identité en cours de validité, votre RIB pour le versement du \
salaire, votre attestation de sécurité sociale et votre diplôme le plus élevé.

2. Habilitation. Votre poste nécessite une habilitation de niveau Secret. Le formulaire est à remplir dans \
le portail ; l'enquête est conduite par les services de l'État, pas par nous. Vous n'avez rien à payer.

3. Premier jour. Accueil à {heure} à la réception du bâtiment A. Apportez l'original de votre pièce \
d'identité pour le badge. Votre ordinateur vous sera remis sur place.

4. Vigilance. Des escrocs se font parfois passer pour nos RH auprès des nouveaux arrivants. Nous ne vous \
demanderons jamais d'envoyer vos documents par WhatsApp, par Telegram ou à une adresse Gmail, ni \
d'acheter vous-même du matériel avec remboursement ultérieur. En cas de doute, appelez l'accueil RH au \
{tel_fr}.

À très bientôt,
{prenom_f} {nom}
Chargée d'intégration, direction des ressources humaines""",
        ),
    ],
)

family(
    "fr9-b-19-offre-poste-habilite",
    0,
    "cleared_job_ad",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Poste d'analyste cote Secret à {ville_qc}, 78-92 k$, on recrute. Candidature sur notre site.",
        ),
        (
            "inmail",
            "none",
            "",
            """Offre d'emploi, {entreprise}, {ville_fr} : ingénieur·e intégration radar, CDI. Habilitation \
Confidentiel Défense exigée ou à obtenir (procédure prise en charge par l'entreprise). Salaire de 52 à \
60 k€ selon profil, prime d'intéressement. Candidatures uniquement via notre site carrières ; nous ne \
demandons jamais de frais ni de document par messagerie instantanée. Référence {code}.""",
        ),
        (
            "email",
            "none",
            "",
            """OFFRE D'EMPLOI, référence {code}

{entreprise} recrute un·e gestionnaire de programme, systèmes de communication sécurisés, pour son site \
de {ville_qc}.

Vos missions : piloter les livraisons d'un programme pour le ministère de la Défense nationale, coordonner \
une équipe de douze personnes et les sous-traitants, préparer les revues avec le client gouvernemental.

Votre profil : dix ans d'expérience en gestion de programme dans {secteur} ou un domaine voisin ; \
bilinguisme français-anglais ; cote de sécurité de niveau Secret valide ou capacité à l'obtenir (citoyenneté \
canadienne requise par le contrat).

Ce que nous offrons : salaire annuel de 115 000 $ à 135 000 $, assurances collectives, régime de retraite, \
quatre semaines de vacances, horaire flexible. Travail sur site pour l'essentiel, en zone contrôlée.

Processus : candidature en ligne, entretien avec les RH, entretien technique, vérification des références \
puis enquête de sécurité par le gouvernement fédéral. Aucuns frais ne vous seront demandés à aucune étape, \
et aucun recruteur de notre entreprise ne vous contactera par WhatsApp ou WeChat.

Postulez avant le {date_num} {mois} sur notre site carrières.

Équipe acquisition de talents, {entreprise}""",
        ),
    ],
)

family(
    "fr9-b-20-groupe-des-parents",
    0,
    "parents_group",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Parents 5e B : voyage à {ville_conf} financé par le collège, prévoir 20 € d'argent de poche.",
        ),
        (
            "chat_export",
            "none",
            "",
            """[19:30] {prenom_f} (maman de Léo) : Bonsoir à tous, le passeport doit être valide jusqu'à quand pour le voyage ?
[19:32] M. {nom} (prof d'histoire) : Trois mois après le retour. Les autorisations de sortie sont à rendre {jour}
[19:33] {prenom_f} (maman de Léo) : Merci ! Et le solde, on le paie comment ?
[19:35] M. {nom} (prof d'histoire) : Chèque à l'ordre de l'agent comptable, ou virement, jamais d'espèces aux élèves 🙂""",
        ),
        (
            "email",
            "none",
            "",
            """Le voyage d'échange avec notre collège partenaire de Shanghai est confirmé pour la deuxième quinzaine de \
{mois}. Voici les informations pratiques.

Financement : le billet d'avion et l'hébergement en famille d'accueil sont financés par le programme \
d'échanges et par le foyer socio-éducatif. Il reste 120 € par élève à régler, par chèque ou par virement \
au collège, avant le {date_num}. Des aides existent : n'hésitez pas à contacter l'assistante sociale, en \
toute discrétion.

Communication : les familles d'accueil chinoises utilisent WeChat. Nous avons créé un groupe WeChat des \
parents, modéré par Mme {nom}, pour les nouvelles et les photos pendant le séjour. Le groupe WhatsApp de la \
classe reste actif pour le reste.

Téléphones et ordinateurs : sur conseil du rectorat, nous recommandons aux élèves de partir avec un \
téléphone simple, sans données personnelles sensibles, et de ne pas laisser d'appareils sans surveillance.

Réunion d'information {jour} à {heure} en salle polyvalente, avec un parent qui a accompagné le voyage \
l'an dernier.

Bien cordialement,
{prenom_m} {nom}
Professeur de chinois, coordinateur du voyage""",
        ),
    ],
)

family(
    "fr9-b-21-remboursement-deplacement",
    0,
    "travel_reimbursement",
    True,
    False,
    [
        (
            "chat",
            "none",
            "",
            "Note de frais {ville_conf} validée, le virement du remboursement part {jour}.",
        ),
        (
            "inmail",
            "none",
            "",
            """Votre note de frais pour le salon de {ville_conf} a été validée par votre gestionnaire. Montant \
remboursé : {montant_eur}, par virement sur votre compte salaire avec la paie de {mois}. Deux justificatifs \
manquaient (taxi du {date_num} et dîner d'équipe) : merci de les déposer dans l'outil de notes de frais, pas \
par courriel. Rappel : les per diem ne sont jamais versés en espèces.""",
        ),
        (
            "email",
            "none",
            "",
            """À l'approche de la saison des salons, petit rappel des règles de déplacement à l'étranger.

Réservations : billets et hôtels passent obligatoirement par l'agence de voyages de l'entreprise. Si un \
organisateur, un client ou un partenaire propose de payer votre voyage, déclarez-le avant d'accepter : \
c'est souvent normal (conférences, jurys), mais le service conformité doit le savoir.

Remboursement : les frais réels sont remboursés sur justificatifs, par virement, dans les trente jours. \
Aucune avance ni aucun remboursement en espèces, en cartes prépayées ou par un tiers.

Sûreté : pour les déplacements dans certains pays (liste sur l'intranet), passez au service sûreté \
retirer un ordinateur et un téléphone de mission, et suivez le briefing de vingt minutes. Au retour, \
signalez toute approche inhabituelle : invitation à un dîner privé, proposition de « travail de conseil » \
rémunéré, demande de rester en contact sur une messagerie personnelle.

Invitations personnelles : un cadeau ou une invitation d'une valeur supérieure à 100 € doit être déclaré \
au registre des cadeaux.

Pour toute question : voyages@{domaine}.

{prenom_f} {nom}
Contrôle de gestion, service des déplacements""",
        ),
    ],
)

family(
    "fr9-b-22-entre-amis",
    0,
    "ordinary_chat",
    False,
    False,
    [
        (
            "chat",
            "none",
            "",
            "On se fait un resto {jour} soir ? Je réserve pour 19 h 30 si ça te va",
        ),
        (
            "chat_export",
            "none",
            "",
            """[08:12] {prenom_f} : Randonnée toujours d'actualité samedi ? Ils annoncent du soleil sur le Salève
[08:14] {prenom_m} : Oui ! Départ 8 h du parking de la gare, je prends la voiture
[08:15] {prenom_f} : Top. J'apporte le pique-nique, quelqu'un prend le thermos ?
[08:21] {prenom_m} : Moi. Et n'oublie pas les bâtons, la descente est raide""",
        ),
        (
            "email",
            "none",
            "",
            """Enfin un moment pour t'écrire ! Le déménagement est terminé, ou presque : il reste une vingtaine de \
cartons dans le garage et une étagère dont personne ne comprend le plan de montage.

Le nouvel appartement est super. Plus petit que l'ancien, mais lumineux, avec un balcon qui donne sur le \
parc. Les enfants ont déjà repéré la boulangerie en bas et la piscine à dix minutes à vélo. Le quartier est \
calme, on entend les oiseaux le matin, ce qui change de la rue de {ville_res}.

Pour le boulot, rien de neuf : toujours les mêmes réunions, toujours le même café imbuvable. J'ai commencé \
un cours de poterie le {jour} soir, c'est mon moment à moi. Mon premier bol ressemble à un cendrier, mais \
je progresse.

Vous venez quand nous voir ? On a enfin une chambre d'amis (enfin, un canapé-lit dans le bureau). Dis-moi \
quel week-end vous irait en {mois}, on organise un barbecue avec les voisins.

Grosses bises à toute la famille,
{prenom_f}""",
        ),
    ],
)

family(
    "fr9-b-23-avis-maintenance",
    0,
    "notification",
    False,
    False,
    [
        ("chat", "none", "", "Rappel : coupure du réseau Wi-Fi du 3e étage {jour} de 12 h à 13 h."),
        (
            "inmail",
            "none",
            "",
            """Le service informatique procédera à une mise à jour des serveurs de fichiers {jour} {date_num} \
{mois}, de 19 h à 23 h. Pendant cette période, les lecteurs partagés et l'intranet seront inaccessibles. \
Pensez à enregistrer vos documents en local avant 19 h et à redémarrer votre poste le lendemain matin. \
Aucune action supplémentaire n'est nécessaire de votre part. Merci de votre compréhension.""",
        ),
        (
            "email",
            "none",
            "",
            """Le syndic vous informe que les travaux de réfection de la toiture et de la façade côté cour débuteront \
le {date_num} {mois} pour une durée estimée de six semaines.

Pendant les travaux :
- un échafaudage sera installé le long de la façade ; les fenêtres des appartements concernés devront rester \
fermées aux heures de chantier (8 h à 17 h, du lundi au vendredi) ;
- le local à vélos sera déplacé provisoirement dans la cave n° 2, dont la clé est disponible auprès de la \
gardienne ;
- le stationnement dans la cour sera interdit pour permettre l'accès des camions ;
- une coupure d'eau de deux heures est prévue le premier {jour} du chantier, l'horaire sera affiché dans le \
hall.

L'entreprise retenue lors de la dernière assemblée générale est joignable pour toute question technique ; \
ses coordonnées sont affichées dans le hall. Pour toute autre question, merci de contacter le syndic aux \
heures d'ouverture.

Nous vous remercions de votre patience et vous prions d'excuser la gêne occasionnée.

{prenom_m} {nom}
Gestionnaire de copropriété""",
        ),
    ],
)


def make_rows() -> list[dict[str, object]]:
    """Build each register with its own opener and closer pools, then number rows family by family."""
    rows: list[dict[str, object]] = []
    for i, register in enumerate(OPENERS):
        fams = Families()
        for fam, label, kind, lookalike, _subtle, templates in FAMILIES:
            mine = [(stage, cats, text) for reg, stage, cats, text in templates if reg == register]
            if mine:
                fams.add(fam, label, kind, register, lookalike, mine)
        rows += build(
            fams, POOLS, OPENERS[register], CLOSERS[register], "fr", SEED + i, PER_TEMPLATE
        )
    order = {f[0]: n for n, f in enumerate(FAMILIES)}
    subtle = {f[0] for f in FAMILIES if f[4]}
    rows.sort(key=lambda r: order[str(r["family"])])
    seen: Counter[str] = Counter()
    for r in rows:
        fam = str(r["family"])
        seen[fam] += 1
        r["id"] = f"{fam}-{seen[fam]:02d}"
        r["subtlety"] = "none" if r["label"] == 0 else ("subtle" if fam in subtle else "overt")
    return rows


def band(text: str) -> str:
    n = len(text.split())
    return (
        "short"
        if 3 <= n <= 20
        else "medium"
        if 30 <= n <= 120
        else "long"
        if 120 < n <= 300
        else "off"
    )


def check(rows: list[dict[str, object]]) -> None:
    """Every line parses, ids and texts are unique, subtlety holds both ways; print the counts."""
    parsed = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert parsed == rows
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        text = str(r["text"])
        hit = TELLTALE.search(text.lower())
        if r["subtlety"] == "subtle":
            assert hit is None, (r["id"], hit.group(0) if hit else "")
        elif r["subtlety"] == "overt":
            assert hit is not None, r["id"]
        assert band(text) != "off", (r["id"], len(text.split()))
    fams = {str(r["family"]) for r in rows}
    sus = [r for r in rows if r["label"] == 1]
    ben = [r for r in rows if r["label"] == 0]
    print(
        f"{len(rows)} messages in {len(fams)} families; per family "
        f"{min(Counter(str(r['family']) for r in rows).values())}-{max(Counter(str(r['family']) for r in rows).values())}"
    )
    print(
        f"suspicious {len(sus)} ({Counter(r['subtlety'] for r in sus)}), benign {len(ben)} "
        f"(look-alikes {sum(1 for r in ben if r['lookalike'])})"
    )
    print(
        "families: suspicious",
        len({r["family"] for r in sus}),
        "subtle",
        len({r["family"] for r in sus if r["subtlety"] == "subtle"}),
        "benign",
        len({r["family"] for r in ben}),
        "look-alike",
        len({r["family"] for r in ben if r["lookalike"]}),
    )
    print(
        "length bands:",
        dict(Counter(band(str(r["text"])) for r in rows)),
        "suspicious",
        dict(Counter(band(str(r["text"])) for r in sus)),
        "benign",
        dict(Counter(band(str(r["text"])) for r in ben)),
    )
    print("stages (suspicious):", dict(Counter(r["stage"] for r in sus)))


if __name__ == "__main__":
    ROWS = make_rows()
    write(ROWS, OUT)
    check(ROWS)
