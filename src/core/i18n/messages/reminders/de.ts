import { translation } from '../../catalog';
import type { REMINDERS_EN } from './en';

export const REMINDERS_DE = translation<typeof REMINDERS_EN>()({
  'reminder.name': '{label} ({address})',
  'reminder.review-recovery.title': 'Wiederherstellungsdaten von {name} überprüfen',
  'reminder.review-recovery.message':
    'Überprüfen Sie Ihre Passkeys und Anmeldemethoden: Gehören die Passkeys, die Authenticator-App, die Wiederherstellungs-E-Mail und die Telefonnummer noch Ihnen, und funktionieren sie? Veralten sie, kann ein verlorenes Gerät oder Kennwort das ganze Konto kosten.',
  'reminder.sign-devices-in.title': 'Geräte wieder bei {name} anmelden',
  'reminder.sign-devices-in.message':
    'Sie haben das Kennwort zurückgesetzt. Handys, Tablets, Xbox und andere Konsolen müssen Sie eventuell mit dem neuen Kennwort wieder anmelden, bevor sie synchronisieren.',
  'reminder.sign-devices-in.message.work-school':
    'Sie haben das Kennwort zurückgesetzt. Handys, Tablets und Computer, auf denen Sie dieses Konto nutzen, müssen Sie eventuell mit dem neuen Kennwort wieder anmelden.',
  'reminder.inactive-account.title': 'Bei {name} anmelden, damit es bestehen bleibt',
  'reminder.inactive-account.message':
    'Microsoft schließt private Konten, bei denen sich zwei Jahre lang niemand anmeldet. Melden Sie sich einmal an, um E-Mails, Dateien und Käufe zu behalten.',

  'reminder-type.review-recovery': 'Wiederherstellungsdaten überprüfen',
  'reminder-type.sign-devices-in': 'Geräte wieder anmelden',
  'reminder-type.inactive-account': 'Konto erhalten',

  'reminders.review-now': 'Jetzt überprüfen',
  'reminders.action.review': 'Jetzt überprüfen',
  'reminders.action.devices': 'Ihre Geräte ansehen',
  'reminders.action.sign-in': 'Jetzt anmelden',
  'reminders.action.review.label':
    'Jetzt überprüfen: {title} (öffnet die Sicherheitsseite von Microsoft)',
  'reminders.action.devices.label':
    'Ihre Geräte ansehen: {title} (öffnet die Geräteliste bei Microsoft)',
  'reminders.action.sign-in.label':
    'Jetzt anmelden: {title} (öffnet die Anmeldeseite von Microsoft)',
  'reminders.snooze': 'Um 1 Tag verschieben',
  'reminders.done': 'Erledigt',
  'reminders.review-now.label':
    'Jetzt überprüfen: {title} (öffnet die Sicherheitsseite von Microsoft)',
  'reminders.snooze.label': 'Um 1 Tag verschieben: {title}',
  'reminders.done.label': 'Erledigt: {title}',
  'reminders.due': 'Fällig: {when}',
  'reminders.heading': 'Erinnerungen',
  'reminders.heading.due': 'Fällige Erinnerungen ({count})',
  'reminders.marked-done': 'Als erledigt markiert.',
  'reminders.snoozed': 'Bis morgen verschoben.',
  'reminders.update-failed': 'Die Erinnerung konnte nicht geändert werden: {error}',
  'reminders.read-failed': 'Account Helper konnte Ihre Erinnerungen nicht lesen: {error}',
  'reminders.next.review-recovery':
    'Nichts fällig. Als Nächstes: Wiederherstellungsdaten von {account} überprüfen, {date}.',
  'reminders.next.sign-devices-in':
    'Nichts fällig. Als Nächstes: Geräte wieder bei {account} anmelden, {date}.',
  'reminders.next.inactive-account': 'Nichts fällig. Als Nächstes: {account} erhalten, {date}.',
  'reminders.none':
    'Tragen Sie Ihre Microsoft-Konten in den {link} ein, um an aktuelle Wiederherstellungsdaten erinnert zu werden.',
  'reminders.none.link': 'Einstellungen',

  'account-kind.personal': 'Privates Microsoft-Konto',
  'account-kind.work-school': 'Geschäfts-, Schul- oder Unikonto',
  'account-kind.unknown': 'Nicht sicher',
  'set-up.recoveryEmail': 'Wiederherstellungs-E-Mail',
  'set-up.phone': 'Telefonnummer zur Wiederherstellung',
  'set-up.twoStep': 'Zweistufige Überprüfung',
  'set-up.authenticatorApp': 'Authenticator-App',
  'set-up.passkey': 'Passkey',
});
