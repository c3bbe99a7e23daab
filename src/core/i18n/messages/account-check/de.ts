import { translation } from '../../catalog';
import type { ACCOUNT_CHECK_EN } from './en';

export const ACCOUNT_CHECK_DE = translation<typeof ACCOUNT_CHECK_EN>()({
  'check.heading': 'Habe ich schon ein Microsoft-Konto?',
  'check.label': 'E-Mail-Adresse oder Telefonnummer',
  'check.placeholder': 'erika@beispiel.de',
  'check.button': 'Prüfen',
  'check.saved-cleared': 'Gespeicherte Ergebnisse gelöscht.',

  'answer.invalid': 'Das sieht noch nicht nach einer E-Mail-Adresse oder Telefonnummer aus.',
  'answer.personal': 'Dies ist ein privates Microsoft-Konto.',
  'answer.work-school': 'Dies ist ein Geschäfts-, Schul- oder Unikonto.',
  'answer.both':
    'Zu dieser Adresse gibt es ein privates Konto und ein Geschäfts-, Schul- oder Unikonto.',
  'answer.listed': 'Diese Adresse steht in Ihrer Kontenliste.',
  'answer.medium': 'Wahrscheinlich haben Sie damit schon ein Microsoft-Konto.',
  'answer.low': 'Sehr wahrscheinlich haben Sie schon ein Microsoft-Konto.',
  'answer.none':
    'Es kann ein privates Konto sein, ein Geschäfts-, Schul- oder Unikonto oder noch keines.',
  'answer.none-personal': 'Es kann ein privates Microsoft-Konto sein oder noch keines.',
  'answer.typo': 'Meinten Sie {address}?',
  'answer.typo-fix': '{address} prüfen',

  'hint.personal':
    'Private Konten nutzen Sie für Outlook.com, OneDrive, Xbox und Windows zu Hause, ebenso die, mit denen man Skype bis zu seiner Einstellung im Mai 2025 nutzte.',
  'hint.work-school':
    'Ihre Organisation verwaltet dieses Konto, daher kann Ihnen ihr Helpdesk wieder Zugang verschaffen.',
  'hint.both': 'Bei der Anmeldung fragt Microsoft, welches der beiden Sie meinen.',

  'questions.legend': 'Haben Sie schon einmal eines davon genutzt?',
  'questions.intro':
    'Für jedes davon braucht man ein Microsoft-Konto, daher verrät uns jedes Häkchen mehr.',
  'questions.none': 'Nichts davon',
  'question-label.outlook-hotmail': 'Eine Adresse bei Outlook.com, Hotmail, Live oder MSN',
  'question-label.onedrive': 'OneDrive',
  'question-label.skype': 'Skype',
  'question-label.xbox': 'Xbox',
  'question-label.windows-phone': 'Ein Windows Phone',
  'question-label.office': 'Office oder Microsoft 365',
  'question-label.windows-sign-in': 'Anmeldung bei Windows mit einer E-Mail-Adresse',

  'next.heading': 'Nächste Schritte',
  'next.sign-in-personal': 'Mit dieser Adresse anmelden',
  'next.sign-in-work-school': 'Mit dieser Adresse anmelden',
  'next.sign-in': 'Mit dieser Adresse anmelden',
  'next.recover-personal': 'Dieses Konto wiederherstellen',
  'next.recover-work-school': 'Dieses Konto wiederherstellen',
  'next.review-personal': 'Passkeys und Anmeldemethoden überprüfen',
  'next.review-work-school': 'Passkeys und Anmeldemethoden überprüfen',
  'next.create-account': 'Mit dieser Adresse ein Konto erstellen',
  'next.new-outlook-address': 'Neue Outlook-Adresse erstellen',
  'next.add-to-accounts': 'Zu meinen Konten hinzufügen',
  'next.phone.sign-in': 'Mit dieser Telefonnummer anmelden',
  'next.phone.recover': 'Das Konto dieser Telefonnummer wiederherstellen',
  'next.phone.create-account': 'Ein Konto mit dieser Telefonnummer erstellen',
  'next.both.sign-in-personal': 'Beim privaten Konto anmelden',
  'next.both.sign-in-work-school': 'Beim Geschäfts-, Schul- oder Unikonto anmelden',
  'next.added': 'Zu Ihren Konten hinzugefügt. Account Helper merkt sie sich auf diesem Gerät.',
  'next.add-failed':
    'Account Helper konnte diese Adresse nicht speichern. Bitte versuchen Sie es noch einmal.',

  'online.email-only': 'Microsoft kann nur zu E-Mail-Adressen gefragt werden.',
  'online.off-by-organisation':
    'Ihre Organisation hat das Fragen bei Microsoft nach Adressen ausgeschaltet.',
  'online.off':
    'Das Fragen bei Microsoft ist in den Einstellungen von Account Helper ausgeschaltet.',
  'online.note':
    'Dabei wird nur diese Adresse an den Anmeldedienst von Microsoft gesendet, sonst nichts über Sie.',
  'online.asking': 'Microsoft wird gefragt …',
  'online.ask-again': 'Microsoft erneut fragen',
  'online.ask': 'Microsoft fragen',
  'online.waiting': 'Warten auf die Antwort von Microsoft …',
  'online.failed':
    'Account Helper konnte Microsoft gerade nicht fragen. Bitte versuchen Sie es noch einmal.',
  'online.consent-declined':
    'Es wurde nichts gesendet. Firefox hat gefragt, ob Account Helper diese Adresse an Microsoft senden darf, und die Antwort war Nein. Klicken Sie noch einmal auf „Microsoft fragen“, wenn Sie es sich anders überlegen.',

  'outcome.exists-personal': 'Microsoft kennt sie: ein privates Konto.',
  'outcome.exists-work-school': 'Microsoft kennt sie: ein Geschäfts-, Schul- oder Unikonto.',
  'outcome.exists-both':
    'Microsoft kennt sie: ein privates Konto und ein Geschäfts-, Schul- oder Unikonto.',
  'outcome.not-found': 'Microsoft hat kein Konto mit dieser Adresse.',
  'outcome.throttled': 'Microsoft hat uns gebeten, langsamer zu machen.',
  'outcome.unknown': 'Microsoft konnte es diesmal nicht sagen.',
  'outcome.error:timeout': 'Keine rechtzeitige Antwort.',
  'outcome.error:network': 'Wir konnten Microsoft nicht erreichen.',
  'outcome.error:http': 'Bei der Prüfung durch Microsoft gab es ein Problem.',
  'outcome.error:malformed': 'Wir konnten die Antwort von Microsoft nicht lesen.',
  'outcome.none': 'Wir haben keine Antwort bekommen.',

  'checked.just-now': 'gerade eben geprüft',
  'checked.minutes': 'vor {count} Min. geprüft',
  'checked.hours': 'vor {count} Std. geprüft',
  'checked.on': 'am {date} geprüft',

  'saved.summary': 'Gespeicherte Antworten von Microsoft ({count})',
  'saved.clear': 'Gespeicherte Ergebnisse löschen',
  'saved.clear-failed':
    'Account Helper konnte sie nicht löschen. Bitte versuchen Sie es noch einmal.',
});
