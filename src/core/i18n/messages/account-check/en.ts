/** The account check in the popup ("Do I already have a Microsoft account?"), in English. */
export const ACCOUNT_CHECK_EN = {
  'check.heading': 'Do I already have a Microsoft account?',
  'check.label': 'Email address or phone number',
  'check.placeholder': 'jane@example.com',
  'check.button': 'Check',
  'check.saved-cleared': 'Saved results cleared.',

  'answer.invalid': 'That doesn’t look like an email address or phone number yet.',
  'answer.personal': 'This is a personal Microsoft account.',
  'answer.work-school': 'This is a work or school account.',
  'answer.both': 'This address has a personal and a work or school account.',
  'answer.listed': 'This address is in your list of accounts.',
  'answer.medium': 'You probably already have a Microsoft account with this.',
  'answer.low': 'You very likely already have a Microsoft account.',
  'answer.none': 'It may be a personal account, a work or school account, or none yet.',
  'answer.none-personal': 'It may be a personal Microsoft account, or none yet.',
  'answer.typo': 'Did you mean {address}?',
  'answer.typo-fix': 'Check {address}',

  'hint.personal':
    'Personal accounts are the ones you use for Outlook.com, OneDrive, Xbox, Skype and Windows at home.',
  'hint.work-school':
    'Your organisation runs this account, so its help desk can help you get back in.',
  'hint.both': 'When you sign in, Microsoft will ask which of the two you mean.',

  'questions.legend': 'Have you ever used any of these?',
  'questions.intro': 'Each one needs a Microsoft account, so a tick tells us more.',
  'questions.none': 'None of these',
  'question-label.outlook-hotmail': 'An Outlook.com, Hotmail, Live or MSN address',
  'question-label.onedrive': 'OneDrive',
  'question-label.skype': 'Skype',
  'question-label.xbox': 'Xbox',
  'question-label.windows-phone': 'A Windows phone',
  'question-label.office': 'Office or Microsoft 365',
  'question-label.windows-sign-in': 'Signing in to Windows with an email',

  'next.heading': 'Next steps',
  'next.sign-in-personal': 'Sign in with this address',
  'next.sign-in-work-school': 'Sign in with this address',
  'next.sign-in': 'Sign in with this address',
  'next.recover-personal': 'Recover this account',
  'next.recover-work-school': 'Recover this account',
  'next.create-account': 'Create an account with this address',
  'next.new-outlook-address': 'Get a new Outlook address',
  'next.add-to-accounts': 'Add to my accounts',
  'next.both.sign-in-personal': 'Sign in to the personal account',
  'next.both.sign-in-work-school': 'Sign in to the work or school account',
  'next.added': 'Added to your accounts. Account Helper will remember it on this device.',
  'next.add-failed': 'Account Helper couldn’t save this address. Please try again.',

  'online.email-only': 'Microsoft can be asked about email addresses only.',
  'online.off-by-organisation': 'Your organisation turned off asking Microsoft about addresses.',
  'online.off': 'Asking Microsoft is turned off in Account Helper’s settings.',
  'online.note':
    'Asking sends only this address to Microsoft’s sign-in service, and nothing else about you.',
  'online.asking': 'Asking Microsoft…',
  'online.ask-again': 'Ask Microsoft again',
  'online.ask': 'Ask Microsoft',
  'online.waiting': 'Waiting for Microsoft’s answer…',
  'online.failed': 'Account Helper couldn’t ask Microsoft just now. Please try again.',
  'online.consent-declined':
    'Nothing was sent. Firefox asked whether Account Helper may send this address to Microsoft, and the answer was no. Click “Ask Microsoft” again if you change your mind.',

  'outcome.exists-personal': 'Microsoft knows it: a personal account.',
  'outcome.exists-work-school': 'Microsoft knows it: a work or school account.',
  'outcome.exists-both': 'Microsoft knows it: a personal and a work or school account.',
  'outcome.not-found': 'Microsoft has no account with this address.',
  'outcome.throttled': 'Microsoft asked us to slow down.',
  'outcome.unknown': 'Microsoft couldn’t tell this time.',
  'outcome.error:timeout': 'No answer in time.',
  'outcome.error:network': 'We couldn’t reach Microsoft.',
  'outcome.error:http': 'Microsoft’s check had a problem.',
  'outcome.error:malformed': 'We couldn’t read Microsoft’s answer.',
  'outcome.none': 'We didn’t get an answer.',

  'checked.just-now': 'checked just now',
  'checked.minutes': 'checked {count} min ago',
  'checked.hours': 'checked {count} h ago',
  'checked.on': 'checked on {date}',

  'saved.summary': 'Saved answers from Microsoft ({count})',
  'saved.clear': 'Clear saved results',
  'saved.clear-failed': 'Account Helper couldn’t clear them. Please try again.',
} as const;

export type AccountCheckKey = keyof typeof ACCOUNT_CHECK_EN;
