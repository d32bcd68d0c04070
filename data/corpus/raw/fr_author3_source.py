"""Third author's Canadian-French training families (Québec and federal public-service usage).

Run: python fr_author3_source.py  -> rewrites fr_author3.jsonl next to this file (deterministic).

Every template below was written by hand for this file, from the threat description in
../shared/DESIGN.md only. Each family is one persona or situation (ids fr3-s-NN-slug for suspicious,
fr3-b-NN-slug for benign); slots are filled from shared pools and an opener and a closer are drawn
from pools shared by both classes (see template_families.py). Families listed in SUBTLE carry no
giveaway word (no app name, no "client", no fee, no "confidentiel") and are marked "subtle".
All names, firms, addresses (example.com/.net/.org) and numbers (555-01xx) are invented.
"""

from __future__ import annotations

from pathlib import Path

from template_families import Families, build, write

HERE = Path(__file__).resolve().parent
SEED = 3303
PER_TEMPLATE = 2

POOLS: dict[str, list[str]] = {
    "prenom": ["Julie", "Mathieu", "Sophie", "Karim", "Nadia", "Étienne", "Geneviève", "Olivier",
               "Marie-Ève", "Jean-François", "Amélie", "Samir", "Chloé", "Maxime", "Isabelle", "Mei"],
    "nom": ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
            "Pelletier", "Chen", "Nguyen", "Haddad", "Bélanger"],
    "ville": ["Montréal", "Québec", "Gatineau", "Rimouski", "Sherbrooke", "Trois-Rivières", "Laval", "Saguenay"],
    "etranger": ["Shanghai", "Hong Kong", "Singapour", "Dubaï", "Bangkok", "Macao", "Shenzhen", "Pékin"],
    "secteur": ["aérospatiale", "défense", "télécommunications", "semi-conducteurs",
                "intelligence artificielle", "énergie nucléaire", "cybersécurité", "hydroélectricité"],
    "employeur": ["la Défense nationale", "Affaires mondiales Canada", "Avionique Cartier", "Télécom Laurentide",
                  "NordiPuce", "l'Agence spatiale", "Sécurité publique", "Hydro Nordique"],
    "poste": ["analyste principal(e) en cybersécurité", "ingénieur(e) en systèmes avioniques",
              "gestionnaire de programme", "architecte réseau 5G", "conseiller(ère) en politiques",
              "ingénieur(e) en vérification de puces"],
    "sujet": ["la chaîne d'approvisionnement des minéraux critiques", "la politique arctique du Canada",
              "la modernisation du NORAD", "l'industrie des semi-conducteurs au Québec",
              "la sécurité du réseau électrique", "le déploiement de la 5G en région",
              "les exportations de technologies à double usage"],
    "montant": ["150 $", "200 $", "250 $", "300 $", "350 $"],
    "somme": ["1 500 $", "2 000 $", "3 500 $", "4 000 $", "5 000 $"],
    "tel": ["514-555-0142", "438-555-0187", "613-555-0123", "819-555-0166", "418-555-0110", "450-555-0178"],
    "jour": ["mardi", "jeudi prochain", "vendredi", "lundi", "mercredi", "lundi prochain"],
    "heure": ["9 h", "10 h 30", "13 h", "14 h 30", "16 h"],
    "duree": ["20 minutes", "30 minutes", "45 minutes", "une heure"],
    "mois": ["mars", "avril", "mai", "juin", "septembre", "octobre", "novembre"],
    "app": ["WhatsApp", "Telegram", "WeChat", "Signal"],
    "perso": ["sylvie.b.62@example.com", "mlavoie.qc@example.com", "nadia.h@example.net",
              "jf.roy.1984@example.com", "chloe.morin@example.org"],
    "code": ["QC-2207", "MTL-8841", "F-1053", "A-4419", "R-7730"],
    "handle": ["nord_ops", "mk_7731", "vent_est", "lynx204", "patron_c"],
    "compagnie": ["Nordex Logistique", "Solutions Vireo", "Groupe Altaïr Services", "Distribution Bellerive"],
}

OPENERS = ["", "", "", "Bonjour,\n", "Bonjour! ", "Allô! ", "Rebonjour! ", "Bonsoir,\n"]
CLOSERS = ["", "", "", " Merci!", "\nBonne journée.", " Au plaisir.", " Merci à l'avance.",
           "\nBonne fin de semaine!"]

F = Families()

# ---------------------------------------------------------------- suspicious

F.add("fr3-s-01-faux-chasseur-aero", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting",
     "Je suis {prenom} {nom}, consultante en recrutement pour un groupe international en {secteur}. "
     "Votre profil m'a frappée : une cote de sécurité Très secret et plusieurs années à {employeur}, "
     "c'est exactement ce que recherche mon mandant. Le salaire dépasse largement ce que paie le fédéral. "
     "Seriez-vous ouvert(e) à jaser?"),
    ("pivot", "off_platform",
     "LinkedIn coupe souvent mes messages. Pourriez-vous m'écrire plutôt sur {app}? Mon numéro : {tel}. "
     "Ce sera plus simple pour vous envoyer la description du poste."),
    ("tasking", "paid_task vague_client",
     "Avant l'entrevue, mon client aimerait une courte analyse écrite, deux ou trois pages sur {sujet}, "
     "vue de l'intérieur. Il offre {somme} pour ce texte seulement, même si le poste ne se concrétise pas."),
    ("elicitation", "sensitive_info vague_client",
     "Votre analyse a beaucoup plu. Pour la suite, le client voudrait des précisions sur les projets pas "
     "encore annoncés à {employeur} : calendriers, fournisseurs, ce qui se dit dans les réunions. Rien de "
     "classifié, juste ce que vous entendez au bureau."),
    ("meeting", "client_meeting secrecy",
     "Le directeur du groupe sera à {etranger} le mois prochain et souhaite vous rencontrer en personne. "
     "Billets d'avion et hôtel sont réglés par nous, prévoyez trois jours. Inutile d'en parler à votre "
     "gestionnaire pour l'instant."),
    ("tasking", "unusual_payment",
     "Pour le paiement de votre analyse, le plus rapide est un virement en USDT ou un dépôt sur un compte "
     "à {etranger}. Dites-moi ce qui vous convient; on évite ainsi les délais des banques canadiennes."),
])

F.add("fr3-s-02-faux-centre-etudes", 1, "fake_think_tank", "email", False, [
    ("contact", "credential_targeting paid_task",
     "Notre centre d'études prépare une série de notes sur {sujet}. Nous cherchons des gens qui ont suivi "
     "ces dossiers de près au fédéral, et votre passage à {employeur} nous intéresse beaucoup. Chaque "
     "note est rémunérée {somme}."),
    ("tasking", "paid_task vague_client off_platform",
     "Les notes ne seront pas publiées : elles servent à un partenaire qui préfère rester discret. Pas "
     "besoin de les signer. Un simple fichier Word envoyé à {perso} suffira, pas à votre adresse du bureau."),
    ("elicitation", "sensitive_info",
     "Votre première note reprend surtout des sources publiques. Notre partenaire s'attend à davantage : "
     "les positions qui circulent à l'interne avant les annonces, les désaccords entre ministères, les "
     "noms des personnes qui pèsent sur les décisions."),
    ("tasking", "secrecy",
     "Une précision importante : cette collaboration n'a pas à figurer dans votre déclaration de conflits "
     "d'intérêts. Personne à {employeur} n'a besoin de savoir que vous écrivez pour nous."),
    ("meeting", "client_meeting unusual_payment",
     "Notre partenaire organise une table ronde privée à {etranger} en {mois}. Vos frais de déplacement "
     "seront couverts et une indemnité de {somme} vous sera remise en argent comptant sur place."),
])

F.add("fr3-s-03-mentor-retraite", 1, "slow_rapport", "chat", False, [
    ("contact", "credential_targeting",
     "J'ai lu ton billet sur {sujet}, très juste. J'ai fait toute ma carrière dans le même milieu avant "
     "de prendre ma retraite. Ça me ferait plaisir de prendre un café la prochaine fois que tu passes par "
     "{ville}, j'aime garder le contact avec la relève."),
    ("contact", "credential_targeting",
     "Content qu'on ait pu se voir. Tu m'as rappelé moi-même à ton âge : trop de talent pour ce qu'on te "
     "donne. Si jamais tu veux un coup de pouce pour la suite de ta carrière, je connais du monde."),
    ("pivot", "off_platform",
     "Les messages du bureau passent par tellement de filtres... Écris-moi plutôt au numéro sur la carte "
     "que je t'ai laissée, on jasera plus à notre aise."),
    ("tasking", "paid_task vague_client",
     "Des amis à moi qui conseillent des entreprises se demandent comment les choses vont tourner pour "
     "{sujet}. Ta lecture les aiderait beaucoup et ils savent reconnaître le temps qu'on leur donne. "
     "Rien d'officiel, juste ton avis."),
    ("elicitation", "sensitive_info",
     "Tu m'as glissé un mot d'une réorganisation chez vous. Ce serait quoi, les grandes lignes, avant que "
     "ça sorte? Mes amis aimeraient comprendre ce qui se prépare avant tout le monde."),
    ("meeting", "client_meeting",
     "Un de ces amis passe à {ville} {jour}. Il aimerait beaucoup te rencontrer, juste vous deux; je lui "
     "ai dit que tu étais la bonne personne. Il s'occupe de tout, même du souper."),
    ("elicitation", "secrecy",
     "Pas besoin d'en parler au bureau, hein. Ce sont des conversations entre amis, et ton gestionnaire "
     "risquerait de mal comprendre."),
])

F.add("fr3-s-04-groupe-sans-nom", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting",
     "Votre parcours au sein de {employeur} a retenu mon attention. Je représente un petit groupe de "
     "personnes qui suivent de près ce qui se fait en {secteur} et qui aiment échanger avec des gens de terrain. Auriez-vous "
     "{duree} à m'accorder?"),
    ("pivot", "off_platform",
     "Ici, les messages se perdent. Auriez-vous une adresse qui n'est pas celle du travail? Ce serait "
     "plus commode pour vous faire parvenir quelques documents."),
    ("tasking", "paid_task vague_client",
     "Les gens avec qui je travaille aimeraient une petite synthèse de votre point de vue sur {sujet}. "
     "Ils tiennent à reconnaître l'effort; on en discutera de vive voix."),
    ("elicitation", "sensitive_info vague_client",
     "Merci pour votre texte. Les gens avec qui je travaille aimeraient en savoir un peu plus sur ce qui "
     "n'est pas encore public : les orientations qui se dessinent, les noms qui circulent."),
    ("elicitation", "sensitive_info",
     "Existe-t-il des versions préliminaires de ces orientations? Même une ébauche, juste pour se faire "
     "une idée, serait précieuse pour eux."),
    ("meeting", "client_meeting",
     "Une des personnes du groupe sera de passage à {etranger} en {mois}. Si vous pouviez y aller, on "
     "s'occuperait de toute l'organisation; ce serait l'occasion de vous remercier comme il se doit."),
])

F.add("fr3-s-05-bureau-ressortissants", 1, "overseas_police_station", "chat", False, [
    ("none", "coercion",
     "{prenom}, ici le bureau de service aux ressortissants de ta province d'origine, à {ville}. "
     "Nous devons vérifier tes coordonnées et celles de ta famille. Présente-toi à notre local {jour} à {heure}."),
    ("none", "coercion",
     "Ta mère a reçu la visite du poste de police de son quartier. Tout ira bien pour elle si tu "
     "collabores avec nous. Tu sais ce qu'on attend de toi."),
    ("none", "coercion sensitive_info off_platform",
     "On veut la liste des membres de l'association étudiante qui étaient à la manifestation de samedi, "
     "avec leurs numéros de cellulaire. Envoie-la par {app}."),
    ("none", "coercion secrecy",
     "Inutile d'aller voir la police canadienne, ça compliquerait beaucoup la situation de ton père. "
     "Efface ces messages dès que tu les as lus."),
    ("none", "coercion",
     "Ton passeport expire en {mois}. Le renouvellement pourrait devenir très difficile si tu continues "
     "à publier ce genre de choses sur les réseaux."),
])

F.add("fr3-s-06-retour-par-la-famille", 1, "persuade_to_return", "chat", False, [
    ("none", "coercion",
     "{prenom}, c'est ton oncle. Des gens sont passés à la maison hier. Ils disent que tu dois revenir "
     "au pays régler ton dossier, sinon ce sera plus dur pour toute la famille."),
    ("none", "coercion",
     "Ta sœur n'a plus son emploi depuis la semaine passée, à cause de toi. Ils ont dit que tout rentrerait "
     "dans l'ordre si tu revenais avant {mois}. Pense un peu à nous."),
    ("none", "coercion secrecy",
     "Ils veulent te parler par vidéo {jour}, toi seul. N'en parle pas à ton avocat ni à tes amis "
     "canadiens, ça ferait tout rater."),
    ("none", "coercion",
     "Ils proposent même de payer ton billet de retour. Si tu reviens de toi-même, disent-ils, il n'y "
     "aura pas de suites. Réponds-moi vite, ta mère ne dort plus."),
    ("none", "coercion sensitive_info",
     "L'agent dit que tu pourrais aussi rester au Canada, à condition de leur donner des nouvelles des "
     "gens de ta paroisse là-bas : qui vient, qui organise, qui parle aux journalistes."),
])

F.add("fr3-s-07-trousse-de-demarrage", 1, "job_scam_fee", "email", False, [
    ("none", "job_scam",
     "Félicitations! Votre candidature au poste d'agent(e) administratif(ve) en télétravail chez "
     "{compagnie} a été retenue sans entrevue. Salaire : 32 $ de l'heure. Pour continuer, répondez depuis "
     "votre courriel personnel avec une photo de votre permis de conduire."),
    ("none", "job_scam unusual_payment",
     "Votre trousse de démarrage (ordinateur, logiciel et formation) coûte 289 $. Le montant sera "
     "remboursé sur votre première paie. Payez par carte-cadeau ou par virement Interac à {perso}."),
    ("none", "job_scam unusual_payment",
     "Nous vous avons posté un chèque de 2 850 $. Déposez-le, gardez votre salaire de la semaine et "
     "renvoyez le reste par virement à notre fournisseur d'équipement aujourd'hui même."),
    ("none", "job_scam off_platform",
     "Les entrevues de {compagnie} se font par clavardage sur {app}. Ajoutez le numéro {tel} et écrivez "
     "« candidat » : un gestionnaire vous répondra dans l'heure."),
    ("none", "job_scam",
     "Dernier rappel : sans votre numéro d'assurance sociale et un spécimen de chèque d'ici ce soir, "
     "votre poste chez {compagnie} sera offert à un autre candidat."),
])

F.add("fr3-s-08-taches-remunerees", 1, "job_scam_task", "chat", False, [
    ("none", "job_scam off_platform",
     "Moi c'est {prenom}, recruteuse pour une agence de marketing. Emploi à temps partiel : aimer "
     "des vidéos et noter des hôtels, de 150 à 400 $ par jour. Intéressé(e)? Écris-moi sur {app}."),
    ("none", "job_scam unusual_payment",
     "Bravo, tu as fini ta première série de tâches : 58 $ de commission! Pour débloquer le niveau VIP, "
     "tu dois recharger ton compte de 200 $ en USDT."),
    ("none", "job_scam unusual_payment",
     "Ton compte est dans le négatif à cause d'une commande combinée. Dépose 600 $ pour récupérer ton "
     "solde, sinon tu perds tout ce que tu as gagné."),
    ("none", "job_scam secrecy",
     "Voici le lien de la plateforme, inscris-toi avec le code {code}. Ne parle pas de cet emploi à ta "
     "banque, elle bloque souvent ce genre de revenu."),
    ("none", "job_scam",
     "Les nouveaux du groupe ont déjà retiré 1 200 $ cette semaine. Envoie une capture d'écran de ton "
     "solde à l'animatrice {prenom} pour recevoir ton bonus."),
])

F.add("fr3-s-09-faux-conseil-securite", 1, "fake_consultancy", "email", False, [
    ("contact", "credential_targeting paid_task",
     "Notre firme de conseil en sécurité recrute des consultants ponctuels qui détiennent une cote de "
     "sécurité valide, niveau Secret ou plus. Travail flexible, le soir, de la maison. Tarif : {montant} "
     "de l'heure."),
    ("tasking", "paid_task vague_client",
     "Premier mandat : un rapport d'une dizaine de pages sur les pratiques de sécurité réseau dans votre "
     "organisation, pour un client étranger actif en {secteur}. Nous ne divulguons pas son nom."),
    ("elicitation", "sensitive_info",
     "Pourriez-vous joindre au rapport les procédures internes d'accès et l'organigramme de l'équipe TI? "
     "Des captures d'écran suffisent, nous nous chargeons de la mise en forme."),
    ("tasking", "unusual_payment",
     "Nous payons en bitcoin pour protéger la vie privée de nos consultants. Envoyez-nous l'adresse de "
     "votre portefeuille; aucun feuillet fiscal ne sera émis."),
    ("pivot", "secrecy off_platform",
     "Pour nos échanges, utilisez uniquement {app} avec les messages éphémères activés, et jamais votre "
     "courriel professionnel. Votre employeur n'a pas à être au courant."),
])

F.add("fr3-s-10-forum-tous-frais", 1, "fake_conference", "email", False, [
    ("contact", "client_meeting credential_targeting",
     "Vous êtes invité(e) au Forum international sur {sujet}, à {etranger}. Billet en classe affaires, "
     "hôtel cinq étoiles et honoraires de {somme}. Aucune présentation publique n'est exigée : il s'agit "
     "surtout de rencontres en petit comité avec nos partenaires."),
    ("pivot", "off_platform",
     "Pour la logistique, notre coordonnatrice vous écrira sur {app}. Merci de lui transmettre une copie "
     "de votre passeport et le nom de votre employeur actuel, avec votre poste exact."),
    ("elicitation", "sensitive_info",
     "Nos partenaires souhaitent que votre intervention porte sur les projets en cours à {employeur}, "
     "ceux qui ne sont pas encore publics. Ce sera à huis clos, sans enregistrement."),
    ("meeting", "client_meeting unusual_payment",
     "Une fois sur place, un représentant vous remettra vos honoraires en argent comptant. Il aimerait "
     "aussi vous inviter à souper avec deux collègues de son ministère."),
    ("meeting", "secrecy",
     "Si votre employeur pose des questions, dites simplement qu'il s'agit d'un voyage personnel. Ces "
     "invitations se gèrent mieux sans paperasse."),
])

F.add("fr3-s-11-fonds-discret", 1, "fake_investor", "email", False, [
    ("contact", "credential_targeting",
     "Je gère un petit fonds qui s'intéresse aux fournisseurs en {secteur}. Vous connaissez ce marché de "
     "l'intérieur et votre regard m'aiderait à y voir plus clair. Un appel de {duree}, à votre convenance?"),
    ("tasking", "paid_task",
     "Pour notre comité, une note de quelques pages sur les acheteurs gouvernementaux et leurs priorités "
     "serait idéale. Nous savons reconnaître le temps des gens qui nous aident."),
    ("elicitation", "sensitive_info",
     "Ce qui nous aiderait vraiment, ce sont les échéanciers des prochains appels d'offres avant leur "
     "parution, et les budgets envisagés. Vous êtes bien placé(e) pour savoir où en sont les discussions."),
    ("elicitation", "sensitive_info",
     "Savez-vous quels fournisseurs ont été retenus pour la phase deux? Même approximativement. Le marché "
     "l'apprendra dans quelques mois, mais pour nous quelques mois font toute la différence."),
    ("meeting", "client_meeting",
     "Un de nos associés sera à {ville} {jour}. Il aimerait vous rencontrer en privé, en dehors de vos "
     "heures de bureau; il tient à vous remercier de vive voix."),
    ("pivot", "off_platform secrecy",
     "Il vaudrait mieux tenir nos échanges hors de votre boîte du bureau. Vos collègues n'ont pas à savoir "
     "que vous nous donnez un coup de main."),
])

F.add("fr3-s-12-doctorant-en-visite", 1, "visiting_researcher", "chat", False, [
    ("contact", "credential_targeting",
     "Je suis {prenom}, aux études doctorales, en visite pour un an. On m'a dit que tu travailles sur le projet "
     "en {secteur} avec le ministère. J'aimerais beaucoup apprendre de ton expérience; on dîne ensemble "
     "cette semaine?"),
    ("elicitation", "sensitive_info",
     "Ta présentation au séminaire était vraiment bonne. Tu as parlé de résultats qui sortiront plus tard; "
     "tu pourrais me montrer les tableaux avant? Ça m'aiderait pour ma thèse."),
    ("elicitation", "sensitive_info",
     "Mon directeur, dans mon pays, aimerait comprendre comment votre banc d'essai est configuré. Une "
     "photo du montage ou les paramètres, ça suffirait."),
    ("tasking", "paid_task",
     "Mon directeur a un petit budget pour les collaborateurs. Si tu prépares un résumé de vos méthodes, "
     "il peut t'offrir quelque chose pour ton temps."),
    ("meeting", "client_meeting",
     "Mon directeur vient au Canada en {mois}. Il aimerait te voir en dehors du campus, juste pour jaser, "
     "et t'inviter à passer l'été dans son labo; tout serait pris en charge."),
    ("pivot", "off_platform",
     "Le wifi du labo bloque mes applis. On peut continuer sur celle que j'utilise avec ma famille? Je "
     "t'envoie le lien ce soir."),
])

F.add("fr3-s-13-ancien-collegue", 1, "former_colleague", "chat", False, [
    ("contact", "credential_targeting",
     "Ça fait longtemps! J'ai quitté la fonction publique, je fais maintenant de l'accompagnement "
     "stratégique. Toujours dans l'équipe de projet en {secteur}? On devrait se reparler."),
    ("pivot", "off_platform",
     "Je ne vais presque plus sur ce site. Tu as encore ton cellulaire perso? Texte-moi au {tel}, on "
     "jasera plus facilement."),
    ("tasking", "paid_task vague_client",
     "J'ai des gens qui aimeraient mieux comprendre les discussions autour de {sujet}. Ils savent être "
     "généreux avec ceux qui les aident à y voir clair."),
    ("elicitation", "sensitive_info",
     "Ce qui les intéresse, c'est ce qui s'est dit à la dernière rencontre du comité, pas ce qui est sur "
     "le site Web. Tu étais dans la salle, non?"),
    ("elicitation", "sensitive_info secrecy",
     "Tu pourrais prendre la présentation en photo avec ton cellulaire? Promis, ça reste avec moi, personne "
     "d'autre ne la verra."),
    ("tasking", "unusual_payment",
     "Pour te remercier, je peux déposer quelque chose sur le compte de ta conjointe {jour}; ce sera plus "
     "simple pour toi."),
])

F.add("fr3-s-14-manipulateur-bref", 1, "terse_handler", "chat", False, [
    ("pivot", "off_platform",
     "Passe sur Telegram. @{handle}. Pas ici."),
    ("tasking", "paid_task sensitive_info",
     "Besoin des notes de la réunion de {jour}. Photo des pages. 500 $ comme d'habitude."),
    ("tasking", "unusual_payment",
     "Paiement envoyé en USDT. Vérifie ton portefeuille et confirme. Prochain envoi {jour}."),
    ("tasking", "secrecy",
     "Supprime l'historique après chaque échange. Tu ne parles de nous à personne. Compris, {prenom}?"),
    ("meeting", "client_meeting",
     "Rencontre à {etranger} en {mois}. Billet payé. Le patron veut te voir en personne."),
    ("elicitation", "credential_targeting sensitive_info",
     "Liste des employés avec une cote Très secret dans ta direction. Noms et postes. Avant {jour}."),
])

F.add("fr3-s-15-ami-de-la-famille", 1, "diaspora_reporting", "chat", False, [
    ("none", "coercion sensitive_info",
     "{prenom}, je suis un ami de ton père. Il m'a demandé de prendre de tes nouvelles. Tu vas "
     "toujours à l'association des étudiants? Tu pourrais me présenter les autres membres."),
    ("none", "coercion sensitive_info",
     "Ton père serait fier de savoir que tu aides les gens de chez nous. Il suffirait de me dire qui parle "
     "aux journalistes ici, à {ville}. Rien de plus."),
    ("none", "coercion",
     "J'ai parlé à ta mère hier. Elle s'inquiète beaucoup pour toi, et pour la santé de ta grand-mère. Ce "
     "serait bien qu'elle ait de bonnes nouvelles de ta part; tu comprends ce que je veux dire."),
    ("none", "coercion",
     "Des gens là-bas ont remarqué ton nom sur la pétition. Ce serait plus simple pour tout le monde si tu "
     "retirais ta signature d'ici {jour}."),
    ("none", "coercion",
     "On pourrait se voir {jour} au café près du marché, à {heure}. Viens seul(e); ta famille compte sur toi."),
])

F.add("fr3-s-16-enquete-doctorale", 1, "fake_academic_survey", "inmail", False, [
    ("contact", "credential_targeting",
     "Je mène une recherche sur la façon dont les décisions se prennent en {secteur} au fédéral. Les "
     "personnes qui ont travaillé à {employeur} sont rares à accepter de témoigner; votre expérience "
     "serait précieuse. Une conversation de {duree}, sans enregistrement?"),
    ("pivot", "off_platform",
     "Ma boîte à l'université est capricieuse ces temps-ci. Pourriez-vous me laisser un numéro où vous "
     "joindre le soir? Ce sera plus simple que de passer par ici."),
    ("tasking", "paid_task",
     "Mon laboratoire prévoit un geste de remerciement pour les participants qui acceptent de rédiger un "
     "témoignage écrit de quelques pages. Le vôtre porterait sur {sujet}."),
    ("elicitation", "sensitive_info",
     "Pour que le témoignage soit utile, il faudrait décrire comment les choses se passent vraiment : qui "
     "rédige les notes au ministre, ce qui y figure, les options qui ont été écartées. Les documents "
     "publiés, je les ai déjà."),
    ("elicitation", "sensitive_info",
     "Auriez-vous gardé des exemples de ces notes, même anciennes? Je ne citerais rien mot à mot; c'est "
     "pour comprendre la structure."),
    ("meeting", "client_meeting",
     "Mon codirecteur sera à {etranger} en {mois} pour un atelier. Il serait ravi de vous y accueillir; "
     "le laboratoire s'occupe du billet et de l'hôtel, vous n'avez qu'à dire oui."),
])

F.add("fr3-s-17-recruteur-obfusque", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting",
     "Cher candidat, je suis {prenom}, RH d'une compagnie internationale en {secteur}. Nous "
     "cherchons ingénieur avec la cote de sécurité canadienne, salaire très élevé, travail flexible."),
    ("pivot", "off_platform",
     "Ici la plateforme limite les messages. S.V.P. ajoutez-moi sur W e C h a t, ID : {handle}, ou "
     "écrivez à {handle} arobase example point com."),
    ("pivot", "off_platform",
     "Vous pouvez aussi me trouver sur l'application de l'avion en papier, même identifiant {handle}. "
     "Le patron préfère parler là-bas."),
    ("tasking", "paid_task vague_client",
     "Pour le test d'embauche, notre client demande un document sur les systèmes utilisés à {employeur}. "
     "Le test est payé {somme}, même si vous n'êtes pas retenu."),
    ("elicitation", "sensitive_info",
     "Le client aime votre document mais veut aussi les manuels et les schémas que vous utilisez au "
     "travail. Une photo avec le cellulaire est correcte."),
    ("meeting", "client_meeting unusual_payment",
     "Le patron vous invite à {etranger} pour l'entrevue finale. Tout est payé, et vous recevrez la prime "
     "de signature en argent comptant à l'arrivée."),
])

F.add("fr3-s-18-frais-cote-securite", 1, "job_scam_clearance_fee", "email", False, [
    ("none", "job_scam",
     "Votre candidature pour un poste « {poste} » au gouvernement fédéral est présélectionnée. Avant "
     "l'entrevue, vous devez obtenir une cote de sécurité auprès de notre bureau agréé."),
    ("none", "job_scam unusual_payment",
     "Les frais de traitement de la cote de sécurité sont de 450 $, payables en cartes-cadeaux ou par "
     "virement Interac à {perso}. Ils vous seront remboursés à l'embauche."),
    ("none", "job_scam",
     "Pour ouvrir votre dossier, envoyez une photo de votre passeport, votre numéro d'assurance sociale "
     "et une facture d'électricité récente en réponse à ce courriel."),
    ("none", "job_scam secrecy",
     "Les postes de sécurité nationale sont discrets : ne parlez pas de ce processus à votre employeur "
     "actuel ni à votre banque, sinon votre candidature sera annulée."),
    ("none", "job_scam off_platform",
     "Votre entrevue aura lieu par messagerie sur {app} avec l'agent {prenom} {nom}, {jour} à {heure}. "
     "Ayez votre carte bancaire sous la main pour le dépôt de la prime."),
])

# ---------------------------------------------------------------- benign

F.add("fr3-b-01-recruteuse-avionique", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Je suis {prenom} {nom}, recruteuse chez Boréal Talents. Nous avons un mandat pour Avionique Cartier, "
     "à {ville}, qui cherche un(e) {poste}. Le poste exige une cote de sécurité de niveau Secret, que vous "
     "semblez détenir. Ça vous intéresserait d'en jaser?"),
    ("none", "",
     "Merci de votre réponse! Le plus simple serait un appel de {duree}. Je suis libre {jour} à {heure}; "
     "sinon, voici ma ligne directe chez Boréal Talents : {tel}."),
    ("none", "",
     "Comme convenu, je vous envoie la description de poste à votre adresse personnelle, depuis mon "
     "courriel de Boréal Talents. L'échelle salariale et les avantages sociaux sont à la page 2."),
    ("none", "",
     "Avionique Cartier aimerait vous recevoir à ses bureaux de {ville} {jour}. Vous rencontrerez la "
     "directrice de l'ingénierie et une personne des RH. Le stationnement est remboursé."),
    ("none", "",
     "Petite précision : l'employeur fera valider votre cote de sécurité par le processus officiel du "
     "gouvernement une fois l'offre acceptée. Vous n'avez aucun document à m'envoyer d'ici là."),
    ("none", "",
     "Bonne nouvelle, ils veulent vous faire une offre! Je vous appelle {jour} pour en parler; l'offre "
     "écrite suivra du courriel RH d'Avionique Cartier."),
])

F.add("fr3-b-02-chasseur-cadres", 0, "genuine_recruiter", "email", True, [
    ("none", "",
     "Notre cabinet, Groupe Frontenac Recherche de cadres, a reçu le mandat de trouver la prochaine "
     "direction des opérations d'un exploitant de télécommunications de {ville}. La recherche est "
     "confidentielle pour l'instant; je vous nommerai l'organisation lors d'un premier appel. Seriez-vous "
     "disponible {jour}?"),
    ("none", "",
     "Tel que promis au téléphone, voici l'entente de confidentialité standard de notre cabinet. Une fois "
     "signée, je vous transmets le nom du client et le profil complet. Faites-la lire par votre avocat au "
     "besoin."),
    ("none", "",
     "Le client est Télécom Laurentide. Le comité de sélection rencontrera trois candidats à son siège "
     "social de {ville} en {mois}. Nous remboursons vos frais de déplacement sur présentation des reçus."),
    ("none", "",
     "Je vous propose d'en discuter sur Teams {jour} à {heure}. Le lien est dans l'invitation, envoyée "
     "de mon adresse @frontenac-cadres.example.com."),
    ("none", "",
     "Le client demande trois références professionnelles. Il ne veut aucune information sur votre "
     "employeur actuel au-delà de votre rôle : ne nous envoyez aucun document de travail."),
    ("none", "",
     "Pour votre information, nos honoraires sont payés entièrement par l'employeur. Un candidat n'a "
     "jamais de frais à verser à notre cabinet, peu importe l'issue du mandat."),
])

F.add("fr3-b-03-reseau-experts", 0, "expert_network", "email", True, [
    ("none", "",
     "Je vous écris de la part de Panel Atlas, un réseau d'experts. Un de nos clients, un fonds "
     "d'investissement, souhaite un appel d'une heure sur le marché canadien en {secteur}. La "
     "consultation est rémunérée {montant} de l'heure."),
    ("none", "",
     "Avant l'appel, vous devrez suivre notre courte formation sur la conformité. Rappel : ne partagez "
     "aucune information confidentielle ni aucun renseignement non public sur votre employeur actuel ou "
     "vos anciens employeurs."),
    ("none", "",
     "Le client est Fonds Saint-Laurent Capital; son nom figure dans la confirmation. L'appel aura lieu "
     "{jour} à {heure} sur notre ligne de conférence, et une personne de notre équipe de conformité "
     "pourrait y assister."),
    ("none", "",
     "Si une question vous semble toucher à de l'information non publique, dites-le simplement et passez "
     "à la suivante. Vous serez payé(e) pour l'heure complète, quoi qu'il arrive."),
    ("none", "",
     "Merci pour l'appel de ce matin. Vos honoraires de {montant} seront versés par dépôt direct d'ici "
     "30 jours; votre feuillet fiscal sera disponible dans votre portail d'expert."),
    ("none", "",
     "Comme votre employeur est un organisme fédéral, nous ne pouvons pas vous proposer ce projet. Par "
     "prudence, nous avons retiré votre profil de cette consultation en {secteur}."),
])

F.add("fr3-b-04-observatoire-etude", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "L'Observatoire Laurentien des politiques publiques lance un appel de propositions pour une étude sur "
     "{sujet}. L'étude sera publiée sous votre nom sur notre site et présentée lors d'un webinaire public. "
     "Honoraires : {somme}."),
    ("none", "",
     "Vous trouverez ci-joint le contrat de recherche. Il précise le calendrier, les honoraires ({somme}, "
     "en deux versements par virement bancaire) et la licence de diffusion Creative Commons."),
    ("none", "",
     "Le comité de lecture a commenté votre première version. Merci de citer toutes vos sources publiques : "
     "l'Observatoire ne publie jamais d'information tirée de documents non diffusés."),
    ("none", "",
     "Le lancement du rapport aura lieu à {ville} {jour}. Nous couvrons vos frais de déplacement et "
     "d'hébergement selon notre politique; envoyez les reçus à la comptabilité."),
    ("none", "",
     "Comme vous êtes fonctionnaire, nous vous suggérons de faire approuver ce mandat par votre conseiller "
     "en valeurs et éthique avant la signature. Nous pouvons fournir une lettre qui décrit le projet."),
    ("none", "",
     "Le rapport sur {sujet} est en ligne, merci encore! Une journaliste aimerait vous interviewer sur vos "
     "conclusions; puis-je lui transmettre votre courriel professionnel?"),
])

F.add("fr3-b-05-postes-tres-secret", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "Offre d'emploi : {poste}, {ville}. Exigence : cote de sécurité Très secret valide ou capacité de "
     "l'obtenir. Salaire selon l'échelle du groupe. Postulez sur le portail officiel de l'employeur avant "
     "la date limite indiquée dans l'affiche."),
    ("none", "",
     "Fournisseur de défense établi à {ville} recherche {poste}. La personne retenue doit détenir ou pouvoir "
     "obtenir une cote Très secret; l'enquête est faite par le gouvernement fédéral. Aucuns frais ne sont "
     "demandés aux candidats."),
    ("none", "",
     "Rappel aux candidats : nous ne communiquons jamais par WhatsApp ou Telegram et ne demandons jamais "
     "de paiement. Toute correspondance officielle vient d'une adresse @carrieres-defense.example.com."),
    ("none", "",
     "Merci de votre candidature au poste « {poste} ». Votre dossier passe à l'étape de l'entrevue. Notre "
     "équipe de dotation vous appellera au numéro fourni pour fixer un rendez-vous."),
    ("none", "",
     "Nous avons bien reçu votre formulaire de filtrage de sécurité. Pour une cote Très secret, le "
     "traitement prend actuellement plusieurs mois; nous vous tiendrons au courant par courriel."),
])

F.add("fr3-b-06-congres-shanghai", 0, "conference_invitation", "email", True, [
    ("none", "",
     "Au nom du comité scientifique, j'ai le plaisir de vous inviter comme conférencier principal au "
     "Congrès international sur {sujet}, à {etranger}, en {mois}. Vos billets d'avion et votre hébergement "
     "sont pris en charge. Le programme sera publié sur le site du congrès."),
    ("none", "",
     "Votre présentation sera diffusée en direct et vos diapositives mises en ligne. Envoyez-nous la "
     "version finale avant le congrès; nous ne demandons aucun contenu qui ne soit pas publiable."),
    ("none", "",
     "Pour votre visa, l'université hôte vous enverra une lettre d'invitation officielle. Notre agence de "
     "voyages vous écrira depuis voyages@congres-asie.example.com pour les billets."),
    ("none", "",
     "Avant ton départ pour {etranger}, n'oublie pas le breffage de sécurité pour les voyages et "
     "l'ordinateur portable de voyage que la TI te prête. C'est la procédure normale pour tout le monde."),
    ("none", "",
     "Le congrès vous versera une allocation de {montant} par jour pour les repas, par virement bancaire "
     "après l'événement, avec un reçu officiel."),
    ("none", "",
     "Notre gestionnaire a approuvé ta participation au congrès de {etranger}. Remplis le formulaire "
     "d'autorisation de voyage et la déclaration d'hospitalité; je m'occupe du reste."),
])

F.add("fr3-b-07-collegues-teams-signal", 0, "coworker_chat", "chat", True, [
    ("none", "",
     "On continue sur Teams? Le fil de courriels sur {sujet} devient impossible à suivre."),
    ("none", "",
     "Je t'ai ajouté au groupe Signal de l'équipe de soccer du bureau, c'est là qu'on organise les matchs "
     "de {jour}."),
    ("none", "",
     "Mon cellulaire de travail est mort, texte-moi sur mon numéro perso, le {tel}, si c'est urgent pour "
     "la réunion de {heure}."),
    ("none", "",
     "Pour le dossier du client de {ville}, parlons-en en réunion Teams plutôt que par texto. Je nous "
     "réserve {duree} {jour}."),
    ("none", "",
     "Rappel : les documents protégés restent dans le système de gestion de l'information, pas dans nos "
     "conversations Teams. Je mets juste le lien vers le dossier, {prenom}."),
    ("none", "",
     "Tu veux jaser de la réorg en privé? On peut se faire un appel Teams à {heure}; j'ai besoin de ton "
     "avis avant d'en parler à mon gestionnaire."),
])

F.add("fr3-b-08-famille-whatsapp", 0, "family_chat", "chat", True, [
    ("none", "",
     "Maman, je t'ai envoyé 300 $ par virement Interac pour ta fête. Appelle-moi sur WhatsApp quand tu "
     "l'as reçu!"),
    ("none", "",
     "Quand est-ce que tu reviens nous voir? Ton père ne parle que de ça. Même une fin de semaine à "
     "{ville}, ça lui ferait tellement plaisir."),
    ("none", "",
     "{prenom}, ta tante demande si tu peux avancer l'argent pour le billet d'avion de ta cousine. Elle "
     "te rembourse en juillet, promis."),
    ("none", "",
     "Le groupe de la famille déménage sur WhatsApp, grand-maman n'arrive plus à lire ses textos. "
     "Rejoins-nous avec le lien que j'ai mis, {prenom}."),
    ("none", "",
     "Ton cousin a eu son poste au fédéral! Il ne peut pas trop en parler, c'est un emploi avec cote de "
     "sécurité à {ville}, mais on est tellement fiers de lui."),
    ("none", "",
     "Reviens nous voir pour Noël, on paie la moitié de ton billet. Pas de discussion! Ta mère fait des "
     "tourtières pour {ville} au complet."),
])

F.add("fr3-b-09-fete-surprise", 0, "friends_chat", "chat", True, [
    ("none", "",
     "Garde ça entre nous : on organise une fête surprise pour {prenom}, qui aura 40 ans {jour}. Pas "
     "un mot au bureau!"),
    ("none", "",
     "Je ramasse 20 $ par personne pour le cadeau. Envoie-moi ça par Interac à mon adresse perso, {perso}."),
    ("none", "",
     "Surtout, ne transfère pas le message à {prenom}! La surprise est à {heure} au resto, à {ville}."),
    ("none", "",
     "On a créé un groupe WhatsApp sans la fêtée pour tout coordonner. Je t'ajoute? Ton numéro, c'est "
     "encore le {tel}?"),
    ("none", "",
     "Chut! Si {prenom} te demande où tu vas {jour}, dis que tu as un rendez-vous chez le dentiste."),
])

F.add("fr3-b-10-avis-securite", 0, "security_awareness", "email", True, [
    ("none", "",
     "Avis de sécurité : des personnes qui se font passer pour des recruteurs contactent sur LinkedIn des "
     "employés détenant une cote de sécurité. Méfiez-vous si on vous propose de continuer sur WeChat ou "
     "WhatsApp, si on vous offre {somme} pour des rapports destinés à un client sans nom ou si on vous "
     "invite à {etranger} tous frais payés."),
    ("none", "",
     "Rappel du Service de sécurité ministériel : aucune personne de bonne foi ne vous demandera de cacher "
     "une relation à votre gestionnaire. Signalez toute demande d'information non publique à "
     "securite@ministere.example.com."),
    ("none", "",
     "Quiz de sensibilisation, question 4 : un « consultant » vous offre {somme} pour un rapport sur les "
     "projets internes de votre direction et vous demande d'écrire à une adresse personnelle. Que "
     "faites-vous? Réponse : vous le signalez."),
    ("none", "",
     "Séance obligatoire {jour} à {heure} : « Espionnage et ingérence étrangère ». Les signes d'alerte : "
     "passage rapide à une messagerie privée, paie disproportionnée, client flou, demande de discrétion."),
    ("none", "",
     "Merci d'avoir signalé le message reçu hier. Il présentait tous les signes classiques : paiement en "
     "cryptomonnaie, invitation à jaser sur {app} et insistance pour que vous n'en parliez à personne. "
     "L'expéditeur est bloqué."),
])

F.add("fr3-b-11-revue-de-presse", 0, "news_article", "email", True, [
    ("none", "",
     "Revue de presse : le SCRS met en garde les fonctionnaires contre les faux chasseurs de têtes qui "
     "offrent des contrats de consultation bien payés, puis réclament des renseignements non publics et "
     "proposent des rencontres à {etranger}."),
    ("none", "",
     "Dans un rapport publié cette semaine, l'agence rappelle que ces approches commencent souvent par un profil "
     "LinkedIn flatteur et se poursuivent sur WeChat, loin des yeux de l'employeur."),
    ("none", "",
     "Selon des experts interrogés à {ville}, des « postes de police » à l'étranger font pression sur des "
     "membres de la diaspora en menaçant leur famille restée au pays pour les forcer à rentrer."),
    ("none", "",
     "Chronique techno : les arnaques à l'emploi se multiplient. On exige des frais pour une trousse de "
     "démarrage, on envoie un chèque trop élevé, puis on réclame la différence par virement. Un lecteur "
     "de {ville} a perdu {somme}."),
    ("none", "",
     "Balado de la semaine : un ancien agent du renseignement explique comment il repérait les gens qui "
     "avaient une cote de sécurité et des soucis d'argent, et pourquoi il proposait toujours de « garder "
     "ça entre nous »."),
])

F.add("fr3-b-12-factures-remboursements", 0, "finance_admin", "email", True, [
    ("none", "",
     "Vous trouverez ci-joint la facture n° {code} pour les services de traduction du mois de {mois}. "
     "Paiement attendu sous 30 jours par virement bancaire."),
    ("none", "",
     "Votre demande de remboursement de frais de voyage (mission à {ville}) est approuvée. Le montant de "
     "{montant} sera déposé dans votre compte avec la prochaine paie."),
    ("none", "",
     "Il manque le reçu de l'hôtel dans votre réclamation de {mois}. Pouvez-vous le téléverser dans le "
     "système de gestion des dépenses? Sans reçu, nous ne pouvons pas rembourser."),
    ("none", "",
     "Rappel des finances : nous ne modifierons jamais les coordonnées bancaires d'un fournisseur sur "
     "simple demande par courriel. Tout changement est confirmé par téléphone au {tel}."),
    ("none", "",
     "Honoraires de consultation : le client a payé la facture {code} de {somme}. Je t'envoie ta part par "
     "dépôt direct cette semaine."),
])

F.add("fr3-b-13-rh-confidentialite", 0, "hr_notice", "email", True, [
    ("none", "",
     "Rappel annuel : tous les employés doivent relire et signer l'entente de confidentialité avant la fin "
     "de {mois}. Le document est dans le portail RH."),
    ("none", "",
     "Si vous recevez une offre d'emploi ou de travail rémunéré à l'extérieur, déclarez-la dans le "
     "formulaire de conflits d'intérêts. La déclaration est confidentielle et traitée par l'équipe des "
     "valeurs et de l'éthique."),
    ("none", "",
     "Les résultats du processus de dotation pour le poste « {poste} » restent confidentiels jusqu'à "
     "l'annonce officielle. Merci de ne pas en discuter avec les candidats."),
    ("none", "",
     "Votre cote de sécurité arrive à échéance en {mois}. Remplissez le formulaire de renouvellement dans "
     "le portail sécurisé; ne l'envoyez jamais par courriel."),
    ("none", "",
     "Le sondage sur le climat de travail est anonyme. Vos réponses restent entre vous et la firme externe "
     "qui l'administre; la direction ne reçoit que des résultats agrégés d'ici {mois}."),
])

F.add("fr3-b-14-jasette", 0, "ordinary_chat", "chat", False, [
    ("none", "", "Tu viens au 5 à 7 {jour}? On se rejoint au bar près du bureau vers {heure}."),
    ("none", "", "As-tu vu le match à {ville} hier soir? Quelle fin de partie!"),
    ("none", "", "Je suis pris dans le trafic sur le pont, commencez la réunion sans moi, j'arrive dans {duree}."),
    ("none", "", "Merci pour le lift ce matin, {prenom}! Je te dois un café."),
    ("none", "", "On soupe chez {prenom} samedi, apporte ton dessert. Départ de {ville} vers 17 h."),
])

F.add("fr3-b-15-famille-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "{prenom}, grand-maman t'a envoyé un hongbao sur WeChat pour le Nouvel An lunaire. Remercie-la par "
     "vidéo ce soir!"),
    ("none", "",
     "Tu reviens à la maison pour la fête de la mi-automne? Ta mère a déjà acheté les gâteaux de lune, et "
     "ton père vient te chercher à {ville}."),
    ("none", "",
     "Je t'ai transféré {montant} par Alipay pour tes manuels. Dis-moi quand c'est reçu."),
    ("none", "",
     "Ton oncle demande comment va ton nouveau travail à {ville}. Mets une photo dans le groupe familial, "
     "tout le monde s'ennuie de toi."),
    ("none", "",
     "Reviens nous voir à {etranger} cet été, on s'occupe de ton billet. Tes cousins ont tellement grandi!"),
])

F.add("fr3-b-16-acquisition-talents", 0, "genuine_recruiter", "email", True, [
    ("none", "",
     "Je suis conseillère en acquisition de talents chez Hydro Nordique. Nous avons un poste « {poste} » à "
     "{ville} et votre profil correspond. Pourrais-je vous appeler {jour}?"),
    ("none", "",
     "Notre processus : entrevue téléphonique, entrevue technique sur Teams, puis vérification de fiabilité "
     "faite par notre service de sécurité. Rien à payer, rien à envoyer avant l'offre."),
    ("none", "",
     "L'entrevue technique aura lieu {jour} à {heure}. L'invitation viendra de notre adresse "
     "@hydro-nordique.example.com. Textez-moi au {tel} en cas d'imprévu."),
    ("none", "",
     "Le gestionnaire a aimé votre entrevue. Il aimerait vous faire visiter la centrale près de {ville}; "
     "nous remboursons le kilométrage selon notre politique."),
    ("none", "",
     "Merci de votre intérêt. Le poste « {poste} » a été pourvu à l'interne, mais je garde votre CV pour un "
     "prochain mandat."),
])

F.add("fr3-b-17-mission-etrangere", 0, "official_travel", "email", True, [
    ("none", "",
     "La délégation part pour {etranger} en {mois}. L'agence de voyages du ministère réserve les billets; "
     "transmettez votre numéro de passeport par le formulaire sécurisé."),
    ("none", "",
     "Pendant la mission à {etranger}, les téléphones et portables de voyage fournis par la TI sont "
     "obligatoires. Les appareils personnels restent au Canada."),
    ("none", "",
     "Nos hôtes offrent un souper officiel le deuxième soir. Les cadeaux reçus doivent être déclarés au "
     "retour, selon la politique sur l'accueil et l'hospitalité."),
    ("none", "",
     "Le programme prévoit une rencontre avec des représentants de l'industrie ({secteur}). Aucune "
     "information protégée ne doit être abordée; tenez-vous-en aux documents publics approuvés."),
    ("none", "",
     "Bon retour de {etranger}! Remplissez le compte rendu de voyage et déclarez tout contact inhabituel "
     "au service de sécurité d'ici {jour}."),
])

F.add("fr3-b-18-courriels-equipe", 0, "work_email", "email", False, [
    ("none", "", "Le comité de coordination est reporté à {jour}, {heure}. L'ordre du jour reste le même."),
    ("none", "",
     "Peux-tu relire ma note sur {sujet} avant que je l'envoie à la direction? Elle fait deux pages."),
    ("none", "",
     "Le bureau de {ville} sera fermé {jour} pour des travaux d'électricité. Le télétravail est autorisé "
     "pour tout le monde."),
    ("none", "",
     "Voici le compte rendu de la rencontre d'équipe d'hier. Les prochaines étapes sont surlignées en "
     "jaune, {prenom}."),
    ("none", "",
     "Bienvenue à {prenom} {nom}, qui se joint lundi à l'équipe en {secteur}! Passez lui dire "
     "bonjour."),
])

F.add("fr3-b-19-genie-conseil", 0, "consulting_work", "email", True, [
    ("none", "",
     "Le client a approuvé le rapport d'étape sur la réfection du poste électrique de {ville}. Je t'envoie "
     "la facture d'honoraires demain, avec les feuilles de temps de {mois}."),
    ("none", "",
     "Le client souhaite une rencontre à ses bureaux de {ville} {jour} à {heure} pour discuter du rapport "
     "final. J'ai réservé une voiture de la firme; le kilométrage est facturable au mandat {code}."),
    ("none", "",
     "Rapport final : merci d'intégrer les commentaires du client avant {jour}. Il veut surtout une "
     "section plus claire sur l'échéancier des travaux."),
    ("none", "",
     "Petite note : le contrat avec le client interdit de citer ses données d'exploitation dans nos "
     "présentations externes. On s'en tient aux chiffres publiés dans son rapport annuel."),
    ("none", "",
     "Nos frais de déplacement pour la visite du chantier près de {ville} sont approuvés. Mets tes reçus "
     "dans le dossier partagé du mandat {code}."),
    ("none", "",
     "Bonne nouvelle : le client renouvelle le mandat pour un an. La proposition d'honoraires de {somme} "
     "par mois a été signée par leur direction des approvisionnements."),
])

F.add("fr3-b-20-comite-parents", 0, "community_chat", "chat", True, [
    ("none", "",
     "Bienvenue dans le groupe WhatsApp du comité de parents de l'école! On y met les rappels pour les "
     "dîners pizza et les sorties."),
    ("none", "",
     "Sortie au Musée de la civilisation à Québec {jour} : frais de 15 $ par enfant, à remettre dans "
     "l'enveloppe au professeur avant vendredi."),
    ("none", "",
     "Qui peut conduire pour le tournoi de soccer de samedi à {ville}? Le club rembourse l'essence. "
     "Écrivez-moi en privé sur WhatsApp, {prenom}."),
    ("none", "",
     "Rappel : ne partagez pas de photos d'autres enfants hors du groupe sans la permission des parents. "
     "Merci de garder ça entre nous."),
    ("none", "",
     "Le voyage de fin d'année à Toronto coûte 180 $; le paiement se fait sur le portail de l'école, "
     "jamais en argent comptant aux élèves."),
])

F.add("fr3-b-21-recruteur-dubai-whatsapp", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Je suis {prenom} {nom}, recruteuse chez Sable Aviation Careers à Dubaï. Une compagnie aérienne "
     "nationale, Horizon Gulf Airways, cherche des pilotes instructeurs canadiens. Le poste et le salaire "
     "sont affichés sur leur site carrières."),
    ("none", "",
     "Ici, on travaille beaucoup par WhatsApp Business : c'est notre compte vérifié au nom de Sable "
     "Aviation Careers. Si vous préférez le courriel ou Teams, aucun problème."),
    ("none", "",
     "Pour postuler, il suffit de remplir le formulaire officiel d'Horizon Gulf Airways. Nous ne demandons "
     "jamais d'argent aux candidats; les frais de recrutement sont payés par la compagnie."),
    ("none", "",
     "Les entrevues finales se font au centre de formation de la compagnie, à Dubaï. Elle paie le "
     "billet et l'hôtel, comme pour tous les candidats, et vous envoie l'invitation officielle par courriel."),
    ("none", "",
     "Précision : le poste n'a rien à voir avec votre ancien travail dans la Réserve aérienne. On ne vous "
     "posera aucune question sur vos affectations militaires, seulement sur vos heures d'instruction."),
])

F.add("fr3-b-22-sondage-remunere", 0, "market_research", "email", True, [
    ("none", "",
     "Sondages Boréal Opinion vous invite à un groupe de discussion de 90 minutes sur les services "
     "bancaires en ligne, {jour} à {heure} à {ville}. Compensation : 100 $ remis sur place."),
    ("none", "",
     "Votre participation est anonyme. Le client qui a commandé l'étude, une coopérative financière, ne "
     "recevra que le rapport agrégé; aucun nom n'y figure."),
    ("none", "",
     "Pour vérifier votre admissibilité : travaillez-vous dans une banque, une agence de publicité ou un "
     "média? Si oui, nous ne pourrons malheureusement pas vous retenir."),
    ("none", "",
     "Merci d'avoir participé! Votre compensation de 100 $ a été envoyée par virement Interac à l'adresse "
     "que vous nous avez fournie. Mot de passe habituel : sondage."),
    ("none", "",
     "Nouveau projet : une entrevue téléphonique de {duree} sur vos habitudes de voyage, compensée par "
     "une carte-cadeau de 40 $. Répondez OUI pour prendre rendez-vous."),
])

F.add("fr3-b-23-journaliste-officiel", 0, "journalist_request", "inmail", True, [
    ("none", "",
     "Je suis journaliste à La Presse du Nord et je prépare un article sur {sujet}. Accepteriez-vous de "
     "commenter, à visage découvert, les enjeux soulevés par le rapport publié la semaine dernière?"),
    ("none", "",
     "Je comprends que vous devez passer par les relations médias de votre ministère. Je leur ai écrit; "
     "voici aussi mon courriel au journal si vous préférez transmettre ma demande."),
    ("none", "",
     "Mon article ne portera que sur les documents publics. Je ne vous demanderai rien qui ne soit pas "
     "déjà diffusé; mes questions seront envoyées à l'avance."),
    ("none", "",
     "Merci pour l'entrevue de ce matin. Je vous enverrai les citations pour vérification avant la "
     "publication, prévue {jour}."),
    ("none", "",
     "L'article est en ligne. Des lecteurs de {ville} m'ont écrit pour vous remercier d'avoir expliqué le "
     "dossier aussi clairement."),
])

F.add("fr3-b-24-voyage-perso", 0, "travel_booking", "email", True, [
    ("none", "",
     "Confirmation de réservation {code} : vol Montréal–{etranger} le 14 {mois}, retour le 28. Vos "
     "billets électroniques sont joints à ce courriel."),
    ("none", "",
     "Votre demande de visa de touriste a été reçue. Le centre de demande vous écrira pour la prise des "
     "empreintes; les frais de 140 $ ont été payés par carte."),
    ("none", "",
     "Petit rappel de votre agente de voyages : n'oubliez pas l'assurance voyage et une copie de votre "
     "passeport. Bon séjour à {etranger}!"),
    ("none", "",
     "On arrive à {etranger} mardi! Mes parents viennent nous chercher à l'aéroport, je leur ai écrit "
     "sur WeChat. Garde-moi une place dans le groupe pour les photos."),
    ("none", "",
     "Avant le voyage, la TI m'a rappelé de ne pas apporter mon portable du travail en vacances. Je "
     "laisse tout au bureau, je ne serai joignable que sur mon cellulaire perso."),
])

SUBTLE = {
    "fr3-s-03-mentor-retraite",
    "fr3-s-04-groupe-sans-nom",
    "fr3-s-11-fonds-discret",
    "fr3-s-12-doctorant-en-visite",
    "fr3-s-13-ancien-collegue",
    "fr3-s-15-ami-de-la-famille",
    "fr3-s-16-enquete-doctorale",
}


def rows() -> list[dict[str, object]]:
    out = build(F, POOLS, OPENERS, CLOSERS, "fr", SEED, PER_TEMPLATE)
    for row in out:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    return out


if __name__ == "__main__":
    write(rows(), HERE / "fr_author3.jsonl")
