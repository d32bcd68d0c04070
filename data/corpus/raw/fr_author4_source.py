"""Fourth author's Canadian-French training families, weighted towards benign hard look-alikes.

Written by a helper session (an AI assistant) acting as a fourth French author. Every template was
hand-written for this file from the threat description in ../shared/DESIGN.md and the public warnings
summarised in its brief (CSIS, MI5/NPSA "Think Before You Link", FBI). Its author did not open the rule
packs, the evaluation sets or data/dev/, and did not run the screener on the output. (By mistake it
saw the opening 40 lines of one other corpus source file, its docstring and name pools. Nothing in
this file was taken from it.)

Run:  python fr_author4_source.py   -> rewrites fr_author4.jsonl next to this file (deterministic).

Families (ids fr4-s-NN-slug suspicious, fr4-b-NN-slug benign) each hold 3 templates, each written in
its own wording, and each template is filled PER_TEMPLATE times from POOLS. An opener and a closer come
from pools that both classes share.
- Suspicious (21 families): fake recruiters and headhunters asking about a security clearance, early
  moves to WeChat/WhatsApp/Telegram or a personal address (some spelled evasively), paid reports for an
  unnamed client, drift to internal information, paid trips to meet the client, secrecy towards the
  employer, crypto / gift cards / cash / payment to a relative, diaspora coercion, deposit and task job
  scams. The families in SUBTLE (7 of 21) use no giveaway word: no app name, no "client", no fee or
  amount, nothing about being "confidentiel" or "secret". Only what they ask for shows the intent.
- Benign (26 families, 23 of them hard look-alikes): genuine recruiters moving to e-mail or a phone
  call, executive search under NDA, expert networks that name the firm and refuse confidential
  information, paid university talks and think-tank reviews, clearance job ads and public-service
  staffing, security-awareness notices quoting the warning signs, family chats on WeChat/WhatsApp,
  colleagues moving to Teams/Slack/corporate WeChat, travel reimbursements, alumni and parents' groups,
  a journalist on the record, conference organisers, HR onboarding, payroll and bank notices. Three plain
  families (everyday chat, work e-mail, LinkedIn notifications) are not look-alikes.
Registers: chat, inmail and email are spread in similar proportions in both classes.
French as written in Québec and the federal public service, some English words mixed in. All names,
firms, ministries, addresses (example.com/.net/.org) and numbers (555-01xx and zero-filled foreign
numbers) are invented.
"""

from __future__ import annotations

import re
from pathlib import Path

from template_families import Families, Template, build, write

HERE = Path(__file__).resolve().parent
SEED = 4404
PER_TEMPLATE = 3

# Furthest funnel stage shown by the categories (the convention of data/eval/README.md).
_STAGE_OF = {
    "credential_targeting": ("contact", 1),
    "off_platform": ("pivot", 2),
    "paid_task": ("tasking", 3),
    "sensitive_info": ("elicitation", 4),
    "client_meeting": ("meeting", 5),
}


def s(cats: str, text: str) -> Template:
    """A suspicious template; its stage is derived from its categories (coercion -> none)."""
    names = cats.split()
    ranked = [_STAGE_OF[c] for c in names if c in _STAGE_OF]
    stage = "none" if "coercion" in names or not ranked else max(ranked, key=lambda r: r[1])[0]
    return (stage, cats, text)


def b(text: str) -> Template:
    """A benign template."""
    return ("none", "", text)


POOLS: dict[str, list[str]] = {
    "prenom": ["Geneviève", "Mathieu", "Marie-Ève", "Étienne", "Nadia", "Karim", "Mei", "Thanh", "Olivier",
               "Sophie-Anne", "Jean-François", "Fatou", "Yan", "Lucie", "Raphaël", "Amira", "Priya", "Sébastien"],
    "nom": ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Nguyen", "Benali", "Zhang", "Lavoie",
            "Fortin", "Ouellet", "Diallo", "Haddad", "Morin", "Bélanger", "Kaur", "Desjardins", "Tran"],
    "prenom2": ["Chantal", "Denis", "Élodie", "Wei", "Rachid", "Annie", "Luc", "Ying", "Stéphanie",
                "Hugo", "Mariam", "Patrick", "Valérie", "Daniel", "Lin", "Josée"],
    "nom2": ["Lachance", "Boucher", "Chen", "Girard", "Mensah", "Poirier", "Liu", "Caron", "Saint-Pierre",
             "Rahman", "Leblanc", "Dufresne", "Wong", "Lefebvre"],
    "ville": ["Montréal", "Québec", "Gatineau", "Laval", "Sherbrooke", "Longueuil", "Trois-Rivières",
              "Ottawa", "Saguenay"],
    "ville_etr": ["Shenzhen", "Hong Kong", "Macao", "Singapour", "Dubaï", "Istanbul", "Bangkok", "Shanghai"],
    "domaine": ["aérospatiale", "semi-conducteurs", "intelligence artificielle", "énergie nucléaire",
                "télécommunications", "cybersécurité", "réseaux électriques", "construction navale"],
    "projet": ["le programme de frégates", "la modernisation du réseau 5G", "le projet de petits réacteurs modulaires",
               "la nouvelle ligne de gravure de 7 nm", "le radar de surveillance côtière",
               "l'entente sur les minéraux critiques", "le remplacement des chasseurs"],
    "projet_ben": ["la mise à niveau du CRM", "le déménagement du centre de données", "la refonte du portail",
                   "la migration vers le nouveau système de paie", "l'inventaire annuel"],
    "ministere": ["ministère des Infrastructures nordiques", "ministère de l'Approvisionnement naval",
                  "ministère des Politiques énergétiques", "ministère de la Sécurité numérique",
                  "ministère du Commerce extérieur et des Exportations"],
    "employeur": ["Aérotech Laval", "Hydrolux Énergie", "Siliciel Microsystèmes", "Télécom Orford",
                  "Chantiers navals Boréal", "Nordia IA", "Radiance Défense"],
    "cabinet": ["Lacasse Duval Associés", "Groupe Orion Talents", "Saint-Laurent Recherche de cadres",
                "Boréal Recrutement", "Axiome Talents"],
    "cabinet_louche": ["Pacific Bridge Advisory", "Groupe Horizon Conseil international", "Northstar Talent Partners",
                       "Érable Global Consulting", "Lotus Stratégies Ltée"],
    "reseau": ["Delphes Expert Network", "Réseau Savoirs Conseil", "Panorama Experts", "Agora Insights"],
    "fonds": ["Fonds Cap-Rouge Capital", "Gestion Belœil Partenaires", "Alder Street Capital", "Stratégies Montcalm"],
    "institut": ["Institut Champlain d'études stratégiques", "Centre québécois de politique énergétique",
                 "Observatoire des relations Canada-Asie"],
    "institut_louche": ["Institut transpacifique de prospective", "Centre international d'analyse stratégique",
                        "Forum Asie-Amériques pour la coopération"],
    "universite": ["Université du Haut-Richelieu", "Université de Lanaudière", "Polytechnique de l'Outaouais"],
    "journal": ["Riverain", "Courrier laurentien", "Devoir de l'Estrie"],
    "banque": ["Caisse des Érables", "Banque Laurentide-Nord", "Caisse du Plateau-Est"],
    "montant": ["1 500 $", "2 000 $", "3 500 $", "800 $", "4 000 $", "2 500 $", "1 200 $"],
    "taux": ["300 $ de l'heure", "450 $ l'heure", "250 $/h", "400 $ pour une heure", "350 $ US de l'heure"],
    "tel": ["514-555-0142", "438-555-0117", "819-555-0163", "418-555-0109", "613-555-0188", "450-555-0131"],
    "tel_etr": ["+852 5000 0000", "+86 138 0000 0000", "+971 50 000 0000", "+65 8000 0000", "+1 438-555-0177"],
    "handle": ["maple_bridge_77", "hr.asia.88", "consult_mtl", "talentlink2020", "xw_global", "lotus.rh"],
    "courriel_perso": ["talents.asie@example.com", "m.conseil2024@example.net", "projet.erable@example.org",
                       "rh.global88@example.com", "bridge.consult@example.net"],
    "courriel_pro": ["carrieres@aerotech.example.com", "recrutement@hydrolux.example.org",
                     "talents@siliciel.example.net", "rh@radiance-defense.example.com"],
    "courriel_secu": ["securite@agence.example.org", "signalement@aerotech.example.com",
                      "bsm@ministere.example.org"],
    "horodatage": ["2026-03-04 21:14", "12/02/2026, 08:47", "2026-05-19 23:02", "03/11/26 17:30",
                   "2026-09-08 07:55"],
    "date": ["12 mars", "jeudi 4 juin", "vendredi 17 avril", "28 octobre", "mardi 3 février"],
    "poste": ["4412", "2210", "7731", "3005"],
}

# Shared by both classes: they vary the wording without telling the classes apart.
OPENERS = ["", "", "", "", "", "", "Bonjour, ", "Bonjour ", "Salut, ", "Allô! ", "Bonsoir, ", "Re: ", "Hello, "]
CLOSERS = ["", "", "", "", "", "\nMerci!", "\nMerci.", "\nBonne journée!", "\nBonne fin de semaine.", " :)",
           "\n\nEnvoyé de mon cellulaire", "\nÀ bientôt.", "\nMerci d'avance"]

F = Families()

# ---------------------------------------------------------------- suspicious, overt

F.add("fr4-s-01-cote-inmail", 1, "fake_recruiter", "inmail", False, [
    s("credential_targeting off_platform vague_client",
      "{prenom}, votre profil m'a sauté aux yeux : spécialiste en {domaine} avec une cote de sécurité Très secret, "
      "c'est rare. Je recrute pour une firme internationale qui préfère rester discrète à ce stade. LinkedIn n'est "
      "pas pratique pour la suite, pouvez-vous m'ajouter sur WeChat (id : {handle}) ou m'écrire à {courriel_perso}?"),
    s("credential_targeting vague_client",
      "Bonjour {prenom}, je vois que vous avez travaillé au {ministere}. Est-ce que votre cote de sécurité est "
      "toujours active? Mon mandant ne regarde que des candidats cotés Secret ou plus, et il ne souhaite pas "
      "être nommé avant une première entrevue. Le poste est en télétravail, très bien payé."),
    s("credential_targeting off_platform",
      "Hi {prenom}! Petite question rapide avant d'aller plus loin : vous êtes toujours habilité(e) niveau Secret? "
      "J'ai un mandat payant pour qqn avec votre background en {domaine}. Mon WhatsApp c'est le {tel_etr}, "
      "c'est plus simple pour jaser que par ici."),
])

F.add("fr4-s-02-pivot-epele", 1, "obfuscated_pivot", "chat", False, [
    s("off_platform",
      "Merci pour votre réponse! Ici je ne peux pas envoyer de pièces jointes, ajoutez-moi sur W e C h a t : "
      "{handle}. Je vous explique le mandat là-bas."),
    s("off_platform",
      "[{horodatage}] {prenom2} {nom2} : on continue sur le vx? mon id {handle}, ici la plateforme coupe les "
      "messages trop longs"),
    s("off_platform",
      "Dernière chose : je ne réponds plus sur LinkedIn, mon compte est surveillé par mon ancien employeur. "
      "Tél./Whats-App : {tel_etr}, ou T.e.l.e.g.r.a.m @{handle}. Votre CV, envoyez-le à {courriel_perso}, "
      "pas à votre adresse du bureau."),
])

F.add("fr4-s-03-rapport-client", 1, "fake_consultant", "email", False, [
    s("paid_task vague_client",
      "Objet : Collaboration ponctuelle\n\nBonjour {prenom},\n\nJe représente un client du secteur "
      "{domaine} qui souhaite mieux comprendre l'évolution de la réglementation canadienne. Il est prêt à verser "
      "{montant} pour un court rapport (5 à 8 pages) sur vos observations. Aucun besoin de citer vos sources. "
      "Si cela vous intéresse, je vous enverrai les questions.\n\n{prenom2} {nom2}\nConseiller principal, "
      "{cabinet_louche}"),
    s("paid_task vague_client",
      "Bonjour {prenom},\n\nSuite à notre échange : mon client a beaucoup apprécié votre premier document. Il "
      "aimerait une deuxième analyse, cette fois sur {projet}, même tarif ({montant}) payé à la remise. Il "
      "préfère ne pas être nommé pour l'instant, c'est une question de politique interne chez eux.\n\n"
      "Cordialement,\n{prenom2} {nom2}"),
    s("paid_task vague_client",
      "Re: white paper\n\nParfait pour la date de remise. Juste un rapel : le client veut surtout votre "
      "lecture à vous, pas un résumé de ce qui est déjà dans les journaux. Plus c'est concret, mieux c'est payé. "
      "Facture au nom de {cabinet_louche}, Hong Kong.\n\n-{prenom2}"),
])

F.add("fr4-s-04-institut-interne", 1, "fake_think_tank", "email", False, [
    s("paid_task sensitive_info vague_client",
      "Madame, Monsieur,\n\nL'{institut_louche} prépare une note sur la politique canadienne de contrôle des "
      "exportations. Nous souhaiterions vous commander une contribution rémunérée ({montant}) : non pas ce qui "
      "est publié, mais la façon dont les dossiers sont réellement discutés en interne au {ministere}. Nos "
      "partenaires apprécient ce type d'éclairage.\n\nDr {prenom2} {nom2}\nChercheur associé"),
    s("paid_task sensitive_info vague_client",
      "Bonjour {prenom},\n\nmerci pour votre premier texte, nos partenaires l'ont trouvé un peu général. "
      "Pourriez-vous préciser les positions de chaque direction dans le dossier sur {projet}, et qui s'oppose à "
      "quoi? Pas de documents classifiés, juste ce qui se dit dans les réunions. Nous doublons le montant.\n\n"
      "{prenom2} {nom2}, {institut_louche}"),
    s("sensitive_info vague_client",
      "Petite précision pour la prochaine note : nos lecteurs s'intéressent aux échéanciers d'acquisition qui "
      "ne sont pas encore annoncés, et aux noms des fournisseurs en lice pour {projet}. Vous y avez accès, je "
      "crois? On reste dans l'esprit d'une analyse, bien sûr.\n\n{prenom2}\n{institut_louche}"),
])

F.add("fr4-s-05-voyage-rencontre", 1, "handler_followup", "chat", False, [
    s("client_meeting unusual_payment secrecy vague_client",
      "[{horodatage}] {prenom2} : Bonne nouvelle, le client veut te rencontrer en personne à {ville_etr}. Billet "
      "d'avion, hôtel, tout est payé, et il y a une enveloppe de {montant} cash pour le dérangement. Au travail, "
      "dis juste que tu pars en vacances 😉"),
    s("client_meeting unusual_payment secrecy",
      "Le patron de notre partenaire sera à {ville_etr} du 8 au 12. Il aimerait vous voir pour un souper, "
      "juste pour faire connaissance. On vous rembourse le vol en argent comptant sur place, pas besoin de "
      "passer par votre employeur pour ça."),
    s("client_meeting vague_client secrecy",
      "si le voyage est compliqué on peut faire une vidéoconférence avec mon client jeudi soir. pas "
      "d'enregistrement, pas de trace, et surtout pas avec ton ordi du bureau"),
])

F.add("fr4-s-06-secret-employeur", 1, "fake_recruiter", "inmail", False, [
    s("secrecy paid_task",
      "Bonsoir {prenom}, l'offre tient toujours : {montant} par mois pour quelques heures de consultation, à "
      "distance. Une seule condition, que ça reste entre nous. Votre employeur n'a pas besoin de le savoir, ce "
      "n'est pas un conflit d'intérêts puisque c'est du conseil général."),
    s("secrecy vague_client paid_task sensitive_info",
      "Mon client insiste sur la discrétion : pas de contrat écrit, pas de mention sur LinkedIn, et n'en parlez "
      "pas à vos collègues du {ministere}. C'est pour votre protection autant que la nôtre. Premier mandat : "
      "une synthèse de vos dossiers courants, {montant}."),
    s("secrecy paid_task",
      "Je comprends l'hésitation. Sachez que plusieurs de vos anciens collègues travaillent avec nous depuis des "
      "années sans que personne ne le sache. Pour l'agent de sécurité de votre ministère, ce serait seulement "
      "de la rédaction à la pige, rien à déclarer."),
])

F.add("fr4-s-07-paiement-crypto", 1, "handler_followup", "chat", False, [
    s("unusual_payment paid_task",
      "Pour le paiement du dernier rapport on préfère l'USDT ou le bitcoin, c'est plus rapide que les "
      "virements. Envoie-moi une adresse de portefeuille et les {montant} sont réglés ce soir."),
    s("unusual_payment",
      "Le virement bancaire est bloqué de notre côté. Est-ce que votre sœur ou votre conjoint peut recevoir "
      "l'argent à votre place? Sinon on peut faire des cartes-cadeaux Amazon, 20 cartes de 100 $."),
    s("unusual_payment paid_task",
      "[{horodatage}] {prenom2} : ton analyse sur {projet} est reçue 👍 Paiement via Alipay ou en argent "
      "comptant quand tu passes à {ville}, comme tu veux. Évite juste ton compte principal."),
])

F.add("fr4-s-08-coercition-famille", 1, "coercion", "chat", False, [
    s("coercion",
      "{prenom}, c'est le bureau de liaison de ta ville natale. Ta mère a été convoquée au poste de police "
      "hier. Tout peut s'arranger si tu rentres au pays avant la fin du mois. Ne fais pas de bêtises avec les "
      "médias canadiens."),
    s("coercion off_platform",
      "On sait que tu participes aux manifestations à {ville}. Tes parents sont âgés, ce serait dommage que "
      "leur pension soit suspendue. Appelle-nous sur WeChat ce soir, le numéro habituel."),
    s("coercion",
      "Un ami de ton oncle au commissariat m'a demandé de te passer le message : ils veulent la liste des "
      "membres de l'association étudiante et les noms de ceux qui organisent les vigiles. Si tu aides, ton "
      "frère garde son emploi."),
])

F.add("fr4-s-09-service-ressortissants", 1, "coercion", "email", False, [
    s("coercion",
      "Objet : Régularisation de votre dossier\n\nMonsieur {nom},\n\nLe centre de services aux ressortissants "
      "de {ville} vous informe qu'une procédure vous concernant est ouverte dans votre province d'origine. Pour "
      "éviter des conséquences pour votre famille, présentez-vous à nos bureaux avec votre passeport d'ici "
      "vendredi. Ne consultez pas d'avocat, cela compliquerait inutilement les choses.\n\nService aux compatriotes"),
    s("coercion off_platform",
      "Madame {nom},\n\nvos publications sur les réseaux sociaux ont été signalées. Votre père a déjà été "
      "rencontré deux fois. La meilleure solution est de rentrer volontairement; nous pouvons vous aider avec le "
      "billet. Répondez à cette adresse uniquement : {courriel_perso}."),
    s("coercion",
      "Bonjour,\n\nNous organisons une rencontre pour les gens de la communauté à {ville}. Votre présence est "
      "attendue, ainsi qu'un court compte rendu sur les activités de l'association des étudiants. Vos proches "
      "au pays seront contents d'apprendre que vous collaborez.\n\nLe comité des compatriotes"),
])

F.add("fr4-s-10-depot-embauche", 1, "job_scam", "email", False, [
    s("job_scam unusual_payment",
      "Félicitation!\n\nSuite a votre entrevue par clavardage, vous êtes retenu(e) comme commis de saisie à "
      "domicile chez {cabinet_louche} (28 $/h). Pour recevoir votre trousse de travail (portable et logiciel), "
      "un dépôt remboursable de 350 $ est requis par virement Interac à {courriel_perso}.\n\nService de l'embauche"),
    s("job_scam unusual_payment",
      "Bonjour {prenom},\n\nNous avons posté votre chèque de démarrage de 2 900 $. Déposez-le, gardez 400 $ pour "
      "vous, et envoyez le reste en cartes-cadeaux à notre fournisseur d'équipement. Merci de répondre à partir "
      "de votre courriel personnel seulement.\n\n{prenom2} {nom2}\nCoordonnatrice RH"),
    s("job_scam off_platform",
      "Poste d'assistant(e) virtuel(le), aucune expérience requise, 600 $/semaine. Entrevue uniquement par "
      "Telegram avec notre gestionnaire (@{handle}). Frais d'inscription de 75 $ pour la vérification de "
      "dossier, remboursés à la première paie."),
])

F.add("fr4-s-11-arnaque-taches", 1, "job_scam", "chat", False, [
    s("job_scam unusual_payment",
      "Salut! Je suis {prenom2} de l'équipe RH. Travail simple : aimer des vidéos et noter des hôtels, 50 à "
      "300 $ par jour. Pour débloquer le niveau VIP il faut recharger ton compte de 100 $ en USDT. Tu récupères "
      "tout à la fin de la journée 😊"),
    s("job_scam unusual_payment",
      "[{horodatage}] Mentor {prenom2} : ta tâche combinée est en négatif, c'est normal. Recharge 1 200 $ pour "
      "terminer la série et ta commission sera versée avec le capital. Si tu arrêtes maintenant tu perds tout."),
    s("job_scam off_platform",
      "Bonjour, votre CV a été vu sur un site d'emploi. Temps partiel, 2 h par jour de chez vous, payé chaque "
      "jour. Ajoutez notre agente sur WhatsApp au {tel_etr} pour commencer aujourd'hui."),
])

F.add("fr4-s-12-politique-horaire", 1, "fake_consultant", "inmail", False, [
    s("credential_targeting paid_task vague_client sensitive_info",
      "Bonjour {prenom}, j'accompagne un groupe d'investisseurs étrangers qui suit de près les politiques "
      "énergétiques canadiennes. Ils offrent {taux} pour des échanges informels avec des fonctionnaires "
      "expérimentés comme vous. L'idée : comprendre les orientations avant qu'elles deviennent publiques."),
    s("paid_task vague_client sensitive_info",
      "Merci pour l'appel d'hier. Pour la prochaine séance (toujours {taux}), mon client aimerait savoir où en "
      "est le mémoire au Cabinet sur {projet} et quelles options ont été écartées. Si vous avez le document de "
      "travail, même une photo suffit."),
    s("secrecy sensitive_info paid_task",
      "Petit rappel : nos conversations restent informelles, rien d'écrit. Pour jeudi, préparez la liste des "
      "participants au comité interministériel et leurs positions. Le paiement suit comme d'habitude."),
])

F.add("fr4-s-13-evaluation-technique", 1, "fake_recruiter", "email", False, [
    s("credential_targeting sensitive_info paid_task vague_client",
      "Objet : Évaluation technique - ingénieur(e) procédés senior\n\nBonjour {prenom},\n\nPour la deuxième "
      "étape de votre candidature, notre client demande une évaluation écrite : décrivez les paramètres de "
      "gravure et les rendements actuels de la ligne sur laquelle vous travaillez chez votre employeur, avec "
      "les chiffres réels si possible. L'étape est rémunérée (500 $).\n\n{prenom2} {nom2}\n{cabinet_louche}"),
    s("sensitive_info",
      "Bonjour {prenom},\n\nLe comité technique a apprécié votre évaluation. Avant l'entrevue finale, il "
      "voudrait voir un exemple concret de votre travail : un schéma du procédé ou la recette d'un lot récent, "
      "les noms de produits peuvent être masqués. C'est une pratique courante dans l'industrie.\n\n"
      "Bien à vous,\n{prenom2} {nom2}"),
    s("credential_targeting sensitive_info paid_task vague_client",
      "Objet : Votre profil en {domaine}\n\nVotre profil intéresse un laboratoire étranger qui ouvre un centre "
      "de R-D. Pour évaluer votre niveau, notre client voudrait connaître l'architecture du modèle sur lequel "
      "vous travaillez et le jeu de données d'entraînement interne. Un test de {montant}, payé à la remise.\n\n"
      "{prenom2} {nom2}, {cabinet_louche}"),
])

F.add("fr4-s-21-chasseur-mandat", 1, "fake_headhunter", "inmail", False, [
    s("vague_client paid_task off_platform",
      "Bonjour {prenom}, chasseur de têtes indépendant, je travaille pour un client international dont je ne "
      "peux pas révéler le nom. Avant de vous présenter, il demande une courte étude de marché rédigée par vous "
      "({montant}) pour juger de votre niveau. Répondez-moi à {courriel_perso} plutôt qu'ici svp."),
    s("vague_client client_meeting",
      "Je relance au sujet du poste de directeur technique. Mon client (un grand groupe asiatique, je ne peux "
      "pas en dire plus) a bien reçu votre étude. Il propose maintenant un entretien à {ville_etr}, tous frais "
      "de déplacement couverts, une fin de semaine suffit."),
    s("vague_client paid_task sensitive_info unusual_payment",
      "Salut {prenom}! Pour le poste, pas besoin de lettre ni d'entrevue classique : le client veut juste une "
      "note de réflexion payée sur les orientations de ton employeur pour les 3 prochaines années. Tu me "
      "factures directement, paiement PayPal à un proche si tu préfères."),
])

# ---------------------------------------------------------------- suspicious, subtle (no giveaway word)

F.add("fr4-s-14-approche-acces", 1, "subtle_approach", "inmail", False, [
    s("credential_targeting",
      "Bonjour {prenom}, j'ai vu que vous étiez au {ministere} depuis plusieurs années, dans une équipe qui "
      "touche aux dossiers d'approvisionnement militaire. Je monte un petit réseau de personnes qui ont ce genre "
      "de parcours. Seriez-vous ouvert(e) à un café virtuel, sans engagement?"),
    s("credential_targeting",
      "Allô {prenom}! Ancien de la Défense moi aussi, je cherche des gens qui ont encore leurs accès et qui "
      "connaissent les gens en place. Rien d'officiel, juste des échanges entre personnes qui se comprennent. "
      "Tu serais partant(e) qu'on en parle?"),
    s("credential_targeting",
      "Madame {nom}, votre habilitation et votre poste actuel dans l'équipe {domaine} font de vous exactement "
      "le profil que des amis à moi recherchent pour comprendre ce secteur de l'intérieur. J'aimerais beaucoup "
      "vous les présenter."),
])

F.add("fr4-s-15-ailleurs", 1, "subtle_approach", "chat", False, [
    s("off_platform secrecy",
      "Je préfère qu'on ne continue pas ici, cette messagerie garde tout. Texte-moi sur mon autre numéro, "
      "{tel_etr}, et efface ce fil après."),
    s("off_platform",
      "T'as une adresse à toi, pas celle du travail? Je t'envoie les détails là-bas, ce sera plus simple pour "
      "tout le monde."),
    s("off_platform",
      "[{horodatage}] {prenom2} : on peut continuer ailleurs? une appli où les messages disparaissent, je "
      "t'envoie le lien d'invitation par texto"),
])

F.add("fr4-s-16-curiosite", 1, "subtle_approach", "email", False, [
    s("sensitive_info",
      "Bonjour {prenom},\n\nMerci encore pour notre discussion de la semaine passée, c'était passionnant. Une "
      "curiosité : vous disiez que l'appel d'offres pour {projet} sortirait au printemps. Savez-vous déjà quelles "
      "entreprises sont pressenties, et quel budget a été autorisé à l'interne?\n\nAu plaisir,\n{prenom2}"),
    s("sensitive_info",
      "Salut {prenom},\n\npour mon livre (qui ne sortira pas avant un an), j'aurais besoin de la version de "
      "travail du plan, celle qui circule entre vous avant les corrections. Juste pour comparer avec ce qui "
      "sera publié. Tu pourrais me la transférer?\n\n{prenom2} {nom2}"),
    s("sensitive_info",
      "Bonjour {prenom},\n\nDans la foulée de notre lunch : quels sont les trois risques que votre équipe a "
      "relevés pour le réseau et qui ne figurent pas dans le bilan annuel? Je vous pose la question pour mieux "
      "comprendre, rien de plus.\n\nAmitiés,\n{prenom2} {nom2}"),
])

F.add("fr4-s-17-amis-voyage", 1, "subtle_approach", "chat", False, [
    s("client_meeting",
      "Mes amis seraient vraiment contents de te rencontrer pendant ton congé. Ils peuvent t'inviter à "
      "{ville_etr} une semaine, avion et hôtel, on s'occupe de tout. Ce sont des gens qui comptent dans ton "
      "domaine."),
    s("client_meeting",
      "Il y a quelqu'un de très haut placé qui a lu ton texte et qui aimerait te serrer la main. Il passe par "
      "{ville_etr} le mois prochain. T'as juste à prendre une semaine de vacances, on réserve le vol à ton nom."),
    s("client_meeting secrecy",
      "[{horodatage}] {prenom2} : pour la rencontre, inutile de déclarer le voyage au bureau, c'est un "
      "déplacement personnel après tout. Mon ami va t'attendre à l'aéroport de {ville_etr}."),
])

F.add("fr4-s-18-hors-boucle", 1, "subtle_approach", "inmail", False, [
    s("secrecy",
      "Pas besoin d'en glisser un mot à votre gestionnaire, c'est entre vous et moi, une conversation entre "
      "gens de l'industrie. Il vaut mieux ne pas utiliser l'ordinateur du bureau pour me répondre."),
    s("secrecy",
      "Je vous suggère de ne pas parler de nos échanges à l'agent de sécurité de votre ministère. Ils "
      "compliquent tout pour rien, et ce n'est pas comme si vous faisiez quelque chose de mal."),
    s("secrecy sensitive_info",
      "Quand vous m'enverrez les notes de la réunion de {date}, prenez-les en photo avec votre téléphone plutôt "
      "que de les numériser au bureau. Moins de manipulations, moins de questions."),
])

F.add("fr4-s-19-visites-famille", 1, "coercion", "chat", False, [
    s("coercion",
      "Ta mère a eu une visite hier, des gens du quartier. Ils ont demandé de tes nouvelles, où tu habites, avec "
      "qui tu sors à {ville}. Elle s'inquiète. Tu devrais penser à revenir pour de bon, ce serait plus simple "
      "pour elle."),
    s("coercion",
      "Ton cousin a perdu sa place à l'université la semaine dernière. On m'a fait comprendre que ça pourrait "
      "s'arranger si tu arrêtais d'aller aux réunions du samedi et que tu nous disais qui y va."),
    s("coercion",
      "[{horodatage}] Oncle {prenom2} : les messieurs sont repassés à la maison. Ils disent que si tu rentres "
      "avant l'été on oublie tout. Sinon ils vont revenir voir ton père. Appelle-moi."),
])

F.add("fr4-s-20-quelques-pages", 1, "subtle_approach", "email", False, [
    s("paid_task vague_client",
      "Bonjour {prenom},\n\nDes personnes que je connais bien, et qui préfèrent rester en retrait, aimeraient "
      "lire votre point de vue sur l'avenir de {projet}. Une dizaine de pages suffiraient. Elles savent "
      "reconnaître le travail bien fait et vous le rendront largement.\n\nCordialement,\n{prenom2} {nom2}"),
    s("paid_task vague_client sensitive_info",
      "Salut {prenom},\n\nle texte a plu à mes partenaires. Ils en voudraient un chaque mois, sur ce qui bouge "
      "dans ton équipe, les décisions avant qu'elles sortent. Même arrangement que la dernière fois, et ça peut "
      "devenir régulier.\n\n{prenom2}"),
    s("paid_task vague_client sensitive_info",
      "Bonjour {prenom},\n\nUne petite commande de la part de gens sérieux : une note sur la façon dont votre "
      "direction prépare ses négociations avec les fournisseurs asiatiques, les marges qu'elle se donne. Vous ne "
      "le regretterez pas.\n\n{prenom2} {nom2}"),
])

# ---------------------------------------------------------------- benign, hard look-alikes

F.add("fr4-b-01-recruteur-courriel", 0, "genuine_recruiter", "inmail", True, [
    b("Bonjour {prenom}, je suis {prenom2} {nom2}, recruteuse chez {employeur}. Nous cherchons un(e) "
      "ingénieur(e) principal(e) en {domaine} pour notre bureau de {ville}; le poste exige une cote de sécurité "
      "Secret (nous pouvons parrainer la demande). Si ça vous intéresse, poursuivons par courriel : "
      "{courriel_pro}. Je vous enverrai la description complète."),
    b("Merci pour votre réponse rapide! Pour la suite c'est plus simple par courriel, LinkedIn limite les "
      "pièces jointes. Écrivez-moi à {courriel_pro} avec votre CV; je transmets au gestionnaire d'embauche, "
      "{prenom2} {nom2}, qui vous contactera pour une première entrevue."),
    b("Petit suivi : le gestionnaire aimerait vous parler cette semaine. Est-ce que je peux vous appeler au "
      "numéro de votre CV? Sinon voici ma ligne directe au bureau : {tel}. Salaire entre 110 000 $ et "
      "125 000 $, poste hybride à {ville}, chez {employeur}."),
])

F.add("fr4-b-02-recruteur-texto", 0, "genuine_recruiter", "chat", True, [
    b("Salut {prenom}, c'est {prenom2} de {cabinet}, on s'est jasé au salon de l'emploi. Le poste d'analyste en "
      "{domaine} chez {employeur} est encore ouvert, je peux t'appeler demain midi? Mon cell : {tel}"),
    b("[{horodatage}] {prenom2} ({cabinet}) : Parfait, je t'envoie l'invitation Teams pour l'entrevue sur ton "
      "courriel perso puisque tu préfères pas utiliser celui du travail. Le client c'est {employeur}, comme je "
      "te disais au téléphone."),
    b("Bonsoir {prenom}! Désolée de texter si tard, grosse journée. {employeur} a aimé ton entrevue, ils veulent faire une "
      "offre. Je t'appelle demain pour les détails (salaire, date de début, vérification de sécurité). Bonne "
      "soirée!"),
])

F.add("fr4-b-03-recherche-cadres", 0, "genuine_recruiter", "email", True, [
    b("Objet : Direction des opérations - recherche confidentielle\n\nBonjour {prenom},\n\nJe suis associée "
      "chez {cabinet}, cabinet de recherche de cadres à {ville}. Nous menons une recherche confidentielle pour "
      "un poste de vice-président(e) opérations dans une société cotée du secteur {domaine}; le nom du client "
      "vous sera communiqué après un premier appel et la signature d'une entente de non-divulgation, comme "
      "c'est l'usage. Seriez-vous disponible 20 minutes cette semaine? Ma ligne : {tel}.\n\n{prenom2} {nom2}\n"
      "Associée, {cabinet}"),
    b("Bonjour {prenom},\n\nComme convenu au téléphone, voici le nom du client : {employeur}. Je joins le profil "
      "de poste et l'entente de non-divulgation. La rémunération globale tourne autour de 240 000 $. Votre "
      "candidature ne sera transmise qu'avec votre accord écrit.\n\n{prenom2} {nom2}\n{cabinet}"),
    b("Re: VP opérations\n\nMerci {prenom}. Je comprends que vous ne vouliez pas que votre employeur actuel "
      "l'apprenne avant une offre; c'est standard, nous ne contactons aucune référence sans votre permission. "
      "Prochaine étape : entrevue avec le président du conseil à leurs bureaux de {ville}, vos frais de "
      "déplacement seront remboursés selon leur politique.\n\n{prenom2}"),
])

F.add("fr4-b-04-experts-conformite", 0, "expert_network", "email", True, [
    b("Objet : Consultation d'une heure - {domaine}\n\nBonjour {prenom},\n\nJe vous écris de la part de "
      "{reseau}, un réseau d'experts. Un de nos clients, {fonds}, aimerait s'entretenir une heure avec vous sur "
      "les tendances du marché en {domaine}. Nous offrons {taux}. Nous ne voulons aucune information "
      "confidentielle ni non publique sur votre employeur actuel ou passé; vous le confirmerez lors de notre "
      "formation conformité de 10 minutes.\n\n{prenom2} {nom2}\nAssociée, {reseau}"),
    b("Bonjour {prenom},\n\nMerci d'avoir accepté. L'appel avec {fonds} est confirmé pour jeudi 14 h. Rappel de "
      "nos règles : si une question porte sur des renseignements confidentiels, vous pouvez (et devez) refuser "
      "d'y répondre. Votre employeur actuel, {employeur}, est exclu des sujets. Paiement par dépôt direct "
      "sous 30 jours.\n\nL'équipe conformité, {reseau}"),
    b("Bonjour {prenom},\n\nSuivi de l'appel : le montant convenu ({taux}) a été versé dans votre compte, la "
      "facture est dans votre espace expert. Notre équipe conformité a relu les notes de l'appel, rien à "
      "signaler. Merci!\n\n{prenom2}, {reseau}"),
])

F.add("fr4-b-05-experts-inmail", 0, "expert_network", "inmail", True, [
    b("Bonjour {prenom}, je suis chargée de projets chez {reseau}. Un cabinet de conseil, {fonds}, cherche à "
      "parler à d'anciens gestionnaires de {domaine} pour une étude de marché. Consultation rémunérée "
      "({taux}) par téléphone. Êtes-vous encore au service d'une société d'État? Si oui, nos règles nous "
      "empêchent de vous mettre en relation."),
    b("Merci pour votre intérêt! Avant tout appel vous devrez accepter nos conditions : aucune information "
      "confidentielle, rien sur des appels d'offres en cours, aucune donnée interne. Je vous envoie le lien de "
      "notre portail par courriel, à l'adresse de votre profil."),
    b("Petite précision pour lundi : le client est {fonds}, son analyste s'appelle {prenom2} {nom2}. Questions "
      "générales sur la demande en {domaine} au Québec. Si vous hésitez sur une question, dites simplement "
      "que vous ne pouvez pas en parler, c'est tout à fait normal."),
])

F.add("fr4-b-06-seminaire-universite", 0, "conference_invite", "inmail", True, [
    b("Bonjour {prenom}, je suis professeur à la {universite}. Nous aimerions vous inviter à présenter vos "
      "travaux en {domaine} dans notre série de séminaires publics, le {date}. Nous offrons un cachet de 500 $ "
      "et le remboursement du déplacement et de l'hôtel sur présentation des reçus. La séance sera enregistrée "
      "et mise en ligne. - Pr {prenom2} {nom2}"),
    b("Merci d'avoir accepté! Pour le cachet, le service des finances a besoin d'un formulaire de fournisseur "
      "et d'un spécimen de chèque, c'est la procédure de l'université. On réserve l'hôtel pour vous, vous "
      "n'avez rien à avancer."),
    b("Petit rappel pour le {date} : la présentation doit s'en tenir à des résultats publiés ou publiables. "
      "Si votre employeur doit approuver les diapositives, prévoyez le délai; plusieurs conférenciers du "
      "milieu de la défense le font."),
])

F.add("fr4-b-07-institut-evaluation", 0, "think_tank_commission", "email", True, [
    b("Objet : Évaluation d'un cahier de recherche\n\nBonjour {prenom},\n\nL'{institut} publie au printemps un "
      "cahier sur la sécurité énergétique du Canada. Accepteriez-vous d'en faire l'évaluation (une quinzaine de "
      "pages, trois semaines)? Honoraires : 750 $. Vos commentaires, signés ou anonymes à votre choix, seront "
      "transmis aux auteurs; le cahier ne repose que sur des sources publiques.\n\n{prenom2} {nom2}\n"
      "Directrice de la recherche"),
    b("Bonjour {prenom},\n\nNous aimerions vous commander une note d'orientation signée de 4 000 mots sur "
      "{domaine}, publiée sous votre nom sur notre site en juin. Honoraires : 2 000 $. Nous ne publions que des "
      "analyses fondées sur des sources publiques, et nous demandons aux auteurs fonctionnaires l'autorisation "
      "de leur ministère.\n\n{prenom2} {nom2}, {institut}"),
    b("Re: note d'orientation\n\nMerci pour la version finale! La facture peut être adressée à l'{institut}, "
      "comptabilité. Paiement par virement dans les 30 jours; votre nom figurera dans la liste publique de nos "
      "contributeurs.\n\n{prenom2}"),
])

F.add("fr4-b-08-offre-cote", 0, "cleared_job_ad", "inmail", True, [
    b("Offre d'emploi - Analyste en cybersécurité (niveau 3), {employeur}, {ville}. Exigence : cote de sécurité "
      "Secret valide ou capacité de l'obtenir (citoyenneté canadienne requise). Salaire 92 000 $ à 108 000 $. "
      "Postulez sur notre site carrières; aucune candidature reçue par messagerie ne sera considérée."),
    b("Bonjour {prenom}, vous avez sauvegardé notre offre « Ingénieur(e) systèmes embarqués - programme "
      "naval ». Rappel : le poste exige la cote Très secret; l'habilitation prend de 4 à 8 mois et elle est "
      "entièrement gérée par notre bureau de sécurité industrielle. Questions? {courriel_pro}"),
    b("On recrute! {employeur} cherche 12 technicien(ne)s en {domaine} pour ses installations de {ville}. "
      "Cote de fiabilité requise. Aucuns frais ne seront jamais demandés aux candidats. Méfiez-vous des "
      "offres qui utilisent notre nom sur WhatsApp ou Telegram."),
])

F.add("fr4-b-09-dotation-federale", 0, "cleared_job_ad", "email", True, [
    b("Objet : Processus de sélection 26-MIN-0142 - Conseiller(ère) en politiques\n\nBonjour,\n\nVotre "
      "candidature au processus 26-MIN-0142 du {ministere} a été retenue pour l'examen écrit. Rappel : le "
      "poste exige une cote de sécurité Secret; l'enquête sera lancée après l'offre conditionnelle. L'examen "
      "se fait en ligne le {date}.\n\nRessources humaines, {ministere}"),
    b("Bonjour {prenom},\n\nFélicitations pour l'offre conditionnelle! Prochaine étape : remplir le formulaire "
      "de filtrage de sécurité et nous fournir vos adresses des 10 dernières années. Vos empreintes seront "
      "prises à {ville}. Ne transmettez jamais ces documents par courriel personnel, utilisez le portail "
      "sécurisé.\n\nUnité de la sécurité du personnel"),
    b("Bonjour {prenom},\n\nLa Sécurité nous a confirmé votre cote Très secret. Vous commencez lundi au 4e "
      "étage; votre carte d'accès sera prête à l'accueil. Merci de ne pas apporter votre cellulaire personnel "
      "dans la zone sécurisée.\n\n{prenom2} {nom2}, gestionnaire"),
])

F.add("fr4-b-10-avis-securite", 0, "security_awareness", "email", True, [
    b("Objet : Sensibilisation - fausses offres d'emploi et approches étrangères\n\nÀ tout le personnel,\n\n"
      "Le SCRS rappelle que des services de renseignement étrangers utilisent LinkedIn pour approcher des "
      "employés ayant une cote de sécurité. Signes à surveiller : un recruteur qui veut passer rapidement à "
      "WeChat ou WhatsApp, une offre de payer des « rapports » pour un client qu'on ne nomme pas, des questions "
      "sur l'information interne, une invitation à l'étranger tous frais payés, une demande de garder le secret "
      "envers votre employeur. Signalez toute approche à {courriel_secu}.\n\nBureau de la sécurité ministérielle"),
    b("Rappel mensuel de sécurité : si quelqu'un vous offre de l'argent en cryptomonnaie ou en cartes-cadeaux "
      "pour un « petit mandat », ou vous demande de ne pas en parler à votre gestionnaire, c'est un signal "
      "d'alarme. Ne répondez pas, faites une capture d'écran et appelez la sécurité au poste {poste}.\n\n"
      "Service de la sécurité, {employeur}"),
    b("Objet : Capsule « Pensez avant de vous connecter »\n\nBonjour à toutes et à tous,\n\nCette semaine, un "
      "cas réel (anonymisé) : un faux chasseur de têtes a offert à une employée 3 000 $ pour une « analyse » "
      "destinée à un client à Hong Kong, puis l'a invitée à Shenzhen, billets payés. Elle l'a signalé, bravo! "
      "Si vous recevez un message semblable, transférez-le à {courriel_secu}.\n\nL'équipe de sensibilisation"),
])

F.add("fr4-b-11-alerte-collegues", 0, "security_awareness", "chat", True, [
    b("[{horodatage}] {prenom2} : Heille l'équipe, la sécu a envoyer un rappel : si un « recruteur » vous "
      "demande de passer sur Telegram ou WhatsApp et vous offre de l'argent pour un rapport, on le signale. "
      "Il y a eu trois cas ce mois-ci au {ministere}."),
    b("{prenom}, fais attention, le gars qui t'a écrit sur LinkedIn c'est exactement le scénario de la "
      "formation : cote de sécurité, client anonyme, voyage payé à Macao. Transfère ça à la sécurité, ils vont "
      "savoir quoi faire."),
    b("Petit partage : la GRC rappelle que des faux agents appellent des familles de la communauté pour les "
      "pousser à « rentrer au pays » en menaçant leurs proches. Si ça vous arrive, appelez la police de "
      "{ville}, vous n'êtes pas seuls 🙏"),
])

F.add("fr4-b-12-famille-wechat", 0, "family_chat", "chat", True, [
    b("[{horodatage}] Maman : Ton père demande si tu rentres pour le Nouvel An. On paie la moitié du billet, "
      "je t'envoie ça par WeChat Pay ce soir. Dis rien à ta sœur, elle va être jalouse 😂"),
    b("Maman j'ai reçu le virement sur WeChat, merci!! Je t'appelle en vidéo dimanche, avec le décalage c'est "
      "mieux le soir ici. Dis à grand-papa que je vais bien et que {ville} est gelée."),
    b("[{horodatage}] Tante {prenom2} : Ta cousine arrive à {ville} en septembre pour ses études. Tu peux aller "
      "la chercher à l'aéroport? On t'envoie l'argent du taxi sur WeChat. Ajoute-la, son id c'est son prénom "
      "et l'année."),
])

F.add("fr4-b-13-famille-whatsapp", 0, "family_chat", "chat", True, [
    b("Papa j'ai fait le virement sur ton compte pour les médicaments de mamie. Lui dis pas que c'est moi, "
      "elle va refuser 😅 On se parle sur WhatsApp ce soir, le réseau est meilleur qu'un appel normal."),
    b("[{horodatage}] {prenom2} : Les cousins au Maroc organisent le mariage en juillet, les billets sont "
      "chers. Si tu veux on partage, je t'envoie ma part par Interac. Et chut, c'est une surprise pour tonton!"),
    b("Ma belle, ta mère s'ennuie de toi. Tu devrais revenir à la maison quelques semaines cet été, on paie "
      "ton billet. Pas de pression, mais pense-y 💕 Ton père"),
])

F.add("fr4-b-14-collegues-outil", 0, "coworker_channel", "chat", True, [
    b("[{horodatage}] {prenom2} {nom2} : On continue sur Teams? Le canal du projet est là et je veux pas qu'on "
      "perde le fil dans les textos. Et mets pas les plans de {projet_ben} dans un message, dépose-les sur le "
      "SharePoint."),
    b("Salut {prenom}, je viens d'ajouter toute l'équipe dans Slack, canal #migration-reseau. Les courriels "
      "c'est trop lent pour ça. Rappel de la gestionnaire : rien de classifié sur Slack, ça reste sur le "
      "réseau Secret."),
    b("Tu peux me réécrire sur le WeChat d'entreprise? Les fournisseurs de Suzhou sont tous là-dessus, c'est "
      "l'outil approuvé par la TI pour eux. Pas sur ton WeChat perso par contre, la conformité a été claire."),
])

F.add("fr4-b-15-equipe-change-canal", 0, "coworker_channel", "chat", True, [
    b("Bonjour l'équipe! À partir de lundi, les échanges sur {projet_ben} se font dans le canal Teams et plus "
      "dans le groupe WhatsApp. La sécurité nous l'a demandé : les documents internes sortent pas des outils de "
      "l'entreprise. Merci! - {prenom2}"),
    b("[{horodatage}] {prenom2} : oui tu peux donner ton cell au partenaire de {ville_etr}, mais les fichiers "
      "passent par le portail sécurisé. Ils voulaient jaser sur WhatsApp, j'ai proposé Teams et ils ont dit ok"),
    b("Petit mot pour les nouveaux : le groupe Signal de l'équipe de garde sert juste à dire « je regarde "
      "l'alerte ». Aucun détail technique, aucun nom de client, tout le reste va dans le billet ServiceNow."),
])

F.add("fr4-b-16-frais-mission", 0, "payroll", "email", True, [
    b("Objet : Remboursement - mission à {ville_etr}\n\nBonjour {prenom},\n\nVotre demande de remboursement pour "
      "la mission à {ville_etr} (vol, hôtel, indemnités de repas : {montant}) a été approuvée. Le montant sera "
      "déposé dans votre compte de paie le 15. Conservez vos cartes d'embarquement six ans.\n\nComptes "
      "fournisseurs, {employeur}"),
    b("Bonjour {prenom},\n\nPour le salon de {ville_etr}, le billet est payé par l'entreprise via l'agence de "
      "voyages; les repas sont remboursés sur présentation des reçus. Rappel : la Sécurité demande un breffage "
      "avant tout voyage en Chine et un compte rendu au retour.\n\n{prenom2} {nom2}\nAdjointe administrative"),
    b("Bonjour,\n\nPetite erreur dans ta note de frais : les 180 $ en argent comptant pour le taxi de l'aéroport "
      "doivent être justifiés par un reçu. Sinon, signe la déclaration de dépense sans pièce justificative "
      "(formulaire F-12). Merci!\n\n{prenom2}, Finances"),
])

F.add("fr4-b-17-frais-texto", 0, "payroll", "chat", True, [
    b("[{horodatage}] {prenom2} (gestionnaire) : Garde toutes tes factures du voyage à {ville}, j'approuve ta "
      "note de frais lundi. Le per diem est de 98 $ par jour, l'hôtel est payé direct par la carte corpo."),
    b("Salut {prenom}, la conférence à {ville_etr} est approuvée! On te rembourse le billet et l'inscription, "
      "mais réserve avec l'agence de voyages du bureau sinon Finances va chialer."),
    b("Hey, Finances m'a dit que le dépôt de ton remboursement va arriver mardi, pas vendredi. Le système de "
      "paie est en maintenance 🙄"),
])

F.add("fr4-b-18-anciens", 0, "alumni_group", "chat", True, [
    b("[{horodatage}] {prenom2} (Génie 2012) : Allô la gang! Mon employeur, {employeur}, cherche un(e) "
      "spécialiste en {domaine}, cote Secret. Prime de recommandation de 3 000 $ pour moi si je vous réfère 😉 "
      "Écrivez-moi en privé, je vous donne le lien de l'offre."),
    b("Retrouvailles des 15 ans de la promo à {ville}, le {date}! Souper 65 $, payable par Interac à "
      "{prenom2} (trésorier du comité). Répondez dans le groupe WhatsApp svp."),
    b("Bonjour à tous, quelqu'un a déjà fait des consultations payées pour un réseau d'experts? {reseau} m'a "
      "contacté, ils ont l'air sérieux (ils m'ont fait signer une déclaration : aucune info confidentielle). "
      "Vos expériences?"),
])

F.add("fr4-b-19-parents", 0, "parents_group", "chat", True, [
    b("[{horodatage}] {prenom2} (maman de Léa) : Bonjour les parents! Attention, quelqu'un se fait passer pour "
      "l'enseignante de 3e année et demande 40 $ par Interac pour une sortie. L'école demande jamais d'argent "
      "par texto. Vérifiez sur le portail!"),
    b("Rappel : collecte pour le cadeau de fin d'année de Mme {nom} : 10 $ par famille, virement à {prenom2} "
      "ou en argent dans une enveloppe dans le sac à dos. On garde ça secret, c'est une surprise! 🎁"),
    b("Quelqu'un peut ajouter le papa de Karim dans le groupe WeChat? Il m'a demandé hier. Il parle pas "
      "beaucoup français, on peut traduire les messages importants pour lui."),
])

F.add("fr4-b-20-journaliste", 0, "journalist_interview", "inmail", True, [
    b("Bonjour {prenom}, je suis {prenom2} {nom2}, journaliste au {journal}. Je prépare un reportage sur la "
      "pénurie de main-d'œuvre en {domaine} au Québec. Accepteriez-vous une entrevue téléphonique de 20 "
      "minutes, à visage découvert? Je ne vous demanderai rien sur votre employeur qui ne soit pas public. "
      "Mon numéro au journal : {tel}."),
    b("Merci d'avoir accepté! Pour rappel, l'entrevue est on the record : votre nom et votre titre seront "
      "publiés. Si votre employeur exige une autorisation des communications, je peux leur écrire directement. "
      "Le texte paraîtra samedi."),
    b("Bonjour {prenom}, j'enquête pour le {journal} sur les faux recruteurs qui approchent des fonctionnaires "
      "ayant une cote de sécurité. Avez-vous été ciblé(e)? Je cherche des témoignages, anonymes si vous "
      "préférez, mais je vérifie toujours l'identité de mes sources. Mon numéro à la salle de rédaction : {tel}."),
])

F.add("fr4-b-21-colloque", 0, "conference_invite", "email", True, [
    b("Objet : Invitation - conférencier, Sommet Asie-Pacifique sur les semi-conducteurs\n\nBonjour {prenom},\n\n"
      "Le comité organisateur a le plaisir de vous inviter comme conférencier à {ville_etr}, du 3 au 5 "
      "novembre. Nous couvrons le vol en classe économique, trois nuits d'hôtel et un honoraire de 1 000 $ US. "
      "Les présentations sont publiques et publiées dans les actes; le programme complet est en ligne.\n\n"
      "{prenom2} {nom2}, Program Chair"),
    b("Bonjour {prenom},\n\nMerci d'avoir confirmé votre participation au panel. Votre résumé sera publié dans "
      "le programme. Pour le remboursement du vol, envoyez la facture de votre agence à notre trésorerie; nous "
      "ne faisons aucun paiement en espèces ni en cartes-cadeaux. Au plaisir de vous voir à {ville_etr}!\n\n"
      "Le secrétariat du congrès"),
    b("Salut {prenom}!\n\nOn cherche encore un·e panéliste pour le colloque de {ville} sur la sécurité "
      "économique. Rien de payé malheureusement (on est un OBNL), mais on rembourse le train et le lunch est "
      "fourni 😅 Ça te tente?\n\n{prenom2}"),
])

F.add("fr4-b-22-accueil-rh", 0, "hr_onboarding", "email", True, [
    b("Objet : Bienvenue chez {employeur}!\n\nBonjour {prenom},\n\nNous sommes ravis de vous accueillir le "
      "{date}. Avant votre arrivée, remplissez dans le portail RH vos renseignements bancaires pour le dépôt "
      "direct, le formulaire de vérification des antécédents et l'entente de confidentialité. Nous ne vous "
      "demanderons jamais de payer quoi que ce soit ni d'acheter votre équipement.\n\nL'équipe Talents, {employeur}"),
    b("Bonjour {prenom},\n\nVotre portable vous attend à la réception le premier jour. Pour activer votre "
      "compte, le service TI vous appellera au numéro que vous nous avez donné ({tel}). Personne ne vous "
      "demandera votre mot de passe.\n\n{prenom2} {nom2}\nConseillère RH"),
    b("Re: documents d'embauche\n\nMerci {prenom}, nous avons reçu votre spécimen de chèque et votre NAS via le "
      "portail sécurisé. Comme vous n'avez pas encore d'adresse professionnelle, nous continuons de vous écrire "
      "à votre courriel personnel jusqu'à lundi.\n\n{prenom2}, conseillère RH"),
])

F.add("fr4-b-23-paie-banque", 0, "payroll", "email", True, [
    b("Avis de dépôt - {employeur}\n\nVotre paie du 14 au 27 a été déposée : {montant} net. Le relevé est dans "
      "l'espace employé. Nous ne vous enverrons jamais de lien pour « confirmer » vos renseignements bancaires."),
    b("Objet : Changement de compte bancaire - confirmation\n\nBonjour {prenom},\n\nNous avons reçu votre "
      "demande de modification du compte de dépôt. Si vous n'êtes pas à l'origine de cette demande, appelez "
      "tout de suite le centre de paie au {tel} (jamais au numéro indiqué dans un courriel non sollicité).\n\n"
      "Centre des services de paie"),
    b("{banque} - Avis : un virement Interac de {montant} de {prenom2} {nom2} a été déposé dans votre compte. "
      "Si vous ne reconnaissez pas cette transaction, communiquez avec nous au {tel}."),
])

# ---------------------------------------------------------------- benign, plain

F.add("fr4-b-24-jasette", 0, "ordinary_chat", "chat", False, [
    b("T'es où? On t'attend au resto depuis 20 minutes 😂"),
    b("[{horodatage}] {prenom2} : Hockey mercredi soir à {ville}, il manque un gardien, t'es dispo?"),
    b("Oublie pas le lait en revenant, pis le petit a sa pratique de natation à 18 h."),
])

F.add("fr4-b-25-courriel-travail", 0, "work_email", "email", False, [
    b("Objet : Compte rendu - réunion d'équipe\n\nBonjour à tous, voici les points de ce matin : calendrier des "
      "vacances, nouvelle imprimante au 3e, formation Excel jeudi.\n\n{prenom2}"),
    b("Bonjour {prenom},\n\npeux-tu relire la présentation pour le comité de direction avant midi? J'ai surtout "
      "besoin d'un œil sur les graphiques de la page 6.\n\n{prenom2}"),
    b("Objet : Fermeture du stationnement P2\n\nLe stationnement P2 sera fermé vendredi pour le déneigement. "
      "Merci d'utiliser le P1 ou le transport en commun.\n\nGestion immobilière"),
])

F.add("fr4-b-26-notifications", 0, "notification", "inmail", False, [
    b("{prenom2} {nom2} a consulté votre profil. Découvrez qui d'autre s'intéresse à vous."),
    b("Félicitez {prenom2} {nom2} pour son nouveau poste de gestionnaire chez {employeur}!"),
    b("Bonjour {prenom}, merci d'avoir accepté mon invitation! On s'était croisés au 5 à 7 des ingénieurs à "
      "{ville}. Au plaisir!"),
])

SUBTLE = {
    "fr4-s-14-approche-acces", "fr4-s-15-ailleurs", "fr4-s-16-curiosite", "fr4-s-17-amis-voyage",
    "fr4-s-18-hors-boucle", "fr4-s-19-visites-famille", "fr4-s-20-quelques-pages",
}


# A body that already greets, carries a header or starts a chat line takes no opener ("Bonsoir, Allô Yan!").
_STARTS_ITSELF = re.compile(r"(?:Bonjour|Bonsoir|Salut|Allô|Hi|Hello|Madame|Monsieur|Objet :|Re:|Avis|\[)")


def _drop_double_opener(text: str) -> str:
    for opener in sorted((o for o in OPENERS if o), key=len, reverse=True):
        if text.startswith(opener) and _STARTS_ITSELF.match(text, len(opener)):
            return text[len(opener):]
    return text


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "fr", SEED, PER_TEMPLATE)
    kept: list[dict[str, object]] = []
    seen: set[str] = set()
    per_family: dict[str, int] = {}
    for row in rows:
        text = _drop_double_opener(str(row["text"]))
        if text in seen:
            continue
        seen.add(text)
        family = str(row["family"])
        per_family[family] = per_family.get(family, 0) + 1
        row["text"] = text
        row["id"] = f"{family}-{per_family[family]:02d}"
        if family in SUBTLE:
            row["subtlety"] = "subtle"
        kept.append(row)
    write(kept, HERE / "fr_author4.jsonl")


if __name__ == "__main__":
    main()
