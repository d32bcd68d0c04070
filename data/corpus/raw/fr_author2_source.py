"""Second source of the FRENCH training corpus (Canadian French): new families, both classes.

Run: python3 fr_author2_source.py  -> rewrites fr_author2.jsonl next to this file (deterministic).

Written after fr_source.py by an engineer who did not reuse its templates: other personas, other
registers (texto, courriel, InMail), the same ideas in other words ("mes mandants", "dédommagé",
"on se reparle sur Signal", "cellulaire perso", "pas encore annoncé", "n'en parlez pas"), approaches
that carry almost no warning word (marked subtle), and hard look-alikes (genuine recruiters, expert
networks, family and team chats, work travel, clearance job ads, security notices).
Families never share a template; build.py splits them by family. Names, firms, handles and
numbers are invented (phone numbers use fiction ranges).
"""

from __future__ import annotations

from pathlib import Path

from template_families import Families, build, write

SEED = 7_2026
PER_TEMPLATE = 5
HERE = Path(__file__).resolve().parent

POOLS = {
    "prenom": ["Geneviève", "Mathieu", "Amira", "Olivier", "Chantal", "Samir", "Josée", "Benoît", "Linh", "François"],
    "ville": ["Shanghai", "Pékin", "Shenzhen", "Hong Kong", "Macao", "Tianjin", "Bangkok", "Istanbul"],
    "app": ["WhatsApp", "Signal", "Telegram", "WeChat"],
    "somme": ["800 $", "1 200 $", "2 000 $", "1 500 $ US", "3 500 $", "600 $"],
    "milieu": ["à la Défense", "au CST", "à Ressources naturelles Canada", "chez un équipementier de l'aérospatiale",
               "au Secrétariat du Conseil du Trésor", "dans un labo de photonique", "à Sécurité publique",
               "chez un opérateur de télécoms"],
    "dossier": ["la stratégie indo-pacifique", "les marchés publics de défense", "l'hydrogène vert", "les puces quantiques",
                "le renouvellement du NORAD", "le lithium québécois", "les sanctions commerciales", "la 6G"],
    "pseudo": ["maple_bridge8", "lotus.conseil", "pkg_advisory", "nord_est_77", "jade.partners"],
    "cell": ["438 555-0147", "+852 6234 5678", "+86 135 0000 2468", "514 555-0188"],
    "perso": ["m.lavoie.conseil@gmail.com", "jade.partners@163.com", "nordest77@outlook.com", "lotus_conseil@qq.com"],
    "firme": ["Pont de l'Érable Conseil", "Lotus Stratégies", "Groupe Jade Horizon", "Nord-Est Analyses"],
    "employeur": ["Hydro-Québec", "CAE", "Bell", "la Ville de Québec", "Desjardins", "Pratt & Whitney Canada"],
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "proche": ["ta mère", "ton père", "ta grand-mère", "ton petit frère", "ta tante"],
    "ville_natale": ["Harbin", "Kunming", "Urumqi", "Fuzhou", "Lhassa"],
}  # fmt: skip
# Shared by both classes (the generator picks them, never the label).
OPENERS = ["", "", "Allô! ", "Rebonjour, ", "Petit suivi : ", "Dis donc, ", "Bon, ", "Désolé du délai. "]
CLOSERS = ["", "", " Bonne soirée!", " Merci à l'avance.", " On s'en reparle.", " Fais-moi signe.", " Au plaisir!", " Bonne fin de semaine."]
SUBTLE = {
    "fr2-s-05-lecture_amicale", "fr2-s-06-cadeau_de_temps", "fr2-s-07-qui_decide", "fr2-s-12-mentor_patient",
    "fr2-s-13-invitation_vague", "fr2-s-16-inquietude_familiale",
}

FAMS = Families()
F = FAMS.add

# ---------------------------------------------------------------------------------------------
# Suspicious (label 1)
# ---------------------------------------------------------------------------------------------
F("fr2-s-01-mandants", 1, "faux_conseiller", "inmail", False, [
    ("contact", "credential_targeting vague_client", "Bonjour {prenom}, je conseille des mandants établis à l'étranger qui s'intéressent beaucoup à votre passage {milieu}. Auriez-vous quelques heures par mois?"),
    ("tasking", "paid_task vague_client", "Les gens que je représente aimeraient une courte note sur {dossier}. Vous seriez dédommagé à hauteur de {somme}."),
    ("pivot", "off_platform", "LinkedIn n'est pas idéal pour la suite; on se reparle sur {app}? Mon pseudo : {pseudo}."),
    ("tasking", "paid_task secrecy", "Mes mandants ont bien aimé votre note. Pour la prochaine, gardons ça entre vous et moi, d'accord?"),
])
F("fr2-s-02-texto_cell", 1, "pivot_texto", "chat", False, [
    ("pivot", "off_platform", "Je suis pas mal plus rapide sur mon cell : {cell}. Texte-moi quand tu peux."),
    ("pivot", "off_platform", "Je te laisse mon {app}, on jasera plus tranquille là-bas."),
    ("pivot", "off_platform", "Réponds-moi à mon courriel perso, {perso}, celui du bureau est lu par tout le monde."),
    ("pivot", "off_platform", "T'es sur {app}? Ce serait plus simple pour la suite du mandat."),
])
F("fr2-s-03-synthese_payee", 1, "rapport_paye", "email", False, [
    ("tasking", "paid_task", "Nous cherchons une synthèse mensuelle de trois pages sur {dossier}. Honoraires : {somme} par synthèse, réglés rapidement."),
    ("tasking", "paid_task", "Pourriez-vous préparer un survol de {dossier}? On compense votre temps, {somme} pour le premier."),
    ("tasking", "paid_task vague_client", "Notre client apprécierait une évaluation franche de {dossier}; la rétribution est de {somme}, sans paperasse."),
    ("tasking", "paid_task", "Un petit compte rendu par mois, {somme} chaque fois, c'est tout ce qu'on demande."),
])
F("fr2-s-04-pas_encore_annonce", 1, "elicitation", "email", False, [
    ("elicitation", "sensitive_info", "Ce qui nous intéresserait vraiment, ce sont les orientations sur {dossier} qui ne sont pas encore annoncées."),
    ("elicitation", "sensitive_info paid_task", "Si vous aviez les chiffres avant l'annonce officielle, votre note vaudrait le double, {somme} de plus."),
    ("elicitation", "sensitive_info", "Une version de travail du plan, même une ébauche interne, nous aiderait énormément."),
    ("elicitation", "sensitive_info", "Dites-nous ce qui se prépare vraiment {milieu}; les communiqués, on les lit déjà."),
])
F("fr2-s-05-lecture_amicale", 1, "elicitation", "chat", False, [
    ("elicitation", "sensitive_info", "Juste entre amis : c'est quoi l'ambiance dans ton équipe depuis que {dossier} a été remis sur la table?"),
    ("elicitation", "sensitive_info", "Qui, chez vous, pousse vraiment pour {dossier}? Je cherche à comprendre les vraies dynamiques."),
    ("elicitation", "sensitive_info", "Ton impression suffit, pas besoin de document. Ça bouge comment de ton bord sur {dossier}?"),
])
F("fr2-s-06-cadeau_de_temps", 1, "rapport_paye", "chat", False, [
    ("tasking", "paid_task", "Pour te remercier de ton temps, j'ai un petit quelque chose pour toi, {somme}. Tu m'écris deux pages sur {dossier}?"),
    ("tasking", "paid_task", "Ce que tu m'as raconté hier valait de l'or. Je t'envoie {somme} pour la peine, et on refait ça le mois prochain?"),
    ("tasking", "paid_task unusual_payment", "Ton enveloppe est prête, {somme} comme convenu. Apporte tes notes sur {dossier} samedi."),
])
F("fr2-s-07-qui_decide", 1, "cartographie", "email", False, [
    ("elicitation", "sensitive_info", "Pourriez-vous nous dresser un portrait des gens qui comptent {milieu} : qui décide, qui influence, qui est mécontent?"),
    ("elicitation", "sensitive_info", "Connaîtriez-vous des collègues qui auraient besoin d'un revenu d'appoint? Leurs noms et leur poste suffiraient."),
    ("elicitation", "sensitive_info", "Un organigramme à jour de votre direction, avec vos commentaires sur chacun, serait très utile."),
])
F("fr2-s-08-voyage_client", 1, "rencontre_client", "email", False, [
    ("meeting", "client_meeting", "Les gens que je représente aimeraient vous rencontrer à {ville}. Le vol et l'hôtel sont à notre charge."),
    ("meeting", "client_meeting vague_client", "Mon client passera par {ville} en avril; il vous paie le billet pour un souper, rien de formel."),
    ("meeting", "client_meeting", "Pourriez-vous venir à {ville} une fin de semaine? On s'occupe du voyage, vous n'avez qu'à présenter vos idées."),
    ("meeting", "client_meeting secrecy", "Pour le voyage à {ville}, dites au bureau que ce sont des vacances; on s'occupe du reste."),
])
F("fr2-s-09-silence", 1, "secret", "chat", False, [
    ("tasking", "secrecy", "N'en parle pas à ton gestionnaire, il ne comprendrait pas et ça compliquerait tout."),
    ("tasking", "secrecy", "Pas la peine d'aviser ta sécurité pour si peu, c'est une simple discussion."),
    ("tasking", "secrecy", "Reste discret là-dessus, même avec tes collègues. Personne n'a besoin de savoir."),
    ("tasking", "secrecy off_platform", "Active les messages éphémères sur {app}, c'est plus prudent pour nous deux."),
])
F("fr2-s-10-paiement_detour", 1, "paiement", "chat", False, [
    ("tasking", "unusual_payment", "On te remet ton dédommagement en espèces, pas besoin que ça paraisse à ta banque."),
    ("tasking", "unusual_payment", "Le paiement peut aller au nom de ton frère si c'est plus discret pour toi."),
    ("tasking", "unusual_payment", "Préfères-tu des cartes-cadeaux ou du bitcoin pour tes honoraires? Comme ça, pas de feuillet fiscal."),
])
F("fr2-s-11-diaspora_pression", 1, "coercition", "chat", False, [
    ("none", "coercion", "{proche} à {ville_natale} a été convoquée au bureau de quartier. Ce serait dommage que ça se reproduise."),
    ("none", "coercion", "Rentre au pays pour clarifier ta situation, sinon ta famille aura des ennuis."),
    ("none", "coercion", "Pense à {proche}. Coopère avec nous et tout ira bien pour elle."),
    ("none", "coercion", "On voudrait savoir qui vient aux vigiles de ton association. Envoie les noms, c'est dans ton intérêt."),
])
F("fr2-s-12-mentor_patient", 1, "faux_mentor", "inmail", False, [
    ("contact", "credential_targeting", "Votre carrière {milieu} est remarquable. J'aime garder contact avec des gens de votre calibre; un café virtuel, sans engagement?"),
    ("contact", "vague_client", "Je travaille avec un petit cercle d'investisseurs qui aiment comprendre le contexte canadien. Rien d'officiel, juste des conversations."),
    ("tasking", "paid_task", "Nos conversations leur sont utiles; ils tiennent à reconnaître votre contribution de façon concrète."),
])
F("fr2-s-13-invitation_vague", 1, "rencontre_client", "inmail", False, [
    ("meeting", "client_meeting", "Si un jour vous passez en Asie, prévenez-moi : nos partenaires adorent recevoir des experts comme vous, tout compris."),
    ("meeting", "client_meeting", "Notre fondation organise des séjours d'étude à {ville}; pour vous, tout serait pris en charge."),
    ("meeting", "client_meeting vague_client", "Mes associés aimeraient faire votre connaissance autour d'une table, quand vous voulez, où vous voulez."),
])
F("fr2-s-14-emploi_miracle", 1, "arnaque_emploi", "chat", False, [
    ("none", "job_scam", "Félicitations, vous êtes retenue sans entrevue! 45 $ de l'heure à domicile. Un dépôt de garantie de 150 $ est requis pour commencer."),
    ("none", "job_scam", "Aimez des vidéos et gagnez jusqu'à 400 $ par jour; la commission est versée après chaque série."),
    ("none", "job_scam", "Approvisionnez votre compte de 100 $ pour débloquer les commandes du jour; vous récupérez tout avec la commission."),
    ("none", "job_scam", "Avec le chèque reçu, achetez les cartes-cadeaux pour le matériel et renvoyez-moi l'excédent par Interac."),
])
F("fr2-s-15-cote_ciblee", 1, "cote", "inmail", False, [
    ("contact", "credential_targeting vague_client", "Une habilitation très secret, c'est rare. Mon client paie bien les gens qui ont ce genre d'accès."),
    ("contact", "credential_targeting", "D'anciens fonctionnaires comme vous font déjà quelques consultations pour nous. Votre accès à des dossiers sensibles vous rend précieux."),
    ("contact", "credential_targeting paid_task", "Avec votre cote, une heure de votre temps vaut {somme} pour nos partenaires."),
])
F("fr2-s-16-inquietude_familiale", 1, "coercition", "chat", False, [
    ("none", "coercion", "Ta mère m'a dit qu'elle s'inquiète pour son logement. Tu pourrais l'aider en rendant quelques petits services."),
    ("none", "coercion", "Les gens de {ville_natale} se souviennent de toi. Ce serait bien pour tes parents que tu restes raisonnable."),
    ("none", "coercion", "Ton frère aimerait garder son poste. Un petit geste de ta part ferait une grosse différence pour lui."),
])

# ---------------------------------------------------------------------------------------------
# Benign (label 0): hard look-alikes first
# ---------------------------------------------------------------------------------------------
F("fr2-b-01-chasseuse_tetes", 0, "recruteur_legitime", "inmail", True, [
    ("none", "", "Bonjour {prenom}, j'ai un mandat confidentiel pour un poste de direction chez {employeur}. Puis-je vous appeler {jour} au bureau?"),
    ("none", "", "Mon client, {employeur}, préfère ne pas afficher le poste publiquement. Le salaire et les avantages sont dans la description que je vous envoie par courriel."),
    ("none", "", "Votre candidature sera traitée en toute confidentialité. L'entrevue aura lieu en personne à nos bureaux de Laval."),
    ("none", "", "Je vous texte à votre cellulaire pour confirmer l'heure de l'entrevue, si ça vous va."),
])
F("fr2-b-02-reseau_experts", 0, "reseau_experts", "email", True, [
    ("none", "", "Notre client, un fonds nommé dans l'entente, paie 350 $ l'heure pour un appel sur {dossier}. Aucune information confidentielle ne sera demandée."),
    ("none", "", "Avant la consultation, confirmez que votre employeur l'autorise; notre équipe de conformité assiste à l'appel."),
    ("none", "", "Les honoraires de consultation sont versés par virement à votre nom, avec un feuillet fiscal en fin d'année."),
])
F("fr2-b-03-texte_signe", 0, "commande_signee", "email", True, [
    ("none", "", "La revue aimerait une analyse signée de 2 000 mots sur {dossier}; cachet de 400 $ à la publication."),
    ("none", "", "Notre institut publie des notes de politique sous le nom de leurs auteurs; rémunération de {somme}, texte révisé par un comité."),
    ("none", "", "Le balado vous invite à commenter {dossier}; l'épisode sera public et vous serez dédommagé pour le déplacement."),
])
F("fr2-b-04-famille_cellulaire", 0, "famille", "chat", True, [
    ("none", "", "{proche} a un nouveau cellulaire, écris-lui sur WhatsApp pour lui souhaiter bonne fête!"),
    ("none", "", "Les cousins de {ville_natale} nous ont ajoutés sur WeChat, on fait un appel vidéo au souper du Nouvel An."),
    ("none", "", "Maman, ne dis rien à papa pour le cadeau, c'est une surprise pour ses 60 ans!"),
    ("none", "", "Grand-maman veut rentrer au pays pour l'été, on l'aide à réserver son vol?"),
])
F("fr2-b-05-equipe_bureau", 0, "collegues", "chat", True, [
    ("none", "", "Le serveur de courriel est en maintenance ce soir; pour les urgences, textez-moi à mon cell."),
    ("none", "", "Peux-tu m'envoyer les notes de la réunion d'équipe de {jour}? Je les ai manquées."),
    ("none", "", "On se fait un groupe Signal pour le tournoi de balle molle? C'est plus simple que les courriels."),
    ("none", "", "Garde ça pour toi jusqu'à l'annonce officielle, mais Chantal part à la retraite en juin, on organise un party!"),
])
F("fr2-b-06-voyage_travail", 0, "voyage_affaires", "email", True, [
    ("none", "", "Votre mission à {ville} est approuvée. Les billets et l'hôtel sont réservés par l'agence de voyage du ministère; gardez vos reçus."),
    ("none", "", "Rappel : tout voyage à l'étranger doit être déclaré à la sécurité ministérielle au moins deux semaines avant le départ."),
    ("none", "", "Le comité organisateur du congrès couvre l'hébergement des conférenciers invités; la réclamation se fait après l'événement."),
])
F("fr2-b-07-affichage_cote", 0, "offre_emploi_cote", "email", True, [
    ("none", "", "Analyste du renseignement, Ottawa : cote de sécurité de niveau très secret requise. Postulez avant le {jour} 15."),
    ("none", "", "Le titulaire du poste aura accès à des informations protégées; la capacité d'obtenir une cote secret est une exigence."),
    ("none", "", "Ancien militaire? Le programme de transition des Forces vous aide à postuler dans la fonction publique."),
])
F("fr2-b-08-bulletin_securite", 0, "sensibilisation", "email", True, [
    ("none", "", "Mise en garde : des inconnus offrent des rapports rémunérés et des voyages à {ville}, puis demandent de continuer sur {app}. Signalez-les."),
    ("none", "", "Quiz de sensibilisation : un contact vous propose d'être payé en cryptomonnaie pour des notes internes. Que faites-vous?"),
    ("none", "", "Méfiez-vous des messages qui vous demandent de ne pas en parler à votre employeur; c'est souvent le signe d'une approche hostile."),
])
F("fr2-b-09-communaute", 0, "communaute", "chat", True, [
    ("none", "", "Le groupe WeChat des parents de l'école chinoise organise le spectacle du Nouvel An; qui apporte les raviolis?"),
    ("none", "", "L'association étudiante cherche des bénévoles pour la soirée d'accueil; inscrivez-vous sur la liste au local."),
    ("none", "", "Le temple bouddhiste de Brossard publie la liste des bénévoles pour la fête de la Lune sur son site."),
])
F("fr2-b-10-argent_courant", 0, "ordinaire", "chat", True, [
    ("none", "", "Je te paie le gardiennage en argent comptant vendredi, c'est correct?"),
    ("none", "", "La vente de garage de samedi : argent comptant seulement, pas d'Interac."),
    ("none", "", "Ma conseillère financière dit qu'un peu de bitcoin dans le CELI, c'est risqué."),
])
F("fr2-b-11-client_reel", 0, "travail_client", "email", True, [
    ("none", "", "Le client aimerait nous rencontrer {jour} pour la démo du logiciel; la salle est réservée au 3e étage."),
    ("none", "", "Notre client {employeur} a signé le contrat; la facture part cette semaine."),
    ("none", "", "Peux-tu préparer un résumé du projet pour la rencontre avec le client? Rien de confidentiel, c'est la version publique."),
])
F("fr2-b-12-journalisme", 0, "nouvelles", "email", True, [
    ("none", "", "Selon Radio-Canada, un ingénieur aurait été payé en espèces pour des notes internes remises à un prétendu consultant."),
    ("none", "", "Le rapport du comité parlementaire décrit des pressions sur des familles de la diaspora pour forcer le retour au pays."),
])
F("fr2-b-13-universite", 0, "colloque", "email", True, [
    ("none", "", "Votre communication au colloque de {ville} est acceptée; les frais d'inscription de 150 $ se paient en ligne avant le {jour} 30."),
    ("none", "", "Le laboratoire accueille un stagiaire de {ville} cet été; le bureau international s'occupe de son visa et de son logement."),
    ("none", "", "Les résultats non publiés restent dans le labo tant que l'article n'est pas accepté; c'est la règle du groupe."),
])

if __name__ == "__main__":
    rows = build(FAMS, POOLS, OPENERS, CLOSERS, "fr", SEED, PER_TEMPLATE)
    for row in rows:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    write(rows, HERE / "fr_author2.jsonl")
