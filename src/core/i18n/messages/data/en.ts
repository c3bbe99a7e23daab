/**
 * What goes wrong with the person's data, in English: storage failures, why an export file can't
 * be imported (`src/storage/export-import.ts` builds its English from it), and refused changes.
 */
export const DATA_EN = {
  'storage.db-newer-version':
    'Account Helper’s data was saved by a newer version of Account Helper. Update the extension to use it; nothing was changed or deleted.',
  'storage.db-blocked':
    'Account Helper’s data is in use by another of its windows. Close its other tabs and try again.',
  'storage.db-unavailable':
    'The browser did not allow Account Helper to open its data (storage may be disabled, e.g. in some private-browsing modes).',
  'storage.quota-exceeded':
    'Could not save: the browser has no storage space left for Account Helper.',
  'storage.upgrade-failed':
    'Could not upgrade Account Helper’s data to this version; it was left as it was.',
  'storage.db-open-failed': 'Could not open Account Helper’s data.',
  'storage.invalid-record': 'Account Helper refused to save something that wasn’t valid.',
  'storage.not-found': 'That is no longer in Account Helper’s data.',
  'storage.write-failed': 'Could not save the change.',

  'error.failed': 'Account Helper couldn’t do that. Please try again.',
  'error.no-answer': 'The extension’s background did not answer in time.',

  'my-data.phone-number': 'Add the email address you sign in with, not a phone number.',
  'my-data.already-listed': '{address} is already in your list.',

  'import.too-deep': 'Nested too deeply (more than {levels} levels): not an Account Helper export.',
  'import.too-many': 'Has {count} entries; an Account Helper export has at most {limit} here.',
  'import.forbidden-key': 'The key "{key}" is not allowed: it could change how objects behave.',
  'import.not-object': 'Expected a JSON object ({ "format": "account-helper-export", … }).',
  'import.format-missing': 'Missing: this is not an Account Helper export (expected "{expected}").',
  'import.format-other':
    'Expected "{expected}", found {found}: this is not an Account Helper export.',
  'import.version-newer':
    'This file is version {version}, made by a newer Account Helper; this one reads version {supported}. Update Account Helper to import it.',
  'import.version-other': 'Expected version {supported}, found {found}.',
  'import.value.nothing': 'nothing',
  'import.value.list': 'a list',
  'import.value.object': 'an object',
  'import.duplicate': '{key} appears twice (also at {earlier}).',
  'import.unknown-account': "No account {account} in this file's accounts.",
  'import.too-big': 'The file is {size}; an Account Helper export is at most {limit}.',
  'import.far-too-big': 'The file is far too big to be an Account Helper export.',
  'import.empty': 'The file is empty.',
  'import.not-json':
    'This file can’t be read as an Account Helper export. Choose the file that “Export my data” saved, unchanged.',
  'import.unexpected-field.one':
    'Unexpected field {fields}: Account Helper never stores anything else.',
  'import.unexpected-field.other':
    'Unexpected fields {fields}: Account Helper never stores anything else.',
} as const;

export type DataKey = keyof typeof DATA_EN;
