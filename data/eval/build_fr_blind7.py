"""Build ``fr_blind7.jsonl``: the seventh blind Canadian-French evaluation set.

Every text below was written by hand, one by one, by a writer who never opened the rule packs, the
training corpus, ``data/dev/`` or any other evaluation set. Nothing is generated from slots: the script
only checks the records, shuffles them with a fixed seed and numbers them.

Held-out data: measured once by the lead, never used to tune anything.

Rebuild: ``.venv/bin/python data/eval/build_fr_blind7.py`` (byte-identical output).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("fr_blind7.jsonl")
SEED = 7_2026_1122

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

# A message is "subtle" when it holds none of these substrings (lower-cased text): app and mail
# names, money and fee words, "client", "confidential"-type words, "report", "mandate", "employer".
# Every overt message must hold at least one.
TELLTALE = (
    "whatsapp",
    "wechat",
    "weixin",
    "telegram",
    "signal",
    "gmail",
    "hotmail",
    "qq",
    "proton",
    "@",
    "zoom",
    "skype",
    "teams",
    "client",
    "$",
    "€",
    "¥",
    "usd",
    "usdt",
    "frais",
    "rémun",
    "payé",
    "payer",
    "paie",
    "paiement",
    "honorai",
    "cachet",
    "virement",
    "versement",
    "montant",
    "crypto",
    "bitcoin",
    "cadeau",
    "confidenti",
    "secret",
    "classifi",
    "entre nous",
    "discr",
    "comptant",
    "cash",
    "argent",
    "dollar",
    "rapport",
    "mandat",
    "commission",
    "dédommag",
    "compens",
    "employeur",
    "adresse personnelle",
    "compte perso",
    "numéro perso",
    "cellulaire",
    "texto",
    "messagerie",
    "appli",
    "dépôt",
    "interac",
    "tarif",
)

# (kind, stage, categories, subtlety, text) -- label 1
SUSPICIOUS: list[tuple[str, str, list[str], str, str]] = [
    # ---- contact -------------------------------------------------------------------------------
    (
        "fake_headhunter",
        "contact",
        ["credential_targeting", "vague_client", "paid_task"],
        "overt",
        "Bonjour Mme Tremblay,\n\n"
        "Je me permets de vous écrire parce que votre profil a retenu l'attention d'un de mes clients. "
        "Si je comprends bien, vous détenez une cote Très secret et vous avez travaillé sur l'intégration "
        "des systèmes de combat des frégates. Mon client, une société de conseil établie à l'étranger "
        "dont je ne peux pas encore vous donner le nom, cherche des personnes comme vous pour des missions "
        "ponctuelles, très bien rémunérées et tout à fait compatibles avec votre poste actuel.\n\n"
        "Seriez-vous ouverte à un premier échange, sans engagement?\n\n"
        "Kevin Marchessault\nAssocié, Talents Stratégiques KM",
    ),
    (
        "fake_academic",
        "contact",
        ["credential_targeting", "sensitive_info", "client_meeting"],
        "subtle",
        "Objet : Invitation — chercheur invité, session d'automne\n\n"
        "Cher professeur Gagnon,\n\n"
        "Notre laboratoire suit avec beaucoup d'intérêt vos travaux sur les matériaux pour radômes. Nous "
        "aimerions vous accueillir trois mois comme chercheur invité, logement et billets pris en charge "
        "par notre fondation partenaire. Pour préparer le dossier d'accueil, pourriez-vous nous indiquer "
        "quels projets vous menez présentement avec la Défense nationale et quels partenaires industriels "
        "y participent?\n\n"
        "Au plaisir de vous lire,\n"
        "Dr Ren Haolin\nBureau des échanges internationaux\nInstitut de technologie de Xiangjiang",
    ),
    (
        "fake_recruiter",
        "contact",
        ["credential_targeting", "paid_task"],
        "overt",
        "Toujours ta cote Secret? J'ai des petits contrats payants pour toi 👀",
    ),
    (
        "retired_official_approach",
        "contact",
        ["credential_targeting", "paid_task", "vague_client"],
        "overt",
        "Monsieur Bélanger, félicitations pour votre retraite après 31 ans aux Affaires mondiales! Notre "
        "cabinet réunit d'anciens hauts fonctionnaires qui rédigent des notes d'analyse pour une clientèle "
        "internationale. Rien de compliqué : votre lecture des dossiers que vous connaissez mieux que "
        "personne, 2 500 $ la note. Me permettez-vous de vous inviter à dîner la semaine prochaine pour en "
        "parler?",
    ),
    (
        "fake_grad_student",
        "contact",
        ["credential_targeting", "sensitive_info"],
        "subtle",
        "Bonjour M. Lavoie, je suis doctorante en génie électrique et ma thèse porte sur la stabilité des "
        "grands réseaux nordiques. Vous êtes ingénieur au centre de conduite du réseau depuis longtemps, "
        "alors vos connaissances pratiques me seraient vraiment précieuses. Est-ce que je pourrais vous "
        "envoyer quelques questions sur les procédures de délestage et la configuration des postes de la "
        "Côte-Nord? Tout resterait dans ma thèse seulement, je ne cite personne.",
    ),
    (
        "fake_trade_contact",
        "contact",
        ["credential_targeting", "off_platform"],
        "overt",
        "Bonjour! On s'est croisés au kiosque de Photonix au salon de Montréal jeudi passé, je suis celui "
        "qui vous a laissé la carte avec le dragon bleu 😄 Mon entreprise cherche des conseillers "
        "techniques en lasers de puissance, surtout des gens qui connaissent les applications militaires. "
        "Vous m'écrivez sur WeChat? wx : lasertech_ma88",
    ),
    (
        "fake_think_tank",
        "contact",
        ["credential_targeting", "paid_task", "vague_client", "secrecy"],
        "overt",
        "Objet : Collaboration — Observatoire transpacifique des politiques publiques\n\n"
        "Madame Ouellet,\n\n"
        "Votre expérience d'adjointe au bureau d'un député membre du Comité permanent de la défense "
        "nationale nous intéresse beaucoup. L'Observatoire prépare, pour des partenaires qui souhaitent "
        "rester discrets, une série de notes sur l'évolution de la politique de défense canadienne. Nous "
        "offrons 1 800 $ par note de trois pages. Vous n'auriez besoin que de votre lecture personnelle "
        "des débats et de ce que vous entendez au bureau.\n\n"
        "Cordialement,\nHenri Zhao\nCoordonnateur des programmes",
    ),
    (
        "fake_alumni",
        "contact",
        ["credential_targeting", "paid_task"],
        "overt",
        "T'es toujours sur les moteurs du programme militaire? J'aurais une proposition qui paie bien.",
    ),
    # ---- pivot ---------------------------------------------------------------------------------
    (
        "obfuscated_pivot",
        "pivot",
        ["off_platform"],
        "overt",
        "Merci pour votre réponse rapide! LinkedIn me coupe souvent, on continue sur W h a t s A p p? "
        "+852 5000 0121. Je vous explique le mandat là-bas, c'est plus simple.",
    ),
    (
        "fake_recruiter",
        "pivot",
        ["off_platform"],
        "subtle",
        "Je préfère qu'on ne continue pas ici, la plateforme garde tout. Donnez-moi un numéro où vous "
        "joindre le soir, pas celui du bureau, et je vous rappelle jeudi.",
    ),
    (
        "handler_followup",
        "pivot",
        ["off_platform"],
        "overt",
        "Ajoute-moi sur Telegram, c'est plus simple : @conseil_nord_77",
    ),
    (
        "fake_consultant",
        "pivot",
        ["off_platform"],
        "overt",
        "On continue sur WeChat? Mon ID : boreal_lin 🙏",
    ),
    (
        "fake_consultant",
        "pivot",
        ["off_platform", "paid_task"],
        "overt",
        "Objet : Suite à notre échange\n\n"
        "Bonjour Sophie,\n\n"
        "Merci pour l'appel de ce matin. Pour la suite, je vous demanderais de ne plus utiliser votre "
        "adresse du Ministère : nos échanges seront plus fluides sur une adresse personnelle (Gmail ou "
        "autre). Je vous y enverrai le premier sujet d'analyse, avec les modalités.\n\n"
        "Bien à vous,\n"
        "Laurent Fung\nFung & Associés — conseil en affaires publiques",
    ),
    (
        "obfuscated_pivot",
        "pivot",
        ["off_platform"],
        "overt",
        "Écris-moi sur Télé-gram, même pseudo + _qc. On jase du mandat là.",
    ),
    (
        "handler_followup",
        "pivot",
        ["off_platform", "secrecy"],
        "overt",
        "[21:14] Alex Conseil: super, merci pour le doc public, c'est un bon début\n"
        "[21:15] Alex Conseil: pour le reste on passe sur Signal stp, pas sur ton téléphone du travail\n"
        "[21:15] Alex Conseil: je t'envoie le numéro par texto demain",
    ),
    (
        "handler_followup",
        "pivot",
        ["off_platform", "secrecy"],
        "subtle",
        "Pas idéal ici. Je t'envoie un autre canal ce soir, efface ce fil après.",
    ),
    # ---- paid task -----------------------------------------------------------------------------
    (
        "handler_followup",
        "paid_task",
        ["paid_task", "vague_client", "sensitive_info"],
        "overt",
        "Bonjour Nadia,\n\n"
        "Comme convenu, voici le premier sujet pour mon client : une analyse de 8 à 10 pages sur la "
        "stratégie d'interconnexion vers la Nouvelle-Angleterre d'ici 2030 — hypothèses de capacité, "
        "calendrier, points faibles. Les sources publiques, c'est correct pour commencer, mais c'est ta "
        "lecture de l'intérieur qui l'intéresse. 3 000 $ US à la remise.\n\n"
        "Pierre\n\n"
        "> Le 3 mars, Nadia a écrit :\n"
        "> Ok pour un premier essai, mais seulement avec des sources publiques.",
    ),
    (
        "handler_followup",
        "paid_task",
        ["paid_task", "sensitive_info"],
        "subtle",
        "Votre première synthèse a été très appréciée. Pour la prochaine, on aimerait trois pages sur les "
        "délais de qualification des nouveaux procédés à l'usine de Bromont, avec vos propres "
        "estimations. Même arrangement que la dernière fois.",
    ),
    (
        "handler_followup",
        "paid_task",
        ["paid_task", "vague_client"],
        "overt",
        "Le client a aimé ta note. Prochain sujet ce soir, même tarif 👍",
    ),
    (
        "fake_think_tank",
        "paid_task",
        ["paid_task", "vague_client", "sensitive_info", "credential_targeting"],
        "overt",
        "Objet : Appel à contributions rémunérées — sécurité des réseaux 5G au Canada\n\n"
        "Bonjour,\n\n"
        "Dans le cadre d'un programme de recherche financé par un bailleur privé, nous sollicitons des "
        "ingénieurs en poste chez les opérateurs canadiens pour des rapports d'experts de 15 à 20 pages. "
        "Thèmes : fournisseurs retenus pour le cœur de réseau, calendrier de retrait des équipements visés "
        "par la décision fédérale, vulnérabilités connues de votre réseau. Honoraires de 4 000 à 6 000 $ "
        "selon la profondeur. Les contributions sont anonymes et ne seront jamais publiées.\n\n"
        "Centre Pacifique d'études numériques",
    ),
    (
        "handler_followup",
        "paid_task",
        ["paid_task", "sensitive_info", "vague_client"],
        "subtle",
        "Allô Karim! Tu te souviens de notre jasette au congrès? Le groupe avec qui je travaille aimerait "
        "une courte note sur comment votre labo entraîne ses modèles de détection : taille des jeux de "
        "données, d'où ils viennent, ce qui marche pas. Deux pages, pas plus. On prendrait soin de toi "
        "comme on avait dit.",
    ),
    (
        "fake_freelance_agency",
        "paid_task",
        ["paid_task", "sensitive_info"],
        "overt",
        "Bonjour Mme Nguyen, nous cherchons des traducteurs occasionnels qui maîtrisent le vocabulaire de "
        "la défense. Rien de compliqué : vous traduisez vers l'anglais les documents de votre direction "
        "que vous jugez intéressants, surtout ceux marqués « Protégé B », à 0,40 $ du mot. Vous choisissez "
        "les textes, on s'occupe du reste.",
    ),
    # ---- elicitation ---------------------------------------------------------------------------
    (
        "fake_investor",
        "elicitation",
        ["sensitive_info", "client_meeting", "credential_targeting"],
        "subtle",
        "Bonjour Jérémie, j'ai adoré ton pitch à la journée démo. Notre fonds investit dans les puces "
        "d'IA en périphérie. Avant d'aller plus loin, j'aimerais voir le schéma complet de ton "
        "accélérateur et la liste des gens du CST qui ont testé votre prototype. On peut se voir à "
        "Vancouver? Je m'occupe du vol.",
    ),
    (
        "handler_followup",
        "elicitation",
        ["sensitive_info", "unusual_payment", "paid_task"],
        "overt",
        "Monsieur Bélanger, merci pour votre première note sur le Conseil de l'Arctique. Mes partenaires "
        "de Hong Kong souhaitent maintenant un texte sur les discussions qui ont mené à la position du "
        "Canada en 2019 : ce qui s'est dit en réunion plutôt que ce qui a été publié. Même cachet, versé "
        "comme la dernière fois au compte de votre fils.",
    ),
    (
        "handler_followup",
        "elicitation",
        ["sensitive_info"],
        "subtle",
        "Merci pour les explications d'hier. Une dernière chose : les noms des trois sites où vous "
        "installez les nouveaux équipements de cœur, et la date où l'ancien fournisseur sera débranché. "
        "Juste pour compléter le portrait.",
    ),
    (
        "handler_followup",
        "elicitation",
        ["sensitive_info", "vague_client"],
        "overt",
        "Salut Camille! Merci encore pour le café. Petite question pour ma cliente : le budget sort "
        "jeudi, tu saurais me dire si le crédit d'impôt pour la transformation des minéraux critiques est "
        "dedans, pis à quel montant? Rien d'officiel, juste une idée avant tout le monde 😉",
    ),
    (
        "fake_supply_chain_contact",
        "elicitation",
        ["sensitive_info"],
        "subtle",
        "Bonjour Mélanie, ravi d'être votre nouveau transitaire pour les livraisons au chantier. Pour bien "
        "organiser nos camions, pourriez-vous me transmettre l'horaire des prochaines livraisons au quai 4, "
        "la procédure d'accès des visiteurs et les noms des agents à la guérite? On veut éviter les délais.",
    ),
    (
        "handler_followup",
        "elicitation",
        ["sensitive_info", "vague_client", "paid_task"],
        "overt",
        "Jean-François, merci pour le dernier document, mon client est très satisfait. Il aimerait "
        "maintenant savoir quelle est la vraie marge de manœuvre dans la négociation du contrat "
        "d'exportation avec l'État de New York : le prix plancher que la direction est prête à accepter. "
        "Je sais que c'est interne, c'est pour ça que c'est mieux rémunéré.",
    ),
    (
        "handler_followup",
        "elicitation",
        ["sensitive_info", "credential_targeting"],
        "subtle",
        "Et les noms de ceux qui ont la cote dans ton équipe, tu les as?",
    ),
    (
        "handler_followup",
        "elicitation",
        ["sensitive_info", "vague_client"],
        "overt",
        "Pour la note de la semaine prochaine, mon client voudrait surtout les choses qui sont pas "
        "publiques : les résultats des essais internes sur le nouveau modèle, pis avec quels ministères "
        "vous avez signé. Tu peux m'envoyer des captures d'écran si c'est plus simple pour toi.",
    ),
    (
        "fake_academic",
        "elicitation",
        ["sensitive_info"],
        "subtle",
        "Merci de m'avoir fait visiter le labo vendredi. J'ai oublié de noter le modèle du cryostat et le "
        "nom de l'entreprise qui vous fournit les amplificateurs. Pourriez-vous aussi m'envoyer la "
        "présentation que vous avez faite aux gens de la Défense? Ce serait utile pour ma demande de "
        "subvention.",
    ),
    (
        "fake_consultant",
        "elicitation",
        ["sensitive_info", "vague_client", "secrecy"],
        "overt",
        "Objet : Question rapide — appel d'offres radio 911\n\n"
        "Bonjour Mme Roy,\n\n"
        "Je fais de la veille stratégique pour une firme cliente qui s'intéresse au nouveau système de "
        "radiocommunication du centre d'urgence. Vous êtes bien placée : pourriez-vous me dire, avant "
        "l'ouverture officielle, combien d'offres ont été reçues et dans quelle fourchette de prix? "
        "Évidemment, ça reste entre nous, et je saurai vous remercier.\n\n"
        "Marc Dion\nDion Veille Stratégique",
    ),
    # ---- meeting -------------------------------------------------------------------------------
    (
        "handler_followup",
        "meeting",
        ["client_meeting", "vague_client"],
        "overt",
        "Mon client t'attend à Macao en mars. Vol et hôtel réglés, ça te tente?",
    ),
    (
        "handler_followup",
        "meeting",
        ["client_meeting", "secrecy"],
        "subtle",
        "Nos partenaires seront à Istanbul du 12 au 15. Ce serait l'occasion idéale de vous présenter en "
        "personne; les billets sont déjà réservés à votre nom. Prévoyez votre passeport ordinaire plutôt "
        "que celui de service.",
    ),
    (
        "fake_conference",
        "meeting",
        ["client_meeting", "unusual_payment", "secrecy", "credential_targeting"],
        "overt",
        "Objet : Invitation — Forum international sur l'hydrogène vert, Shenzhen\n\n"
        "Cher M. Côté,\n\n"
        "Nous avons le plaisir de vous inviter comme conférencier d'honneur. Tous les frais (vol, hôtel "
        "cinq étoiles, accompagnateur) sont couverts, et un cachet de 5 000 $ US vous sera remis sur place "
        "en espèces. En marge du forum, quelques industriels souhaitent vous rencontrer en petit comité "
        "pour discuter des projets de votre société d'État. Inutile de passer par le bureau des "
        "déplacements de votre employeur : nous nous occupons de tout.\n\n"
        "Le Secrétariat du Forum",
    ),
    (
        "handler_followup",
        "meeting",
        ["client_meeting", "vague_client"],
        "overt",
        "Le client sera à Singapour la semaine prochaine. Tu peux venir? On paie tout.",
    ),
    (
        "handler_followup",
        "meeting",
        ["client_meeting", "sensitive_info"],
        "overt",
        "Pour la rencontre de jeudi, mon associé se joindra à l'appel Zoom mais il gardera sa caméra "
        "fermée, il est très occupé. Il veut surtout entendre votre avis sur le calendrier des "
        "acquisitions de drones, ce qui n'est pas encore annoncé. Préparez quelques notes.",
    ),
    (
        "fake_trade_contact",
        "meeting",
        ["client_meeting", "secrecy"],
        "subtle",
        "Au salon du Bourget, passez au pavillon 3 mardi vers 18 h. Un de nos dirigeants voudrait vous "
        "rencontrer à l'écart du stand, et il préfère que le reste de votre délégation ne soit pas au "
        "courant. Apportez votre ordinateur.",
    ),
    (
        "fake_academic",
        "meeting",
        ["client_meeting", "sensitive_info", "credential_targeting"],
        "overt",
        "Professeure Martin, notre université vous invite pour un séjour de deux semaines à Harbin, "
        "entièrement payé, avec une allocation quotidienne généreuse. Vous y rencontrerez des ingénieurs de "
        "nos partenaires industriels de la défense. Merci d'apporter sur une clé USB vos mesures de "
        "signature radar des échantillons, même celles qui ne sont pas encore publiées : nos ingénieurs "
        "seraient ravis d'en discuter.",
    ),
    # ---- secrecy -------------------------------------------------------------------------------
    (
        "handler_followup",
        "secrecy",
        ["secrecy"],
        "overt",
        "Pas un mot à ton gestionnaire, ok? Ça reste entre nous.",
    ),
    (
        "handler_followup",
        "secrecy",
        ["secrecy", "client_meeting"],
        "subtle",
        "Sur ta déclaration de voyage, écris juste vacances en famille.",
    ),
    (
        "handler_followup",
        "secrecy",
        ["secrecy"],
        "subtle",
        "Efface nos messages après lecture, comme d'habitude.",
    ),
    (
        "handler_followup",
        "secrecy",
        ["secrecy", "credential_targeting"],
        "overt",
        "Quand tu vas faire le renouvellement de ta cote, pas besoin de parler de nos petits contrats. "
        "C'est du conseil privé, ça les regarde pas. Garde ça discret, tsé, tout le monde fait un peu de "
        "consultation à côté.",
    ),
    (
        "fake_alumni",
        "secrecy",
        ["secrecy"],
        "subtle",
        "Objet : Pour la suite\n\n"
        "Madame Dufresne,\n\n"
        "Nous sommes ravis de poursuivre notre collaboration. Comme vous le savez, certaines personnes à "
        "votre ministère voient d'un mauvais œil les échanges avec l'extérieur. Il vaut mieux que vos "
        "collègues continuent de croire que nous sommes de vieux amis de l'université. Je vous propose "
        "de continuer ainsi.\n\n"
        "Amicalement,\nWei Ling Tan",
    ),
    (
        "fake_investor",
        "secrecy",
        ["secrecy", "unusual_payment"],
        "overt",
        "[16:02] Victor (Kestrel Ventures): Jérémie, dernière chose avant la signature\n"
        "[16:02] Victor (Kestrel Ventures): pas besoin d'en informer ton conseil ni de déclarer quoi que "
        "ce soit en vertu de la Loi sur Investissement Canada\n"
        "[16:03] Victor (Kestrel Ventures): l'argent passera par une société au Delaware, comme ça "
        "personne pose de questions\n"
        "[16:03] Victor (Kestrel Ventures): gardons ça discret jusqu'au closing 🤝",
    ),
    # ---- payment -------------------------------------------------------------------------------
    (
        "handler_followup",
        "payment",
        ["unusual_payment", "paid_task"],
        "overt",
        "Cette fois je te paie en USDT, moins de traces. Ton portefeuille?",
    ),
    (
        "handler_followup",
        "payment",
        ["unusual_payment", "paid_task"],
        "subtle",
        "Pour le dernier travail, est-ce que ce serait plus simple si ça passait par ta sœur à Vancouver? "
        "On peut faire comme si elle nous vendait des traductions.",
    ),
    (
        "handler_followup",
        "payment",
        ["unusual_payment"],
        "overt",
        "Tes cartes-cadeaux sont prêtes, 10 × 200 $. Même endroit que d'habitude?",
    ),
    (
        "handler_followup",
        "payment",
        ["unusual_payment", "client_meeting"],
        "overt",
        "[10:02] Tony: je serai a Ottawa mardi\n"
        "[10:02] Tony: je te laisse l'enveloppe (comptant) à la réception de l'hôtel, à ton nom de jeune "
        "fille comme la dernière fois\n"
        "[10:03] Tony: 3 mois d'avance 😉",
    ),
    (
        "handler_followup",
        "payment",
        ["unusual_payment"],
        "subtle",
        "Bonjour Louis, la somme pour les deux analyses a été déposée dans le compte à Hong Kong que nous "
        "avons ouvert pour vous. La carte vous sera remise à Toronto par notre ami. Rien n'apparaîtra au "
        "Canada.",
    ),
    (
        "handler_followup",
        "payment",
        ["unusual_payment"],
        "overt",
        "Ta part de 2 000 $ ira au compte de ta blonde, c'est plus simple.",
    ),
    # ---- coercion ------------------------------------------------------------------------------
    (
        "coercion",
        "coercion",
        ["coercion", "off_platform"],
        "overt",
        "Nous avons parlé à ton père hier. Il comprend la situation. Si tu reviens avant la fête du "
        "Printemps pour t'expliquer, tout va s'arranger. Sinon, ton neveu perdra sa place à "
        "l'université. Réponds sur WeChat, ton père nous a donné ton ID.",
    ),
    (
        "coercion",
        "coercion",
        ["coercion", "sensitive_info"],
        "subtle",
        "Tu fais partie de l'association des étudiants à Laval, non? On aimerait savoir qui organise la "
        "vigile de samedi et qui prend les photos. Ta tante dit que tu es quelqu'un de raisonnable.",
    ),
    (
        "coercion",
        "coercion",
        ["coercion", "secrecy", "sensitive_info"],
        "overt",
        "Madame,\n\n"
        "Votre participation aux manifestations de Montréal a été signalée. Votre frère a été convoqué à "
        "deux reprises. Pour régler la situation, vous devez nous fournir les noms des organisateurs et "
        "cesser vos publications. Personne au Canada n'a besoin d'être informé de cette démarche.\n\n"
        "Section consulaire",
    ),
    (
        "coercion",
        "coercion",
        ["coercion"],
        "subtle",
        "Grand-mère demande quand tu rentres. Le comité de quartier aussi. Fais-les pas attendre.",
    ),
    (
        "coercion",
        "coercion",
        ["coercion", "sensitive_info", "off_platform"],
        "overt",
        "Salut. On sait que ton oncle à Shenzhen a besoin de ses permis d'exportation pour son entreprise. "
        "Ce serait dommage qu'il ait des problèmes, pis que ta famille reçoive d'autres visites. Tu nous "
        "envoies la liste des membres de l'association de Brossard sur Telegram d'ici vendredi.",
    ),
    # ---- job scams -----------------------------------------------------------------------------
    (
        "job_scam",
        "job_scam",
        ["job_scam", "unusual_payment"],
        "overt",
        "Félicitations! Votre candidature comme agent·e de saisie à domicile est retenue. Pour recevoir "
        "votre trousse de formation et le portable, un dépôt remboursable de 149 $ est requis, par "
        "carte-cadeau ou par Interac à rh.embauche@example.net. Début lundi!",
    ),
    (
        "task_scam",
        "job_scam",
        ["job_scam", "off_platform"],
        "overt",
        "Bonjour 👋 ici Jessica de l'agence Optima Talents. Travail flexible : aimer des vidéos et noter "
        "des hôtels, 300 à 800 $ par jour. Ajoutez moi sur WhatsApp pour commencer : +1 438 555 0176",
    ),
    (
        "job_scam",
        "job_scam",
        ["job_scam", "unusual_payment"],
        "overt",
        "Bonjour Émilie, bienvenue dans l'équipe! Vous recevrez un chèque de 2 850 $ pour acheter votre "
        "équipement de bureau chez notre fournisseur. Déposez-le, puis envoyez 2 400 $ au fournisseur par "
        "Interac dès aujourd'hui pour que votre matériel arrive lundi.",
    ),
    (
        "job_scam",
        "job_scam",
        ["job_scam"],
        "subtle",
        "Merci pour l'entrevue de ce matin par clavardage! Pour finaliser l'embauche, envoyez-nous une "
        "photo recto verso de votre permis de conduire, votre NAS et vos identifiants de banque en ligne : "
        "la comptabilité s'en sert pour configurer votre salaire.",
    ),
]

# (kind, lookalike, text) -- label 0
BENIGN: list[tuple[str, bool, str]] = [
    (
        "genuine_headhunter",
        True,
        "Objet : Poste de directrice, ingénierie des systèmes — suite\n\n"
        "Bonjour Mme Tremblay,\n\n"
        "Merci d'avoir signé l'entente de confidentialité. Je peux maintenant vous le dire : le mandat "
        "vient de Navalis Systèmes, à Lévis, pour la direction de l'intégration des systèmes de combat. "
        "Le poste exige le maintien de votre cote Très secret; la vérification relève du gouvernement, pas "
        "de nous, et nous n'avons besoin d'aucun détail sur vos projets actuels.\n\n"
        "Seriez-vous disponible mardi à 10 h pour un appel au 418-555-0132? Je vous envoie la description "
        "complète par courriel d'ici là.\n\n"
        "Geneviève Arsenault, CRHA\nAssociée, Arsenault Recherche de cadres\n"
        "g.arsenault@arsenault-rc.example.com",
    ),
    (
        "genuine_recruiter",
        True,
        "Karim, je recrute pour Vectra IA (vision, Montréal). Un call de 15 min?",
    ),
    (
        "genuine_recruiter",
        True,
        "Bonjour Léa, comme vous êtes à Lyon jusqu'en août, on peut faire l'entrevue préliminaire par "
        "WhatsApp vidéo si c'est plus simple pour vous. C'est pour le poste d'ingénieure en fiabilité chez "
        "Hydro-Mauricie (réf. 24-118), affiché sur notre site carrières. Mon numéro : +1 819 555 0147.\n"
        "Marie-Claude, acquisition de talents",
    ),
    (
        "genuine_headhunter",
        True,
        "Allô Seb, c'est Dominic de Talents Nordiques. Le client pour le poste en cybersécurité OT, c'est "
        "Gaz Laurentien, je peux te le dire maintenant que c'est affiché. Je t'appelle ce soir sur ton "
        "cell ou tu préfères demain au bureau?",
    ),
    (
        "expert_network",
        True,
        "Objet : Demande de consultation — Réseau Axiome\n\n"
        "Bonjour M. Lavoie,\n\n"
        "Réseau Axiome met en relation des investisseurs et des spécialistes pour des appels d'une heure. "
        "Notre client, Gestion Cap-Rouge (un fonds d'infrastructures canadien), souhaite comprendre les "
        "grandes tendances publiques du marché de l'électricité au Québec. Rémunération : 350 $ l'heure.\n\n"
        "Important : nous ne voulons aucune information confidentielle, non publique ou propre à votre "
        "employeur. Si votre employeur interdit ce genre d'activité, veuillez décliner. Vous devrez "
        "confirmer ces conditions par écrit avant l'appel, et un membre de notre équipe conformité "
        "pourra y assister.\n\n"
        "Olivia Santerre\nRéseau Axiome Experts",
    ),
    (
        "expert_network",
        True,
        "Bonjour Mme Dufresne, merci de votre intérêt. Malheureusement, nos règles excluent les employés "
        "actuels de la fonction publique fédérale, même pour des sujets publics. Nous avons donc retiré "
        "votre profil de la demande. Bonne fin de journée!\n— Équipe conformité, Panel Méridien",
    ),
    (
        "expert_network",
        True,
        "Oui, tout à fait. Le client de Panel Méridien pour l'appel de jeudi, c'est Fonds Bellerive. Si une "
        "question touche à de l'info interne de ton ancien employeur, tu réponds juste « je ne peux pas "
        "en parler », c'est prévu dans nos règles et personne ne va insister. Paiement par dépôt direct "
        "dans les 30 jours.\n\n"
        "> Est-ce que je vais devoir parler de mon ancien employeur? Il y a des choses que je ne peux pas "
        "dire.",
    ),
    (
        "university_paid_talk",
        True,
        "Objet : Conférence publique — série Grands enjeux\n\n"
        "Bonjour M. Bélanger,\n\n"
        "Le Département de science politique de l'Université du Haut-Richelieu vous invite à donner une "
        "conférence publique de 45 minutes sur la diplomatie canadienne dans l'Arctique, le 14 novembre. "
        "Nous vous offrons un cachet de 750 $ et le remboursement de vos frais de déplacement sur pièces "
        "justificatives. La conférence sera filmée et mise en ligne. Le formulaire de fournisseur est "
        "joint; le paiement se fait par dépôt direct après l'événement.\n\n"
        "Pr Antoine Desrochers\nDirecteur du département",
    ),
    (
        "university_paid_talk",
        True,
        "Ton cachet pour le séminaire arrive par la Faculté dans deux semaines, désolé!",
    ),
    (
        "think_tank_commission",
        True,
        "Objet : Commande d'une étude — Institut laurentien des politiques publiques\n\n"
        "Madame Ouellet,\n\n"
        "À la suite de notre conversation, nous souhaitons vous commander une étude signée d'environ "
        "25 pages sur la modernisation du NORAD, fondée sur des sources publiques. Elle sera publiée sous "
        "votre nom après évaluation par deux pairs, et le financement de l'Institut est déclaré sur notre "
        "site. Honoraires : 6 000 $, versés en deux tranches. Conformément à notre politique, merci de "
        "confirmer que vous n'occupez aucun poste qui vous donne accès à de l'information classifiée sur "
        "le sujet; dans le cas contraire, nous ne pourrions pas vous confier ce mandat.\n\n"
        "Isabelle Ferland, directrice de la recherche",
    ),
    (
        "think_tank_commission",
        True,
        "Rappel : table ronde Chatham House jeudi 9 h, dîner offert.",
    ),
    (
        "paid_peer_review",
        True,
        "Bonjour Dr Gagnon, la revue Matériaux et Structures vous remercie de votre évaluation. Comme "
        "annoncé, un honoraire de 200 $ vous sera versé par PayPal à l'adresse inscrite à votre profil; "
        "vous pouvez aussi en faire don à la fondation de votre choix.",
    ),
    (
        "cleared_job_ad",
        True,
        "Offre d'emploi — Analyste principal·e en cybersécurité, Gatineau\n"
        "Ministère fédéral, programme de la sécurité nationale. Exigences : cote de sécurité Très secret "
        "approfondie, ou capacité de l'obtenir; bilinguisme CBC/CBC. Salaire : 98 000 $ à 115 000 $. "
        "Postulez en ligne avant le 30 septembre (référence 2025-CYB-0412). Aucuns frais ne sont exigés "
        "des personnes candidates.",
    ),
    (
        "cleared_job_ad",
        True,
        "On embauche! Technicien·ne en électronique au chantier naval de Lévis. Cote Secret exigée (on "
        "s'occupe du renouvellement). Prime de quart de nuit. Écris à emplois@navalis.example.com",
    ),
    (
        "cleared_job_ad",
        True,
        "Hey, ma gang cherche un dev C++ avec cote Secret à Ottawa, interessé?",
    ),
    (
        "security_awareness",
        True,
        "Objet : Rappel — Pensez avant de vous connecter\n\n"
        "Chers collègues,\n\n"
        "Des auteurs de menace se font passer pour des recruteurs ou des consultants sur LinkedIn. Signaux "
        "d'alerte : une offre trop flatteuse, un « client » qu'on ne nomme jamais, une demande de "
        "poursuivre la conversation sur WhatsApp, WeChat ou une adresse personnelle, des rapports "
        "rémunérés sur des sujets liés à votre travail, une invitation à l'étranger tous frais payés, une "
        "demande de garder le secret. Si cela vous arrive, ne répondez pas et écrivez à "
        "securite@organisation.example.org.\n\n"
        "Direction de la sécurité ministérielle",
    ),
    (
        "security_awareness",
        True,
        "Quiz sécurité : un « chasseur de têtes » vous offre 5 000 $ pour un rapport et veut passer sur "
        "Telegram. Que faites-vous?",
    ),
    (
        "security_awareness",
        True,
        "Avis aux membres de l'Association culturelle : si quelqu'un vous demande de rentrer au pays, de "
        "donner les noms d'autres membres ou menace votre famille là-bas, vous n'êtes pas seuls. Vous "
        "pouvez le signaler au SCRS ou à la police. Séance d'information samedi 14 h, salle 2, avec une "
        "avocate bénévole.",
    ),
    (
        "family_chat",
        True,
        "[20:41] Maman : t'as reçu l'argent sur WeChat pour ton billet?\n"
        "[20:42] Moi : oui merci!! je te rembourse quand je reviens\n"
        "[20:42] Maman : pas besoin. pis dis rien à ton père, c'est une surprise pour ses 60 ans",
    ),
    (
        "family_chat",
        True,
        "Mon frère, maman demande quand tu rentres pour le Nouvel An. Elle a déjà préparé ta chambre. "
        "Pas de pression, hein 😄",
    ),
    (
        "family_chat",
        True,
        "Virement fait pour le loyer de grand-maman, tu confirmes?",
    ),
    (
        "family_chat",
        True,
        "Ma tante passe à Montréal la semaine prochaine, elle va te donner l'enveloppe rouge de grand-papa "
        "pour ta fête. Oublie pas de l'appeler sur WeChat pour lui dire merci!",
    ),
    (
        "coworker_channel",
        True,
        "Salut! On peut continuer sur Teams? Mon courriel est plein pis c'est plus simple pour partager le "
        "fichier du budget.",
    ),
    (
        "coworker_channel",
        True,
        "Pour joindre l'équipe de Shanghai, on utilise WeChat Work, le compte de l'entreprise, pas ton "
        "compte perso. Les TI t'envoient l'invitation demain matin.",
    ),
    (
        "coworker_channel",
        True,
        "Passe sur Slack, canal #essais-moteurs, c'est là qu'on jase du test.",
    ),
    (
        "travel_reimbursement",
        True,
        "Objet : Votre demande de remboursement — mission à Taipei\n\n"
        "Bonjour Martin,\n\n"
        "Votre demande (billets, hôtel, indemnités journalières) a été approuvée : 3 412,18 $ seront "
        "déposés dans votre compte le 15. Rappel : le breffage de sécurité avant le départ et le compte "
        "rendu au retour sont obligatoires pour toute mission à l'étranger.\n\n"
        "Services financiers",
    ),
    (
        "travel_reimbursement",
        True,
        "Garde tes reçus de taxi à Hanovre, la compta rembourse juste avec les originaux.",
    ),
    (
        "journalist_interview",
        True,
        "Bonjour Mme Roy, je suis journaliste à La Gazette de l'Outaouais. Je prépare un article sur les "
        "retards du nouveau système radio du 911. Accepteriez-vous une entrevue officielle, avec votre "
        "nom? Sinon je passe par les relations avec les médias de la Ville, aucun problème. Mon numéro : "
        "819-555-0163.",
    ),
    (
        "journalist_interview",
        True,
        "Entrevue enregistrée, on the record, 20 min demain? Je cite votre nom.",
    ),
    (
        "conference_invite",
        True,
        "Objet : Congrès international sur les réseaux électriques — Taipei\n\n"
        "Cher M. Côté,\n\n"
        "Votre résumé a été accepté pour une présentation orale. Le comité scientifique prend en charge "
        "l'inscription et trois nuits d'hôtel; le vol est remboursé sur présentation des reçus (plafond de "
        "2 000 $ CA). Les actes seront publiés en libre accès. Merci de faire autoriser votre déplacement "
        "selon les règles de votre employeur.\n\n"
        "Comité d'organisation",
    ),
    (
        "conference_invite",
        True,
        "Bonjour Pre Martin, le symposium sino-canadien sur l'hydrologie aura lieu à Wuhan du 8 au 10 "
        "octobre. Les organisateurs (nos deux universités) couvrent le vol et l'hôtel des conférenciers. "
        "Le programme est public sur le site du symposium, et je vous envoie la lettre d'invitation "
        "officielle pour votre visa. Pensez à en parler au bureau de la sécurité de la recherche avant de "
        "partir, c'est la procédure.",
    ),
    (
        "hr_onboarding",
        True,
        "Bienvenue chez Aéro-Mirabel! Avant lundi : signez l'entente de confidentialité et la politique "
        "sur les conflits d'intérêts (tout travail de consultation à l'extérieur doit être déclaré), et "
        "remplissez le formulaire de dépôt direct. Votre demande de cote Secret sera lancée par notre "
        "agente de sécurité d'entreprise.",
    ),
    (
        "hr_onboarding",
        True,
        "Rappel : ton offre salariale est confidentielle, n'en parle pas à l'équipe 🙏",
    ),
    (
        "bank_notice",
        True,
        "Caisse Boréale : un virement Interac de 500 $ de MARIE LEBLANC a été déposé dans votre compte. "
        "Nous ne vous demanderons jamais vos mots de passe, vos codes de sécurité ni de déplacer votre "
        "argent vers un « compte sécurisé », que ce soit par texto, courriel ou téléphone. Une question? "
        "Appelez-nous au 1 800 555-0199 (numéro au dos de votre carte).",
    ),
    (
        "payroll_notice",
        True,
        "Avis de paie : votre relevé du 14 inclut le remboursement de vos frais de mission (Hanovre) et la "
        "prime de bilinguisme. Vos relevés sont dans le portail RH. Toute modification de vos coordonnées "
        "bancaires doit être faite par vous dans le portail : le Centre des services de paie ne vous la "
        "demandera jamais par courriel.\n\nCentre des services de paie — Ne pas répondre à ce message",
    ),
    (
        "alumni_group",
        True,
        "Salut la gang de la promo 2009 de Poly! 15 ans déjà 🎉 Souper retrouvailles le 8 juin dans le "
        "Vieux-Port, 65 $ par personne, virement à Julie. Ceux qui travaillent dans la défense : pas de "
        "souci si vous pouvez pas parler de vos jobs, on veut juste vous voir!",
    ),
    (
        "alumni_group",
        True,
        "Qui vient au 5 à 7 des anciens de l'ENAP jeudi?",
    ),
    (
        "parents_group",
        True,
        "Parents de 3e année : on ramasse 10 $ par famille pour la carte-cadeau de Mme Hélène. Virement "
        "Interac à parents.3a@example.org, réponse « fleurs ». Chut, c'est une surprise!",
    ),
    (
        "community_association",
        True,
        "L'Association sino-québécoise de Brossard organise sa soirée du Nouvel An lunaire le 8 février. "
        "On cherche des bénévoles pour la cuisine et le vestiaire; inscription dans notre groupe WeChat ou "
        "par courriel. Billets : 25 $ adultes, gratuit pour les enfants, en vente au local les samedis.\n\n"
        "Le conseil d'administration\nAssociation sino-québécoise de Brossard\n"
        "info@asqb.example.org · 450-555-0118",
    ),
    (
        "ngo_research",
        True,
        "Bonjour, je suis chercheuse à Droits Sans Frontières Canada. Nous documentons les pressions "
        "exercées sur les diasporas au Québec. Si vous acceptez de témoigner, on peut se parler sur "
        "Signal pour protéger votre identité. Rien ne sera publié sans votre consentement écrit, et vous "
        "pouvez vous retirer en tout temps.",
    ),
    (
        "surprise_party",
        True,
        "Ne dites rien à Claude : on organise son départ à la retraite vendredi 16 h, salle 4-210. "
        "Contribution volontaire de 20 $ pour le cadeau, en argent comptant à Nathalie. Secret absolu 🤫",
    ),
    (
        "surprise_party",
        True,
        "Chut! La fête surprise de Mélanie, c'est samedi. Pas un mot!",
    ),
    (
        "visiting_scholar",
        True,
        "Bonjour Pr Ren, votre séjour comme chercheur invité au département est approuvé du 1er septembre "
        "au 30 novembre. Conformément à la politique de sécurité de la recherche, vous aurez accès au "
        "laboratoire 2 seulement; les locaux des projets financés par la Défense ne sont pas accessibles "
        "aux chercheurs invités. Votre allocation mensuelle sera versée par la paie de l'université.",
    ),
    (
        "trade_fair",
        True,
        "Merci d'être passé à notre kiosque au salon Aéro Montréal! Comme promis, voici notre catalogue "
        "public de capteurs. Pour une soumission, écrivez à ventes@capteursnord.example.com : on ne traite "
        "aucune demande sur les messageries personnelles.",
    ),
    (
        "genuine_investor",
        True,
        "Salut Jérémie! Super pitch hier. Notre comité veut voir ta data room (états financiers, cap "
        "table, brevets publiés) avant la rencontre à Vancouver; on rembourse ton vol selon notre "
        "politique. Pas besoin de détails sur vos contrats avec le gouvernement à ce stade : si on va plus "
        "loin, ça se fera sous NDA avec tes avocats et dans les règles.",
    ),
    (
        "supplier_chat",
        True,
        "Bonjour Mélanie, votre commande d'alliages part jeudi. Le chauffeur aura son permis et la lettre "
        "de transport, il se présentera à la guérite comme d'habitude. On n'a besoin de rien d'autre de "
        "votre côté. Si la date de réception change, écrivez-moi avant mercredi midi.\n\n"
        "Stéphane Gingras\nCoordonnateur logistique, Alliages Beauce inc.\n418-555-0171",
    ),
    (
        "retired_official_network",
        True,
        "Cher Raymond, l'Amicale des retraités des Affaires étrangères tient son dîner annuel le 22 mai. "
        "Conférencier : un ancien ambassadeur qui présentera son livre sur les négociations de l'ALENA "
        "(le livre sera en vente sur place). Repas trois services, 45 $, payable à l'entrée par chèque ou "
        "par carte. Les conjoints sont les bienvenus. Merci de confirmer votre présence à Lise avant le "
        "10 mai.\n\nAu plaisir de vous y voir!\nGilles, pour le comité",
    ),
    (
        "colleague_reporting_approach",
        True,
        "[09:12] Nadia : j'ai reçu un message bizarre d'un « consultant » qui veut me payer pour des "
        "analyses sur les interconnexions\n"
        "[09:13] Nadia : il voulait qu'on passe sur WhatsApp\n"
        "[09:13] Fred : fais une capture pis envoie ça à la sécurité, ils ont demandé qu'on signale ce "
        "genre d'affaire\n"
        "[09:14] Nadia : ok je fais ça",
    ),
    (
        "grad_student_request",
        True,
        "Bonjour M. Lavoie, je suis doctorante à Polytechnique et ma directrice, Pre Anne Roy, m'a "
        "suggéré de vous écrire. Ma thèse porte sur la stabilité des réseaux. Est-ce qu'il existe chez "
        "vous un programme de stage ou un processus officiel pour les demandes de données? Je ne cherche "
        "évidemment rien de confidentiel et je passerai par le processus de votre employeur.",
    ),
    (
        "freelance_gig",
        True,
        "Bonjour Mme Nguyen, Traductions Alizé aurait un mandat pour vous : le rapport annuel (public) de "
        "notre client Banque Pélican, environ 12 000 mots vers l'anglais, à 0,22 $ du mot, facture "
        "payable à 30 jours. Ça vous tente?",
    ),
    (
        "genuine_recruiter",
        True,
        "Bonjour! Ici Fatima de TéléBoréal. Ton profil en ingénierie RF nous intéresse pour un poste à "
        "Laval. Je t'appelle demain midi?",
    ),
    (
        "family_chat",
        True,
        "[18:20] Shirin: Papa, ton ami Dariush de Téhéran a appelé à la maison\n"
        "[18:21] Shirin: il veut savoir quand tu reviens pour le mariage de Leila\n"
        "[18:21] Papa: ah! je vais l'appeler sur WhatsApp ce soir\n"
        "[18:22] Shirin: ok. maman dit qu'on en parle au souper 🙂",
    ),
    # ---- plain benign --------------------------------------------------------------------------
    ("ordinary_chat", False, "Tu ramasses du lait en revenant?"),
    ("ordinary_chat", False, "Soirée de jeux vendredi? Apporte des chips pis ta blonde!"),
    ("ordinary_chat", False, "Le garage a appelé, le char est prêt."),
    ("ordinary_chat", False, "Bonne fête ma belle! On se voit en fin de semaine 🎂"),
    (
        "work_email",
        False,
        "Objet : Réunion d'équipe déplacée\n\n"
        "Bonjour à tous,\n\nLa réunion de mardi est déplacée à mercredi 10 h, salle Laurentides. Ordre du "
        "jour inchangé.\n\nMerci,\nSylvie",
    ),
    (
        "work_email",
        False,
        "Objet : Entretien du système de chauffage\n\n"
        "Le chauffage sera coupé au 3e étage jeudi de 7 h à 11 h. Prévoyez une petite laine!\n\n"
        "Gestion de l'immeuble",
    ),
    ("notification", False, "Votre colis a été livré à la porte avant. — Postes Boréales"),
    (
        "notification",
        False,
        "Rappel : dentiste demain 14 h 30. Répondez C pour confirmer.",
    ),
]


def is_subtle(text: str) -> bool:
    """True when the text holds none of the TELLTALE substrings."""
    low = text.lower()
    return not any(word in low for word in TELLTALE)


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for kind, stage, cats, subtlety, text in SUSPICIOUS:
        assert stage in STAGES, stage
        assert cats and set(cats) <= CATEGORIES, cats
        assert len(set(cats)) == len(cats), cats
        assert subtlety == ("subtle" if is_subtle(text) else "overt"), (subtlety, text)
        records.append(
            {
                "text": text,
                "label": 1,
                "kind": kind,
                "lookalike": False,
                "categories": cats,
                "stage": stage,
                "subtlety": subtlety,
            }
        )
    for kind, lookalike, text in BENIGN:
        records.append(
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
    texts = [str(r["text"]) for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    assert len(records) == 120
    assert sum(1 for r in records if r["label"] == 1) == 60
    assert sum(1 for r in records if r["lookalike"]) >= 48
    random.Random(SEED).shuffle(records)
    return [{"id": f"frb7-{i:03d}", **r} for i, r in enumerate(records, start=1)]


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in build()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
