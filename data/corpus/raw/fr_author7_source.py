"""French training messages from a seventh French hand (fr_author7), heavy on hard look-alikes.

Who and how. Written by hand by a helper session (an AI assistant) from the threat description in
``../shared/DESIGN.md`` and what public warnings describe (CSIS, MI5/NPSA "Think Before You Link",
FBI), blind to the rule packs, the training corpus, ``data/dev`` and the evaluation sets: under
``data/corpus/`` it opened only ``template_families.py``, under ``data/eval/`` only the README (for the
field conventions); the screener and the ``recruitscreen`` commands were never run on the file. Every
template is one message written in its own words (``PER_TEMPLATE = 1``); slots only vary a weekday, an
hour or a city. Openers and closers come from pools shared by both classes, one pair per register
(timestamps and emoji for chat lines, greetings and sign-offs with unisex invented names for InMails
and short e-mails, "Envoyé de mon iPhone"-style footers for long e-mails). Everything is invented:
people, firms (Aérostelle, Navalis Défense, Nucléis, Orbitec, Helvatom, Alpenrat, Lumière Insights,
Meridia Conseil ...), labs, think tanks, newspapers; ``example.*`` addresses; numbers such as
06 00 00 00 xx, 514-555-01xx, +41 79 000 00 xx, +32 470 00 00 xx, +86 138 0000 0000.

Run: ``.venv/bin/python data/corpus/raw/fr_author7_source.py`` rewrites ``fr_author7.jsonl`` (the same
bytes each time), checks ids, texts, length bands, labels and the subtle convention (``problems``), and
prints the counts below.

Angle. France, Belgium, Switzerland and some Québec; vouvoiement in e-mails, tutoiement and texto
abbreviations (stp, jsp, bcp, tkt) in chats, accents dropped in a few quick lines; aerospace, nuclear,
naval defence, research labs (ZRR), ministries and regional administrations.
- Suspicious (15 families): texto pivots (WhatsApp, Telegram, Signal, "W e C h a t", vx, a gmail
  handle), paid notes with crypto, gift cards, cash or a relative's account, diaspora pressure on
  family, an ex-colleague asking what is not out yet, task scams; InMails from vague headhunters,
  muffled approaches "en dehors de tout cadre", paid notes drifting to what is internal, trips
  "with nothing to pay" on a personal passport, job scams; long e-mails from screen consultancies,
  a handler's follow-ups with quoted replies, closed seminars abroad, recruitment used as a pretext
  (case studies on the current programme, names of cleared colleagues), letters pressing a return.
- Benign (23 families, 21 of them look-alikes): family chats (going back to the bled or to Chengdu,
  money for a parent's medicine, Alipay hongbao, WeChat video calls), colleagues on Tchap or Teams
  about board slides and restricted files, recruiters who name the firm, role and salary band (some
  offering WhatsApp or a personal address for scheduling), conference logistics and invitations
  abroad with travel paid by a named university, security reminders and notices quoting every
  warning sign, expense claims, expert networks with a compliance attestation that refuse
  non-public information and public employees, journalists on the record, habilitation job ads,
  HR onboarding through the official portal, public tenders and quiet periods, bank and payroll
  notices, think tanks paying a signed public note, headhunters on a confidential search that name
  the company, consultants invoicing a named client, universities paying a review, a jury or a
  talk; plus two plain families (friends' chats, office e-mails).

Counts (printed by this file). 329 messages in 38 families (8 or 9 each): 130 suspicious (39.5 %)
in 15 families, 199 benign in 23 families. Subtle: 70 messages in 8 of the 15 suspicious families
(no word of ``TELLTALE``: no app, handle, ``@``, client, pay or money word, confidential, secret,
"entre nous", "rapport"); the other suspicious rows are ``overt``, benign rows ``none``. Look-alikes:
182 of the 199 benign messages (21 of 23 families). Stage (label 1, the step the message mainly
performs): elicitation 35, pivot 24, meeting 20, coercion 18, job_scam 12, paid_task 6, payment 6,
contact 6, secrecy 3. Categories (label 1): sensitive_info 55, secrecy 49, vague_client 45,
credential_targeting 37, off_platform 29, unusual_payment 25, paid_task 22, client_meeting 21,
coercion 18, job_scam 17.

Lengths (whitespace-separated words, openers and closers included), suspicious / benign:
chat lines of 3-20 words 45 / 72 (117 in all, 36 %; median 16 / 15 words); InMails and short
e-mails of 30-120 words 40 / 64 (32 %; suspicious 43-72, benign 36-71 words); long e-mails of
120-300 words with a subject line, signature, quoted reply or forwarded header 45 / 63 (33 %;
median 145 / 151 words).
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, Template, build, write

SEED = 7_2026_1122
PER_TEMPLATE = 1  # every template is a hand-written message of its own; slots only vary a detail

# Slots, shared by both classes: a weekday, an hour, a foreign city, a French city.
POOLS: dict[str, list[str]] = {
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "heure": ["9h30", "11h", "14h", "15h30", "17h"],
    "ville": ["Genève", "Lausanne", "Bruxelles", "Liège", "Montréal"],
    "vfr": ["Toulouse", "Brest", "Grenoble", "Cherbourg", "Bordeaux"],
}

# Openers and closers are drawn from pools that both classes share, one pair of pools per
# register, so that a greeting or a sign-off never tells the classes apart.
CHAT_OPENERS = ["", "", "", "", "[08:57] ", "[12:41] ", "[19:06] ", "[22:18] "]
CHAT_CLOSERS = ["", "", "", "", "", " 🙂", " 🙏", " !"]
MAIL_OPENERS = ["Bonjour,\n\n", "Bonjour,\n\n", "Bonjour à vous,\n\n", "Madame, Monsieur,\n\n", "Hello,\n\n", ""]
MAIL_CLOSERS = [
    "\n\nBien à vous,\nCamille Delorme",
    "\n\nCordialement,\nDominique Arnaud-Weiss",
    "\n\nBelle journée,\nAlix Perrin",
    "\n\nMerci d'avance et bonne fin de semaine.\nClaude Mercier",
    "\n\nSalutations cordiales,\nSacha Lemoine",
    "\n\nBien cordialement,\nMorgan Tissot",
]
LONG_OPENERS = [""]
LONG_CLOSERS = [
    "",
    "",
    "",
    "\n\nEnvoyé de mon iPhone",
    "\n\n--\nPensez à l'environnement avant d'imprimer ce courriel.",
    "\n\nCe courriel et ses pièces jointes sont destinés à leurs seuls destinataires.",
]

# Words that make a suspicious message overt. A subtle family may contain none of them: its
# intent shows only in what is asked. The check at the bottom enforces it.
TELLTALE = re.compile(
    r"whats\s?app|wechat|weixin|telegram|signal|teams|zoom|skype|messenger|\bvx\b|\bwx\b|gmail|"
    r"\bqq\b|\b163\b|@|client|honoraire|rémunér|\bpay[ée]|\bpayer|\bpaie|paiement|argent|cash|"
    r"espèces|liquide|crypto|bitcoin|usdt|virement|\beuros?\b|€|\$|chf|carte[s]? cadeau|confidenti|"
    r"\bsecr[eè]t|classifi|entre nous|rapport|fric|thune",
    re.IGNORECASE,
)


def t(stage: str, cats: str, text: str) -> Template:
    """A template; triple-quoted texts are dedented and stripped so the source stays readable."""
    return (stage, cats, textwrap.dedent(text).strip("\n"))


SHORT = Families()  # texto and chat lines, 3-20 words
MAIL = Families()  # InMails and short e-mails, 30-120 words
LONG = Families()  # long e-mails with signatures, quoted replies or forwarded headers, 120-300 words
SUBTLE: set[str] = set()


# ---------------------------------------------------------------- suspicious: texto and chat lines

SHORT.add("fr7-s-01-texto-pivot", 1, "fake_recruiter", "texto", False, [
    t("pivot", "credential_targeting off_platform", "Bonjour, poste naval habilité à pourvoir. On continue sur WhatsApp ? +33 6 00 00 00 41"),
    t("pivot", "off_platform", "jsp si tu vois mes msg ici, ajoute moi sur Telegram stp : @conseil_ingenierie_77"),
    t("pivot", "off_platform", "Je suis rarement sur LinkedIn, vous avez un compte W e C h a t ?"),
    t("pivot", "off_platform", "Pour la suite écrivez-moi plutôt sur mon gmail perso : n.roche.pro@example.net"),
    t("pivot", "off_platform", "tu as vx ? c plus pratique pour parler du poste à Shenzhen"),
    t("pivot", "credential_targeting off_platform", "Mon cabinet préfère Signal pour les profils habilités. Je vous envoie mon numéro ?"),
    t("pivot", "off_platform", "On quitte la messagerie du site ? Telegram ou WhatsApp : +41 79 000 00 17"),
    t("pivot", "off_platform secrecy", "Envoie ton CV sur mon adresse perso, pas sur celle du cabinet stp, merci bcp"),
    t("pivot", "credential_targeting off_platform", "Bonsoir, profil nucléaire très recherché. Dispo ce soir sur WhatsApp pour en parler ?"),
])

SHORT.add("fr7-s-02-texto-relances-payees", 1, "handler_followup", "texto", False, [
    t("paid_task", "paid_task vague_client", "la note sur les essais moteurs, mon client paie 1500€ si tu l'as avant vendredi"),
    t("payment", "unusual_payment", "Paiement envoyé en USDT comme convenu, vérifie ton wallet"),
    t("payment", "unusual_payment paid_task", "Tu préfères des cartes cadeaux ou du liquide pour la prochaine note ?"),
    t("secrecy", "secrecy vague_client", "Surtout n'en parle pas à ton chef, ça reste entre nous et le client"),
    t("paid_task", "paid_task vague_client", "Mon client veut un rapport de 5 pages sur vos fournisseurs, 2000€, ça te va ?"),
    t("payment", "unusual_payment secrecy", "Je peux verser sur le compte de ta sœur si c'est plus discret pour toi"),
    t("secrecy", "secrecy vague_client", "Efface nos échanges après lecture stp, le client y tient beaucoup"),
    t("elicitation", "paid_task sensitive_info", "Il a adoré ta synthèse. Prochaine étape : les plans de charge du chantier, même tarif"),
    t("meeting", "client_meeting secrecy vague_client", "Le client t'invite à Istanbul, billets et hôtel payés. Dis à ta boîte que c'est des congés"),
])

SHORT.add("fr7-s-03-texto-famille-pression", 1, "coercion", "texto", False, [
    t("coercion", "coercion", "Ton père a encore eu la visite de deux messieurs hier. Ils demandent quand tu rentres."),
    t("coercion", "coercion", "Ta mère pleure tous les soirs. Reviens au pays avant l'été, c'est mieux pour tout le monde."),
    t("coercion", "coercion", "On sait que tu vas aux réunions de l'association à Lyon. Donne les noms et ta famille sera tranquille."),
    t("coercion", "coercion", "Le passeport de ton frère reste bloqué tant que tu ne reviens pas. À toi de voir."),
    t("coercion", "coercion", "Arrête tes publications. Ton oncle a perdu sa place à cause de toi."),
    t("coercion", "coercion", "Ils ont demandé où tu habites à Bruxelles. Ta sœur n'a rien dit, pour l'instant."),
    t("coercion", "coercion", "Un monsieur du consulat veut te voir samedi. Viens seul, c'est pour ta mère."),
    t("coercion", "coercion", "Si tu rentres pour la fête on oubliera tout. Sinon ils reviendront voir papa."),
    t("coercion", "coercion", "Tes cousins disent que tu parles trop aux journalistes. Pense à grand-mère, elle est fragile."),
])
SUBTLE.add("fr7-s-03-texto-famille-pression")

SHORT.add("fr7-s-04-texto-ce-qui-nest-pas-sorti", 1, "ex_colleague_approach", "texto", False, [
    t("elicitation", "sensitive_info", "La date de divergence du réacteur a bougé ? C'est ce qui n'est pas sorti qui m'intéresse."),
    t("elicitation", "sensitive_info vague_client", "Les gens avec qui je bosse voudraient la liste des sous-traitants retenus, avant l'annonce si possible."),
    t("elicitation", "sensitive_info secrecy", "Tu pourrais prendre en photo la page du planning des essais en mer ? Juste pour moi."),
    t("elicitation", "sensitive_info", "Pas besoin du document officiel, raconte-moi juste ce qui s'est dit en comité mardi"),
    t("elicitation", "sensitive_info vague_client", "ce qui est public je l'ai deja, c'est la version de travail qui les interesse"),
    t("elicitation", "sensitive_info", "Tu as toujours accès à l'outil de suivi ? Il me faudrait les chiffres du trimestre avant publication."),
    t("elicitation", "sensitive_info credential_targeting", "Mes amis voudraient savoir qui, dans ton labo, travaille sur le nouveau détecteur. Juste les prénoms."),
    t("elicitation", "sensitive_info secrecy", "Garde ça pour toi, mais tu peux me dire si la frégate part à l'export ?"),
    t("elicitation", "sensitive_info", "Ton badge marche encore pour le bâtiment B ? Un petit tour rapide suffirait."),
])
SUBTLE.add("fr7-s-04-texto-ce-qui-nest-pas-sorti")

SHORT.add("fr7-s-05-texto-arnaque-taches", 1, "task_scam", "texto", False, [
    t("job_scam", "job_scam unusual_payment", "Bonjour ! Job à domicile : liker des vidéos, 8€ par tâche, payé le jour même. Intéressé(e) ?"),
    t("job_scam", "job_scam unusual_payment", "Pour débloquer vos gains il faut d'abord recharger 50 USDT sur votre compte de mission."),
    t("job_scam", "job_scam", "Félicitations, vous êtes retenu ! Frais de formation 149€, remboursés sur le premier salaire."),
    t("job_scam", "job_scam unusual_payment", "Je vous envoie un chèque de 2400€, gardez 300€ et virez le reste au fournisseur de matériel."),
    t("pivot", "job_scam off_platform", "Poste de télé-assistant sans entretien, répondez depuis votre mail perso et pas par ici svp."),
    t("job_scam", "job_scam unusual_payment", "Niveau VIP 3 atteint 🎉 encore un dépôt de 200€ et vos commissions sont libérées"),
    t("job_scam", "job_scam", "Envoyez une photo recto verso de votre carte bancaire pour ouvrir votre compte salarié."),
    t("pivot", "job_scam off_platform", "Recrutement urgent agent de colis, rejoins le groupe Telegram pour commencer ce soir"),
    t("job_scam", "job_scam unusual_payment", "Mission notation d'hôtels : 30 tâches par jour, commission 15 %, caution de 80€ remboursable."),
])

# ---------------------------------------------------------------- benign: texto and chat lines

SHORT.add("fr7-b-01-texto-famille-bled", 0, "family_chat", "texto", True, [
    t("none", "", "Wesh frérot, t'as réservé pour Oran cet été ? Maman demande tous les jours"),
    t("none", "", "jsp si je peux rentrer au bled pour le mariage de Yacine, les billets sont hors de prix"),
    t("none", "", "Je t'envoie 200€ pour les médicaments de papa, dis-moi quand c'est arrivé"),
    t("none", "", "Appelle tata sur WhatsApp ce soir stp, elle s'inquiète pour ton boulot"),
    t("none", "", "Le mariage de la cousine c'est le 14 août à Tlemcen, on y va tous inchallah"),
    t("none", "", "tkt pour les papiers de mamie, le consulat a donné un rdv pour le renouvellement"),
    t("none", "", "Mets pas ça dans le groupe famille, c'est une surprise pour les 60 ans de papa"),
    t("none", "", "Papa sort de l'hôpital demain, il veut que tu l'appelles en visio"),
    t("none", "", "Tu peux ramener deux valises de vêtements pour les enfants du voisin quand tu rentres ?"),
])

SHORT.add("fr7-b-02-texto-famille-chine", 0, "family_chat", "texto", True, [
    t("none", "", "Maman dit que yeye va mieux. On rentre à Chengdu pour le Nouvel An ?"),
    t("none", "", "Je t'ai fait un virement Alipay pour le hongbao de la petite, dis merci à tonton"),
    t("none", "", "Ajoute ta tante sur WeChat stp, elle veut les photos de la remise de diplôme"),
    t("none", "", "Billets pour Pékin réservés ✈️ 22 janvier, retour le 8 février. Pense à poser tes congés"),
    t("none", "", "Nainai demande si tu travailles toujours dans le nucléaire, elle est trop fière 😂"),
    t("none", "", "Visio WeChat dimanche 14h heure de Paris pour l'anniversaire de mamie, tout le monde est là"),
    t("none", "", "Le cousin Wei se marie en mai à Wuhan, tu peux poser une semaine ?"),
    t("none", "", "jsp quoi offrir aux parents de Lin, du cognac ou du thé ? aide stp"),
    t("none", "", "Envoie 500 yuans à oncle pour l'hôpital, je te rembourse à mon retour"),
])

SHORT.add("fr7-b-03-texto-collegues-tchap", 0, "coworker_channel", "texto", True, [
    t("none", "", "Tu peux m'envoyer le draft des slides du conseil avant jeudi ? Sur Tchap, pas sur ton mail perso"),
    t("none", "", "On bascule sur Tchap pour la suite, Teams rame depuis ce matin"),
    t("none", "", "C'est diffusion restreinte, passe par l'intranet, je ne l'envoie pas en pièce jointe"),
    t("none", "", "Le CR du comité de pilotage est sur le SharePoint interne, dossier Essais 2025"),
    t("none", "", "t'as la dernière version du planning des essais en mer ? le chef la veut pour la revue"),
    t("none", "", "Réunion déplacée à {heure}, salle Jaurès. Apporte les chiffres du trimestre stp"),
    t("none", "", "Je t'ai partagé le doc sur Teams, dis-moi si tu as les droits"),
    t("none", "", "Le dossier DR est au coffre, demande la clé à l'officier de sécurité"),
    t("none", "", "bcp de monde en visio demain, on se cale un call avant pour aligner le discours ?"),
])

SHORT.add("fr7-b-04-texto-recruteur-planif", 0, "genuine_recruiter", "texto", True, [
    t("none", "", "Bonjour, Inès de Talentis RH pour le poste d'ingénieur propulsion chez Aérostelle : dispo {jour} {heure} ?"),
    t("none", "", "Je vous envoie l'invitation Teams pour l'entretien avec Navalis Défense, poste à Brest, 55-62 k€"),
    t("none", "", "Merci pour le CV ! Appel sur votre portable, ou WhatsApp si plus simple pour caler le créneau ?"),
    t("none", "", "Le client, c'est Orbitec à {vfr}. Le poste exige une habilitation Secret, vous l'avez toujours ?"),
    t("none", "", "Petit rappel : entretien demain {heure} avec la DRH de Nucléis, visio sur leur lien officiel"),
    t("none", "", "Je peux vous écrire sur votre adresse perso ? Vous m'avez dit ne pas lire LinkedIn au travail"),
    t("none", "", "Fourchette confirmée par Aérostelle : 68 à 75 k€ fixe plus variable. On en parle {jour} ?"),
    t("none", "", "Le manager de Navalis peut vous recevoir à {vfr}, déplacement remboursé sur justificatifs"),
    t("none", "", "Désolée pour le délai, le processus chez Helvatom est long. Retour promis {jour}"),
])

SHORT.add("fr7-b-05-texto-colloque-logistique", 0, "conference_invite", "texto", True, [
    t("none", "", "Votre billet Paris–Montréal est réservé par l'université, vous le recevrez par mail demain"),
    t("none", "", "Pensez à envoyer votre RIB au service financier de l'Université de Vaudémont pour le défraiement"),
    t("none", "", "Hôtel pris en charge du 3 au 6, la navette vous attend à l'aéroport de {ville}"),
    t("none", "", "Le per diem du colloque est versé par virement après la conférence, sur justificatifs"),
    t("none", "", "Vous pouvez me joindre sur WhatsApp pendant le congrès, le wifi du campus est capricieux"),
    t("none", "", "Les actes du colloque seront publics, merci d'envoyer vos slides avant le 10"),
    t("none", "", "Rappel : badge à retirer à l'accueil, pièce d'identité demandée à l'entrée du site"),
    t("none", "", "Votre intervention est à {heure}, table ronde sur la filière nucléaire civile, 15 minutes"),
    t("none", "", "Le comité vous invite au dîner des intervenants, restaurant du Lac, 20h"),
])

SHORT.add("fr7-b-06-texto-amis", 0, "ordinary_chat", "texto", False, [
    t("none", "", "On se fait un ciné ce soir ou t'es crevé ?"),
    t("none", "", "jsp si je viens samedi, le petit est malade"),
    t("none", "", "T'as vu le match hier ? Incroyable la fin"),
    t("none", "", "Je passe prendre le pain, il faut autre chose ?"),
    t("none", "", "Bon anniv ma belle !! 🎂 on fête ça quand tu veux"),
    t("none", "", "Il pleut des cordes à {vfr}, j'arrive avec 10 min de retard"),
    t("none", "", "Tu me rends mon bouquin la prochaine fois stp ?"),
    t("none", "", "La réunion des parents d'élèves est décalée à jeudi"),
    t("none", "", "Coucou, dispo pour un café après le boulot ?"),
])

SHORT.add("fr7-b-07-texto-rappels-securite", 0, "security_awareness", "texto", True, [
    t("none", "", "Rappel sécu : un recruteur inconnu qui vous propose de passer sur WhatsApp ou WeChat, on le signale."),
    t("none", "", "Ne jamais envoyer de documents de travail sur votre gmail perso, même pour bosser le week-end."),
    t("none", "", "Alerte : un faux cabinet de conseil paie des « notes » à nos ingénieurs. Signalez au poste 4455."),
    t("none", "", "Un « client » qui paie en crypto pour une analyse ? Signe d'approche, prévenez la sécurité."),
    t("none", "", "Invité à l'étranger tous frais payés ? Déclarez-le à l'officier de sécurité avant de partir."),
    t("none", "", "Quiz sécu : « gardez ça entre nous » dans un message de recruteur, ça vous inspire quoi ?"),
    t("none", "", "Pas de Telegram ni de Signal perso pour parler des essais, uniquement Tchap."),
    t("none", "", "Si quelqu'un vous demande ce qui n'est pas encore public, même gentiment, parlez-en au FSD."),
    t("none", "", "Photo du badge sur LinkedIn = cadeau pour les faux recruteurs. Retirez-la svp."),
])

SHORT.add("fr7-b-08-texto-notes-de-frais", 0, "travel_reimbursement", "texto", True, [
    t("none", "", "Je t'ai viré les 40€ du resto de {ville}, on est quittes"),
    t("none", "", "Ta note de frais pour la mission à Séoul est validée, remboursement sur la paie de mars"),
    t("none", "", "Garde bien les tickets de taxi, la compta refuse tout sans justificatif"),
    t("none", "", "L'avance sur frais pour Singapour est arrivée sur ton compte ?"),
    t("none", "", "Le per diem en Suisse c'est combien déjà ? 90 CHF ?"),
    t("none", "", "Billets et hôtel pris par l'agence de voyage de la boîte, rien à avancer"),
    t("none", "", "Tu peux me filer ma part du covoit en liquide ? j'ai pas Lydia"),
    t("none", "", "Mission à Toulouse validée par le chef, ordre de mission signé 👍"),
    t("none", "", "Le remboursement de l'inscription au salon de {ville} n'est toujours pas passé, tu relances la compta ?"),
])


# ---------------------------------------------------------------- suspicious: InMails and short e-mails

MAIL.add("fr7-s-06-inmail-chasseur-flou", 1, "fake_headhunter", "inmail", False, [
    t("pivot", "credential_targeting vague_client off_platform", """\
        Votre profil d'ingénieure en acoustique sous-marine a retenu toute l'attention de mon client, un groupe international en pleine expansion dont je ne peux pas encore dévoiler le nom. La rémunération serait nettement supérieure à celle de votre poste actuel. Comme je me connecte rarement ici, pourriez-vous m'ajouter sur WhatsApp au +33 6 00 00 00 52 ? Nous pourrons y parler librement."""),
    t("pivot", "credential_targeting vague_client off_platform paid_task", """\
        Je travaille pour un cabinet qui accompagne un acteur asiatique de l'aéronautique. Ils cherchent des profils comme le vôtre, avec une expérience des programmes de défense et, idéalement, une habilitation encore active. Les conditions sont très souples : missions ponctuelles, télétravail, paiement à la mission. Écrivez-moi directement sur Telegram (@talent_bridge_fr), c'est plus réactif que LinkedIn."""),
    t("pivot", "credential_targeting vague_client off_platform secrecy", """\
        Félicitations pour votre parcours, il est rare de voir autant d'expérience sur les chaufferies nucléaires embarquées. Un de mes clients, une société d'études basée à Hong Kong, souhaite échanger avec vous pour un conseil à temps partiel, très bien payé. Avez-vous un compte WeChat ? Sinon une adresse personnelle fera l'affaire ; évitez votre messagerie professionnelle."""),
    t("pivot", "vague_client paid_task off_platform secrecy credential_targeting", """\
        Un client du secteur de l'énergie recherche des experts ayant travaillé sur la sûreté des centrales. Il s'agit de missions courtes, rémunérées 800 € la demi-journée, sans engagement. Je préfère poursuivre sur une messagerie privée : mon numéro Signal est le +32 470 00 00 63. Inutile de passer par votre service RH à ce stade."""),
    t("pivot", "credential_targeting vague_client off_platform secrecy", """\
        Je me permets de vous contacter car votre expérience dans un laboratoire de physique des plasmas correspond exactement à ce que recherche mon client. Je ne peux pas donner son nom ici, par souci de discrétion. Pouvez-vous m'indiquer un numéro WhatsApp, ou un vx ? Je vous expliquerai tout de vive voix."""),
    t("pivot", "credential_targeting vague_client off_platform unusual_payment", """\
        Votre habilitation Secret et vos dix années sur les systèmes de combat navals sont exactement ce que cherche un de nos partenaires. Poste de conseiller senior, rémunération en USD, déplacements en Asie à prévoir. Envoyez votre CV à mon adresse personnelle, k.vidal.talent@example.net, et pas à celle du cabinet, qui est en cours de migration."""),
    t("pivot", "credential_targeting vague_client paid_task off_platform secrecy", """\
        Je fais de la chasse de têtes pour une firme qui représente un client étranger dans les semi-conducteurs. Votre expérience chez Orbitec est exactement ce qu'ils cherchent, et ils paient très bien pour des consultations courtes. On peut jaser sur WhatsApp ? Mon cell : 514-555-0147. Pas besoin d'en parler à votre employeur pour l'instant."""),
    t("pivot", "paid_task vague_client off_platform", """\
        Mon client, une fondation de recherche asiatique, finance des « collaborations d'expertise » avec des ingénieurs européens de l'aérospatial. Vous seriez rémunéré pour de courtes analyses, rien de compliqué. Pour des raisons pratiques, tous les échanges se font sur Telegram. Je vous y attends : @horizon_expertise."""),
])

MAIL.add("fr7-s-07-inmail-approche-feutree", 1, "fake_recruiter", "inmail", False, [
    t("contact", "credential_targeting secrecy", """\
        Votre intervention au salon de Toulon sur la détection acoustique m'a beaucoup marqué. Les personnes que je représente suivent de près ce domaine et aimeraient échanger avec vous, de manière informelle et en dehors de tout cadre institutionnel. Ce serait l'affaire d'une heure. Seriez-vous disponible pour un premier contact, plutôt en soirée ?"""),
    t("contact", "credential_targeting secrecy vague_client", """\
        Nous constituons un petit cercle d'ingénieurs ayant l'expérience des programmes sous habilitation, pour éclairer les choix d'investisseurs étrangers. Votre parcours y aurait toute sa place. Il n'est pas nécessaire d'informer votre employeur à ce stade : il s'agit d'échanges entre personnes. Puis-je vous proposer un moment pour en parler ?"""),
    t("elicitation", "credential_targeting sensitive_info", """\
        Je vois que vous avez quitté le centre d'essais de Saint-Aubry l'an dernier. Vos anciens collègues y travaillent-ils toujours sur la même campagne ? J'aimerais beaucoup comprendre comment l'équipe est organisée aujourd'hui, qui fait quoi, et qui a gardé ses accès. Une conversation tranquille suffirait, à l'heure qui vous arrange."""),
    t("contact", "credential_targeting secrecy vague_client", """\
        Votre thèse sur les matériaux de gainage du combustible est remarquable. Un institut partenaire à l'étranger aimerait vous associer à ses travaux, avec une grande liberté et des moyens que vous n'avez sans doute pas aujourd'hui. Pour commencer, il suffirait d'un échange privé, sans passer par votre laboratoire. Qu'en pensez-vous ?"""),
    t("elicitation", "sensitive_info vague_client", """\
        Je m'intéresse beaucoup à ce que fait votre direction régionale sur les investissements portuaires. Avant de vous en dire plus sur mes partenaires, j'aimerais savoir ce que vous pouvez partager sur les projets qui ne sont pas encore passés en commission. On peut s'appeler cette semaine ?"""),
    t("contact", "credential_targeting vague_client secrecy", """\
        Quel parcours ! Peu de gens connaissent aussi bien que vous le contrôle-commande des réacteurs. Des amis qui conseillent des décideurs à l'international aimeraient bénéficier de votre regard, ponctuellement et en toute simplicité. Rien qui engage votre employeur, bien sûr ; d'ailleurs il n'a pas besoin d'être dans la boucle. Seriez-vous ouvert à une première discussion ?"""),
    t("elicitation", "credential_targeting sensitive_info secrecy", """\
        J'ai noté que vous avez travaillé sur le programme de drones navals jusqu'en 2023. Les personnes avec qui je travaille préparent une étude prospective et cherchent à recouper quelques éléments que la presse n'a pas repris. Votre éclairage serait précieux, et votre nom n'apparaîtrait nulle part. Auriez-vous un moment ?"""),
    t("elicitation", "credential_targeting sensitive_info vague_client secrecy", """\
        Votre poste au ministère vous donne une vue rare sur les arbitrages budgétaires de la défense. Je prépare, avec quelques partenaires étrangers, une note de prospective, et j'aimerais avoir votre sentiment sur ce qui se discute avant les annonces officielles. Bien entendu, cela resterait une conversation privée, sans trace écrite."""),
])
SUBTLE.add("fr7-s-07-inmail-approche-feutree")

MAIL.add("fr7-s-08-mail-notes-payees", 1, "fake_consultant", "email", False, [
    t("elicitation", "paid_task vague_client sensitive_info unusual_payment secrecy", """\
        Suite à notre échange, mon client souhaiterait une note de dix pages sur l'avancement du programme de satellites d'observation, en particulier ce qui n'est pas encore public. Il propose 3 000 € pour ce travail, réglés en cryptomonnaie ou sur le compte de votre choix. Merci de ne pas utiliser votre adresse professionnelle pour l'envoi."""),
    t("elicitation", "paid_task vague_client sensitive_info secrecy off_platform", """\
        Votre première analyse a été très appréciée. Le client aimerait maintenant un rapport plus détaillé sur les fournisseurs de composants de la centrale, avec les calendriers internes si vous y avez accès. Le montant serait doublé. Envoyez-le sur mon adresse personnelle et gardez cela pour vous."""),
    t("paid_task", "paid_task vague_client unusual_payment sensitive_info", """\
        Comme convenu, voici les thèmes du prochain livre blanc : doctrine d'emploi des sous-marins, retards de livraison, discussions en cours avec les partenaires européens. 2 500 € à la remise, versés en espèces lors de votre prochain passage à Bruxelles. Le nom du commanditaire ne figurera nulle part."""),
    t("payment", "unusual_payment vague_client sensitive_info", """\
        Le virement pour votre dernière note a posé problème avec votre banque. Pour éviter cela, nous pouvons verser la somme sur le compte de votre frère, ou en cartes cadeaux. Dites-moi ce qui vous arrange. Le client attend déjà la suite, notamment les documents de la dernière réunion interne."""),
    t("paid_task", "paid_task vague_client sensitive_info unusual_payment", """\
        Notre client, un fonds basé en Asie, rémunère des analyses sectorielles courtes (deux à trois pages) sur l'industrie nucléaire française : 600 € la note. Aucun document classifié n'est demandé, seulement votre lecture de ce qui se dit en interne. Paiement en USDT possible. Êtes-vous partant ?"""),
    t("elicitation", "paid_task vague_client sensitive_info secrecy", """\
        Merci pour le document. Mon client a une seule remarque : il reprend surtout ce qui a été publié. Il paierait volontiers le double pour les hypothèses de travail de votre équipe, celles qui ne sortent pas du service. Pouvez-vous m'en dire plus d'ici la fin du mois ? Comme d'habitude, pas un mot à votre hiérarchie."""),
    t("payment", "paid_task vague_client unusual_payment sensitive_info", """\
        Le client a validé le principe d'une collaboration régulière : une synthèse par mois sur les orientations de votre direction, 1 200 € chacune, versés sur un compte à Hong Kong ouvert à votre nom. Nous nous occupons de l'ouverture du compte ; il suffit de nous transmettre une copie de votre passeport."""),
    t("elicitation", "paid_task vague_client sensitive_info unusual_payment secrecy", """\
        Mon client est vraiment content de votre premier texte. Pour le prochain, il aimerait savoir où en sont les négociations du contrat des frégates, avec les chiffres qui ne sont pas encore sortis. Il paie 2 000 $ US comme la dernière fois, en bitcoin. Gardez ça entre nous, OK ?"""),
])

MAIL.add("fr7-s-09-mail-voyage-organise", 1, "fake_think_tank", "email", False, [
    t("meeting", "client_meeting secrecy vague_client", """\
        Les personnes que je vous ai présentées le mois dernier seraient ravies de vous rencontrer à Istanbul, en marge d'un séminaire. Nous nous occupons du vol et de l'hôtel. Je vous suggère de poser quelques jours de congé plutôt que de demander un ordre de mission : ce sera plus simple pour tout le monde."""),
    t("meeting", "client_meeting secrecy sensitive_info", """\
        Notre directeur sera à Genève du 12 au 14. Il aimerait vous voir en tête-à-tête, en dehors du programme officiel. Venez avec votre passeport personnel, pas celui de service. Il serait utile que vous apportiez les notes de travail dont nous avons parlé au téléphone."""),
    t("meeting", "client_meeting secrecy", """\
        Nous organisons une table ronde fermée à Shanghai avec des interlocuteurs de haut niveau de l'industrie navale. Nous prenons en charge votre billet et votre séjour. Il n'y aura ni liste publique des participants ni compte rendu. Inutile de parler de ce déplacement à votre officier de sécurité : c'est une invitation privée."""),
    t("meeting", "client_meeting vague_client secrecy", """\
        Pour la suite de nos échanges, mes partenaires préfèrent une rencontre en personne, à Doha ou à Belgrade selon vos disponibilités. Ils souhaitent aborder des sujets qu'il vaut mieux ne pas écrire. Votre famille est bien sûr la bienvenue ; tout est organisé de notre côté."""),
    t("meeting", "client_meeting secrecy credential_targeting", """\
        Le séjour d'étude à Pékin est confirmé pour la première semaine de mars. Le programme comprend des visites d'instituts et un dîner avec les personnes qui ont apprécié vos travaux. Pour que tout se passe bien, mieux vaut ne pas mentionner votre poste au ministère à l'arrivée, et voyager sous un motif touristique."""),
    t("meeting", "client_meeting sensitive_info", """\
        Nous aimerions vous inviter une semaine à Singapour pour un atelier de réflexion sur l'avenir de l'aéronautique militaire en Europe. Vous seriez notre seul invité français. Pour préparer les discussions, pourriez-vous apporter un état des lieux des programmes en cours, y compris ce qui n'a pas encore été annoncé ?"""),
    t("meeting", "client_meeting secrecy", """\
        Mon associé passera par Bruxelles jeudi prochain. Il aimerait vous rencontrer dans un lieu tranquille, ni à votre bureau ni à son hôtel. Je vous enverrai l'adresse le matin même. Venez sans votre téléphone professionnel, il y tient beaucoup."""),
    t("meeting", "client_meeting secrecy", """\
        À la suite de notre appel, l'invitation à Bakou tient toujours : trois jours, des conférences le matin et des rencontres privées l'après-midi avec des responsables du secteur énergétique. Tout est organisé par nos soins, vous n'aurez rien à avancer. La seule condition est que le déplacement reste strictement personnel, sans lien visible avec votre laboratoire."""),
])
SUBTLE.add("fr7-s-09-mail-voyage-organise")

MAIL.add("fr7-s-10-mail-arnaque-emploi", 1, "job_scam", "email", False, [
    t("job_scam", "job_scam unusual_payment", """\
        Suite à votre candidature, nous avons le plaisir de vous confirmer votre recrutement au poste d'assistant administratif en télétravail. Avant votre prise de poste, merci de régler 95 € de frais d'inscription au portail RH en coupons Transcash. Le code est à nous transmettre par retour de mail."""),
    t("job_scam", "job_scam unusual_payment", """\
        Votre entretien par chat s'est très bien passé. Vous allez recevoir un chèque de 3 850 € pour acheter votre équipement informatique auprès de notre fournisseur agréé. Encaissez-le, puis faites sans attendre un virement au fournisseur ; le trop-perçu est pour vous, à titre de prime d'arrivée."""),
    t("pivot", "job_scam unusual_payment off_platform", """\
        Nous recrutons des « agents de traitement des paiements » pour une société internationale. Il s'agit de recevoir des virements sur votre compte et de les transférer en crypto, avec une commission de 10 %. Aucune expérience requise. Merci de répondre depuis une adresse personnelle, pas professionnelle."""),
    t("pivot", "job_scam unusual_payment off_platform", """\
        Félicitations ! Votre profil a été retenu pour notre programme d'évaluation de produits en ligne. Pour activer votre compte, un dépôt de garantie de 120 € est nécessaire, remboursé après vos 40 premières missions. Rejoignez ensuite notre groupe WhatsApp pour recevoir vos tâches du jour."""),
    t("job_scam", "job_scam", """\
        Pour finaliser votre dossier d'embauche chez Logistika Europe, envoyez-nous par retour : copie recto verso de votre carte d'identité, RIB, numéro de sécurité sociale et vos identifiants de banque en ligne, pour la mise en place du virement de salaire."""),
    t("job_scam", "job_scam unusual_payment", """\
        Poste de client mystère : vous recevrez un virement de 1 500 €, vous achèterez pour 1 200 € de cartes cadeaux dans trois magasins différents, vous nous enverrez les codes en photo et vous garderez 300 € comme salaire. Mission à réaliser sous 24 heures."""),
    t("job_scam", "job_scam unusual_payment", """\
        Votre formation obligatoire de télé-conseiller coûte 249 €, mais elle vous sera entièrement remboursée dès le premier mois. Le règlement se fait uniquement par Western Union ou en bitcoin, notre banque ne gérant pas les petits montants. Places limitées, merci de répondre avant ce soir."""),
    t("pivot", "job_scam off_platform", """\
        Bonne nouvelle, votre entretien est validé. La suite du processus se fait sur Telegram avec notre responsable du recrutement, M. Kaplan : @rh_kaplan_offres. Merci de ne pas répondre à ce mail, la boîte n'est pas relevée, et de ne pas en parler avant la signature."""),
])


# ---------------------------------------------------------------- benign: InMails and short e-mails

MAIL.add("fr7-b-09-inmail-cabinet-nomme", 0, "genuine_recruiter", "inmail", True, [
    t("none", "", """\
        Je suis consultante au cabinet Vauban Talents et je recrute pour Navalis Défense un ingénieur systèmes de combat (H/F) : CDI basé à Brest, 58 à 66 k€ bruts annuels selon expérience. Le poste nécessite une habilitation Secret, que l'employeur fait instruire si vous ne l'avez pas. Si cela vous intéresse, pouvez-vous m'envoyer votre CV à recrutement@vauban-talents.example.fr ? Je vous proposerai ensuite un appel de vingt minutes."""),
    t("none", "", """\
        Aérostelle, l'équipementier toulousain, ouvre un poste de responsable certification moteurs : 72 à 80 k€, télétravail deux jours par semaine. Je gère ce recrutement en exclusivité pour le cabinet Altitude RH. Seriez-vous d'accord pour un échange téléphonique cette semaine ? Si vous préférez éviter votre messagerie professionnelle, donnez-moi une adresse personnelle pour l'envoi de la fiche de poste."""),
    t("none", "", """\
        Nous avions échangé au forum emploi de votre école l'an dernier. Nucléis recrute un ingénieur sûreté confirmé pour son site de la vallée du Rhône : CDI, 60 à 68 k€, prime d'astreinte. Je vous envoie le descriptif complet par mail ; si le poste vous parle, on cale un appel sur Teams ou par téléphone, comme vous préférez."""),
    t("none", "", """\
        Je recrute pour Boréalis Énergie (Montréal) un analyste principal en cybersécurité des réseaux électriques : 105 000 à 120 000 $, mode hybride. Une cote de sécurité de niveau Secret est requise, et c'est le gouvernement qui fait l'enquête. Je peux vous appeler au numéro de votre CV ou, si c'est plus simple, sur WhatsApp pour fixer l'heure. Mon courriel : j.tremblay@borealis-energie.example.ca"""),
    t("none", "", """\
        Le processus chez Orbitec avance : le manager technique souhaite vous rencontrer à Grenoble {jour} prochain à {heure}. Le déplacement est remboursé par Orbitec sur notes de frais (train en 2e classe, une nuit d'hôtel si besoin). Merci de me confirmer par retour ; vous recevrez ensuite la convocation officielle depuis l'adresse de l'entreprise."""),
    t("none", "", """\
        Comme convenu au téléphone, voici la fiche de poste : chef de projet propulsion électrique chez Helvatom SA, à Lausanne, CDI, 125 000 à 140 000 CHF selon profil. Le client est informé de votre candidature, avec votre accord. Pourriez-vous me renvoyer votre CV à jour et deux références ? Je reste joignable au +41 79 000 00 23, ou par WhatsApp pour les questions pratiques."""),
    t("none", "", """\
        Une précision importante avant d'aller plus loin : ce poste chez Navalis Défense implique une habilitation Très Secret et la nationalité française. L'enquête prend plusieurs mois et c'est l'employeur qui la lance, après l'offre. Je préfère vous le dire dès maintenant pour ne pas vous faire perdre de temps. Si cela vous convient, j'attends votre CV sur mon adresse professionnelle."""),
    t("none", "", """\
        Je vous contacte au sujet d'un poste de chargé(e) de mission filière navale à la Communauté d'agglomération de Port-Aubert : catégorie A, grille de la fonction publique territoriale, environ 3 100 € bruts mensuels. Notre cabinet est mandaté par la collectivité et l'offre est aussi publiée sur son site. Un appel de quinze minutes vous conviendrait-il cette semaine ?"""),
])

MAIL.add("fr7-b-10-mail-reseau-experts", 0, "expert_network", "email", True, [
    t("none", "", """\
        Je travaille pour Alpenrat Expert Network, à Zurich. Un de nos clients, un fonds d'investissement spécialisé dans l'aéronautique civile, souhaite un appel d'une heure sur le marché des pièces de rechange moteurs. Nous rémunérons 350 € l'heure. Nous ne voulons aucune information confidentielle ni non publique de votre employeur actuel ou passé ; vous le confirmerez dans une attestation de conformité avant l'appel."""),
    t("none", "", """\
        Merci d'avoir accepté l'appel de jeudi. Avant de le planifier, merci de remplir notre formulaire de conformité en ligne (cinq minutes) : vous y attestez n'être soumis à aucune obligation qui vous interdise d'échanger, et vous vous engagez à ne partager aucune information confidentielle. Le client est une banque d'affaires qui étudie le secteur de l'énergie. Honoraires : 300 €, versés par virement sous 30 jours."""),
    t("none", "", """\
        Le cabinet Lumière Insights organise des entretiens rémunérés avec d'anciens ingénieurs du secteur naval pour un client industriel européen, fabricant de composants. Compte tenu de votre poste actuel dans une entreprise publique, nous ne pouvons malheureusement pas vous consulter : notre politique exclut les agents publics et les personnes habilitées. Merci de votre compréhension, et désolés pour le dérangement."""),
    t("none", "", """\
        Notre client, une société de conseil en stratégie, prépare une étude sur les petits réacteurs modulaires. Il aimerait votre avis sur la maturité des technologies publiées et sur le paysage concurrentiel. Appel de 45 minutes, 250 € ; notre équipe conformité sera en ligne. Rappel : pas d'information non publique, aucun détail sur les projets de votre employeur."""),
    t("none", "", """\
        Petit rappel : votre attestation de conformité pour l'appel de {jour} n'est pas encore signée, et sans elle nous ne pouvons pas organiser l'échange. L'appel se fait sur notre plateforme, jamais par messagerie personnelle, et le paiement passe exclusivement par notre service comptable, sur le compte indiqué dans votre profil."""),
    t("none", "", """\
        Votre paiement de 400 € pour la consultation du 12 mars a été émis par virement SEPA depuis le compte de Meridia Conseil SA ; la référence figure sur votre relevé. Nous ne demandons jamais d'informations bancaires par téléphone ni par messagerie. En cas de doute, écrivez à compliance@meridia-conseil.example.ch."""),
    t("none", "", """\
        Vous avez indiqué dans votre profil avoir quitté Aérostelle il y a quatre mois. Notre règle impose un délai de six mois avant toute consultation portant sur un ancien employeur. Nous reprendrons contact en septembre si le projet de notre client, un assureur spécialisé dans le spatial, est toujours d'actualité."""),
    t("none", "", """\
        Le client souhaite vous interroger sur la chaîne d'approvisionnement en titane. Certaines de ses questions portaient sur des contrats non annoncés : nous les avons retirées de la liste, car elles sortent de notre cadre. Vous pouvez refuser de répondre à toute question, à tout moment. Rémunération inchangée : 320 € pour l'heure."""),
])

MAIL.add("fr7-b-11-mail-journaliste", 0, "journalist_interview", "email", True, [
    t("none", "", """\
        Je suis journaliste à La Gazette de Port-Aubert et je prépare un article sur le programme de modernisation du port militaire, annoncé par le ministère la semaine dernière. Accepteriez-vous de répondre à quelques questions, à visage découvert et citée nommément ? L'article paraîtra mardi. Je peux passer par votre service de communication si vous préférez."""),
    t("none", "", """\
        Journaliste au magazine Ciel & Orbite, je travaille sur le lanceur réutilisable présenté au salon. Tout ce que je cherche est on the record : votre lecture technique des annonces publiques, pas d'information interne. Votre service presse est en copie de ce message. Seriez-vous disponible vingt minutes {jour} ?"""),
    t("none", "", """\
        Merci pour votre réponse. Je comprends que vous ne puissiez pas commenter les négociations en cours ; je me limiterai donc au calendrier rendu public par l'exploitant. Je vous enverrai les citations avant publication, pour une relecture des faits. Vous pouvez me joindre au 06 00 00 00 37."""),
    t("none", "", """\
        Je travaille pour Radio Meuse Info à Liège et je prépare un sujet sur la reconversion des ingénieurs du nucléaire après l'arrêt des réacteurs annoncé par le gouvernement. Seriez-vous d'accord pour une interview enregistrée, diffusée avec votre nom ? Je demande en parallèle l'autorisation à votre service de communication."""),
    t("none", "", """\
        Notre rédaction enquête sur les approches de faux recruteurs qui visent des ingénieurs de l'aéronautique. Nous cherchons des témoignages, anonymisés si besoin, mais jamais de documents internes. Si vous avez reçu ce genre de messages (passage sur WhatsApp, « client » jamais nommé, rapports payés), accepteriez-vous d'en parler avec nous ?"""),
    t("none", "", """\
        Je suis pigiste pour Le Temps Économique, à Genève. Mon papier porte sur le contrat de drones annoncé hier. J'aimerais une réaction de votre part en tant que chercheur à l'Institut Lavoisier des Matériaux, sur le plan technologique uniquement. Citation nominative, publication demain midi."""),
    t("none", "", """\
        Je fais un papier pour L'Écho de Montréal sur le nouveau programme fédéral de sous-marins, dont l'appel d'offres a été publié lundi. Accepteriez-vous une entrevue officielle, avec votre nom et votre titre ? Si vous préférez, je peux vous envoyer mes questions par courriel à l'avance."""),
    t("none", "", """\
        Dernière précision pour l'interview de demain : elle est enregistrée et sera publiée sous votre nom. Je n'aborderai évidemment aucun sujet couvert par le secret de la défense. Votre chargée de communication, Mme Faure, sera en ligne avec nous du début à la fin."""),
])

MAIL.add("fr7-b-12-mail-offres-habilitation", 0, "cleared_job_ad", "email", True, [
    t("none", "", """\
        Offre d'emploi — Ingénieur(e) sûreté nucléaire de défense (H/F). Site : Cherbourg. CDI, 52 à 60 k€. Le poste requiert une habilitation Secret, dont la procédure est engagée par l'employeur après l'embauche. Nationalité française exigée. Candidature uniquement via notre site carrières, rubrique Navalis Défense."""),
    t("none", "", """\
        Technicien(ne) intégration satellites chez Aérostelle Space, Toulouse. Le poste donne accès à des zones protégées : habilitation de niveau Confidentiel requise ou en cours. Salaire selon grille, 13e mois, intéressement. Postulez sur aerostelle.example.fr/carrieres ; aucune démarche ne passe par une messagerie privée."""),
    t("none", "", """\
        Le Laboratoire de physique des plasmas de Saint-Aubin recrute un(e) ingénieur(e) de recherche pour une zone à régime restrictif (ZRR). L'accès est soumis à l'avis du fonctionnaire de sécurité et de défense. Contrat de trois ans, rémunération selon la grille de l'établissement. Dossier à déposer sur le portail emploi."""),
    t("none", "", """\
        Chef de quart propulsion, sous-marins, base de Brest. Habilitation Secret obligatoire. Indemnités de sujétion, prise en charge du déménagement, logement possible. Renseignements auprès du bureau de recrutement de votre département ou sur le site officiel ; aucune candidature n'est traitée par téléphone."""),
    t("none", "", """\
        Helvatom SA, à Lausanne, recherche un(e) spécialiste en contrôle-commande pour ses projets de recherche. Un contrôle de sécurité relatif aux personnes est exigé avant l'entrée en fonction. Salaire annuel de 110 000 à 125 000 CHF. Dossiers à envoyer via notre portail de recrutement uniquement."""),
    t("none", "", """\
        Analyste en renseignement sur les menaces — Boréalis Énergie, Montréal. Cote de sécurité de niveau Secret requise, obtenue par le programme fédéral de sécurité des contrats. Salaire de 92 000 $ à 108 000 $. Postulez sur notre site : nous ne recrutons jamais par messagerie privée."""),
    t("none", "", """\
        Stage de fin d'études (six mois) — analyse de données d'essais en vol, Orbitec, Istres. Une procédure d'habilitation sera lancée à la signature de votre convention de stage (prévoir trois mois). Gratification légale et aide au logement. Candidatures sur le site de l'entreprise."""),
    t("none", "", """\
        Rappel aux candidats : la mention « habilitable » signifie que vous devrez remplir le formulaire officiel de demande, instruit par le service compétent. Nous ne vous demanderons jamais vos documents d'identité par e-mail ou par WhatsApp ; tout passe par le portail sécurisé."""),
])

MAIL.add("fr7-b-13-mail-onboarding-rh", 0, "hr_onboarding", "email", True, [
    t("none", "", """\
        Bienvenue chez Nucléis ! Pour préparer votre arrivée, merci de déposer sur le portail RH (rh.nucleis.example.fr) votre pièce d'identité, votre RIB, votre attestation de sécurité sociale et vos diplômes. Nous ne vous demanderons jamais ces documents par e-mail ni par messagerie."""),
    t("none", "", """\
        Votre formulaire de demande d'habilitation est disponible dans votre espace candidat. Remplissez-le avec soin : toute omission peut retarder l'enquête de plusieurs semaines. L'officier de sécurité de votre site vous recevra en entretien pendant votre première semaine."""),
    t("none", "", """\
        Les termes de votre offre (salaire, variable, prime d'arrivée) sont confidentiels, conformément à notre politique interne. Merci de retourner la lettre d'engagement signée via le lien de signature officiel. Pour toute question, appelez le service RH au 01 00 00 00 58."""),
    t("none", "", """\
        Dans le cadre de votre intégration, vous signerez un accord de confidentialité et suivrez la formation « Protection du secret » dès le premier jour. Votre badge temporaire vous sera remis à l'accueil sur présentation d'une pièce d'identité. Prévoyez d'arriver à 8h30."""),
    t("none", "", """\
        Attention : des personnes se font passer pour notre service RH et demandent des frais de matériel aux nouveaux embauchés. Nous ne demandons jamais d'argent, ni de cartes cadeaux, ni de paiement en crypto. Votre ordinateur vous sera remis sur site, le jour de votre arrivée."""),
    t("none", "", """\
        Pour le remboursement de votre déménagement de Montréal à Toulouse, joignez les factures au formulaire de mobilité dans le portail. Le versement se fait avec la paie du mois suivant, sur le compte déclaré dans votre dossier, et nulle part ailleurs."""),
    t("none", "", """\
        Votre contrat de travail est prêt. Nous vous proposons un rendez-vous de signature sur site ; si vous ne pouvez pas vous déplacer, la signature électronique passe par notre portail. Aucun document ne doit transiter par une adresse personnelle, ni dans un sens ni dans l'autre."""),
    t("none", "", """\
        Petit mot de votre future équipe : nous organisons un déjeuner d'accueil le premier jour. C'est une surprise pour le chef de service, donc motus ! Votre parrain, Julien, vous écrira sur votre adresse professionnelle dès qu'elle sera active."""),
])

MAIL.add("fr7-b-14-mail-appel-offres", 0, "procurement_notice", "email", True, [
    t("none", "", """\
        Dans le cadre de la consultation n° 2025-114 (maintenance des radars côtiers), nous rappelons que toute question doit être posée via la plateforme des achats publics. Aucun échange direct avec les agents de la direction technique n'est autorisé pendant la consultation."""),
    t("none", "", """\
        En réponse à votre question n° 7 : le cahier des clauses techniques est publié dans son intégralité sur la plateforme. Les données internes du site (plans de charge, effectifs) ne sont pas communiquées aux candidats. La date limite de remise des offres est maintenue au 15."""),
    t("none", "", """\
        Pour notre réponse à l'appel d'offres de la Région sur les bornes de recharge, j'ai besoin de vos chiffrages d'ici {jour}. Tout le monde travaille sur le dossier partagé du groupement : aucune version ne circule sur les messageries perso, merci."""),
    t("none", "", """\
        Rappel à tous : période de silence jusqu'à l'attribution du marché des simulateurs. Si un candidat vous contacte (déjeuner, invitation, cadeau), déclinez poliment et prévenez le service achats le jour même."""),
    t("none", "", """\
        Nous avons bien reçu votre candidature au marché de fourniture d'équipements de laboratoire. Elle sera examinée par la commission le 22. Le rapport d'analyse des offres sera communiqué aux candidats non retenus sur demande, conformément au code de la commande publique."""),
    t("none", "", """\
        Notre partenaire belge propose de présenter conjointement l'offre pour le marché européen de surveillance maritime. Je propose une réunion à Bruxelles {jour} ; les frais de déplacement restent à la charge de chaque entreprise, comme prévu dans l'accord de groupement."""),
    t("none", "", """\
        Le ministère a publié l'avis d'attribution du marché de maintien en condition opérationnelle : nous ne sommes pas retenus. Le débriefing officiel est prévu la semaine prochaine. Merci de ne pas contacter directement les évaluateurs d'ici là."""),
    t("none", "", """\
        Pour la visite de site obligatoire du marché de rénovation du bâtiment de recherche, les candidats doivent s'inscrire auprès de l'acheteur avant le 10, pièce d'identité à l'appui. Aucune visite individuelle n'est organisée en dehors de ce créneau."""),
])

MAIL.add("fr7-b-15-mail-banque-paie", 0, "bank_notice", "email", True, [
    t("none", "", """\
        Votre salaire de mars a été versé sur votre compte. Votre bulletin de paie est disponible dans votre coffre-fort numérique. Rappel : la direction financière ne vous demandera jamais de confirmer vos coordonnées bancaires par e-mail ou par téléphone."""),
    t("none", "", """\
        Banque Rhodanienne : un virement international de 1 250 CHF en provenance de l'Université de Vaudémont, référence DEFRAIEMENT COLLOQUE, a été crédité sur votre compte courant. Consultez le détail dans votre espace client."""),
    t("none", "", """\
        Alerte fraude : des escrocs se font passer pour des recruteurs et demandent d'acheter des cartes cadeaux ou d'envoyer des cryptomonnaies. Votre banque ne vous demandera jamais de telles opérations. En cas de doute, appelez le numéro au dos de votre carte."""),
    t("none", "", """\
        Votre remboursement de frais de mission (Genève, du 12 au 14 mai), d'un montant de 486,30 €, sera versé avec la paie de juin. Le détail est consultable dans l'outil de notes de frais, rubrique « Mes missions »."""),
    t("none", "", """\
        Changement de coordonnées bancaires : si vous avez demandé la modification de votre RIB, elle sera effective le mois prochain. Si vous n'êtes pas à l'origine de cette demande, contactez immédiatement le service paie au poste 2217 : quelqu'un a peut-être tenté de détourner votre salaire."""),
    t("none", "", """\
        Pour recevoir votre indemnité de participation au jury, merci de compléter le formulaire de vacataire et de joindre un RIB à votre nom. Les versements à un tiers, même à un membre de votre famille, ne sont pas possibles."""),
    t("none", "", """\
        Nous avons bloqué à titre préventif une opération de 2 000 € vers une plateforme de cryptoactifs depuis votre compte. Si vous en êtes l'auteur, validez-la dans votre application ; sinon, contactez votre conseiller au plus vite."""),
    t("none", "", """\
        Votre transfert de 300 € vers le compte de Fatima Benali (Banque Atlas, Casablanca) a bien été exécuté. Frais : 4,90 €. Délai de mise à disposition : un jour ouvré. Conservez ce message comme justificatif."""),
])

MAIL.add("fr7-b-16-mail-bureau", 0, "work_email", "email", False, [
    t("none", "", """\
        Je vous transmets le compte rendu de la réunion de service de mardi. Les points ouverts concernent le déménagement du deuxième étage et le calendrier des entretiens annuels. Merci de me faire part de vos remarques avant vendredi."""),
    t("none", "", """\
        La cantine sera fermée jeudi pour travaux. Des plateaux-repas seront distribués en salle polyvalente entre 11h30 et 13h30. Pensez à vous inscrire sur la feuille à l'accueil avant mercredi midi."""),
    t("none", "", """\
        Le séminaire d'équipe aura lieu à {vfr} les 12 et 13 juin. Le programme définitif vous sera envoyé la semaine prochaine. Merci d'indiquer vos contraintes alimentaires et votre mode de transport dans le formulaire."""),
    t("none", "", """\
        Suite à la panne du serveur d'impression, les imprimantes du bâtiment C ne sont plus accessibles. Le service informatique intervient ce matin. En attendant, utilisez celles du bâtiment A, au rez-de-chaussée."""),
    t("none", "", """\
        Je serai en congé du 4 au 18 août. En mon absence, merci de vous adresser à Nathalie pour les demandes de matériel et à Karim pour les plannings. Je répondrai aux autres messages à mon retour."""),
    t("none", "", """\
        Rappel : l'entretien annuel doit être saisi dans l'outil RH avant la fin du mois. Les managers ont reçu le guide mis à jour ; n'hésitez pas à me contacter en cas de difficulté avec la nouvelle grille."""),
    t("none", "", """\
        Le pot de départ de Martine aura lieu vendredi à 17h en salle du conseil. Une cagnotte est ouverte à l'accueil pour son cadeau, et une carte circule dans les bureaux du troisième."""),
    t("none", "", """\
        Les nouveaux horaires de la navette entre la gare et le site entrent en vigueur lundi : premier départ à 7h10, dernier retour à 18h45. Les arrêts restent inchangés, sauf celui du parking sud, déplacé devant le bâtiment B."""),
])


# ---------------------------------------------------------------- suspicious: long e-mails

LONG.add("fr7-s-11-long-cabinet-ecran", 1, "fake_consultant", "email_long", False, [
    t("paid_task", "credential_targeting paid_task vague_client sensitive_info off_platform client_meeting secrecy", """\
        Objet : Proposition de collaboration – analyses stratégiques

        Madame,

        Je me permets de vous écrire sur la recommandation d'un ancien collègue à vous, qui m'a parlé de vos travaux sur les radars à antenne active. Notre cabinet, Eastbridge Advisory, conseille un client institutionnel asiatique qui souhaite mieux comprendre l'industrie européenne de défense.

        Concrètement, il s'agirait de rédiger tous les deux mois un rapport d'une dizaine de pages sur les programmes en cours, les difficultés industrielles et les décisions attendues. Chaque rapport est rémunéré 2 500 €, davantage si vous pouvez apporter des éléments qui ne figurent pas dans la presse spécialisée.

        Pour plus de réactivité, nous préférons échanger sur WeChat ou WhatsApp plutôt que par e-mail : vous pouvez m'ajouter au +852 5000 0144. Notre client aimerait aussi vous rencontrer à Hong Kong au printemps ; le voyage et l'hébergement seraient bien entendu à notre charge.

        Je vous remercie de garder cette proposition pour vous tant que rien n'est finalisé.

        Bien cordialement,

        Kevin Lam
        Senior Partner – Eastbridge Advisory
        +852 5000 0144 | k.lam.eastbridge@example.com"""),
    t("payment", "unusual_payment vague_client sensitive_info secrecy paid_task", """\
        Objet : RE: facture

        Bonjour Thomas,

        Merci pour le document sur les délais de la tranche 2, le client l'a trouvé très utile. Comme vous l'avez suggéré, nous ne passerons plus par votre compte en France : le prochain versement de 4 000 € ira sur le compte de votre belle-sœur à Singapour, sous l'intitulé « conseil marketing ». Si vous préférez, nous pouvons aussi régler en USDT sur le portefeuille que vous nous avez indiqué.

        Pour la suite, le client aimerait les comptes rendus des revues de programme du trimestre, même partiels. Une photo des pages suffira. Et comme toujours, supprimez ce message après lecture.

        Amitiés,
        Victor

        Le 3 févr. 2025 à 21:40, Thomas R. a écrit :
        > Victor, ci-joint la note. Par contre je préfère ne plus recevoir de virement sur mon compte,
        > ma banque a posé des questions. Tu as une autre solution ?"""),
    t("meeting", "client_meeting vague_client paid_task secrecy off_platform", """\
        Objet : Suite de notre échange – invitation

        Cher Monsieur Keller,

        Je reviens vers vous après notre conversation de mardi. Mon client, un groupe industriel qui préfère rester discret à ce stade, a beaucoup apprécié vos remarques sur le démantèlement des réacteurs de recherche. Il souhaiterait vous rencontrer pour approfondir la question et vous proposer une mission de conseil régulière, très correctement rémunérée.

        La rencontre aurait lieu à Macao, du 18 au 21 avril. Billets en classe affaires, hôtel et frais sur place sont pris en charge ; une enveloppe de 5 000 CHF vous serait remise sur place pour votre temps. Il n'est pas utile d'en informer votre direction : il s'agit d'une démarche personnelle.

        Pour organiser le voyage, je vous propose de passer sur Telegram, où je suis plus disponible : @mkwan_consult. Merci de ne rien envoyer à votre adresse professionnelle.

        Avec mes salutations distinguées,

        Michael Kwan
        Directeur, Pearl Delta Consulting Ltd.
        Hong Kong | Lausanne"""),
    t("paid_task", "paid_task vague_client off_platform secrecy credential_targeting", """\
        Objet : Appel à contributions – Institut pour la Coopération Eurasienne

        Madame la Directrice adjointe,

        L'Institut pour la Coopération Eurasienne prépare une série de livres blancs sur la politique énergétique des régions françaises. Votre expérience à la direction régionale de l'environnement fait de vous une contributrice idéale.

        Nous vous proposons de rédiger une étude d'environ quinze pages sur les projets d'infrastructures en préparation dans votre région, avec vos appréciations sur les arbitrages en cours. Les honoraires s'élèvent à 3 500 €, versés par notre partenaire, un mécène qui tient à rester anonyme. L'étude ne sera pas publiée sous votre nom, ni diffusée au public : elle est destinée à un cercle restreint de décideurs.

        Merci de nous répondre depuis une adresse personnelle, par exemple sur gmail, pour des raisons de simplicité administrative. Notre coordinatrice, Mme Zhou, est également joignable sur WeChat.

        Avec nos remerciements anticipés,

        Le secrétariat scientifique
        Institut pour la Coopération Eurasienne
        contact.ice@example.org"""),
    t("pivot", "credential_targeting paid_task vague_client off_platform secrecy", """\
        Objet : Opportunité — contrat de consultation (réseaux électriques)

        Bonjour Marc-André,

        J'ai vu ton profil sur LinkedIn et ton expérience en protection des réseaux haute tension est exactement ce que mon client recherche. C'est une firme d'ingénierie étrangère qui travaille sur des projets d'interconnexion et qui veut comprendre comment les grands réseaux nord-américains gèrent leurs postes critiques.

        Le mandat : des livres blancs de cinq à dix pages, 3 000 $ US chacun, payés en cryptomonnaie ou par virement à l'étranger, comme tu préfères. Pas besoin d'aviser ton employeur, c'est du travail fait à la maison, le soir.

        Je suis pas mal plus actif sur Telegram qu'ici. Écris-moi là-bas : @northbridge_talent, ou texte-moi au 514-555-0162.

        Au plaisir de jaser avec toi,

        Ryan Desrochers
        Partenaire, Northbridge Talent Solutions
        Montréal | Toronto | Singapour"""),
    t("elicitation", "paid_task vague_client sensitive_info unusual_payment secrecy", """\
        Objet : nos études portuaires

        Monsieur le Chef de service,

        Je vous remercie pour notre déjeuner de jeudi, et pour votre franchise sur le dossier du terminal méthanier. Comme je vous l'ai expliqué, mon client, un investisseur étranger, s'intéresse de près aux projets d'aménagement du port.

        Il serait disposé à financer une série d'études ponctuelles, rédigées par vous, sur l'état des délibérations internes de la collectivité avant leur passage en séance publique. Une première étude de quelques pages sur la position de chaque élu serait rémunérée 2 000 €, en espèces, lors d'un prochain déjeuner à Bruxelles.

        Il va de soi que ces échanges doivent rester strictement entre nous. Je vous suggère de ne pas les mentionner à votre direction, qui n'en verrait pas l'intérêt.

        Bien à vous,

        Alexandre Morel
        Conseil en affaires publiques
        06 00 00 00 71"""),
    t("pivot", "credential_targeting off_platform vague_client secrecy", """\
        Objet : Votre candidature – poste d'expert sécurité

        Bonjour Monsieur Le Goff,

        Suite à votre candidature spontanée, notre client, un grand groupe de défense basé en Asie, souhaite avancer rapidement. Pour préparer l'entretien, nous aurions besoin de :
        – une copie de votre attestation d'habilitation (niveau et date de validité) ;
        – la liste des programmes sur lesquels vous avez travaillé depuis cinq ans, avec vos interlocuteurs ;
        – une adresse personnelle (gmail ou autre), car notre client ne communique pas avec des adresses d'entreprise.

        Le poste est basé à Singapour, avec un salaire sans commune mesure avec ce que vous connaissez en France. Les entretiens ont lieu sur WhatsApp, le soir, pour tenir compte du décalage horaire. Nous vous remercions de ne pas évoquer cette démarche auprès de votre employeur actuel tant que l'offre n'est pas signée.

        Cordialement,

        Sarah Ong
        Talent Acquisition, Meridian Search Partners
        +65 0000 0175"""),
    t("meeting", "client_meeting unusual_payment secrecy vague_client", """\
        Objet : Re: Istanbul

        Cher Paul,

        Bonne nouvelle : mes amis confirment la rencontre à Istanbul le week-end du 12. Votre billet vous attendra au comptoir de la compagnie, à votre nom, payé en liquide pour ne pas laisser de trace sur votre carte. À votre arrivée, quelqu'un vous remettra une enveloppe pour le travail déjà fourni.

        Comme convenu, dites à votre femme et à votre employeur qu'il s'agit d'un week-end touristique. Évitez d'emporter votre téléphone professionnel et laissez votre ordinateur de bureau chez vous.

        Le client souhaite surtout parler de la prochaine campagne d'essais : préparez ce que vous pourrez.

        Bien amicalement,
        Igor

        -----Message d'origine-----
        De : Paul Vernier
        Envoyé : lundi 10 mars 2025 08:14
        À : Igor
        Objet : Istanbul
        Igor, je peux me libérer le 12. Je ne veux pas que ça apparaisse dans mes déplacements pro, comment on fait ?"""),
    t("elicitation", "vague_client sensitive_info off_platform unusual_payment paid_task", """\
        Objet : Proposition d'audit de cybersécurité – Conseil départemental

        Monsieur le Directeur des systèmes d'information,

        Notre société, Cyberguard Conseil, réalise pour le compte d'un client international une étude comparative de la sécurité numérique des collectivités européennes. Votre département a été retenu dans l'échantillon.

        Pour réaliser notre analyse, nous aurions besoin des éléments suivants : le schéma de votre réseau interne, la liste des solutions de sécurité installées avec leurs versions, les modalités d'accès à distance de vos agents, et les noms des prestataires qui disposent d'accès d'administration. Ces informations ne seront évidemment pas rendues publiques.

        En contrepartie de votre temps, nous vous proposons une indemnité personnelle de 1 800 €, versée en bitcoin ou en cartes cadeaux, selon votre préférence. Pour des raisons de réactivité, la suite des échanges se fera sur WhatsApp : +33 6 00 00 00 66.

        Nous vous remercions par avance de votre collaboration.

        Bien cordialement,

        Denis Fauré
        Consultant senior, Cyberguard Conseil
        cyberguard.conseil@example.net"""),
])

LONG.add("fr7-s-12-long-relances-de-travail", 1, "handler_followup", "email_long", False, [
    t("elicitation", "sensitive_info vague_client", """\
        Objet : Re: votre synthèse

        Bonjour Étienne,

        Merci encore pour votre synthèse sur les matériaux composites, elle a été lue avec beaucoup d'intérêt. Les personnes qui la lisent ont toutefois relevé qu'elle reprend pour l'essentiel ce qui a été présenté au salon du Bourget. Ce qui les aiderait vraiment, ce sont les résultats de la dernière campagne de qualification, ceux qui ne seront présentés qu'en fin d'année. Vous m'aviez dit avoir accès aux comptes rendus d'essais : même quelques chiffres suffiraient.

        Je sais que ce n'est pas simple. Prenez votre temps, et si c'est plus commode, nous pouvons en parler de vive voix lors de mon prochain passage à Toulouse.

        Bien à vous,
        Henri

        Le 12 mars 2025 à 18:02, Étienne Garnier a écrit :
        > Henri, voici le document promis. J'ai essayé de rester général, comme on l'avait dit.
        > Dites-moi si cela convient."""),
    t("elicitation", "sensitive_info secrecy", """\
        Objet : question rapide

        Chère Nadia,

        J'espère que la reprise s'est bien passée après les vacances. Je repense à notre discussion sur la réorganisation de votre département : vous disiez que le calendrier de livraison du nouveau sonar allait glisser, mais que personne ne l'avait encore annoncé.

        Serait-il possible d'en savoir un peu plus ? Concrètement, la nouvelle date envisagée, et les raisons techniques du retard, si elles ont été présentées en réunion. Je n'ai pas besoin de documents, un simple résumé de ce que vous avez entendu me suffit largement.

        Inutile, je pense, d'en parler autour de vous : vos collègues pourraient mal interpréter une conversation entre amis.

        Au plaisir de vous revoir bientôt, peut-être autour d'un déjeuner à Brest le mois prochain ?

        Amicalement,
        Olivier Brunet
        06 00 00 00 84"""),
    t("elicitation", "sensitive_info vague_client credential_targeting", """\
        Objet : suite de nos conversations

        Bonjour Jean-Luc,

        Merci pour la présentation sur l'organisation du laboratoire : c'était clair et très utile pour mes partenaires. Ils ont deux demandes de précision, que je vous transmets telles quelles.

        D'abord, ils aimeraient savoir quelles équipes travaillent aujourd'hui sur le nouveau détecteur, et qui en est responsable, avec les noms si possible. Ensuite, ils voudraient comprendre quelles collaborations étrangères sont en discussion et pourraient être refusées par l'administration, et pour quels motifs.

        Ce ne sont que des éléments d'ambiance, rien qui ne soit très sensible à vos yeux, j'en suis sûr. Vous êtes la personne la mieux placée pour y répondre, et vos réponses nous permettraient d'avancer sur le projet dont nous avons parlé.

        Bien cordialement,

        Frédéric Lambert
        Prospective & Stratégies
        +32 470 00 00 29"""),
    t("elicitation", "sensitive_info secrecy", """\
        Objet : RE: RE: point d'étape

        Sophie,

        Ton résumé de la réunion du comité directeur était parfait, merci. Il me manque juste la partie que tu n'as pas voulu écrire : les options de financement évoquées pour la deuxième tranche, et la position du ministère telle qu'elle a été présentée oralement. Tu peux me la dire au téléphone, ce sera plus simple qu'un écrit.

        Par ailleurs, j'ai vu que la version de travail du plan stratégique circulait déjà dans ton service. Si tu pouvais m'en faire passer une copie papier lors de notre prochain café, ce serait idéal. Personne n'a besoin de savoir d'où elle vient.

        Je te rappelle {jour}.
        Julien

        -----Message d'origine-----
        De : Sophie D.
        Envoyé : mardi 8 avril 2025 19:22
        Objet : RE: point d'étape
        Voilà ce que je peux te dire. Pour le reste, je préfère qu'on en parle de vive voix."""),
    t("elicitation", "sensitive_info vague_client", """\
        Objet : merci et une petite demande

        Bonjour Antoine,

        Merci pour votre accueil la semaine dernière, et pour la visite du hall d'essais. J'ai transmis vos explications aux personnes avec qui je travaille ; elles ont été impressionnées par la qualité de vos installations.

        Elles aimeraient maintenant aller un peu plus loin. En particulier, elles voudraient connaître les performances réelles obtenues lors des derniers tirs, et pas seulement les valeurs annoncées dans la plaquette. Vous m'aviez laissé entendre que l'écart était significatif : pourriez-vous me donner un ordre de grandeur ?

        Elles s'intéressent aussi aux fournisseurs des sous-ensembles critiques, et à ceux qui posent des difficultés. Votre avis personnel leur serait précieux.

        Je reste à votre disposition pour en parler de vive voix, quand vous voudrez.

        Bien à vous,
        Marc Hennequin
        06 00 00 00 19"""),
    t("elicitation", "sensitive_info secrecy", """\
        Objet : Re: relecture

        Bonjour Claire,

        Merci pour votre relecture, vos corrections sont toutes intégrées. J'en profite pour vous poser une question qui m'intrigue depuis notre dernier échange : vous parliez d'une « décision qui va surprendre tout le monde » au prochain conseil de défense. De quoi s'agit-il au juste ? Un changement de calendrier ? Un nouveau partenaire ?

        Je vous pose la question en toute amitié : je ne publierai rien, bien sûr, et je ne citerai jamais votre nom. C'est juste que les personnes que je conseille doivent prendre des décisions d'investissement dans les semaines qui viennent, et cette information changerait beaucoup de choses pour elles.

        Si c'est plus facile, appelez-moi ce soir après 20h sur mon portable personnel.

        Amitiés,
        Bernard

        > Le 2 mai, Claire Vidal a écrit :
        > Voici mes corrections. Pour le reste, je ne peux pas en dire plus par écrit."""),
    t("elicitation", "sensitive_info", """\
        Objet : programme de l'année prochaine

        Cher Laurent,

        Je vous remercie pour votre note sur l'état de la filière, très complète sur ce qui a été rendu public. Pour la version suivante, j'aimerais que nous allions au-delà : les orientations budgétaires que votre direction prépare pour l'an prochain, les programmes qui risquent d'être réduits, et ceux qui vont au contraire être accélérés.

        Je ne vous demande évidemment pas de documents officiels. Mais vous participez aux réunions de préparation, et vos impressions personnelles seraient plus utiles que n'importe quel communiqué.

        Je vous propose de nous voir à {ville} lors de votre prochain déplacement, en dehors de vos heures de travail. Je m'occupe de réserver un endroit tranquille.

        Avec mes sentiments les meilleurs,

        Patrick Renaud
        Cercle d'analyse stratégique européenne
        +41 79 000 00 58"""),
    t("elicitation", "sensitive_info credential_targeting", """\
        Objet : votre ancienne équipe

        Bonjour Damien,

        Je sais que vous avez quitté le site il y a quelques mois, mais vous avez sans doute gardé des contacts avec votre ancienne équipe. Les personnes avec qui je travaille aimeraient savoir qui, parmi vos anciens collègues, pourrait être ouvert à une conversation du même genre que la nôtre : les personnes qui ont des accès, qui se sentent peu reconnues, ou qui traversent une période difficile.

        Vous n'avez pas besoin de leur en parler vous-même. Il suffirait de m'indiquer quelques noms, avec un mot sur leur situation et leur rôle actuel. Je me charge de la suite, avec tact.

        Merci pour votre aide précieuse. Je n'oublie pas votre propre projet de reconversion, nous en reparlons très vite.

        Cordialement,
        Thierry Kervella
        06 00 00 00 92"""),
    t("elicitation", "sensitive_info secrecy vague_client", """\
        Objet : Re: Re: la maquette

        Bonsoir Élodie,

        Merci pour les photos de la maquette, elles sont très nettes. Mes interlocuteurs ont une dernière demande avant de boucler leur dossier : la vue en coupe du compartiment machines, celle qui était affichée dans le bureau d'études et qui n'apparaît pas sur les documents publics. Une photo prise avec votre téléphone personnel suffira, comme la dernière fois.

        Pensez à effacer les photos de votre téléphone une fois envoyées, et à ne pas utiliser le wifi du site.

        Merci encore, votre aide compte beaucoup pour eux.
        Yann

        Le 21 juin 2025 à 22:10, Élodie M. a écrit :
        > Voilà les photos. Par contre je suis un peu mal à l'aise, mon chef m'a vue au bureau
        > d'études et m'a demandé ce que je faisais là."""),
])
SUBTLE.add("fr7-s-12-long-relances-de-travail")

LONG.add("fr7-s-13-long-seminaires-fermes", 1, "fake_think_tank", "email_long", False, [
    t("meeting", "client_meeting sensitive_info secrecy credential_targeting", """\
        Objet : Invitation – séminaire restreint « Sécurité maritime en Indo-Pacifique »

        Monsieur le Professeur,

        Le Forum de dialogue stratégique des Deux Rives organise à Shanghai, du 4 au 7 novembre, un séminaire restreint réunissant une quinzaine d'experts européens et asiatiques. Vos travaux sur la propulsion anaérobie nous paraissent essentiels au débat.

        Nous prenons en charge votre voyage en classe affaires, votre hébergement et vos déplacements sur place. Le séminaire se tient sous une règle de discrétion absolue : aucune liste de participants, aucune publication, aucun enregistrement.

        Afin de nourrir les échanges, nous vous serions reconnaissants de préparer une présentation sur l'état réel des programmes européens, au-delà de ce qui est publié. Il n'est pas nécessaire de solliciter l'autorisation de votre établissement : cette invitation vous est adressée à titre personnel.

        Dans l'attente de votre réponse, je vous prie d'agréer, Monsieur le Professeur, l'expression de ma haute considération.

        Dr Wang Lei
        Secrétaire général
        Forum de dialogue stratégique des Deux Rives
        +86 138 0000 0000"""),
    t("meeting", "client_meeting sensitive_info credential_targeting", """\
        Objet : Séjour de recherche – Institut des hautes études technologiques de Suzhou

        Chère Madame,

        Suite à votre exposé remarqué à Grenoble, notre comité scientifique a le plaisir de vous proposer un séjour de recherche de trois mois dans notre institut, au printemps prochain. Le voyage, le logement et la vie sur place sont entièrement pris en charge ; votre conjoint et vos enfants sont les bienvenus.

        Pour que ce séjour soit fructueux, nous souhaiterions que vous apportiez vos cahiers de laboratoire et les résultats de vos essais récents, y compris ceux qui n'ont pas encore fait l'objet d'une publication. Nos chercheurs pourront ainsi reprendre vos travaux là où vous les avez laissés.

        Il nous paraît préférable de présenter ce séjour à votre laboratoire comme une période de congé personnel : les procédures de votre établissement sont longues et risqueraient de faire échouer le projet.

        Avec nos sentiments les plus cordiaux,

        Pr Zhang Min
        Directrice des relations internationales"""),
    t("meeting", "client_meeting sensitive_info secrecy", """\
        Objet : Suite à notre dîner à Genève

        Cher Docteur Morin,

        Quel plaisir d'avoir pu échanger avec vous lors du dîner de clôture, à Genève. Vous avez évoqué, avec beaucoup de prudence, des résultats encore non publiés sur la tenue des aciers sous irradiation. Nos membres en ont été vivement intéressés.

        Ils aimeraient vous entendre plus longuement, lors d'une réunion fermée dans nos locaux de Vienne, en décembre. L'idéal serait que vous présentiez les diapositives que vous avez montrées à votre comité de direction, avec les courbes complètes. Nous nous chargeons de tout : vol, hôtel, dîner avec nos membres.

        Nous préférons que cette réunion ne figure pas à votre agenda professionnel. Vous pourriez tout simplement prendre deux jours de congé.

        Dans l'attente du plaisir de vous lire,

        Elena Voronova
        Secrétaire exécutive, Cercle danubien de prospective énergétique
        +43 000 000 0114"""),
    t("elicitation", "sensitive_info secrecy vague_client", """\
        Objet : Contribution au groupe de réflexion

        Monsieur le Sous-directeur,

        Le Groupe d'études transatlantiques réunit chaque trimestre un petit cercle de décideurs publics et privés autour des grandes questions de défense. Pour notre prochaine session, nous aimerions disposer d'une contribution anonyme sur les arbitrages budgétaires en cours dans votre ministère, en particulier sur les programmes que le gouvernement envisage de reporter.

        Cette contribution ne sera ni publiée ni citée : elle sera lue par une dizaine de nos membres seulement, dont plusieurs représentants d'États partenaires. Votre nom n'y figurera pas.

        Nous comprenons que votre position vous impose une certaine réserve. C'est précisément pourquoi nous vous proposons de nous la transmettre par écrit, sur papier, lors d'un déjeuner, plutôt que par courrier électronique. Il n'est pas nécessaire d'en informer votre cabinet.

        Avec mes remerciements et mes salutations les plus respectueuses,

        Hugues de Ranchin
        Délégué général, Groupe d'études transatlantiques"""),
    t("meeting", "client_meeting secrecy credential_targeting", """\
        Objet : Conférence internationale de Belgrade – vos documents de voyage

        Madame la Chercheuse,

        Nous avons le plaisir de confirmer votre participation à la Conférence internationale sur les systèmes spatiaux, à Belgrade, du 9 au 11 octobre. Notre agence s'occupe de votre billet et de votre hôtel.

        Pour établir votre dossier, merci de nous faire parvenir la copie de votre passeport personnel, et non de votre passeport de service, ainsi qu'une description de votre poste actuel et de votre niveau d'accès aux installations de votre centre.

        Comme il s'agit d'une conférence privée, votre nom ne figurera pas dans le programme officiel. Il est donc inutile de passer par le service des missions de votre employeur, ni de déclarer ce déplacement à votre officier de sécurité : cela ne ferait que retarder les choses.

        Nous vous remercions de votre confiance et restons à votre disposition.

        Le comité d'organisation
        Conférence internationale sur les systèmes spatiaux"""),
    t("meeting", "client_meeting sensitive_info vague_client", """\
        ---------- Message transféré ---------
        De : Institut méditerranéen d'études stratégiques
        Date : mer. 5 févr. 2025 à 10:31
        Objet : Groupe de travail – Dubaï
        À : Nicolas Ferrand

        Cher Monsieur Ferrand,

        Comme évoqué avec notre président, nous réunirons à Dubaï, du 20 au 22 mars, un groupe de travail restreint sur les chaînes d'approvisionnement de l'industrie navale européenne. Plusieurs représentants d'un grand groupe industriel de la région y participeront et souhaitent vous rencontrer en aparté.

        Afin de préparer cet échange, pourriez-vous apporter la liste des fournisseurs de rang 2 et 3 du programme sur lequel vous travaillez, avec les difficultés rencontrées par chacun ? Il ne s'agit pas d'un document officiel mais de votre propre connaissance du terrain.

        Le voyage et le séjour sont organisés par nos soins.

        Bien cordialement,
        Karim Haddad
        Chargé de programmes"""),
    t("meeting", "client_meeting sensitive_info credential_targeting secrecy", """\
        Objet : Table ronde nordique – invitation personnelle

        Madame la Directrice,

        L'Institut d'études circumpolaires a le plaisir de vous inviter à une table ronde fermée à Reykjavik, les 14 et 15 septembre, sur l'avenir de la présence navale dans l'Arctique. Nous réunirons des experts de six pays, à titre strictement personnel.

        Votre expérience au ministère canadien de la Défense nationale serait précieuse. Nos participants s'intéressent particulièrement aux plans de déploiement des prochaines années et aux capacités qui n'ont pas encore été présentées au Parlement. Une présentation orale, sans diapositives, serait parfaite.

        Billets, hôtel et repas sont entièrement pris en charge. Pour préserver la liberté des échanges, nous vous suggérons de ne pas faire approuver ce déplacement par votre ministère, et de voyager avec votre passeport personnel.

        Veuillez agréer, Madame la Directrice, l'expression de nos sentiments distingués.

        Magnus Eriksen
        Directeur des programmes"""),
    t("meeting", "client_meeting secrecy sensitive_info", """\
        Objet : Retraite de réflexion à Verbier

        Cher Monsieur Baumann,

        Notre fondation organise chaque hiver une retraite de réflexion dans un chalet au-dessus de Verbier, avec une poignée d'ingénieurs et de décideurs. Nous serions honorés de vous compter parmi nous du 24 au 27 janvier.

        Le programme est simple : ski le matin, discussions l'après-midi. Cette année, nos invités souhaitent entendre un regard franc sur les difficultés actuelles de votre programme de réacteur expérimental, les retards, les points techniques qui bloquent et les décisions qui se préparent. Ce que vous direz restera dans le chalet.

        Pour le confort de tous, nous demandons à nos invités de laisser leurs appareils professionnels à la maison. Votre trajet depuis Lausanne et votre séjour sont naturellement organisés par nos soins.

        Avec nos salutations les plus amicales,

        Fondation Alpes et Avenir
        Le secrétariat"""),
    t("meeting", "client_meeting credential_targeting secrecy", """\
        Objet : Re: merci pour Pékin

        Chère Anne,

        Votre séjour à Pékin a laissé un excellent souvenir à nos hôtes, qui parlent encore de votre exposé. Ils aimeraient vous recevoir à nouveau au printemps, cette fois avec votre collègue de l'équipe propulsion dont vous nous avez parlé, M. Carré. Vous pourriez lui présenter l'invitation comme venant de vous personnellement : il sera plus à l'aise.

        Comme la dernière fois, tout sera organisé de notre côté. Nos hôtes aimeraient que M. Carré prépare une présentation sur ses travaux actuels ; l'idéal serait qu'il apporte ses documents de travail.

        Avec toute mon amitié,
        Li Na

        > Le 30 nov., Anne Giraud a écrit :
        > Merci encore pour l'accueil. Je n'ai rien dit au bureau, comme convenu.
        > J'ai un collègue qui serait intéressé, je vous en reparle."""),
])
SUBTLE.add("fr7-s-13-long-seminaires-fermes")

LONG.add("fr7-s-14-long-recrutement-pretexte", 1, "fake_recruiter", "email_long", False, [
    t("elicitation", "sensitive_info secrecy credential_targeting", """\
        Objet : Votre candidature – étape suivante

        Bonjour Monsieur Rousseau,

        Merci pour notre échange téléphonique de lundi. Votre profil a retenu l'attention de notre comité de sélection, et nous souhaitons passer à l'étape suivante.

        Afin d'évaluer précisément votre niveau technique, nous vous demandons de décrire par écrit le programme sur lequel vous travaillez actuellement : son architecture, les jalons prévus pour les deux prochaines années, y compris ceux qui n'ont pas été annoncés, ainsi que les principales difficultés rencontrées. Joignez-y, si possible, l'organigramme de votre équipe avec le nom et le rôle de chacun.

        Ces éléments ne serviront qu'à notre comité. Pour éviter toute gêne, nous vous conseillons de ne pas mentionner ce processus à votre employeur avant la signature de l'offre.

        Nous restons à votre disposition pour toute question.

        Bien cordialement,

        Émilie Charpentier
        Chargée de recrutement, Horizon Executive Search
        +33 6 00 00 00 47"""),
    t("elicitation", "sensitive_info", """\
        Objet : Étude de cas – entretien technique

        Bonjour Léa,

        Comme annoncé, voici l'étude de cas pour votre entretien technique de {jour}.

        Plutôt qu'un exercice théorique, notre jury préfère partir de votre expérience réelle. Nous vous demandons donc de décrire en détail le système de guidage que vous développez aujourd'hui : choix d'architecture, performances mesurées lors des derniers essais, limites connues et pistes d'amélioration envisagées par votre équipe. Plus votre description sera précise, plus nous pourrons apprécier votre niveau.

        Le document, de cinq à dix pages, est à nous renvoyer avant l'entretien. Vous pouvez y joindre des schémas ou des extraits de documents existants si cela vous fait gagner du temps.

        Nous avons hâte de vous lire.

        L'équipe recrutement
        Stellaris Dynamics
        Lausanne – Singapour"""),
    t("contact", "credential_targeting sensitive_info", """\
        Objet : Recommandations

        Bonjour Hervé,

        Merci pour votre réponse et pour votre intérêt. Le poste dont nous avons parlé a déjà trouvé preneur, mais notre partenaire recrute encore une dizaine de profils comme le vôtre pour sa nouvelle filiale.

        Vous connaissez certainement, dans votre équipe ou dans les équipes voisines, des personnes habilitées qui pourraient être intéressées. Pourriez-vous nous indiquer quelques noms, avec leur fonction, leur niveau d'habilitation et, si vous le savez, leur situation personnelle (projet de départ, frustration, difficultés familiales) ? Cela nous permettrait de les approcher au bon moment et de la bonne manière.

        Bien entendu, nous ne mentionnerons jamais votre nom. Et si l'un d'eux est recruté grâce à vous, nous saurons nous en souvenir.

        Avec nos remerciements,

        Valérie Dumas
        Associée, Talents & Stratégie
        +32 470 00 00 81"""),
    t("meeting", "client_meeting sensitive_info credential_targeting", """\
        Objet : Entretien final à Dubaï

        Cher Monsieur Lefèvre,

        Nous avons le plaisir de vous annoncer que vous êtes retenu pour l'entretien final du poste de directeur technique. Cet entretien aura lieu à Dubaï, le 15 mai, au siège régional de notre partenaire. Votre voyage et votre séjour de trois nuits sont organisés par nos soins.

        Le jury vous demandera de présenter vos réalisations récentes. Nous vous recommandons vivement d'apporter des exemples concrets de vos travaux, y compris des documents non publiés, sur une clé ou en version papier : c'est ce qui fait la différence à ce stade.

        Pour des raisons de calendrier, il serait préférable de présenter ce déplacement comme des vacances à votre employeur actuel. Nous vous enverrons les billets à votre adresse personnelle.

        Bien cordialement,

        Daniel Hasan
        Directeur associé, Gulf Talent Partners"""),
    t("contact", "credential_targeting sensitive_info", """\
        Objet : Questionnaire de compétences

        Bonjour,

        Pour compléter votre dossier de candidature, merci de remplir le questionnaire ci-dessous et de nous le renvoyer avant vendredi.

        1. Intitulé exact de votre poste et de votre service.
        2. Niveau d'habilitation détenu, date d'obtention et date d'échéance.
        3. Programmes auxquels vous avez participé au cours des cinq dernières années, y compris ceux qui ne sont pas publics.
        4. Noms de vos supérieurs hiérarchiques et de l'officier de sécurité de votre site.
        5. Sites et installations auxquels votre badge vous donne accès.
        6. Déplacements professionnels à l'étranger prévus dans les six prochains mois.

        Ces informations sont nécessaires pour vérifier l'adéquation de votre profil avec les exigences de notre partenaire. Elles ne seront partagées qu'avec lui.

        Merci de votre confiance,

        Service candidats
        Atlantis Recrutement International"""),
    t("elicitation", "sensitive_info", """\
        Objet : Re: merci pour l'entretien

        Bonjour Céline,

        Merci à vous pour cet entretien très riche. Le jury a été impressionné par votre maîtrise du sujet.

        Pour finaliser son avis, il aimerait voir la présentation que vous avez faite le mois dernier à votre comité de programme, celle dont vous nous avez parlé. Elle montrerait mieux que tout votre capacité de synthèse. Si elle est trop lourde, une simple photo des pages principales suffira.

        Nous comptons revenir vers vous avec une proposition dès la semaine prochaine.

        Bien à vous,
        Gaëlle Martin
        Consultante, Alpha Sélection

        Le 14 oct. 2025 à 17:55, Céline Robin a écrit :
        > Merci pour votre temps aujourd'hui. Je reste disponible pour la suite.
        > Je précise que certains sujets évoqués restent internes à mon employeur."""),
    t("elicitation", "sensitive_info credential_targeting", """\
        Objet : Préparation de l'entrevue

        Bonjour Madame Gagnon,

        Merci d'avoir accepté de poursuivre le processus. Comme je vous l'ai expliqué, le poste de conseillère principale exige une très bonne compréhension des processus de décision au sein de l'administration fédérale.

        Pour préparer l'entrevue, je vous propose d'apporter une courte présentation des dossiers que votre direction traite en ce moment : les négociations en cours avec les partenaires étrangers, les positions que le ministère défendra lors des prochaines rencontres, et les désaccords internes que vous avez pu observer. Nos associés jugeront ainsi de votre capacité d'analyse.

        Il va de soi que tout cela reste entre le comité et vous. Il n'est pas utile d'informer votre gestionnaire de votre démarche à ce stade.

        Au plaisir de vous rencontrer,

        Martin Bélanger
        Associé, Groupe Laurentides Conseil
        514-555-0133"""),
    t("elicitation", "sensitive_info", """\
        Objet : Test technique – Data Engineer

        Bonjour Kevin,

        Voici le test technique pour le poste de Data Engineer chez Kestrel Analytics.

        Pour que l'exercice soit réaliste, nous vous demandons de reproduire la chaîne de traitement des données radar que vous utilisez chez votre employeur actuel, avec les paramètres réels des capteurs, les formats des fichiers et la structure de la base de données. Un dépôt de code complet serait idéal ; vous pouvez reprendre des morceaux de code existants si cela vous fait gagner du temps.

        Vous avez une semaine. Il n'y a pas de bonne ou de mauvaise réponse : nous voulons voir comment vous travaillez au quotidien, sur de vraies données.

        Merci de ne partager ce test avec personne : il fait partie de notre processus de sélection.

        Bonne chance !

        Nora Benali
        Talent Partner, Kestrel Analytics"""),
    t("secrecy", "secrecy sensitive_info credential_targeting", """\
        Objet : Votre arrivée – quelques précisions

        Cher Monsieur Perrot,

        Nous sommes ravis que vous ayez accepté notre proposition. Avant votre arrivée, quelques précisions sur la transition.

        Notre partenaire souhaiterait que vous restiez encore trois ou quatre mois à votre poste actuel après la signature, le temps de faire profiter l'équipe de votre connaissance du terrain. Pendant cette période, vous garderiez votre badge et vos accès, et nous organiserions des points réguliers, en soirée, pour recueillir vos observations sur les projets en cours.

        Il est évidemment préférable que votre employeur actuel ne soit pas informé de notre accord pendant cette période. Nous vous indiquerons le moment venu comment présenter votre démission.

        Bienvenue parmi nous,

        Jean-Marc Oberlin
        Directeur général, Alcyon Technologies
        +41 79 000 00 38"""),
])
SUBTLE.add("fr7-s-14-long-recrutement-pretexte")

LONG.add("fr7-s-15-long-pressions-famille", 1, "coercion", "email_long", False, [
    t("coercion", "coercion", """\
        Objet : nouvelles de la maison

        Xiaoming,

        Je t'écris de la part de ta mère, qui n'ose pas le faire elle-même. La semaine dernière, deux responsables du comité de quartier sont venus à la maison. Ils étaient polis, mais ils savaient beaucoup de choses : ton adresse à Lyon, le nom de ton laboratoire, et même les prénoms de tes amis de l'association des étudiants.

        Ils ont dit que tu devais rentrer pour le Nouvel An et passer les voir, « simplement pour discuter ». Ils ont aussi parlé du poste de ton père à l'usine, qui pourrait être « réexaminé » si tu ne venais pas.

        Ta mère ne dort plus. Elle te supplie d'arrêter d'aller aux réunions et de revenir quelques jours, pour que tout rentre dans l'ordre. Je pense que tu devrais l'écouter.

        Ton oncle, Wei"""),
    t("coercion", "coercion", """\
        Objet : Ton frère

        Salam Karim,

        Je t'écris parce que ta mère ne sait plus quoi faire. Les gens de la sécurité sont revenus chez ton père jeudi soir. Ils ont posé des questions sur toi, sur tes vidéos, sur les gens que tu vois à Bruxelles.

        Depuis, ton frère Nabil n'arrive plus à faire renouveler son passeport. On lui a dit au guichet que « ça dépend de Karim ». Ton père a aussi reçu une convocation pour un contrôle de son magasin, le troisième cette année.

        Ils disent que si tu arrêtes de publier et que tu rentres faire une déclaration, tout s'arrangera, pour toi et pour la famille. Je ne te dis pas quoi faire, mais pense à ta mère, elle a déjà été malade l'hiver dernier.

        Réponds-moi vite.
        Ton cousin Samir"""),
    t("coercion", "coercion credential_targeting", """\
        Objet : Réunion des ressortissants – présence attendue

        Cher compatriote,

        L'Association des ressortissants de la région des Hauts-Plateaux à Montréal organise une réunion le samedi 15 mars, à 14h, dans les locaux du centre culturel. Votre présence est attendue.

        À cette occasion, les représentants venus du pays souhaitent s'entretenir individuellement avec chacun d'entre vous. Nous vous demandons d'apporter une liste des étudiants et chercheurs originaires de notre région que vous côtoyez à l'université, avec leur domaine d'études et leurs fréquentations.

        Nous vous rappelons que nos représentants sont en contact régulier avec vos familles au pays et qu'ils transmettent volontiers de bonnes nouvelles de votre engagement. Votre absence serait remarquée, et nous ne pourrions pas l'expliquer.

        Avec nos salutations patriotiques,

        Le bureau de l'Association"""),
    t("coercion", "coercion", """\
        [21:02] Reza : Tu as vu mes messages ? Maman est à l'hôpital depuis mardi.
        [21:03] Reza : Ce n'est pas grave, la tension. Mais elle ne dort plus depuis la visite.
        [21:05] Reza : Ils sont revenus hier. Trois hommes. Ils ont demandé ton adresse à Paris et le nom de ton employeur.
        [21:06] Reza : Ils savent que tu travailles dans un labo d'optique. Ils ont parlé de « collaborer », je n'ai pas compris.
        [21:09] Reza : Ils ont dit que Leila ne pourra pas passer ses examens si tu ne rentres pas avant l'automne.
        [21:10] Reza : Ils proposent que tu viennes pour un entretien à l'aéroport, juste une heure, et après tu repars.
        [21:12] Reza : Je t'en supplie, réfléchis. Ne mets rien sur les réseaux, ils lisent tout.
        [21:13] Reza : Et n'en parle pas aux gens de ton association, ça empirerait les choses pour nous."""),
    t("coercion", "coercion", """\
        Objet : Dossier de pension de M. Osmani père

        Monsieur,

        Nous vous informons que le dossier de pension de votre père, M. Idriz Osmani, a été suspendu dans l'attente d'une « régularisation familiale ». Les services compétents estiment que votre situation à l'étranger et vos prises de position publiques nécessitent un entretien.

        Le versement pourra reprendre dès que vous vous serez présenté en personne au bureau municipal, à votre retour au pays. Une lettre de rétractation concernant vos articles parus dans la presse belge faciliterait grandement les choses.

        Nous vous rappelons que votre père est âgé et qu'il dépend entièrement de cette pension. Nous comptons sur votre sens des responsabilités.

        Veuillez agréer, Monsieur, nos salutations distinguées.

        Le secrétariat du bureau municipal"""),
    t("coercion", "coercion sensitive_info", """\
        Objet : un service

        Cher neveu,

        Ta tante et moi allons bien, merci. Tout le monde parle de ta réussite à Grenoble. Justement, des gens importants d'ici s'intéressent à toi. Ils m'ont demandé de te transmettre une demande, et je préfère te l'écrire plutôt que de le dire au téléphone.

        Ils aimeraient que tu leur donnes, de temps en temps, des nouvelles des étudiants de chez nous qui sont dans ton université : qui ils fréquentent, ce qu'ils disent de la situation au pays, qui participe aux manifestations. Ils aimeraient aussi savoir sur quoi travaille ton laboratoire.

        Ils ont été clairs : si tu acceptes, notre commerce n'aura plus de problèmes de licence, et ton cousin pourra enfin obtenir son visa. Si tu refuses, ils ne peuvent rien promettre.

        Réfléchis bien. Je t'embrasse,
        Oncle Hamid"""),
    t("coercion", "coercion", """\
        Objet : Leila

        Chère Shirin,

        Ta sœur a été convoquée mardi et retenue toute la journée. Elle est rentrée le soir, épuisée. On lui a retiré son passeport : elle ne peut plus quitter le pays, même pour son mariage à Istanbul.

        Ceux qui l'ont interrogée ont été clairs. Ils veulent que tu reviennes pour un entretien, et que tu supprimes la page que tu animes avec d'autres femmes de la diaspora. Ils ont montré à Leila des photos de toi à la manifestation de Genève, en octobre.

        Papa dit que tu ne dois pas rentrer, que c'est trop dangereux. Maman dit le contraire. Moi je ne sais plus. Je voulais juste que tu saches ce qui se passe, avant qu'ils ne t'écrivent eux-mêmes.

        Prends soin de toi,
        Ta cousine Nasrin"""),
    t("coercion", "coercion", """\
        Objet : souvenirs du lycée

        Salut Dawit,

        Ça fait longtemps ! Tu te souviens de moi, on était au lycée ensemble. Je travaille maintenant pour l'administration régionale, et ton nom est remonté dans un dossier.

        On sait que tu es à Montréal, que tu écris pour ce site d'opposition et que tu organises les réunions du samedi. Je te le dis en ami : ici, ça fait mauvais effet. Ton père a une boutique sur la place du marché ; les contrôles vont se multiplier, et tu sais comment ça finit.

        Il y a une solution simple. Tu arrêtes d'écrire, tu viens passer quelques semaines au pays l'été prochain, tu rencontres deux ou trois personnes, et on n'en parle plus. Je peux tout arranger.

        Je compte sur toi pour faire le bon choix.
        Ton vieux camarade, Yonas"""),
    t("coercion", "coercion sensitive_info", """\
        Objet : mon fils

        Mon fils chéri,

        Je t'écris avec le cœur lourd. Des hommes sont venus deux fois cette semaine. Ils savent que tu vas au centre culturel de la rue Daguerre et que tu aides les nouveaux arrivants à remplir leurs papiers.

        Ils m'ont dit que si tu acceptes de leur parler une fois par mois, au téléphone, de ce que disent les gens du centre, de qui vient et de ce qui se prépare, ils nous laisseront tranquilles, ton père et moi. Ils ont dit que ce n'était « rien de grave », juste des nouvelles.

        S'ils reviennent, je ne sais pas ce que je vais leur dire. Ton père ne sort plus de la maison. Fais ce qui est juste, mon fils, mais pense à nous.

        Ta maman qui t'aime"""),
])
SUBTLE.add("fr7-s-15-long-pressions-famille")


# ---------------------------------------------------------------- benign: long e-mails

LONG.add("fr7-b-17-long-think-tank-note", 0, "think_tank_commission", "email_long", True, [
    t("none", "", """\
        Objet : Commande d'une note – Institut de prospective atlantique

        Madame,

        L'Institut de prospective atlantique (IPA) souhaiterait vous commander une note d'analyse de 15 à 20 pages sur l'avenir de la filière navale européenne, à paraître dans notre collection « Notes de l'IPA » en mars.

        La note sera publiée sous votre nom, en accès libre sur notre site, et présentée lors d'un petit-déjeuner débat à Paris. Elle s'appuiera exclusivement sur des sources ouvertes : nous ne vous demandons ni ne souhaitons recevoir aucune information confidentielle ou interne à votre employeur. Si votre statut l'exige, nous vous laissons le soin d'obtenir l'accord de votre hiérarchie ; nous pouvons lui écrire directement.

        La rémunération proposée est de 2 000 € bruts, sous forme de droits d'auteur, versés par virement à la publication. Vos frais de déplacement pour la présentation seront remboursés sur justificatifs.

        Je vous joins le contrat type et la charte éditoriale de l'Institut.

        Bien cordialement,

        Hélène Marchetti
        Directrice des publications
        Institut de prospective atlantique
        h.marchetti@ipa.example.org | 01 00 00 00 42"""),
    t("none", "", """\
        Objet : RE: Note sur les petits réacteurs – calendrier

        Chère Sophie,

        Merci pour votre premier jet, très clair. Le comité de lecture a deux remarques : préciser les sources des chiffres de coût (tous publics, bien sûr) et ajouter une page sur la position de nos voisins belges. Vous trouverez leurs annotations en pièce jointe.

        Pour le calendrier : relecture finale le 20, mise en page la semaine suivante, publication le 5. La facture de vos droits d'auteur (1 800 €) peut être envoyée dès maintenant à notre service comptable, comme prévu au contrat.

        La présentation publique aura lieu à Bruxelles, le 12, dans nos locaux. Nous réservons votre train et votre hôtel ; l'agence vous écrira directement.

        Bien à vous,
        Thomas Verhaegen
        Fondation européenne pour l'énergie, Bruxelles

        > Le 2 févr. 2025 à 09:12, Sophie Laurent a écrit :
        > Voici la première version. J'ai fait valider le principe par ma direction de la communication,
        > qui relira le texte final avant publication."""),
    t("none", "", """\
        Objet : Invitation à contribuer – rapport annuel sur la cybersécurité des collectivités

        Monsieur,

        Le Cercle Numérique et Territoires prépare son rapport annuel sur la cybersécurité des collectivités locales, qui sera remis publiquement à l'Association des maires et diffusé en ligne. Nous aimerions vous confier le chapitre consacré aux incidents récents et aux bonnes pratiques.

        Votre contribution sera signée et s'appuiera sur des incidents déjà rendus publics, anonymisés si besoin. Nous ne publierons aucun élément technique susceptible d'exposer une collectivité, et nous vous demanderons de faire relire votre texte par votre employeur si vous le jugez utile.

        Le chapitre est rémunéré 1 200 € (facture ou note d'auteur). Une réunion de lancement aura lieu en visioconférence le {jour} 14 à {heure}, avec les autres contributeurs.

        En espérant que ce projet vous intéresse,

        Aurélie Ménard
        Déléguée générale
        Cercle Numérique et Territoires
        06 00 00 00 15"""),
    t("none", "", """\
        Objet : Votre note pour l'Observatoire alpin de la sécurité

        Cher Professeur Keller,

        Au nom de l'Observatoire alpin de la sécurité, je vous remercie d'avoir accepté de rédiger la note sur la coopération scientifique avec les pays tiers. Comme convenu, elle sera publiée en français et en allemand sous votre nom, et présentée au forum de Berne en juin.

        Quelques points pratiques :
        – longueur : 12 pages environ, sources publiques uniquement ;
        – rémunération : 2 500 CHF, versés par l'Observatoire sur votre compte professionnel, après signature du contrat ;
        – voyage : votre billet Lausanne–Berne et une nuit d'hôtel sont pris en charge ;
        – votre université est informée par nos soins, conformément à son règlement sur les activités accessoires.

        Nous sommes conscients du caractère sensible du sujet : si certaines questions vous paraissent relever d'informations non publiques, laissez-les de côté, nous le comprendrons parfaitement.

        Avec mes salutations les meilleures,

        Dr Regula Imhof
        Directrice, Observatoire alpin de la sécurité, Berne"""),
    t("none", "", """\
        Objet : Fwd: Proposition de l'Institut Montalembert

        ---------- Message transféré ---------
        De : Institut Montalembert
        Date : lun. 13 janv. 2025 à 16:04
        Objet : Proposition de l'Institut Montalembert
        À : Bastien Leroy

        Monsieur,

        L'Institut Montalembert, groupe de réflexion indépendant financé par ses adhérents (la liste est publiée sur notre site), souhaite publier une note sur la souveraineté industrielle dans le spatial. Nous vous proposons d'en être l'auteur : 20 pages, publication sous votre nom en mai, présentation publique à Toulouse. Rémunération : 1 500 € bruts.

        Bien cordialement,
        Marc Daguerre, directeur des études

        ---

        Chef, je te transfère cette proposition avant de répondre. C'est une note publique, sur sources ouvertes, mais je préfère avoir ton accord et celui de la com, vu mon poste. Je peux en parler au point de jeudi ?
        Bastien"""),
    t("none", "", """\
        Objet : Appel à notes – jeunes chercheurs

        Chères et chers collègues,

        Le Centre d'études stratégiques de l'Université de la Meuse lance son appel à notes annuel pour les doctorants et jeunes chercheurs en relations internationales, sécurité et défense.

        Les notes retenues (8 à 12 pages) seront publiées sous le nom de leurs auteurs dans notre série « Regards », en libre accès, et présentées lors d'un séminaire public en novembre. Chaque auteur recevra une gratification de 800 €, versée par l'Université. Les frais de voyage des auteurs qui ne résident pas en Belgique sont remboursés.

        Les travaux doivent reposer sur des sources ouvertes. Les notes fondées sur des informations non publiques ou couvertes par une obligation de réserve ne seront pas examinées.

        Date limite d'envoi des propositions (une page) : 30 avril, sur la plateforme de l'Université.

        Pour le comité scientifique,

        Pr Anne Delvaux
        Centre d'études stratégiques, Université de la Meuse"""),
    t("none", "", """\
        Objet : RE: contrat de commande – note sur l'hydrogène

        Bonjour Julien,

        Voici le contrat signé par notre président. Je vous confirme les éléments discutés au téléphone :
        – titre provisoire : « L'hydrogène dans la défense : promesses et limites » ;
        – publication sous votre nom, en ligne, le 15 septembre ;
        – droits d'auteur : 1 600 €, payés sur présentation de votre note d'auteur ;
        – aucune donnée de votre employeur : votre direction a validé le plan, merci pour la copie de son accord.

        Notre client institutionnel pour cette série, la Région, est mentionné en page de garde, comme pour toutes nos publications. Elle n'a aucun droit de regard sur le contenu.

        Belle journée,
        Lucie Perret
        Chargée d'études, Observatoire des transitions, Bordeaux

        > Le 3 juil. 2025, Julien Moreau a écrit :
        > Tout me va. Je vous fais suivre l'accord écrit de ma direction.
        > Pouvez-vous préciser qui finance la série ?"""),
    t("none", "", """\
        Objet : Publication de votre note et rappel des règles de transparence

        Cher Monsieur,

        Votre note « Quel avenir pour la dissuasion européenne ? » est en ligne depuis ce matin sur notre site, et la lettre d'information part demain à nos 4 000 abonnés. Merci encore pour ce travail de grande qualité.

        Comme pour toutes nos publications, nous mentionnons en fin de note la rémunération perçue (1 500 €) et l'absence de conflit d'intérêts que vous avez déclarée. Vos frais de déplacement pour la conférence de présentation à Genève seront remboursés sur justificatifs dans les trente jours.

        Plusieurs journalistes ont demandé à vous interviewer. Souhaitez-vous que nous transmettions vos coordonnées professionnelles, ou préférez-vous passer par notre service presse ?

        Bien cordialement,

        Nathalie Bruyère
        Responsable des publications
        Forum pour la sécurité européenne
        n.bruyere@fse.example.org"""),
    t("none", "", """\
        Objet : Votre contribution au livre blanc régional

        Madame la Vice-présidente,

        Le Conseil économique régional prépare un livre blanc public sur l'attractivité de la filière aéronautique, qui sera présenté en séance plénière en juin. Nous souhaiterions y intégrer une contribution signée de votre part, de quatre à six pages, sur la formation des ingénieurs.

        Conformément aux règles de l'assemblée, les contributions d'élus ne sont pas rémunérées ; seuls vos frais de déplacement pour la séance de restitution seront pris en charge. Les contributions d'experts extérieurs, elles, sont indemnisées selon le barème voté en 2023.

        Le livre blanc s'appuiera sur des données publiques (statistiques régionales officielles, rapports d'activité des entreprises). Aucune donnée d'entreprise non publique n'y figurera.

        Nous restons à votre disposition pour un échange téléphonique avec le rapporteur.

        Respectueusement,

        Le secrétariat général du Conseil économique régional
        05 00 00 00 27"""),
])

LONG.add("fr7-b-18-long-colloque-etranger", 0, "conference_invite", "email_long", True, [
    t("none", "", """\
        Objet : Invitation – Colloque international « Matériaux pour l'énergie nucléaire », Montréal

        Madame,

        Le comité scientifique du colloque international « Matériaux pour l'énergie nucléaire », organisé par l'Université de Montréal-Nord du 6 au 8 octobre, a le plaisir de vous inviter à prononcer la conférence d'ouverture.

        L'Université prend en charge votre billet d'avion aller-retour (classe économique), quatre nuits d'hôtel sur le campus et les repas du colloque. Une allocation de conférencière de 1 000 $ CA vous sera versée par le service des finances de l'Université, sur présentation d'un formulaire et d'un RIB à votre nom.

        Les communications seront publiées en libre accès dans les actes. Nous vous remercions de vérifier auprès de votre établissement que votre présentation ne contient que des résultats publiables.

        Notre coordonnatrice, Mme Caron, vous écrira pour les réservations. Pour toute urgence pendant le colloque, elle est joignable au 514-555-0186, y compris par WhatsApp.

        Avec nos salutations distinguées,

        Pr Louis Bergeron
        Président du comité scientifique
        louis.bergeron@umn.example.ca"""),
    t("none", "", """\
        Objet : Keynote invitation – Séoul, Forum sur la sûreté des réacteurs

        Cher Monsieur Dubois,

        L'Institut coréen pour la sûreté énergétique organise son forum annuel à Séoul, les 12 et 13 novembre, et serait très honoré de vous compter parmi ses orateurs principaux pour une intervention de 30 minutes sur la culture de sûreté.

        Nous prenons en charge votre vol en classe affaires, trois nuits à l'hôtel du forum et vos transferts. Un honoraire de conférencier de 1 500 USD vous sera versé par virement bancaire à votre nom, après le forum. Toutes les interventions sont publiques et filmées ; les supports seront mis en ligne.

        Si votre employeur exige une autorisation de déplacement, nous pouvons lui adresser une lettre d'invitation officielle. N'hésitez pas à nous indiquer l'adresse du service concerné.

        Nous restons à votre disposition pour toute question.

        Bien respectueusement,

        Dr Park Ji-won
        Secrétariat du forum
        Institut coréen pour la sûreté énergétique
        forum@kise.example.org"""),
    t("none", "", """\
        Objet : RE: Déplacement Shanghai – autorisation

        Bonjour Marie,

        J'ai bien reçu l'invitation de l'Université des sciences de Suzhou pour le congrès de Shanghai. Avant de répondre, comme c'est un pays sensible pour notre unité, j'ai transmis le dossier au fonctionnaire de sécurité et de défense, qui a donné son accord sous conditions :
        – ordinateur et téléphone de mission fournis par le service informatique, aucun appareil personnel ni professionnel habituel ;
        – présentation limitée aux résultats déjà publiés, relue par le chef d'équipe ;
        – compte rendu de mission à remettre au retour.

        L'Université prend en charge le vol et l'hôtel ; je n'accepterai pas d'autre rémunération. L'ordre de mission est signé.

        Bonne journée,
        Vincent

        > Le 11 avril 2025, Marie Lemaire a écrit :
        > Vincent, tu as bien fait valider le voyage à Shanghai ? Pense à passer voir le FSD,
        > c'est obligatoire pour la Chine depuis la note de l'an dernier."""),
    t("none", "", """\
        Objet : Votre venue à Genève – informations pratiques

        Chère Madame Haddad,

        Nous nous réjouissons de vous accueillir à Genève pour la table ronde publique « Femmes et ingénierie nucléaire », le jeudi 22 mai à 18h, au Palais des congrès.

        Informations pratiques :
        – votre billet de train Lyon–Genève a été réservé par nos soins et vous sera envoyé par e-mail ;
        – une nuit d'hôtel est réservée à l'hôtel Bellerive (confirmation jointe) ;
        – un défraiement forfaitaire de 400 CHF vous sera versé par virement sur présentation du formulaire ci-joint ;
        – la soirée sera filmée et diffusée sur notre chaîne en ligne.

        Notre chargée de projet, Mme Rochat, vous attendra à l'entrée des intervenants à 17h15. Vous pouvez la joindre au +41 79 000 00 46 (appel ou WhatsApp) le jour même.

        Au plaisir de vous rencontrer,

        Association suisse des femmes ingénieures
        Le comité d'organisation"""),
    t("none", "", """\
        Objet : Invitation – Journées scientifiques de Dakar

        Cher collègue,

        Le Laboratoire de physique appliquée de l'Université de la Presqu'île, à Dakar, organise ses Journées scientifiques du 3 au 5 décembre, sur le thème « Énergies et territoires ». Nous serions heureux que vous y présentiez vos travaux sur le stockage de l'énergie.

        Grâce au soutien de l'Agence universitaire de coopération, nous prenons en charge votre billet Paris–Dakar, l'hébergement à la résidence universitaire et les repas. Aucune rémunération n'est prévue, mais une visite des installations solaires de la région sera organisée pour les intervenants.

        Les présentations seront publiées dans un numéro spécial de notre revue. Merci de nous faire parvenir votre résumé avant le 15 septembre.

        Avec toute notre amitié scientifique,

        Pr Aminata Diallo
        Présidente du comité d'organisation"""),
    t("none", "", """\
        Objet : Congrès de Rabat – note de frais

        Bonjour,

        Suite au congrès de Rabat, vous trouverez ci-joint la procédure de remboursement de vos frais.

        Le comité prend en charge : le billet d'avion (sur facture de l'agence ou de la compagnie), les nuits d'hôtel du 14 au 17, les taxis aéroport–hôtel et les repas non fournis par le congrès, dans la limite de 60 € par jour. Merci de remplir le formulaire joint, de le signer et de l'envoyer avec les justificatifs originaux, par courrier ou scannés.

        Le remboursement est effectué uniquement par virement sur un compte bancaire à votre nom, dans un délai de six semaines. Nous ne procédons à aucun paiement en espèces ni à des tiers.

        Encore merci pour votre belle intervention, dont la vidéo est déjà en ligne.

        Cordialement,

        Youssef El Amrani
        Trésorier du congrès
        Association marocaine des sciences de l'ingénieur"""),
    t("none", "", """\
        Objet : TR: Invitation au congrès de Séoul – avis du service de sécurité

        ---------- Message transféré ---------
        De : Service sécurité de site
        Date : ven. 7 mars 2025 à 11:20
        Objet : Invitation au congrès de Séoul
        À : Claire Fontaine

        Madame,

        Votre déplacement à Séoul est autorisé. Rappels : pas de documents de travail dans vos bagages, téléphone de mission, déclaration de tout contact insistant au retour.

        ---

        Bonjour Jérôme,

        Je te fais suivre l'avis de la sécurité pour le congrès de Séoul. L'organisateur paie l'avion et l'hôtel, je passe le reste en note de frais. Pour les sujets, je reste sur ce qui a été publié dans notre article de janvier. Tu pourras valider les slides avant mon départ ?

        Claire"""),
    t("none", "", """\
        Objet : Colloque de Liège – programme et prise en charge

        Mesdames, Messieurs les intervenants,

        Le programme définitif du colloque « Villes portuaires et transition » (Liège, 27 et 28 novembre) est en ligne. Merci de vérifier l'intitulé de votre intervention et votre créneau.

        Pour les intervenants venant de l'étranger, la Province prend en charge le train ou l'avion en classe économique ainsi que deux nuits d'hôtel ; les réservations sont faites par notre agence, vous n'avez rien à avancer. Les intervenants belges sont défrayés selon le barème kilométrique.

        Le dîner des intervenants aura lieu le 27 à 19h30, au restaurant de la gare des Guillemins. Merci de nous signaler toute allergie.

        Pour toute question pratique, Mme Lambert reste joignable au +32 470 00 00 55 ou sur le courriel du colloque.

        Au plaisir de vous accueillir,

        Le comité d'organisation
        Service des relations internationales, Province de Liège"""),
    t("none", "", """\
        Objet : Re: Invitation Montréal – quelques questions

        Bonjour Émilie,

        Merci pour vos questions, voici nos réponses :

        1. Oui, vous pouvez venir avec votre conjoint, mais son billet reste à votre charge ; seul votre billet est payé par l'Association.
        2. L'allocation de 750 $ CA est versée par virement après le congrès, à votre nom uniquement.
        3. Votre présentation sera publique et diffusée en ligne. Si votre employeur souhaite la relire, aucun problème : nous pouvons repousser la date limite d'envoi des diapositives au 20.
        4. Pendant le congrès, le plus simple est de m'écrire sur WhatsApp au 514-555-0129.

        À bientôt à Montréal,
        Geneviève Paquette
        Association canadienne d'aérospatiale appliquée

        > Le 9 sept. 2025, Émilie Roy a écrit :
        > Bonjour, merci pour l'invitation. Trois petites questions avant de confirmer :
        > mon conjoint peut-il venir, comment est payée l'allocation, et la présentation sera-t-elle publique ?"""),
])

LONG.add("fr7-b-19-long-sensibilisation", 0, "security_awareness", "email_long", True, [
    t("none", "", """\
        Objet : [Sécurité] Approches de faux recruteurs sur les réseaux sociaux

        Chères et chers collègues,

        Plusieurs d'entre vous ont récemment reçu sur LinkedIn des messages de « chasseurs de têtes » ou de « consultants » très flatteurs. Les services de l'État rappellent les signes d'une approche malveillante :
        – un profil récent, une entreprise introuvable, un « client » jamais nommé ;
        – la proposition de passer très vite sur WhatsApp, WeChat, Telegram ou une adresse gmail ;
        – des « rapports » ou des « livres blancs » bien payés, d'abord sur des sujets publics, puis sur ce qui ne l'est pas ;
        – une invitation à l'étranger tous frais payés pour « rencontrer le client » ;
        – la demande de garder le contact secret, ou des paiements en crypto ou en espèces.

        Si vous reconnaissez l'un de ces signes, ne répondez pas, conservez les messages et contactez l'officier de sécurité au poste 4455. Aucun reproche ne sera fait à qui signale, même après avoir répondu.

        L'équipe sécurité du site"""),
    t("none", "", """\
        Objet : Rappel avant vos déplacements à l'étranger

        Bonjour à toutes et à tous,

        La période des salons internationaux approche. Avant tout déplacement, merci de relire les consignes suivantes :

        1. Déclarez vos déplacements au service sécurité, y compris les invitations personnelles dont les frais sont payés par un tiers.
        2. Emportez le matériel de mission, jamais votre ordinateur habituel.
        3. Méfiez-vous des rencontres « fortuites » : un interlocuteur qui vous invite à dîner, vous propose de passer sur une messagerie privée ou vous demande ce qui n'est pas encore annoncé.
        4. Ne laissez aucun document dans votre chambre d'hôtel.
        5. Au retour, signalez tout contact insistant, même s'il vous paraît anodin.

        Ces consignes ne visent personne : elles protègent chacun d'entre vous et nos partenaires.

        Le fonctionnaire de sécurité et de défense"""),
    t("none", "", """\
        Objet : Quiz sécurité – résultats et corrigé

        Bonjour à tous,

        Merci aux 312 participants du quiz de la semaine de la sécurité ! Voici le corrigé des trois questions les plus manquées.

        Q4. Un recruteur vous écrit : « Mon client, dont je ne peux pas dire le nom, paie 2 000 € pour une note sur vos projets. Ajoutez-moi sur WeChat. » Que faire ? Réponse : ne pas répondre et signaler. Trois signaux : client non nommé, tâche payée, passage hors plateforme.

        Q7. Un ancien collègue vous demande, en toute amitié, la date d'un essai non annoncé. Réponse : refuser poliment et en parler à l'officier de sécurité ; l'amitié n'est pas une habilitation.

        Q9. « Gardez ça entre nous, inutile d'en parler à votre employeur » : c'est un signal d'alerte, quel que soit l'interlocuteur.

        Le classement par direction est affiché à l'accueil. Bravo à l'équipe propulsion, première cette année !

        La cellule sensibilisation"""),
    t("none", "", """\
        Objet : Pressions sur les membres de la diaspora – que faire ?

        Madame, Monsieur,

        Notre association accompagne les personnes issues de la diaspora qui subissent des pressions venues de leur pays d'origine. Les situations qu'on nous signale se ressemblent :
        – des proches « visités » au pays, à qui l'on demande quand vous allez rentrer ;
        – un passeport bloqué, une pension suspendue, un commerce contrôlé à répétition ;
        – la demande de donner les noms des personnes qui fréquentent une association ou une manifestation ;
        – un message sur WeChat ou WhatsApp d'un « ami de la famille » qui vous conseille de cesser vos activités.

        Ces pressions sont illégales en France. Vous pouvez les signaler aux autorités, qui les prennent au sérieux. Conservez les messages, notez les dates, et n'acceptez aucun « entretien » sans en avoir parlé à un avocat ou à notre permanence.

        Permanence juridique : le mardi de 18h à 20h, 01 00 00 00 64.

        L'équipe de l'association Voix libres"""),
    t("none", "", """\
        Objet : Retour d'expérience – approche déjouée

        Chers collègues,

        Avec l'accord de la personne concernée, nous partageons ce retour d'expérience anonymisé.

        Un ingénieur de notre centre a été contacté par un « cabinet de conseil » qui proposait 500 € par note sur « les tendances du secteur ». Les deux premières notes portaient sur des sujets publics. À la troisième, on lui a demandé le calendrier d'une campagne d'essais non annoncée, puis on lui a proposé un voyage à Istanbul pour « rencontrer le client », avec paiement en espèces sur place. On lui a aussi conseillé de ne pas utiliser sa messagerie professionnelle.

        Il a eu le bon réflexe : il a cessé de répondre et nous a prévenus. Il n'a fait l'objet d'aucune sanction, au contraire.

        Si vous avez le moindre doute sur une prise de contact, parlez-en. Mieux vaut cent signalements inutiles qu'une approche réussie.

        Le service de sécurité"""),
    t("none", "", """\
        Objet : Think Before You Link – session de sensibilisation le {jour} {heure}

        Bonjour,

        Dans le cadre du plan de sensibilisation de l'établissement, une session d'une heure intitulée « Réseaux sociaux professionnels : reconnaître une approche » aura lieu {jour} à {heure}, en amphithéâtre B et en visio sur Teams.

        Au programme :
        – comment des services étrangers utilisent de faux profils de recruteurs et de chercheurs ;
        – études de cas : passage sur WhatsApp, Telegram ou une adresse personnelle, notes payées pour un « client » anonyme, invitation à un séminaire à l'étranger tous frais payés ;
        – ce que vous pouvez publier sur votre profil, et ce qu'il vaut mieux garder pour vous ;
        – à qui et comment signaler.

        La session est ouverte à tous, doctorants et stagiaires compris. Inscription sur l'intranet.

        La direction de la sûreté"""),
    t("none", "", """\
        Objet : Arnaques à l'emploi – alerte pour les étudiants

        Chers étudiants,

        Le service d'orientation a reçu plusieurs signalements d'offres d'emploi frauduleuses diffusées sur les groupes de promotion. Quelques signes qui doivent vous alerter :
        – on vous demande de payer une formation, un kit de matériel ou des frais de dossier avant d'être embauché ;
        – on vous envoie un chèque à encaisser en vous demandant d'en reverser une partie ;
        – on vous propose de « liker » des vidéos ou de noter des hôtels contre une commission, puis de déposer de l'argent pour débloquer vos gains ;
        – on vous demande de continuer la discussion sur Telegram ou WhatsApp avec un « responsable RH ».

        Un employeur sérieux ne vous demande jamais d'argent. En cas de doute, montrez l'offre au service d'orientation avant de répondre.

        Le service d'orientation et d'insertion professionnelle"""),
    t("none", "", """\
        Objet : Exercice d'hameçonnage – résultats

        Bonjour à tous,

        Le mois dernier, 1 200 agents ont reçu un faux message d'un « recruteur » invitant à envoyer son CV sur une adresse gmail et à poursuivre sur WhatsApp, avec la promesse d'une mission de conseil « très bien rémunérée » pour un client étranger. Il s'agissait d'un exercice.

        Résultats : 71 % des agents ont ignoré le message, 22 % l'ont signalé, 7 % ont répondu ou cliqué. Ce dernier chiffre est en baisse de moitié par rapport à l'an dernier : merci à tous.

        Rappels :
        – utilisez le bouton « Signaler » de votre messagerie ;
        – ne transférez jamais un message suspect à vos collègues « pour avis » ;
        – aucune sanction n'est prise contre ceux qui ont cliqué, l'exercice sert à apprendre.

        La direction du numérique"""),
    t("none", "", """\
        Objet : Note de service – utilisation des messageries

        À l'attention de l'ensemble des agents,

        Suite à plusieurs questions, la présente note rappelle les règles d'usage des messageries au sein de la direction régionale :

        – les échanges professionnels se font sur la messagerie de l'administration ou sur Tchap ; WhatsApp, Telegram, Signal et WeChat ne doivent pas être utilisés pour des sujets de service ;
        – aucun document de service, même non protégé, ne doit être envoyé vers une adresse personnelle ;
        – les documents portant une mention de protection (Diffusion Restreinte ou supérieure) ne circulent que par les canaux prévus ;
        – toute sollicitation extérieure demandant des informations non publiques, quelle qu'en soit la forme, est à signaler à votre chef de service.

        Ces règles s'appliquent aussi aux échanges avec nos prestataires et aux groupes informels entre collègues.

        Le directeur régional"""),
])

LONG.add("fr7-b-20-long-chasseur-nomme", 0, "genuine_headhunter", "email_long", True, [
    t("none", "", """\
        Objet : Poste de Directeur technique – Aérostelle (recherche confidentielle)

        Bonjour Monsieur Fabre,

        Je suis associée au cabinet Vernet & Associés, spécialisé dans le recrutement de cadres dirigeants de l'industrie aéronautique. Je vous contacte dans le cadre d'une recherche confidentielle pour un poste de directeur technique. Comme vous l'avez compris lors de notre appel, mon client est Aérostelle ; le poste n'étant pas encore annoncé en interne, je vous remercie de garder cette information pour vous, comme le prévoit l'accord de confidentialité que vous avez signé.

        Le poste est basé à Toulouse, rattaché au directeur général. Rémunération : 150 à 170 k€ fixes, variable de 20 %, véhicule de fonction.

        Je vous propose un premier entretien avec le DRH d'Aérostelle la semaine prochaine, dans leurs locaux. Vos frais de déplacement seront remboursés par l'entreprise.

        Bien cordialement,

        Isabelle Vernet
        Associée, Vernet & Associés
        06 00 00 00 31 | i.vernet@vernet-associes.example.fr"""),
    t("none", "", """\
        Objet : Re: Suite à notre échange – Navalis

        Bonjour Guillaume,

        Merci pour votre retour. Pour répondre à vos questions :
        – oui, le client est bien Navalis Défense, et le poste est celui de responsable du bureau d'études de Cherbourg ;
        – la fourchette est de 95 à 110 k€ selon expérience ;
        – l'habilitation sera demandée par Navalis après la promesse d'embauche, selon la procédure habituelle ;
        – je n'ai besoin d'aucune information sur vos projets actuels, seulement de votre CV et de deux références.

        Pour caler l'entretien, le plus simple est de m'envoyer un message sur WhatsApp au 06 00 00 00 74, je suis souvent en déplacement. Les échanges officiels passeront ensuite par mon adresse du cabinet.

        Bien à vous,
        Stéphane Collin
        Collin Executive Search

        > Le 17 sept. 2025, Guillaume Morel a écrit :
        > Bonjour, avant d'aller plus loin, pouvez-vous me dire qui est le client, le salaire,
        > et comment se passe l'habilitation ?"""),
    t("none", "", """\
        Objet : Opportunité – Directeur des opérations, Helvatom SA

        Chère Madame Berger,

        Je me permets de vous contacter de la part de Helvatom SA, qui nous a mandatés pour le recrutement de son directeur des opérations, basé à Lausanne. Ce mandat est public : l'annonce paraîtra la semaine prochaine sur le site de l'entreprise, mais Helvatom souhaite rencontrer d'abord quelques profils ciblés.

        Rémunération : 220 000 à 250 000 CHF, bonus, aide à la relocalisation pour vous et votre famille. Le poste suppose un contrôle de sécurité relatif aux personnes, mené par l'autorité fédérale.

        Si vous êtes intéressée, je vous propose un appel de découverte de 30 minutes. Vous pouvez me répondre ici, sur mon adresse professionnelle, ou me donner une adresse personnelle si vous préférez ne pas utiliser celle de votre employeur. Nos échanges resteront strictement confidentiels.

        Avec mes meilleures salutations,

        Andreas Huber
        Partner, Alpine Leadership Search, Zurich
        +41 79 000 00 12"""),
    t("none", "", """\
        Objet : TR: Compte rendu d'entretien – candidature Boréalis

        ---------- Message transféré ---------
        De : Catherine Lavoie
        Date : jeu. 6 nov. 2025 à 17:42
        Objet : Compte rendu d'entretien – candidature Boréalis
        À : Olivier Giroux

        Bonjour Olivier,

        Le comité de Boréalis Énergie a beaucoup apprécié ton entretien. Prochaine étape : une rencontre avec la vice-présidente, à Montréal, le 20 novembre. Boréalis paie ton vol depuis Québec et une nuit d'hôtel ; la réservation passe par leur agence.

        Je te rappelle que la cote de sécurité Secret sera vérifiée avant l'offre. Aucune autre démarche n'est requise de ta part.

        Catherine Lavoie
        Conseillère principale, Lavoie Talents

        ---

        Chérie, je te fais suivre le courriel de la recruteuse : je vais à Montréal le 20, c'est Boréalis qui paie. On en parle ce soir ?
        Olivier"""),
    t("none", "", """\
        Objet : Votre candidature – retour après notre appel

        Bonjour Madame Simon,

        Merci pour notre appel de ce matin. Comme convenu, je vous confirme par écrit les éléments du poste :

        – entreprise : Nucléis, direction de l'ingénierie ;
        – poste : cheffe de projet démantèlement, site de la vallée du Rhône ;
        – contrat : CDI, statut cadre, 68 à 75 k€ bruts annuels, prime d'astreinte ;
        – processus : entretien avec le manager, puis avec la DRH, puis enquête administrative préalable à l'accès au site.

        Vous m'avez indiqué être en poste chez un concurrent. Je vous rappelle que nous ne vous demanderons à aucun moment d'informations sur les projets de votre employeur actuel ; si une question vous met mal à l'aise pendant les entretiens, vous pouvez simplement ne pas y répondre.

        Je vous envoie l'invitation Teams pour le premier entretien dès que Nucléis m'a confirmé le créneau.

        Cordialement,

        Romain Lefort
        Consultant, Atlantique Recrutement"""),
    t("none", "", """\
        Objet : Re: Re: Entretien – frais et déplacement

        Bonjour Mathieu,

        Je comprends vos réserves, et vous avez raison de poser la question. Voici comment cela se passe :
        – Orbitec rembourse les frais de déplacement des candidats convoqués à un entretien : vous avancez le billet de train, puis vous envoyez la facture à leur service RH avec le formulaire joint ;
        – notre cabinet ne demande jamais d'argent aux candidats, à aucun moment ;
        – l'entretien a lieu dans les locaux d'Orbitec à Grenoble, pas dans un hôtel ni à l'étranger.

        Si vous le souhaitez, vous pouvez vérifier mon identité en appelant le standard du cabinet au 04 00 00 00 86.

        Bien cordialement,
        Laure Vasseur
        Talentis RH, Lyon

        > Le 2 déc. 2025, Mathieu Picard a écrit :
        > Bonjour, on m'a dit de me méfier des recruteurs qui proposent des voyages payés.
        > Qui paie exactement, et comment ?"""),
    t("none", "", """\
        Objet : Profil recherché – ingénieur acoustique sous-marine

        Bonjour Yannick,

        Je suis consultant chez Marine Talents, cabinet spécialisé dans les métiers de la mer. Je recrute pour Navalis Défense, à Brest, un ingénieur acoustique sous-marine confirmé : CDI, 60 à 70 k€, poste nécessitant une habilitation Secret (instruite par l'employeur).

        Je vous écris sur LinkedIn car je n'ai pas d'autre moyen de vous joindre. Si le poste vous intéresse, vous pouvez m'envoyer votre CV à l'adresse du cabinet ci-dessous, ou m'appeler directement. Si vous préférez que je vous écrive sur une adresse personnelle pour ne pas mélanger avec votre messagerie professionnelle, dites-le-moi, c'est très courant.

        La fiche de poste complète est publiée sur le site de Navalis, référence NAV-2025-0412.

        Bonne journée,

        Erwan Le Bihan
        Consultant, Marine Talents
        erwan.lebihan@marinetalents.example.fr | 02 00 00 00 19"""),
    t("none", "", """\
        Objet : Re: Poste à Singapour – questions

        Bonjour Hugo,

        Bonnes questions. Je vous réponds point par point :

        1. Le client est Straits Maritime Engineering, une société cotée à Singapour, filiale d'un groupe européen. Le poste figure sur leur site carrières.
        2. La rémunération (180 000 SGD) est versée par l'entreprise, sur votre compte bancaire, par la paie locale, comme n'importe quel salaire.
        3. Le poste ne porte sur aucun programme de défense, et ils ne vous demanderont rien sur votre employeur actuel ; c'est même écrit dans leur politique d'éthique, que je vous joins.
        4. Les entretiens ont lieu en visio, puis sur site à Singapour pour le dernier tour, billet payé par l'entreprise et réservé par leur service RH.

        Si vous le souhaitez, nous pouvons faire un appel WhatsApp ce soir pour en parler, je suis à Singapour cette semaine.

        Bien à vous,
        Chloé Tan
        Pacific Bridge Recruitment

        > Le 4 mars, Hugo Lemaître a écrit :
        > Avant d'aller plus loin : qui est le client, qui paie, et vont-ils me poser des questions sur mon poste actuel ?"""),
    t("none", "", """\
        Objet : Recherche de directeur de programme – point d'étape

        Bonjour Madame Renard,

        Merci pour votre disponibilité lors de notre entretien de vendredi. Je vous fais un point d'étape, comme promis.

        Le client, Aérostelle Lanceurs (filiale du groupe Aérostelle), a validé votre profil pour la short-list. Vous rencontrerez le comité de direction le 14, à Toulouse. Le déplacement est pris en charge par l'entreprise, selon sa politique voyage habituelle (train en première classe, une nuit d'hôtel).

        Comme vous me l'avez demandé, j'ai informé le client que vous ne pourrez rien dire des programmes de votre employeur actuel, en raison de vos obligations de réserve. Il l'a parfaitement compris et l'entretien portera sur votre parcours et votre management.

        La confidentialité de votre candidature est totale : personne chez votre employeur ne sera contacté sans votre accord écrit.

        Bien cordialement,

        François Delmas
        Associé, Delmas Executive
        01 00 00 00 93"""),
])

LONG.add("fr7-b-21-long-consultant-facture", 0, "consulting_engagement", "email_long", True, [
    t("none", "", """\
        Objet : Facture n° 2025-037 – mission Navalis Défense

        Bonjour Madame Guérin,

        Veuillez trouver ci-joint la facture n° 2025-037 relative à la mission d'accompagnement du changement réalisée pour Navalis Défense (bon de commande 4500-1182), pour la période du 1er au 31 mars.

        Montant : 12 400 € HT, soit 14 880 € TTC, payable à 30 jours par virement sur le compte du cabinet dont le RIB figure sur la facture. Le rapport mensuel, validé par M. Duval, votre responsable de programme, est également joint.

        Pour rappel, toutes nos interventions sur site se déroulent dans le cadre de l'accord de confidentialité signé en janvier, et nos consultants habilités suivent les consignes de votre officier de sécurité.

        Je reste à votre disposition pour toute question.

        Bien cordialement,

        Patricia Lenoir
        Associée gérante, Cap Transformation
        SIRET 000 000 000 00017
        p.lenoir@captransformation.example.fr"""),
    t("none", "", """\
        Objet : TR: Relance – facture impayée Orbitec

        ---------- Message transféré ---------
        De : Comptabilité Orbitec
        Date : lun. 2 juin 2025 à 09:15
        Objet : RE: Relance – facture impayée
        À : Marc Olivier

        Monsieur,

        Votre facture n° F-118 a été bloquée car le numéro de bon de commande manquait. Merci de la réémettre avec la référence PO-77421 ; le paiement sera fait sous dix jours.

        Service comptabilité fournisseurs, Orbitec

        ---

        Salut Nadia,

        Tu peux réémettre la facture Orbitec avec le bon numéro de commande ? C'est le client pour lequel on a fait l'audit qualité du site de Grenoble en avril. Et pense à joindre le rapport final qu'ils ont validé, sinon ils vont encore bloquer.

        Merci !
        Marc"""),
    t("none", "", """\
        Objet : Proposition commerciale – étude de marché pour la Région

        Madame la Directrice,

        Suite à l'appel d'offres publié le 3 mars, nous avons le plaisir de vous adresser notre proposition pour l'étude de marché sur la filière hydrogène, commandée par la Région.

        Notre offre comprend :
        – une revue des données publiques et des études existantes ;
        – vingt entretiens avec des industriels volontaires, conduits sur la base d'un questionnaire validé par vos services ;
        – un rapport final public et une présentation devant le comité de pilotage.

        Le montant total s'élève à 38 500 € HT, payables en trois échéances à la livraison des livrables. Conformément à votre cahier des charges, les informations commercialement sensibles recueillies auprès des entreprises ne figureront que sous forme agrégée.

        Nous restons à votre disposition pour une soutenance orale.

        Veuillez agréer, Madame la Directrice, nos salutations respectueuses.

        Olivier Maréchal
        Directeur associé, Hexagone Études
        05 00 00 00 48"""),
    t("none", "", """\
        Objet : Re: Devis – formation habilitation et sécurité

        Bonjour Karine,

        Merci pour votre demande. Voici notre proposition pour la formation « Protection du secret et sécurité des informations » destinée à vos 40 nouveaux arrivants :

        – deux sessions d'une journée, dans vos locaux de Cherbourg ;
        – formateur : ancien officier de sécurité, habilité ;
        – contenu : réglementation, marquages, signaux d'approche (faux recruteurs, messageries privées, invitations à l'étranger) ;
        – prix : 3 200 € HT par session, déplacement inclus.

        La facturation se fait à l'issue de chaque session, par virement, sur la base de votre bon de commande.

        Bien cordialement,
        Philippe Arnoux
        Sécurité & Conformité Formation

        > Le 12 mai 2025, Karine Le Gall a écrit :
        > Bonjour, nous cherchons une formation de sensibilisation pour nos nouveaux embauchés habilités.
        > Pouvez-vous nous faire un devis ?"""),
    t("none", "", """\
        Objet : Clôture de mission – Helvatom

        Bonjour à tous,

        La mission d'évaluation des processus qualité menée pour Helvatom SA s'est achevée vendredi. Merci à chacun pour son engagement.

        Quelques rappels avant de clore le dossier :
        – la facture finale (46 000 CHF) a été émise et acceptée par Helvatom ;
        – les documents du client doivent être supprimés de vos postes et de vos clés USB avant vendredi, conformément à l'accord de confidentialité ; merci de me confirmer par écrit que c'est fait ;
        – le retour d'expérience interne aura lieu mardi à 14h, en salle Léman ;
        – aucun élément de la mission ne peut être cité dans nos références sans l'accord écrit d'Helvatom.

        Helvatom nous a fait part de sa satisfaction et envisage une seconde phase l'an prochain.

        Bonne fin de semaine,

        Nicolas Favre
        Directeur de mission, Léman Performance SA"""),
    t("none", "", """\
        Objet : Note d'honoraires – expertise judiciaire

        Madame la Greffière,

        Veuillez trouver ci-joint ma note d'honoraires relative à l'expertise technique ordonnée par le tribunal dans l'affaire opposant la société Aérotech Composites à son assureur (RG 24/01873).

        La note s'élève à 6 450 € HT, conformément au devis accepté par les parties le 4 février, et comprend trois réunions d'expertise sur site, l'analyse des pièces et la rédaction du rapport déposé le 28 mai. Les frais de déplacement (Toulouse–Bordeaux, quatre allers-retours) sont détaillés en annexe, avec les justificatifs.

        Je vous remercie de bien vouloir transmettre cette note au magistrat chargé du contrôle des expertises, en vue de la taxation.

        Je vous prie d'agréer, Madame la Greffière, l'expression de ma considération distinguée.

        Jean-Paul Sarrazin
        Expert près la cour d'appel
        05 00 00 00 67"""),
    t("none", "", """\
        Objet : RE: Mission conseil – Communauté d'agglomération

        Bonjour Sébastien,

        Je vous confirme que la Communauté d'agglomération de Port-Aubert est bien notre client pour cette mission, dans le cadre du marché public attribué en février. Vous pouvez le mentionner à vos interlocuteurs.

        Pour votre intervention en sous-traitance :
        – durée : 8 jours, entre avril et juin ;
        – tarif : 850 € HT par jour, facturés mensuellement à notre cabinet ;
        – vos frais de déplacement à Port-Aubert sont remboursés au réel, sur justificatifs ;
        – vous signerez l'engagement de confidentialité prévu au marché.

        Le contrat de sous-traitance vous parvient demain par notre outil de signature électronique.

        Bien cordialement,
        Agnès Poulain
        Territoires & Stratégies

        > Le 28 mars 2025, Sébastien Roux a écrit :
        > Bonjour, avant de m'engager, pouvez-vous me dire qui est le client final et comment se passe la facturation ?"""),
    t("none", "", """\
        Objet : Factures en retard – merci de passer par le portail

        Bonjour,

        Nous vous remercions pour votre travail de consultant auprès de notre direction des achats. Plusieurs de vos factures nous sont parvenues par e-mail sur des adresses personnelles de nos collaborateurs ; elles ne peuvent pas être traitées ainsi.

        Pour être payées, vos factures doivent obligatoirement :
        – être déposées sur notre portail fournisseurs ;
        – mentionner le numéro de bon de commande et le nom de votre interlocuteur chez nous ;
        – indiquer un RIB au nom de votre société, identique à celui enregistré à l'ouverture de votre compte fournisseur.

        Pour votre sécurité comme pour la nôtre, nous ne modifions jamais des coordonnées bancaires sur simple demande par e-mail : toute modification passe par le portail, avec un justificatif.

        Nous vous remercions de votre compréhension.

        Service comptabilité fournisseurs
        Nucléis"""),
    t("none", "", """\
        Objet : Relevé d'activité et facture – mars

        Bonjour Monsieur Ravel,

        Comme chaque mois, voici mon relevé d'activité et ma facture pour l'accompagnement de votre équipe projet :

        – 6 jours de conseil en gestion de programme (ateliers du 4, 11 et 18 mars, revues de planning) ;
        – 1 jour de préparation du comité de pilotage du 27 ;
        – total : 7 jours à 780 € HT, soit 5 460 € HT.

        Comme convenu dans notre contrat-cadre, je ne conserve aucune copie de vos documents de programme hors de l'espace de travail sécurisé que vous m'avez ouvert, et je n'interviens pour aucun concurrent de Navalis sur la même période.

        Je serai en congés du 14 au 22 avril ; ma collègue Mme Bertin pourra me remplacer pour le comité si besoin.

        Bien cordialement,

        Gilles Marchand
        Consultant indépendant en gestion de programmes
        06 00 00 00 53"""),
])

LONG.add("fr7-b-22-long-universite-expertise", 0, "university_invite", "email_long", True, [
    t("none", "", """\
        Objet : Invitation – jury de thèse de M. Théo Blanchard

        Madame la Professeure,

        J'ai le plaisir de vous inviter à siéger, en qualité de rapporteure, au jury de thèse de M. Théo Blanchard, intitulée « Vieillissement des élastomères en environnement marin », qui sera soutenue le 12 décembre à l'Université de Bretagne-Sud-Ouest.

        Le manuscrit vous sera envoyé en octobre ; votre rapport sera attendu trois semaines avant la soutenance. La soutenance est publique. Vos frais de déplacement et d'hébergement seront pris en charge par l'école doctorale, selon la procédure habituelle (ordre de mission sans frais de votre établissement, puis remboursement sur justificatifs).

        Je vous précise qu'une partie des travaux a été réalisée en partenariat avec Navalis Défense ; la thèse ne comporte toutefois aucune information protégée, le partenaire ayant relu le manuscrit.

        Dans l'espoir d'une réponse favorable, je vous prie d'agréer, Madame la Professeure, l'expression de mes salutations respectueuses.

        Pr Yves Le Roux
        Directeur de thèse"""),
    t("none", "", """\
        Objet : Sollicitation d'expertise – appel à projets « Matériaux du futur »

        Madame, Monsieur,

        Le Conseil européen des programmes de recherche (CEPR) vous sollicite pour évaluer trois projets déposés dans le cadre de l'appel « Matériaux du futur ». Chaque évaluation donne lieu à une indemnité forfaitaire de 300 €, versée sur votre compte bancaire après remise du rapport sur la plateforme.

        Avant d'accepter, merci de remplir la déclaration d'absence de conflit d'intérêts : vous ne devez pas avoir collaboré avec les porteurs de projet au cours des trois dernières années. Les dossiers sont confidentiels : ils ne doivent être ni copiés, ni transmis, ni utilisés à d'autres fins que l'évaluation.

        Le panel d'évaluation se réunira ensuite à Bruxelles le 18 juin ; vos frais de voyage et d'hébergement seront pris en charge par le CEPR.

        Nous vous remercions par avance de votre engagement.

        Le bureau des évaluations
        Conseil européen des programmes de recherche"""),
    t("none", "", """\
        Objet : Conférence publique – cycle « Sciences et société »

        Cher Monsieur Garnier,

        L'Université populaire de Grenoble organise, chaque premier jeudi du mois, une conférence grand public dans le cadre de son cycle « Sciences et société ». Nous serions ravis que vous présentiez, le 6 mars à 18h30, l'histoire de la fusion nucléaire et les grands projets internationaux.

        La conférence, d'une heure suivie de questions, est gratuite pour le public et filmée pour notre chaîne en ligne. Une rémunération de 250 € bruts vous sera versée par l'Université, selon le barème des conférenciers extérieurs, ainsi que le remboursement de vos frais de transport.

        Nous vous demanderons simplement un titre, un résumé de cinq lignes et une courte biographie pour la communication.

        En espérant vous compter parmi nos intervenants,

        Camille Joubert
        Chargée de programmation
        Université populaire de Grenoble
        04 00 00 00 21"""),
    t("none", "", """\
        Objet : Relecture rémunérée – rapport public sur la sûreté des installations de recherche

        Chère collègue,

        L'Autorité de sûreté des installations de recherche (ASIR) prépare la publication de son rapport annuel, qui sera rendu public en juin. Comme chaque année, nous faisons appel à deux relecteurs extérieurs pour vérifier la clarté et l'exactitude scientifique du chapitre consacré aux réacteurs de recherche.

        La relecture porte sur la version publique du rapport, qui ne contient aucune information protégée. Elle est indemnisée 600 € selon le barème de l'Autorité, versés par le comptable public sur présentation d'un RIB et d'une attestation de service fait. Votre nom figurera dans la liste des relecteurs, en annexe.

        Une réunion de restitution aura lieu à Paris le 22 avril ; vos frais de déplacement seront remboursés.

        Merci de nous indiquer avant le 15 mars si vous acceptez.

        Bien cordialement,

        Dr Marion Lefranc
        Direction de l'information, ASIR"""),
    t("none", "", """\
        Objet : Re: professeur invité – Université du Saint-Laurent

        Bonjour Pierre,

        Excellente nouvelle, le conseil de faculté a approuvé votre invitation comme professeur invité pour la session d'hiver (janvier à avril). Voici les conditions, comme discuté :

        – enseignement d'un cours de 2e cycle sur les matériaux pour l'aérospatiale ;
        – rémunération : 18 000 $ CA, versés par la paie de l'Université ;
        – billet d'avion aller-retour et logement meublé pris en charge ;
        – accès aux laboratoires d'enseignement ; l'accès au laboratoire de recherche sous contrat fédéral n'est pas prévu, pour des raisons de contrôle des exportations.

        Le contrat officiel vous sera envoyé par le service des ressources humaines. Pensez à obtenir l'accord de votre établissement d'origine.

        Au plaisir de vous accueillir,
        Isabelle Fortin
        Doyenne, Faculté des sciences et de génie

        > Le 5 oct. 2025, Pierre Chauvin a écrit :
        > Merci pour cette proposition. Pouvez-vous me préciser les conditions et l'accès aux laboratoires ?"""),
    t("none", "", """\
        Objet : Invitation à un séminaire de l'Institut Lavoisier des Matériaux

        Chère Madame,

        Le séminaire mensuel de l'Institut Lavoisier des Matériaux accueille des chercheurs extérieurs pour présenter leurs travaux récents devant nos équipes. Nous serions très heureux de vous recevoir le mardi 14 janvier à 11h, pour une présentation de 45 minutes sur vos travaux publiés concernant les céramiques thermostructurales.

        L'Institut étant classé zone à régime restrictif, votre venue doit être déclarée : merci de nous transmettre, au plus tard trois semaines avant, la copie de votre pièce d'identité via le formulaire sécurisé de l'Institut, et non par e-mail. Vous serez accompagnée pendant toute la visite.

        Vos frais de train et une nuit d'hôtel seront remboursés par l'Institut sur justificatifs. Le séminaire est suivi d'un déjeuner avec l'équipe.

        Avec mes salutations cordiales,

        Dr Frédéric Aubert
        Responsable du séminaire, Institut Lavoisier des Matériaux"""),
    t("none", "", """\
        Objet : Cours à l'école d'été – Genève

        Cher Monsieur Moreau,

        L'École d'été internationale « Énergie et climat » de l'Institut universitaire lémanique se tiendra du 1er au 12 juillet. Nous aimerions vous confier deux séances de trois heures sur l'économie du nucléaire, destinées à des doctorants venus de 25 pays.

        Conditions proposées :
        – 2 000 CHF d'honoraires pour les deux séances, versés par l'Université ;
        – voyage depuis Paris et quatre nuits d'hôtel pris en charge ;
        – supports de cours mis à disposition des participants, sous licence libre si vous l'acceptez.

        Les participants viennent d'horizons très divers, y compris de pays soumis à des restrictions à l'exportation. Pour cette raison, les cours portent uniquement sur des contenus publics, comme le rappelle la charte de l'École que je vous joins.

        Bien cordialement,

        Pr Laura Rossi
        Directrice de l'École d'été
        +41 79 000 00 77"""),
    t("none", "", """\
        Objet : Recrutement d'un enseignant vacataire – master Sécurité internationale

        Bonjour,

        Le master Sécurité internationale de l'Université de Lyon-Confluence recherche un enseignant vacataire pour un cours de 24 heures, au second semestre, sur l'intelligence économique et la protection des entreprises sensibles.

        Le cours aborde notamment les méthodes d'approche utilisées contre les ingénieurs et les cadres (faux recruteurs, faux consultants, invitations à l'étranger, paiements inhabituels), à partir de cas publiés.

        La rémunération suit le barème national des vacations (environ 42 € bruts de l'heure équivalent TD), versée par l'Université après service fait. Vous devez justifier d'une activité principale ; votre employeur devra délivrer une autorisation de cumul.

        Si vous êtes intéressé, merci d'envoyer un CV et une proposition de plan au secrétariat pédagogique avant le 30 septembre.

        Cordialement,

        Pr Sandrine Colas
        Responsable du master"""),
    t("none", "", """\
        Objet : TR: Votre expertise pour le comité de visite

        ---------- Message transféré ---------
        De : Haut Conseil de l'évaluation de la recherche
        Date : mar. 14 janv. 2025 à 14:08
        Objet : Votre expertise pour le comité de visite
        À : Dominique Weber

        Madame,

        Nous vous proposons de participer au comité d'évaluation du Laboratoire de physique des plasmas de Saint-Aubin, les 3 et 4 avril. L'expertise est indemnisée selon le barème en vigueur ; frais de déplacement pris en charge. Le rapport d'évaluation sera public.

        ---

        Bonjour Paul,

        Pour info, je suis sollicitée pour le comité de visite du labo de Saint-Aubin. C'est public et indemnisé, tout est en règle. Comme le labo est classé ZRR, je ferai la demande d'accès par le formulaire habituel. Je te mets en copie pour que le service le note dans mon plan de charge.

        Dominique"""),
])

LONG.add("fr7-b-23-long-reseau-experts-conformite", 0, "expert_network", "email_long", True, [
    t("none", "", """\
        Objet : Consultation rémunérée – secteur aéronautique (Alpenrat Expert Network)

        Bonjour Monsieur Girard,

        Je m'appelle Laura Schmid et je travaille pour Alpenrat Expert Network, un réseau d'experts basé à Zurich qui met en relation des professionnels avec des investisseurs et des cabinets de conseil.

        Notre client, un fonds d'investissement européen spécialisé dans l'industrie, souhaite un appel d'une heure sur les tendances du marché des aérostructures civiles : capacités de production, chaîne d'approvisionnement, évolutions technologiques publiées. Rémunération : 400 € pour l'heure, versés par virement par Alpenrat.

        Avant tout appel, vous devrez signer notre attestation de conformité, par laquelle vous vous engagez à ne divulguer aucune information confidentielle ou non publique, notamment sur votre employeur actuel. Si votre contrat de travail vous interdit ce type d'activité, merci de décliner, nous le comprendrons parfaitement.

        Bien cordialement,

        Laura Schmid
        Associate, Alpenrat Expert Network AG
        laura.schmid@alpenrat.example.ch | +41 79 000 00 88"""),
    t("none", "", """\
        Objet : Attestation de conformité – à signer avant votre appel

        Bonjour,

        Votre appel avec notre client est prévu {jour} à {heure}. Merci de lire et de signer l'attestation ci-dessous sur notre plateforme avant l'appel.

        « Je, soussigné(e), atteste que :
        1. je ne divulguerai aucune information confidentielle, non publique ou couverte par un secret de mon employeur actuel ou de mes anciens employeurs ;
        2. je ne suis soumis(e) à aucune obligation contractuelle ou légale qui m'interdise de participer à cette consultation ;
        3. je ne suis pas agent public ni habilité(e) à la défense nationale ;
        4. je mettrai fin à l'appel si une question me conduit à enfreindre ces engagements. »

        L'appel se déroule exclusivement sur notre ligne de conférence ; un membre de notre équipe conformité peut y assister. Le paiement (350 €) est effectué par virement par notre société, jamais par le client.

        L'équipe conformité
        Lumière Insights SAS, Paris"""),
    t("none", "", """\
        Objet : Re: Demande de consultation – question sur le client

        Bonjour Madame Royer,

        Vous avez raison de poser la question. Voici ce que nous pouvons vous dire :
        – notre client est un fonds d'infrastructures basé à Londres ; il ne souhaite pas que son nom soit communiqué, ce qui est courant dans notre métier, mais nous pouvons vous confirmer qu'il ne s'agit ni d'un État ni d'une entreprise publique ;
        – les questions porteront sur le marché des réseaux de chaleur, uniquement sur des éléments publics ;
        – vous pouvez refuser de répondre à toute question, et notre équipe conformité écoute l'appel.

        Si ces éléments ne vous suffisent pas, vous pouvez bien sûr refuser ; cela n'aura aucune conséquence.

        Bien cordialement,
        Antoine Mercier
        Meridia Conseil SA, Genève

        > Le 8 avril 2025, Hélène Royer a écrit :
        > Avant d'accepter, j'aimerais savoir qui est le client et s'il peut me poser des questions
        > sur la collectivité pour laquelle je travaille."""),
    t("none", "", """\
        Objet : Refus de votre profil – politique de conformité

        Bonjour Monsieur Laurent,

        Merci pour votre intérêt et pour le temps passé à compléter votre profil sur notre plateforme.

        Après vérification par notre équipe conformité, nous ne pouvons malheureusement pas vous proposer de consultations. Votre poste actuel, au sein d'une direction du ministère des Armées, fait de vous un agent public, et notre politique exclut toute consultation rémunérée d'agents publics en activité, quel que soit le sujet. Il en va de même pour les personnes titulaires d'une habilitation.

        Si votre situation change, par exemple si vous quittez la fonction publique, vous pourrez de nouveau postuler après un délai de carence d'un an.

        Nous vous souhaitons une bonne continuation.

        Bien cordialement,

        L'équipe conformité
        Alpenrat Expert Network AG, Zurich"""),
    t("none", "", """\
        Objet : Compte rendu de conformité – appel du 14 mars

        Bonjour Madame Faure,

        Merci d'avoir participé à l'appel du 14 mars avec notre client, un cabinet de conseil en stratégie.

        Notre équipe conformité, présente pendant l'appel, a noté qu'à la 35e minute, le client vous a demandé le calendrier de production de votre employeur pour l'an prochain. Vous avez, à juste titre, refusé de répondre. Nous avons rappelé au client nos règles et l'avons averti qu'une nouvelle question de ce type entraînerait la fin de notre collaboration.

        Votre rémunération de 375 € a été versée ce matin par virement. Nous vous remercions pour votre professionnalisme et nous excusons pour cet incident.

        Si vous le souhaitez, vous pouvez nous faire part de vos remarques en répondant à ce message.

        Bien cordialement,

        Julien Petit
        Responsable conformité, Lumière Insights SAS"""),
    t("none", "", """\
        Objet : Conditions générales des consultations – mise à jour

        Chers experts,

        Nous mettons à jour nos conditions générales. Les principales modifications :

        1. Confidentialité : il vous est interdit de partager toute information confidentielle, non publique ou privilégiée, y compris des informations obtenues auprès de tiers. Toute violation entraîne la fin de notre collaboration.
        2. Paiements : les honoraires sont versés exclusivement par virement sur un compte à votre nom, dans un délai de 30 jours. Nous ne payons jamais en espèces, en cryptomonnaie ou sur le compte d'un tiers.
        3. Communication : les échanges avec nos clients se font uniquement sur notre plateforme ou sur notre ligne de conférence. Tout client qui vous proposerait de poursuivre sur WhatsApp, WeChat ou une adresse personnelle doit nous être signalé.
        4. Rencontres : nous n'organisons aucune rencontre physique entre experts et clients, ni aucun voyage.

        Les nouvelles conditions entrent en vigueur le 1er juin.

        Meridia Conseil SA"""),
    t("none", "", """\
        Objet : Proposition d'enquête rémunérée – 15 minutes

        Bonjour,

        Dans le cadre d'une étude pour un client industriel européen, Lumière Insights réalise une courte enquête en ligne auprès d'ingénieurs de l'énergie sur l'usage des jumeaux numériques dans la maintenance.

        L'enquête dure 15 minutes et est indemnisée 50 €, versés par virement ou, si vous le préférez, reversés à une association caritative de votre choix. Les questions portent uniquement sur vos pratiques et vos opinions ; aucune ne porte sur des projets, des données ou des informations confidentielles de votre employeur.

        Vos réponses sont anonymisées et agrégées avant d'être transmises au client. Vous pouvez vous désinscrire de nos sollicitations à tout moment, via le lien en bas de ce message.

        Merci par avance de votre participation.

        L'équipe études
        Lumière Insights SAS
        etudes@lumiere-insights.example.fr"""),
    t("none", "", """\
        Objet : RE: Appel de jeudi – précisions

        Bonjour Stéphane,

        Merci pour votre message. Je comprends vos réserves et je vous confirme les points suivants :
        – le client est une société de gestion d'actifs française, qui étudie le marché des drones civils ;
        – l'appel dure 45 minutes, sur notre ligne de conférence, en présence d'un membre de notre équipe conformité ;
        – votre rémunération de 300 € est payée par Alpenrat, sur votre compte ;
        – vous n'aurez ni rapport à écrire, ni voyage à faire, ni rencontre en personne.

        Comme vous travaillez encore pour un industriel de défense, nous avons retiré trois questions qui portaient sur les contrats militaires de votre employeur.

        Bien cordialement,
        Laura Schmid
        Alpenrat Expert Network

        > Le 20 mai 2025, Stéphane Blanc a écrit :
        > Bonjour, on m'a mis en garde contre les faux réseaux d'experts. Qui est le client,
        > et vont-ils me demander un rapport ou un déplacement ?"""),
    t("none", "", """\
        Objet : Votre paiement et votre déclaration fiscale

        Bonjour Madame Lemoine,

        Nous vous confirmons le versement de 1 200 € correspondant à vos trois consultations du premier trimestre (appels des 12 janvier, 3 février et 17 mars), effectué par virement SEPA le 2 avril sur le compte bancaire enregistré dans votre profil.

        Nous vous rappelons que ces revenus doivent être déclarés dans votre déclaration de revenus, dans la catégorie des bénéfices non commerciaux. Un récapitulatif annuel vous sera envoyé en janvier.

        Pour mémoire, nos clients n'ont pas accès à vos coordonnées personnelles ; si l'un d'eux tentait de vous contacter en dehors de notre plateforme, merci de nous le signaler immédiatement.

        Bien cordialement,

        Service comptabilité experts
        Meridia Conseil SA, Genève
        comptabilite@meridia-conseil.example.ch"""),
])


# ---------------------------------------------------------------- build, label, check, write

LENGTH_BANDS = {"texto": (3, 20), "inmail": (30, 120), "email": (30, 120), "email_long": (120, 300)}


def rows_of_this_file() -> list[dict[str, object]]:
    """Build the three register groups with their own opener and closer pools, then mark subtlety."""
    rows = (
        build(SHORT, POOLS, CHAT_OPENERS, CHAT_CLOSERS, "fr", SEED, PER_TEMPLATE)
        + build(MAIL, POOLS, MAIL_OPENERS, MAIL_CLOSERS, "fr", SEED + 1, PER_TEMPLATE)
        + build(LONG, POOLS, LONG_OPENERS, LONG_CLOSERS, "fr", SEED + 2, PER_TEMPLATE)
    )
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    return rows


def problems(rows: list[dict[str, object]]) -> list[str]:
    """Everything that drifts from what the docstring states (an empty list when the file is sound)."""
    found = [f"id {i} used {n} times" for i, n in Counter(str(r["id"]) for r in rows).items() if n > 1]
    found += [f"text used {n} times: {x[:40]}" for x, n in Counter(str(r["text"]) for r in rows).items() if n > 1]
    for r in rows:
        text = str(r["text"])
        n_words = len(text.split())
        low, high = LENGTH_BANDS[str(r["register"])]
        stock = TELLTALE.search(text) if r["subtlety"] == "subtle" else None
        wrong_prefix = not str(r["family"]).startswith("fr7-s-" if r["label"] == 1 else "fr7-b-")
        benign_marked = r["label"] == 0 and (r["categories"] != [] or r["stage"] != "none")
        suspicious_unmarked = r["label"] == 1 and (not r["categories"] or r["lookalike"])
        found += [f"{r['id']}: {n_words} words, outside {low}-{high}"] * (not low <= n_words <= high)
        if stock is not None:
            found.append(f"{r['id']}: subtle but says {stock.group(0)!r}")
        found += [f"{r['id']}: family prefix does not match the label"] * wrong_prefix
        found += [f"{r['id']}: benign row with categories or a stage"] * benign_marked
        found += [f"{r['id']}: suspicious row without categories, or marked look-alike"] * suspicious_unmarked
    return found


def summary(rows: list[dict[str, object]]) -> str:
    """The counts quoted in the docstring, computed from the rows."""
    out = []
    fams = {str(r["family"]): r for r in rows}
    for label, name in ((1, "suspicious"), (0, "benign")):
        mine = [r for r in rows if r["label"] == label]
        fam = {f for f, r in fams.items() if r["label"] == label}
        bands = Counter(str(r["register"]).replace("inmail", "email") for r in mine)
        words = sorted(len(str(r["text"]).split()) for r in mine)
        out.append(
            f"{name}: {len(mine)} messages in {len(fam)} families; "
            f"short {bands['texto']}, mid {bands['email']}, long {bands['email_long']}; "
            f"words {words[0]}-{words[-1]} (median {words[len(words) // 2]})"
        )
    sus = [r for r in rows if r["label"] == 1]
    out.append(f"subtle: {sum(r['subtlety'] == 'subtle' for r in sus)} messages in {len(SUBTLE)} families")
    look = {f for f, r in fams.items() if r["label"] == 0 and r["lookalike"]}
    out.append(f"benign look-alike families: {len(look)}")
    out.append("stages (label 1): " + ", ".join(f"{k} {v}" for k, v in Counter(str(r["stage"]) for r in sus).most_common()))
    cats = Counter(c for r in sus for c in r["categories"])  # type: ignore[attr-defined]
    out.append("categories (label 1): " + ", ".join(f"{k} {v}" for k, v in cats.most_common()))
    return "\n".join(out)


if __name__ == "__main__":
    ROWS = rows_of_this_file()
    if PROBLEMS := problems(ROWS):
        sys.exit("\n".join(PROBLEMS))
    write(ROWS, Path(__file__).resolve().parent / "fr_author7.jsonl")
    print(summary(ROWS))
