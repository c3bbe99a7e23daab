import { translation } from '../../catalog';
import type { REMINDERS_EN } from './en';

export const REMINDERS_FR = translation<typeof REMINDERS_EN>()({
  'reminder.name': '{label} ({address})',
  'reminder.review-recovery.title': 'Vérifiez les informations de récupération de {name}',
  'reminder.review-recovery.message':
    'Vérifiez vos clés d’accès et vos méthodes de connexion : les clés d’accès, l’application Authenticator, l’adresse e-mail et le numéro de téléphone de récupération sont-ils toujours à vous, et fonctionnent-ils ? S’ils ne sont plus à jour, un appareil ou un mot de passe perdu peut coûter le compte.',
  'reminder.sign-devices-in.title': 'Reconnectez vos appareils à {name}',
  'reminder.sign-devices-in.message':
    'Vous avez réinitialisé son mot de passe. Les téléphones, tablettes, Xbox et autres consoles peuvent vous demander de vous reconnecter avec le nouveau mot de passe avant de se synchroniser.',
  'reminder.sign-devices-in.message.work-school':
    'Vous avez réinitialisé son mot de passe. Les téléphones, tablettes et ordinateurs où vous utilisez ce compte peuvent vous demander de vous reconnecter avec le nouveau mot de passe.',
  'reminder.inactive-account.title': 'Connectez-vous à {name} pour le garder ouvert',
  'reminder.inactive-account.message':
    'Microsoft ferme les comptes personnels auxquels personne ne se connecte pendant deux ans. Connectez-vous une fois pour garder ses e-mails, fichiers et achats.',

  'reminder-type.review-recovery': 'Vérifier les informations de récupération',
  'reminder-type.sign-devices-in': 'Reconnecter les appareils',
  'reminder-type.inactive-account': 'Garder le compte ouvert',

  'reminders.review-now': 'Vérifier maintenant',
  'reminders.action.review': 'Vérifier maintenant',
  'reminders.action.devices': 'Voir vos appareils',
  'reminders.action.sign-in': 'Se connecter maintenant',
  'reminders.action.review.label':
    'Vérifier maintenant : {title} (ouvre la page de sécurité de Microsoft)',
  'reminders.action.devices.label':
    'Voir vos appareils : {title} (ouvre la liste de vos appareils chez Microsoft)',
  'reminders.action.sign-in.label':
    'Se connecter maintenant : {title} (ouvre la page de connexion de Microsoft)',
  'reminders.snooze': 'Reporter d’un jour',
  'reminders.done': 'Terminé',
  'reminders.review-now.label':
    'Vérifier maintenant : {title} (ouvre la page de sécurité de Microsoft)',
  'reminders.snooze.label': 'Reporter d’un jour : {title}',
  'reminders.done.label': 'Terminé : {title}',
  'reminders.due': 'Échéance : {when}',
  'reminders.heading': 'Rappels',
  'reminders.heading.due': 'Rappels à faire ({count})',
  'reminders.marked-done': 'Marqué comme terminé.',
  'reminders.snoozed': 'Reporté à demain.',
  'reminders.update-failed': 'Impossible de modifier le rappel : {error}',
  'reminders.read-failed': 'Account Helper n’a pas pu lire vos rappels : {error}',
  'reminders.next.review-recovery':
    'Rien à faire. Prochain rappel : vérifier les informations de récupération de {account}, {date}.',
  'reminders.next.sign-devices-in':
    'Rien à faire. Prochain rappel : reconnecter les appareils à {account}, {date}.',
  'reminders.next.inactive-account':
    'Rien à faire. Prochain rappel : garder {account} ouvert, {date}.',
  'reminders.none':
    'Ajoutez vos comptes Microsoft dans les {link} pour qu’on vous rappelle de garder leurs informations de récupération à jour.',
  'reminders.none.link': 'paramètres',

  'account-kind.personal': 'Compte Microsoft personnel',
  'account-kind.work-school': 'Compte professionnel ou scolaire',
  'account-kind.unknown': 'Je ne sais pas',
  'set-up.recoveryEmail': 'Adresse e-mail de récupération',
  'set-up.phone': 'Numéro de téléphone de récupération',
  'set-up.twoStep': 'Vérification en deux étapes',
  'set-up.authenticatorApp': 'Application Authenticator',
  'set-up.passkey': 'Clé d’accès',
});
