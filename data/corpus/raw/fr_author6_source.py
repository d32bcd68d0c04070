"""French training families from a sixth French hand (fr6), heavy on hard look-alikes.

Who and how: written by a project engineer (an AI assistant) from ``../shared/DESIGN.md`` ("The threat it
screens for") and from what public warnings describe (CSIS, MI5/NPSA "Think Before You Link", FBI),
blind to the rule packs, the training corpus and the evaluation sets: none of them was opened. Every
message comes from its own hand-written template (one message per template, ``PER_TEMPLATE = 1``); the
slots only vary names, firms, sectors, cities, amounts and dates. Every name, firm, address and
number is invented (example.com/.net/.org/.ca addresses, 514-555-01xx, 06 00 00 00 xx, +86 138 0000 0000
style numbers).

Run: ``python data/corpus/raw/fr_author6_source.py`` regenerates ``fr_author6.jsonl`` beside it (fixed seed)
and prints the counts below.

What the families cover:

- Suspicious (``fr6-s-NN-slug``): pivots off the platform (plain and disguised app names, personal
  e-mail), paid notes and white papers for an unnamed party, odd payment (USDT, gift cards, cash, a
  relative's account), secrecy towards the employer, drift to what has not been made public, invitations
  to come abroad with everything arranged, "interviews" that dig into current projects, diaspora
  coercion (family visited, passport withheld, names of community members), job scams (equipment deposit,
  task scam, cheque and gift-card scheme). Nine of the fifteen families are subtle: no app name, no
  "client", no fee, no "confidentiel"; the intent shows only in what is asked.
- Benign (``fr6-b-NN-slug``), 20 of 23 families look-alikes: recruiters and headhunters who name the
  employer, the role and the salary band (some move to WhatsApp or Telegram for scheduling only), expert
  networks that name themselves, pay per call and refuse confidential information, think tanks and
  universities paying for signed public work, conference organisers abroad paying travel, journalists on
  the record, colleagues on internal matters, a public-tender bid team, security-awareness notices that
  quote the warning signs, family and parents' group chats (money home, visits, a surprise kept between
  us), alumni and friends meeting abroad, travel-expense chats, clearance job ads, HR onboarding
  through the official portal, payroll and bank notices, consultants invoicing named clients. Three plain families (ordinary chat, office e-mails) complete them.

Registers: chat lines (Québec and France, tu and vous, a few chat exports with timestamps), InMails and
short e-mails, longer e-mails with subjects, signatures, quoted replies or forwarded messages. Openers
and closers are drawn from pools shared by both classes within each register.

Counts (printed by this script): 333 messages in 38 families, 133 suspicious (40%) in 15 families, 9 of
them subtle (80 messages); 200 benign in 23 families, 20 look-alike families (174 messages). Families
hold 8 to 10 messages. Length in words (short = 3-20, medium = 21-120, long = over 120; no message falls
between 21 and 29): suspicious 50 short / 41 medium / 42 long, benign 70 / 72 / 58; suspicious 10-195
words (median 59), benign 10-196 (median 56).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, Template, build, write

SEED = 60626
PER_TEMPLATE = 1
OUT = Path(__file__).resolve().parent / "fr_author6.jsonl"

# Furthest funnel stage wins; coercion is outside the recruiter funnel (stage "none").
STAGE_OF = {
    "credential_targeting": "contact",
    "off_platform": "pivot",
    "paid_task": "tasking",
    "sensitive_info": "elicitation",
    "client_meeting": "meeting",
}
ORDER = ["contact", "pivot", "tasking", "elicitation", "meeting"]


def s(cats: str, text: str) -> Template:
    """A suspicious template; its stage follows from its categories."""
    names = cats.split()
    stages = [STAGE_OF[c] for c in names if c in STAGE_OF]
    stage = "none" if "coercion" in names or not stages else max(stages, key=ORDER.index)
    return (stage, cats, textwrap.dedent(text).strip("\n"))


def b(text: str) -> Template:
    """A benign template: no category, stage "none"."""
    return ("none", "", textwrap.dedent(text).strip("\n"))


POOLS: dict[str, list[str]] = {
    "nom": ["Julie Tremblay", "Karim Haddad", "Sophie Bergeron", "Mathieu Lavoie", "Inès Moreau",
            "Louis-Philippe Roy", "Chloé Vasseur", "Nadia Belkacem", "Guillaume Fortin", "Élodie Marchand"],
    "nomf": ["Julie Tremblay", "Sophie Bergeron", "Inès Moreau", "Chloé Vasseur", "Nadia Belkacem",
             "Élodie Marchand", "Geneviève Ouellet"],
    "nomm": ["Karim Haddad", "Mathieu Lavoie", "Louis-Philippe Roy", "Guillaume Fortin", "Rémi Castonguay"],
    "nom2": ["Patrick Simard", "Aurélie Dufresne", "Hugo Lambert", "Mélanie Côté", "Vincent Da Silva",
             "Camille Poirier", "Yann Le Goff", "Stéphanie Nadeau"],
    "pre": ["Max", "Léa", "Fred", "Annie", "Seb", "Marie", "JP", "Nico", "Audrey", "Wei"],
    "firme": ["Talents Boréal", "Maillon RH", "Cap Recrutement", "Vigie Carrières", "Horizon Sélection",
              "Passerelle Talents"],
    "employeur": ["Nordavia Aérospatiale", "Semicor Microsystèmes", "Voltéa Énergie", "Télécom Laurentide",
                  "Optronix Défense", "Cobalt Robotique", "Altisol Satellites"],
    "poste": ["directeur technique des systèmes embarqués", "gestionnaire principal en architecture 5G",
              "responsable de la sûreté des procédés", "chef de projet intégration satellite",
              "spécialiste en vérification de circuits", "conseillère principale en cybersécurité"],
    "salaire": ["115 000 $ à 135 000 $", "98 000 $ à 112 000 $", "125 000 $ à 140 000 $ plus boni",
                "104 000 $ à 118 000 $"],
    "salairefr": ["62 k€ à 70 k€ brut", "55 à 63 k€ brut annuel", "58 k€ à 66 k€ brut"],
    "reseau": ["Cortexa Insights", "Panorama Experts", "Sapience Connect", "Lumen Réseau d'experts",
               "Arbora Consultations"],
    "secteur": ["semi-conducteurs", "aérospatiale", "défense", "télécommunications", "énergie nucléaire",
                "intelligence artificielle", "hydrogène vert", "batteries"],
    "ville": ["Singapour", "Istanbul", "Dubaï", "Shanghai", "Hong Kong", "Bangkok", "Macao", "Belgrade"],
    "villeconf": ["Lisbonne", "Séoul", "Genève", "Barcelone", "Tokyo", "Dakar", "Vienne", "Taipei"],
    "app": ["WhatsApp", "WeChat", "Telegram", "Signal"],
    "appobf": ["W h a t s A p p", "T.e.l.e.g.r.a.m", "vx", "We\u200bChat", "S\u0456gnal", "wsp",
               "Télégramme"],
    "telca": ["514-555-0134", "438-555-0162", "418-555-0107", "06 00 00 00 27", "07 00 00 00 45"],
    "teletr": ["+852 5555 0143", "+86 138 0000 0000", "+971 50 000 0012", "+65 8000 0031"],
    "courriel": ["m.roy.consult@example.com", "lina.k2026@example.net", "pro.jlavoie@example.org",
                 "consult.asie@example.com", "h.vasseur.perso@example.net"],
    "projet": ["Borée", "Aquilon", "Sirius", "Hélios", "Mistral", "Orion-2", "Cassiopée"],
    "jour": ["jeudi", "lundi", "mardi matin", "vendredi", "mercredi après-midi"],
    "date": ["12 mars", "4 juin", "21 septembre", "8 novembre", "17 avril"],
    "dnum": ["12/03/2026", "04/06/2026", "21/09/2026", "08/11/2026", "17/04/2026"],
    "montant": ["2 500 $", "3 000 USD", "1 800 €", "4 000 $", "2 200 €"],
    "heure": ["250 $ US", "300 €", "200 $", "350 $ CA", "275 €"],
    "inst": ["l'Institut Champlain d'études stratégiques", "le Centre Marceau de politique publique",
             "l'Université du Littoral-Nord", "l'Observatoire Vauban des technologies",
             "la Chaire Beaulieu en sécurité internationale"],
    "journal": ["Le Courrier de l'Estuaire", "La Presse du Plateau", "L'Écho industriel", "Radio Rive-Sud",
                "Le Quotidien des Deux-Rives"],
    "parent": ["maman", "papa", "grand-mère", "tante Lin", "tonton Farid", "mamie"],
    "argent": ["200 $", "300 euros", "1 000 yuans", "150 $", "500 dirhams"],
    "ref": ["AO-2026-0417", "DP-26-118", "2026-ST-0093", "AO 26-044"],
    "organisme": ["la Ville de Saint-Aurèle", "la Société de transport de Bellerive",
                  "la Régie des services scolaires des Monts", "la Régie intermunicipale de l'eau du Val-Clair"],
    "heureh": ["9 h 30", "14 h", "16 h 15", "11 h", "13 h 45"],
}

# Openers and closers are shared by both classes; each register has its own pools so that a
# chat line never gets a letter's greeting and an e-mail never ends on an emoji.
CHAT_OPENERS = ["", "", "", "", "", "Salut ! ", "Bonjour. ", "Re ! ", "Coucou ! ", "Allo ! "]
CHAT_CLOSERS = ["", "", "", "", " 🙂", " Merci !", " 👍", " Bonne soirée.", " À+", " Merci d'avance."]
EXPORT_OPENERS = ["", "", "(export de la conversation)\n"]
EXPORT_CLOSERS = ["", "", "\n<Médias omis>", "\n(message supprimé)"]
MAIL_OPENERS = [
    "Bonjour,\n\n", "Bonjour Karine,\n\n", "Bonjour Nicolas,\n\n", "Bonjour à vous,\n\n", "Bonsoir,\n\n",
    "Bonjour Mme Gauthier,\n\n", "Bonjour M. Lemieux,\n\n", "Madame, Monsieur,\n\n",
]
MAIL_CLOSERS = [
    "\n\nCordialement,\nMarie-Ève Lapointe", "\n\nBonne journée,\nThomas Girard\nConseiller principal",
    "\n\nAu plaisir,\nSamira Benali", "\n\nBien à vous,\nÉtienne Morin, M. Sc.",
    "\n\nMerci et bonne fin de semaine,\nLaurence Caron", "\n\nBien cordialement,\nAntoine Ferreira\nResponsable de projets",
    "\n\nÀ bientôt,\nJ.", "\n\nSalutations,\nOlivier Pelletier\n514-555-0117",
]
LONG_OPENERS = ["", "", "", "[EXTERNE] ", "[Externe] "]
LONG_CLOSERS = [
    "", "", "\n\nEnvoyé de mon téléphone", "\n\n--\nPensez à l'environnement avant d'imprimer ce courriel.",
    "\n\n--\nCe message s'adresse uniquement à son destinataire. Si vous l'avez reçu par erreur, merci de le "
    "supprimer et d'en aviser l'expéditeur.",
]

CHAT = Families()
EXPORT = Families()
MAIL = Families()
LONG = Families()
SUBTLE: set[str] = set()


# ---------------------------------------------------------------- suspicious: short chat lines
CHAT.add("fr6-s-01-bascule-messagerie", 1, "fake_recruiter", "chat", False, [
    s("credential_targeting off_platform",
      "Votre profil en {secteur} est top. On continue sur {app} ? {teletr}"),
    s("off_platform", "Ajoute-moi sur {appobf}, c'est plus simple pour te parler du poste."),
    s("off_platform vague_client", "Mon client préfère éviter LinkedIn. T'as un numéro {app} ?"),
    s("credential_targeting off_platform",
      "Vous avez toujours votre cote Secret ? Écrivez-moi plutôt à {courriel}, je vous explique."),
    s("off_platform", "dsl je check jamais ici, go sur {appobf} : {teletr}"),
    s("off_platform", "LinkedIn me bloque les messages, écris-moi sur {app} : {teletr}"),
    s("credential_targeting off_platform", "Poste top pour quelqu'un d'habilité comme toi. Plus de détails sur {appobf} ?"),
    s("off_platform", "Mon numéro perso : {teletr}. Ajoute-moi, on parle du salaire là-bas."),
    s("off_platform vague_client", "Le client veut tout garder hors plateforme, t'as {app} ?"),
    s("off_platform", "Scanne le code QR de mon profil pour m'ajouter sur {appobf}."),
])
CHAT.add("fr6-s-02-ce-qui-nest-pas-sorti", 1, "handler_followup", "chat", False, [
    s("sensitive_info", "T'as pu voir la version de la feuille de route qui circule avant l'annonce ?"),
    s("sensitive_info vague_client",
      "Ceux avec qui je travaille voudraient surtout ce qui n'est pas encore sorti sur {projet}."),
    s("sensitive_info", "Le communiqué, on l'a. Ce qui compte, c'est le comité de {jour}."),
    s("sensitive_info", "Juste les grandes lignes du prochain budget de {projet}, rien d'écrit si tu préfères."),
    s("sensitive_info", "Une photo de la diapo sur les retards, même floue, ça suffirait largement."),
    s("sensitive_info", "Tu sais déjà qui prendra la tête du programme ? Avant l'annonce, je veux dire."),
    s("sensitive_info", "Le chiffre qui compte, c'est celui du rapport interne, pas celui des journaux."),
    s("sensitive_info", "Ce serait bien d'avoir la liste des sites retenus avant qu'elle devienne publique."),
    s("sensitive_info", "Juste oui ou non : le contrat avec {employeur} sera renouvelé ?"),
    s("sensitive_info", "Rien d'écrit, raconte-moi juste ce que ton directeur a présenté {jour}."),
])
SUBTLE.add("fr6-s-02-ce-qui-nest-pas-sorti")
CHAT.add("fr6-s-03-paiement-discret", 1, "handler_followup", "chat", False, [
    s("paid_task unusual_payment secrecy",
      "Pour la note, je peux te verser {montant} en USDT, c'est plus discret qu'un virement."),
    s("secrecy", "Pas besoin d'en parler à ton gestionnaire, ça reste entre nous deux."),
    s("unusual_payment", "Le paiement peut aller sur le compte de ta sœur si c'est plus simple pour toi."),
    s("paid_task unusual_payment", "je t'envoie des cartes-cadeaux pour l'étude ok ? pas de facture svp"),
    s("paid_task vague_client unusual_payment secrecy",
      "Mon client paie {montant} comptant à la remise du document. On n'en parle à personne."),
    s("unusual_payment", "Je peux payer en bitcoins ou en espèces, comme tu préfères."),
    s("secrecy paid_task", "Tu factures rien, tu déclares rien, ton employeur n'a pas à savoir."),
    s("unusual_payment", "Donne-moi l'IBAN de ton cousin, le virement passera par lui."),
    s("paid_task unusual_payment vague_client", "Mon client double la somme si tu acceptes d'être payé en crypto."),
    s("unusual_payment secrecy", "L'enveloppe t'attend à la réception de l'hôtel. N'en parle à personne."),
])
CHAT.add("fr6-s-04-pression-famille", 1, "coercion", "chat", False, [
    s("coercion", "Des gens sont passés chez {parent} hier. Ils aimeraient que tu rentres avant l'été."),
    s("coercion", "Ton frère pourrait perdre sa place à l'usine. Ça dépend de toi maintenant."),
    s("coercion", "On veut seulement les noms de ceux qui organisent la réunion de samedi à la salle paroissiale."),
    s("coercion", "Pense à tes parents. Deux semaines au pays et tout rentre dans l'ordre."),
    s("coercion", "Ils ont gardé le passeport de {parent}. Appelle le bureau, ils t'expliqueront quoi faire."),
    s("coercion", "Ton père a encore été convoqué ce matin. Tu sais ce qu'ils attendent de toi."),
    s("coercion", "Ils veulent savoir qui vient aux rassemblements devant le consulat. Quelques noms et ça ira."),
    s("coercion", "Ta sœur n'aura pas sa bourse si tu continues à publier ces textes."),
    s("coercion", "Un retour au pays cet été arrangerait tout le monde. Réfléchis bien."),
    s("coercion", "On sait à quelle école va ta fille. Appelle ton oncle ce soir."),
])
SUBTLE.add("fr6-s-04-pression-famille")
CHAT.add("fr6-s-05-venir-en-personne", 1, "handler_followup", "chat", False, [
    s("client_meeting vague_client",
      "Les personnes que je représente aimeraient te rencontrer à {ville}. On s'occupe de tout."),
    s("client_meeting", "Le voyage est entièrement organisé par nos soins, t'as juste à prendre l'avion pour {ville}."),
    s("client_meeting vague_client", "Un dîner à {ville} avec mes partenaires, quelques jours, ta famille peut venir aussi."),
    s("client_meeting", "Si tu passes par {ville} le mois prochain, quelqu'un tient à te voir en personne."),
    s("client_meeting sensitive_info", "Prends une semaine de congé, on te fait visiter {ville}. Apporte tes notes du projet."),
    s("client_meeting vague_client", "Mes amis seront à {ville} en mai, l'occasion de te les présenter en privé."),
    s("client_meeting sensitive_info", "Une semaine à {ville}, tout est prévu. On en profitera pour parler de ton travail."),
    s("client_meeting vague_client", "Ils tiennent à te voir en personne, rien par écrit, juste une rencontre à {ville}."),
    s("client_meeting", "On t'attend à l'aéroport de {ville}, quelqu'un viendra te chercher."),
    s("client_meeting vague_client", "Tu passes par {ville} après ta conférence ? Ils veulent te parler seul à seul."),
])
SUBTLE.add("fr6-s-05-venir-en-personne")


# ---------------------------------------------------------------- suspicious: InMail and short e-mail
MAIL.add("fr6-s-06-chasseur-client-vague", 1, "fake_headhunter", "inmail", False, [
    s("credential_targeting vague_client paid_task off_platform", """
        Votre parcours en {secteur} et votre cote de sécurité ont retenu l'attention d'un de mes clients, un
        cercle de réflexion établi en Asie. Il cherche des spécialistes pour rédiger de courtes analyses sur
        les politiques industrielles, à raison de {montant} par rapport, le tout à distance et à votre rythme.
        Comme je consulte peu LinkedIn, pourriez-vous m'écrire sur {app} au {teletr} ? Je vous enverrai les
        détails et un premier sujet."""),
    s("vague_client paid_task sensitive_info", """
        Je recrute pour un client discret qui prépare une implantation dans le domaine {secteur}. Il ne
        souhaite pas encore dévoiler son nom, mais il offre {montant} pour une note de quelques pages sur la
        façon dont votre employeur organise ses essais et ses calendriers internes. Aucun document officiel
        n'est nécessaire : votre regard d'initié suffit. Seriez-vous ouvert à ce genre de mandat ponctuel ?"""),
    s("credential_targeting vague_client paid_task off_platform", """
        Félicitations pour votre nouveau poste chez {employeur} ! Je représente une firme-conseil qui
        accompagne des investisseurs étrangers, et ils paient très bien l'avis d'experts comme vous, jusqu'à
        {montant} par mandat. Pour vous transmettre le premier sujet, je vous propose de poursuivre sur
        {appobf}, c'est plus pratique que la messagerie d'ici. Mon identifiant suit si vous êtes partant."""),
    s("credential_targeting vague_client paid_task secrecy off_platform", """
        Je fais de la chasse de têtes à mon compte. Mes clients recherchent des ingénieurs ayant travaillé sur des
        programmes en {secteur} sous habilitation. Il ne s'agit pas d'un emploi, plutôt de consultations
        rémunérées, menées en toute discrétion vis-à-vis de votre employeur actuel. Un premier échange sur {app}
        nous permettrait de voir si cela vous convient. Rien ne presse, mais les places sont limitées."""),
    s("vague_client paid_task credential_targeting off_platform", """
        Un de mes clients, un fonds d'investissement qui ne souhaite pas être nommé, cherche des experts en
        {secteur} pour des missions de rédaction. Chaque note de synthèse est payée {montant}, sans engagement
        de durée. Vous avez le profil idéal : ancien de {employeur}, habilité, publié. Je vous laisse mon
        {app} ({teletr}) pour la suite ; je réponds bien plus vite là-bas qu'ici."""),
    s("vague_client paid_task off_platform", """
        Vous avez consulté mon profil hier, alors je me lance ! Je recrute des consultants à temps partiel pour
        un client étranger qui s'intéresse au secteur {secteur}. Travail à la pige, quelques heures par mois,
        {montant} par rapport livré. Pas d'entrevue classique : on discute, puis je vous envoie un sujet test.
        Dites-moi à quelle adresse personnelle vous écrire."""),
    s("credential_targeting vague_client paid_task off_platform secrecy", """
        Je recherche des personnes ayant travaillé avec la Défense ou ses fournisseurs. Mon client, une
        société de conseil basée à {ville}, offre des mandats ponctuels très bien rémunérés. Les échanges se
        font sur {appobf} par commodité, et la discrétion est de mise. Votre expérience chez {employeur}
        m'intéresse tout particulièrement."""),
    s("vague_client paid_task off_platform", """
        Petite relance : mon client reste très intéressé par votre expertise en {secteur}. Il est prêt à
        porter sa proposition à {montant} par étude si vous commencez ce mois-ci. Je comprends vos réserves
        sur LinkedIn ; écrivez-moi directement à {courriel} et je vous enverrai le contrat simplifié."""),
])
MAIL.add("fr6-s-07-chercheur-trop-curieux", 1, "fake_think_tank", "inmail", False, [
    s("credential_targeting sensitive_info", """
        Je prépare une étude comparée sur la façon dont les administrations conduisent leurs grands chantiers
        numériques, et votre poste à {organisme} m'intéresse beaucoup. Ce que les rapports publics ne disent
        pas, c'est comment les arbitrages se font réellement entre les équipes. Accepteriez-vous de me décrire,
        même à grands traits, les options qui sont sur la table pour l'an prochain, avant qu'elles ne soient
        tranchées ?"""),
    s("credential_targeting sensitive_info", """
        Nous suivons de près vos travaux sur {projet}. Pour notre prochain cahier, il nous manque surtout le
        point de vue de quelqu'un qui voit les documents de travail. Je ne vous demande pas de citer quoi que ce
        soit : simplement de m'aider à comprendre quelles hypothèses ont été écartées en interne et pourquoi.
        Une conversation informelle nous suffirait largement."""),
    s("credential_targeting sensitive_info vague_client", """
        Votre expérience des essais en {secteur} est rare. Un petit groupe de chercheurs avec qui je collabore
        aimerait recueillir votre lecture de l'état réel du programme, au-delà de ce qui a été présenté aux
        médias. Les retards, les difficultés avec les fournisseurs, ce genre de choses. Cela resterait
        anonyme, évidemment."""),
    s("credential_targeting sensitive_info", """
        J'ai vu votre intervention au colloque de l'automne. Vous sembliez savoir beaucoup plus que ce que
        vous pouviez dire, et c'est justement ce qui m'intéresse pour notre rapport annuel. Pourriez-vous me
        dire à quoi ressemblera la prochaine version de la doctrine, avant sa publication ? Une simple
        orientation, pas de détails techniques."""),
    s("sensitive_info", """
        Notre centre de recherche publie chaque année un état des lieux des politiques spatiales. Cette fois,
        nous aimerions aller plus loin que les documents officiels. Auriez-vous une heure pour nous expliquer
        ce que votre direction prépare pour le prochain plan, avant sa présentation au ministre ? Nous
        n'utiliserons rien qui puisse vous identifier."""),
    s("credential_targeting sensitive_info", """
        J'écris en ce moment sur la coopération industrielle en {secteur}. Vos collègues m'ont dit que vous
        connaissiez mieux que personne les négociations en cours avec les partenaires européens. Pourriez-vous
        me dire où en sont les discussions et quels points bloquent ? Tout ce que vous me direz restera
        anonyme."""),
    s("sensitive_info", """
        Nous préparons un rapport sur la sécurité des approvisionnements et nous sommes frappés par le peu
        d'information disponible sur les stocks stratégiques. Vous qui suivez ce dossier au quotidien,
        pourriez-vous nous donner un ordre de grandeur des volumes réellement disponibles et des délais de
        reconstitution envisagés en interne ?"""),
    s("credential_targeting sensitive_info", """
        Votre thèse sur les radars à antenne active est remarquable. Je me demande ce qu'elle est devenue dans
        votre travail actuel : quelles performances votre équipe a-t-elle atteintes depuis, et quelles limites
        reste-t-il à franchir ? Nous serions ravis d'en discuter dans le cadre de notre séminaire fermé, qui
        n'est jamais enregistré."""),
])
SUBTLE.add("fr6-s-07-chercheur-trop-curieux")
MAIL.add("fr6-s-08-arnaque-emploi", 1, "job_scam", "email", False, [
    s("job_scam unusual_payment", """
        Suite à votre candidature, nous avons le plaisir de vous offrir le poste d'adjoint administratif à
        distance. Avant votre premier jour, vous devez acheter l'équipement informatique auprès de notre
        fournisseur agréé (480 $), somme qui vous sera remboursée sur votre première paie. Merci d'effectuer le
        versement par Interac à {courriel} d'ici vendredi."""),
    s("job_scam off_platform", """
        Votre profil correspond à notre offre de « testeur d'applications ». Il suffit de noter des produits
        en ligne, 30 à 90 minutes par jour, payé chaque soir. Pour activer votre compte de missions, un dépôt
        de garantie de 50 USDT est demandé, débloqué après 20 tâches. Contactez notre coordonnatrice sur {app}
        au {teletr}."""),
    s("job_scam off_platform", """
        Votre entrevue est confirmée. Merci de répondre uniquement depuis votre adresse personnelle à
        {courriel}, car notre système de recrutement interne est en maintenance. Joignez une copie recto verso
        de votre pièce d'identité ainsi que votre numéro d'assurance sociale pour ouvrir votre dossier de paie."""),
    s("job_scam unusual_payment", """
        Vous recevrez demain un chèque de 2 850 $. Déposez-le, conservez 350 $ pour votre première semaine, puis
        achetez des cartes-cadeaux avec le reste pour nos fournisseurs et envoyez-nous les codes par courriel.
        C'est la procédure normale pour les nouveaux agents de traitement."""),
    s("job_scam off_platform", """
        Félicitations ! Vous êtes retenu(e) comme agent de réception de colis à domicile. Vous recevrez des
        paquets, les réexpédierez avec les étiquettes fournies et serez payé 45 $ par envoi. Aucune entrevue
        n'est nécessaire. Pour commencer, confirmez votre adresse et envoyez une photo de votre permis de
        conduire sur {app} au {teletr}."""),
    s("job_scam unusual_payment", """
        Merci pour votre intérêt pour le poste de traducteur à domicile. Avant de vous envoyer les premiers
        textes, nous devons valider votre compte : un paiement de 120 $ en cartes-cadeaux est requis pour la
        licence du logiciel. Ce montant vous sera remboursé avec votre première paie, sous deux semaines."""),
    s("job_scam unusual_payment off_platform", """
        Offre spéciale : gagnez 300 € par jour en aimant des vidéos depuis chez vous. Vous touchez une
        commission à chaque tâche terminée. Pour passer au niveau VIP et débloquer les missions les mieux
        payées, un rechargement de 100 USDT est nécessaire. Votre mentor vous guidera sur {appobf}."""),
    s("job_scam unusual_payment", """
        Suite à votre entrevue par messagerie, vous êtes embauché comme adjoint aux paiements. Votre rôle :
        recevoir des virements de nos clients sur votre compte personnel et les transférer à nos partenaires en
        bitcoins, en gardant 10 %. Merci de nous envoyer vos identifiants bancaires pour la mise en place."""),
])
MAIL.add("fr6-s-09-discretion-flatteuse", 1, "fake_consultant", "inmail", False, [
    s("credential_targeting secrecy", """
        Peu de gens ont votre double expérience du terrain et des comités ministériels. J'aimerais vous
        présenter quelques personnes qui apprécieraient votre éclairage, dans un cadre très informel.
        Inutile d'en parler à votre direction pour le moment, ce n'est qu'une prise de contact entre
        professionnels. Seriez-vous disponible pour un café la semaine prochaine ?"""),
    s("credential_targeting secrecy sensitive_info", """
        Votre nom revient souvent quand on parle de {projet}. Je travaille avec des gens qui préparent leurs
        propres décisions et qui aimeraient comprendre où en est vraiment le dossier. Je vous suggère de garder
        notre échange pour vous : votre employeur pourrait mal l'interpréter alors qu'il n'y a rien là de
        répréhensible."""),
    s("credential_targeting secrecy", """
        Je sais que votre cote vous oblige à la prudence, et c'est tout à votre honneur. C'est justement pour
        cela que je préfère qu'on se parle de vive voix plutôt que par écrit. Rien ne sera consigné, et vous
        n'aurez à déclarer aucune rencontre puisque nous ne parlerons que de perspectives de carrière."""),
    s("credential_targeting secrecy", """
        On m'a parlé de vous comme de quelqu'un de fiable et de discret. Mes associés cherchent à s'entourer
        de personnes qui connaissent les rouages de {organisme} de l'intérieur. Pour l'instant, l'idée est
        seulement de faire connaissance. Je vous demande seulement de ne pas mentionner ce message à vos
        collègues."""),
    s("credential_targeting secrecy", """
        Nous nous sommes croisés au salon de l'aérospatiale, vous vous en souvenez peut-être. Je garde un
        excellent souvenir de notre échange et j'aimerais vous présenter un ami qui s'intéresse beaucoup à vos
        travaux. Il est de passage à Montréal la semaine prochaine. Mieux vaut garder cette rencontre pour
        nous : il tient à rester discret."""),
    s("credential_targeting secrecy off_platform", """
        Avec votre accès aux réunions du cabinet, vous êtes dans une position rare. Je ne vous demande rien
        aujourd'hui, simplement d'accepter qu'on se parle de temps en temps. Je vous propose d'éviter votre
        adresse du travail et de ne pas mentionner nos échanges à votre équipe : certaines personnes
        comprennent mal ces conversations informelles."""),
    s("credential_targeting secrecy", """
        Vous avez sans doute entendu parler de notre petit cercle : des gens du milieu qui échangent librement,
        loin des hiérarchies. Votre parcours au sein de {organisme} vous en ouvrirait les portes. La seule règle,
        c'est la discrétion : ce qui se dit entre nous ne remonte jamais aux employeurs."""),
    s("secrecy sensitive_info off_platform", """
        Merci d'avoir accepté mon invitation. Pour la suite, je préfère qu'on évite les courriels
        professionnels et qu'on se voie en personne. Apportez simplement ce que vous pouvez sur l'organisation
        de votre nouvelle équipe. Et comme convenu, nous n'en parlerons à personne, pas même à votre
        conjoint."""),
])
SUBTLE.add("fr6-s-09-discretion-flatteuse")
EXPORT.add("fr6-s-10-fil-qui-derive", 1, "handler_followup", "chat", False, [
    s("sensitive_info", """
        [{dnum}, 21:04] {nom}: Merci encore pour ton résumé de la semaine dernière, très clair
        [{dnum}, 21:05] {nom}: Les personnes à qui je l'ai montré ont une question sur le calendrier
        [{dnum}, 21:05] {nom}: la date du prochain essai, celle qui n'est pas encore dans les documents publics
        [{dnum}, 21:09] Moi: je vais voir ce que je peux dire"""),
    s("sensitive_info", """
        {dnum} 18:22 - {nom}: Bonsoir, tu as eu le temps pour l'organigramme ?
        {dnum} 18:22 - {nom}: Surtout qui décide du choix du fournisseur pour {projet}
        {dnum} 18:40 - Moi: c'est pas public tout ça
        {dnum} 18:41 - {nom}: Justement, c'est pour ça que c'est utile. Juste les noms et les montants prévus"""),
    s("sensitive_info vague_client", """
        [{dnum} 08:15] {nom} : Bien reçu ta note sur le marché, bon travail
        [{dnum} 08:16] {nom} : Ceux qui me suivent aimeraient maintenant le détail des performances mesurées en essai
        [{dnum} 08:16] {nom} : Pas la fiche commerciale, les chiffres internes
        [{dnum} 08:30] Moi : faut que je réfléchisse"""),
    s("sensitive_info", """
        {dnum} 22:10 - {nom}: tu peux me renvoyer la présentation de {jour} ? celle de la réunion d'équipe
        {dnum} 22:11 - Moi: pourquoi ?
        {dnum} 22:11 - {nom}: pour comparer avec ce qu'on sait déjà, rien de plus
        {dnum} 22:12 - {nom}: et si tu as les notes prises en marge, c'est encore mieux"""),
    s("sensitive_info", """
        [{dnum} 19:30] {nom} : Salut, petite question rapide
        [{dnum} 19:31] {nom} : à la réunion de {jour}, ils ont parlé du report de {projet} ?
        [{dnum} 19:45] Moi : un peu oui
        [{dnum} 19:46] {nom} : Combien de mois ? Et qui a pris la décision ? Ça m'aiderait beaucoup"""),
    s("sensitive_info", """
        {dnum} 12:02 - {nom}: J'ai lu l'article sur le nouveau centre d'essais
        {dnum} 12:03 - {nom}: ils ne disent rien sur les équipements prévus
        {dnum} 12:03 - {nom}: toi tu dois savoir ce qui va être installé, non ?
        {dnum} 12:20 - Moi: je peux pas trop en parler
        {dnum} 12:21 - {nom}: juste les grandes lignes, entre amis"""),
    s("sensitive_info vague_client", """
        [{dnum}, 23:05] {nom}: Tu te souviens de ce que tu m'as dit sur les nouveaux partenaires ?
        [{dnum}, 23:05] {nom}: Les gens avec qui je travaille voudraient les noms exacts
        [{dnum}, 23:06] {nom}: et les dates de signature prévues, avant le communiqué
        [{dnum}, 23:30] Moi: je vais voir"""),
    s("sensitive_info credential_targeting", """
        {dnum} 09:10 - {nom}: Bravo pour ta promotion !
        {dnum} 09:11 - {nom}: Maintenant que tu sièges au comité de direction, tu vas voir passer des choses intéressantes
        {dnum} 09:11 - {nom}: tiens-moi au courant de ce qui se décide, surtout ce qui n'est pas encore annoncé
        {dnum} 09:40 - Moi: haha on verra"""),
])
SUBTLE.add("fr6-s-10-fil-qui-derive")


# ---------------------------------------------------------------- suspicious: longer e-mails
LONG.add("fr6-s-11-livre-blanc-commande", 1, "fake_consultant", "email", False, [
    s("vague_client paid_task unusual_payment client_meeting off_platform", """
        Objet : Proposition de collaboration – analyses sectorielles

        Bonjour,

        Je me permets de vous écrire au nom d'un cabinet de conseil qui accompagne un client institutionnel
        dans sa veille sur le secteur {secteur}. Notre client apprécie particulièrement les experts qui, comme
        vous, connaissent les programmes de l'intérieur.

        Concrètement, il s'agirait de produire chaque mois un livre blanc d'une dizaine de pages sur les
        tendances que vous observez : orientations technologiques, calendriers, partenaires industriels. La
        rémunération est de {montant} par document, versée en cryptomonnaie ou sur le compte de votre choix,
        y compris à l'étranger, afin de vous éviter toute formalité.

        Après deux ou trois livrables, notre client souhaiterait vous rencontrer à {ville} pour approfondir la
        relation. Billets d'avion en classe affaires, hôtel et indemnités sont bien entendu à sa charge.

        Pour la suite, je vous propose de continuer sur {app} ({teletr}), plus rapide que le courriel.

        Dans l'attente de votre retour,

        {nomm}
        Associé, Meridian Conseil Stratégique"""),
    s("vague_client paid_task secrecy sensitive_info", """
        Objet : Re: Votre rapport de septembre

        Bonjour,

        Merci pour le rapport, qui a été bien reçu. Le virement de {montant} a été envoyé sur le compte indiqué
        par votre cousine, comme convenu.

        Notre client a toutefois une remarque : l'essentiel du contenu se trouve déjà dans la presse
        spécialisée. Ce qui a de la valeur pour lui, c'est ce qui se discute en interne et n'a pas encore été
        rendu public : les arbitrages budgétaires de {projet}, les difficultés techniques et les noms des
        sous-traitants pressentis. Des notes de réunion, même partielles, seraient idéales.

        Je vous rappelle qu'il est préférable de ne mentionner cette collaboration à personne, et surtout pas à
        votre employeur, qui pourrait ne pas comprendre la démarche.

        Le prochain rapport est attendu pour la fin du mois, avec une prime si les éléments sont inédits.

        Cordialement,
        {nom}

        > Le {date}, vous avez écrit :
        > Voici le document comme prévu. J'ai fait au mieux avec ce qui est public."""),
    s("vague_client paid_task off_platform unusual_payment", """
        Objet : Mission de conseil ponctuelle – {secteur}

        Madame, Monsieur,

        Notre société, spécialisée dans l'intelligence économique, travaille pour un groupe industriel qui
        souhaite garder l'anonymat pendant la phase préparatoire de son projet. Dans ce cadre, nous constituons
        un petit panel d'experts chargés de rédiger des synthèses sur l'état de l'art et les programmes en
        cours au Canada et en Europe.

        Chaque synthèse est payée {montant}. Pour des raisons de souplesse, le paiement peut se faire en
        cartes prépayées, en USDT ou en espèces lors d'un passage à Montréal. Aucune facture n'est exigée.

        Si cette proposition vous intéresse, je vous invite à m'écrire directement à {courriel} : notre
        messagerie d'entreprise filtre parfois les pièces jointes. Je vous enverrai alors le premier sujet et
        la grille d'évaluation.

        Avec mes salutations distinguées,

        {nomm}
        Directeur des partenariats
        Tél. : {teletr}"""),
    s("vague_client client_meeting paid_task secrecy", """
        Objet : Invitation – table ronde à {ville}

        Bonjour,

        Suite à nos échanges et à la qualité de vos deux dernières analyses, notre client souhaite vous
        rencontrer en personne. Il organise une petite table ronde à {ville} le mois prochain, avec seulement
        trois ou quatre participants triés sur le volet.

        Votre voyage sera entièrement pris en charge : vol, hôtel cinq étoiles, repas, ainsi qu'une indemnité
        de {montant} pour votre temps, remise sur place. Nous réglerons tout directement, vous n'aurez aucune
        dépense à avancer ni à justifier.

        Je vous conseille de présenter ce séjour comme des vacances auprès de votre employeur : la démarche
        est parfaitement légitime, mais elle pourrait être mal comprise par un service de sécurité trop
        zélé.

        Merci de me confirmer vos dates par retour de courriel.

        Bien à vous,
        {nom}"""),
    s("vague_client paid_task off_platform", """
        Objet : Suite de notre conversation

        Bonsoir,

        Comme je vous le disais au téléphone, mon client cherche à mieux comprendre le secteur {secteur} en
        Amérique du Nord. Il ne s'agit pas d'espionnage, soyons clairs, seulement d'une veille sérieuse qu'il
        préfère confier à des praticiens plutôt qu'à des analystes qui n'ont jamais mis les pieds dans une
        usine.

        Je vous propose un premier essai : un rapport d'environ cinq pages sur la façon dont votre secteur
        prévoit de s'adapter aux nouvelles règles d'exportation. Rémunération de {montant}, payée dès réception.
        Si la qualité est au rendez-vous, d'autres sujets suivront, mieux payés.

        Pour faciliter nos échanges, j'ai créé un groupe {app} où je partage les sujets et où vous pourrez
        déposer vos documents. Le lien vous parviendra par message texte.

        Au plaisir de lire votre travail,

        {nomm}
        Consultant indépendant"""),
    s("vague_client paid_task off_platform credential_targeting", """
        Objet : Collaboration rémunérée – experts {secteur}

        Bonjour,

        Je dirige un petit cabinet de veille stratégique qui travaille pour des investisseurs asiatiques. L'un
        d'eux, qui préfère ne pas être nommé à ce stade, constitue un comité consultatif informel sur la
        filière {secteur} et m'a demandé d'identifier des praticiens expérimentés et habilités.

        Le principe est simple : une fois par trimestre, vous rédigez un document de réflexion d'une dizaine
        de pages sur les orientations de votre secteur au Canada. Chaque document est payé {montant}, et une
        prime s'ajoute lorsque le contenu apporte un éclairage introuvable ailleurs.

        Nos échanges se font de préférence sur {app}, où je peux vous envoyer les sujets et recevoir vos
        documents en toute simplicité. Mon numéro : {teletr}.

        Je reste à votre disposition pour un premier appel sans engagement.

        Salutations distinguées,

        {nomm}
        Directeur, Horizon Veille Stratégique"""),
    s("vague_client paid_task unusual_payment secrecy", """
        Objet : Re: Questions pratiques sur le paiement

        Bonjour,

        Merci pour vos questions, elles sont légitimes. Voici les réponses.

        Le client préfère ne pas passer par une facture, pour des raisons fiscales qui lui appartiennent. Vous
        pouvez donc choisir entre trois options : un virement sur un compte à l'étranger que nous pouvons vous
        aider à ouvrir, un paiement en USDT sur le portefeuille de votre choix, ou des espèces remises lors de
        votre prochain passage à Toronto.

        Il n'est pas nécessaire de déclarer ces montants à votre employeur, puisqu'il s'agit d'une activité
        personnelle sans lien avec votre poste. Je vous conseille simplement de ne pas utiliser votre
        ordinateur de travail pour rédiger les rapports.

        Le prochain sujet porte sur les nouvelles exigences de sécurité des fournisseurs en {secteur}. La
        rémunération reste de {montant}.

        Cordialement,

        {nom}

        > Le {date}, vous avez écrit :
        > Comment se fera le paiement ? Je ne voudrais pas de problème avec mon employeur."""),
    s("vague_client paid_task sensitive_info client_meeting", """
        Objet : Votre troisième rapport

        Bonjour {pre},

        Votre troisième rapport est arrivé, merci. Notre client l'a lu avec attention et souhaite vous faire
        part de deux remarques.

        D'abord, il apprécie la qualité de votre analyse, mais regrette qu'elle repose surtout sur des articles
        publiés. Pour les prochains rapports, il aimerait des éléments plus proches du terrain : les
        discussions en cours au sein de votre direction, les difficultés que rencontre {projet} et ce que les
        partenaires en pensent vraiment.

        Ensuite, il vous propose de le rencontrer à {ville} le mois prochain, pour en parler de vive voix. Le
        voyage, l'hébergement et une indemnité de {montant} sont à sa charge. Il vous suffit de me donner vos
        dates de disponibilité.

        Je vous remercie encore pour votre sérieux. La rémunération du troisième rapport a été versée comme
        d'habitude.

        Bien à vous,

        {nom}"""),
    s("vague_client paid_task off_platform", """
        Objet : Offre de mission – analyste associé

        Madame, Monsieur,

        Notre plateforme met en relation des analystes indépendants avec des organisations qui ont besoin
        d'études rapides et ciblées. Un de nos clients, dont nous ne pouvons divulguer l'identité pour des
        raisons contractuelles, recherche un analyste associé spécialisé en {secteur}.

        La mission : rédiger deux courts rapports par mois, en français ou en anglais, sur des sujets fournis
        par le client. Rémunération : {montant} par rapport, versée sous 48 heures.

        Pour les échanges, nous privilégions une messagerie chiffrée plutôt que le courriel. Merci de nous
        contacter sur {appobf} en indiquant la référence MX-17 ; un coordinateur vous répondra dans la
        journée et vous transmettra le premier sujet.

        Nous vous remercions de votre intérêt et restons à votre disposition.

        Le service des partenariats"""),
])
LONG.add("fr6-s-12-atelier-a-huis-clos", 1, "fake_think_tank", "email", False, [
    s("client_meeting sensitive_info credential_targeting", """
        Objet : Atelier restreint – {ville}, printemps

        Bonjour,

        Notre fondation réunit chaque année un petit cercle de praticiens pour un atelier à huis clos, loin des
        caméras et des communiqués. Cette année, la rencontre se tiendra à {ville}, sur trois jours. Nous
        nous occupons de l'organisation complète du séjour, y compris pour la personne qui vous accompagnerait.

        Votre expérience à {organisme} ferait de vous un participant précieux. Pour que les discussions soient
        utiles, nous demandons à chacun d'apporter un aperçu de ce qui se prépare dans son organisation : les
        projets en cours d'examen, les échéances qui ne sont pas encore connues, les points de friction. Rien
        ne sera publié, et la liste des participants n'est communiquée à personne.

        Je serais heureux de vous appeler pour vous présenter nos hôtes, qui tiennent beaucoup à faire votre
        connaissance.

        Avec mes meilleures salutations,

        {nomm}
        Secrétaire général"""),
    s("client_meeting sensitive_info", """
        Objet : Re: Votre venue

        Cher collègue,

        Je suis ravi que vous ayez accepté notre invitation. Tout est prêt pour votre arrivée à {ville} :
        quelqu'un viendra vous chercher à l'aéroport et vous conduira à la résidence où se tiendront nos
        entretiens.

        Nos hôtes ont lu vos publications avec beaucoup d'intérêt. Ce qu'ils espèrent maintenant, ce sont les
        éléments que vous n'avez pas pu écrire : l'avancement réel de {projet}, les capacités visées pour la
        prochaine génération et l'attitude de vos partenaires. Ils vous seraient reconnaissants d'apporter vos
        notes de travail ; une clé USB sera plus pratique qu'un ordinateur.

        Pour votre tranquillité, il n'est pas nécessaire d'inscrire ce déplacement dans vos déclarations de
        voyage professionnel, puisqu'il s'agit d'un séjour privé.

        À très bientôt,

        {nomm}

        > Le {date}, vous avez écrit :
        > C'est d'accord pour les dates proposées."""),
    s("client_meeting credential_targeting vague_client", """
        Objet : Dialogue d'experts

        Madame, Monsieur,

        Notre institut organise des dialogues informels entre experts de différents pays sur les questions liées à la filière
        {secteur}. Les organisateurs ont remarqué votre parcours et votre accès aux dossiers réservés de votre
        ministère, et ils souhaiteraient vous inviter à la prochaine session, prévue à {ville}.

        La formule est simple : quelques jours sur place, des conversations en petit comité avec nos
        partenaires, aucun enregistrement, aucune présentation officielle. Vos hôtes prennent en main le
        transport, l'hébergement et les visites. Ils souhaitent surtout vous entendre sur ce que votre
        gouvernement envisage pour les deux prochaines années, et sur les personnes qui pèsent vraiment dans
        les décisions.

        Nous ne diffusons pas la liste des invités, et nous vous recommandons de faire de même.

        Je me tiens à votre disposition pour en parler de vive voix.

        {nomf}
        Chargée des relations internationales"""),
    s("client_meeting sensitive_info", """
        Objet : Programme de votre séjour

        Bonjour,

        Voici le programme prévu pour votre séjour à {ville}. Le premier soir, un dîner avec deux membres de
        notre conseil, qui s'intéressent de près à la filière {secteur}. Le lendemain, une matinée d'échanges
        dans nos locaux, puis une visite de la ville.

        Lors de la matinée de travail, nos membres aimeraient revenir avec vous sur les points que vous aviez
        seulement esquissés lors de notre dernier appel : le calendrier des prochaines étapes, la position
        de votre organisation dans les négociations en cours et les budgets envisagés. Vous pouvez apporter
        tout document qui vous semble utile ; nous en prendrons grand soin.

        Nos équipes s'occupent de tous les détails pratiques, vous n'avez qu'à nous envoyer une copie de votre
        passeport.

        Bien cordialement,

        {nom}
        Coordination des programmes"""),
    s("client_meeting sensitive_info credential_targeting", """
        Objet : Visite d'étude – jeunes responsables publics

        Bonjour,

        Notre centre organise chaque année une visite d'étude pour une dizaine de jeunes responsables de la
        fonction publique, sélectionnés pour leur potentiel. Votre nom nous a été proposé par un ancien
        participant, qui garde un excellent souvenir de l'expérience.

        Le séjour dure une semaine à {ville}. Au programme : rencontres avec des universitaires, visites
        d'entreprises et soirées avec des membres de notre réseau. Tout est organisé par nos soins ; il vous
        suffira de nous transmettre une copie de votre passeport.

        En échange, nous demandons à chaque participant de préparer une courte présentation sur les
        orientations que son service s'apprête à prendre, en particulier celles qui n'ont pas encore été
        rendues publiques. Nos partenaires sont très attentifs à ces éclairages, qu'ils ne trouvent nulle
        part ailleurs.

        Les présentations ne sont ni filmées ni publiées. Nous vous recommandons de ne pas mentionner ce
        volet du programme dans votre demande de congé.

        Au plaisir de vous compter parmi nous,

        {nom}
        Responsable des programmes d'échange"""),
    s("client_meeting vague_client credential_targeting", """
        Objet : Séjour d'échanges – automne

        Bonjour,

        Je vous écris de la part d'un groupe d'universitaires et d'anciens hauts fonctionnaires qui
        s'intéressent aux politiques de {secteur}. Ils ont lu vos contributions dans la presse spécialisée et
        ont été frappés par la justesse de votre regard.

        Ils aimeraient vous accueillir quelques jours à {ville} cet automne, pour une série de conversations
        libres. Il n'y aura ni public ni programme figé : seulement des rencontres en petit comité, des repas
        et quelques visites. Notre équipe s'occupe de l'organisation de A à Z.

        Ces personnes apprécient particulièrement les interlocuteurs qui travaillent au cœur de l'appareil
        d'État. Elles seraient curieuses de connaître votre lecture des prochaines décisions de votre
        ministère, notamment celles qui n'ont pas encore été annoncées.

        Si l'idée vous plaît, je vous propose un court appel pour fixer les dates.

        Avec mes salutations cordiales,

        {nom}"""),
    s("client_meeting sensitive_info", """
        Objet : Re: Préparation de votre séjour

        Bonjour {pre},

        Tout est prêt de notre côté. Vous serez logé dans une résidence calme, à l'écart du centre, ce qui
        facilitera les conversations. Notre chauffeur vous attendra à la sortie des arrivées avec une
        pancarte à votre nom.

        Nos amis ont préparé quelques thèmes de discussion. Ils aimeraient surtout comprendre l'état
        d'avancement réel de {projet}, le calendrier interne des prochaines étapes et les difficultés que vos
        équipes n'évoquent jamais en public. Ils savent que vous ne pouvez pas tout dire ; ils vous laisseront
        juger de ce qui est possible.

        Pensez à emporter vos notes personnelles, elles rendront les échanges plus concrets. Nous pourrons
        les imprimer sur place si nécessaire.

        À très bientôt,

        {nom}

        > Le {date}, {pre} a écrit :
        > Merci pour l'invitation. À quoi dois-je m'attendre pendant les entretiens ?"""),
    s("client_meeting credential_targeting sensitive_info", """
        Objet : Invitation personnelle

        Madame,

        Au nom du conseil de notre fondation, je souhaite vous inviter à participer à notre retraite annuelle
        de réflexion, qui se tiendra cette année à {ville}. Cette retraite réunit une quinzaine de personnes
        choisies pour leur expérience et leur sens du discernement.

        Votre parcours au sein de {organisme}, et plus encore votre rôle dans la préparation des dossiers
        soumis aux ministres, font de vous une invitée de choix. Les échanges porteront sur les grandes
        orientations des prochaines années. Chacun est invité à partager, en toute franchise, ce qu'il sait
        des projets à venir dans son domaine.

        La fondation s'occupe de toute l'organisation. La liste des invités n'est pas rendue
        publique, et nous vous remercions de garder cette invitation pour vous.

        Dans l'espoir de vous accueillir,

        {nom}
        Pour le conseil de la fondation"""),
    s("client_meeting sensitive_info vague_client", """
        Objet : Un déjeuner à {ville} ?

        Cher ami,

        J'apprends que vous serez à {ville} pour le salon professionnel du mois prochain. Quelle heureuse
        coïncidence ! Plusieurs de mes partenaires y seront aussi, et ils seraient ravis de vous inviter à
        déjeuner en marge du programme officiel.

        Ce sont des gens discrets, qui préfèrent les conversations en tête-à-tête aux grandes réunions. Ils
        s'intéressent à la façon dont votre entreprise prépare ses prochains contrats et aux orientations
        techniques qui ne figurent pas dans les brochures. Un déjeuner sans témoin leur semble la meilleure
        façon d'en parler franchement.

        Nous réserverons un salon privé dans un restaurant proche de votre hôtel. Vous n'aurez qu'à me confirmer
        le jour qui vous convient.

        Au plaisir de vous revoir,

        {nom}"""),
])
SUBTLE.add("fr6-s-12-atelier-a-huis-clos")

LONG.add("fr6-s-13-retour-au-pays", 1, "coercion", "email", False, [
    s("coercion", """
        Objet : Situation de votre famille

        Monsieur,

        Nous vous écrivons au sujet de votre famille restée au pays. Votre père a été convoqué à deux reprises
        ce mois-ci, et ses démarches pour renouveler sa pension sont pour l'instant suspendues. Cette situation
        pourrait se régler rapidement si vous faites preuve de bonne volonté.

        Nous vous demandons de rentrer pour un entretien avant la fin de l'année. Votre billet peut être
        réservé par notre bureau. Si vous ne pouvez pas voyager, un rendez-vous au centre communautaire de
        votre ville est possible, mais il faudra alors nous transmettre la liste des personnes qui fréquentent
        l'association culturelle dont vous faites partie, avec leurs coordonnées.

        Nous vous déconseillons d'en parler aux autorités locales, qui ne comprennent pas nos affaires et
        pourraient compliquer la situation de vos proches.

        Pour confirmer, ajoutez le numéro {teletr} sur {app} et présentez-vous.

        Bureau de liaison des ressortissants"""),
    s("coercion", """
        Objet : TR : message de ta tante

        Salut,

        Je te transfère ce que tante m'a écrit hier soir, je ne sais pas quoi faire.

        ---------- Message transféré ----------
        De : Tante
        Date : {date}

        Dis à ton cousin que des fonctionnaires sont venus à la maison. Ils ont posé beaucoup de questions sur
        ce qu'il fait là-bas, avec qui il manifeste, qui paie l'association. Ils disent que s'il revient
        s'expliquer, personne n'aura d'ennuis. Sinon le magasin de ton oncle pourrait perdre sa licence. Ils
        veulent aussi qu'il envoie des photos des réunions du samedi et les noms des nouveaux membres. Ils ont
        laissé un contact {app} : {teletr}. Je t'en prie, dis-lui de les appeler, on a peur ici.
        ----------

        Appelle-moi quand tu peux. Je n'ai rien dit à maman.

        {pre}"""),
    s("coercion off_platform", """
        Objet : Votre dossier consulaire

        Madame,

        Votre dossier de renouvellement de passeport ne pourra pas être traité tant que vous n'aurez pas
        régularisé votre situation. Nous avons constaté votre participation à des activités qui nuisent à
        l'image de votre pays d'origine, notamment la publication de messages sur les réseaux sociaux et votre
        présence à des rassemblements.

        Votre mère, qui vit toujours à la même adresse, a été informée de cette situation. Elle souhaite
        vivement que vous repreniez contact avec nous afin de ne pas compromettre sa retraite ni l'emploi de
        votre frère.

        Nous attendons que vous supprimiez ces publications et que vous vous présentiez à notre bureau de
        Montréal, ou que vous rentriez au pays pour un entretien. Un agent vous contactera sur {app}. Ne
        répondez pas à ce courriel et n'en parlez pas à votre entourage.

        Service des affaires des ressortissants à l'étranger"""),
    s("coercion", """
        Objet : Des nouvelles de la maison

        Mon fils,

        Je t'écris parce que je ne sais plus à qui m'adresser. Des hommes sont venus trois fois cette semaine.
        Ils savent où tu habites, ils connaissent le nom de ta femme et l'école des petits. Ils disent que tu
        dois arrêter d'aller à ces réunions et revenir faire une déclaration, que ce sera vite fait et que tu
        pourras repartir.

        Ils ont aussi demandé que tu leur racontes ce que disent les autres étudiants de l'association, surtout
        ceux qui écrivent sur internet. Ton père ne dort plus. Ils ont pris son téléphone pendant une journée.

        Je ne te demande pas de tout abandonner, mais pense à nous. Ils ont dit qu'ils attendaient ta réponse
        avant la fin du mois, par l'intermédiaire de ton oncle. Ne parle de cette lettre à personne là-bas,
        ils l'ont bien précisé.

        Ta mère qui t'aime"""),
    s("coercion", """
        Objet : Ta cousine

        Salut {pre},

        Je t'écris d'un autre compte, celui de ma collègue, parce que je crois que le mien est surveillé.

        Hier, deux hommes sont venus chez ta tante. Ils ont montré des photos de toi à la manifestation de
        Montréal, celle de mars. Ils ont dit que ta cousine ne pourrait pas passer son concours de la fonction
        publique tant que tu « ne te serais pas expliqué ». Ils veulent que tu rentres pour une conversation, ou
        au minimum que tu leur donnes les noms des organisateurs et le nom de la personne qui tient la page de
        l'association.

        Ta tante pleure depuis hier. Elle ne veut pas que tu rentres, mais elle a peur pour sa fille. Elle m'a
        demandé de te dire de ne pas en parler à la police là-bas, parce qu'ils l'apprendraient.

        Je ne sais pas quoi te conseiller. Réponds-moi sur cette adresse, pas sur l'ancienne.

        Je t'embrasse,

        {pre}"""),
    s("coercion off_platform", """
        Objet : Convocation

        Monsieur,

        Dans le cadre d'une procédure administrative vous concernant, vous êtes invité à vous présenter à nos
        services pour un entretien. Cet entretien peut avoir lieu dans votre pays d'origine ou, à titre
        exceptionnel, par appel vidéo sur {app} avec un de nos agents.

        Nous avons été informés que vous participez régulièrement aux activités d'une organisation que nos
        autorités considèrent comme hostile. Nous attendons de vous que vous cessiez ces activités et que vous
        nous fassiez part de ce que vous savez sur ses membres, ses sources de financement et ses projets.

        Nous vous rappelons que vos parents résident toujours à l'adresse connue de nos services et que leur
        tranquillité dépend en partie de votre coopération. Votre frère a récemment fait une demande de
        passeport, qui est en cours d'examen.

        Veuillez confirmer votre disponibilité en écrivant au {teletr}.

        Le service des affaires consulaires"""),
    s("coercion", """
        Objet : Réponse attendue

        Madame,

        Nous n'avons pas reçu de réponse à notre précédent message. Nous vous rappelons que votre situation
        pourrait être facilement régularisée.

        Votre entreprise familiale, gérée par votre mari au pays, fait actuellement l'objet d'un contrôle
        fiscal. Les inspecteurs se montreront compréhensifs si vous acceptez de collaborer. Concrètement,
        nous attendons trois choses : que vous cessiez d'écrire sur les réseaux sociaux au sujet de la
        situation dans notre région, que vous participiez aux réunions de l'association des étudiants et que
        vous nous informiez de leur contenu.

        Un de nos représentants vous contactera à Montréal pour convenir des modalités. Nous vous
        déconseillons fortement de contacter les autorités canadiennes, qui ne sauraient vous protéger et
        ne feraient que compliquer les choses pour votre famille.

        Nous comptons sur votre sens des responsabilités.

        Bureau de la communauté à l'étranger"""),
    s("coercion off_platform unusual_payment", """
        Objet : Fwd: de la part de ton père

        Bonsoir,

        Papa m'a demandé de te faire suivre ce message, il ne sait pas utiliser le courriel.

        ---------- Message transféré ----------
        De : Papa
        Date : {date}

        Mon fils, un fonctionnaire du bureau de quartier est encore passé. Il dit que si tu reviens pour les
        fêtes et que tu vas le voir, on oubliera l'histoire de ton blogue. Il a dit aussi que tu pouvais
        « aider » en leur disant qui finance le journal de la communauté là-bas. Il m'a laissé un numéro
        {app} pour toi : {teletr}.

        Il a ajouté que l'amende pour le magasin pourrait être annulée si tu envoies 5 000 dollars sur le
        compte de son cousin. Je ne sais pas si c'est vrai. Ta mère ne dort plus.
        ----------

        Appelle-moi, on doit en parler. Je n'ose rien faire sans toi.

        {pre}"""),
])
LONG.add("fr6-s-14-relances-du-contact", 1, "handler_followup", "email", False, [
    s("sensitive_info", """
        Objet : Re: Petit service

        Bonjour {pre},

        Merci pour ta réponse rapide et pour le résumé de la conférence, c'était exactement le bon niveau de
        détail. J'ai transmis et on m'a demandé de te remercier chaleureusement.

        Puisque tu as proposé ton aide pour la suite, voici ce qui serait utile maintenant. La présentation
        que ta direction a faite aux partenaires {jour} n'a pas été diffusée, mais je crois comprendre qu'elle
        contient le nouveau calendrier de {projet} et la répartition du travail entre les sites. Si tu pouvais
        me la faire suivre, ou à défaut m'en résumer les grandes lignes, ce serait formidable.

        Je sais que c'est un peu différent de ce qu'on faisait jusqu'ici. Prends le temps d'y réfléchir, et
        surtout ne te mets pas en difficulté. Une conversation de vive voix est aussi possible si tu préfères
        ne rien envoyer.

        À très vite,

        {nom}

        > Le {date}, {pre} a écrit :
        > Avec plaisir. Dis-moi si je peux aider pour autre chose, je connais bien le dossier."""),
    s("sensitive_info secrecy", """
        Objet : Re: Re: Notre discussion

        Bonsoir,

        Je reviens vers vous comme promis. Vos explications sur l'organisation de votre équipe ont été très
        appréciées par les personnes avec qui je travaille. Elles ont maintenant une compréhension beaucoup plus
        juste de la situation.

        Elles aimeraient aller un peu plus loin sur deux points. D'abord, les résultats des derniers essais,
        ceux qui ont été présentés en réunion restreinte et pas encore au conseil. Ensuite, la liste des
        fournisseurs étrangers que votre organisation songe à écarter l'an prochain. Vous n'avez pas besoin de
        me transmettre de documents, vos souvenirs suffiront.

        Comme la dernière fois, je vous propose que tout cela reste entre nous. Il n'y a aucune raison
        d'alarmer qui que ce soit avec une simple conversation entre personnes de bonne foi.

        Je vous laisse me proposer un moment cette semaine.

        Amitiés,

        {nom}

        -----Message d'origine-----
        De : Moi
        Envoyé : {date}
        Objet : Re: Notre discussion

        Je peux vous parler de la structure générale, pas davantage."""),
    s("sensitive_info", """
        Objet : Quelques questions de suivi

        Bonjour,

        J'espère que le déménagement s'est bien passé et que vous êtes bien installé dans vos nouvelles
        fonctions. J'ai beaucoup repensé à notre déjeuner, et je me dis que votre nouveau poste vous donne une
        vue d'ensemble assez unique.

        Sans vouloir abuser de votre temps, je m'interroge sur quelques points que les annonces officielles
        laissent dans l'ombre. Quels projets en {secteur} vont réellement recevoir des fonds l'an prochain ?
        Lesquels vont être abandonnés sans bruit ? Et qui, dans votre nouvelle équipe, a vraiment la main
        sur ces choix ?

        Je ne cherche pas de documents, simplement votre lecture personnelle. Nos échanges m'aident à mieux
        conseiller les gens qui me font confiance, et je sais que votre intuition est juste.

        Merci d'avance et bonne semaine,

        {nom}"""),
    s("sensitive_info client_meeting", """
        Objet : Re: Votre voyage

        Bonjour {pre},

        Merci pour la photo, la vue est magnifique ! Je suis content que le séjour se soit bien passé et que
        l'accueil ait été à la hauteur.

        Les personnes que vous avez rencontrées là-bas m'ont dit avoir beaucoup apprécié vos explications. Elles
        souhaiteraient prolonger la discussion lors d'un second séjour au printemps. D'ici là, elles
        aimeraient que vous prépariez une présentation sur le prochain cycle de développement, avec les
        spécifications qui sont encore en cours de validation chez vous.

        Elles se doutent que ce n'est pas le genre de chose qu'on met par écrit. Vous pourriez la leur
        présenter de vive voix, sur place, sans support à laisser. Je vous envoie les dates possibles la
        semaine prochaine.

        Au plaisir,

        {nomm}

        > Le {date}, {pre} a écrit :
        > Je suis bien rentré. Merci pour l'organisation, tout était parfait."""),
    s("sensitive_info", """
        Objet : Re: Merci pour hier

        Bonjour {pre},

        Merci à toi pour ce bon moment hier soir. C'était un plaisir de parler d'autre chose que du travail…
        même si on a fini par en parler quand même !

        Tu as évoqué, presque en passant, la réorganisation qui se prépare dans ta division. Ça m'a
        intrigué. Est-ce que tu sais déjà quelles équipes seront fusionnées, et qui prendra la direction du
        nouvel ensemble ? Et le projet dont tu m'as parlé, celui qui doit être présenté au conseil en
        décembre, est-ce qu'il est menacé ?

        Je te pose la question parce que des amis hésitent à postuler chez vous et qu'ils aimeraient savoir
        à quoi s'attendre. Bien sûr, si tu préfères ne pas en parler, je comprendrai tout à fait.

        À la prochaine, et salue ta femme pour moi,

        {nomm}

        > Le {date}, {pre} a écrit :
        > Merci pour le souper, on remet ça bientôt !"""),
    s("sensitive_info", """
        Objet : Une dernière chose

        Bonjour,

        Je vous remercie encore pour votre accueil lors de la visite du site. J'ai été impressionné par le
        sérieux de vos équipes et par la qualité des installations.

        En relisant mes notes, je me rends compte qu'il me manque quelques éléments pour compléter mon
        analyse. Lors de la visite, votre collègue a mentionné un prototype qui n'était pas présenté au
        public ; pourriez-vous me dire à quoi il sert et où en sont les essais ? J'aimerais également
        connaître le nom des deux fournisseurs qui ont été écartés le mois dernier, et la raison de ce choix.

        Ces précisions me permettraient de rédiger une synthèse beaucoup plus juste. Si le plus simple est
        d'en parler au téléphone, je suis disponible toute la semaine.

        Avec mes remerciements renouvelés,

        {nomm}"""),
    s("sensitive_info secrecy", """
        Objet : Re: Re: Ton nouveau poste

        Salut,

        Je suis vraiment content pour toi, c'est une belle reconnaissance. Tu vas être aux premières loges
        maintenant !

        D'ailleurs, je pensais à notre dernière conversation. Les personnes avec qui je collabore s'intéressent
        beaucoup à la stratégie de ton organisation pour les trois prochaines années, en particulier ce qui
        sera décidé lors du séminaire de direction. Si tu pouvais me raconter ce qui s'y dit, même à grands
        traits, cela leur serait précieux. Personne n'a besoin de savoir que ça vient de toi.

        Rien ne presse, on en reparle quand tu seras installé. Et évidemment, ça reste entre nous, comme
        toujours.

        Bonne installation,

        {nomm}

        -----Message d'origine-----
        De : Moi
        Envoyé : {date}
        Objet : Re: Ton nouveau poste

        Merci ! Je commence lundi, je serai au comité de direction."""),
    s("sensitive_info", """
        Objet : Votre avis sur un document

        Bonjour,

        Comme vous avez eu la gentillesse de relire mon dernier article, je me permets de vous solliciter de
        nouveau. Je prépare une analyse plus longue sur l'évolution des normes techniques en {secteur}, et
        une partie de mon raisonnement repose sur des hypothèses que je n'arrive pas à vérifier.

        Vous êtes bien placé pour savoir si ces hypothèses tiennent. Par exemple, est-il exact que votre
        organisation a revu à la baisse ses objectifs de performance pour la prochaine génération ? Et les
        résultats des derniers essais, que votre direction n'a pas commentés publiquement, étaient-ils
        décevants ?

        Une simple confirmation, ou une correction, me suffirait. Je ne vous citerai évidemment pas, et vous
        pouvez me répondre par téléphone si vous préférez ne rien écrire.

        Merci d'avance pour votre aide précieuse,

        {nom}"""),
])
SUBTLE.add("fr6-s-14-relances-du-contact")

LONG.add("fr6-s-15-entrevue-qui-fouille", 1, "fake_recruiter", "email", False, [
    s("credential_targeting sensitive_info vague_client", """
        Objet : Votre candidature – préparation de l'entrevue

        Bonjour,

        Je vous remercie pour l'intérêt porté au poste de {poste}. L'entreprise que je représente préfère
        rester anonyme à ce stade, mais je peux vous dire qu'elle est en pleine croissance dans le domaine
        {secteur} et qu'elle apprécie les profils habilités.

        Afin de préparer au mieux l'entrevue, je vous demande de répondre par écrit aux questions suivantes :

        1. Quels sont les programmes sur lesquels vous travaillez actuellement, et à quelle phase en sont-ils ?
        2. Quelles performances votre équipe vise-t-elle pour la prochaine version, et quels obstacles
           rencontre-t-elle ?
        3. Quels partenaires et sous-traitants interviennent sur ces travaux ?
        4. Qui sont les décideurs clés, et comment se prennent les arbitrages ?

        Soyez aussi précis que possible : le comité de sélection valorise la profondeur des réponses.

        Bien cordialement,

        {nomm}
        Acquisition de talents"""),
    s("credential_targeting sensitive_info", """
        Objet : Suite à notre appel

        Bonjour,

        Merci encore pour notre échange de ce matin. Votre profil a beaucoup plu et nous souhaitons passer
        rapidement à l'étape suivante.

        Comme convenu, le comité technique aimerait une étude de cas fondée sur votre expérience actuelle
        plutôt qu'un exercice théorique. Vous pourriez, par exemple, décrire l'architecture du système que
        vous développez pour {employeur}, les choix qui restent à faire et le calendrier prévu jusqu'à la mise
        en service. Plus votre exemple sera proche de la réalité, plus il sera convaincant.

        Inutile de mettre en forme un long document : quelques pages suffisent, avec des schémas si vous en
        avez sous la main. Nous les traiterons avec le plus grand sérieux.

        Je vous souhaite une excellente fin de journée et reste à votre écoute.

        {nomf}
        Conseillère en recrutement
        {firme}"""),
    s("credential_targeting sensitive_info secrecy", """
        Objet : Poste de direction – échange préliminaire

        Bonjour,

        Votre nom m'a été recommandé par plusieurs personnes du milieu de la défense, qui vous décrivent comme
        l'une des rares personnes à connaître à la fois la technique et les coulisses des décisions. Le poste
        que je cherche à pourvoir exige exactement cette combinaison.

        Avant de vous présenter l'organisation, j'aimerais m'assurer que votre expérience correspond. Pourriez-
        vous me parler des dossiers que vous suivez de près en ce moment, notamment ceux qui seront annoncés
        dans les prochains mois ? Je m'intéresse aussi à votre perception des équipes concurrentes au sein de
        votre ministère et des personnes qui pourraient partir bientôt.

        Je préfère que cette démarche reste discrète tant qu'elle n'a pas abouti : il serait dommage
        d'inquiéter votre employeur pour rien.

        Au plaisir de vous lire,

        {nom}"""),
    s("credential_targeting sensitive_info", """
        Objet : Re: Offre de {poste}

        Bonjour {pre},

        Bonne nouvelle : la direction a validé votre candidature pour la dernière étape. Il reste une formalité
        que nous demandons à tous les candidats qui viennent d'un environnement réglementé.

        Nous aimerions recevoir une description de vos responsabilités actuelles plus détaillée que celle du
        CV : les noms des projets, leur niveau de maturité, les budgets que vous gérez et les résultats
        obtenus lors des derniers essais. Cela nous permet d'évaluer votre niveau réel de responsabilité et de
        fixer votre niveau d'entrée en conséquence.

        Si certains éléments vous semblent délicats, vous pouvez les aborder oralement avec notre directeur
        technique lors de sa visite à Montréal le mois prochain.

        Merci et à bientôt,

        {nom}

        > Le {date}, {pre} a écrit :
        > Merci pour votre retour, je reste très intéressé par le poste."""),
    s("credential_targeting sensitive_info secrecy", """
        Objet : Deuxième étape – exercice pratique

        Bonjour {pre},

        Félicitations, vous passez à la deuxième étape du processus pour le poste de {poste}. Comme annoncé,
        il s'agit d'un exercice pratique que notre directeur technique corrigera personnellement.

        Contrairement à d'autres entreprises, nous ne croyons pas aux cas fictifs. Nous vous demandons donc
        de préparer une analyse de votre projet actuel : les objectifs de performance, les résultats des
        derniers essais, les difficultés non résolues et la feuille de route pour les deux prochaines
        années. Les candidats qui réussissent le mieux sont ceux qui joignent des extraits de leurs
        documents de travail.

        Nous traiterons votre envoi avec la plus grande discrétion. De votre côté, nous vous demandons de
        ne pas parler de ce processus à vos collègues ni à votre gestionnaire : une fuite pourrait nuire à
        votre candidature comme à votre poste actuel.

        Merci de nous faire parvenir votre analyse d'ici dix jours.

        Cordialement,

        {nom}
        Responsable du recrutement, {firme}"""),
    s("credential_targeting sensitive_info", """
        Objet : Entrevue technique – documents à préparer

        Bonjour,

        Je vous confirme votre entrevue technique de {jour}, en visioconférence, avec deux ingénieurs de
        l'équipe. Pour que l'échange soit le plus productif possible, nous vous demandons de préparer une
        courte présentation (dix diapositives environ) sur le projet le plus complexe que vous menez
        actuellement.

        Le jury sera attentif aux éléments suivants : l'architecture retenue et les solutions écartées, les
        performances mesurées lors des derniers essais, les points faibles encore non résolus, et le calendrier
        prévu jusqu'à la livraison. N'hésitez pas à inclure des schémas et des chiffres réels : les candidats
        qui restent dans les généralités obtiennent rarement de bons résultats.

        Vous pouvez nous envoyer votre présentation à l'avance, ou la partager à l'écran pendant l'entrevue.

        Au plaisir de vous rencontrer,

        {nomf}
        Coordonnatrice du recrutement technique
        {firme}"""),
    s("credential_targeting sensitive_info vague_client", """
        Objet : Poste de conseiller principal – questionnaire de présélection

        Bonjour,

        Merci pour votre intérêt. Le poste de conseiller principal que nous cherchons à pourvoir relève
        directement de la direction générale d'une organisation internationale qui souhaite rester anonyme
        pendant la présélection.

        Afin d'évaluer l'adéquation de votre profil, merci de répondre au questionnaire suivant :

        - Décrivez les dossiers les plus délicats que vous avez traités au cours des deux dernières années.
        - Quelles sont, selon vous, les orientations que votre ministère s'apprête à adopter en matière de
          {secteur} ?
        - Quelles personnes exercent une influence déterminante sur ces orientations ?
        - Quels désaccords avez-vous observés entre votre ministère et ses partenaires ?

        Vos réponses seront lues uniquement par le comité de sélection. Plus elles seront précises, plus votre
        candidature sera solide.

        Cordialement,

        {nom}
        Recherche de cadres"""),
    s("credential_targeting sensitive_info secrecy", """
        Objet : Re: Votre disponibilité

        Bonjour {pre},

        Merci pour votre réponse rapide et pour votre franchise au sujet de vos contraintes de sécurité. Je
        comprends parfaitement que vous deviez rester prudent.

        Rassurez-vous, nous ne vous demanderons rien qui vous mette en difficulté. Ce qui intéresse notre équipe, c'est votre
        façon de travailler au quotidien : comment les priorités sont fixées dans votre groupe, quels
        projets mobilisent le plus de monde en ce moment, quelles décisions importantes sont attendues dans
        les prochains mois. Ce sont des questions que l'on pose à tous les candidats de haut niveau.

        Je vous suggère de ne pas évoquer ce processus avec votre agent de sécurité pour le moment : il
        n'y a rien à déclarer tant qu'aucune offre n'a été faite.

        Bien cordialement,

        {nom}

        > Le {date}, {pre} a écrit :
        > Je dois vous prévenir que je suis tenu par des obligations de sécurité strictes."""),
    s("credential_targeting sensitive_info", """
        Objet : Entretien de référence

        Bonjour,

        {nom2}, qui a postulé chez nous, vous a désigné comme référence. Je vous remercie d'avance de prendre
        quelques minutes pour répondre à nos questions.

        Comme vous avez travaillé avec cette personne sur des programmes de {secteur}, nous aimerions mieux
        comprendre le contexte. Pourriez-vous nous décrire les projets sur lesquels vous avez collaboré,
        leur état d'avancement actuel et les partenaires impliqués ? Nous aimerions aussi savoir quels
        résultats votre équipe a obtenus lors des derniers essais, afin d'apprécier sa contribution réelle.

        Enfin, connaissez-vous d'autres collègues de votre équipe qui pourraient être ouverts à un changement
        de poste ? Nous recrutons plusieurs profils similaires.

        Merci pour votre aide,

        {nom}
        Ressources humaines"""),
])
SUBTLE.add("fr6-s-15-entrevue-qui-fouille")


# ---------------------------------------------------------------- benign: short chat lines
CHAT.add("fr6-b-01-famille-au-pays", 0, "family_chat", "chat", True, [
    b("Ça ferait plaisir à {parent} que tu rentres cet été, ta chambre est prête."),
    b("Envoyé {argent} pour les médicaments de {parent}, dis-moi quand c'est arrivé."),
    b("On fait un appel vidéo sur {app} dimanche ? Tout le monde sera là chez {parent}."),
    b("Le médecin dit que la tension de {parent} va mieux, pas besoin de prendre l'avion."),
    b("Garde ça entre nous : surprise pour les 70 ans de {parent}, tu participes ?"),
    b("Maman a reçu tes photos sur {app}, elle les montre à tout le quartier 😂"),
    b("Le virement de {argent} est arrivé, merci, grand-père a pu payer l'hôpital."),
    b("Dis rien à papa pour le billet, on veut lui faire la surprise à Noël."),
    b("{pre}, tu peux appeler {parent} ce soir ? Ça lui ferait plaisir."),
    b("Le mariage de ta cousine est fixé au {date}, tu viens avec les enfants ?"),
])
CHAT.add("fr6-b-02-collegues-canal-interne", 0, "coworker_channel", "chat", True, [
    b("Tu peux m'envoyer le brouillon des diapos du CA avant {jour} ? Je dois valider les chiffres."),
    b("Le rapport interne sur {projet} est sur le SharePoint, dossier Direction, ne le diffuse pas encore."),
    b("On bascule sur Teams pour la réunion, le lien Zoom bug encore."),
    b("stp mets-moi en copie du compte rendu confidentiel, j'étais absente au comité"),
    b("Les chiffres du trimestre sortent {jour}, d'ici là on n'en parle pas hors de l'équipe."),
    b("Le CODIR est avancé à {jour}, il me faut tes chiffres internes avant."),
    b("T'as la version non publiée du rapport annuel ? Je dois relire la section risques."),
    b("Slack est en panne, on continue sur Teams le temps que ça revienne."),
    b("Tu peux m'envoyer le plan de {projet} ? Je le présente au comité à {heureh}."),
    b("Annonce officielle {jour}, d'ici là c'est sous embargo, même pour les partenaires."),
])
CHAT.add("fr6-b-03-recruteur-planifie", 0, "genuine_recruiter", "chat", True, [
    b("Merci pour le CV ! Je t'écris sur {app} pour caler l'entrevue chez {employeur}."),
    b("Mardi 10 h, ça marche pour un appel avec la gestionnaire d'embauche ?"),
    b("Je t'ai ajouté sur {app}, plus simple pour caler l'horaire. L'offre officielle arrive par courriel."),
    b("Fourchette : {salaire}. Ça te va ?"),
    b("Petit rappel : entrevue demain {heureh} dans nos bureaux, pièce d'identité à l'accueil."),
    b("Votre dossier chez {employeur} avance, la RH vous appelle demain du {telca}."),
    b("Offre écrite envoyée par courriel, je reste dispo sur {app} pour les questions."),
    b("L'entrevue se fera sur Teams, le lien officiel de {employeur} est dans votre boîte."),
    b("Désolée du retard, la gestionnaire a décalé à {jour}. Ça vous va ?"),
    b("Je passe par {app} car votre courriel rebondit. C'est bien moi, de {firme} !"),
])
CHAT.add("fr6-b-05-note-de-frais-voyage", 0, "coworker_channel", "chat", True, [
    b("Ta note de frais pour {villeconf} est passée, remboursement sur la paie du 15."),
    b("T'as gardé les reçus de l'hôtel à {villeconf} ? Les finances les veulent en PDF."),
    b("L'entreprise paie le vol mais pas le surclassement, désolé {pre} 😅"),
    b("Réunion avec le fournisseur à {ville} confirmée, la sécurité veut le briefing voyage avant."),
    b("Ordi de prêt pour {ville} : passe aux TI {jour}, pas ton portable perso."),
    b("Rappel : déclare ton voyage à {ville} au registre de sécurité avant vendredi."),
    b("Les per diem pour {villeconf} sont versés avec la paie, pas en avance."),
    b("T'as gardé ta carte d'embarquement ? La compta la veut pour {villeconf}."),
    b("Le client paie le billet pour {villeconf}, mais l'hôtel passe sur notre budget."),
    b("Les finances ont refusé le taxi de l'aéroport, pas de reçu 🙄"),
])
CHAT.add("fr6-b-06-jasette-ordinaire", 0, "ordinary_chat", "chat", False, [
    b("On se fait un resto {jour} ? {pre} est partant aussi."),
    b("J'ai oublié mon parapluie chez vous hier soir lol"),
    b("T'as vu le match ? Quelle fin de troisième période !"),
    b("Je serai en retard de 10 min, le métro est encore bloqué sur la ligne orange."),
    b("Rappel : c'est à ton tour d'amener les croissants {jour}."),
    b("Qui apporte le gâteau pour la fête de {pre} ?"),
    b("Le chat a encore vomi sur le tapis, je rentre plus tôt"),
    b("T'as le numéro du plombier ? Le lavabo fuit encore."),
    b("On se rejoint au bar à 19 h pour le match ?"),
    b("J'ai retrouvé tes clés dans l'auto, je te les ramène {jour}."),
])
CHAT.add("fr6-b-07-equipe-appel-offres", 0, "procurement_tender", "chat", True, [
    b("Le dossier {ref} ferme {jour}, il manque encore la grille de prix."),
    b("Le client veut une réponse sur le bordereau avant {heureh}, tu peux relire ?"),
    b("Rappel : aucune communication avec l'acheteur hors du portail d'approvisionnement pendant la période de soumission."),
    b("Addenda 3 reçu de {organisme}, lot 2 modifié."),
    b("Le prix de notre offre reste interne jusqu'à l'ouverture publique des soumissions."),
    b("Le client a publié les réponses aux questions des soumissionnaires, je te transfère."),
    b("La garantie de soumission est prête, il manque la signature du président."),
    b("Période de silence jusqu'à l'adjudication : zéro contact avec l'acheteur hors portail."),
    b("Notre prix pour {ref} reste entre nous jusqu'à l'ouverture, ok ?"),
    b("Visite des lieux obligatoire {jour} à {heureh}, qui y va pour nous ?"),
])
CHAT.add("fr6-b-08-amis-se-retrouvent", 0, "friendly_meetup", "chat", True, [
    b("Je suis à {villeconf} pour le boulot la semaine prochaine, je t'invite à dîner ?"),
    b("Viens nous voir à {ville} cet hiver, on a une chambre d'amis !"),
    b("Ajoute-moi sur {app}, j'ai changé de numéro : {telca}"),
    b("Je te rembourse ta part du chalet par Interac ce soir, c'est bon ?"),
    b("Dis rien à Sarah, on lui organise une fête surprise samedi"),
    b("Je t'invite au resto quand tu passes à {villeconf}, c'est moi qui paie !"),
    b("On s'appelle sur {app} ce weekend ? Ça fait trop longtemps."),
    b("Ta place pour le festival à {villeconf} est réservée, tu me rembourseras."),
    b("J'arrive à {ville} jeudi pour le boulot, un verre le soir ?"),
    b("Prends pas d'hôtel, tu dors chez nous à {villeconf}."),
])
EXPORT.add("fr6-b-04-groupe-parents", 0, "family_chat", "chat", True, [
    b("""
        [{dnum}, 19:02] {nom2}: Bonsoir à tous, pour le voyage de fin d'année à {villeconf}, l'école rembourse 40 % du billet
        [{dnum}, 19:03] {nom2}: le reste est à payer par virement sur le compte de l'association avant le 30
        [{dnum}, 19:10] {nom}: merci ! on garde les reçus pour l'impôt ?
        [{dnum}, 19:11] {nom2}: oui, le trésorier envoie les reçus officiels"""),
    b("""
        {dnum} 07:45 - {nomf}: Allo les parents, quelqu'un peut prendre Léo à la garderie ce soir ? Je suis coincée au travail
        {dnum} 07:52 - {nom2}: Moi, vers 17 h. Tu m'écris sur {app} quand tu pars ?
        {dnum} 07:53 - {nomf}: Parfait, merci mille fois, je te revaudrai ça"""),
    b("""
        [{dnum} 20:30] {nom2} : Rappel de l'association des anciens : souper annuel {jour}, 45 $ payables à l'entrée
        [{dnum} 20:31] {nom2} : Pour ceux qui sont à l'étranger, on fera un direct sur {app}
        [{dnum} 20:40] {nom} : Je serai à {villeconf} pour le travail, je me connecte !
        [{dnum} 20:41] {nom2} : Super, on te garde une place virtuelle"""),
    b("""
        {dnum} 21:15 - {nom}: Les enfants ont besoin de l'autorisation signée pour la sortie au musée
        {dnum} 21:16 - {nom}: gardez le formulaire papier, pas de photo sur le groupe svp, il y a les numéros de carte santé dessus
        {dnum} 21:20 - {nom2}: Bien reçu, je le donne à ma fille demain matin"""),
    b("""
        [{dnum} 18:00] {nom2} : Les anciens de la promo 2012, on organise des retrouvailles à {villeconf} en juin !
        [{dnum} 18:04] {nom} : Génial, qui s'occupe de l'hôtel ?
        [{dnum} 18:06] {nom2} : Chacun réserve, mais j'ai négocié un tarif de groupe, je vous envoie le code sur {app}
        [{dnum} 18:07] {nom} : parfait merci"""),
    b("""
        {dnum} 20:15 - {nom}: Grand-mère sort de l'hôpital demain
        {dnum} 20:16 - {nom2}: Ouf ! On se cotise pour l'infirmière à domicile ?
        {dnum} 20:17 - {nom}: Oui, je vous envoie le RIB de tante Lin, c'est elle qui gère les paiements
        {dnum} 20:20 - {nom2}: Je fais le virement ce soir"""),
    b("""
        [{dnum}, 07:30] {nom}: Bonjour, l'entraîneur demande 25 $ pour le tournoi de samedi
        [{dnum}, 07:31] {nom}: en argent comptant, dans une enveloppe au nom de l'enfant svp
        [{dnum}, 07:40] {nom2}: Ok ! Le covoiturage part à quelle heure ?
        [{dnum}, 07:41] {nom}: 7 h 15 devant l'aréna"""),
    b("""
        {dnum} 21:40 - {nomf}: Le mariage de Yasmine est confirmé pour août, au pays
        {dnum} 21:41 - {nomf}: ceux qui viennent du Canada, donnez-moi vos dates pour les billets groupés
        {dnum} 21:45 - {nom2}: On sera quatre ! On envoie l'argent pour la salle à qui ?
        {dnum} 21:46 - {nomf}: À oncle Karim, par virement, c'est lui qui organise tout"""),
])


# ---------------------------------------------------------------- benign: InMail and short e-mail
MAIL.add("fr6-b-09-recruteur-transparent", 0, "genuine_recruiter", "inmail", True, [
    b("""
        Je travaille chez {firme} et je recrute pour {employeur}, qui ouvre un poste de {poste} à
        Montréal (hybride, trois jours au bureau). La fourchette salariale est de {salaire}, avec régime de
        retraite et assurances. Le poste exige une cote de fiabilité du gouvernement du Canada, que
        l'employeur parraine. Seriez-vous intéressé par un appel de 20 minutes ? Vous pouvez m'envoyer votre CV
        ici ou par l'adresse de notre site."""),
    b("""
        J'ai aimé votre présentation sur la vérification formelle. {employeur} cherche justement quelqu'un au poste de
        {poste} pour son équipe de Québec, salaire de {salaire}. Tout le processus passe par le portail
        carrières de l'entreprise ; je suis là pour répondre à vos questions. Si c'est plus simple pour vous,
        on peut se parler sur {app} au {telca} pour trouver un créneau, mais l'entrevue elle-même se fera en
        personne."""),
    b("""
        Petite précision après notre échange : je ne peux pas vous transmettre la description détaillée du
        projet avant votre signature de l'entente de non-divulgation standard de {employeur}, c'est leur
        politique pour tous les candidats. La rémunération annoncée ({salaire}) et le titre ({poste}) sont
        définitifs. Je vous envoie le lien DocuSign officiel demain matin."""),
    b("""
        Je me permets de vous contacter pour un mandat chez {employeur} : {poste}, poste permanent, {salaire}.
        Je sais que vous êtes en poste et je ne contacterai jamais votre employeur actuel sans votre accord.
        Si le rôle vous intéresse, envoyez-moi votre CV à jour, je vous rappelle dans la semaine pour vous
        présenter l'équipe et les prochaines étapes."""),
    b("""
        {employeur} agrandit son équipe en {secteur} à Laval et m'a confié le recrutement d'un poste de
        {poste}. Salaire : {salaire}, quatre semaines de vacances, télétravail deux jours par semaine. Le
        processus : un appel avec moi, une entrevue technique, puis une rencontre avec la direction. Je vous
        écris aussi sur {app} si vous préférez qu'on se parle le soir."""),
    b("""
        Je vous ai écrit la semaine dernière au sujet du poste de {poste} chez {employeur}. Je comprends que
        vous êtes bien en poste ; si vous connaissez quelqu'un que le rôle pourrait intéresser, notre
        programme de recommandation verse 1 000 $ au parrain après trois mois. Le salaire est de {salaire}."""),
    b("""
        Votre profil est ressorti dans notre outil de recherche pour un poste de {poste} chez {employeur}.
        Tout est public : l'offre est affichée sur leur site, avec la fourchette de {salaire}. Je suis
        simplement là pour accélérer votre candidature si elle vous intéresse. Envoyez-moi votre CV par
        courriel et je vous appelle dans la journée."""),
    b("""
        Un dernier détail avant votre entrevue chez {employeur} : on ne vous posera aucune question sur les
        projets de votre employeur actuel, et je vous conseille de ne rien apporter de votre travail. Parlez
        plutôt de vos réalisations publiques. Je vous appelle sur votre cellulaire au {telca} demain pour
        faire le point."""),
])
MAIL.add("fr6-b-10-reseau-experts-court", 0, "expert_network", "inmail", True, [
    b("""
        Je travaille chez {reseau}, un réseau d'experts. Un de nos clients, un fonds d'investissement qui
        étudie le secteur {secteur}, souhaite un appel d'une heure sur l'évolution des prix des composants.
        Rémunération : {heure} pour l'heure. Nous ne voulons aucune information confidentielle ni non
        publique de votre employeur actuel ou passé ; vous signerez une attestation en ce sens avant l'appel."""),
    b("""
        Suite à votre inscription chez {reseau}, un client du secteur pharmaceutique aimerait vous consulter
        45 minutes sur les pratiques d'approvisionnement en Europe. Honoraires de {heure}. Avant l'appel, notre
        équipe conformité vous posera quelques questions sur votre employeur et les éventuels conflits
        d'intérêts. Vous pouvez refuser toute question à tout moment."""),
    b("""
        Merci d'avoir accepté la consultation de {jour}. Rappel de nos règles : ne partagez aucune information
        confidentielle, aucun document interne et rien sur des projets non annoncés. Si vous êtes
        fonctionnaire, l'accord écrit de votre organisme est requis. Votre paiement de {heure} sera versé par
        virement bancaire sous 30 jours, facture générée par notre plateforme."""),
    b("""
        Nous avons une demande d'un cabinet de conseil en stratégie (secteur {secteur}) pour un appel d'une
        heure. Le client cherche un avis général sur la structure du marché, rien de spécifique à votre
        entreprise. Tarif : {heure}/heure. Si vous êtes soumis à une clause de non-concurrence ou à une
        obligation de réserve, merci de le signaler à {reseau} avant d'accepter."""),
    b("""
        {reseau} organise un sondage rémunéré de 20 minutes auprès de spécialistes du secteur {secteur}, pour
        le compte d'un cabinet de conseil. Les questions portent sur les tendances générales du marché. Vous
        recevrez {heure} à la fin du sondage. Merci de ne répondre qu'à partir d'informations publiques ou de
        votre expérience générale."""),
    b("""
        Le client a dû annuler l'appel de {jour}, désolés du contretemps. Nous vous verserons tout de même une
        indemnité d'annulation de 50 %, selon nos conditions générales. Une nouvelle demande sur le même thème
        pourrait arriver ; elle passera, comme toujours, par la vérification de conformité de {reseau}."""),
    b("""
        Avant de valider votre profil chez {reseau}, pouvez-vous confirmer que vous n'êtes plus lié par une
        clause de confidentialité avec votre ancien employeur sur le sujet proposé ? En cas de doute, nous
        préférons refuser la consultation. Le client est une société d'investissement qui s'intéresse au
        secteur {secteur}."""),
    b("""
        Petite mise à jour de nos règles : à partir de ce mois-ci, {reseau} enregistre tous les appels pour
        vérification de conformité. Les experts ne doivent partager aucun document ni aucune information non
        publique. Les honoraires ({heure} de l'heure) restent inchangés et sont payés par virement uniquement."""),
])
MAIL.add("fr6-b-11-journaliste-officiel", 0, "journalist_interview", "email", True, [
    b("""
        Je suis journaliste à {journal}. Je prépare un article sur le programme {projet} annoncé la semaine
        dernière par le gouvernement. Accepteriez-vous de répondre à quelques questions, officiellement et
        avec votre nom, sur ce que cet investissement change pour la filière {secteur} ? Je boucle {jour}.
        Votre service des communications peut bien sûr assister à l'entrevue."""),
    b("""
        Je couvre l'industrie {secteur} pour {journal}. Je n'ai pas besoin d'information interne : je cherche
        un expert qui puisse expliquer au grand public les enjeux du contrat annoncé par {employeur}. Entrevue
        de 15 minutes au téléphone, citée avec votre nom et votre titre. Je peux vous envoyer les citations
        pour vérification des faits avant publication."""),
    b("""
        Je fais suite à la conférence de presse de ce matin. Pourriez-vous me confirmer, pour publication, les
        chiffres présentés sur les retombées économiques de {projet} ? Si certaines informations ne sont pas
        encore publiques, dites-le simplement, je n'écrirai que ce qui a été annoncé."""),
    b("""
        Pour notre balado sur la sécurité économique, diffusé par {journal}, nous aimerions vous recevoir pour parler des approches
        de faux recruteurs dont parlent les services de renseignement. L'enregistrement dure 40 minutes, à
        notre studio ; nous couvrons le stationnement et offrons un cachet symbolique de 150 $ à tous nos
        invités."""),
    b("""
        Je suis recherchiste pour l'émission « Enjeux » de {journal}. Nous préparons un reportage sur les
        tentatives d'espionnage industriel dans le secteur {secteur}. Accepteriez-vous une entrevue filmée, à
        visage découvert, pour expliquer comment votre entreprise forme ses employés ? Nous ne vous poserons
        aucune question sur des dossiers internes."""),
    b("""
        Je prépare pour {journal} un portrait des femmes ingénieures du secteur {secteur}. On m'a donné votre
        nom au dernier congrès. L'entrevue serait publiée avec votre nom et une photo. Si votre employeur
        souhaite relire les citations avant publication, c'est tout à fait possible."""),
    b("""
        Merci pour l'entrevue d'hier. L'article paraîtra samedi dans {journal}. Comme convenu, je n'ai retenu
        que vos propos officiels ; le passage que vous m'avez demandé de couper n'apparaît pas. Je vous envoie
        le lien dès la mise en ligne."""),
    b("""
        Pour un article sur le budget fédéral, je cherche des économistes prêts à commenter, avec leur nom, les
        mesures annoncées pour la filière {secteur}. Je ne cherche aucune information interne, seulement une
        analyse de ce qui est déjà public. Seriez-vous disponible pour un appel de 10 minutes {jour} ?"""),
])
MAIL.add("fr6-b-12-avis-sensibilisation-court", 0, "security_awareness", "email", True, [
    b("""
        Rappel de la Direction de la sécurité : si un « recruteur » que vous ne connaissez pas vous propose de
        poursuivre sur {app}, de rédiger des rapports rémunérés pour un client qu'il ne nomme pas ou de le
        rencontrer à l'étranger tous frais payés, ne répondez pas et signalez-le à securite@example.ca.
        Déclarez aussi tout contact de ce type lié à votre cote."""),
    b("""
        Capsule du mois : « Mon client est prêt à payer {montant} pour un petit rapport, on continue sur
        {app} ? » Ce message vous semble flatteur ? C'est un scénario typique d'approche par un service de
        renseignement étranger. Ne quittez jamais la plateforme avec un inconnu et parlez-en à votre agent de
        sécurité d'entreprise."""),
    b("""
        Les signaux d'alerte à retenir, selon les services de renseignement : flatterie excessive, client
        vague, passage rapide sur {app} ou une adresse personnelle, demandes d'informations internes ou non
        publiques, invitation à l'étranger payée, paiement en cryptomonnaie et consigne de ne rien dire à votre
        employeur. Un seul de ces signes justifie un signalement."""),
    b("""
        Cette semaine, plusieurs employés ont reçu un courriel offrant un emploi à distance contre un dépôt
        pour « l'équipement ». Aucun employeur légitime ne vous demandera de payer pour être embauché ni de
        répondre depuis votre adresse personnelle. Transférez ces messages à l'équipe de sécurité et
        supprimez-les."""),
    b("""
        Quiz sécurité de la semaine : un inconnu vous propose {montant} pour « un petit rapport » et vous
        demande de passer sur {app}. Que faites-vous ? Réponse : vous ne répondez pas, vous faites une capture
        d'écran et vous la transmettez à la sécurité. Bravo aux 84 % qui ont trouvé !"""),
    b("""
        Rappel aux employés issus des diasporas : si quelqu'un vous contacte sur {app} en se présentant comme
        un fonctionnaire de votre pays d'origine, menace votre famille ou vous demande de rentrer, vous pouvez
        en parler en toute confidentialité à notre équipe de sécurité. Vous ne serez pas pénalisé."""),
    b("""
        Alerte : une fausse agence utilise le nom de notre entreprise pour recruter sur les réseaux sociaux.
        Elle demande aux candidats de répondre depuis leur adresse personnelle, puis de payer des frais de
        formation. Nous ne demandons jamais d'argent aux candidats. Signalez ces messages à
        securite@example.ca."""),
    b("""
        Affiche de la campagne « Réfléchissez avant de vous connecter » : Trop flatteur pour être vrai ? Client
        anonyme ? Paiement en cryptomonnaie ? Invitation à l'étranger tous frais payés ? Demande d'informations
        non publiques ? Arrêtez-vous, ne répondez pas et parlez-en à votre responsable de la sécurité."""),
])
MAIL.add("fr6-b-13-offre-cote-securite", 0, "cleared_job_ad", "email", True, [
    b("""
        {employeur} recrute : {poste} (Ottawa). Cote de sécurité Très secret requise ou capacité de
        l'obtenir ; citoyenneté canadienne exigée. Salaire : {salaire}. Vous travaillerez sur des
        systèmes classifiés dans un environnement contrôlé. Postulez sur notre site carrières, référence
        {ref}. Aucune candidature par courriel personnel ou messagerie ne sera traitée."""),
    b("""
        Offre d'emploi – {poste}, poste basé à Toulouse. Habilitation Secret Défense exigée (ou procédure
        d'habilitation engagée par nos soins). Rémunération : {salairefr}. Mission : intégration de charges
        utiles pour des programmes institutionnels. Candidature via le portail RH de {employeur} uniquement."""),
    b("""
        Vous détenez une cote Secret et cherchez un nouveau défi ? {employeur} tient une soirée portes
        ouvertes le {date} pour ses postes en {secteur}. Apportez votre CV ; vérification de la cote effectuée
        par notre agent de sécurité d'entreprise après l'offre conditionnelle. Salaires de {salaire}."""),
    b("""
        Affichage interne {ref} : {poste}, équipe des programmes de défense. La personne retenue devra
        maintenir sa cote de sécurité, déclarer ses voyages à l'étranger et suivre la formation annuelle sur
        la protection de l'information. Salaire selon l'échelle : {salaire}. Date limite : {date}."""),
    b("""
        Nous recrutons ! {employeur} cherche plusieurs techniciens et techniciennes en intégration de systèmes
        pour des programmes de défense. Cote Secret requise à l'embauche. Salaire : {salaire}, prime de
        rétention après deux ans. Séances d'information virtuelles {jour} ; inscription sur notre site
        carrières, référence {ref}."""),
    b("""
        Poste : {poste}, ministère fédéral, Gatineau. Exigence linguistique : bilingue impératif. Cote de
        sécurité : Très secret avec accès spécial. Les candidats doivent accepter une enquête de sécurité
        approfondie, y compris une entrevue. Échelle salariale : {salaire}. Postulez sur le site officiel des
        emplois du gouvernement, processus {ref}."""),
    b("""
        Stage d'été rémunéré chez {employeur} : analyse de données pour des projets en {secteur}. Les
        stagiaires doivent obtenir une cote de fiabilité avant le début du stage ; nous lançons la demande dès
        l'offre acceptée. Citoyenneté ou résidence permanente requise. 24 $ de l'heure. Candidatures par le
        portail étudiant de votre université."""),
    b("""
        Suite à votre candidature au poste de {poste}, nous lançons la vérification de votre cote de sécurité.
        Vous recevrez sous peu un courriel de notre agent de sécurité d'entreprise, depuis notre domaine
        officiel, avec le formulaire à remplir dans notre portail. Nous ne vous demanderons jamais ces
        renseignements par téléphone."""),
])
MAIL.add("fr6-b-14-accueil-rh", 0, "hr_onboarding", "email", True, [
    b("""
        Bienvenue chez {employeur} ! Pour finaliser votre dossier, merci de téléverser une pièce d'identité
        avec photo et votre spécimen de chèque dans le portail RH sécurisé (lien dans votre courriel
        d'embauche). N'envoyez jamais ces documents par courriel ou messagerie, même à une personne des RH."""),
    b("""
        Votre premier jour est fixé au {date} à {heureh}. Présentez-vous à l'accueil avec votre pièce d'identité ;
        la sécurité vous remettra votre carte d'accès. Vous signerez ce jour-là l'entente de confidentialité
        et la politique d'utilisation des systèmes. Votre gestionnaire, {nom2}, vous attendra au 4e étage."""),
    b("""
        Dans le cadre de votre demande de cote de fiabilité, notre agent de sécurité vous enverra le
        formulaire officiel par le portail. Il vous demandera vos adresses des cinq dernières années et vos
        voyages à l'étranger. Ne transmettez ces renseignements par aucun autre canal."""),
    b("""
        Petit rappel : les conditions de votre offre, y compris le salaire, sont personnelles et n'ont pas à
        être partagées avec vos collègues. Le formulaire de dépôt direct se remplit dans le portail de paie ;
        personne chez nous ne vous demandera vos coordonnées bancaires par texto."""),
    b("""
        Votre dossier d'embauche est presque complet. Il manque votre formulaire d'impôt et votre spécimen de
        chèque : téléversez-les dans le portail RH avant le {date}. Si le portail vous pose problème, appelez
        le centre de services RH au {telca} ; ne les envoyez pas par courriel."""),
    b("""
        Dans le cadre de votre accueil, vous suivrez {jour} la formation obligatoire sur la sécurité de
        l'information : classification des documents, signalement des approches suspectes et règles pour les
        voyages à l'étranger. Elle dure deux heures, en présentiel, à la salle 210."""),
    b("""
        Votre carte d'accès sera prête le premier jour. Pour l'activer, la sécurité prendra votre photo et
        vérifiera votre pièce d'identité en personne. Merci de ne rien envoyer d'avance : personne de notre
        équipe ne vous demandera ces documents par texto ou par messagerie."""),
    b("""
        Bienvenue dans l'équipe ! Votre ordinateur portable vous attend au service TI. Vos accès à Teams et à
        l'intranet seront activés {jour}. Votre marraine d'intégration, {nom2}, vous écrira sur Teams pour
        organiser un dîner d'accueil avec l'équipe."""),
])
MAIL.add("fr6-b-15-courriel-de-bureau", 0, "work_email", "email", False, [
    b("""
        La salle Laurier est réservée {jour} de {heureh} à midi pour l'atelier de planification. Merci
        d'apporter vos portables chargés ; le projecteur de la salle est encore capricieux. Il y aura du café
        et des viennoiseries."""),
    b("""
        Le déménagement du 3e étage commence vendredi. Identifiez vos boîtes avec votre nom et votre nouveau
        numéro de poste. Les écrans seront installés lundi matin par l'équipe TI ; ne les débranchez pas
        vous-mêmes."""),
    b("""
        Pour les vacances d'été, merci d'inscrire vos dates dans le calendrier partagé d'ici le {date}. On essaie
        de garder au moins deux personnes par équipe en juillet. Je valide les demandes dans l'ordre où elles
        arrivent."""),
    b("""
        J'ai mis à jour le gabarit de compte rendu pour les réunions de chantier. Il est sur le lecteur
        commun, dossier Modèles. Les anciens comptes rendus restent valides, pas besoin de les refaire."""),
    b("""
        Le système de réservation des salles sera en maintenance samedi de 8 h à midi. Les réservations déjà
        faites restent valides. Merci de votre patience, et désolés pour le dérangement."""),
    b("""
        La collecte de sang aura lieu {jour} dans le hall principal, de 10 h à 15 h. Inscrivez-vous en ligne
        pour éviter l'attente. Une collation sera offerte à tous les donneurs, et un café aux bénévoles."""),
    b("""
        Les nouvelles vignettes de stationnement sont arrivées. Passez les chercher à l'accueil avec votre
        ancienne vignette avant la fin du mois. Les anciennes seront désactivées le 1er du mois prochain."""),
    b("""
        Merci à tous pour votre participation au sondage sur le télétravail. Les résultats seront présentés à
        la réunion générale de {jour}. En résumé, deux jours au bureau semblent convenir à la majorité."""),
])
MAIL.add("fr6-b-16-avis-paie-banque", 0, "payroll", "email", True, [
    b("""
        Votre relevé de paie du {date} est disponible dans le portail employé. Votre remboursement de frais de
        déplacement ({montant}) y figure sur une ligne distincte. Rappel : le service de la paie ne vous
        demandera jamais de cartes-cadeaux, de cryptomonnaie ni de changer votre compte par courriel."""),
    b("""
        Avis de votre institution financière : nous avons bloqué une tentative de modification de votre dépôt
        direct. Si vous n'êtes pas à l'origine de cette demande, appelez le numéro au dos de votre carte.
        Nous ne vous demanderons jamais votre mot de passe par texto ou messagerie."""),
    b("""
        Les primes de rendement seront versées avec la paie du {date}, par dépôt direct comme d'habitude. Les
        montants individuels sont communiqués par votre gestionnaire lors de l'entretien annuel et restent
        confidentiels."""),
    b("""
        Votre demande de remboursement pour la conférence à {villeconf} (vol, hôtel trois nuits, per diem) a
        été approuvée. Le montant sera déposé dans votre compte habituel d'ici deux cycles de paie. Conservez
        les pièces justificatives sept ans."""),
    b("""
        Changement de date : en raison du congé férié, la paie du {date} sera déposée un jour plus tôt. Aucune
        action n'est requise. Si vous changez de compte bancaire, faites-le uniquement dans le portail
        employé, jamais à la demande d'un courriel."""),
    b("""
        Votre indemnité de déplacement pour la mission à {ville} a été calculée selon le barème de
        l'entreprise : hébergement, repas et transport local. Le montant sera versé avec votre prochaine paie.
        Le détail se trouve dans le portail employé."""),
    b("""
        Avis de votre caisse : un virement entrant de l'étranger de {montant} est en attente de vérification.
        Si vous attendez ce virement, confirmez-le dans votre application bancaire. Nous ne vous demanderons
        jamais de code par téléphone."""),
    b("""
        Rappel de fin d'année : les relevés fiscaux seront disponibles dans le portail employé à la fin
        février. Le service de la paie ne les envoie jamais en pièce jointe par courriel. En cas de doute sur
        un message, contactez-nous au {telca}."""),
])


# ---------------------------------------------------------------- benign: longer e-mails
LONG.add("fr6-b-17-reseau-experts-conformite", 0, "expert_network", "email", True, [
    b("""
        Objet : Demande de consultation – {reseau} (projet n° {ref})

        Bonjour,

        Je suis chargée de projets chez {reseau}, un réseau d'experts qui met en relation des professionnels
        de l'industrie avec des sociétés d'investissement et de conseil. Notre client, un fonds qui s'intéresse
        à la filière {secteur} en Amérique du Nord, aimerait s'entretenir une heure avec vous au téléphone sur
        la dynamique générale du marché : grands acteurs, tendances de prix, freins à l'adoption.

        La consultation est rémunérée {heure} de l'heure, payés par virement par {reseau} après l'appel.

        Avant de confirmer, nous vous demanderons de remplir une attestation de conformité en ligne. Vous y
        confirmerez notamment que vous ne divulguerez aucune information confidentielle ou non publique, que
        vous ne parlerez d'aucun projet non annoncé de votre employeur actuel ou passé et que votre contrat
        de travail vous autorise ce type d'activité. Un membre de notre équipe conformité peut assister à
        l'appel.

        Si le sujet vous intéresse, répondez simplement à ce courriel avec vos disponibilités.

        Bien cordialement,

        {nomf}
        Chargée de projets, {reseau}
        Tél. : {telca}"""),
    b("""
        Objet : Re: Appel de jeudi – rappel des règles

        Bonjour {pre},

        Merci d'avoir accepté cet appel. Voici un rappel de nos règles, que votre interlocuteur a également
        reçues :

        - Ne partagez aucune information confidentielle, stratégique ou non publique, y compris sur des
          contrats, des prix ou des calendriers qui n'ont pas été annoncés.
        - Vous pouvez refuser de répondre à toute question, sans justification.
        - Si l'on vous demande des documents internes, mettez fin à l'appel et prévenez-nous.
        - Vos honoraires de {heure} vous seront versés dans les 30 jours sur le compte bancaire enregistré
          dans votre profil ; nous ne payons jamais en espèces ni en cryptomonnaie.

        L'interlocuteur est un analyste d'un cabinet de conseil en stratégie ; son client final est un groupe
        industriel européen du secteur {secteur}.

        Bonne conversation,

        {nom}
        Équipe conformité, {reseau}

        > Le {date}, {pre} a écrit :
        > Parfait pour jeudi {heureh}, heure de Montréal."""),
    b("""
        Objet : Votre profil d'expert – vérification annuelle

        Bonjour,

        Comme chaque année, {reseau} demande à ses experts inscrits de mettre à jour leur profil et de
        renouveler leur attestation. Cela prend environ dix minutes.

        Nous vous demandons notamment :
        1. votre employeur actuel et votre titre ;
        2. si vous êtes fonctionnaire, membre d'un conseil d'administration ou titulaire d'une cote de
           sécurité, auquel cas certaines demandes ne vous seront pas proposées ;
        3. la liste des sociétés sur lesquelles vous ne pouvez pas vous exprimer.

        Nous rappelons que nos consultations portent uniquement sur votre expertise générale et sur des
        informations publiques. Nous refusons les demandes qui visent des données confidentielles et nous
        excluons les clients qui insistent. Si un interlocuteur vous a déjà mis mal à l'aise, nous aimerions
        le savoir.

        Le formulaire est accessible depuis votre espace personnel sur notre site. Les experts qui ne
        l'auront pas rempli d'ici le {date} ne recevront plus de demandes.

        Merci de votre confiance,

        L'équipe des relations avec les experts
        {reseau}"""),
    b("""
        Objet : Confirmation et paiement – consultation du {date}

        Bonjour {pre},

        Merci pour votre temps lors de la consultation d'hier. Notre client, une société de capital-risque
        qui examine les fournisseurs du secteur {secteur}, a trouvé vos réponses très utiles, en particulier votre
        analyse des normes publiques et de l'évolution des coûts.

        Vous recevrez {heure} pour l'heure facturée. Le paiement est effectué par {reseau} par virement sur
        le compte que vous avez indiqué dans votre profil ; vous recevrez un relevé pour votre déclaration
        de revenus. Aucune démarche n'est nécessaire de votre part.

        Le client aimerait éventuellement une seconde conversation le mois prochain. Avant de l'accepter,
        vérifiez que le sujet ne touche pas à des activités de votre employeur ; si vous avez le moindre
        doute, notre équipe conformité est joignable à conformite@example.com.

        Encore merci,

        {nom}
        Gestionnaire de comptes, {reseau}"""),
    b("""
        Objet : Bienvenue chez {reseau} – conditions de participation

        Bonjour {pre},

        Merci d'avoir rejoint {reseau}. Avant votre première consultation, voici l'essentiel de nos
        conditions.

        Nos clients sont des fonds d'investissement, des cabinets de conseil et des entreprises qui cherchent
        un regard d'expert sur un marché. Nous vous indiquons toujours le type de client et son secteur avant
        l'appel. Vous êtes libre de refuser toute demande.

        Les consultations sont payées {heure} de l'heure, au prorata, par virement sur votre compte bancaire,
        avec un relevé annuel pour vos impôts. Nous ne payons jamais en espèces, en cartes-cadeaux ou en
        cryptomonnaie, et nous ne vous demanderons jamais de payer quoi que ce soit.

        Vous vous engagez à ne communiquer aucune information confidentielle ou non publique, ni de votre
        employeur actuel, ni de vos employeurs passés. Si votre contrat ou votre statut (fonctionnaire,
        personne habilitée) l'exige, obtenez une autorisation écrite avant toute consultation.

        Notre équipe conformité reste joignable à conformite@example.com.

        Bienvenue parmi nous,

        {nomf}
        Responsable des relations avec les experts, {reseau}"""),
    b("""
        Objet : Demande de consultation retirée – projet {ref}

        Bonjour,

        Nous vous avions proposé la semaine dernière une consultation sur le secteur {secteur}. Après
        examen, notre équipe conformité a décidé de retirer cette demande, et nous tenions à vous en expliquer
        la raison.

        Les questions préparées par le client portaient en partie sur les contrats en cours de négociation de
        votre employeur actuel et sur des résultats d'essais non publiés. Ce type de questions est contraire
        à nos règles : nous ne mettons jamais un expert en position de divulguer des informations
        confidentielles ou non publiques. Nous avons signalé la demande au client et l'avons refusée.

        Vous n'avez rien à faire de votre côté. Cette décision ne change rien à votre profil, et nous vous
        proposerons d'autres consultations conformes à nos règles.

        Merci de votre compréhension,

        {nom}
        Équipe conformité, {reseau}"""),
    b("""
        Objet : Attestation à signer avant votre appel de {jour}

        Bonjour,

        Votre appel avec notre client (un cabinet de conseil en stratégie, secteur {secteur}) est confirmé
        pour {jour} à {heureh}. Avant l'appel, merci de signer électroniquement l'attestation ci-dessous
        depuis votre espace expert.

        Je confirme que :
        1. je ne divulguerai aucune information confidentielle, exclusive ou non publique ;
        2. je ne parlerai d'aucune société pour laquelle je suis soumis à une obligation de confidentialité ;
        3. je ne suis pas employé par une administration publique, ou j'ai obtenu l'autorisation requise ;
        4. j'interromprai l'appel si l'on m'interroge sur des informations que je ne peux pas partager.

        Sans attestation signée, l'appel sera automatiquement annulé. Vos honoraires ({heure} de l'heure)
        seront versés par virement dans les 30 jours suivant l'appel.

        Merci,

        {nom}
        Coordination des projets, {reseau}"""),
    b("""
        Objet : Re: Puis-je parler de mon ancien employeur ?

        Bonjour {pre},

        Excellente question, et merci de l'avoir posée avant l'appel.

        Vous pouvez parler de votre expérience générale, de ce que vous avez appris sur le fonctionnement du
        marché et de tout ce qui a été rendu public par votre ancien employeur : rapports annuels,
        communiqués, présentations aux investisseurs. En revanche, vous ne devez rien dire des projets non
        annoncés, des prix négociés ni des clients, même si vous avez quitté l'entreprise il y a plus d'un an.

        Le client final est un assureur européen qui veut comprendre les risques du secteur {secteur}. Il
        cherche une vue d'ensemble, pas des secrets d'entreprise. Si une question vous met mal à l'aise,
        dites simplement que vous ne pouvez pas y répondre ; nous le comprendrons très bien.

        Bonne consultation,

        {nom}
        Conformité, {reseau}

        > Le {date}, {pre} a écrit :
        > J'ai quitté {employeur} l'an dernier. Jusqu'où puis-je aller dans mes réponses ?"""),
])
LONG.add("fr6-b-18-institut-commande-publique", 0, "think_tank_commission", "email", True, [
    b("""
        Objet : Invitation à rédiger une note de politique publique

        Madame,

        {inst} prépare pour l'automne une série de notes de politique publique sur la souveraineté
        industrielle et la filière {secteur}. Le comité éditorial souhaite vous confier la note portant sur
        les chaînes d'approvisionnement, d'environ 6 000 mots.

        La note sera publiée sous votre nom, en libre accès sur notre site, après une évaluation par deux
        pairs. Les honoraires sont de {montant}, versés par l'institut à la remise du texte final, selon le
        contrat d'auteur joint. Vous conservez le droit de reprendre le texte dans vos propres publications.

        Nous vous invitons également à présenter la note lors d'un séminaire public à Ottawa ; votre
        déplacement et votre hébergement seraient remboursés sur présentation des reçus, selon notre
        politique de frais.

        Il va de soi que la note doit reposer uniquement sur des sources publiques. Si votre employeur
        exige une autorisation préalable pour ce type de publication, nous pouvons lui adresser une lettre
        décrivant le projet.

        Dans l'attente de votre réponse,

        {nomm}
        Directeur de la recherche
        Tél. : {telca}"""),
    b("""
        Objet : Évaluation d'un manuscrit – revue Études stratégiques

        Bonjour,

        La revue Études stratégiques, publiée par {inst}, sollicite votre expertise pour évaluer un article
        intitulé « Politiques industrielles et contrôle des exportations dans le secteur {secteur} ». Le
        manuscrit fait une trentaine de pages ; nous aurions besoin de votre rapport d'ici six semaines.

        Cette année, nous offrons aux évaluateurs un honoraire de 150 $ ou un abonnement de deux ans à la
        revue, à votre choix. L'évaluation est anonyme pour l'auteur, mais votre nom figurera dans la liste
        annuelle des évaluateurs publiée dans le dernier numéro.

        Le manuscrit vous sera transmis par notre plateforme éditoriale après acceptation. Merci de ne pas
        le diffuser : c'est un texte non publié, et l'auteur compte sur la discrétion habituelle du
        processus d'évaluation.

        Merci de nous indiquer si vous acceptez ou si vous pouvez nous suggérer un autre évaluateur.

        Avec nos remerciements,

        {nom}
        Secrétaire de rédaction"""),
    b("""
        Objet : Conférence publique – cycle « Technologies et sociétés »

        Bonjour {pre},

        Je fais suite à notre conversation au colloque de mai. Comme promis, voici l'invitation officielle :
        {inst} aimerait vous accueillir pour une conférence publique d'une heure, suivie d'une période de
        questions, dans le cadre de notre cycle « Technologies et sociétés ».

        Le thème est libre, à condition de rester accessible au grand public ; votre travail sur la
        vulgarisation des enjeux du secteur {secteur} conviendrait parfaitement. La conférence sera filmée et mise en
        ligne sur notre chaîne.

        Nous offrons un cachet de {montant} et remboursons votre train ou votre vol en classe économique,
        ainsi qu'une nuit d'hôtel, sur présentation des reçus. Tous les paiements passent par le service des
        finances de l'université, avec une fiche de fournisseur à remplir.

        Pourriez-vous me proposer deux ou trois dates possibles cet hiver ?

        Au plaisir de vous recevoir,

        {nomf}
        Professeure titulaire et responsable du cycle

        > Le {date}, {pre} a écrit :
        > Avec plaisir, envoyez-moi les détails quand vous les aurez."""),
    b("""
        Objet : Groupe de travail – appel à contributions rémunérées

        Bonjour,

        {inst} constitue un groupe de travail sur la résilience de la filière {secteur}. Le groupe réunira
        une dizaine d'experts issus de l'industrie, du milieu universitaire et de la société civile, et
        publiera un rapport public au printemps.

        Chaque membre rédigera une contribution signée de cinq à huit pages, rémunérée {montant}. Le
        rapport final sera présenté lors d'un événement public au Parlement et envoyé aux commissions
        concernées. Les membres du groupe seront nommés dans le rapport, avec leur affiliation.

        Les contributions doivent s'appuyer sur des sources ouvertes. Les personnes soumises à une
        obligation de réserve ou titulaires d'une cote de sécurité sont invitées à consulter leur employeur
        avant d'accepter ; nous fournissons volontiers une description écrite du mandat.

        Trois réunions sont prévues, dont une en personne à Québec, frais de déplacement remboursés selon
        le barème de l'institut.

        Merci de nous faire savoir si vous souhaitez participer.

        {nomf}
        Coordonnatrice des programmes"""),
    b("""
        Objet : Évaluation d'un rapport – Fonds de recherche sur l'innovation

        Bonjour,

        Le Fonds de recherche sur l'innovation vous invite à évaluer le rapport final d'un projet qu'il a
        financé : « Adoption de l'intelligence artificielle dans les PME manufacturières ». Le rapport, d'une
        cinquantaine de pages, sera publié sur notre site après l'évaluation.

        Votre évaluation prendra la forme d'un avis écrit de trois à cinq pages, selon la grille jointe.
        Nous offrons aux évaluateurs externes un honoraire forfaitaire de {montant}, versé par notre service
        des finances sur présentation d'une facture ou d'un formulaire de paiement.

        Nous vous demandons de déclarer tout conflit d'intérêts avec l'équipe de recherche avant d'accepter.
        L'évaluation est anonyme pour les chercheurs ; les noms des évaluateurs sont publiés chaque année dans
        notre rapport d'activité.

        Merci de nous indiquer votre décision d'ici deux semaines.

        Cordialement,

        {nomf}
        Conseillère scientifique
        Fonds de recherche sur l'innovation"""),
    b("""
        Objet : Série de chroniques – Tribunes de {inst}

        Bonjour {pre},

        {inst} lance une série de tribunes signées sur les grands enjeux technologiques. Nous aimerions vous
        confier trois textes de 1 200 mots chacun, répartis sur l'année, sur la filière {secteur} et ses
        enjeux pour le public.

        Chaque tribune est payée {montant} et sera publiée sous votre nom sur notre site, puis proposée à des
        quotidiens partenaires. Vous pourrez aussi être invité à un débat public à Bruxelles au printemps ;
        votre vol et deux nuits d'hôtel seraient alors remboursés sur présentation des reçus.

        Les textes s'appuient sur des sources publiques et sur votre expertise. Notre équipe éditoriale relit
        chaque texte, mais vous gardez le dernier mot sur le contenu. Si votre employeur doit approuver vos
        publications, nous prévoirons le délai nécessaire.

        Dites-moi si le projet vous tente ; je vous enverrai le contrat d'auteur.

        Bien à vous,

        {nomf}
        Rédactrice en chef"""),
    b("""
        Objet : Re: Contrat pour la note de politique

        Bonjour,

        Merci pour vos questions sur le contrat. Voici les précisions demandées.

        Le paiement de {montant} est effectué par le service des finances de l'université, par virement sur
        votre compte personnel ou celui de votre entreprise, au choix. Il faut simplement remplir la fiche de
        fournisseur jointe ; aucune autre démarche ne vous sera demandée.

        Vous restez titulaire des droits d'auteur. L'institut obtient une licence pour publier la note en
        libre accès, sous votre nom et avec votre affiliation.

        Quant à votre employeur, nous comprenons tout à fait qu'il doive approuver la publication. Nous
        pouvons lui envoyer le plan de la note et la liste des sources, qui sont toutes publiques.

        Je reste disponible pour en parler au téléphone au {telca}.

        Cordialement,

        {nom}
        Gestion des contrats de recherche

        > Le {date}, vous avez écrit :
        > Avant de signer, j'aimerais savoir comment se fait le paiement et si mon employeur doit approuver."""),
    b("""
        Objet : Bourse de rédaction – mémoire public sur la cybersécurité municipale

        Bonjour,

        Le comité de sélection de {inst} a le plaisir de vous annoncer que votre proposition a été retenue
        pour une bourse de rédaction de {montant}. Félicitations !

        La bourse finance la rédaction d'un mémoire public d'environ 25 pages sur la cybersécurité des
        petites municipalités. Le mémoire sera publié en libre accès et présenté lors de notre colloque
        annuel. Un premier versement de 50 % sera fait à la signature de l'entente, le solde à la remise du
        texte final.

        Nous vous rappelons que le mémoire doit s'appuyer uniquement sur des sources publiques et sur des
        entrevues menées avec le consentement des personnes interrogées. Aucune information confidentielle
        d'une municipalité ne doit y figurer sans son autorisation écrite.

        Vous recevrez l'entente de financement par courriel dans les prochains jours.

        Avec nos félicitations renouvelées,

        {nom}
        Coordination des bourses"""),
])
LONG.add("fr6-b-19-conference-a-letranger", 0, "conference_invite", "email", True, [
    b("""
        Objet : Invitation – conférencier principal, Forum {secteur} {villeconf}

        Madame,

        Au nom du comité d'organisation du Forum international {secteur}, qui se tiendra à {villeconf}
        du 14 au 16 octobre, j'ai le plaisir de vous inviter à prononcer l'allocution d'ouverture de la
        deuxième journée. Le forum réunit chaque année près de 800 participants, chercheurs, industriels et
        représentants publics, et toutes les séances sont publiques.

        Le forum prend en charge votre billet d'avion aller-retour en classe économique, quatre nuits dans
        l'hôtel du congrès et votre inscription. Notre agence de voyages vous contactera pour la réservation ;
        les frais ne vous seront jamais demandés à l'avance.

        Vos diapositives seront publiées sur le site du forum après l'événement, avec votre accord. Nous vous
        demandons de ne présenter que des travaux publiés ou publiables.

        Le programme provisoire et la liste des conférenciers sont joints. Merci de nous confirmer votre
        participation d'ici le {date}.

        Avec mes salutations distinguées,

        {nomf}
        Présidente du comité scientifique
        Forum international {secteur}"""),
    b("""
        Objet : Re: Logistique de votre venue à {villeconf}

        Bonjour {pre},

        Tout est en ordre pour votre venue ! Voici le récapitulatif :

        - Vol : réservé par notre agence, billet électronique envoyé séparément.
        - Hôtel : trois nuits à l'hôtel partenaire, à cinq minutes à pied du centre des congrès.
        - Transfert : navette officielle du congrès depuis l'aéroport, toutes les 30 minutes.
        - Per diem : aucun, mais les repas du midi et le banquet sont inclus.

        Votre séance est programmée le mercredi à {heureh}, salle B. Le modérateur, {nom2}, vous écrira la
        semaine prochaine pour préparer la discussion.

        Petite note pratique de notre part : votre employeur vous demandera sans doute de déclarer le
        voyage et de partir avec un ordinateur de prêt, c'est de plus en plus courant et nous le
        comprenons très bien.

        À bientôt à {villeconf},

        {nom}
        Coordination des conférenciers

        > Le {date}, {pre} a écrit :
        > Merci, je confirme ma participation. Mon service de sécurité m'a demandé le programme officiel."""),
    b("""
        Objet : Atelier doctoral – prise en charge des intervenants

        Bonjour,

        L'école doctorale que je dirige organise à {villeconf} une école d'été sur les matériaux de la
        filière {secteur}, du 2 au 6 juillet. Nous souhaiterions vous inviter à donner deux séances de cours de
        90 minutes aux doctorants, sur le sujet de votre choix parmi vos travaux publiés.

        Les intervenants sont défrayés selon les règles de notre université : billet d'avion réservé par
        notre service des missions, hébergement à la résidence universitaire et indemnité forfaitaire de
        {montant} pour la préparation des cours. Un ordre de mission et une convention d'intervention vous
        seront envoyés par le service administratif.

        Les supports de cours seront mis à disposition des doctorants sur notre plateforme pédagogique, et
        l'événement est annoncé sur le site de l'université.

        Je reste à votre disposition pour en discuter par courriel ou par visioconférence.

        Bien cordialement,

        {nomf}
        Directrice de l'école doctorale
        Tél. : {telca}"""),
    b("""
        Objet : TR : Invitation au Sommet {secteur} – avis de la conformité

        Bonjour {pre},

        Je te transfère la réponse de la conformité à propos de l'invitation à {villeconf}. En bref : c'est
        approuvé, mais on doit suivre la procédure voyage habituelle.

        ---------- Message transféré ----------
        De : Bureau de la conformité
        Date : {date}

        L'invitation du comité organisateur du Sommet a été examinée. L'organisateur est une association
        professionnelle connue, le programme est public et la prise en charge (vol et hôtel) est conforme à
        notre politique sur les cadeaux et avantages. Merci de :
        1. déclarer le voyage dans le registre au moins deux semaines avant le départ ;
        2. emporter un ordinateur de prêt fourni par les TI ;
        3. signaler au retour toute demande inhabituelle reçue sur place.
        ----------

        Je m'occupe de la déclaration si tu m'envoies ton itinéraire.

        {nom}"""),
    b("""
        Objet : Lettre d'invitation pour votre visa – Symposium {secteur}, {villeconf}

        Bonjour {pre},

        Comme vous l'aviez demandé, vous trouverez ci-joint la lettre d'invitation officielle, signée par le
        vice-recteur aux relations internationales de l'université hôte. Elle précise les dates du symposium,
        le titre de votre communication et la prise en charge de vos frais par l'université : billet
        d'avion, quatre nuits d'hôtel et repas pendant l'événement.

        Le consulat demande parfois une copie du programme ; il est public et se trouve sur le site du
        symposium. La liste des conférenciers y figure aussi, avec les résumés des présentations.

        Pour votre information, nous ne demandons aux conférenciers aucune information sur leur employeur
        au-delà de leur affiliation, et aucune rencontre n'est prévue en dehors du programme officiel. Si
        votre organisation souhaite une lettre supplémentaire pour son service de sécurité, je peux en
        préparer une.

        Au plaisir de vous accueillir,

        {nom}
        Bureau des relations internationales"""),
    b("""
        Objet : Bourse de voyage – jeunes chercheurs, congrès de {villeconf}

        Bonjour {pre},

        Nous avons le plaisir de vous informer que votre communication a été acceptée au congrès international
        de {villeconf} et que vous bénéficiez d'une bourse de voyage pour jeunes chercheurs.

        La bourse couvre votre billet d'avion aller-retour en classe économique, réservé par notre agence
        partenaire, ainsi que cinq nuits en résidence universitaire. Les frais d'inscription sont annulés. Vos
        repas restent à votre charge, sauf pendant les journées du congrès.

        Vous recevrez sous peu une lettre d'invitation officielle pour votre demande de visa, signée par le
        comité d'organisation. Le programme complet, la liste des intervenants et les résumés seront publiés
        sur le site du congrès un mois avant l'événement.

        Pour confirmer, merci de remplir le formulaire en ligne avant le {date}. Pour toute question, écrivez
        au secrétariat du congrès.

        Félicitations et à bientôt à {villeconf},

        {nom}
        Secrétariat du congrès"""),
    b("""
        Objet : Table ronde du {date} – préparation

        Bonjour,

        Je modérerai la table ronde « Coopération internationale en {secteur} » à laquelle vous participez.
        Voici quelques informations pour nous préparer.

        La séance dure 75 minutes : cinq minutes de présentation par intervenant, puis une discussion et des
        questions du public. Elle sera filmée et diffusée en direct sur le site de la conférence.

        Je prévois de vous interroger sur trois thèmes : les partenariats entre universités et industrie, la
        place des normes internationales et les compétences dont le secteur manquera dans dix ans. Je
        n'aborderai aucun sujet lié à des projets non publics de vos organisations ; si une question du
        public s'en approche, je la recadrerai.

        Nous pourrions faire un appel de préparation de 20 minutes la semaine prochaine. Quelles sont vos
        disponibilités ?

        Bien cordialement,

        {nom}
        Modération, Conférence internationale de {villeconf}"""),
    b("""
        Objet : Remboursement de vos frais – Colloque de {villeconf}

        Bonjour {pre},

        Merci encore pour votre excellente intervention au colloque. Pour que nous puissions rembourser les
        frais que vous avez avancés (taxi, repas du soir, visa), merci de nous envoyer :

        - le formulaire de remboursement joint, rempli et signé ;
        - les reçus originaux numérisés ;
        - vos coordonnées bancaires sur le formulaire prévu à cet effet.

        Le remboursement est fait par virement par l'association organisatrice, en général sous quatre
        semaines. Nous ne pouvons pas rembourser en espèces ni sur un compte autre que le vôtre.

        Votre billet d'avion et votre hôtel ayant été réglés directement par l'association, vous n'avez rien
        à nous transmettre à ce sujet.

        Les vidéos des présentations seront en ligne d'ici la fin du mois.

        Bien cordialement,

        {nom}
        Trésorerie de l'association"""),
    b("""
        Objet : Mission commerciale à {ville} – programme et conditions

        Bonjour,

        La Chambre de commerce régionale organise une mission commerciale à {ville} du 10 au 15 novembre,
        destinée aux PME de la filière {secteur}. Votre entreprise s'est inscrite ; voici le programme et les
        conditions.

        Le programme officiel comprend des rencontres d'affaires avec des entreprises locales présélectionnées,
        une visite de salon et une réception au consulat. La Chambre prend en charge l'organisation et la
        moitié du coût du billet d'avion ; l'hôtel et les repas restent à la charge des participants.

        Avant le départ, une séance d'information de la sécurité publique est prévue sur les bonnes
        pratiques en voyage d'affaires : appareils à emporter, protection des données et attitude à adopter
        face aux sollicitations en dehors du programme.

        Merci de confirmer les noms des participants avant le {date}.

        Cordialement,

        {nomm}
        Chargé de mission, Chambre de commerce régionale"""),
])
LONG.add("fr6-b-20-chasseur-de-tetes-reel", 0, "genuine_recruiter", "email", True, [
    b("""
        Objet : Mandat de recherche – {poste}, {employeur}

        Bonjour,

        Je suis associée chez {firme}, cabinet de recherche de cadres. {employeur} nous a confié le
        recrutement au poste de {poste}, et votre parcours correspond très bien à ce qu'ils recherchent.

        Quelques précisions, pour que vous puissiez juger rapidement :
        - Lieu : Montréal, mode hybride ;
        - Rémunération : {salaire}, plus régime de retraite à prestations déterminées ;
        - Exigence : cote de sécurité de niveau Secret, que l'employeur peut parrainer si vous ne l'avez pas.

        Le mandat est confidentiel dans la mesure où {employeur} n'a pas encore annoncé le poste publiquement ;
        je vous demande donc de ne pas le relayer. De mon côté, je ne contacterai jamais votre employeur actuel
        et je ne transmettrai votre CV qu'avec votre accord écrit.

        Si cela vous intéresse, je vous propose un appel de 30 minutes cette semaine. Vous pouvez me joindre
        au {telca} ou répondre à ce courriel.

        Cordialement,

        {nomf}
        Associée, {firme}"""),
    b("""
        Objet : Re: Prochaines étapes chez {employeur}

        Bonjour {pre},

        Très bonne nouvelle : {employeur} souhaite vous rencontrer pour la dernière entrevue, dans leurs
        bureaux de Toulouse. Ils prennent en charge votre vol et deux nuits d'hôtel ; leur service des
        voyages vous écrira directement depuis leur adresse officielle.

        Comme vous me l'avez demandé, je vous écris aussi sur {app} pour qu'on puisse caler les horaires
        plus vite pendant vos déplacements. Tout ce qui est officiel (offre, contrat, conditions) restera
        transmis par courriel et par leur portail RH.

        Pour préparer l'entrevue, je vous conseille de relire leur rapport annuel et le communiqué sur leur
        nouveau site de production. Ils ne vous poseront aucune question sur les projets de votre employeur
        actuel : ils sont très stricts là-dessus.

        Bonne préparation,

        {nom}
        {firme}

        > Le {date}, {pre} a écrit :
        > Merci, je serai en déplacement toute la semaine, un message sur {app} serait plus simple."""),
    b("""
        Objet : Votre candidature au poste de {poste}

        Bonjour,

        Merci d'avoir pris le temps de discuter avec moi hier. Comme promis, voici un récapitulatif écrit de
        notre conversation et des prochaines étapes.

        Le poste est offert par {employeur}, dans l'équipe {secteur}. Le salaire va de {salaire},
        selon l'expérience, avec quatre semaines de vacances dès l'embauche. Le processus comprend une
        entrevue technique avec la gestionnaire, un test pratique de deux heures (sur un sujet fictif, rien
        à voir avec vos projets actuels) et une rencontre avec la vice-présidente.

        Si vous souhaitez aller de l'avant, envoyez-moi votre CV à jour et deux références. Je transmettrai
        votre dossier à {employeur} uniquement après votre accord. Nos honoraires sont payés par l'employeur :
        vous n'aurez jamais rien à débourser.

        Vous pouvez vérifier notre permis d'agence de placement sur le site de la CNESST.

        Bonne journée,

        {nomf}
        Conseillère principale, {firme}
        {telca}"""),
    b("""
        Objet : Offre conditionnelle – {employeur}

        Bonjour {pre},

        Félicitations ! {employeur} m'a confirmé ce matin qu'ils vous feront une offre pour le poste de
        {poste}. L'offre écrite arrivera demain par le portail RH de l'entreprise, avec le salaire convenu
        ({salaire}) et la date d'entrée proposée.

        Elle est conditionnelle à l'obtention de votre cote de sécurité. Le bureau de sécurité de
        l'entreprise vous enverra le formulaire ; remplissez-le avec soin, en déclarant vos voyages et vos
        contacts à l'étranger, c'est normal et cela ne vous pénalise pas.

        Vos conditions sont personnelles ; je vous suggère de ne pas les partager avant d'avoir signé. Pour
        toute négociation, passez par moi ou directement par la gestionnaire d'embauche, {nom2}.

        On se parle demain au téléphone pour répondre à vos questions ?

        {nom}
        {firme}"""),
    b("""
        Objet : Re: Mandat {employeur}

        Bonjour {pre},

        Merci pour votre réponse franche, je la respecte tout à fait. Je comprends que ce n'est pas le bon
        moment pour vous, avec le projet que vous venez de commencer.

        Avec votre accord, je garde votre profil dans nos dossiers pour des mandats futurs, uniquement pour
        des postes similaires dans la région. Vous pouvez me demander de le supprimer à tout moment, comme le
        prévoit notre politique de protection des renseignements personnels.

        Si jamais quelqu'un de votre entourage pouvait être intéressé par le poste de {poste} chez {employeur},
        n'hésitez pas à lui transmettre mes coordonnées. L'offre est publique et affichée sur leur site.

        Au plaisir de recroiser votre route,

        {nom}
        {firme}

        > Le {date}, {pre} a écrit :
        > Merci pour votre message. Je suis très bien dans mon poste actuel et je ne souhaite pas bouger."""),
    b("""
        Objet : Poste à Singapour – {employeur}

        Bonjour,

        Je recrute pour le bureau de Singapour de {employeur}, qui ouvre un poste de {poste}. C'est un contrat
        local de trois ans, avec un forfait de relocalisation (déménagement, logement temporaire, école des
        enfants) et un salaire en dollars de Singapour, que je vous détaillerai lors d'un premier appel.

        Le décalage horaire complique un peu les choses ; si vous êtes d'accord, je vous propose d'échanger
        sur {app} pour trouver des créneaux. Tous les documents officiels (description de poste, offre,
        contrat) passeront par le portail RH de l'entreprise et par courriel.

        Vous pouvez vérifier mon identité sur le site de {firme}, où figure mon profil, ou en appelant notre
        bureau de Montréal au {telca}.

        Bien à vous,

        {nom}
        Recrutement international, {firme}"""),
    b("""
        Objet : Re: Recherche confidentielle – quelques questions

        Bonjour {pre},

        Vos questions sont tout à fait légitimes, et je préfère y répondre par écrit.

        Il s'agit bien d'une recherche confidentielle : notre client remplace une personne encore en poste,
        qui n'a pas été informée. C'est la seule raison pour laquelle je n'ai pas nommé l'entreprise dans mon
        premier message. Je vous la nommerai lors de notre appel, une fois que vous aurez accepté l'entente de
        non-divulgation standard de notre cabinet, qui vous protège autant que le client.

        Je peux déjà vous dire qu'il s'agit d'un grand groupe de {secteur} coté en bourse, que le poste est
        basé à Montréal et que la rémunération va de {salaire}. Vous ne serez jamais interrogé sur
        votre employeur actuel au-delà de votre propre rôle.

        Cordialement,

        {nomm}
        Associé, {firme}

        > Le {date}, {pre} a écrit :
        > Pourquoi ne pouvez-vous pas me dire le nom de l'entreprise ? Cela me semble inhabituel."""),
    b("""
        Objet : Vérification de références – votre accord

        Bonjour {pre},

        Bonne nouvelle : {employeur} souhaite passer à la vérification des références pour le poste de
        {poste}. Avant de contacter qui que ce soit, j'ai besoin de votre accord écrit.

        Comme convenu, je contacterai uniquement les deux personnes que vous m'avez indiquées, toutes deux
        d'anciens gestionnaires. Je leur poserai des questions sur votre façon de travailler, votre leadership
        et vos points forts. Je ne leur demanderai rien sur les projets de leur organisation, et je ne
        contacterai pas votre employeur actuel.

        Merci de me répondre « J'autorise la vérification de mes références » pour que je puisse commencer.
        Le tout devrait prendre deux ou trois jours.

        Merci et à bientôt,

        {nom}
        {firme}"""),
])
LONG.add("fr6-b-21-consultant-facture", 0, "consulting_engagement", "email", True, [
    b("""
        Objet : Facture n° {ref} – mandat d'analyse, {organisme}

        Bonjour,

        Vous trouverez ci-joint ma facture pour le mandat d'analyse réalisé pour {organisme} en septembre,
        conformément au bon de commande que vous m'avez transmis. Le rapport final a été déposé sur votre
        plateforme documentaire le 28 ; il a été approuvé par {nom2}.

        Détail :
        - 12 jours d'analyse à 850 $ ;
        - frais de déplacement à Québec, selon les reçus joints ;
        - TPS et TVQ en sus.

        Le paiement peut se faire par dépôt direct au compte de mon entreprise, dont les coordonnées figurent
        sur la facture, dans les 30 jours. Comme le prévoit notre entente, les données que vous m'avez
        confiées ont été supprimées de mes postes à la fin du mandat ; l'attestation de destruction est jointe.

        Merci encore pour cette collaboration, et au plaisir de travailler de nouveau ensemble.

        {nomf}
        Consultante en analyse de politiques
        Numéro d'entreprise du Québec : 1170000000"""),
    b("""
        Objet : Re: Proposition de mandat – {employeur}

        Bonjour {pre},

        Merci pour votre retour. Je confirme que je peux réaliser l'étude de marché demandée par {employeur}
        sur la filière {secteur}, avec un rapport final remis à votre direction de la stratégie.

        Comme convenu, je signerai votre entente de confidentialité avant de recevoir les données de ventes
        internes, et je les traiterai uniquement sur le poste fourni par vos TI. Le rapport vous appartiendra ;
        je ne le réutiliserai pas pour d'autres clients.

        Mon tarif est de 1 100 $ par jour, pour un total estimé à 15 jours. Je facture à la fin de chaque mois,
        sur la base des feuilles de temps approuvées par votre gestionnaire. Une rencontre de démarrage dans
        vos bureaux la semaine prochaine me semblerait idéale.

        Bien à vous,

        {nom}
        Conseil {nom2} inc.

        > Le {date}, {pre} a écrit :
        > Votre proposition nous convient, sous réserve de la signature de notre entente habituelle."""),
    b("""
        Objet : Rapport d'étape – étude pour {employeur}

        Bonjour,

        Voici le rapport d'étape de l'étude commandée par {employeur}, comme prévu au calendrier du mandat. Je
        vous l'envoie à vous seulement, puisque vous êtes la responsable désignée du projet côté client ; il
        contient des chiffres de ventes que votre entreprise n'a pas encore publiés.

        Points saillants :
        1. la demande en Europe progresse plus vite que prévu dans vos hypothèses de départ ;
        2. deux concurrents asiatiques ont annoncé publiquement des usines en 2027 ;
        3. les risques d'approvisionnement sont concentrés sur un seul fournisseur de matières premières.

        Je joins la facture du mois, conforme au bon de commande, pour 8 jours d'analyse. Nous pourrions
        présenter ces résultats à votre comité de direction {jour}, si l'horaire le permet.

        Cordialement,

        {nomm}
        Consultant principal, Analyse Trimaran"""),
    b("""
        Objet : Confirmation de mandat et conditions – {organisme}

        Madame,

        Suite à l'attribution du contrat {ref} par {organisme}, je vous confirme les conditions de mon
        intervention à titre de consultante en gestion de projet.

        Le mandat porte sur l'accompagnement du déploiement du nouveau système de billetterie, du 1er février
        au 30 juin. Je serai présente dans vos locaux deux jours par semaine. Mes honoraires, de 95 $ de
        l'heure, seront facturés mensuellement au service des finances, par le portail fournisseur.

        J'ai pris connaissance de vos règles d'éthique et d'utilisation des systèmes, et je signerai
        l'engagement de confidentialité requis pour tous les consultants externes. Je vous remets également
        ma preuve d'assurance responsabilité professionnelle.

        N'hésitez pas à me faire part de toute question d'ici là.

        Cordialement,

        {nomf}
        Consultante, Jalons Gestion de projet"""),
    b("""
        Objet : Facture – livre blanc pour Éditions Prisme Technique

        Bonjour,

        Comme convenu dans notre contrat de pige du {date}, vous trouverez ci-joint ma facture pour la
        rédaction du livre blanc « Les batteries de seconde vie dans l'industrie », publié la semaine dernière
        sous ma signature sur votre site.

        Détail de la facture :
        - rédaction du livre blanc (18 pages) : {montant} ;
        - deux entrevues avec des experts cités, réalisées avec leur accord écrit ;
        - révisions demandées par votre équipe éditoriale, incluses.

        Le paiement se fait par virement sur le compte de mon entreprise individuelle, dont les coordonnées
        figurent sur la facture et n'ont pas changé depuis notre dernier contrat. Délai : 30 jours.

        J'ai beaucoup apprécié cette collaboration. Je serais ravie de travailler sur le prochain livre blanc
        de la collection, si l'occasion se présente.

        Bien cordialement,

        {nomf}
        Rédactrice technique indépendante"""),
    b("""
        Objet : Sous-traitance – mandat {ref}, ministère des Services publics

        Bonjour {pre},

        Merci pour la confirmation. Je récapitule les conditions de ma sous-traitance pour votre cabinet dans
        le cadre du mandat {ref}, attribué par le ministère des Services publics.

        - Rôle : analyste principal, volet architecture de sécurité.
        - Durée : 40 jours répartis sur quatre mois, dans les locaux du ministère.
        - Exigence : cote de fiabilité valide, dont je vous ai transmis la preuve ; le ministère la vérifie
          directement.
        - Confidentialité : j'ai signé l'entente du ministère et celle de votre cabinet.
        - Facturation : mensuelle, à votre cabinet, au taux convenu, sur la base des feuilles de temps
          approuvées par le chargé de projet du ministère.

        Je serai présent à la rencontre de démarrage {jour} à {heureh}. Merci de me confirmer la salle.

        Au plaisir de travailler avec votre équipe,

        {nomm}
        Consultant en sécurité de l'information"""),
    b("""
        Objet : Re: Changement de coordonnées bancaires

        Bonjour,

        Merci pour votre prudence, elle est tout à fait justifiée : les fraudes au changement de coordonnées
        bancaires sont fréquentes.

        Je confirme que j'ai changé de banque le mois dernier. Comme vous le demandez, j'ai saisi les nouvelles
        coordonnées moi-même dans votre portail fournisseur, avec mon identifiant habituel. Je suis également
        disponible pour l'appel de vérification que votre service des comptes fournisseurs fait pour tout
        changement ; il peut me joindre au numéro qui figure déjà dans votre dossier, pas à celui d'un
        courriel.

        La facture de septembre pour le mandat de {organisme} peut attendre la fin de la vérification, sans
        problème.

        Cordialement,

        {nom}
        Conseil en gestion

        > Le {date}, vous avez écrit :
        > Nous avons reçu une demande de modification de vos coordonnées bancaires. Pouvez-vous confirmer ?"""),
    b("""
        Objet : Énoncé de travail – étude de marché pour Lumeo Mobilité

        Bonjour,

        Voici l'énoncé de travail pour l'étude de marché que Lumeo Mobilité m'a confiée, à valider avant le
        démarrage.

        Objectif : évaluer le potentiel des bornes de recharge rapide dans trois régions françaises, à partir
        de données publiques et d'entrevues avec des exploitants.

        Livrables : un rapport de 30 pages et une présentation au comité de direction, dans vos bureaux de
        Paris. Les frais de déplacement pour cette présentation seront remboursés selon le barème prévu au
        contrat, sur présentation des justificatifs.

        Honoraires : {montant} pour la première phase, facturés à la remise du rapport, puis selon le bon de
        commande pour la seconde phase.

        Les données internes que vous me transmettrez seront utilisées uniquement pour cette étude et
        supprimées à la fin du mandat, comme le prévoit notre entente de confidentialité.

        Cordialement,

        {nomf}
        Analyste indépendante"""),
])
LONG.add("fr6-b-22-bulletin-securite", 0, "security_awareness", "email", True, [
    b("""
        Objet : Bulletin de sécurité – Faux recruteurs sur les réseaux professionnels

        Bonjour à toutes et à tous,

        Le Service canadien du renseignement de sécurité et ses partenaires alertent depuis plusieurs années
        sur des approches de faux recruteurs qui ciblent les personnes travaillant en {secteur} ou détenant
        une cote de sécurité. Voici, mot pour mot, les phrases qui doivent vous alerter :

        « Je consulte peu LinkedIn, continuons sur {app}. »
        « Mon client, que je ne peux pas nommer, paie {montant} pour un court rapport. »
        « Rien de classifié, juste ce qui se dit en interne. »
        « Notre client aimerait vous rencontrer à {ville}, tous frais payés. »
        « Inutile d'en parler à votre employeur. »

        Si vous recevez un message de ce genre, ne répondez pas, faites une capture d'écran et transférez-la
        à l'équipe de sécurité. Il n'y a aucune honte à avoir été approché : ces campagnes visent des
        milliers de personnes.

        Merci de votre vigilance,

        {nom}
        Agent de sécurité d'entreprise"""),
    b("""
        Objet : Formation obligatoire – répression transnationale et sécurité des employés

        Bonjour,

        Notre organisation rappelle que des membres des diasporas peuvent subir des pressions de la part
        d'États étrangers : menaces envers la famille restée au pays, demandes de « rentrer pour une
        discussion », demandes d'information sur les membres de leur communauté, messages sur {app} de
        personnes se présentant comme des fonctionnaires.

        Si cela vous arrive, sachez que vous n'êtes pas seul et que vous ne ferez l'objet d'aucune sanction.
        Vous pouvez en parler en toute confidentialité à notre équipe de sécurité ou signaler directement la
        situation à la police locale ou au service de renseignement national.

        La formation en ligne de 30 minutes sur ce sujet est obligatoire pour tous les gestionnaires d'ici le
        {date}. Elle présente des exemples de messages, des ressources d'aide et la procédure à suivre pour
        protéger les proches.

        Le lien vers la formation se trouve dans l'intranet, section Sécurité.

        L'équipe de la sécurité organisationnelle"""),
    b("""
        Objet : Retour sur l'exercice d'hameçonnage de mars

        Bonjour,

        Merci à toutes les personnes qui ont participé à notre exercice de sensibilisation. Le faux message
        envoyé se présentait comme une offre d'un chasseur de têtes : poste très bien payé, demande de
        répondre depuis une adresse personnelle, puis de poursuivre sur {app} pour « plus de discrétion ».

        Résultats : 71 % d'entre vous ont signalé le message, 9 % ont répondu. C'est mieux que l'an dernier,
        mais encore trop. Rappel des trois réflexes :

        1. vérifier l'identité de l'entreprise et du recruteur par un canal indépendant ;
        2. ne jamais envoyer de documents internes ni décrire un projet non public à une personne externe ;
        3. signaler toute proposition de paiement inhabituel (cryptomonnaie, cartes-cadeaux, virement à un
           proche) ou toute invitation à l'étranger payée par un inconnu.

        Les personnes qui ont répondu recevront une courte capsule de formation. Aucune mesure disciplinaire
        n'est prévue.

        {nom}
        Cybersécurité et protection de l'information"""),
    b("""
        Objet : Voyages à l'étranger – consignes avant le départ

        Bonjour,

        Avec la saison des congrès, voici un rappel des consignes pour tout voyage professionnel à
        l'étranger, notamment à {ville} ou {villeconf} :

        - déclarez votre voyage au moins dix jours à l'avance dans le registre de sécurité ;
        - partez avec l'ordinateur et le téléphone de prêt fournis par les TI, jamais avec vos appareils
          habituels ;
        - n'acceptez pas de cadeaux de valeur et refusez toute prise en charge de vos frais par une personne
          que vous ne connaissez pas ;
        - si quelqu'un vous propose de « rencontrer des partenaires » en dehors du programme officiel, ou
          vous pose des questions insistantes sur des projets non publics, mettez fin à la conversation et
          notez-la ;
        - à votre retour, remplissez le bref questionnaire de compte rendu.

        Ces consignes ne visent pas à vous empêcher de voyager, mais à vous protéger. Pour toute question,
        écrivez à l'équipe de sécurité.

        {nom}
        Bureau de la sécurité"""),
    b("""
        Objet : FAQ – Que faire si un recruteur vous contacte ?

        Bonjour,

        Suite à la séance d'information de la semaine dernière, voici les réponses aux questions les plus
        fréquentes.

        « Un recruteur m'a proposé de passer sur {app}. Est-ce forcément suspect ? »
        Non. Beaucoup de recruteurs légitimes utilisent une messagerie pour planifier un appel. Ce qui doit
        alerter, c'est l'ensemble : client anonyme, travail payé sous forme de rapports, questions sur des
        projets non publics, demande de discrétion envers votre employeur.

        « On m'offre {heure} pour un appel avec un réseau d'experts. Puis-je accepter ? »
        Oui, si le réseau se nomme, si vous obtenez l'accord de votre gestionnaire et si vous ne parlez que
        d'informations publiques. Déclarez l'activité dans le registre des conflits d'intérêts.

        « Un institut m'invite à {ville}, tous frais payés. »
        Vérifiez qui finance l'invitation et déclarez le voyage. En cas de doute, écrivez-nous avant de
        répondre.

        {nom}
        Sécurité de l'information"""),
    b("""
        Objet : Cas vécu – une approche signalée ce mois-ci

        Bonjour,

        Avec l'accord de la personne concernée, nous partageons un cas signalé ce mois-ci, anonymisé.

        Un ingénieur de notre équipe {secteur} a reçu sur LinkedIn le message d'une « chasseuse de têtes » très
        flatteuse. Après deux échanges, elle lui a proposé de continuer sur {app}, puis de rédiger un
        « rapport sur les tendances du secteur » pour un client qu'elle ne pouvait pas nommer, payé
        {montant}. Au troisième message, elle lui demandait le calendrier interne d'un projet et l'invitait à
        rencontrer le client à {ville}, tous frais payés.

        Notre collègue a eu le bon réflexe : il a cessé de répondre et a tout transmis à la sécurité. Le
        profil a été signalé et supprimé.

        Retenez la progression : flatterie, changement de messagerie, rapport payé, questions internes,
        invitation à l'étranger. Chacune de ces étapes doit vous alerter.

        {nom}
        Équipe de la sécurité"""),
    b("""
        Objet : Stagiaires et étudiants – attention aux fausses offres d'emploi

        Bonjour,

        La saison des stages est aussi celle des arnaques. Voici les scénarios signalés par nos stagiaires
        cette année, pour que vous puissiez les reconnaître.

        « Vous êtes embauché sans entrevue ; achetez votre matériel chez notre fournisseur, vous serez
        remboursé. » « Répondez depuis votre adresse personnelle, notre système est en panne. » « Déposez ce
        chèque et renvoyez-nous la différence en cartes-cadeaux. » « Activez votre compte de missions avec
        un dépôt en cryptomonnaie. »

        Aucun employeur sérieux ne vous demandera d'argent pour être embauché. Nos offres de stage sont
        publiées uniquement sur notre site carrières et sur le portail de votre université, et nos
        recruteurs écrivent depuis notre domaine officiel.

        En cas de doute, écrivez à securite@example.ca avant de répondre.

        {nom}
        Service de la sécurité et des ressources humaines"""),
    b("""
        Objet : Guide pour les gestionnaires – un employé signale des pressions sur sa famille

        Bonjour,

        Plusieurs gestionnaires nous ont demandé comment réagir si un membre de leur équipe confie subir des
        pressions d'un État étranger : menaces envers ses parents, demandes de rentrer « pour une discussion »,
        demandes d'information sur d'autres membres de sa communauté.

        Quelques principes :
        1. Écoutez sans juger et remerciez la personne de sa confiance.
        2. Ne lui demandez pas de prouver quoi que ce soit, et ne lui conseillez pas de répondre aux
           messages reçus.
        3. Proposez-lui de rencontrer l'équipe de sécurité, en toute confidentialité, et rappelez-lui
           qu'elle peut aussi s'adresser à la police.
        4. Ne modifiez pas ses accès ni ses tâches sans en parler avec elle : elle ne doit pas être
           pénalisée.

        La fiche complète est disponible dans l'intranet, section Sécurité.

        {nom}
        Bureau de la sécurité organisationnelle"""),
    b("""
        Objet : « Réfléchissez avant de vous connecter » – cinq conseils

        Bonjour,

        Les services de sécurité britanniques diffusent depuis plusieurs années une campagne appelée « Think
        Before You Link », reprise par de nombreuses organisations. En voici l'esprit, adapté à notre milieu.

        1. Vérifiez les profils : photo trop parfaite, parcours vague, peu de relations réelles.
        2. Méfiez-vous de la flatterie et des offres trop belles : rapports payés {montant} pour quelques
           pages, voyages tous frais payés à {ville}.
        3. Restez sur les canaux officiels : un recruteur qui insiste pour passer sur {app} ou sur une adresse
           personnelle dès le premier échange doit éveiller vos soupçons.
        4. Protégez ce qui n'est pas public : aucune question « pour mieux comprendre » ne justifie de parler
           de projets internes.
        5. Signalez : un doute vaut un courriel à la sécurité.

        {nom}
        Sensibilisation à la sécurité"""),
])
LONG.add("fr6-b-23-nouvelles-de-lequipe", 0, "work_email", "email", False, [
    b("""
        Objet : Nouvelles de l'équipe – octobre

        Bonjour à tous,

        Un petit tour d'horizon avant la longue fin de semaine.

        Côté projets, la migration des serveurs de fichiers est terminée, avec deux jours d'avance. Merci à
        l'équipe de {nom2} pour les soirées passées à tester les accès. Si vous ne retrouvez pas un dossier,
        écrivez au centre d'aide plutôt que de recréer une copie locale.

        Côté ressources humaines, nous accueillons trois nouvelles personnes en analyse de données ; elles
        seront présentées au dîner d'équipe de {jour}. Pensez à leur faire une place à la cafétéria.

        Côté vie de bureau, le comité social organise une collecte pour la banque alimentaire jusqu'au
        {date}. Les boîtes sont à l'accueil de chaque étage. La partie de quilles annuelle aura lieu en
        novembre ; les inscriptions ouvrent la semaine prochaine.

        Enfin, rappel : le stationnement du côté est sera fermé pour travaux pendant deux semaines.

        Bonne fin de semaine,

        {nomf}
        Directrice des opérations"""),
    b("""
        Objet : Compte rendu – réunion de coordination du {date}

        Bonjour,

        Voici le compte rendu de notre réunion de coordination.

        Présents : {nom}, {nom2}, l'équipe de maintenance et deux représentants des finances.

        1. Calendrier des travaux : la réfection de la toiture commence lundi. Les bureaux du côté nord
           seront bruyants le matin ; le télétravail est encouragé pour les personnes concernées.
        2. Budget de fonctionnement : les dépenses sont conformes aux prévisions à 3 % près. Les finances
           demandent de regrouper les commandes de fournitures pour réduire les frais de livraison.
        3. Santé et sécurité : deux chutes mineures dans l'escalier B. Des bandes antidérapantes seront
           posées d'ici la fin du mois.
        4. Divers : la nouvelle imprimante du 2e étage est en service ; les anciennes cartouches vont au
           recyclage.

        Prochaine réunion : {jour}, même heure, salle Champlain.

        Merci à toutes et à tous,

        {nom}"""),
    b("""
        Objet : Re: Planification des formations de l'hiver

        Bonjour {pre},

        Merci pour ta liste. J'ai regroupé les demandes de l'équipe et voici ce que je propose pour l'hiver :

        - janvier : formation Excel avancé, deux demi-journées, en ligne ;
        - février : premiers soins, obligatoire pour les deux secouristes désignés ;
        - mars : atelier sur la rédaction claire, offert par le service des communications.

        Le budget de formation couvre tout, sauf l'atelier externe sur la gestion de projet que demandait
        {nom2} ; je propose de le reporter à l'automne, quand le nouveau budget sera ouvert.

        Peux-tu vérifier avec ton équipe que personne n'a de congé prévu aux dates de février ? Je dois
        confirmer avec le formateur d'ici le {date}.

        Merci et bonne journée,

        {nom}

        > Le {date}, {pre} a écrit :
        > Voici les besoins de formation de mon équipe pour l'hiver, par ordre de priorité."""),
    b("""
        Objet : Fermeture du bureau pendant les Fêtes

        Bonjour à tous,

        Comme chaque année, les bureaux seront fermés du 24 décembre au 2 janvier inclusivement. Le service
        de garde informatique restera joignable pour les urgences ; les coordonnées sont sur l'intranet.

        Avant de partir :
        - fermez vos fenêtres et éteignez les multiprises ;
        - videz le réfrigérateur de la cuisine, tout ce qui restera le 23 au soir sera jeté ;
        - activez votre message d'absence en indiquant la personne à joindre.

        Les paies seront versées normalement le 20 décembre et le 3 janvier. Les feuilles de temps doivent
        être approuvées avant le 19.

        Le party de Noël aura lieu le 15 au restaurant habituel ; il reste quelques places, inscrivez-vous
        auprès de {nom2}.

        Merci pour cette belle année de travail et joyeuses Fêtes à toutes et à tous !

        {nom}
        Direction générale"""),
    b("""
        Objet : Migration de la messagerie – ce qui change pour vous

        Bonjour à toutes et à tous,

        La migration de notre messagerie vers la nouvelle plateforme aura lieu la fin de semaine du {date}.
        Voici ce qu'il faut savoir.

        Avant la migration : videz votre corbeille et archivez les courriels de plus de deux ans. Les boîtes de
        plus de 50 Go seront migrées en dernier, ce qui peut prendre quelques jours de plus.

        Pendant la migration : la messagerie sera indisponible le samedi de 8 h à 18 h. Les messages reçus
        pendant cette période ne seront pas perdus ; ils apparaîtront dans votre nouvelle boîte.

        Après la migration : votre adresse ne change pas. Votre calendrier, vos contacts et vos règles de tri
        seront transférés automatiquement. Il faudra seulement reconfigurer la messagerie sur votre téléphone,
        selon le guide publié sur l'intranet.

        Le centre d'aide sera renforcé le lundi matin. Merci de votre patience.

        {nom}
        Technologies de l'information"""),
    b("""
        Objet : Souper des Fêtes – inscriptions ouvertes

        Bonjour tout le monde,

        Le comité social a le plaisir de vous inviter au souper des Fêtes, qui aura lieu le vendredi 12
        décembre à la salle de réception habituelle, à partir de 18 h.

        Au menu : cocktail, souper trois services (options végétarienne et sans gluten disponibles), puis
        soirée dansante avec DJ. Les conjoints et conjointes sont les bienvenus.

        L'entreprise couvre le coût du repas pour les employés ; une contribution de 40 $ est demandée pour
        les invités, payable sur place par carte ou en argent comptant. Un service de raccompagnement sera
        offert à la fin de la soirée.

        Merci de vous inscrire avant le {date} dans le formulaire en ligne, en indiquant vos restrictions
        alimentaires. Le comité cherche aussi deux bénévoles pour la décoration ; écrivez à {nom2} si le
        cœur vous en dit.

        Au plaisir de fêter avec vous,

        Le comité social"""),
    b("""
        Objet : Travaux de rénovation – 2e étage

        Bonjour,

        Les travaux de rénovation du 2e étage commenceront le lundi suivant le {date} et dureront environ six
        semaines. Voici les principales conséquences pour vous.

        Les équipes de la comptabilité et des achats seront temporairement installées au 5e étage, dans
        l'ancienne salle de formation. Les déménageurs s'occuperont des boîtes ; merci de les étiqueter
        avant vendredi.

        Les travaux les plus bruyants (démolition, perçage) auront lieu entre 7 h et 10 h. Nous encourageons
        les personnes qui le peuvent à faire du télétravail ces matins-là.

        La cuisine du 2e étage sera fermée pendant toute la durée des travaux ; celle du 3e étage restera
        accessible à tous.

        Pour toute question ou tout problème, écrivez au service des immeubles.

        Merci de votre compréhension,

        {nom}
        Gestion immobilière"""),
    b("""
        Objet : Re: Calendrier des évaluations annuelles

        Bonjour {pre},

        Merci pour ton rappel. J'ai établi le calendrier des évaluations annuelles de mon équipe, le voici :

        - semaine du 3 : les trois analystes juniors ;
        - semaine du 10 : les deux analystes principaux ;
        - semaine du 17 : les coordonnateurs, en présence de {nom2} pour le volet formation.

        Chaque rencontre durera une heure, dans mon bureau ou sur Teams pour les personnes en télétravail.
        J'ai demandé à chacun de remplir son autoévaluation dans le portail au moins deux jours avant.

        Les recommandations d'augmentation te seront envoyées avant la fin du mois, comme l'an dernier.
        Dis-moi si ce calendrier pose problème avec la fermeture de l'exercice financier.

        Bonne journée,

        {nom}

        > Le {date}, {pre} a écrit :
        > Peux-tu m'envoyer ton calendrier d'évaluations d'ici la fin de la semaine ?"""),
])


def length_band(text: str) -> str:
    """short chat line (3-20 words), InMail / short e-mail (30-120), longer e-mail (over 120)."""
    words = len(text.split())
    return "short" if words <= 20 else "medium" if words <= 120 else "long"


def main() -> None:
    rows: list[dict[str, object]] = []
    groups = [(CHAT, CHAT_OPENERS, CHAT_CLOSERS), (EXPORT, EXPORT_OPENERS, EXPORT_CLOSERS),
              (MAIL, MAIL_OPENERS, MAIL_CLOSERS), (LONG, LONG_OPENERS, LONG_CLOSERS)]
    for offset, (families, openers, closers) in enumerate(groups):
        rows += build(families, POOLS, openers, closers, "fr", SEED + offset, PER_TEMPLATE)
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    write(rows, OUT)
    families = {str(r["family"]): r for r in rows}
    for label, name in ((1, "suspicious"), (0, "benign")):
        mine = [r for r in rows if r["label"] == label]
        fams = [f for f, r in families.items() if r["label"] == label]
        bands = {band: sum(1 for r in mine if length_band(str(r["text"])) == band) for band in ("short", "medium", "long")}
        extra = (f", {sum(1 for f in fams if f in SUBTLE)} subtle families"
                 if label else f", {sum(1 for f in fams if families[f]['lookalike'])} look-alike families")
        print(f"{name}: {len(mine)} messages in {len(fams)} families{extra}; lengths {bands}")


if __name__ == "__main__":
    main()
