import { translation } from '../../catalog';
import type { PAGES_EN } from './en';

export const PAGES_FR = translation<typeof PAGES_EN>()({
  'popup.checking': 'Vérification de cette page…',
  'popup.failed': 'Account Helper n’a pas pu lire l’état de cette page : {error}',
  'popup.not-checked':
    'Ouvrez Account Helper sur une page de connexion Microsoft pour la vérifier.',
  'popup.unchecked': 'Account Helper ne peut pas vérifier cette page',
  'popup.more-reasons.one': '{count} autre raison',
  'popup.more-reasons.other': '{count} autres raisons',
  'popup.recent': 'Vues récemment',
  'popup.settings-link': 'Paramètres et données',

  'sightings.none': 'Aucune page de connexion Microsoft vue pour l’instant.',
  'when.just-now': 'à l’instant',
  'when.minutes': 'il y a {count} min',
  'error.generic': 'Un problème est survenu.',

  'guard.heading': 'Protection contre les imitations',
  'guard.on':
    'Activée : chaque page que vous ouvrez est vérifiée pour repérer les fausses pages de connexion Microsoft.',
  'guard.required': 'Votre organisation exige la protection contre les imitations.',
  'guard.turn-off': 'Désactiver',
  'guard.required-missing':
    'Votre organisation exige la protection contre les imitations, mais votre navigateur ne l’a pas encore autorisée. Activez-la ci-dessous.',
  'guard.explanation':
    'Pour vous avertir des fausses pages de connexion Microsoft sur n’importe quel site, Account Helper doit examiner les pages que vous ouvrez ; il les vérifie sur cet appareil et n’envoie rien nulle part.',
  'guard.refused': 'L’autorisation n’a pas été accordée : la protection reste désactivée.',
  'guard.failed': 'Votre navigateur n’a pas laissé Account Helper modifier cette autorisation.',
  'guard.turn-on': 'Activer la protection contre les imitations',

  'managed.heading': 'Géré par votre organisation',
  'managed.intro':
    'Votre organisation a configuré Account Helper pour tous ceux qui y travaillent :',
  'managed.ignored':
    'Certains paramètres de votre organisation pour Account Helper n’ont pas été compris ({names}). Là où l’un d’eux décide quelque chose, le choix le plus strict s’applique. Votre administrateur informatique peut les corriger.',
  'managed.rule.lookups-off':
    'La vérification d’une adresse auprès de Microsoft (« Interroger Microsoft ») est désactivée.',
  'managed.rule.remember-off':
    'Les adresses avec lesquelles vous vous connectez ne sont jamais retenues.',
  'managed.rule.guard-required': 'La protection contre les imitations est obligatoire.',
  'managed.rule.tenants':
    'Les pages de connexion Microsoft d’autres organisations que la vôtre sont signalées. La vôtre : {tenants}.',
  'managed.rule.sign-in-pages':
    'Les pages de connexion de votre organisation, sans jamais d’avertissement : {hosts}.',

  'welcome.title': 'Bienvenue dans Account Helper',
  'welcome.intro':
    'Account Helper prend soin de vos comptes Microsoft, directement dans votre navigateur :',
  'welcome.genuine':
    'Il vous dit quand une page de connexion appartient vraiment à Microsoft, et vous avertit quand une page fait seulement semblant.',
  'welcome.existing':
    'Il vous aide à savoir si une adresse e-mail est déjà un compte Microsoft, pour ne pas en créer un deuxième par erreur.',
  'welcome.reminders':
    'Il vous rappelle de garder à jour votre adresse e-mail de récupération, votre téléphone et votre vérification en deux étapes.',
  'welcome.privacy.heading': 'Votre vie privée',
  'welcome.privacy':
    'Tout reste sur cet appareil. Account Helper ne conserve ni n’envoie jamais vos mots de passe et ne transmet rien nulle part, sauf si vous lui demandez de vérifier une adresse auprès de Microsoft.',
  'welcome.toolbar':
    'Sur une page de connexion Microsoft, cliquez sur le bouton Account Helper de votre barre d’outils pour voir ce qu’il a trouvé.',

  'left.title': 'Vous avez quitté une page imitée – Account Helper',
  'left.heading': 'Vous avez quitté une page qui se faisait passer pour Microsoft',
  'left.taken-away': 'Account Helper a éloigné cet onglet de cette page.',
  'left.change-password':
    'Si vous y avez saisi un mot de passe, changez-le maintenant depuis une page que vous ouvrez vous-même : tapez {address} dans la barre d’adresse, connectez-vous et ouvrez {security}.',
  'left.security': 'Sécurité',
  'left.only-own':
    'Microsoft vous connecte uniquement sur ses propres adresses, comme login.live.com et login.microsoftonline.com.',
  'left.next.heading': 'Ce que vous pouvez faire maintenant',
  'left.next.account': 'Aller sur account.microsoft.com',
  'left.next.close': 'Fermer cet onglet',

  'toolbar.microsoft': 'Account Helper : une vraie page Microsoft',
  'toolbar.lookalike': 'Account Helper : cette page imite Microsoft',
  'toolbar.other': 'Account Helper',

  'warning.title': 'Cette page se fait passer pour Microsoft',
  'warning.summary':
    'Ce n’est pas une page Microsoft. Tout ce que vous saisissez ici, surtout un mot de passe ou un code, pourrait être volé.',
  'warning.advice':
    'Pour vous connecter en toute sécurité, tapez vous-même account.microsoft.com dans la barre d’adresse.',
  'warning.leave': 'Quitter cette page',
  'warning.know': 'Je sais ce que je fais',
  'warning.proceed': 'Je comprends le risque, afficher la page',
  'warning.chip': 'Account Helper : pas une page Microsoft',
  // Signaler une page ; la protection sur la page d’accueil et dans la fenêtre.
  'warning.report': 'Signaler cette page à Microsoft',
  'warning.org-told':
    'Votre organisation est informée quand cet avertissement apparaît : l’adresse de la page et la raison, rien sur vous.',
  'popup.report': 'Signaler à Microsoft',
  'managed.rule.report-endpoint':
    'Votre organisation est informée chaque fois qu’Account Helper vous avertit d’une page imitée (l’adresse de la page et la raison).',
  'guard.off-unprotected': 'Désactivée : aucune alerte sur les imitations',
  'welcome.guard.what':
    'La protection contre les imitations examine les pages que vous ouvrez et vous avertit, avant que vous ne saisissiez quoi que ce soit, quand l’une d’elles se fait passer pour la page de connexion de Microsoft.',
  'welcome.guard.never':
    'Elle les vérifie sur cet appareil : aucune page, aucune adresse, rien de ce que vous saisissez n’est jamais envoyé nulle part.',
  'welcome.guard.org':
    'Votre organisation a demandé à être informée de chaque avertissement : l’adresse de la page et la raison.',
  'welcome.next.heading': 'Et ensuite',
  'welcome.next.accounts':
    'Indiquez vos comptes Microsoft dans les paramètres, pour qu’Account Helper vous rappelle de garder leurs informations de récupération à jour.',
  'welcome.next.accounts-link': 'Ouvrir les paramètres',
  'welcome.next.pin':
    'Épinglez Account Helper à votre barre d’outils : ouvrez le menu des extensions du navigateur (la pièce de puzzle) et choisissez l’épingle à côté d’Account Helper.',
});
