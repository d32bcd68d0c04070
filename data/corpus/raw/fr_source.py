"""Hand-written source of the FRENCH training corpus (Canadian French), both classes.

Run: python3 fr_source.py  -> rewrites fr_messages.jsonl next to this file (deterministic).

Each family is one persona or situation with its own hand-written templates; slots ({app},
{ville}, {montant}…) are filled from small pools with a seeded generator, so one template gives
a few messages that differ in their details, never in their wording. Families never share a
template, so the split by family (data/corpus/build.py) keeps test wording unseen.
Written for this project; names, firms, handles and numbers are invented (phone numbers use
placeholder or fiction ranges).
"""

from __future__ import annotations

from pathlib import Path

from template_families import Families, build, write

SEED = 5_2026
PER_TEMPLATE = 5
HERE = Path(__file__).resolve().parent

POOLS = {
    "prenom": ["Julie", "Marc", "Nadia", "Étienne", "Sophie", "Karim", "Isabelle", "Luc", "Mélanie", "Yan"],
    "ville": ["Shanghai", "Pékin", "Hong Kong", "Macao", "Dubaï", "Singapour", "Istanbul", "Shenzhen"],
    "app": ["WeChat", "WhatsApp", "Telegram", "Signal"],
    "montant": ["1 500 $", "2 000 $ US", "3 000 $", "2 500 $ US", "1 200 $", "4 000 $"],
    "secteur": ["au ministère de la Défense nationale", "à l'Agence spatiale canadienne", "au Conseil national de recherches",
                "chez un fabricant de semi-conducteurs", "dans les télécoms", "à Affaires mondiales Canada",
                "au Bureau du Conseil privé", "chez Hydro-Québec"],
    "sujet": ["les minéraux critiques", "la politique arctique", "les réseaux 5G", "les batteries", "l'approvisionnement en défense",
              "la cybersécurité fédérale", "les exportations d'uranium", "les frégates canadiennes"],
    "handle": ["sm_conseil41", "dragon_wx2020", "sino.partners_7", "orient_lily", "pacif_consult3", "mapleasia_22"],
    "numero": ["+852 9123 4567", "+86 139 0000 1234", "+86-138-0013-8000", "+853 6612 3456", "0086 186 0000 1111"],
    "webmail": ["p.girard.strat@gmail.com", "asia.strategie@163.com", "consult_pacif@qq.com", "r.dumont88@outlook.com"],
    "firme": ["Orient Conseil", "Pacifique Stratégies", "Groupe Lotus Avenir", "Institut Mer de Chine", "Horizon Asie Partenaires"],
    "entreprise": ["Desjardins", "CGI", "Bombardier", "Hatch", "Ubisoft", "la Banque Nationale", "Thales Canada", "Hydro-Québec"],
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "proche": ["ta mère", "ton père", "ton frère", "ta sœur", "tes parents"],
}  # fmt: skip
# Openers and closers shared by BOTH classes (chosen by the seeded generator, never by label),
# so that they vary the wording without telling the classes apart.
OPENERS = ["", "", "Petite question : ", "Suite à notre échange, ", "Comme promis, ", "Bonjour! ", "Re : ", "Salut, "]
CLOSERS = ["", "", " Merci!", " Bonne journée.", " À bientôt.", " Qu'en pensez-vous?", " Tiens-moi au courant.", " Merci d'avance."]

FAMS = Families()
F = FAMS.add


# ---------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ---------------------------------------------------------------------------------------------
F("fr-s-01-chasseur_hong_kong", 1, "faux_chasseur", "inmail", False, [
    ("contact", "credential_targeting vague_client", "Bonjour {prenom}, je travaille pour {firme}, une firme de conseil établie à Hong Kong. Votre parcours {secteur} a retenu l'attention d'un de nos clients, qui offre des consultations privées très bien rémunérées."),
    ("pivot", "off_platform", "Je ne vais presque jamais sur LinkedIn. On pourrait continuer sur {app}? Mon identifiant : {handle}."),
    ("tasking", "paid_task vague_client", "Mon client souhaite une courte analyse sur {sujet}, environ quatre pages. Il offre {montant} pour ce premier texte."),
    ("tasking", "secrecy", "Une dernière chose : nos clients tiennent à la discrétion. Merci de ne pas en parler à votre employeur, ça reste entre nous."),
])
F("fr-s-02-institut_analyses", 1, "groupe_reflexion", "email", False, [
    ("contact", "credential_targeting paid_task", "Notre institut de recherche rassemble d'anciens fonctionnaires pour des notes d'orientation rémunérées. Votre expérience {secteur} ferait de vous un collaborateur idéal."),
    ("tasking", "paid_task", "Pour chaque note de synthèse, nous versons {montant}. Vous n'avez pas besoin de signer : les textes restent à l'usage de nos commanditaires."),
    ("elicitation", "sensitive_info", "Nos lecteurs aimeraient savoir ce qui se dit à l'interne sur {sujet} avant que ce soit annoncé. Votre lecture personnelle suffit."),
    ("tasking", "paid_task vague_client", "Le commanditaire a beaucoup apprécié votre texte sur {sujet}. Il en voudrait un deuxième, payé le double."),
])
F("fr-s-03-elicitation_douce", 1, "elicitation", "chat", False, [
    ("elicitation", "sensitive_info", "Rien de classifié, hein, juste ce dont on parle dans les réunions de ton équipe sur {sujet}."),
    ("elicitation", "sensitive_info", "Tu pourrais me faire parvenir les notes internes de ton unité? Même une photo ferait l'affaire."),
    ("elicitation", "sensitive_info", "Ce qui n'a pas encore été rendu public sur {sujet}, c'est ça qui intéresse mon client."),
    ("elicitation", "sensitive_info paid_task", "Un résumé dans tes propres mots des discussions internes, et je te vire {montant} demain."),
])
F("fr-s-04-rencontre_client", 1, "rencontre_client", "email", False, [
    ("meeting", "client_meeting", "Le bailleur de fonds passe quelques jours à {ville} en mars; il tient à faire votre connaissance autour d'un bon repas, et nous couvrons vos frais de déplacement."),
    ("meeting", "client_meeting", "Le directeur vous invite à souper à {ville} pour discuter d'un partenariat à long terme. Billet d'avion et hôtel payés, bien sûr."),
    ("meeting", "client_meeting vague_client", "Une courte visioconférence avec notre commanditaire {jour} soir, ça vous irait? Il souhaite rester anonyme tant que rien n'est signé."),
    ("meeting", "client_meeting", "Notre commanditaire tient à vous remercier en personne. On vous offre le voyage à {ville}, tout est pris en charge."),
])
F("fr-s-05-paiement_discret", 1, "paiement", "chat", False, [
    ("tasking", "unusual_payment", "Côté rémunération, on règle en bitcoin ou en USDT : {montant}, sans délai, et ta caisse populaire n'y verra que du feu."),
    ("tasking", "unusual_payment", "Tes honoraires te seront versés en liquide lors de ton passage à {ville}, ou sur WeChat Pay au besoin."),
    ("tasking", "unusual_payment", "Le virement ira sur le compte de ta conjointe, c'est plus simple pour tout le monde."),
    ("tasking", "unusual_payment secrecy", "Paiement en bitcoin, et efface nos messages après, d'accord?"),
])
F("fr-s-06-secret_travail", 1, "secret", "chat", False, [
    ("tasking", "secrecy", "N'utilise pas ton courriel du travail pour m'écrire, la boîte du bureau est surveillée."),
    ("tasking", "secrecy", "Inutile d'en informer ton service de sécurité; entre collègues du domaine, on se rend des services, c'est tout."),
    ("tasking", "secrecy", "Supprime nos échanges une fois lus. Ton gestionnaire n'a pas besoin de savoir."),
    ("tasking", "secrecy", "Garde ça pour toi, on travaille en toute discrétion avec nos partenaires."),
])
F("fr-s-07-coercition_famille", 1, "coercition", "chat", False, [
    ("none", "coercion", "{proche} se porte bien à Shenyang, pour l'instant. Ta décision de cette semaine pourrait changer ça, penses-y."),
    ("none", "coercion", "Pense à ta famille. Si tu continues à refuser, elle en subira les conséquences."),
    ("none", "coercion", "Tes parents pourraient avoir des ennuis avec leur logement. Tu sais ce qu'il te reste à faire."),
    ("none", "coercion", "On sait où habite {proche}. Réfléchis bien avant de répondre."),
])
F("fr-s-08-retour_pays", 1, "persuader_retour", "chat", False, [
    ("none", "coercion", "Des agents sont venus voir ton père au travail hier. Il faut que tu reviennes au pays, c'est le seul moyen."),
    ("none", "coercion", "Vous devez retourner en Chine avant la fin de l'année, sinon votre famille aura des problèmes."),
    ("none", "coercion", "La sécurité publique a convoqué ton frère hier. Il faut que tu rentres au pays."),
    ("none", "coercion", "Rentre au pays et tout s'arrangera. Sinon, {proche} perdra son emploi."),
])
F("fr-s-09-denonciation", 1, "surveillance_communaute", "chat", False, [
    ("none", "coercion", "Tes photos aux rassemblements de Vancouver circulent. Envoie-nous la liste des responsables de ton association."),
    ("none", "coercion", "Envoie-moi la liste des membres de l'association étudiante, c'est dans ton intérêt."),
    ("none", "coercion", "Tu fréquentes les réunions de ce groupe. Dis-nous qui les organise, sinon ta famille en paiera le prix."),
    ("none", "coercion", "Fournis-nous les coordonnées des militants de Montréal et on laissera {proche} tranquille."),
])
F("fr-s-10-trousse_formation", 1, "arnaque_emploi", "email", False, [
    ("none", "job_scam", "Bonne nouvelle {prenom} : vous commencez lundi. Il faut d'abord payer votre matériel de formation (395 $) chez notre partenaire."),
    ("none", "job_scam", "Avant votre premier jour, il faut payer des frais de dossier de 120 $ par virement Interac."),
    ("none", "job_scam", "Pour activer votre poste de télétravail, veuillez régler les frais d'inscription de 250 $."),
    ("none", "job_scam off_platform", "L'entrevue se fera par texto sur {app}. Envoyez aussi une copie de votre permis à {webmail}."),
])
F("fr-s-11-cheque", 1, "arnaque_cheque", "email", False, [
    ("none", "job_scam", "Un chèque de 3 100 $ arrivera par la poste : déposez-le et virez 2 650 $ à notre vendeur de mobilier de bureau."),
    ("none", "job_scam", "Encaissez le chèque ci-joint et transférez la différence à notre responsable des achats."),
    ("none", "job_scam", "Une fois le chèque déposé, virez le montant de l'équipement au vendeur agréé."),
])
F("fr-s-12-taches", 1, "arnaque_taches", "chat", False, [
    ("none", "job_scam", "Revenu facile depuis votre salon : 280 $ par jour pour évaluer des produits. Recharge ton compte de 60 $ pour accéder aux missions."),
    ("none", "job_scam", "Gagnez 300 $ par jour pour noter des hôtels en ligne, sans expérience!"),
    ("none", "job_scam", "Recharge ton compte de 80 $ pour activer les missions premium."),
])
F("fr-s-13-pivot_evasif", 1, "pivot_evasif", "chat", False, [
    ("pivot", "off_platform", "Pour la suite, W e C h a t, mon pseudo : {handle}. C'est plus sûr que LinkedIn."),
    ("pivot", "off_platform", "Écris-moi sur w3chat, mon id : {handle}"),
    ("pivot", "off_platform", "vx : {handle}, ajoute-moi, je t'envoie le mandat."),
    ("pivot", "off_platform", "On passe sur Télé-gram? Clique ici : t.me/{handle}"),
    ("pivot", "off_platform", "Mon WhatsApp : {numero}. Écris-moi là, c'est plus sûr que LinkedIn."),
])
F("fr-s-14-courriel_perso", 1, "pivot_courriel", "inmail", False, [
    ("pivot", "off_platform", "Envoyez plutôt vos documents à mon adresse personnelle : {webmail}."),
    ("pivot", "off_platform secrecy", "Écrivez-moi à {webmail}, la messagerie de l'entreprise filtre trop nos échanges."),
    ("pivot", "off_platform", "Mon courriel personnel est {webmail}, c'est là que je réponds le plus vite."),
])
F("fr-s-15-programme_talents", 1, "programme_talents", "email", False, [
    ("contact", "credential_targeting paid_task vague_client", "Un programme international de talents recrute des chercheurs {secteur}. Bourse généreuse, voyage à {ville} payé."),
    ("tasking", "sensitive_info", "Pour votre dossier, joignez les résultats de vos travaux qui n'ont pas encore été publiés."),
    ("meeting", "client_meeting", "Le comité vous invite à {ville}. Tous vos frais sont couverts par nos partenaires, qui souhaitent rester anonymes."),
])

# ---------------------------------------------------------------------------------------------
# Benign (label 0): look-alikes first
# ---------------------------------------------------------------------------------------------
F("fr-b-01-recruteur_legitime", 0, "recruteur_legitime", "inmail", True, [
    ("none", "", "Bonjour {prenom}, merci pour votre intérêt. Je vous envoie les détails du poste par courriel, depuis mon adresse chez {entreprise}. On peut se parler au téléphone {jour}?"),
    ("none", "", "La plateforme coupe les pièces jointes; auriez-vous l'obligeance de transmettre votre CV à talents@exemple.ca? Je vous téléphone ensuite."),
    ("none", "", "Notre client, {entreprise}, cherche un analyste à Montréal. Salaire de 85 000 $ à 95 000 $, poste permanent. Seriez-vous ouvert à un appel?"),
    ("none", "", "Merci pour l'entrevue de {jour}. Le contrat suivra par courriel; appelez-moi au bureau au 514 555-0173 pour toute question."),
])
F("fr-b-02-offre_cote", 0, "offre_emploi_cote", "email", True, [
    ("none", "", "Offre d'emploi : agent de conformité, Gatineau. Habilitation de niveau secret requise. Candidatures sur notre portail jusqu'au 30."),
    ("none", "", "Le poste exige une cote Très secret approfondie; la citoyenneté canadienne est requise. Candidature sur emplois.gc.ca."),
    ("none", "", "Ingénieur de systèmes chez {entreprise} : cote de fiabilité requise, cinq ans d'expérience {secteur} souhaités. Postulez sur notre site."),
])
F("fr-b-03-reseau_experts", 0, "reseau_experts", "email", True, [
    ("none", "", "Notre réseau d'experts propose une consultation téléphonique d'une heure sur {sujet}, rémunérée 300 $. Nous ne voulons aucune information confidentielle ni non publique."),
    ("none", "", "Avant l'appel, notre équipe de conformité vous enverra un court questionnaire. Vérifiez la politique de votre employeur."),
    ("none", "", "Le client de la consultation est un fonds d'investissement nommé dans l'entente de participation. Ne divulguez aucune information confidentielle."),
])
F("fr-b-04-article_signe", 0, "commande_signee", "email", True, [
    ("none", "", "Un magazine spécialisé vous propose d'écrire, sous votre nom, un dossier sur {sujet}; 650 $ à la publication."),
    ("none", "", "Notre institut publie des notes signées par leurs auteurs. Honoraires : 800 $; le texte paraîtra sous votre nom sur notre site."),
    ("none", "", "Le Devoir souhaite une chronique signée sur {sujet}; cachet de 350 $."),
])
F("fr-b-05-famille_wechat", 0, "famille", "chat", True, [
    ("none", "", "Tante Mei, le compte WeChat de ton iPad fonctionne, tu peux appeler oncle Jun directement maintenant."),
    ("none", "", "Grand-papa, les petits ont appris une chanson, on te la chante en vidéo WeChat samedi matin?"),
    ("none", "", "Grand-maman m'a fait un virement de 50 $ pour acheter mes livres de session, trop gentille!"),
    ("none", "", "Ta cousine revient de Chengdu pour les Fêtes, toute la famille sera là au réveillon!"),
])
F("fr-b-06-famille_whatsapp", 0, "famille", "chat", True, [
    ("none", "", "Groupe WhatsApp « Cabane à sucre 2027 » créé : dites-moi qui vient avec les enfants!"),
    ("none", "", "Maman, ajoute-moi sur WhatsApp pour voir les photos du bébé."),
    ("none", "", "Les cousins, on passe sur WhatsApp pour organiser la fête de grand-papa?"),
])
F("fr-b-07-collegues", 0, "collegues", "chat", True, [
    ("none", "", "Rencontre d'équipe de 10 h 30 déplacée sur Zoom, l'hyperlien est dans l'agenda partagé."),
    ("none", "", "Mon portable du bureau est en réparation, alors je te texte de mon numéro perso. Dîner jeudi?"),
    ("none", "", "Soirée quiz au pub mercredi! Créons un groupe WhatsApp pour l'équipe, ce sera plus pratique."),
    ("none", "", "Envoie-moi le fichier sur Slack, je regarde ça après le dîner."),
])
F("fr-b-08-sensibilisation", 0, "sensibilisation", "email", True, [
    ("none", "", "Rappel de sécurité : méfiez-vous des recruteurs qui offrent des rapports rémunérés ou veulent continuer sur {app}. Signalez tout contact suspect."),
    ("none", "", "Bulletin de la direction de la sécurité : des profils fictifs sur les réseaux sociaux ciblent les employés habilités. Mettez-vous en garde."),
    ("none", "", "Module de formation, question 4 : un contact LinkedIn offre de financer votre séjour à {ville}. Quelle est la bonne réaction?"),
])
F("fr-b-09-nouvelles", 0, "nouvelles", "email", True, [
    ("none", "", "Selon La Presse, une chercheuse a été accusée d'avoir vendu des données à une firme écran rencontrée à {ville}."),
    ("none", "", "L'ancien fonctionnaire a plaidé coupable; il avait transmis des notes internes à un prétendu client."),
])
F("fr-b-10-rh", 0, "rh", "email", True, [
    ("none", "", "Ressources humaines : la formation annuelle sur la protection de l'information est obligatoire; signez la politique de confidentialité."),
    ("none", "", "Directive : tout déplacement hors du pays se déclare au bureau de la sécurité, et aucun appareil du ministère ne voyage sans autorisation."),
    ("none", "", "Le relevé de paie de novembre est disponible; le dépôt direct sera effectué {jour}."),
])
F("fr-b-11-colloque", 0, "colloque", "email", True, [
    ("none", "", "Nous vous invitons comme conférencière au colloque de l'Université de Sherbrooke. Vos frais de déplacement seront remboursés sur présentation des reçus."),
    ("none", "", "Atelier universitaire à {ville} sur {sujet} : les billets des conférenciers sont pris en charge par le comité organisateur."),
    ("none", "", "Appel de communications : congrès annuel à Québec, hébergement offert aux étudiants présentateurs."),
])
F("fr-b-12-communaute", 0, "communaute", "email", True, [
    ("none", "", "L'association culturelle chinoise de Québec cherche des bénévoles pour le festival de la Lune. Inscription sur notre groupe WeChat."),
    ("none", "", "Service consulaire : les demandes de visa se font uniquement sur le site officiel; méfiez-vous des intermédiaires."),
    ("none", "", "La soirée du Nouvel An lunaire aura lieu le 8 février au centre communautaire. Billets à 15 $."),
])
F("fr-b-13-vie_courante", 0, "ordinaire", "chat", False, [
    ("none", "", "Je peins le salon dimanche, si t'as des rouleaux à me prêter, je paie la bière!"),
    ("none", "", "Club de soccer : la cotisation de 40 $ se paie au comptoir, en argent ou par carte, avant le premier match."),
    ("none", "", "Rappel de votre caisse : aucun conseiller ne vous demandera votre NIP au téléphone."),
    ("none", "", "On se rejoint au café à 8 h {jour}? J'ai hâte de jaser!"),
])
F("fr-b-14-emploi_crypto", 0, "emploi_crypto", "email", True, [
    ("none", "", "Une plateforme d'échange de cryptomonnaie recrute un développeur à Toronto. Salaire en dollars canadiens, avantages sociaux."),
    ("none", "", "Notre programme de primes aux bogues paie les chercheurs en sécurité par virement bancaire."),
])


if __name__ == "__main__":
    write(build(FAMS, POOLS, OPENERS, CLOSERS, "fr", SEED, PER_TEMPLATE), HERE / "fr_messages.jsonl")
