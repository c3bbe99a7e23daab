import { translation } from '../../catalog';
import type { DATA_EN } from './en';

export const DATA_DE = translation<typeof DATA_EN>()({
  'storage.db-newer-version':
    'Die Daten von Account Helper wurden von einer neueren Version von Account Helper gespeichert. Aktualisieren Sie die Erweiterung, um sie zu nutzen; es wurde nichts geändert oder gelöscht.',
  'storage.db-blocked':
    'Die Daten von Account Helper werden gerade in einem anderen seiner Fenster verwendet. Schließen Sie die anderen Tabs von Account Helper und versuchen Sie es noch einmal.',
  'storage.db-unavailable':
    'Der Browser hat Account Helper nicht erlaubt, seine Daten zu öffnen (der Speicher ist womöglich abgeschaltet, z. B. in manchen privaten Fenstern).',
  'storage.quota-exceeded':
    'Speichern nicht möglich: Der Browser hat keinen Speicherplatz mehr für Account Helper.',
  'storage.upgrade-failed':
    'Die Daten von Account Helper konnten nicht auf diese Version umgestellt werden; sie blieben, wie sie waren.',
  'storage.db-open-failed': 'Die Daten von Account Helper konnten nicht geöffnet werden.',
  'storage.invalid-record': 'Account Helper hat sich geweigert, etwas Ungültiges zu speichern.',
  'storage.not-found': 'Das ist nicht mehr in den Daten von Account Helper.',
  'storage.write-failed': 'Die Änderung konnte nicht gespeichert werden.',

  'error.failed': 'Das hat Account Helper nicht geschafft. Bitte versuchen Sie es noch einmal.',
  'error.no-answer': 'Der Hintergrunddienst der Erweiterung hat nicht rechtzeitig geantwortet.',

  'my-data.phone-number':
    'Tragen Sie die E-Mail-Adresse ein, mit der Sie sich anmelden, keine Telefonnummer.',
  'my-data.already-listed': '{address} steht schon in Ihrer Liste.',

  'import.too-deep':
    'Zu tief verschachtelt (mehr als {levels} Ebenen): kein Export von Account Helper.',
  'import.too-many':
    'Hat {count} Einträge; ein Export von Account Helper hat hier höchstens {limit}.',
  'import.forbidden-key':
    'Der Schlüssel „{key}“ ist nicht erlaubt: Er könnte das Verhalten von Objekten ändern.',
  'import.not-object': 'Erwartet wurde ein JSON-Objekt ({ "format": "account-helper-export", … }).',
  'import.format-missing':
    'Fehlt: Dies ist kein Export von Account Helper (erwartet: „{expected}“).',
  'import.format-other':
    'Erwartet wurde „{expected}“, gefunden {found}: Dies ist kein Export von Account Helper.',
  'import.version-newer':
    'Diese Datei hat Version {version} und stammt von einem neueren Account Helper; dieser liest Version {supported}. Aktualisieren Sie Account Helper, um sie zu importieren.',
  'import.version-other': 'Erwartet wurde Version {supported}, gefunden {found}.',
  'import.value.nothing': 'nichts',
  'import.value.list': 'eine Liste',
  'import.value.object': 'ein Objekt',
  'import.duplicate': '{key} kommt doppelt vor (auch bei {earlier}).',
  'import.unknown-account': 'Kein Konto {account} unter den Konten dieser Datei.',
  'import.too-big':
    'Die Datei ist {size} groß; ein Export von Account Helper hat höchstens {limit}.',
  'import.far-too-big': 'Die Datei ist viel zu groß für einen Export von Account Helper.',
  'import.empty': 'Die Datei ist leer.',
  'import.not-json':
    'Diese Datei lässt sich nicht als Export von Account Helper lesen. Wählen Sie unverändert die Datei, die „Meine Daten exportieren“ gespeichert hat.',
  'import.unexpected-field.one':
    'Unerwartetes Feld {fields}: Account Helper speichert nie etwas anderes.',
  'import.unexpected-field.other':
    'Unerwartete Felder {fields}: Account Helper speichert nie etwas anderes.',
});
