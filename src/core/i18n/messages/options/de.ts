import { translation } from '../../catalog';
import type { OPTIONS_EN } from './en';

export const OPTIONS_DE = translation<typeof OPTIONS_EN>()({
  'options.title': 'Einstellungen von Account Helper',
  'options.visits.heading': 'Besuchte Microsoft-Seiten',
  'options.loading': 'Wird geladen …',
  'options.visits.failed': 'Account Helper konnte seine Daten nicht öffnen: {error}',
  'options.visits.total.one': '{count} Besuch auf diesem Gerät erfasst.',
  'options.visits.total.other': '{count} Besuche auf diesem Gerät erfasst.',
  'options.footer':
    'Account Helper speichert alles auf diesem Gerät. Ihre Kennwörter speichert oder sendet es nie.',
  'options.my-data.failed':
    'Account Helper konnte Ihre Konten und Erinnerungen nicht lesen: {error}',
  'options.my-data.loading': 'Ihre Konten werden geladen …',
  'options.change-failed': 'Das hat nicht geklappt: {error}',
  'options.saved': 'Gespeichert.',
  'options.cancel': 'Abbrechen',

  'reminders-section.heading': 'Erinnerungen',
  'reminders-section.none': 'Gerade ist nichts fällig.',
  'reminders-section.coming-up': 'Demnächst',
  'reminders-section.snoozed-until': 'verschoben bis {date}',

  'accounts.heading': 'Ihre Konten',
  'accounts.intro':
    'Gespeichert werden nur E-Mail-Adressen, Telefonnummern und Daten, auf diesem Gerät. Account Helper fragt nie nach einem Kennwort und speichert keines.',
  'accounts.none': 'Noch keine Konten eingetragen.',
  'accounts.add.heading': 'Konto hinzufügen',
  'accounts.add.address': 'E-Mail-Adresse oder Telefonnummer, mit der Sie sich anmelden',
  'accounts.add.kind': 'Art des Kontos',
  'accounts.add.label': 'Name (optional), z. B. „Familie“ oder „Arbeit“',
  'accounts.add.button': 'Konto hinzufügen',
  'accounts.added': '{address} hinzugefügt.',
  'accounts.added.phone': 'Telefonnummer {phone} hinzugefügt.',
  'account.phone': 'Telefonnummer',

  'account.set-up.unknown': 'Noch nicht angegeben',
  'account.set-up.nothing': 'Nichts',
  'account.kind': 'Art',
  'account.set-up': 'Eingerichtet',
  'account.reviewed': 'Wiederherstellungsdaten überprüft',
  'account.reviewed.never': 'Nie',
  'account.next-review': 'Nächste Überprüfung',
  'account.every': '(alle {interval})',
  'account.mark-reviewed': 'Heute überprüft',
  'account.marked-reviewed': 'Als heute überprüft markiert.',
  'account.password-reset': 'Ich habe gerade mein Kennwort zurückgesetzt',
  'account.password-reset.noted':
    'Notiert. Account Helper erinnert Sie daran, Ihre Geräte wieder anzumelden.',
  'account.edit': 'Bearbeiten',
  'account.remove': 'Entfernen',
  'account.remove.label': '{address} entfernen',
  'account.remove.question':
    '{address} aus Account Helper entfernen? Die zugehörigen Erinnerungen werden mit entfernt. Am Konto selbst ändert sich nichts.',
  'account.editor.name': 'Name',
  'account.editor.kind': 'Art des Kontos',
  'account.editor.set-up': 'Was für dieses Konto eingerichtet ist (soweit Sie wissen)',
  'account.editor.interval': 'Wiederherstellungsdaten überprüfen alle',
  'account.editor.interval.default': 'Wie in den Einstellungen ({interval})',
  'account.editor.save': 'Speichern',

  'months.one': '{count} Monat',
  'months.other': '{count} Monate',
  'interval.recommended': '{interval} (empfohlen)',
  'reminder-settings.heading': 'Erinnerungen einstellen',
  'reminder-settings.label':
    'An die Überprüfung der Wiederherstellungsdaten jedes Kontos erinnern alle',
  'reminder-settings.saved': 'Gespeichert: alle {interval}.',
  'reminder-settings.help':
    'Ein Konto kann einen eigenen Abstand haben: Bearbeiten Sie es unter „Ihre Konten“. Private Konten erhalten außerdem eine Erinnerung, sich anzumelden, bevor Microsoft sie wegen Inaktivität schließt, und nach dem Zurücksetzen eines Kennworts eine Erinnerung, die Geräte wieder anzumelden.',

  'privacy.heading': 'Datenschutz',
  'privacy.remember':
    'Adressen merken, mit denen ich mich auf den Seiten von Microsoft selbst anmelde',
  'privacy.remember.help':
    'Trägt sie unter „Ihre Konten“ ein, damit sie Erinnerungen bekommen. Gespeichert werden nur die Adresse und das Datum, nie ein Kennwort. Aus, bis Sie es einschalten.',
  'privacy.lookups': 'Erlauben, eine Adresse bei Microsoft zu prüfen, wenn ich es möchte',
  'privacy.lookups.managed':
    'Ihre Organisation hat dies ausgeschaltet: Account Helper sendet nie eine Adresse an Microsoft.',
  'privacy.lookups.help':
    'Nur wenn Sie in der Kontoprüfung auf „Microsoft fragen“ klicken; die Adresse geht dann an Microsoft und sonst nirgendwohin.',

  'data.store.settings': 'Einstellungen',
  'data.store.accounts': 'Konten',
  'data.store.reminders': 'Erinnerungen',
  'data.store.lookups': 'Gespeicherte Kontoprüfungen',
  'data.store.organisationSignIns': 'Anmeldeseiten Ihrer Organisation',
  'data.heading': 'Ihre Daten',
  'data.export.heading': 'Exportieren',
  'data.export.intro':
    'Eine JSON-Datei mit Ihren Einstellungen, Konten, Erinnerungen und gespeicherten Kontoprüfungen. Sie enthält nie ein Kennwort und nicht die Seiten, die Sie besucht haben.',
  'data.export.button': 'Meine Daten exportieren',
  'data.export.saved': 'Gespeichert als {file}.',
  'data.export.failed': 'Export fehlgeschlagen: {error}',
  'data.import.heading': 'Importieren',
  'data.import.intro':
    'Ersetzt Ihre Einstellungen, Konten, Erinnerungen und gespeicherten Kontoprüfungen durch die aus einer Exportdatei. Bevor etwas ersetzt wird, sehen Sie, was sich ändert.',
  'data.import.file': 'Exportdatei auswählen',
  'data.import.paste': 'Oder den Inhalt der Datei einfügen',
  'data.import.text': 'Inhalt der Exportdatei',
  'data.import.check': 'Diesen Text prüfen',
  'data.import.checking': 'Die Datei wird geprüft …',
  'data.import.refused': 'Diese Datei kann nicht importiert werden; es wurde nichts geändert.',
  'data.import.preview': 'Ein Export vom {date}. Ein Import ändert Ihre Daten folgendermaßen:',
  'data.import.apply': 'Meine Daten durch diese Datei ersetzen',
  'data.import.done': 'Importiert.',
  'data.import.accounts.one': 'Sie haben {count} Konto eingetragen.',
  'data.import.accounts.other': 'Sie haben {count} Konten eingetragen.',
  'data.import.table': 'Was der Import an den einzelnen Daten ändert',
  'data.import.column.data': 'Daten',
  'data.import.column.added': 'Hinzugefügt',
  'data.import.column.changed': 'Geändert',
  'data.import.column.removed': 'Entfernt',
  'data.import.column.unchanged': 'Unverändert',
  'data.import.dismissed-hosts.one':
    'Diese Datei schaltet außerdem die Warnung vor Nachahmungen für {count} Website ab, der Sie bisher nicht vertraut haben:',
  'data.import.dismissed-hosts.other':
    'Diese Datei schaltet außerdem die Warnung vor Nachahmungen für {count} Websites ab, denen Sie bisher nicht vertraut haben:',
  'data.delete.heading': 'Alles löschen',
  'data.delete.intro':
    'Löscht Ihre Konten, Erinnerungen, Einstellungen, gespeicherten Kontoprüfungen und die Liste der besuchten Microsoft-Seiten von diesem Gerät.',
  'data.delete.question':
    'Alle Daten von Account Helper auf diesem Gerät löschen? Das lässt sich nicht rückgängig machen; exportieren Sie vorher, falls Sie sie vielleicht zurückhaben möchten.',
  'data.delete.confirm': 'Ja, alles löschen',
  'data.delete.button': 'Alles löschen …',
  'data.delete.done': 'Alles wurde gelöscht.',
});
