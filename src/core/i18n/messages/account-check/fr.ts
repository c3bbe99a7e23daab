import { translation } from '../../catalog';
import type { ACCOUNT_CHECK_EN } from './en';

export const ACCOUNT_CHECK_FR = translation<typeof ACCOUNT_CHECK_EN>()({
  'check.heading': 'Ai-je déjà un compte Microsoft ?',
  'check.label': 'Adresse e-mail ou numéro de téléphone',
  'check.placeholder': 'marie@exemple.fr',
  'check.button': 'Vérifier',
  'check.saved-cleared': 'Résultats enregistrés effacés.',

  'answer.invalid':
    'Cela ne ressemble pas encore à une adresse e-mail ou à un numéro de téléphone.',
  'answer.personal': 'C’est un compte Microsoft personnel.',
  'answer.work-school': 'C’est un compte professionnel ou scolaire.',
  'answer.both': 'Cette adresse a un compte personnel et un compte professionnel ou scolaire.',
  'answer.listed': 'Cette adresse figure dans votre liste de comptes.',
  'answer.medium': 'Vous avez probablement déjà un compte Microsoft avec cette adresse.',
  'answer.low': 'Vous avez très probablement déjà un compte Microsoft.',
  'answer.none':
    'C’est peut-être un compte personnel, un compte professionnel ou scolaire, ou pas encore un compte.',
  'answer.none-personal': 'Ce peut être un compte Microsoft personnel, ou pas encore de compte.',
  'answer.typo': 'Vouliez-vous dire {address} ?',
  'answer.typo-fix': 'Vérifier {address}',

  'hint.personal':
    'Les comptes personnels sont ceux que vous utilisez pour Outlook.com, OneDrive, Xbox et Windows à la maison, ainsi que ceux qu’on utilisait pour Skype avant sa fermeture en mai 2025.',
  'hint.work-school':
    'Votre organisation gère ce compte : son support informatique peut vous aider à y accéder à nouveau.',
  'hint.both': 'À la connexion, Microsoft vous demandera lequel des deux vous voulez utiliser.',

  'questions.legend': 'Avez-vous déjà utilisé l’un de ces services ?',
  'questions.intro':
    'Chacun demande un compte Microsoft : chaque case cochée nous en apprend davantage.',
  'questions.none': 'Aucun de ceux-ci',
  'question-label.outlook-hotmail': 'Une adresse Outlook.com, Hotmail, Live ou MSN',
  'question-label.onedrive': 'OneDrive',
  'question-label.skype': 'Skype',
  'question-label.xbox': 'Xbox',
  'question-label.windows-phone': 'Un Windows Phone',
  'question-label.office': 'Office ou Microsoft 365',
  'question-label.windows-sign-in': 'Se connecter à Windows avec une adresse e-mail',

  'next.heading': 'Étapes suivantes',
  'next.sign-in-personal': 'Se connecter avec cette adresse',
  'next.sign-in-work-school': 'Se connecter avec cette adresse',
  'next.sign-in': 'Se connecter avec cette adresse',
  'next.recover-personal': 'Récupérer ce compte',
  'next.recover-work-school': 'Récupérer ce compte',
  'next.review-personal': 'Vérifier vos clés d’accès et méthodes de connexion',
  'next.review-work-school': 'Vérifier vos clés d’accès et méthodes de connexion',
  'next.create-account': 'Créer un compte avec cette adresse',
  'next.new-outlook-address': 'Obtenir une nouvelle adresse Outlook',
  'next.add-to-accounts': 'Ajouter à mes comptes',
  'next.phone.sign-in': 'Se connecter avec ce numéro de téléphone',
  'next.phone.recover': 'Récupérer le compte de ce numéro de téléphone',
  'next.phone.create-account': 'Créer un compte avec ce numéro de téléphone',
  'next.both.sign-in-personal': 'Se connecter au compte personnel',
  'next.both.sign-in-work-school': 'Se connecter au compte professionnel ou scolaire',
  'next.added': 'Ajoutée à vos comptes. Account Helper s’en souviendra sur cet appareil.',
  'next.add-failed': 'Account Helper n’a pas pu enregistrer cette adresse. Réessayez.',

  'online.email-only': 'Microsoft ne peut être interrogé que sur des adresses e-mail.',
  'online.off-by-organisation':
    'Votre organisation a désactivé l’interrogation de Microsoft sur les adresses.',
  'online.off': 'Interroger Microsoft est désactivé dans les paramètres d’Account Helper.',
  'online.note':
    'Seule cette adresse est envoyée au service de connexion de Microsoft, et rien d’autre sur vous.',
  'online.asking': 'Interrogation de Microsoft…',
  'online.ask-again': 'Interroger Microsoft à nouveau',
  'online.ask': 'Interroger Microsoft',
  'online.waiting': 'En attente de la réponse de Microsoft…',
  'online.failed': 'Account Helper n’a pas pu interroger Microsoft pour l’instant. Réessayez.',
  'online.consent-declined':
    'Rien n’a été envoyé. Firefox a demandé si Account Helper pouvait envoyer cette adresse à Microsoft, et la réponse était non. Cliquez à nouveau sur « Interroger Microsoft » si vous changez d’avis.',

  'outcome.exists-personal': 'Microsoft la connaît : un compte personnel.',
  'outcome.exists-work-school': 'Microsoft la connaît : un compte professionnel ou scolaire.',
  'outcome.exists-both':
    'Microsoft la connaît : un compte personnel et un compte professionnel ou scolaire.',
  'outcome.not-found': 'Microsoft n’a aucun compte avec cette adresse.',
  'outcome.throttled': 'Microsoft nous a demandé de ralentir.',
  'outcome.unknown': 'Microsoft n’a pas pu le dire cette fois.',
  'outcome.error:timeout': 'Pas de réponse à temps.',
  'outcome.error:network': 'Nous n’avons pas pu joindre Microsoft.',
  'outcome.error:http': 'La vérification de Microsoft a rencontré un problème.',
  'outcome.error:malformed': 'Nous n’avons pas pu lire la réponse de Microsoft.',
  'outcome.none': 'Nous n’avons pas reçu de réponse.',

  'checked.just-now': 'vérifié à l’instant',
  'checked.minutes': 'vérifié il y a {count} min',
  'checked.hours': 'vérifié il y a {count} h',
  'checked.on': 'vérifié le {date}',

  'saved.summary': 'Réponses de Microsoft enregistrées ({count})',
  'saved.clear': 'Effacer les résultats enregistrés',
  'saved.clear-failed': 'Account Helper n’a pas pu les effacer. Réessayez.',
});
