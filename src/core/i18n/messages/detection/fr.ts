import { translation } from '../../catalog';
import type { DETECTION_EN } from './en';

export const DETECTION_FR = translation<typeof DETECTION_EN>()({
  'verdict.microsoft': 'Ceci est une vraie page Microsoft',
  'verdict.lookalike': 'Attention : cette page imite Microsoft',
  'verdict.other': 'Ceci n’est pas une page de connexion Microsoft',

  'page-kind.sign-in': 'Page de connexion',
  'page-kind.sign-up': 'Page de création de compte',
  'page-kind.password-reset': 'Page de réinitialisation du mot de passe',
  'page-kind.account-recovery': 'Page de récupération du compte',
  'page-kind.security-info': 'Page des informations de sécurité',
  'page-kind.account-home': 'Vue d’ensemble du compte',
  'page-kind.sign-out': 'Page de déconnexion',
  'page-kind.device-code': 'Page de connexion d’un appareil',
  'page-kind.consent': 'Demande d’autorisations d’une application',

  'service.microsoft-account': 'Compte Microsoft personnel',
  'service.work-school': 'Compte professionnel ou scolaire (Microsoft Entra ID)',
  'service.us-government': 'Cloud du gouvernement américain',
  'service.china': 'Cloud Microsoft en Chine (21Vianet)',

  'reason.official-microsoft-host': 'C’est une adresse officielle de Microsoft ({host}).',
  'reason.not-https':
    'C’est une adresse Microsoft, mais la connexion n’est pas sécurisée (pas de https) : nous ne pouvons donc pas garantir cette page.',
  'reason.unusual-port':
    'Cette adresse Microsoft utilise un numéro de port inhabituel : nous ne pouvons donc pas garantir cette page.',
  'reason.user-content-host':
    'Tout le monde peut publier des pages sur {suffix} : ce n’est donc jamais une page de connexion officielle de Microsoft.',
  'reason.typo-of-microsoft-host':
    'L’adresse {host} ressemble de très près à la vraie adresse de Microsoft, {official}.',
  'reason.typo-of-brand-name': 'Le nom « {word} » est une faute d’orthographe de « {brand} ».',
  'reason.confusable-characters':
    'Le nom « {word} » utilise des lettres ou des chiffres qui se ressemblent pour passer pour « {brand} ».',
  'reason.punycode-confusable':
    'L’adresse utilise des lettres étrangères (« {word} ») qui imitent « {brand} ».',
  'reason.brand-in-subdomain':
    'L’adresse commence par « {brand} », mais le site auquel elle appartient vraiment est {site}.',
  'reason.brand-in-hyphenated-domain':
    'Le nom de site {site} emprunte le nom « {brand} », mais il n’appartient pas à Microsoft.',
  'reason.brand-in-domain-name':
    'Le site {site} utilise le nom « {brand} », mais il n’appartient pas à Microsoft.',
  'reason.sign-in-words-with-brand':
    'L’adresse associe un nom de Microsoft à des mots comme « login » ou « verify », une ruse courante.',
  'reason.userinfo-trick':
    'L’adresse cache le vrai site : tout ce qui précède le « @ » est ignoré, vous seriez donc en réalité sur {site}.',
  'reason.microsoft-host-in-path':
    'L’adresse mentionne {host} plus loin, mais la page vient en réalité de {site}.',
  'reason.sign-in-path-on-foreign-host':
    'Cette adresse copie la forme des adresses de connexion de Microsoft, mais elle est sur {site}.',
  'reason.free-hosting-with-brand':
    'Cette page est sur {suffix}, où tout le monde peut créer un site, et elle utilise le nom « {brand} ».',
  'reason.cloned-sign-in-page':
    'Cette page ressemble à une page de connexion Microsoft, mais elle est sur {site}, qui n’est pas une adresse de Microsoft. N’y saisissez pas votre mot de passe.',
  'reason.microsoft-form-fields':
    'Le formulaire de cette page est construit comme le formulaire de connexion de Microsoft.',
  'reason.microsoft-sign-in-wording':
    'La page reprend le texte des pages de connexion de Microsoft.',
  'reason.microsoft-logo': 'La page affiche le logo Microsoft.',
  'reason.microsoft-sign-in-assets':
    'La page emprunte des images ou des styles aux vraies pages de connexion de Microsoft.',
  'reason.credential-form':
    'La page demande une adresse e-mail, un numéro de téléphone ou un mot de passe.',
  'reason.owa-copy':
    "Cette page est une copie de la page de connexion d'Outlook Web App, mais elle est sur {site}, pas sur le serveur de messagerie de votre organisation ni chez Microsoft. N'y saisissez pas votre mot de passe.",
  'reason.shared-document-lure':
    "Cette page est un leurre de document partagé : elle prétend qu'on vous a partagé un fichier et demande votre mot de passe Microsoft pour l'afficher, mais elle est sur {site}, pas sur une adresse de Microsoft. N'y saisissez pas votre mot de passe.",
  'reason.screenshot-sign-in-page':
    "Cette page est une image d'une page de connexion Microsoft avec des champs posés dessus, sur {site}, pas sur une adresse de Microsoft. N'y saisissez pas votre mot de passe.",
  'reason.account-alert-lure':
    'Une fausse alerte de compte Microsoft sur {site}, faite pour obtenir votre mot de passe. Ne le saisissez pas ici.',
  'reason.fake-browser-window':
    "Cette page dessine une fausse fenêtre de connexion affichant une adresse Microsoft, mais elle est en réalité sur {site}. N'y saisissez pas votre mot de passe.",
  'reason.sends-to-outside-service':
    'Le code de la page envoie ce que vous tapez à un service extérieur ({service}), comme le font les kits d’hameçonnage.',
  'reason.microsoft-name-in-address':
    "L'adresse utilise le nom « {word} », mais le site est {site}, pas celui de Microsoft.",
  'reason.disguised-text':
    'La page cache le nom de Microsoft avec des lettres ressemblantes ou des caractères invisibles, une astuce pour échapper aux filtres.',
  'reason.script-built-page':
    "La page s'écrit à partir de code brouillé, une astuce pour échapper aux contrôles de sécurité.",
  'reason.saved-copy-of-microsoft-page':
    "Le code source de la page indique qu'elle a été enregistrée ou copiée depuis une page Microsoft.",
  'reason.organisation-sign-in-page':
    "Cela ressemble à la page de connexion propre à une organisation (un logiciel Microsoft qu'elle exploite elle-même, comme AD FS ou Outlook Web App), pas à celle de Microsoft. Ne vous connectez que s'il s'agit de votre organisation.",
  'reason.tenant-not-allowed.id':
    'C’est la vraie page de connexion de Microsoft, mais elle vous connecte à l’organisation dont l’ID de locataire est {tenant}, et non à une organisation que la vôtre utilise. Ne continuez que si vous comptiez vous y connecter.',
  'reason.tenant-not-allowed.domain':
    'C’est la vraie page de connexion de Microsoft, mais elle vous connecte à l’organisation {tenant}, et non à une organisation que la vôtre utilise. Ne continuez que si vous comptiez vous y connecter.',
  'reason.tenant-not-allowed.other':
    'C’est la vraie page de connexion de Microsoft, mais elle vous connecte à une autre organisation, et non à une organisation que la vôtre utilise. Ne continuez que si vous comptiez vous y connecter.',
  // Shared content on Microsoft’s hosts, the next hop, the organisation’s sign-in page (issue 16)
  'reason.shared-content-password':
    'Cette page est sur {product}, où toute personne ayant un compte Microsoft peut publier, et elle demande un mot de passe. Microsoft ne demande jamais votre mot de passe dans un fichier, un formulaire ou un site partagé.',
  'reason.shared-content-code':
    'Cette page est sur {product}, où toute personne ayant un compte Microsoft peut publier, et elle demande un code à usage unique. Ne saisissez jamais un code reçu dans un fichier, un formulaire ou un site partagé.',
  'reason.shared-content-question':
    'Une question de ce formulaire ({product}) demande un mot de passe, un code ou vos identifiants. La personne qui a créé le formulaire les recevrait : Microsoft ne les demande jamais dans un formulaire.',
  'reason.shared-content-sign-in-copy':
    'Cette page sur {site} ressemble à la page de connexion de Microsoft, mais c’est une personne ayant un compte Microsoft qui l’a publiée sur {product}, pas Microsoft.',
  'reason.opened-from-shared-content':
    'Vous avez ouvert cette page depuis un fichier ou une page partagés sur {source}. Un fichier partagé qui vous envoie vers une page de connexion est une ruse classique.',
  'reason.opened-from-webmail':
    'Vous avez ouvert cette page depuis votre messagerie ({source}). Un lien dans un e-mail qui mène à une page demandant de vous connecter, c’est ainsi que commence la plupart du phishing.',
  'reason.imitates-organisation-sign-in':
    'Cette page ressemble à la page de connexion de votre organisation ({org}), mais elle est sur {site}, pas à l’adresse vers laquelle Microsoft vous a envoyé.',
  'shared-content.notice':
    'Une personne ayant un compte Microsoft a publié ceci sur {product}, pas Microsoft.',
  'shared-content.trick':
    'Un fichier qui vous demande de vous reconnecter pour l’afficher est une ruse classique : si cette page vous envoie vers une page de connexion ou demande votre mot de passe, fermez-la.',
  'org-sign-in.reached':
    'La page de connexion de votre organisation ({organisation}), atteinte depuis Microsoft.',
  'org-sign-in.listed':
    'La page de connexion de votre organisation ({organisation}), telle que votre organisation l’indique.',
});
