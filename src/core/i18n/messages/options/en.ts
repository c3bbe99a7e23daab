/** The options page, in English: accounts, reminder settings, privacy, data and visits. */
export const OPTIONS_EN = {
  'options.title': 'Account Helper settings',
  'options.visits.heading': 'Microsoft pages you visited',
  'options.loading': 'Loading…',
  'options.visits.failed': 'Account Helper could not open its data: {error}',
  'options.visits.total.one': '{count} visit recorded on this device.',
  'options.visits.total.other': '{count} visits recorded on this device.',
  'options.footer':
    'Account Helper keeps everything on this device. It never keeps or sends your passwords.',
  'options.my-data.failed': 'Account Helper could not read your accounts and reminders: {error}',
  'options.my-data.loading': 'Loading your accounts…',
  'options.change-failed': 'That did not work: {error}',
  'options.saved': 'Saved.',
  'options.cancel': 'Cancel',

  'reminders-section.heading': 'Reminders',
  'reminders-section.none': 'Nothing is due now.',
  'reminders-section.coming-up': 'Coming up',
  'reminders-section.snoozed-until': 'snoozed until {date}',

  'accounts.heading': 'Your accounts',
  'accounts.intro':
    'Only email addresses, phone numbers and dates are kept, on this device. Account Helper never asks for or stores a password.',
  'accounts.none': 'No accounts listed yet.',
  'accounts.add.heading': 'Add an account',
  'accounts.add.address': 'Email address or phone number you sign in with',
  'accounts.add.kind': 'Kind of account',
  'accounts.add.label': 'Name (optional), e.g. “Family” or “Work”',
  'accounts.add.button': 'Add account',
  'accounts.added': 'Added {address}.',
  'accounts.added.phone': 'Added the phone number {phone}.',
  'account.phone': 'Phone number',

  'account.set-up.unknown': 'Not told yet',
  'account.set-up.nothing': 'Nothing',
  'account.kind': 'Kind',
  'account.set-up': 'Set up',
  'account.reviewed': 'Recovery info reviewed',
  'account.reviewed.never': 'Never',
  'account.next-review': 'Next review',
  'account.every': '(every {interval})',
  'account.mark-reviewed': 'I reviewed it today',
  'account.marked-reviewed': 'Marked as reviewed today.',
  'account.password-reset': 'I just reset my password',
  'account.password-reset.noted':
    'Noted. Account Helper will remind you to sign your devices back in.',
  'account.edit': 'Edit',
  'account.remove': 'Remove',
  'account.remove.label': 'Remove {address}',
  'account.remove.question':
    'Remove {address} from Account Helper? Its reminders go too. Nothing changes in the account itself.',
  'account.editor.name': 'Name',
  'account.editor.kind': 'Kind of account',
  'account.editor.set-up': 'What is set up on this account (as far as you know)',
  'account.editor.interval': 'Review its recovery info every',
  'account.editor.interval.default': 'As in the settings ({interval})',
  'account.editor.save': 'Save',

  'months.one': '{count} month',
  'months.other': '{count} months',
  'interval.recommended': '{interval} (recommended)',
  'reminder-settings.heading': 'Reminder settings',
  'reminder-settings.label': 'Remind me to review each account’s recovery info every',
  'reminder-settings.saved': 'Saved: every {interval}.',
  'reminder-settings.help':
    'An account can have its own interval: edit it under Your accounts. Personal accounts also get a reminder to sign in before Microsoft closes them for inactivity, and after you reset a password, a reminder to sign your devices back in.',

  'privacy.heading': 'Privacy',
  'privacy.remember': 'Remember the addresses I sign in with on Microsoft’s own pages',
  'privacy.remember.help':
    'Adds them to Your accounts so they get reminders. Only the address and the date are kept, never a password. Off until you turn it on.',
  'privacy.lookups': 'Allow checking an address with Microsoft when I ask',
  'privacy.lookups.managed':
    'Your organisation turned this off: Account Helper never sends an address to Microsoft.',
  'privacy.lookups.help':
    'Only when you click “Ask Microsoft” in the account check; the address is sent to Microsoft and nowhere else.',

  'data.store.settings': 'Settings',
  'data.store.accounts': 'Accounts',
  'data.store.reminders': 'Reminders',
  'data.store.lookups': 'Saved account checks',
  'data.store.organisationSignIns': "Your organisation's sign-in pages",
  'data.heading': 'Your data',
  'data.export.heading': 'Export',
  'data.export.intro':
    'A JSON file with your settings, accounts, reminders and saved account checks. It never holds a password or the pages you visited.',
  'data.export.button': 'Export my data',
  'data.export.saved': 'Saved as {file}.',
  'data.export.failed': 'Could not export: {error}',
  'data.import.heading': 'Import',
  'data.import.intro':
    'Replaces your settings, accounts, reminders and saved account checks with those in an export file. You see what changes before anything is replaced.',
  'data.import.file': 'Choose an export file',
  'data.import.paste': 'Or paste the file’s contents',
  'data.import.text': 'Contents of the export file',
  'data.import.check': 'Check this text',
  'data.import.checking': 'Checking the file…',
  'data.import.refused': 'This file can’t be imported; nothing was changed.',
  'data.import.preview': 'An export from {date}. Importing it changes your data like this:',
  'data.import.apply': 'Replace my data with this file',
  'data.import.done': 'Imported.',
  'data.import.accounts.one': 'You have {count} account listed.',
  'data.import.accounts.other': 'You have {count} accounts listed.',
  'data.import.table': 'What the import changes in each kind of data',
  'data.import.column.data': 'Data',
  'data.import.column.added': 'Added',
  'data.import.column.changed': 'Changed',
  'data.import.column.removed': 'Removed',
  'data.import.column.unchanged': 'Unchanged',
  'data.import.dismissed-hosts.one':
    'This file also stops the lookalike warning on {count} site you haven’t trusted before:',
  'data.import.dismissed-hosts.other':
    'This file also stops the lookalike warning on {count} sites you haven’t trusted before:',
  'data.delete.heading': 'Delete everything',
  'data.delete.intro':
    'Deletes your accounts, reminders, settings, saved account checks and the list of Microsoft pages you visited from this device.',
  'data.delete.question':
    'Delete all of Account Helper’s data on this device? This can’t be undone; export first if you may want it back.',
  'data.delete.confirm': 'Yes, delete everything',
  'data.delete.button': 'Delete everything…',
  'data.delete.done': 'Everything was deleted.',
} as const;

export type OptionsKey = keyof typeof OPTIONS_EN;
