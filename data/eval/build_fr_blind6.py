"""Build ``fr_blind6.jsonl``: the sixth blind Canadian-French evaluation set.

Every text below was written by hand, one by one, by a writer who never saw the rule packs, the
training corpus or the other evaluation sets. Nothing is generated from templates: the script only
holds the texts, checks the counts and the subtlety convention, shuffles with a fixed seed and
writes the file. Rebuild with ``.venv/bin/python data/eval/build_fr_blind6.py``.

Held out: measured by the lead only, never used to tune rules, weights, thresholds or models.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("fr_blind6.jsonl")
SEED = 6_2026_1122

CATEGORIES = {
    "credential_targeting",
    "off_platform",
    "paid_task",
    "vague_client",
    "sensitive_info",
    "client_meeting",
    "secrecy",
    "unusual_payment",
    "coercion",
    "job_scam",
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
# A "subtle" suspicious message contains none of these (case-insensitive substrings): no app or
# personal-mail name, no "client", no money or payment word, no secrecy word.
TELLTALE = (
    "whatsapp",
    "wechat",
    "weixin",
    "telegram",
    "télégram",
    "signal",
    "gmail",
    "qq.com",
    "163.com",
    "zoom",
    "@",
    "client",
    "$",
    "¥",
    "€",
    "frais",
    "rémunér",
    "payé",
    "payer",
    "payant",
    "paie",
    "honorai",
    "cachet",
    "virement",
    "versement",
    "verser",
    "montant",
    "crypto",
    "bitcoin",
    "usdt",
    "carte-cadeau",
    "cartes-cadeaux",
    "confidenti",
    "secret",
    "classifi",
    "entre nous",
    "discr",
    "comptant",
    "cash",
    "argent",
)

RECORDS: list[dict[str, object]] = []


def sus(kind: str, stage: str, subtlety: str, cats: str, text: str) -> None:
    """One suspicious message; ``cats`` is a space-separated list of categories."""
    RECORDS.append(
        {
            "text": text,
            "label": 1,
            "kind": kind,
            "lookalike": False,
            "categories": cats.split(),
            "stage": stage,
            "subtlety": subtlety,
        }
    )


def ben(kind: str, lookalike: bool, text: str) -> None:
    """One benign message."""
    RECORDS.append(
        {
            "text": text,
            "label": 0,
            "kind": kind,
            "lookalike": lookalike,
            "categories": [],
            "stage": "none",
            "subtlety": "none",
        }
    )


# ---------------------------------------------------------------- suspicious: contact
sus(
    "fake_headhunter",
    "contact",
    "overt",
    "credential_targeting vague_client",
    """Bonjour Mme Tremblay,

Je représente un client très discret du secteur aérospatial qui cherche des ingénieures en systèmes de guidage détenant déjà une cote Très secret. Votre parcours chez un intégrateur de la Défense correspond exactement à ce qu'il recherche. Je ne peux pas nommer l'entreprise à ce stade, mais la rémunération dépasse largement le marché québécois.

Seriez-vous ouverte à une première discussion?

Olivier Marchand
Conseiller principal, recherche de cadres""",
)

sus(
    "fake_academic",
    "contact",
    "subtle",
    "credential_targeting sensitive_info",
    """Bonjour M. Gagnon,

Je dirige un ouvrage collectif sur la modernisation de la défense continentale et votre passage au quartier général m'a beaucoup intéressé. Seriez-vous prêt à partager votre expérience des exercices récents auxquels vous avez participé, en particulier ceux qui n'ont pas fait l'objet de communiqués? Votre regard de l'intérieur ferait toute la différence pour le chapitre 4.

Je peux vous appeler au moment qui vous convient.

Pr Émile Rousseau-Lin
Centre d'études transpacifiques""",
)

sus(
    "fake_recruiter",
    "contact",
    "overt",
    "credential_targeting paid_task",
    "Salut! T'as encore ta cote Très secret? J'ai un mandat payant pour toi 😉",
)

sus(
    "fake_recruiter",
    "contact",
    "subtle",
    "credential_targeting off_platform",
    "Bonjour Annie, je suis tombé sur votre profil : ingénieure de procédés dans une fonderie de "
    "puces à Bromont, c'est rare. Notre groupe monte une équipe à l'étranger et aimerait vous "
    "connaître avant que le poste soit affiché. On pourrait se parler ailleurs qu'ici? Je ne viens "
    "presque jamais sur ce site.",
)

sus(
    "fake_networker",
    "contact",
    "subtle",
    "credential_targeting",
    "Vous êtes toujours au Bureau du Conseil privé? J'aimerais vous présenter quelqu'un.",
)

sus(
    "fake_think_tank",
    "contact",
    "overt",
    "credential_targeting vague_client paid_task",
    """Objet : Bourse de recherche senior – Institut Pacifique-Laurentides

Madame Fortin,

À l'occasion de votre départ à la retraite d'Affaires mondiales Canada, l'Institut Pacifique-Laurentides d'études stratégiques souhaite vous offrir une bourse de recherche senior d'un an (45 000 $). Il s'agit surtout de rédiger quelques notes d'analyse pour nos partenaires, qui préfèrent rester discrets, sur la manière dont Ottawa prépare ses positions sur l'Indo-Pacifique.

Aucune publication n'est exigée.

Cordialement,
Gabriel Hou
Directeur des programmes
info@pacifique-laurentides.example.org""",
)

sus(
    "fake_recruiter",
    "contact",
    "overt",
    "credential_targeting vague_client",
    "Hi Marc! Je suis talent partner pour une firme telecom en hypercroissance (je peux pas encore "
    "dire le nom du client, NDA oblige 🙊). On cherche du monde avec de l'expérience 5G core chez un grand "
    "opérateur canadien ET une cote de fiabilité approfondie. Package très compétitif, relocation "
    "possible à Shenzhen ou Dubaï. Open to chat?",
)

sus(
    "fake_alumni",
    "contact",
    "overt",
    "credential_targeting off_platform",
    "Allô Jean-Philippe! C'est Mélanie Côté, de la cohorte 2011 en génie physique à Laval. Je vis "
    "à Singapour maintenant et je fais le tour des anciens qui travaillent en optique pour la "
    "défense. Toi t'es rendu chez un sous-traitant de Valcartier, si j'ai bien compris? Faudrait "
    "qu'on se reparle sur WhatsApp, j'ai peut-être quelque chose d'intéressant pour toi.",
)

# ---------------------------------------------------------------- suspicious: pivot
sus(
    "fake_recruiter",
    "pivot",
    "overt",
    "off_platform",
    "Je suis rarement sur LinkedIn, on continue sur WhatsApp? +852 5000 0142",
)

sus(
    "obfuscated_pivot",
    "pivot",
    "overt",
    "off_platform paid_task",
    "ajoute moi sur w e c h a t stp, ID lin_conseil88, ça va être plus simple pour parler du "
    "mandat pis de la rémunération",
)

sus(
    "fake_headhunter",
    "pivot",
    "overt",
    "off_platform vague_client",
    """Re: Poste de directeur, sécurité des réseaux

Bonjour Frédéric,

Merci pour cet échange, vous êtes exactement le profil que mon client recherche. Pour la suite, écrivez-moi plutôt à mon adresse personnelle, delorme.recrute@gmail.example.com : le serveur du cabinet bloque les pièces jointes et mon client tient à ce que son nom ne circule pas dans les systèmes d'un tiers.

Au plaisir,
Luc Delorme
Delorme & Associés – recherche de cadres

> Le 3 mars, Frédéric Bouchard a écrit :
> Bonjour M. Delorme, oui, je serais curieux d'en savoir plus sur l'entreprise.""",
)

sus(
    "fake_consultant",
    "pivot",
    "subtle",
    "off_platform secrecy",
    "Merci pour notre échange d'hier. Ici, tout est archivé et relu par des modérateurs; je vous "
    "propose de poursuivre sur une application où les messages s'effacent d'eux-mêmes après une "
    "journée. Je vous fais parvenir mon numéro autrement.",
)

sus(
    "fake_recruiter",
    "pivot",
    "overt",
    "off_platform credential_targeting",
    "[2026-03-04 21:12] Kevin Zhao: Bonsoir! Suite à votre candidature pour le poste d'architecte "
    "radio chez notre partenaire\n[2026-03-04 21:12] Kevin Zhao: vous avez travaillé sur le "
    "déploiement du réseau des Forces armées, c'est bien ça?\n[2026-03-04 21:14] Kevin Zhao: on "
    "passe sur Telegram pour l'entrevue, c'est plus pratique. Mon pseudo: @kz_talent",
)

sus(
    "fake_consultant",
    "pivot",
    "subtle",
    "off_platform",
    "Votre courriel du bureau, c'est pas idéal. Vous en avez un à la maison?",
)

sus(
    "obfuscated_pivot",
    "pivot",
    "overt",
    "off_platform vague_client paid_task secrecy",
    "Écrivez-moi sur Télé-gramme (lien dans ma bio) : c'est là que mon client publie ses mandats "
    "de rédaction. Aucune trace sur la plateforme, c'est mieux pour vous comme pour nous.",
)

sus(
    "fake_supplier",
    "pivot",
    "overt",
    "off_platform secrecy",
    "Bonjour Mme Ouellet, suite au salon CANSEC, je voulais poursuivre notre conversation sur vos "
    "besoins en composants durcis. Pour éviter que ça se perde dans votre boîte du ministère, "
    "pourriez-vous m'appeler de votre cellulaire personnel ce soir au 613-555-0117, ou sur "
    "WhatsApp? Je préfère "
    "qu'on ne passe pas par la ligne du bureau.",
)

# ---------------------------------------------------------------- suspicious: paid task
sus(
    "fake_consultant",
    "paid_task",
    "overt",
    "paid_task vague_client",
    """Objet : Mandat de rédaction – note d'analyse

Bonjour Mme Pelletier,

Comme convenu au téléphone, mon client aimerait une note de cinq pages sur l'orientation du gouvernement fédéral quant aux équipementiers 5G. Honoraires : 3 000 $ par note, versés dans le compte de votre choix, ici ou à l'étranger. Le nom de mon client n'a pas d'importance pour le travail, je préfère ne pas l'écrire.

Cordialement,
Antoine Richer
Richer Stratégies""",
)

sus(
    "fake_academic",
    "paid_task",
    "subtle",
    "paid_task vague_client sensitive_info",
    "Bonjour Dre Lavoie, un groupe que je conseille s'intéresse beaucoup à la façon dont votre "
    "labo aborde la compression des modèles de langue pour l'embarqué. Seriez-vous prête à rédiger "
    "une dizaine de pages là-dessus, en incluant ce que vous testez en ce moment et qui n'est pas "
    "encore publié? Ça en vaudra largement la peine pour vous.",
)

sus(
    "fake_consultant",
    "paid_task",
    "overt",
    "paid_task vague_client",
    "Mon client paie 800 $ US la page. Juste ton analyse, rien d'officiel.",
)

sus(
    "handler_followup",
    "paid_task",
    "overt",
    "paid_task sensitive_info",
    "Le rapport sur le réseau de transport a beaucoup plu. Prochaine commande : les plans de "
    "renouvellement des postes de l'est de Montréal pour 2027-2030, tels que présentés à "
    "l'interne. Même tarif, 4 000 $, même façon que d'habitude.",
)

sus(
    "fake_think_tank",
    "paid_task",
    "overt",
    "paid_task vague_client sensitive_info",
    """Objet : Commande d'un livre blanc – surveillance de l'Arctique

Cher Professeur Bédard,

La Fondation Harbourview pour la coopération polaire (Hong Kong) souhaite vous commander un livre blanc de 20 pages sur les projets canadiens de surveillance dans l'Arctique, y compris ce que vous avez entendu lors de vos consultations avec le ministère. Le texte ne sera pas publié ni signé : il servira uniquement à nos partenaires. Cachet proposé : 6 000 $ CA.

Avec mes salutations distinguées,
Iris Leung, coordonnatrice""",
)

sus(
    "fake_academic",
    "paid_task",
    "subtle",
    "paid_task vague_client sensitive_info",
    "Salut Alexis! Mon ancien directeur travaille maintenant pour un groupe d'Asie de l'Est qui "
    "commande des revues de littérature. Tu pourrais leur en faire une sur les matériaux "
    "absorbants radar étudiés au labo de ton prof? Ils veulent surtout les résultats pas encore "
    "soumis. Ils sont très généreux, crois-moi.",
)

sus(
    "handler_followup",
    "paid_task",
    "overt",
    "paid_task sensitive_info",
    "[12:04] Lina: Comme convenu, 1 500 $ pour le premier rapport 🙏\n[12:05] Lina: sujet : la "
    "position du Canada sur les contrôles à l'exportation de puces, vue de l'intérieur du "
    "ministère\n[12:05] Lina: pas besoin de signer, ni de citer tes sources",
)

sus(
    "fake_consultant",
    "paid_task",
    "overt",
    "paid_task sensitive_info unusual_payment",
    "Bonjour Simon, je suis consultant en risques pour des investisseurs étrangers dans l'énergie. "
    "Un court rapport sur les décisions que la Régie s'apprête à rendre sur les tarifs industriels, "
    "avant leur publication, nous serait très utile. Je propose 2 500 $, payables en USDT si vous "
    "préférez éviter la paperasse.",
)

# ---------------------------------------------------------------- suspicious: elicitation
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    "sensitive_info",
    "Pour la suite, on aimerait une synthèse régulière, disons une fois par mois, de ce qui se dit "
    "aux réunions du comité sur les minéraux critiques. Pas besoin de documents, vos notes "
    "personnelles suffisent. Ça vous va comme rythme?",
)

sus(
    "handler_followup",
    "elicitation",
    "overt",
    "sensitive_info",
    "Rien de classifié, juste ce qui se dit à l'interne sur le fournisseur retenu.",
)

sus(
    "fake_visiting_student",
    "elicitation",
    "subtle",
    "sensitive_info",
    "Bonjour Professeur, en vue de mon séjour de recherche dans votre équipe, pourriez-vous "
    "m'indiquer sur quels serveurs sont conservées les données d'essais en soufflerie du "
    "partenaire industriel, et comment les étudiants y accèdent de l'extérieur? J'aimerais être "
    "prêt avant d'arriver à Sherbrooke.",
)

sus(
    "handler_followup",
    "elicitation",
    "subtle",
    "sensitive_info",
    "Et le nom du soumissionnaire retenu, tu l'as vu passer?",
)

sus(
    "fake_consultant",
    "elicitation",
    "overt",
    "sensitive_info vague_client secrecy",
    "Bonjour Sarah, merci encore pour le lunch. Mon client apprécierait d'avoir une idée de ce que "
    "le comité de la défense prévoit recommander avant le dépôt du rapport, même juste les grandes "
    "lignes discutées à huis clos. Vous savez que ça reste entre nous.",
)

sus(
    "fake_researcher",
    "elicitation",
    "subtle",
    "sensitive_info",
    """Objet : Étude sur la résilience des villes – demande de données

Bonjour M. Lachance,

Pour notre étude comparative sur la résilience urbaine, nous aurions besoin de l'emplacement exact des stations de pompage de la Ville, ainsi que de la liste des employés qui ont un accès à distance aux systèmes de contrôle. Les cartes publiées sur le portail ne sont pas assez précises pour notre modèle.

Merci de votre collaboration,
Dr Wei Tran
Observatoire des infrastructures urbaines""",
)

sus(
    "fake_supplier",
    "elicitation",
    "overt",
    "sensitive_info secrecy vague_client",
    "Entre nous, dans quels systèmes finissent les FPGA que vous nous achetez? Mon client veut "
    "savoir s'ils vont à la Défense ou au civil.",
)

sus(
    "fake_journalist",
    "elicitation",
    "subtle",
    "sensitive_info",
    "Je prépare un article de fond sur la cybersécurité du réseau électrique. Pas besoin de vous "
    "nommer. Pouvez-vous me dire quelles versions du logiciel de supervision tournent encore dans "
    "vos postes, et lesquelles n'ont jamais été mises à jour?",
)

sus(
    "handler_followup",
    "elicitation",
    "overt",
    "sensitive_info vague_client paid_task",
    "Le dernier rapport était trop général. Cette fois, on veut les noms des négociateurs canadiens "
    "et leurs positions de repli pour la ronde de Genève. Mon client paie le double.",
)

# ---------------------------------------------------------------- suspicious: meeting
sus(
    "fake_conference",
    "meeting",
    "overt",
    "client_meeting paid_task sensitive_info",
    """Objet : Invitation – Forum international sur la sécurité énergétique, Macao

Monsieur Paradis,

Nous avons le plaisir de vous inviter comme conférencier au Forum. Billets d'avion en classe affaires, hôtel et honoraires de 5 000 $ US sont entièrement à notre charge. Pour préparer votre intervention, merci de nous faire parvenir la liste des projets de renforcement du réseau actuellement à l'étude chez votre employeur.

Un dîner privé avec nos commanditaires est prévu le deuxième soir.

Comité d'organisation""",
)

sus(
    "handler_followup",
    "meeting",
    "subtle",
    "client_meeting",
    "Mes associés aimeraient vous voir à Istanbul en mai. On s'occupe de tout.",
)

sus(
    "handler_followup",
    "meeting",
    "overt",
    "client_meeting unusual_payment secrecy vague_client",
    "Mon client voudrait te remercier en personne pour tes rapports. Il sera à Shanghai du 12 au "
    "15. Vol en classe affaires, tout est payé, et il y aura une enveloppe pour toi. Pas besoin "
    "d'en parler au travail, tu diras que c'est des vacances.",
)

sus(
    "fake_think_tank",
    "meeting",
    "overt",
    "client_meeting secrecy",
    "Notre directeur aimerait mieux vous connaître avant d'aller plus loin. Il passe par Bangkok "
    "en novembre; si vous pouviez vous y rendre quelques jours, tous frais payés, ce serait idéal. Prenez "
    "plutôt des vacances qu'un congé de formation, ce sera plus simple pour tout le monde.",
)

sus(
    "fake_consultant",
    "meeting",
    "overt",
    "client_meeting vague_client off_platform",
    "On pourrait faire un appel vidéo avec mon client la semaine prochaine? Il a des questions "
    "précises sur vos travaux sur les batteries pour sous-marins. Sur votre Zoom perso, pas avec "
    "le compte de l'université svp.",
)

sus(
    "handler_followup",
    "meeting",
    "overt",
    "client_meeting vague_client",
    "Le client t'invite à Hong Kong, tout frais payés. Tu viens?",
)

sus(
    "fake_investor",
    "meeting",
    "subtle",
    "client_meeting sensitive_info",
    "Notre comité d'investissement souhaite vous rencontrer à Dubaï avant de signer le term sheet. "
    "Apportez les résultats de vos essais avec la Défense nationale, ceux du dernier trimestre, "
    "pas la présentation publique. On arrange les vols.",
)

# ---------------------------------------------------------------- suspicious: secrecy
sus(
    "handler_followup",
    "secrecy",
    "overt",
    "secrecy",
    "Pas besoin d'en parler à ton gestionnaire ni à l'agent de sécurité du ministère. Ce qu'on "
    "fait est légal, c'est juste plus simple comme ça, discrètement.",
)

sus(
    "handler_followup",
    "secrecy",
    "subtle",
    "secrecy",
    "Ne mentionnez pas notre rencontre dans votre déclaration de voyage.",
)

sus(
    "handler_followup",
    "secrecy",
    "overt",
    "secrecy",
    "Efface nos messages WhatsApp après lecture stp. Pis si la sécurité te pose des questions sur "
    "ton voyage, c'était un congrès, point.",
)

sus(
    "handler_followup",
    "secrecy",
    "subtle",
    "secrecy",
    "Pour la suite, je vous suggère d'utiliser l'ordinateur de la maison plutôt que celui du "
    "ministère, et de ne garder aucune copie. Votre équipe n'a pas besoin de savoir que vous nous "
    "aidez.",
)

sus(
    "fake_talent_program",
    "secrecy",
    "overt",
    "secrecy credential_targeting unusual_payment",
    """Objet : Programme de chercheurs invités – conditions

Chère Professeure Dion,

Nous sommes heureux de confirmer votre nomination au programme. Votre salaire de 200 000 ¥ par an sera versé dans un compte ouvert à votre nom en Chine. Nous vous demandons de ne pas informer votre université de cette affiliation : le contrat est confidentiel et n'a pas à figurer dans vos déclarations de conflits d'intérêts.

Bureau des talents étrangers""",
)

sus(
    "fake_consultant",
    "secrecy",
    "overt",
    "secrecy credential_targeting",
    "Vous êtes à la retraite, plus rien ne vous oblige à rendre des comptes à qui que ce soit. Vos "
    "anciens collègues de la GRC n'ont pas à savoir qu'on se parle. Restons discrets.",
)

# ---------------------------------------------------------------- suspicious: payment
sus(
    "handler_followup",
    "payment",
    "overt",
    "unusual_payment",
    "Paiement en USDT ou en cartes-cadeaux, c'est mieux pour tout le monde.",
)

sus(
    "handler_followup",
    "payment",
    "subtle",
    "unusual_payment secrecy",
    "On passera par le compte de votre sœur à Toronto, comme la dernière fois. Dites-lui que c'est "
    "pour le chalet.",
)

sus(
    "handler_followup",
    "payment",
    "overt",
    "unusual_payment paid_task",
    """Objet : Honoraires – 2e versement

Bonjour Patrick,

Merci pour la deuxième analyse, elle a été très appréciée. Comme les virements internationaux posent problème, je vous remettrai les 5 000 $ en argent comptant, dans une enveloppe, jeudi midi au restaurant habituel de la rue Elgin.

Meilleures salutations,
M. Zhang
Conseil Horizon Asie""",
)

sus(
    "handler_followup",
    "payment",
    "overt",
    "unusual_payment",
    "Envoie-moi ton adresse bitcoin pis je t'envoie les 3 000 $ ce soir.",
)

sus(
    "handler_followup",
    "payment",
    "subtle",
    "unusual_payment secrecy",
    "Ce serait mieux d'ouvrir un compte à Hong Kong pendant votre visite. Tout ira là-bas, et rien "
    "n'apparaîtra dans votre déclaration d'impôt ici.",
)

# ---------------------------------------------------------------- suspicious: coercion
sus(
    "coercion",
    "coercion",
    "overt",
    "coercion",
    "Votre mère a reçu la visite du comité de quartier hier. Ils savent que vous manifestez à "
    "Montréal. Si vous voulez qu'elle garde sa pension, rentrez au pays avant le Nouvel An. On "
    "vous écrit sur WeChat pour les détails.",
)

sus(
    "coercion",
    "coercion",
    "subtle",
    "coercion",
    "Ton frère passe son examen de la fonction publique cet automne. Penses-y.",
)

sus(
    "coercion",
    "coercion",
    "overt",
    "coercion sensitive_info",
    "Compatriote, on aimerait avoir la liste des membres de l'Association culturelle de Brossard, "
    "avec leurs numéros de cellulaire et qui vient aux réunions du jeudi. Sinon, ta famille à Wuhan "
    "risque d'avoir des ennuis. Réponds sur WeChat, pas ici.",
)

sus(
    "coercion",
    "coercion",
    "subtle",
    "coercion",
    """Objet : Convocation

Monsieur Li,

Ici le bureau de liaison du service de police de votre ville d'origine. Vous devez vous présenter au centre communautaire de la rue Saint-Laurent dans les sept jours pour « régulariser votre situation ». Sans réponse de votre part, votre père sera convoqué et son emploi à la régie des eaux sera réexaminé.

Bureau de liaison""",
)

sus(
    "coercion",
    "coercion",
    "subtle",
    "coercion",
    "Ta tante a été convoquée pour jaser de toi. Elle dit que ce serait bien que tu reviennes un "
    "bout, juste pour rassurer tout le monde. Et arrête de publier sur Facebook, ça n'aide "
    "personne, surtout pas tes parents.",
)

# ---------------------------------------------------------------- suspicious: job scam
sus(
    "job_scam",
    "job_scam",
    "overt",
    "job_scam unusual_payment",
    """Objet : Félicitations – poste d'adjoint administratif à distance

Bonjour Nadia,

Vous avez été retenue pour le poste (32 $/h, horaire flexible). Avant votre premier jour, vous devez acheter votre équipement chez notre fournisseur agréé. Nous vous posterons un chèque de 2 850 $ : déposez-le, puis envoyez 2 600 $ par Interac au fournisseur à l'adresse que je vous donnerai. Gardez le reste pour vos premières dépenses.

Service des RH
Groupe Solutions Horizon""",
)

sus(
    "task_scam",
    "job_scam",
    "overt",
    "job_scam off_platform unusual_payment",
    "Bonjour! Job étudiant flexible : évaluer des produits en ligne, 150 à 400 $ par jour. Il faut "
    "d'abord recharger ton compte de 100 USDT pour débloquer les tâches. Écris à notre mentrice sur "
    "Telegram @mentor_emplois_qc 🙂",
)

sus(
    "job_scam",
    "job_scam",
    "subtle",
    "job_scam",
    "Votre candidature au poste de commis est acceptée. Pour confirmer votre place, commandez "
    "d'abord la trousse de départ sur le site de notre partenaire avant vendredi; sans elle, la "
    "formation de lundi ne peut pas commencer.",
)

sus(
    "job_scam",
    "job_scam",
    "overt",
    "job_scam",
    "Poste à domicile 45 $/h, dépôt de 200 $ requis pour la formation. Intéressé?",
)

# ================================================================ benign: look-alikes
ben(
    "genuine_headhunter",
    True,
    """Bonjour M. Nguyen,

Je m'appelle Chloé Bergeron, chasseuse de têtes chez Boréal Talent. Je recrute pour Aérolac Systèmes, à Mirabel, un poste de gestionnaire de programme en avionique (cote Secret requise ou admissibilité à l'obtenir). Fourchette salariale : 135 000 à 150 000 $. L'affichage complet est sur le site d'Aérolac.

Si ça vous intéresse, je vous propose un appel de 20 minutes mardi ou mercredi. Mon courriel : c.bergeron@boreal-talent.example.com, ou au 514-555-0134.

Chloé""",
)

ben(
    "genuine_headhunter",
    True,
    "Parfait, je vous appelle demain 10 h au cellulaire, pour le poste chez Vireo.",
)

ben(
    "genuine_headhunter",
    True,
    """Objet : Recherche confidentielle – VP Ingénierie

Bonjour Mme Roy,

Le cabinet Laurier Gagné Conseil mène une recherche de cadres pour une société de télécommunications cotée au Québec. Comme la personne en poste n'a pas encore annoncé son départ, le nom de notre client vous sera communiqué après la signature d'une entente de confidentialité standard; je vous l'envoie par courriel si vous acceptez une première conversation. Aucun frais pour les candidats, évidemment.

Bien à vous,
Hélène Gagné, associée
Laurier Gagné Conseil, Montréal""",
)

ben(
    "genuine_recruiter",
    True,
    "Bonjour, ici Mathieu de l'équipe Acquisition de talents de Nordelec. Suite à votre candidature "
    "au poste d'analyste en cybersécurité industrielle, on aimerait vous rencontrer. Je vous envoie "
    "une invitation Teams à partir de mon adresse mathieu.poirier@nordelec.example.com.",
)

ben(
    "genuine_recruiter",
    True,
    "Salut Karim, c'est Julie de Photonix, on s'est parlé au kiosque à Photonics North. Comme "
    "promis, je t'envoie l'affichage du poste en optique intégrée (photonix.example.com/carrieres). "
    "Je t'écris sur WhatsApp parce que tu m'as dit que c'était plus simple, mais on peut aussi "
    "passer par courriel, comme tu veux!",
)

ben(
    "genuine_recruiter",
    True,
    "Votre entrevue chez Gatineau Aérospatiale est confirmée jeudi 14 h, salle 2B.",
)

ben(
    "expert_network",
    True,
    """Objet : Demande de consultation – Synapsis Experts

Bonjour M. Caron,

Synapsis Experts (Montréal) organise des appels rémunérés entre des spécialistes et des clients du secteur financier. Un fonds d'investissement aimerait une conversation d'une heure sur les tendances du marché des transformateurs de puissance en Amérique du Nord. Nous vous offrons 450 $ pour l'heure.

Important : nous ne voulons aucune information confidentielle ou non publique de votre employeur actuel ou passé. Vous pourrez refuser toute question à tout moment, et notre équipe de conformité assiste à l'appel.

Marie-Ève Dufresne
Synapsis Experts""",
)

ben("expert_network", True, "Appel Synapsis à 15 h. Rien de non public, même si le client insiste.")

ben(
    "expert_network",
    True,
    "Merci pour l'appel de ce matin! Le paiement de 300 $ sera fait par PayPal depuis le compte "
    "de Cartographe Experts d'ici cinq jours ouvrables. Vous recevrez un reçu à votre courriel "
    "personnel, comme indiqué dans votre profil.",
)

ben(
    "university_paid_talk",
    True,
    """Objet : Invitation – conférence midi à l'École de politique publique

Madame Bélanger,

Dans le cadre de notre série « Politique étrangère en pratique », nous serions honorés de vous recevoir le 9 avril pour une conférence publique d'une heure sur votre carrière diplomatique. L'École vous offre des honoraires de 750 $ et rembourse vos frais de déplacement depuis Ottawa. La conférence sera enregistrée et diffusée sur notre chaîne.

Pr Luc Morin
Université de l'Estuaire""",
)

ben(
    "university_paid_talk",
    True,
    "Allô Sophie! Le département t'offre 500 $ pour le séminaire du 12, plus le train. Ok?",
)

ben(
    "think_tank_commission",
    True,
    """Objet : Commande d'une étude signée – Institut Champlain

Bonjour M. Tessier,

L'Institut Champlain vous propose de rédiger une étude de 25 pages sur la sécurité de l'approvisionnement en minéraux critiques, à partir de sources publiques. L'étude sera révisée par deux pairs, publiée sous votre nom sur notre site et présentée lors d'un panel en juin. Honoraires : 5 000 $, selon le contrat type ci-joint.

Geneviève Arsenault
Directrice de la recherche""",
)

ben(
    "think_tank_commission",
    True,
    "Rappel : la table ronde de jeudi se tient sous la règle de Chatham House. Vous pouvez utiliser "
    "ce qui s'y dit, sans attribuer les propos. Un dédommagement de 200 $ est prévu pour les "
    "participants externes.",
)

ben(
    "paid_peer_review",
    True,
    "Cher collègue, la revue Études stratégiques et militaires vous invite à évaluer un manuscrit "
    "sur la dissuasion nucléaire. L'évaluation est confidentielle et à double insu; la revue offre "
    "une rétribution symbolique de 100 $. Merci de répondre avant le 30.",
)

ben(
    "cleared_job_ad",
    True,
    """Ingénieur·e logiciel embarqué – Lévis (QC)

Chantier Naval Saint-Laurent recrute pour son programme de frégates.
- Cote de sécurité Secret requise à l'embauche (citoyenneté canadienne obligatoire)
- Travail sur site, aucun télétravail possible
- 95 000 à 120 000 $, régime de retraite, 4 semaines de vacances
Postulez sur carrieres.example.com/csl-2231.""",
)

ben(
    "cleared_job_ad",
    True,
    "Poste d'analyste, sécurité ministérielle : cote Très secret obligatoire. Postulez sur "
    "emplois.example.org.",
)

ben(
    "cleared_job_ad",
    True,
    "Hey, ma boîte cherche quelqu'un avec une cote Secret pour un contrat avec la Marine, ça te "
    "tente? Je peux passer ton CV à mon boss, c'est un vrai poste, affiché sur notre site.",
)

ben(
    "security_awareness",
    True,
    """Objet : Sensibilisation – approches de faux recruteurs

À tout le personnel,

Le Service canadien du renseignement de sécurité rappelle que des services étrangers se font passer pour des recruteurs ou des consultants sur les réseaux professionnels. Signaux d'alerte : on vous propose de passer sur WhatsApp, WeChat ou Telegram; on vous paie pour des « rapports » destinés à un client qui n'est jamais nommé; on vous demande ce qui se dit à l'interne; on vous invite à l'étranger tous frais payés; on vous demande de garder le secret.

Au moindre doute, écrivez à securite@ministere.example.org.

Direction de la sécurité ministérielle""",
)

ben(
    "security_awareness",
    True,
    "Un recruteur veut passer sur WhatsApp et payer des « rapports »? Signalez-le.",
)

ben(
    "security_awareness",
    True,
    """Avis aux membres de la communauté

Certains d'entre vous ont reçu des appels ou des messages WeChat menaçant vos proches restés au pays, ou vous demandant de « rentrer » ou de fournir la liste des membres de l'association. C'est de la répression transnationale, et c'est illégal au Canada. Ne répondez pas, gardez des captures d'écran et appelez la ligne de signalement au 1-800-555-0199.

Le conseil d'administration
Association culturelle sino-québécoise de Laval""",
)

ben(
    "family_chat",
    True,
    "[19:02] Maman: Tu reviens quand à la maison? Grand-mère demande encore 😢\n[19:03] Maman: "
    "Ton père dit qu'on paie ton billet pour le Nouvel An\n[19:10] Moi: Je regarde mes dates au "
    "travail et je te redis ça sur WeChat ce soir",
)

ben(
    "family_chat",
    True,
    "Tante Mei m'a envoyé 2 000 ¥ par WeChat Pay pour ton anniversaire, je te fais un virement "
    "Interac demain.",
)

ben("family_chat", True, "T'as reçu le virement? C'est pour ta session, dis-le pas à ton frère 😂")

ben(
    "family_chat",
    True,
    "[samedi 10:14] Isabelle: Chut, ne dites rien à grand-papa, c'est une surprise pour ses 80 "
    "ans!\n[samedi 10:15] Isabelle: Ceux qui viennent de Gaspé, on vous rembourse l'essence, "
    "envoyez-moi vos reçus\n[samedi 10:21] Denis: 👍 on arrive vendredi soir",
)

ben("coworker_channel", True, "On continue sur Teams, c'est plus simple pour partager l'écran.")

ben(
    "coworker_channel",
    True,
    "Salut Nathalie, je t'écris sur WeChat Entreprise pour que l'équipe de Shenzhen voie aussi "
    "le fil. Ils ont besoin du rapport d'essai de la carte RF avant vendredi, la version déjà "
    "envoyée au client, pas le brouillon.",
)

ben(
    "coworker_channel",
    True,
    "Petit rappel de l'équipe terrain : pour les entrevues avec les témoins, on utilise Signal "
    "avec messages éphémères, comme prévu dans notre protocole de protection des sources. Les "
    "notes vont sur le serveur chiffré du bureau, pas sur vos ordis perso.",
)

ben(
    "travel_reimbursement",
    True,
    """Objet : Remboursement de vos frais – mission à Séoul

Bonjour Kevin,

Votre demande de remboursement pour la mission à Séoul (billet d'avion, hôtel, indemnités journalières) a été approuvée. Le montant de 3 412,80 $ sera déposé dans votre compte de paie le 28. N'oubliez pas de joindre votre carte d'embarquement de retour au dossier.

Services financiers""",
)

ben(
    "travel_reimbursement",
    True,
    "T'as soumis ton rapport de dépenses pour Toronto? La comptable les veut avant vendredi.",
)

ben(
    "travel_reimbursement",
    True,
    "Pour le congrès de Beijing, le ministère paie le vol et l'hôtel, plus les indemnités. "
    "Rappel de la sécurité : on part avec un portable de prêt, pas le vôtre, et on fait le "
    "breffage de voyage avant le départ. Déclarez tout contact inhabituel au retour.",
)

ben(
    "journalist_interview",
    True,
    """Bonjour M. Dubé,

Je suis journaliste à L'Écho de l'Outaouais. Je prépare un reportage sur les approches de faux recruteurs auprès des fonctionnaires fédéraux. Accepteriez-vous une entrevue enregistrée, où je vous citerais par votre nom et votre titre? Je ne vous demande bien sûr rien de confidentiel, seulement votre expérience de la formation de sensibilisation.

Amélie Fournier
amelie.fournier@echo-outaouais.example.com
819-555-0162""",
)

ben(
    "journalist_interview",
    True,
    "Entrevue enregistrée, on cite votre nom et votre titre, ça vous va?",
)

ben(
    "conference_invite",
    True,
    """Objet : Colloque franco-québécois sur l'IA de confiance – Lyon

Chère Dre Gauthier,

Nous serions ravis de vous accueillir comme conférencière invitée au colloque de Lyon, du 3 au 5 juin. Le consortium organisateur prend en charge votre vol, trois nuits d'hôtel et vos repas. Les actes seront publiés en libre accès.

Le comité scientifique""",
)

ben(
    "conference_invite",
    True,
    "Appel à communications : Congrès de l'ACFAS, section génie. Des bourses de voyage sont "
    "offertes aux étudiants des cycles supérieurs; formulaire sur le site du congrès.",
)

ben(
    "hr_onboarding",
    True,
    """Bienvenue chez Aéro-Mécanique Boucherville!

Avant votre premier jour, veuillez :
1. signer l'entente de confidentialité et de propriété intellectuelle;
2. remplir le formulaire de vérification de sécurité (cote de fiabilité) pour Services publics et Approvisionnement;
3. fournir un spécimen de chèque pour le dépôt direct de votre paie.

Ressources humaines""",
)

ben(
    "hr_onboarding",
    True,
    "Juste un rappel amical : les conditions de ton offre sont confidentielles, merci de ne pas "
    "en parler avec l'équipe avant l'annonce officielle lundi.",
)

ben(
    "alumni_group",
    True,
    "Bonsoir à tous! Le groupe WeChat des diplômés de Poly à Montréal organise un 5 à 7 jeudi au "
    "Vieux-Port. 25 $ par personne par Interac à Yang, ça couvre les bouchées. Les conjoints sont "
    "les bienvenus!",
)

ben(
    "alumni_group",
    True,
    "Qui de la cohorte 2009 vient au souper de retrouvailles? Réservez avant mardi.",
)

ben(
    "parents_group",
    True,
    "[Parents – 4e année Mme Lalonde] Bonjour! Pour le cadeau de fin d'année de l'enseignante, on "
    "ramasse 10 $ par famille, par Interac à Josée ou en argent dans l'agenda. On pense à une "
    "carte-cadeau de la librairie. Chut, c'est une surprise!",
)

ben("parents_group", True, "Quelqu'un peut prendre ma place au dîner pizza vendredi? Merci!")

ben(
    "bank_notice",
    True,
    """Caisse Populaire des Rivières – avis important

Nous ne vous demanderons jamais de payer en cartes-cadeaux, en cryptomonnaie ou par virement à un « conseiller » qui vous contacte par WhatsApp. Un employeur légitime ne vous envoie pas de chèque à déposer pour racheter de l'équipement. En cas de doute, composez le 1-800-555-0123.""",
)

ben(
    "payroll",
    True,
    "Votre paie du 15 a été déposée. Pour la prime de déplacement, voir le relevé dans le portail "
    "RH; aucun virement ne sera fait sur un autre compte que le vôtre.",
)

ben(
    "genuine_investor",
    True,
    """Bonjour Maxime,

Merci pour la présentation d'hier. Chez Capital Fleuve, on aimerait passer à l'étape de la vérification diligente. On signe d'abord un NDA mutuel, puis on ouvre une data room avec vos états financiers et votre feuille de route produit. On n'a pas besoin de détails techniques sur vos contrats avec la Défense; un résumé de leur valeur suffit pour notre comité.

Sébastien Turcotte, associé
Capital Fleuve, Québec""",
)

ben(
    "visiting_scholar",
    True,
    "Bonjour Pr Nadeau, le Bureau de la recherche a approuvé le séjour du chercheur invité de "
    "l'Université de Wuhan, sous réserve de l'évaluation de sécurité prévue par les lignes "
    "directrices fédérales. Il n'aura pas accès au laboratoire de propulsion ni aux données du "
    "partenaire industriel. Ses frais de séjour sont couverts par sa bourse.",
)

ben(
    "retired_official_network",
    True,
    "Bonjour à nos membres retraités de la fonction publique! Le dîner-causerie de mars aura lieu "
    "au Château Laurier. Notre invité, un ancien sous-ministre, parlera de sa carrière (rien de "
    "classifié, promis 😄). 45 $, payable à la porte.",
)

ben(
    "ngo_research",
    True,
    """Bonjour Mme Zhou,

Je suis chercheuse à l'organisme Vigie Droits (Montréal). Nous documentons la répression transnationale contre les diasporas au Canada. Seriez-vous d'accord pour une entrevue d'une heure? Vous pouvez rester anonyme; le formulaire de consentement décrit comment nous protégeons les données. Une compensation de 50 $ est offerte pour votre temps. Si vous préférez Signal au téléphone, c'est possible.

Camille Hébert""",
)

ben(
    "freelance_gig",
    True,
    "Bonjour Laurent, Traductions Nordet a un mandat pour vous : traduire un livre blanc public de "
    "40 pages pour Enerkon (le client est nommé dans le bon de commande). 0,22 $ le mot, crédit au "
    "traducteur dans la version publiée. Intéressé?",
)

ben(
    "surprise_party",
    True,
    "Chut, c'est secret : on prépare le départ à la retraite de Denise! 20 $ chacun par Interac à "
    "Marc, et pas un mot dans le canal de l'équipe 🤫",
)

ben(
    "trade_fair",
    True,
    """Objet : Votre badge – Salon aéronautique de Montréal

Bonjour M. Fortin,

Votre badge d'exposant est joint. Comme prévu dans l'entente d'exposition, Aérolac paie votre hôtel (deux nuits) et le stationnement. Merci de noter que nous ne faisons jamais de paiement sur un compte personnel ni par carte-cadeau : toute demande de ce genre est frauduleuse.

L'équipe du Salon""",
)

ben(
    "supplier_chat",
    True,
    "Bonjour Mme Ouellet, ici Pascal de Composantes Mauricie. Suite au salon, voici notre "
    "catalogue de connecteurs. Pour une soumission, passez par le portail d'approvisionnement "
    "du ministère, comme d'habitude; je ne peux pas traiter de commande hors appel d'offres.",
)

ben(
    "colleague_reporting_approach",
    True,
    "Je voulais t'en glisser un mot : un « consultant » m'a offert 2 000 $ pour un rapport sur "
    "nos projets internes et voulait passer sur Telegram. J'ai tout transféré à la sécurité "
    "ce matin.",
)

# ================================================================ benign: plain
ben("ordinary_chat", False, "On se rejoint au Tim à 8 h?")
ben("ordinary_chat", False, "Tu peux prendre du lait en revenant? Pis des bananes.")
ben("ordinary_chat", False, "Bonne fête Julie!! On t'aime gros 🎉")
ben(
    "ordinary_chat",
    False,
    "Le match est remis à dimanche à cause de la neige. Je ramène les chandails des jeunes.",
)
ben(
    "work_email",
    False,
    """Objet : Ordre du jour – réunion d'équipe

Bonjour tout le monde,

Pour la réunion de lundi : 1) bilan du sprint, 2) plan de vacances d'été, 3) déménagement du 4e étage. Envoyez-moi vos points d'ici vendredi.

Merci,
Josée""",
)
ben(
    "work_email",
    False,
    "Bonjour, le serveur de fichiers sera en maintenance samedi de 22 h à 2 h. Merci de "
    "sauvegarder vos documents avant de partir.",
)
ben(
    "work_email",
    False,
    """Salut Martin,

J'ai relu ton rapport trimestriel, c'est bon pour moi. Juste un tableau à mettre à jour en page 6 (les chiffres d'octobre). Tu peux l'envoyer à la direction quand c'est fait.

Caroline""",
)
ben("notification", False, "Votre colis Postes Canada sera livré demain entre 9 h et 17 h.")
ben(
    "notification",
    False,
    "Rappel : rendez-vous chez le dentiste mercredi 14 h 30. Répondez C pour confirmer.",
)


def subtle_ok(text: str) -> bool:
    low = text.casefold()
    return not any(word in low for word in TELLTALE)


def main() -> None:
    texts = [str(r["text"]) for r in RECORDS]
    assert len(RECORDS) == 120, len(RECORDS)
    assert len(set(texts)) == len(texts), "duplicate text"
    labels = Counter(int(r["label"]) for r in RECORDS)  # type: ignore[call-overload]
    assert labels == {1: 60, 0: 60}, labels
    assert sum(1 for r in RECORDS if r["lookalike"]) >= 48
    for r in RECORDS:
        cats = r["categories"]
        assert isinstance(cats, list)
        if r["label"] == 1:
            assert cats and set(cats) <= CATEGORIES, r
            assert r["stage"] in STAGES, r
            assert r["subtlety"] in {"overt", "subtle"}, r
            is_subtle = subtle_ok(str(r["text"]))
            if r["subtlety"] == "subtle":
                assert is_subtle, r["text"]
            else:
                assert not is_subtle, r["text"]
        else:
            assert cats == [] and r["stage"] == "none" and r["subtlety"] == "none", r
    rows = list(RECORDS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            row = {"id": f"frb6-{i:03d}", **r}
            row = {
                k: row[k]
                for k in (
                    "id",
                    "text",
                    "label",
                    "kind",
                    "lookalike",
                    "categories",
                    "stage",
                    "subtlety",
                )
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
