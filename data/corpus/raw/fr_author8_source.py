"""French training messages from an eighth hand (fr_author8): French as written in Canada.

Who and how: written by a helper session (an AI assistant) for the lead, by hand, from the threat
description in ``../shared/DESIGN.md`` and the public warnings it summarises (CSIS, MI5/NPSA "Think
Before You Link", FBI) only. The writer never opened the rule packs, the training corpus (apart from
the shared helper ``template_families.py``), ``data/dev/`` or any evaluation file, and never ran the
screener on this file: it is blind to the rules, the corpus and the evaluation sets. Every person,
firm, institute, university, address (``example`` domains) and number (``555-01xx``) is invented.

Run: ``.venv/bin/python data/corpus/raw/fr_author8_source.py`` rewrites ``fr_author8.jsonl`` next
to this file (seeded, byte-identical on every run).

Angle: mostly Quebec French, some Acadian (``asteure``, ``right dans face``) and Franco-Ontarian
(Sudbury, Kapuskasing) voices; courriel, texto, clavarder, jaser, pogner, code-switching in chats;
federal and provincial public servants (invented directions), aerospace and AI in Montreal,
hydro-electricity, universities and cégeps, mining in the North.

Families (38; three hand-written templates each, one short chat line, one InMail or short
e-mail, one long e-mail or chat export with a signature, forwarded header or quoted reply; each
template is filled three times from ``POOLS``):

- suspicious (15 families, ids ``fr8-s-NN-slug``): a headhunter with a vague client who moves to
  WhatsApp/WeChat; a consultant's paid reports drifting to internal briefing notes and paid in
  USDT; a think-tank "foundation" inviting to a closed round table abroad, all paid in cash; a
  handler's secrecy over Telegram; odd payment (bitcoin, gift cards, a sister's account); threats
  to family at home; a cheque scam and a task scam. Eight families are **subtle** (no app name, no
  "client", no fee or money word, no "confidentiel", no "rapport", no "police", checked against
  ``TELLTALE`` at every run): elicitation of what has not been announced, a move to a personal
  address or "the paper-plane app", an invitation abroad, keeping it from the manager, an envelope
  at the dry cleaner or a brother-in-law's invoice, an aunt relaying the district office, a
  reshipping "job", a circle of former officials who kept their clearance.
- benign (23 families, ids ``fr8-b-NN-slug``; 21 of them hard look-alikes): headhunters naming the
  employer, role and salary band; a recruiter who schedules on WhatsApp and keeps the offer on the
  portal; two expert-network families with compliance wording and an attestation; a think tank
  commissioning a signed public study; a university talk and a paid peer review; a conference
  abroad paying flight and hotel; journalists on the record about an announced programme;
  colleagues on Teams about internal slides; a public tender and its blackout; security-awareness
  notices quoting the warning signs word for word; family chats about visiting home, a cousin's
  wedding and money for an aunt's surgery; clearance job ads; HR onboarding through the portal; a
  consultant invoicing a named client; travel reimbursement; payroll and bank notices; a colleague
  reporting an approach (the suspicious text quoted inside); a retiring boss's lunch; alumni and
  hockey parents. Two plain families: a chat among friends and an office e-mail.

Shared openers and closers (both classes) are kept on one-line messages only; e-mails and chat
exports carry their own. ``register`` is set per row from the text: ``chat`` (3-20 words),
``chat_export`` (timestamped lines), ``short_email`` (30-120 words), ``long_email`` (121-300).
``stage``: contact, pivot, paid_task, elicitation, meeting, secrecy, payment, coercion, job_scam
(benign: none); ``subtlety``: overt / subtle (benign: none).

Counts (printed from the file): 341 messages, 134 suspicious (39.3%) and 207 benign; 37 families
of 9 and one of 8. Suspicious: 71 subtle, 63 overt. Words per message, suspicious / benign:
3-20 words 44 / 69, 30-120 words 45 / 69, 121-300 words 45 / 69 (nothing in between or above);
median 62 / 64 words, 383.5 / 418 characters. Look-alikes: 189 of the 207 benign messages.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from textwrap import dedent

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, Template, build, write

SEED = 8_2026_1122
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "fr_author8.jsonl"


HEADER = re.compile(r"^(?:\[\d\d:\d\d\]|\[\{hr\}:\d\d\]|\[\{hh\}\]|De :|Date :|Objet :|Envoyé :)")
NEW_ITEM = re.compile(r"^(?:-|\[|>|\d+\.|P\.-S\.)")


def unwrap(text: str) -> str:
    """Join the lines this source wraps at 100 columns, as a mail client would send a paragraph.

    A long line goes on with the next one unless that one is blank or starts a list item, a
    checkbox or a quote; chat lines, headers and short lines (signatures) stay as they are.
    """
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if (len(prev) >= 60 and line.strip() and not HEADER.match(prev)
                and not NEW_ITEM.match(line.strip()) and not HEADER.match(line)):
            out[-1] = prev + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def t(stage: str, cats: str, text: str) -> Template:
    """One hand-written template; triple-quoted texts lose their common indentation and wrapping."""
    return (stage, cats, unwrap(dedent(text).strip("\n")))


POOLS: dict[str, list[str]] = {
    "p": ["Geneviève", "Mathieu", "Karine", "Étienne", "Josée", "Maxime", "Nadia", "Olivier",
          "Stéphanie", "Jean-François", "Marie-Ève", "Yannick", "Roxanne", "Benoît", "Chantal"],
    "pf": ["Geneviève", "Karine", "Josée", "Nadia", "Stéphanie", "Marie-Ève", "Roxanne", "Chantal"],
    "pm": ["Mathieu", "Étienne", "Maxime", "Olivier", "Jean-François", "Yannick", "Benoît"],
    "n": ["Bérubé-Lafleur", "Ouellette", "Thibodeau", "Arsenault", "Desrosiers", "Lachance-Roy",
          "Vachon", "Cormier", "Pelletier-Dion", "Gauvreau", "Boisvenu", "Landry-Savoie"],
    "p2": ["Sophie", "Marc-André", "Julie", "Francis", "Isabelle", "Guillaume", "Émilie", "Patrick",
           "Valérie", "Simon", "Catherine", "Dominic"],
    "ami": ["Vince", "Steph", "Caro", "Pat", "Frank", "Mel", "Alex", "Jo", "Max", "Gab"],
    "ville": ["Montréal", "Québec", "Sherbrooke", "Gatineau", "Moncton", "Sudbury", "Trois-Rivières",
              "Saguenay", "Rimouski", "Ottawa"],
    "loin": ["Singapour", "Dubaï", "Istanbul", "Bangkok", "Hong Kong", "Kuala Lumpur"],
    "congres": ["Lyon", "Genève", "Bordeaux", "Lisbonne", "Séoul", "Singapour", "Liège"],
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "heure": ["9 h 30", "10 h", "11 h 15", "13 h 30", "15 h", "16 h 15"],
    "hh": ["08:47", "09:12", "10:03", "12:36", "14:58", "17:21", "21:40", "22:15"],
    "hr": ["08", "09", "11", "13", "16", "19", "20", "21"],
    "date": ["12 mars", "3 avril", "18 mai", "9 juin", "27 septembre", "14 octobre", "5 novembre"],
    "tel": ["514-555-0123", "514-555-0147", "438-555-0162", "819-555-0188", "506-555-0131",
            "418-555-0109", "705-555-0175"],
    "h": ["350 $", "400 $", "450 $", "500 $", "600 $"],
    "gros": ["2 500 $", "3 000 $", "4 000 $", "5 000 $", "6 500 $"],
    "sal": ["95 000 à 110 000 $", "120 000 à 135 000 $", "105 000 à 125 000 $", "130 000 à 150 000 $"],
    "boite": ["Aérostructures Boréal", "Avionique Laurentide", "Mistral IA", "Turbines Outaouais",
              "Minière Nord-Ungava", "Télécom Chaudière", "Hydro-Boréale", "Photonique Lévis"],
    "poste": ["ingénieure principale en commandes de vol", "chef d'équipe en apprentissage automatique",
              "analyste principal en cybersécurité OT", "gestionnaire de projet, postes électriques",
              "spécialiste en géologie d'exploration", "architecte réseau 5G"],
    "min": ["l'équipe Stratégies arctiques", "la Direction des minéraux critiques",
            "le Bureau de la sécurité des réseaux", "la Division des exportations contrôlées",
            "le Secrétariat aux technologies émergentes", "la Direction de l'approvisionnement naval"],
    "sujet": ["les minéraux critiques", "la 5G dans le Nord", "les drones de surveillance",
              "l'IA appliquée à l'aérospatial", "les interconnexions hydroélectriques",
              "les semi-conducteurs de puissance", "la sécurité des ports de l'Atlantique"],
    "firme": ["Réseau Sagacité", "Cercle Boréal Expertise", "Panel Laurentien", "ExpertLien Canada",
              "Consultations Saint-Maurice"],
    "tt": ["l'Institut Champlain des politiques publiques", "l'Observatoire boréal des politiques",
           "l'Institut Acadie-Monde", "l'Observatoire de la sécurité économique du Québec"],
    "univ": ["l'Université du Haut-Richelieu", "l'Université de Kapuskasing", "l'Université Laurentie-Nord",
             "l'École polytechnique de Lévis"],
    "dom": ["example.ca", "example.org", "example.net"],
}

# Shared by BOTH classes: mostly empty so chat lines stay chat lines; none of them carries a
# word that would break a subtle message (checked in main()).
OPENERS = ["", "", "", "", "", "Bonjour, ", "Allô! ", "Bonsoir, ", "Hello ", "Re-bonjour, ",
           "Bon matin, ", "Salut, "]
CLOSERS = ["", "", "", "", "", " Merci!", " Merci d'avance.", "\n\nBonne journée!", " Bonne soirée.",
           "\n\nAu plaisir,", " :)", "\n\nCordialement,"]

F = Families()

# ---------------------------------------------------------------- suspicious (label 1)

F.add("fr8-s-01-chasseur-flou", 1, "fake_headhunter", "mixed", False, [
    t("contact", "credential_targeting vague_client off_platform",
      "Super profil {p2}! Mon client cherche ta cote de sécurité. WhatsApp? {tel}"),
    t("contact", "credential_targeting vague_client paid_task",
      """
      Bonjour {p2},

      Je me permets de vous écrire parce que votre parcours chez {boite} correspond exactement à ce que
      recherche un de mes clients, une firme internationale que je ne peux pas nommer à ce stade. Ils
      cherchent des gens qui ont encore une cote de sécurité active et qui connaissent bien {sujet}.
      La rémunération est très au-dessus du marché et le travail se fait à distance, quelques heures
      par mois. Seriez-vous ouvert à un premier échange?

      {p} {n}
      Partenaire, Talents stratégiques
      """),
    t("pivot", "credential_targeting vague_client off_platform secrecy paid_task",
      """
      Bonjour {p2},

      Merci pour votre réponse rapide, ça me fait plaisir. Comme promis, voici un peu plus de contexte.

      Mon client est un groupe d'investissement établi en Asie qui veut mieux comprendre le marché
      canadien de {sujet}. Ils ne publient pas d'offres d'emploi et ne passent jamais par les canaux
      habituels; c'est pourquoi ils m'ont demandé de repérer discrètement quelques profils comme le
      vôtre, des gens qui ont travaillé au gouvernement ou chez un fournisseur de la Défense et qui ont
      gardé leur cote.

      La suite se passe mieux hors de LinkedIn : les messages ici sont lents et mon client préfère
      WeChat ou Telegram pour les premières discussions. Mon identifiant WeChat est tb_{n}_talent et
      mon cellulaire est le {tel}. Pas besoin d'en parler à votre gestionnaire pour l'instant, ce n'est
      qu'une prise de contact et rien n'est signé.

      Pour vous donner une idée, un premier mandat de consultation serait de {gros} pour une vingtaine
      d'heures, versé dès la remise du document. C'est une belle occasion, et franchement les gens
      avec votre profil ne courent pas les rues.

      Au plaisir de vous lire,

      {pm} {n}
      Partenaire fondateur | Talents stratégiques Asie-Pacifique
      « Relier les meilleurs esprits aux meilleures occasions »
      """),
])

F.add("fr8-s-02-consultant-rapports", 1, "fake_consultant", "mixed", False, [
    t("paid_task", "paid_task vague_client",
      "{p2}, le client a aimé ton texte. Un autre, même tarif : {gros}?"),
    t("paid_task", "paid_task vague_client sensitive_info",
      """
      Salut {p2},

      Petit suivi sur notre dernier échange. Mon client a trouvé ton analyse de {sujet} très utile,
      mais il trouve que ça ressemble un peu trop à ce qu'on lit déjà dans les journaux. Pour le
      prochain rapport, il aimerait que tu ajoutes ce qui se dit dans les réunions chez {boite}, les
      échéanciers que vous avez en tête, ce genre de choses. Rien de classifié, juste ta lecture de
      l'intérieur. Le montant passe à {gros}.

      {p}
      """),
    t("elicitation", "paid_task vague_client sensitive_info secrecy unusual_payment",
      """
      ---------- Message transféré ----------
      De : {p} {n} <{p}.conseil@{dom}>
      Date : {jour} {date}
      Objet : Deuxième livrable

      Bonjour {p2},

      Je reviens vers vous au sujet du deuxième livrable. Mon client a été impressionné par la
      qualité de votre premier document sur {sujet}. Il m'a demandé de vous transmettre ses
      remerciements et une petite prime, qui vous sera versée en USDT comme la dernière fois
      (dites-moi si l'adresse du portefeuille a changé).

      Pour la suite, il aurait besoin de quelque chose de plus précis. Concrètement :
      - la liste des fournisseurs retenus par {min} pour la prochaine phase, même provisoire;
      - les positions que votre équipe défendra à la réunion fédérale-provinciale de l'automne;
      - toute note de breffage interne que vous jugerez pertinente, même en version brouillon.

      Je comprends que certains de ces documents ne sont pas publics. C'est justement ce qui les
      rend intéressants pour lui, et c'est pourquoi le montant est plus élevé cette fois : {gros}.
      Inutile d'en parler à vos collègues; cette collaboration reste entre nous, comme convenu.

      Pour la remise, le plus simple reste de passer par Proton ou par l'appli que je vous ai
      indiquée, plutôt que par votre courriel du bureau.

      Merci encore, votre aide est précieuse.

      {p} {n}
      Conseil stratégique et veille de marché
      """),
])

F.add("fr8-s-03-glissement-subtil", 1, "handler_followup", "mixed", False, [
    t("elicitation", "sensitive_info",
      "Les gens avec qui je travaille espéraient plus sur ce qui n'est pas encore annoncé, {p2}."),
    t("elicitation", "sensitive_info",
      """
      Bonsoir {p2},

      Merci pour la synthèse sur {sujet}, c'est clair et bien écrit. Par contre, mes collègues ont
      remarqué que presque tout se trouvait déjà dans le communiqué du ministère. Ce qui les aiderait
      vraiment, c'est de savoir où en sont les discussions avant la décision : quelles options sont
      encore sur la table, qui pousse pour laquelle, et à quel moment le cabinet doit trancher.
      Tu es aux premières loges, alors ta lecture vaut beaucoup plus que celle des journalistes.

      {p}
      """),
    t("elicitation", "sensitive_info credential_targeting",
      """
      Bonjour {p2},

      J'espère que la fin de semaine à {ville} a été bonne et que tu as pu décrocher un peu.

      Je repensais à notre conversation de la semaine dernière. Tu m'as expliqué le contexte général
      de {sujet} avec beaucoup de clarté, et j'ai transmis tes idées aux personnes avec qui je
      collabore. Elles ont été très impressionnées.

      Elles m'ont toutefois posé quelques questions auxquelles je n'ai pas su répondre, et je me dis
      que tu serais la personne idéale :

      1. Le document d'orientation que prépare {min} : est-ce que la version qui circule en ce moment
         ressemble à celle de l'an dernier, ou y a-t-il des changements importants?
      2. Les noms des entreprises qui ont été rencontrées dans le cadre des consultations privées.
      3. Le calendrier réel, pas celui qu'on annonce au public.

      Je ne te demande évidemment pas de copier quoi que ce soit. Tes notes personnelles, ou même un
      résumé de mémoire, feraient amplement l'affaire. On pourrait aussi en jaser de vive voix
      autour d'un café, à l'endroit habituel, si tu préfères ne rien écrire.

      Merci encore pour ta générosité, c'est rare de tomber sur quelqu'un d'aussi ouvert.

      Amitiés,
      {p}
      """),
])

F.add("fr8-s-04-pivot-subtil", 1, "handler_followup", "mixed", False, [
    t("pivot", "off_platform secrecy",
      "Écris-moi plutôt sur ton adresse perso, pas celle du bureau, {p2}. Ce sera plus simple."),
    t("pivot", "off_platform",
      """
      Bonjour {p2},

      Ce site n'est pas idéal pour poursuivre, les messages se perdent et tout le monde peut voir qui
      parle à qui. Je vous propose de continuer sur l'appli avec l'avion en papier, ou par texto au
      {tel}. Si vous avez un deuxième téléphone, c'est encore mieux. Dites-moi ce qui vous convient.

      {p} {n}
      """),
    t("pivot", "off_platform credential_targeting secrecy",
      """
      Bonjour {p2},

      Merci pour votre réponse et pour le temps accordé à mes questions la semaine dernière. Vous
      avez clairement une vision que peu de gens ont, et c'est exactement ce qu'on recherche.

      Avant d'aller plus loin, je me permets une petite suggestion pratique. Les plateformes
      professionnelles conservent tout, et votre organisation a sans doute accès à une bonne partie
      de ce qui passe par votre poste de travail ou votre téléphone de fonction. Pour que vous soyez à
      l'aise de parler librement, il serait préférable de poursuivre sur un appareil personnel.

      Voici ce que je vous propose : créez-vous une nouvelle adresse chez n'importe quel fournisseur
      gratuit, sans votre nom complet, et envoyez-moi un simple bonjour à l'adresse que je vous
      texterai au {tel}. Ensuite, on pourra fixer un appel vidéo, caméra éteinte si vous préférez.

      Je sais que ça peut sembler beaucoup de précautions pour une simple conversation, mais dans
      votre domaine, mieux vaut être prudent. Je vous laisse y réfléchir tranquillement.

      Bien à vous,

      {p} {n}
      Développement des affaires
      Cabinet de conseil en stratégie, {ville}
      """),
])

F.add("fr8-s-05-invitation-etranger", 1, "fake_think_tank", "mixed", False, [
    t("meeting", "client_meeting paid_task vague_client",
      "Mon client veut te voir à {loin}. Billet et hôtel payés, {p2}."),
    t("meeting", "client_meeting vague_client paid_task secrecy",
      """
      Bonjour {p2},

      Le partenaire pour qui je prépare ces notes sur {sujet} aimerait beaucoup vous rencontrer en
      personne à {loin}, vers le {date}. Billets d'avion en classe affaires, hôtel cinq étoiles et un
      cachet de {gros} pour deux jours de discussions. Je vous suggère de présenter ça comme des
      vacances à votre entourage professionnel, c'est plus simple.

      {p} {n}, Fondation pour le dialogue Pacifique-Atlantique
      """),
    t("meeting", "client_meeting vague_client paid_task sensitive_info off_platform",
      """
      Objet : Invitation - table ronde privée à {loin}

      Madame, Monsieur,

      Au nom de notre fondation, j'ai le plaisir de vous inviter à une table ronde privée qui se
      tiendra à {loin} du {date} au lendemain. Il s'agit d'une rencontre restreinte : six
      participants, aucun programme public, aucune liste d'invités diffusée.

      Notre partenaire principal, un organisme que nous ne pouvons pas nommer par écrit, s'intéresse
      de près à {sujet} et souhaite entendre des praticiens canadiens qui connaissent le
      fonctionnement réel des décisions, au-delà des documents officiels. Votre expérience auprès de
      {min} est exactement ce qu'il recherche.

      Tous les frais sont pris en charge : vols, hébergement, repas, ainsi qu'une allocation de
      {gros} remise sur place en argent comptant, pour éviter la paperasse. Un visa d'affaires peut
      être organisé par nos soins.

      Pour faciliter les échanges avant le départ, notre coordonnatrice communiquera avec vous sur
      WhatsApp au numéro que vous voudrez bien nous indiquer. Merci d'apporter vos notes de travail
      sur le dossier, même préliminaires; elles permettront d'orienter la discussion.

      Dans l'attente de votre réponse, veuillez agréer nos salutations distinguées.

      {pm} {n}
      Secrétaire général
      Fondation pour le dialogue Pacifique-Atlantique
      """),
])

F.add("fr8-s-06-rencontre-subtile", 1, "handler_followup", "mixed", False, [
    t("meeting", "client_meeting",
      "Mes collègues passent par {loin} en juin. Ils aimeraient te voir, on s'occupe des billets."),
    t("meeting", "client_meeting credential_targeting",
      """
      Bonjour {p2},

      Les personnes qui lisent tes notes aimeraient beaucoup te rencontrer, ne serait-ce que pour
      mettre un visage sur le nom. Elles ne voyagent pas au Canada, mais seraient ravies de
      t'accueillir à {loin} quelques jours. On organise tout : vols, hôtel, une journée de visite.
      Il suffit de me dire quelles dates t'arrangent. Apporte ce que tu as sur {sujet}.

      {p}
      """),
    t("meeting", "client_meeting sensitive_info",
      """
      Bonjour {p2},

      J'espère que tout va bien de ton côté et que le projet à {ville} avance comme tu veux.

      Je t'écris parce que les personnes avec qui je travaille depuis le début de notre
      collaboration ont manifesté le souhait de te rencontrer. Elles apprécient énormément la
      justesse de tes analyses et trouvent que certaines questions se discutent mieux autour d'une
      table que par écrit.

      Elles proposent une courte visite à {loin}, à la date qui te conviendra le mieux d'ici la fin
      de l'automne. Nous réservons les vols et l'hôtel; tu n'auras rien à avancer. Si c'est plus
      simple pour toi, tu peux faire une escale à Paris ou à Londres et réserver le dernier tronçon
      sur place, pour que ton itinéraire reste simple à expliquer.

      Sur place, elles aimeraient surtout approfondir deux points : l'état réel des négociations
      avec les fournisseurs de {boite}, et les noms des personnes qui conseillent le sous-ministre
      sur {sujet}. Si tu as des documents de travail à ce sujet, apporte-les sur une clé, on les
      regardera ensemble.

      Au plaisir de te revoir bientôt,

      {p}
      """),
])

F.add("fr8-s-07-secret-employeur", 1, "handler_followup", "mixed", False, [
    t("secrecy", "secrecy",
      "Pas besoin d'en parler à ton boss {p2}, ça reste entre nous deux ok?"),
    t("secrecy", "secrecy paid_task vague_client",
      """
      {p2}, petite chose avant ton entrevue de sécurité annuelle : notre collaboration n'est pas un
      emploi et n'a pas à être déclarée. Si on te pose des questions sur tes activités à l'extérieur,
      parle de consultation ponctuelle pour un client privé, sans plus. Ne mentionne ni mon nom ni
      les montants, ça compliquerait tout inutilement pour toi comme pour nous.

      {p}
      """),
    t("secrecy", "secrecy off_platform paid_task vague_client",
      """
      [{hr}:13] {p}: salut {p2}, t'as eu le temps de lire mon dernier msg?
      [{hr}:14] {p}: juste pour être clair, tu ne dis rien à ton employeur ni à ta blonde pour l'instant
      [{hr}:15] {p}: c'est pas que c'est illégal hein, c'est juste que les gens comprennent pas ce genre de mandat
      [{hr}:18] {p}: mon client est très discret, il veut que ça reste confidentiel des deux bords
      [{hr}:18] {p}: efface nos échanges sur Telegram une fois lus, j'ai activé les messages éphémères de toute façon
      [{hr}:20] {p}: et si ta sécurité au bureau te pose des questions sur tes voyages, tu parles de vacances, point
      [{hr}:24] {p}: le prochain versement est prêt, {gros} comme convenu
      [{hr}:25] {p}: je te l'envoie dès que tu me confirmes que le document sur {sujet} est prêt
      [{hr}:25] {p}: pis t'inquiète, personne chez {boite} va savoir d'où ça vient, c'est toujours résumé avant d'être transmis
      [{hr}:27] {p}: on se reparle jeudi soir, même heure, même place
      [{hr}:32] {p}: 👍
      """),
])

F.add("fr8-s-08-discretion-subtile", 1, "handler_followup", "mixed", False, [
    t("secrecy", "secrecy",
      "Garde nos échanges pour toi encore un bout, {p2}. Ton gestionnaire comprendrait mal."),
    t("secrecy", "secrecy",
      """
      Bonjour {p2},

      Une petite précision, puisque tu m'as dit que ton équipe fait le point chaque année sur les
      activités de chacun. Je pense qu'il vaut mieux ne pas évoquer nos conversations dans ce cadre.
      Ce n'est pas un emploi, c'est de l'amitié professionnelle, et ça n'intéresse personne. Si
      jamais on te demande, tu peux simplement dire qu'on s'est croisés à un colloque à {ville}.

      {p}
      """),
    t("secrecy", "secrecy sensitive_info",
      """
      Salut {p2},

      Je voulais revenir sur ce que tu m'as dit hier au téléphone, parce que je sens que tu es un peu
      inquiet, et c'est normal.

      D'abord, sache que tu ne fais rien de mal. Tu partages ton expertise, comme n'importe quel
      spécialiste invité à une table ronde. La seule différence, c'est que nos échanges sont
      personnels, et qu'il n'y a aucune raison d'en faire état auprès de qui que ce soit à ton
      travail. Les gens de ton service ont tendance à tout voir en noir; ils te poseraient mille
      questions et tu perdrais du temps pour rien.

      Ensuite, pour être tranquille, je te propose quelques habitudes simples. On évite d'écrire le
      nom du projet en toutes lettres : on dira « le chantier du Nord ». Tu n'imprimes rien au bureau.
      Et si tu veux me montrer un document, prends-le plutôt en photo avec ton téléphone personnel,
      à la maison, le soir.

      Enfin, les personnes avec qui je travaille te sont très reconnaissantes. Elles savent que tu
      prends un risque en leur parlant des décisions de {min} avant qu'elles soient rendues
      publiques, et elles ne l'oublieront pas.

      On se parle bientôt,
      {p}
      """),
])

F.add("fr8-s-09-paiement-louche", 1, "handler_followup", "mixed", False, [
    t("payment", "unusual_payment paid_task",
      "Je peux te payer en bitcoin ou en cartes-cadeaux Amazon, c'est toi qui choisis {p2}."),
    t("payment", "unusual_payment paid_task vague_client secrecy",
      """
      Bonjour {p2},

      Mon client préfère ne pas passer par un virement à votre nom pour le deuxième document. Deux
      options : je remets {gros} en argent comptant à une personne de confiance à {ville}, ou je fais
      le dépôt dans le compte de votre sœur, sans mention du projet. Évitez de le déclarer, ce sont
      de petits montants.

      {p} {n}
      """),
    t("payment", "unusual_payment paid_task vague_client off_platform",
      """
      Objet : Re: facture

      Bonjour {p2},

      Merci pour votre facture, mais malheureusement notre comptabilité ne peut pas l'accepter sous
      cette forme. Nous ne payons jamais les consultants par virement bancaire canadien : les délais
      sont trop longs et les banques posent trop de questions pour des mandats internationaux.

      Voici les trois méthodes que nous utilisons avec nos autres collaborateurs au Canada :

      - transfert en USDT ou en bitcoin vers un portefeuille à votre nom (nous pouvons vous aider à
        l'ouvrir en dix minutes par appel vidéo);
      - cartes-cadeaux prépayées, que vous pouvez ensuite revendre ou utiliser à votre guise;
      - versement sur Alipay ou WeChat Pay à un membre de votre famille à l'étranger, si vous en
        avez un.

      Mon client tient aussi à ce que le montant de {gros} ne figure nulle part sur une facture
      officielle. Je vous remercie donc de détruire celle-ci et de me confirmer par texto au {tel}
      la méthode choisie. Le paiement sera fait dans les 48 heures suivant votre réponse.

      Avec mes remerciements pour votre compréhension,

      {p} {n}
      Coordination administrative
      """),
])

F.add("fr8-s-10-paiement-subtil", 1, "handler_followup", "mixed", False, [
    t("payment", "unusual_payment",
      "Je peux faire le virement au nom de ta conjointe, ça évite les questions. OK?"),
    t("payment", "unusual_payment",
      """
      Bonjour {p2},

      Pour ta prochaine contribution, plutôt qu'un virement, on a pensé à quelque chose de plus
      simple. Une enveloppe t'attendra chez le nettoyeur de la rue principale à {ville}, au nom de
      {ami}. Tu n'as qu'à la ramasser en passant. Pas de papiers, pas de formulaires, rien à remplir
      de ton côté.

      {p}
      """),
    t("payment", "unusual_payment secrecy",
      """
      Salut {p2},

      Bonne nouvelle : les personnes avec qui je travaille ont accepté ta proposition pour la note
      sur {sujet}. J'ai seulement une demande de leur part sur la façon de faire le transfert.

      Elles préféreraient éviter tout ce qui porte ton nom. La dernière fois, tu m'as parlé de ton
      beau-frère qui a une petite entreprise de rénovation à {ville}. L'idée serait qu'il émette une
      facture pour des travaux de peinture, disons dans les quatre mille, et qu'on la règle comme
      n'importe quel contrat. Il te remettra ta part ensuite, comme il voudra.

      Si ça te semble compliqué, il y a une autre avenue : un ami à nous possède un commerce de
      change près du marché Jean-Talon. Tu y passes avec une pièce d'identité, tu dis que tu viens
      de la part de {ami}, et ils s'occupent du reste. Le montant peut aussi être réparti sur
      plusieurs semaines pour que rien ne ressorte sur ton relevé.

      Dans les deux cas, l'important est que rien ne relie la note à toi. Dis-moi quelle formule tu
      préfères, et je m'arrange pour que tout soit prêt d'ici la fin du mois.

      {p}
      """),
])

F.add("fr8-s-11-pression-diaspora", 1, "coercion", "mixed", False, [
    t("coercion", "coercion",
      "{p2}, la police est revenue chez ta mère. Rentre au pays, vite."),
    t("coercion", "coercion off_platform",
      """
      {p2}, ici un ami de ta famille. Les autorités du district m'ont demandé de te transmettre un
      message : ton dossier peut se régler facilement si tu reviens au pays pour t'expliquer. Sinon,
      ton père risque de perdre sa pension et ton frère son emploi. Appelle ce numéro sur WeChat
      avant vendredi : {tel}. Ne parle de ça à personne au Canada, surtout pas aux journalistes.
      """),
    t("coercion", "coercion secrecy",
      """
      Bonjour {p2},

      Je t'écris au nom du bureau de liaison de notre association à {ville}. Tu me connais peut-être
      de vue : j'étais à la fête du Nouvel An au centre communautaire.

      On m'a demandé de te transmettre un message de la part des services de sécurité de notre
      province d'origine. Ils savent que tu participes aux rassemblements devant le parlement et que
      tu as parlé aux médias canadiens. Ils considèrent que c'est une erreur de jeunesse et que tout
      peut encore s'arranger.

      Voici ce qu'ils proposent. Tu leur envoies la liste des personnes qui organisent les
      manifestations, avec leurs numéros de téléphone, et tu cesses de publier sur les réseaux. En
      échange, ta sœur pourra garder sa place à l'université et tes parents ne seront plus
      convoqués au poste de police chaque semaine.

      S'ils n'ont pas de tes nouvelles d'ici la fin du mois, ils ont dit que la situation de ta
      famille deviendra « beaucoup plus difficile ». Je ne fais que transmettre, je n'ai rien contre
      toi.

      Ne parle pas de ce message à la GRC ni au SCRS. Ça ne ferait qu'empirer les choses pour les
      tiens.

      Un compatriote
      """),
])

F.add("fr8-s-12-diaspora-subtile", 1, "coercion", "mixed", False, [
    t("coercion", "coercion",
      "Ton oncle pense que ce serait mieux pour ta mère si tu venais t'expliquer en personne."),
    t("coercion", "coercion",
      """
      Bonjour {p2},

      On se connaît de l'association. Quelqu'un de chez nous aimerait savoir qui vient aux soirées
      de discussion du jeudi, et ce qui s'y dit. Rien de compliqué : les prénoms, qui parle le plus,
      qui a de la famille là-bas. Tes parents seraient sûrement contents d'apprendre que tu aides la
      communauté. Penses-y.
      """),
    t("coercion", "coercion",
      """
      [{hr}:26] Tante Mei: {p2} c'est tante Mei
      [{hr}:27] Tante Mei: ton père a été convoqué encore cette semaine, il est revenu à la maison épuisé
      [{hr}:28] Tante Mei: les messieurs du bureau ont été polis mais ils ont beaucoup parlé de toi
      [{hr}:31] Tante Mei: ils savent pour tes publications et pour la manifestation à {ville}
      [{hr}:31] Tante Mei: ils disent que si tu enlèves tout et que tu viens les voir cet été, l'histoire s'arrête là
      [{hr}:33] Tante Mei: sinon ton cousin ne pourra pas garder son poste à la mairie, et le passeport de ta mère est bloqué
      [{hr}:37] Tante Mei: ils ont aussi demandé les noms de tes amis là-bas qui vont aux rassemblements
      [{hr}:38] Tante Mei: je sais que c'est dur. fais-le pour ta mère s'il te plaît
      [{hr}:38] Tante Mei: n'en parle pas à tes amis canadiens, ça compliquerait tout
      [{hr}:40] Tante Mei: appelle-moi ce soir
      """),
])

F.add("fr8-s-13-arnaque-emploi", 1, "job_scam", "mixed", False, [
    t("job_scam", "job_scam unusual_payment",
      "Félicitations, poste obtenu! Envoie 250 $ en carte-cadeau pour ton kit de formation."),
    t("job_scam", "job_scam off_platform unusual_payment",
      """
      Bonjour {p2},

      Suite à votre candidature, vous êtes retenu(e) pour le poste d'adjoint(e) administratif(ve) à
      distance chez {boite}, 28 $/h. Aucune entrevue nécessaire. Pour l'équipement, vous recevrez un
      chèque de 3 200 $; déposez-le et renvoyez 2 900 $ par Interac au fournisseur. Merci de nous
      répondre de votre courriel personnel ou sur Telegram.

      Service des ressources humaines
      """),
    t("job_scam", "job_scam unusual_payment off_platform",
      """
      [{hr}:16] Recrutement RH: Bienvenue {p2}! Voici comment ça marche 👇
      [{hr}:17] Recrutement RH: Chaque jour tu complètes 40 tâches : aimer des vidéos, noter des hôtels, écrire un avis
      [{hr}:18] Recrutement RH: Chaque tâche te rapporte une commission, tu peux retirer dès 100 $
      [{hr}:21] Recrutement RH: Aujourd'hui tu as gagné 86 $, bravo!! 🎉
      [{hr}:21] Recrutement RH: Pour débloquer le niveau VIP et tes gains, tu dois recharger ton compte de 300 $ en USDT
      [{hr}:23] Recrutement RH: C'est remboursé à 100 % avec tes commissions à la fin de la journée
      [{hr}:27] Recrutement RH: Plusieurs membres de l'équipe ont déjà gagné plus de 2 000 $ cette semaine
      [{hr}:28] Recrutement RH: Si tu as un souci, écris à ma collègue sur WhatsApp, elle répond 24 h sur 24
      [{hr}:28] Recrutement RH: Attention, l'offre expire à minuit, après ça ta place est donnée à quelqu'un d'autre
      [{hr}:30] Recrutement RH: Et pas besoin d'en parler à ta banque, ils bloquent parfois les transferts sans raison
      """),
])

F.add("fr8-s-14-tache-subtile", 1, "task_scam", "mixed", False, [
    t("job_scam", "job_scam",
      "Commande le matériel toi-même avant lundi, on rembourse à la fin du mois, promis."),
    t("job_scam", "job_scam",
      """
      Salut {p2}! Pour ton premier jour, tu notes 30 produits sur l'application, puis tu avances le
      montant du lot suivant pour débloquer ton niveau. Tout revient dans ton solde le soir même, avec
      le bonus. Ceux qui hésitent perdent leur place; on a une liste d'attente longue comme le bras.
      """),
    t("job_scam", "job_scam unusual_payment",
      """
      Bonjour {p2},

      Félicitations encore pour votre embauche à la coordination des envois à domicile. Comme
      convenu lors de notre échange par texto, voici les étapes pour bien commencer.

      Vous recevrez cette semaine des colis à votre adresse. Votre rôle est simple : vérifier le
      contenu, retirer les factures d'origine, coller la nouvelle étiquette que je vous enverrai par
      courriel et déposer le tout au comptoir postal le plus proche avant 17 h.

      Pour l'expédition, vous avancez les coûts avec votre carte de crédit personnelle, et ils
      vous sont remboursés en fin de mois avec votre salaire. Certains colis contiennent des
      téléphones ou des ordinateurs portables : ne les ouvrez pas et ne posez pas de questions aux
      commis, ils ne connaissent pas notre modèle d'affaires.

      Nous aurons aussi besoin d'une photo recto verso de votre permis de conduire et d'un spécimen
      de votre compte bancaire, pour verser votre premier salaire plus rapidement. Merci de me les
      faire parvenir d'ici demain midi, sinon nous devrons offrir le poste à un autre candidat.

      Bienvenue dans l'équipe!

      {pf} {n}
      Superviseure des opérations
      """),
])

F.add("fr8-s-15-ciblage-subtil", 1, "fake_recruiter", "mixed", False, [
    t("contact", "credential_targeting",
      "Tu as encore ta cote de niveau III, {p2}? On cherche justement ce profil-là."),
    t("contact", "credential_targeting",
      """
      Bonjour {p2},

      Votre parcours à {min} a retenu notre attention. Nous réunissons un petit cercle d'anciens
      fonctionnaires qui ont gardé leur cote de sécurité et leurs contacts au sein de l'équipe. Les
      échanges sont informels, à votre rythme. Seriez-vous ouvert à une première conversation la
      semaine prochaine?

      {p} {n}
      """),
    t("contact", "credential_targeting sensitive_info",
      """
      Bonjour {p2},

      Je me permets de vous écrire directement : votre nom est ressorti à plusieurs reprises dans
      nos recherches sur les spécialistes de {sujet} au Canada, et votre expérience chez {boite}
      semble remarquable.

      Notre groupe accompagne des organisations étrangères qui souhaitent comprendre comment se
      prennent les décisions d'investissement et d'approvisionnement dans votre secteur. Nous ne
      cherchons pas des généralistes; nous cherchons des personnes qui ont vu les dossiers de
      l'intérieur et qui savent encore à qui s'adresser.

      Quelques questions pour voir si nos intérêts se rejoignent :
      - Votre cote de sécurité est-elle toujours active, et à quel niveau?
      - Avez-vous encore accès aux espaces de travail partagés de votre ancienne équipe?
      - Êtes-vous toujours en contact avec les gens qui préparent les appels d'offres de l'an
        prochain?

      Il n'y a pas de mauvaise réponse. Nous pourrions ensuite prévoir un appel, à l'heure qui vous
      convient, pour vous présenter le projet plus en détail.

      Avec mes meilleures salutations,

      {pf} {n}
      Associée principale
      """),
])

# ---------------------------------------------------------------- benign (label 0)

F.add("fr8-b-01-chasseur-nomme", 0, "genuine_headhunter", "mixed", True, [
    t("none", "",
      "Bonjour {p2}, poste permanent chez {boite}, salaire affiché. Un appel cette semaine?"),
    t("none", "",
      """
      Bonjour {p2},

      Je suis conseillère en recrutement chez Talents Laurentides et je travaille présentement sur un
      mandat pour {boite}, à {ville}. Il s'agit d'un poste de {poste}, permanent, en mode hybride
      (trois jours au bureau). L'échelle salariale est de {sal}, plus bonus et REER collectif. Si ça
      vous intéresse, pourriez-vous m'envoyer votre CV à jour? On pourrait ensuite jaser 20 minutes
      au téléphone.

      {pf} {n}
      Talents Laurentides | {tel}
      """),
    t("none", "",
      """
      Bonjour {p2},

      Merci pour votre retour et pour le CV, c'est bien reçu. Comme promis, voici les détails
      complets du mandat, que vous pourrez relire à tête reposée.

      Employeur : {boite}, siège social à {ville}
      Poste : {poste}
      Statut : permanent, temps plein, hybride
      Salaire : {sal}, selon l'expérience, plus un bonus annuel cible de 10 %
      Avantages : assurances collectives dès le premier jour, quatre semaines de vacances, REER avec
      contribution de l'employeur
      Exigence particulière : le poste touche à des programmes de la Défense, donc une cote de
      fiabilité est exigée; si vous ne l'avez pas, {boite} s'occupe de la demande après l'embauche,
      selon la procédure du gouvernement fédéral.

      Le processus compte deux entrevues : une première avec la gestionnaire d'embauche, sur Teams,
      puis une visite des installations à {ville}. Les frais de déplacement pour la deuxième
      entrevue sont remboursés par l'employeur, sur présentation des reçus.

      Je précise que notre cabinet est payé par l'employeur : vous n'avez jamais rien à débourser.

      Seriez-vous disponible {jour} à {heure} pour un appel de 30 minutes? Je vous appellerai au
      numéro indiqué sur votre CV, ou sinon vous pouvez me joindre directement au {tel}.

      Au plaisir,

      {pf} {n}
      Associée, Talents Laurentides inc.
      recrutement@talentslaurentides.example.ca
      """),
])

F.add("fr8-b-02-recruteur-whatsapp", 0, "genuine_recruiter", "mixed", True, [
    t("none", "",
      "Si c'est plus simple pour toi, texte-moi sur WhatsApp au {tel} pour fixer l'heure de l'entrevue."),
    t("none", "",
      """
      Bonjour {p2},

      Merci d'avoir postulé au poste de {poste} chez {boite}. La gestionnaire aimerait vous
      rencontrer. Comme je suis sur la route toute la semaine, le plus rapide pour fixer l'heure est
      WhatsApp ou texto au {tel}. Toutes les étapes officielles, l'offre et les références passeront
      ensuite par notre portail carrières et votre courriel.

      {p} {n}, acquisition de talents, {boite}
      """),
    t("none", "",
      """
      Bonjour {p2},

      Je fais suite à notre courte conversation de ce matin. Désolée encore pour la mauvaise
      connexion, j'étais dans un aéroport!

      Pour résumer : {boite} recrute un ou une {poste} pour son équipe de {ville}, salaire de {sal},
      avec possibilité de télétravail deux jours par semaine. Vous m'avez demandé de vous écrire à
      votre adresse personnelle plutôt qu'au bureau, ce qui est tout à fait normal quand on est en
      poste ailleurs; c'est ce que je fais ici.

      Prochaines étapes :
      1. Postulez en ligne sur le site carrières de {boite} (lien ci-dessous) pour que votre dossier
         soit officiellement dans le système. C'est obligatoire, même si je vous ai approché.
      2. Je transmets ensuite votre candidature à la gestionnaire, qui fera une première entrevue
         vidéo.
      3. Pour les questions de calendrier, vous pouvez m'écrire sur WhatsApp au {tel}; je préfère
         garder les documents et les détails de l'offre sur nos courriels et le portail.

      Aucune vérification ni aucun test ne vous sera demandé avant une offre écrite, et nous ne
      demandons jamais de frais ni de renseignements bancaires pendant le processus.

      Bonne fin de journée!

      {pf} {n}
      Partenaire d'affaires RH, {boite}
      {tel} | carrieres.{dom}
      """),
])

F.add("fr8-b-03-reseau-experts", 0, "expert_network", "mixed", True, [
    t("none", "",
      "{firme} : appel d'une heure, {h}. Rien de confidentiel. Intéressé·e?"),
    t("none", "",
      """
      Bonjour {p2},

      Je suis chargé de projets chez {firme}, un réseau d'experts établi à {ville}. Un fonds
      d'investissement spécialisé dans l'énergie cherche à mieux comprendre {sujet}. Nous proposons
      un appel téléphonique d'une heure, rémunéré {h}. Important : nous ne voulons aucune
      information confidentielle ni non publique sur votre employeur actuel ou passé. Êtes-vous
      disponible cette semaine?

      {p} {n}
      """),
    t("none", "",
      """
      Bonjour {p2},

      Merci d'avoir accepté de participer à une consultation avec {firme}. Avant de fixer l'appel,
      voici les informations que notre politique de conformité nous oblige à vous transmettre.

      Le mandat : notre client est une société de capital de risque de Toronto qui évalue un
      investissement dans une entreprise de {sujet}. Nous ne pouvons pas divulguer le nom du fonds
      avant l'appel, mais vous saurez pour quel type d'organisation vous parlez et pourrez refuser.

      La rémunération : {h} pour une heure, payés par virement à votre nom dans les 30 jours, sur
      présentation d'une facture ou via notre portail expert. Nous ne payons jamais en espèces, en
      cryptomonnaie ou à un tiers.

      Vos obligations : vous ne devez partager aucune information confidentielle, non publique ou
      couverte par une entente de non-divulgation, ni rien qui concerne un employeur actuel. Si vous
      êtes fonctionnaire, vous devez obtenir l'autorisation de votre organisation avant d'accepter,
      et nous pourrions devoir décliner votre participation.

      Avant l'appel, merci de remplir l'attestation de conformité en ligne (environ cinq minutes).
      Un membre de notre équipe conformité peut écouter l'appel.

      Cordialement,

      {pm} {n}
      Chargé de projets, {firme}
      conformite@{dom} | {tel}
      """),
])

F.add("fr8-b-04-experts-conformite", 0, "expert_network", "mixed", True, [
    t("none", "",
      "Rappel : attestation de conformité à signer avant l'appel de {jour}."),
    t("none", "",
      """
      Bonjour {p2},

      Merci pour l'appel d'hier sur {sujet}, l'équipe du client a beaucoup apprécié. Vos honoraires
      de {h} seront versés par dépôt direct d'ici 15 jours ouvrables. Petit rappel : si l'on vous
      recontacte directement en dehors de {firme}, merci de nous le signaler; nos experts ne
      doivent pas poursuivre d'échanges privés avec nos clients.

      {p}, équipe des experts
      """),
    t("none", "",
      """
      Objet : Attestation de l'expert - consultation du {date}

      Bonjour {p2},

      Veuillez lire et confirmer les énoncés suivants avant votre consultation. Cochez chaque case
      dans le portail; l'appel ne pourra pas avoir lieu sans votre attestation.

      [ ] Je ne divulguerai aucune information confidentielle, exclusive ou non publique obtenue
          dans le cadre de mon emploi actuel ou de mes emplois antérieurs.
      [ ] Je ne suis pas tenu(e) par une entente qui m'interdit de discuter de {sujet} avec un
          tiers, ou j'ai obtenu l'autorisation écrite nécessaire.
      [ ] Je ne suis pas employé(e) d'un gouvernement, d'une société d'État ou d'un organisme de
          réglementation, ou mon employeur a autorisé par écrit ma participation.
      [ ] Je mettrai fin à l'appel si on me pose une question qui exige une information que je ne
          peux pas partager.
      [ ] Je comprends que {firme} peut enregistrer l'appel à des fins de conformité.

      Rémunération : {h} de l'heure, au prorata, payée à votre nom par virement bancaire canadien.
      {firme} ne demande jamais de frais aux experts et ne communique avec vous que par ses
      adresses officielles.

      Si un énoncé ne s'applique pas à votre situation, répondez simplement à ce courriel : notre
      équipe de conformité vous contactera avant l'appel.

      Merci,

      Équipe conformité, {firme}
      {tel}
      """),
])

F.add("fr8-b-05-think-tank", 0, "think_tank_commission", "mixed", True, [
    t("none", "",
      "Ton texte sera publié signé; cachet de {gros} par chèque. Ça te va?"),
    t("none", "",
      """
      Bonjour {p2},

      {tt} prépare une série de notes de politique publique sur {sujet}, qui seront publiées sous le
      nom de leurs auteurs et en libre accès. Nous aimerions vous en commander une de 4 000 mots,
      fondée sur des sources publiques, avec un cachet de {gros}. Un comité de lecture externe révise
      chaque texte. Vous trouverez le contrat type en pièce jointe.

      {pf} {n}, directrice de la recherche
      """),
    t("none", "",
      """
      Bonjour {p2},

      Suite à notre appel de mardi, je vous confirme par écrit la proposition de {tt}.

      Objet de la commande : une étude de 25 à 30 pages sur {sujet}, destinée au grand public et aux
      décideurs. Le texte sera publié sous votre nom, en français et en anglais, sur notre site et
      dans notre collection imprimée. Il sera présenté lors d'un déjeuner-causerie public à {ville}.

      Méthode : l'étude s'appuie exclusivement sur des sources ouvertes (rapports annuels, données
      de Statistique Canada, audiences parlementaires, entretiens sur le record). Nous ne souhaitons
      aucun document interne de votre ancien ministère et nous vous demanderons de confirmer que
      vous respectez vos obligations d'après-mandat.

      Conditions : cachet de {gros}, en deux versements (à la signature et à la publication), contre
      facture. Les déplacements pour le lancement sont remboursés selon notre politique, sur reçus.
      Nos sources de financement sont listées publiquement dans notre rapport annuel.

      Calendrier : plan détaillé pour le {date}, première version six semaines plus tard, révision
      par deux lecteurs externes, publication au printemps.

      N'hésitez pas si vous avez des questions. Je vous enverrai le contrat dès que vous m'aurez
      donné votre accord de principe.

      {pf} {n}
      Directrice de la recherche
      {tt}
      """),
])

F.add("fr8-b-06-universite-conference", 0, "university_invite", "mixed", True, [
    t("none", "",
      "Ta conférence publique du {date} est confirmée, déplacement remboursé 👍"),
    t("none", "",
      """
      Bonjour {p2},

      Au nom du département de science politique de {univ}, j'aimerais vous inviter à donner une
      conférence publique sur {sujet} dans le cadre de notre série du jeudi. Nous offrons un cachet
      de 500 $ et remboursons le déplacement depuis {ville} et une nuit d'hôtel. La conférence sera
      filmée et mise en ligne. Seriez-vous disponible au printemps?

      Pr {p} {n}
      """),
    t("none", "",
      """
      Bonjour {p2},

      Je vous remercie d'avoir accepté d'évaluer le manuscrit « {sujet} : enjeux et perspectives »
      soumis à la revue de notre centre de recherche à {univ}.

      Pour rappel, l'évaluation est à double anonymat. Le texte est joint à ce courriel; il n'a pas
      encore été publié, merci donc de ne pas le diffuser ni de le citer. Votre évaluation (deux à
      quatre pages) est attendue pour le {date}. Vous trouverez la grille d'évaluation en annexe.

      Exceptionnellement, puisqu'il s'agit d'un numéro spécial financé par une subvention du
      CRSH, nous sommes en mesure de verser une compensation de 250 $ aux évaluateurs. Le paiement
      se fait par virement, par le service des finances de l'université, après réception d'un
      formulaire de fournisseur (NAS requis pour le relevé fiscal, à remplir sur le portail
      sécurisé de l'université, jamais par courriel).

      Par ailleurs, nous organisons un atelier public de deux jours à {ville} en mai avec les
      auteurs du numéro. Si vous souhaitez y assister, vos frais de déplacement et d'hébergement
      seraient couverts selon les barèmes de l'université.

      Merci encore pour votre contribution à la vie scientifique,

      {pf} {n}
      Professeure agrégée et rédactrice invitée
      {univ}
      """),
])

F.add("fr8-b-07-colloque-etranger", 0, "conference_invite", "mixed", True, [
    t("none", "",
      "Les organisateurs de {congres} paient le vol et l'hôtel! Je présente le {date} 😄"),
    t("none", "",
      """
      Chère collègue,

      Le comité scientifique du Congrès international sur {sujet}, qui se tiendra à {congres} du
      {date} au surlendemain, a le plaisir de vous inviter comme conférencière principale. Nous
      prenons en charge votre vol aller-retour en classe économique, trois nuits d'hôtel et
      l'inscription. Le programme est public et votre présentation sera diffusée en ligne.

      {pf} {n}, présidente du comité
      """),
    t("none", "",
      """
      ---------- Message transféré ----------
      De : Secrétariat du congrès <secretariat@congres-intl.example.org>
      Date : {jour} {date}
      Objet : Logistique - conférenciers invités

      Chers conférenciers et conférencières,

      Nous avons le plaisir de vous transmettre les informations pratiques pour votre séjour à
      {congres}.

      Billets d'avion : notre agence de voyages officielle vous contactera cette semaine pour
      réserver votre vol. Merci de ne pas acheter vous-même votre billet; si vous l'avez déjà fait,
      envoyez-nous la facture et nous vous rembourserons par virement bancaire.

      Hébergement : trois nuits à l'hôtel du congrès sont réservées à votre nom.

      Visa : si vous avez besoin d'une lettre d'invitation officielle, écrivez au secrétariat en
      précisant votre numéro de passeport. Les données sont effacées après l'événement.

      Présentation : les diapositives doivent être déposées sur la plateforme du congrès au plus
      tard une semaine avant. Toutes les séances sont publiques et enregistrées; n'incluez rien que
      vous ne pourriez publier.

      Un groupe WhatsApp des conférenciers sera créé pour la coordination sur place (navettes,
      changements de salle). L'inscription est facultative.

      Au plaisir de vous accueillir,

      Le secrétariat du congrès

      ---
      {p2}, FYI : c'est le colloque dont je t'ai parlé. Je l'ai fait valider par la conformité et
      par mon directeur avant d'accepter. {p}
      """),
])

F.add("fr8-b-08-journaliste", 0, "journalist_interview", "mixed", True, [
    t("none", "",
      "Bonjour {p2}, journaliste au Devoir du Nord : entrevue sur le record demain?"),
    t("none", "",
      """
      Bonjour {p2},

      Je suis journaliste à Radio Acadie-Nouvelles, à {ville}. Je prépare un reportage sur le
      programme de {sujet} annoncé par le ministre la semaine dernière. Accepteriez-vous une
      entrevue de 15 minutes, enregistrée et sur le record, pour expliquer ce que ça change pour
      l'industrie? Je ne cherche que votre avis d'expert sur ce qui a été rendu public.

      {p} {n}
      {tel}
      """),
    t("none", "",
      """
      Bonjour {p2},

      Je me présente : {p} {n}, journaliste à l'hebdomadaire économique Le Courrier boréal, à
      {ville}. Je vous écris au sujet de l'annonce faite hier par {boite} concernant son nouveau
      programme de {sujet}.

      Je prépare un article de fond pour notre édition de samedi et je cherche à le mettre en
      contexte. Votre nom m'a été suggéré par le service des communications de {univ}, où vous
      avez donné une conférence publique sur la question l'an dernier.

      Voici ce qui m'intéresse :
      - votre lecture de l'annonce telle qu'elle a été faite publiquement;
      - ce que vous en retenez pour l'emploi en région;
      - les questions que le public devrait poser à l'entreprise et au gouvernement.

      Je précise que l'entrevue serait sur le record, avec votre nom et votre titre, et que je ne
      vous demande rien qui ne soit pas public ou qui vous mettrait en porte-à-faux avec votre
      employeur. Si vous devez d'abord obtenir l'accord de vos relations médias, je comprends tout à
      fait; je peux leur écrire directement.

      Vous pouvez me joindre au {tel} ou répondre à ce courriel. Mon échéance est jeudi 16 h.

      Merci de votre temps,

      {p} {n}
      Journaliste, économie et régions
      Le Courrier boréal
      """),
])

F.add("fr8-b-09-collegues-teams", 0, "coworker_channel", "mixed", True, [
    t("none", "",
      "[{hh}] {ami}: peux-tu m'envoyer le draft des slides du CA avant jeudi? merci!!"),
    t("none", "",
      """
      [{hr}:11] {p}: allô {p2}, t'as la dernière version de la note interne sur {sujet}?
      [{hr}:12] {p2}: oui mais elle est pas encore approuvée par la direction
      [{hr}:13] {p}: parfait, je veux juste la relire avant le comité de {jour}. mets-la dans le SharePoint de l'équipe, pas par courriel stp
      [{hr}:16] {p2}: ok c'est fait, dossier Confidentiel > Comité
      [{hr}:16] {p}: merci t'es un ange
      """),
    t("none", "",
      """
      Salut {p2},

      Petit message rapide sur Teams plutôt que par courriel parce que ma boîte déborde.

      Pour la réunion de {jour} avec {min} : j'ai besoin que tu me prépares les chiffres internes
      sur l'avancement du projet, ceux qu'on n'a pas encore présentés au comité directeur. Rien ne
      sort de l'équipe, c'est pour le breffage du sous-ministre adjoint, qui veut les voir avant que
      ce soit rendu public en {date}.

      Quelques précisions :
      - utilise le gabarit « Protégé B » et dépose-le dans l'espace GCdocs de la direction;
      - ne l'envoie pas à ton adresse perso pour travailler de la maison, même si c'est tentant;
        passe par le RPV comme d'habitude;
      - si un fournisseur te pose des questions sur l'échéancier d'ici l'annonce, tu le renvoies
        aux communications, point.

      Aussi, {ami} de la sécurité ministérielle m'a rappelé qu'on doit tous déclarer nos voyages
      personnels à l'étranger avant la fin du mois, surtout si on part à {loin} ou dans un pays
      de la liste. Ça prend deux minutes dans le portail.

      Merci encore, je sais que la semaine est chargée. Je te paie un café vendredi!

      {p}
      Gestionnaire, {min}
      """),
])

F.add("fr8-b-10-appel-offres", 0, "procurement_notice", "mixed", True, [
    t("none", "",
      "Rappel : silence jusqu'à {jour} pour l'appel d'offres, aucun contact avec les soumissionnaires."),
    t("none", "",
      """
      Bonjour l'équipe,

      L'appel d'offres public pour la réfection du poste électrique de {ville} est publié sur
      SEAO depuis ce matin. Nos soumissions restent strictement confidentielles jusqu'à
      l'ouverture publique du {date}. Si un concurrent, un consultant ou un « ami » vous demande nos
      prix ou notre stratégie, ne répondez pas et avisez-moi tout de suite.

      {pm} {n}, directeur des soumissions, {boite}
      """),
    t("none", "",
      """
      Objet : Demande de propositions no 2026-0417 - questions des fournisseurs

      Bonjour,

      {min} a reçu plusieurs questions à la suite de la publication de la demande de propositions
      sur les services de {sujet}. Conformément aux règles d'approvisionnement, les réponses sont
      publiées pour tous les soumissionnaires dans l'addenda no 3, accessible sur le site d'achats
      du gouvernement.

      Rappels importants :
      - Seule l'autorité contractante désignée peut répondre aux questions. Toute communication
        avec d'autres employés du ministère pendant la période de soumission peut entraîner le
        rejet de la proposition.
      - Les soumissionnaires doivent détenir une attestation de sécurité d'organisation désignée
        valide; le personnel proposé doit avoir une cote de fiabilité ou un niveau supérieur selon
        la liste de vérification des exigences relatives à la sécurité.
      - Les renseignements fournis dans les propositions sont traités comme confidentiels et
        protégés en vertu de la Loi sur l'accès à l'information.
      - Les paiements se font uniquement par dépôt direct au compte de l'entreprise inscrite, après
        acceptation des livrables. Le ministère ne demande jamais de frais de dossier.

      La date de clôture demeure le {date}, 14 h, heure de l'Est.

      Autorité contractante
      {p} {n}
      {min}
      {tel}
      """),
])

F.add("fr8-b-11-sensibilisation", 0, "security_awareness", "mixed", True, [
    t("none", "",
      "Rappel sécurité {boite} : un recruteur inconnu veut passer sur WeChat ou Telegram? Signalez-le."),
    t("none", "",
      """
      CAPSULE SÉCURITÉ DU MOIS

      Vous recevez un message d'un « chasseur de têtes » qui vante votre profil, parle d'un client
      qu'il ne peut pas nommer, vous propose d'écrire des rapports rémunérés et veut continuer sur
      WhatsApp? Ce sont les signes classiques d'une approche décrite par le SCRS. Ne répondez pas,
      faites une capture d'écran et écrivez à la sécurité ministérielle ({tel}).

      {pf} {n}, agente de sécurité, {min}
      """),
    t("none", "",
      """
      Objet : Pensez avant de vous connecter - les approches en ligne

      Chers collègues,

      Dans le cadre du mois de la sensibilisation à la sécurité, l'équipe de sécurité de {boite}
      vous rappelle les signaux qu'on observe dans les tentatives d'approche visant les employés de
      secteurs stratégiques comme le nôtre. Ces exemples sont tirés des avis publics du SCRS et de
      nos propres signalements :

      - « Votre profil est exceptionnel, mon client aimerait vous rencontrer. » (flatterie, client
        anonyme)
      - « Passons sur WeChat, WhatsApp ou Telegram, c'est plus pratique. » (sortie rapide de la
        plateforme)
      - « Il suffit d'écrire un petit rapport, payé 3 000 $, rien de confidentiel. » (tâche payée)
      - « Pourriez-vous préciser ce qui se dit à l'interne sur le prochain contrat? » (glissement
        vers le non public)
      - « Mon client vous invite à Singapour, tout est payé. » (voyage à l'étranger)
      - « Pas besoin d'en parler à votre employeur. » (secret)
      - « Je peux vous payer en crypto ou verser l'argent à un proche. » (paiement inhabituel)

      Les membres des communautés de la diaspora peuvent aussi subir des pressions : menaces envers
      la famille restée au pays, demande de rentrer, demande de renseigner sur la communauté. Ce
      n'est jamais de votre faute; vous pouvez en parler à la sécurité ou au SCRS en toute
      confidentialité.

      Un doute? Écrivez à securite@{dom} ou composez le {tel}.

      L'équipe de la sécurité de l'entreprise
      """),
])

F.add("fr8-b-12-famille-visite", 0, "family_chat", "mixed", True, [
    t("none", "",
      "[{hh}] Maman: appelle-nous sur WeChat ce soir, ton père veut te voir la face 😊"),
    t("none", "",
      """
      [{hr}:11] {ami}: pis, t'as booké tes billets pour aller voir grand-maman?
      [{hr}:12] {p2}: oui! je pars le {date}, deux semaines. elle sort de l'hôpital mardi
      [{hr}:13] {ami}: ok nice. dis-lui que je l'appelle sur WhatsApp dimanche
      [{hr}:16] {p2}: faut que je demande un congé à ma boss encore lol
      [{hr}:16] {ami}: ben voyons elle va dire oui, c'est ta grand-mère
      """),
    t("none", "",
      """
      Objet : Re: Voyage de cet été

      Salut {p2},

      Merci pour ton long message, ça m'a fait du bien de te lire. Ici à {ville}, tout le monde va
      bien, sauf que papa a encore mal au dos. Le médecin dit que ce n'est pas grave, mais il
      devrait faire sa physio plus souvent (tu le connais...).

      Pour cet été, maman voudrait vraiment que tu viennes au pays avec les enfants pour la fête de
      la mi-août. On a déjà parlé à l'oncle Karim pour l'hébergement, il a une grande maison et il
      insiste. Si les billets sont trop chers, on peut t'aider un peu, on en a parlé entre nous.
      Dis-le moi sans gêne.

      Autre chose : ton cousin se marie en décembre. Les invitations officielles partent bientôt,
      mais il m'a demandé de garder ça entre nous pour l'instant parce que sa belle-famille n'a pas
      encore annoncé la date.

      On se parle sur WhatsApp dimanche, comme d'habitude? Maman a enfin compris comment faire des
      appels vidéo, attends-toi à voir son plafond pendant dix minutes!

      Gros bisous,
      {p}

      > Le {date}, {p2} a écrit :
      > On pense venir en juillet ou en août, ça dépend de mes vacances. Comment va papa?
      """),
])

F.add("fr8-b-13-famille-argent", 0, "family_chat", "mixed", True, [
    t("none", "",
      "{ami} j'ai envoyé l'argent pour les médicaments de tante Rose, dis pas à papa stp"),
    t("none", "",
      """
      [{hr}:08] {p}: j'ai fait le virement Western Union pour le mariage de Samir, 300 $
      [{hr}:09] {p}: son numéro de référence est dans la photo
      [{hr}:10] {p2}: merci! je vais le dire à maman, elle va pleurer lol
      [{hr}:13] {p}: pis garde-moi une place à côté de la piste de danse 💃
      [{hr}:13] {p2}: promis. tu restes combien de temps au pays?
      [{hr}:15] {p}: dix jours, je reviens le 30
      """),
    t("none", "",
      """
      Bonsoir {p2},

      Je t'écris ici plutôt que dans le groupe de la famille parce que c'est un peu délicat.

      Comme tu sais, la clinique a finalement accepté d'opérer tante Rose en janvier, mais
      l'hôpital demande un acompte avant de réserver la salle. Avec {ami} et les cousins de Moncton,
      on a pensé partager les coûts : chacun met 400 $, et on envoie le tout en une seule fois pour
      éviter les frais de transfert.

      J'ai vérifié avec ma banque : le plus simple, c'est un virement international directement au
      compte de l'hôpital. J'ai les coordonnées sur la facture officielle qu'Amine m'a envoyée, et
      j'ai appelé l'hôpital moi-même pour confirmer que c'était bien leur compte. On ne passe pas par
      un intermédiaire, je ne fais pas confiance à ces gens-là.

      Si tu peux, fais-moi un virement Interac d'ici vendredi, et je t'enverrai la preuve du transfert.
      Et s'il te plaît, ne dis rien à maman pour l'instant : elle va s'inquiéter et vouloir tout
      payer seule avec sa pension. On lui dira quand ce sera fait.

      Merci, tu es la meilleure.
      {p}

      P.-S. Le mariage de Samir est reporté au printemps, mais garde ça pour toi, ils veulent
      l'annoncer eux-mêmes.
      """),
])

F.add("fr8-b-14-offre-cote", 0, "cleared_job_ad", "mixed", True, [
    t("none", "",
      "Offre : analyste chez {boite}, {ville}. Cote Secret exigée. Postulez en ligne."),
    t("none", "",
      """
      {boite} recrute : {poste} (poste permanent, {ville}).

      Vous travaillerez sur des programmes de la Défense nationale. Exigence : être admissible à une
      cote de sécurité de niveau Secret (citoyenneté canadienne et dix ans d'historique vérifiable).
      Salaire : {sal}, régime de retraite, horaire flexible. Postulez uniquement sur notre site
      carrières; nous ne demandons jamais de frais ni de passer par une messagerie privée.
      """),
    t("none", "",
      """
      OFFRE D'EMPLOI - {poste}
      {boite}, {ville} (hybride)

      À propos de nous : {boite} conçoit des systèmes utilisés par les Forces armées canadiennes et
      des partenaires de l'OTAN. Nous comptons 600 employés au Québec et en Ontario.

      Vos responsabilités :
      - diriger une équipe de six personnes sur un programme de {sujet};
      - préparer les analyses techniques destinées au client gouvernemental;
      - travailler dans nos locaux sécurisés deux à trois jours par semaine.

      Exigences :
      - baccalauréat en génie ou l'équivalent, huit ans d'expérience;
      - cote de sécurité de niveau Secret valide, ou capacité de l'obtenir (Très secret un atout);
      - connaissance des exigences ITAR et du Programme des marchandises contrôlées;
      - bilinguisme français-anglais.

      Ce que nous offrons : salaire de {sal}, assurances dès l'embauche, REER collectif,
      remboursement des frais de déménagement si vous venez d'ailleurs au Canada.

      Processus : candidature en ligne, entrevue technique, entrevue avec la direction, puis
      vérifications de sécurité faites par le gouvernement fédéral. Nos recruteurs communiquent
      uniquement à partir d'adresses @{dom}. Nous ne demandons jamais d'argent, de données
      bancaires ou de documents classifiés à un candidat.

      Pour postuler : carrieres.{dom}, référence 2026-118.
      """),
])

F.add("fr8-b-15-accueil-rh", 0, "hr_onboarding", "mixed", True, [
    t("none", "",
      "Bienvenue {p2}! Téléverse ton permis et ton spécimen de chèque dans le portail RH avant lundi."),
    t("none", "",
      """
      Bonjour {p2},

      Bienvenue chez {boite}! Pour finaliser votre dossier, merci de déposer dans le portail RH
      sécurisé (pas par courriel) une pièce d'identité avec photo, votre NAS et un spécimen de
      chèque pour le dépôt direct. Votre formulaire de demande de cote de fiabilité doit aussi être
      rempli avant votre premier jour, le {date}.

      {p} {n}, Ressources humaines
      """),
    t("none", "",
      """
      Bonjour {p2},

      Toute l'équipe est ravie de vous accueillir le {date} comme {poste}. Voici la liste de ce qu'il
      faut prévoir pour votre intégration.

      Avant votre arrivée (dans le portail RH, lien dans votre lettre d'offre) :
      1. Téléverser une pièce d'identité avec photo et votre preuve de citoyenneté ou de résidence
         permanente.
      2. Remplir les formulaires fiscaux fédéral et provincial et ajouter un spécimen de chèque pour
         le dépôt direct de votre paie.
      3. Remplir le formulaire de vérification de sécurité du gouvernement du Canada. Soyez complet
         sur vos voyages et vos proches à l'étranger : ce n'est pas un motif de refus, mais un oubli
         peut le devenir.

      Votre premier jour : accueil à 9 h à la réception de {ville}, remise de la carte d'accès,
      signature de l'entente de confidentialité et du code d'éthique, séance de sensibilisation à
      la sécurité. Les conditions de votre offre sont personnelles; nous vous demandons de ne pas
      les publier.

      Important : nous ne vous demanderons jamais ces documents par texto, par WhatsApp ou à une
      adresse externe. Si quelqu'un le fait en notre nom, écrivez-nous tout de suite.

      À bientôt,

      {pf} {n}
      Conseillère, acquisition de talents et intégration
      {boite} | {tel}
      """),
])

F.add("fr8-b-16-consultant-facture", 0, "consulting_engagement", "mixed", True, [
    t("none", "",
      "Facture de mars pour {boite} envoyée, paiement net 30. On se parle du rapport {jour}?"),
    t("none", "",
      """
      Bonjour {p2},

      Ci-joint la facture no 2026-07 pour le mandat de {boite} : rapport d'évaluation de {sujet},
      32 heures à 150 $/h, taxes en sus. Comme prévu au contrat, le paiement se fait par virement à
      mon entreprise, net 30 jours. Le rapport final a été remis à leur équipe et approuvé par
      leur directrice, qui souhaite une présentation au comité de direction.

      {pf} {n}, consultante autonome
      """),
    t("none", "",
      """
      Objet : Mandat {boite} - sous-traitance et confidentialité

      Salut {p2},

      Comme discuté au téléphone, je te propose de me donner un coup de main sur le mandat que
      j'ai avec {boite}, à {ville}. Voici les détails pour que tout soit clair dès le départ.

      Le client : {boite}, représenté par sa vice-présidente aux opérations. Tu peux vérifier le
      mandat auprès d'elle; je lui ai dit que j'allais te proposer la sous-traitance.

      Le travail : un rapport d'analyse sur {sujet}, à partir des données que le client nous fournit
      et de sources publiques. Livrable : 20 pages et une présentation.

      La confidentialité : tu devras signer l'entente de non-divulgation du client, qui couvre ses
      données internes. En clair, on ne sort rien de leurs documents, et on ne met aucune donnée de
      ton employeur actuel dans le rapport. Si tu as le moindre conflit d'intérêts, dis-le-moi.

      La rémunération : 120 $/h, environ 40 heures, facturées par toi à mon entreprise, payées par
      virement dans les 30 jours suivant la facture. Rien en espèces, rien à côté.

      Et vérifie avec ton employeur si tu as besoin d'une autorisation pour un travail à
      l'extérieur; chez nous c'est un formulaire d'une page.

      Merci, j'ai hâte de travailler avec toi!

      {p} {n}
      Conseil {n} inc.
      {tel}
      """),
])

F.add("fr8-b-17-remboursement-voyage", 0, "travel_reimbursement", "mixed", True, [
    t("none", "",
      "Ta réclamation de frais pour {congres} est approuvée, remboursement sur la prochaine paie."),
    t("none", "",
      """
      Bonjour {p2},

      Votre demande d'autorisation de voyage pour la mission à {loin} est approuvée. Billets réservés
      par l'agence du ministère; per diem selon la directive du Conseil national mixte. Avant le
      départ, passez à la sécurité pour le breffage voyage et l'appareil de prêt : pas de portable
      du bureau ni de téléphone personnel sur le réseau là-bas.

      {pf}, adjointe administrative
      """),
    t("none", "",
      """
      Objet : Frais de déplacement - mission commerciale à {loin}

      Bonjour à toutes et à tous,

      Voici les consignes pour la mission commerciale du {date}, organisée avec le ministère de
      l'Économie et la Chambre de commerce de {ville}.

      Ce qui est payé par l'organisation : le vol aller-retour (réservé par notre agence, ne rien
      acheter vous-même), l'hôtel, les transports sur place et les repas officiels. Les autres repas
      sont couverts par une indemnité quotidienne selon notre politique.

      Ce qui est remboursé sur réclamation : frais de visa, vaccins recommandés, taxis vers
      l'aéroport. Téléversez vos reçus dans le système de frais dans les 30 jours suivant le
      retour; le remboursement se fait par dépôt direct.

      Cadeaux et invitations : tout cadeau de plus de 100 $ offert par un partenaire doit être
      déclaré. Si un contact local vous propose un souper privé, une visite non prévue au programme
      ou de « rester en contact » sur une messagerie, avisez la cheffe de mission. Ce n'est pas de
      la paranoïa, c'est la procédure.

      Appareils : la sécurité vous remettra un ordinateur et un téléphone de voyage. Ne branchez
      aucune clé USB reçue en cadeau.

      Merci et bon voyage,

      {pf} {n}
      Coordonnatrice des missions, {boite}
      """),
])

F.add("fr8-b-18-paie-banque", 0, "payroll_notice", "mixed", True, [
    t("none", "",
      "Caisse Boréale : jamais on vous demandera de payer en cartes-cadeaux ou en crypto. Fraude? {tel}"),
    t("none", "",
      """
      Avis de paie - période se terminant le {date}

      Votre paie a été déposée dans votre compte. Elle comprend le remboursement de vos frais de
      déplacement à {congres} et un montant forfaitaire de 500 $ (prime de mentorat). Consultez
      votre talon dans le portail employé. Le service de la paie ne vous demandera jamais vos
      informations bancaires par courriel ou par texto.
      """),
    t("none", "",
      """
      Objet : Virement international reçu - vérification de routine

      Bonjour {p2},

      Nous avons reçu un virement international de {gros} destiné à votre compte, en provenance de
      l'Université de {congres}. Selon nos règles, les virements de l'étranger au-dessus d'un certain
      seuil font l'objet d'une vérification de routine avant d'être crédités.

      Pourriez-vous confirmer, en vous connectant à votre espace en ligne ou en passant en succursale, la
      nature de ce paiement? D'après la référence, il s'agirait d'honoraires pour une conférence et
      d'un remboursement de frais de voyage. Une lettre de l'université ou une copie de votre
      facture suffit.

      Quelques rappels de sécurité :
      - Nous ne vous demanderons jamais vos mots de passe, votre NIP ou vos codes de sécurité, ni
        par courriel, ni par téléphone, ni par texto.
      - Méfiez-vous de toute personne qui vous demande de recevoir de l'argent pour le transférer
        à quelqu'un d'autre, d'acheter des cartes-cadeaux ou de convertir des fonds en
        cryptomonnaie : ce sont des fraudes fréquentes.
      - En cas de doute, appelez le numéro au dos de votre carte.

      Merci de votre collaboration,

      Service de la conformité
      Caisse Boréale de {ville}
      {tel}
      """),
])

F.add("fr8-b-19-collegue-signale", 0, "colleague_reporting_approach", "mixed", True, [
    t("none", "",
      "{ami}, j'ai reçu un drôle d'InMail (client anonyme, WeChat). Je le transfère à la sécurité?"),
    t("none", "",
      """
      Bonjour l'équipe de sécurité,

      Je vous transfère un message reçu sur LinkedIn hier. La personne dit représenter un « client
      international », m'offre {gros} pour un rapport sur {sujet} et insiste pour passer sur
      Telegram. Je n'ai pas répondu. Je joins les captures d'écran. Dites-moi si je dois faire autre
      chose, bloquer le compte par exemple.

      {p} {n}, {min}
      """),
    t("none", "",
      """
      Objet : TR: Occasion de consultation - signalement

      Bonjour,

      Comme le demande notre procédure, je vous signale le message ci-dessous, reçu à mon adresse
      personnelle samedi. Je n'ai rien envoyé et je n'ai pas cliqué sur les liens. Je n'ai aucune
      idée de comment cette personne a obtenu mon adresse; probablement à partir de mon profil en
      ligne, où je mentionne mon poste à {min}.

      Je reste disponible si vous voulez me rencontrer.

      {p2}

      -----Message d'origine-----
      De : « Conseil Horizon » <horizon.conseil@{dom}>
      Envoyé : samedi
      Objet : Occasion de consultation

      Bonjour, votre expérience est exceptionnelle. Mon client, une société étrangère qui ne veut
      pas être nommée, paierait {gros} pour une courte analyse de {sujet}. Il aimerait surtout
      connaître les discussions internes sur le prochain budget. Tout peut se faire par WeChat,
      et il n'est pas nécessaire d'en informer votre employeur. Mon client vous invite aussi à
      {loin}, tous frais payés.

      ---

      Réponse de l'équipe de sécurité ministérielle :
      Merci {p2}, vous avez eu le bon réflexe. Ne répondez pas et ne supprimez rien. Nous
      transmettons au SCRS selon la procédure. Un agent de sécurité vous appellera au {tel} cette
      semaine.
      """),
])

F.add("fr8-b-20-anciens-parents", 0, "alumni_group", "mixed", True, [
    t("none", "",
      "Anciens du cégep : 5 à 7 jeudi à {ville}, 20 $ pour la salle!"),
    t("none", "",
      """
      [{hr}:22] {p} (parent de Léa): allô tout le monde, le tournoi de hockey à {ville} est confirmé
      [{hr}:23] {p} (parent de Léa): l'hôtel est payé par l'association, mais faut envoyer 45 $ par Interac pour les repas
      [{hr}:24] {ami}: ok je fais ça ce soir. c'est confidentiel la liste des chambres?
      [{hr}:27] {p} (parent de Léa): lol non, je l'envoie dans le groupe WhatsApp demain
      """),
    t("none", "",
      """
      Objet : Réseau des diplômés - mentorat et souper annuel

      Chers diplômés et diplômées,

      Le Réseau des diplômés de {univ} lance la cinquième édition de son programme de mentorat.
      Nous cherchons des mentors qui travaillent dans les secteurs de l'aérospatiale, de l'énergie,
      de l'IA et de la fonction publique pour accompagner des finissants pendant l'hiver.

      Concrètement : trois rencontres d'une heure, en personne ou en visioconférence, pour parler
      de parcours, de CV et de réseautage. Nous rappelons aux mentors qu'ils ne doivent partager
      aucune information interne ou confidentielle de leur employeur; les échanges portent sur le
      métier, pas sur les dossiers.

      Le souper annuel aura lieu le {date} à {ville}. Billet : 75 $, payable en ligne sur le site du
      Réseau. Les mentors sont invités gratuitement. Un groupe de clavardage sera ouvert pour la
      coordination du covoiturage depuis Québec et Sherbrooke.

      Petite nouvelle : notre diplômée {pf} {n} vient d'être nommée à la tête de {min}. Elle
      donnera une courte allocution publique au souper.

      Au plaisir de vous y voir,

      {p2}
      Coordination, Réseau des diplômés
      {univ}
      """),
])

F.add("fr8-b-21-ancien-patron", 0, "friendly_meetup", "mixed", True, [
    t("none", "",
      "Hey {p2}, lunch la semaine prochaine? J'invite, ça fait trop longtemps!"),
    t("none", "",
      """
      Salut {p2}! J'ai vu l'annonce publique de {boite} sur {sujet}, bravo à toute ton équipe. Je
      sais que tu peux pas en dire plus que le communiqué, pas de stress 😄 Je serai de passage à
      {ville} jeudi, on pogne une bière? C'est moi qui paie, pour fêter ta promotion.
      """),
    t("none", "",
      """
      Salut {p2},

      Ça fait une éternité! Je pensais à toi en lisant l'article sur le projet de {boite} dans le
      journal de ce matin. On avait tellement jasé de ça quand on travaillait ensemble, dans le
      temps, et là c'est rendu une annonce officielle. Je suis content pour vous autres.

      Je t'écris parce que je prends ma retraite à la fin de l'année (oui, déjà!) et que je fais
      une petite tournée des anciens de l'équipe. J'aimerais beaucoup qu'on aille dîner ensemble,
      juste pour prendre des nouvelles, parler des enfants et de ton chalet. Je t'invite, c'est le
      moins que je puisse faire après toutes les fois où tu m'as sauvé la mise devant le comité.

      Je sais que tu ne peux pas parler des dossiers en cours, et franchement je ne veux rien
      savoir : je suis à la retraite dans trois mois, la seule chose qui m'intéresse c'est le golf.

      Je suis libre {jour} ou le suivant, vers midi, au petit resto italien près du bureau. Si ça
      ne marche pas, texte-moi au {tel} et on trouvera autre chose.

      Au plaisir,
      {p}

      P.-S. {ami} sera peut-être de la partie, elle m'a dit qu'elle essaierait de se libérer.
      """),
])

F.add("fr8-b-22-jasette", 0, "ordinary_chat", "mixed", False, [
    t("none", "",
      "{ami} t'es où? on t'attend au dépanneur, le char est plein 😂"),
    t("none", "",
      """
      [{hr}:13] {p}: asteure je suis back de Moncton, la route était full glacée
      [{hr}:14] {p2}: oh boy. t'as pogné la tempête?
      [{hr}:15] {p}: right dans face. mais le souper chez ma tante valait la peine
      [{hr}:18] {p2}: haha. on se fait une soirée jeux samedi?
      [{hr}:18] {p}: oui! j'apporte les chips
      """),
    t("none", "",
      """
      Salut {p2},

      Petit récit de notre fin de semaine au chalet, puisque tu m'as demandé des nouvelles!

      On est partis de {ville} vendredi soir, avec le char plein à ras bord : la glacière, les
      skis de fond, le chien, pis les deux grands qui se chicanaient pour la banquette arrière.
      Trois heures de route, une pause au Tim, et on est arrivés vers onze heures. Évidemment, la
      fournaise ne voulait pas partir. {ami} a passé une demi-heure à quatre pattes avec une lampe
      de poche avant de comprendre qu'on n'avait juste plus d'huile. On a dormi en tuque!

      Samedi, par contre, c'était magique. Il avait neigé toute la nuit, le lac était tout blanc,
      et on a fait dix kilomètres de ski dans le sentier derrière chez le voisin. Le soir, fondue
      chinoise, partie de cartes, et les enfants ont couché sur le divan devant le feu.

      Dimanche on a pelleté, on a fermé l'eau, pis on est revenus tranquillement. Le chien dort
      encore.

      Il faut absolument que vous veniez avec nous en février. Il y a de la place pour quatre de
      plus, et on te promet que la fournaise va marcher cette fois!

      Bisous à toute la gang,
      {p}
      """),
])

F.add("fr8-b-23-courriel-travail", 0, "work_email", "mixed", False, [
    t("none", "",
      "La salle 4.12 est réservée {jour} {heure} pour la rétro du sprint."),
    t("none", "",
      """
      Bonjour l'équipe,

      Rappel : la mise à jour du système de réservation des salles aura lieu {jour} soir. Le service
      sera interrompu de 18 h à 22 h. Les réservations existantes seront conservées. Pour toute
      question, ouvrez un billet au centre de services ou écrivez-moi directement.

      Merci de votre patience,
      {p} {n}, TI
      """),
    t("none", "",
      """
      Bonjour à toutes et à tous,

      Voici le compte rendu de la réunion d'équipe de ce matin.

      1. Déménagement : le déménagement au troisième étage aura lieu la fin de semaine du {date}.
         Chacun doit avoir rempli ses boîtes et étiqueté son matériel le vendredi avant 15 h. Les
         étiquettes sont dans la salle de photocopie.

      2. Horaire d'été : à partir de juin, le bureau fermera à 13 h le vendredi. Merci de
         l'indiquer dans votre calendrier partagé et de prévoir vos rencontres en conséquence.

      3. Formation : la formation obligatoire sur les langues officielles doit être complétée
         d'ici la fin du trimestre. Elle prend environ une heure et se fait en ligne.

      4. Party de Noël : le comité social cherche encore deux bénévoles. Le thème cette année :
         années 80. Oui, les chandails à épaulettes sont encouragés.

      5. Divers : le frigo de la cuisine sera vidé vendredi. Tout ce qui n'est pas identifié sera
         jeté, sans exception (on parle de toi, pot de yogourt de 2024).

      Prochaine réunion : {jour} prochain, {heure}, salle 4.12 ou sur Teams.

      Merci et bonne semaine,

      {pf} {n}
      Coordonnatrice d'équipe
      """),
])

# Subtle families say so in their slug ("-subtil", "-subtile").
SUBTLE = {family[0] for family in F if family[1] == 1 and "-subtil" in family[0]}

# The stock words a subtle message must not contain (app names, addresses, money and secrecy
# words); checked on every subtle row, opener and closer included.
TELLTALE = re.compile(
    r"whats\s*app|wechat|weixin|telegram|signal|gmail|proton|\bvx\b|\bwx\b|@|\$|€|client|honoraire|"
    r"cachet|rémunér|\bpa(?:y|ie|iement|yé|yer)|argent|cash|comptant|crypto|bitcoin|cartes?-cadeaux?|"
    r"dépôt|chèque|\bfrais\b|confidenti|secret|classifi|entre nous|intern|non public|rapport|police|"
    r"retour|rentr|ne dis|employeur|récompense|\bprime",
    re.IGNORECASE,
)


def register_of(text: str) -> str:
    """Register from the text: chat line, timestamped chat export, InMail or short e-mail, long e-mail."""
    words = len(text.split())
    if words <= 20:
        return "chat"
    if re.search(r"^\[\d\d:\d\d\] ", text, re.MULTILINE):
        return "chat_export"
    return "short_email" if words <= 120 else "long_email"


def tidy(text: str) -> str:
    """Keep the shared opener and closer on one-line messages only.

    E-mails and chat exports carry their own greeting, signature or timestamps, so a second
    "Bonjour" in front of them or a "Merci!" after a signature would read wrong; the rule is the
    same for both classes.
    """
    if "\n" not in text.strip() and not text.lstrip().startswith("["):
        return text
    for opener in sorted(filter(None, OPENERS), key=len, reverse=True):
        if text.startswith(opener):
            text = text[len(opener):]
            break
    for closer in sorted(filter(None, CLOSERS), key=len, reverse=True):
        if text.endswith(closer):
            text = text[: -len(closer)]
            break
    return text


def subtlety_of(row: dict[str, object]) -> str:
    """none for benign rows; subtle rows are checked to carry no stock word at all."""
    if row["label"] == 0:
        return "none"
    if row["family"] not in SUBTLE:
        return "overt"
    hit = TELLTALE.search(str(row["text"]))
    assert hit is None, f"{row['id']}: stock word {hit.group(0) if hit else ''!r} in a subtle message"
    return "subtle"


def main() -> None:
    rows: dict[str, dict[str, object]] = {}
    for row in build(F, POOLS, OPENERS, CLOSERS, "fr", SEED, PER_TEMPLATE):
        # French contracts "de les" and "à les" when a slot starting with "les" follows them.
        text = re.sub(r"\bà les\b", "aux", re.sub(r"\bde les\b", "des", tidy(str(row["text"]))))
        row.update(text=text, register=register_of(text))
        row["subtlety"] = subtlety_of(row)
        rows.setdefault(text, row)  # tidying can make two rows equal: keep the first
    write(list(rows.values()), OUT)


if __name__ == "__main__":
    main()
