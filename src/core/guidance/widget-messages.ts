/** English text of the panel itself and of the parts several page kinds share. */
export const widgetMessages = {
  'panel.toggle': 'Account Helper tips',
  'panel.region': 'Account Helper: {title}',

  'strength.heading': 'Password strength',
  'strength.privacy':
    'Checked on this device as you type. Account Helper never keeps or sends your password.',
  'strength.level.empty': 'Nothing typed yet',
  'strength.level.weak': 'Weak',
  'strength.level.fair': 'Fair',
  'strength.level.good': 'Good',
  'strength.level.strong': 'Strong',
  'strength.rule':
    'Microsoft requires at least 8 characters, with two or more of: capitals, small letters, numbers, symbols.',
  'strength.hint.microsoft-rule':
    'Microsoft won’t accept this yet: use two or more of capitals, small letters, numbers and symbols.',
  'strength.hint.type': 'Start typing a new password to see how strong it is.',
  'strength.hint.too-short':
    'Too short. Use 12 characters or more (Microsoft asks for at least 8).',
  'strength.hint.common':
    'This is one of the most used passwords, and among the first anyone tries. Choose another.',
  'strength.hint.words':
    'Common words and names are among the first guesses. Add more words that don’t belong together.',
  'strength.hint.sequence': 'Runs like abc, 1234 or qwerty are easy to guess.',
  'strength.hint.repeat': 'Repeated letters or patterns add little. Add different words instead.',
  'strength.hint.dates': 'Years and dates are easy to guess, above all your own.',
  'strength.hint.variety': 'Make it longer, or mix in capitals, numbers and symbols.',
  'strength.hint.longer': 'Getting there. A few more characters make it much harder to guess.',
  'strength.hint.unique': 'Hard to guess. Use it for this account only.',

  'duplicate.title': 'This address already is a Microsoft account',
  'duplicate.body':
    '{address} can sign in already. Sign in with it, or recover it if you can’t get in, instead of creating a second account.',
  'duplicate.because.consumer-domain': 'Every address at this domain is a Microsoft account.',
  'duplicate.because.listed': 'It is in your list of accounts.',
  'duplicate.because.looked-up': 'Microsoft said so when you checked it.',
  'duplicate.sign-in': 'Sign in instead',
  'duplicate.recover': 'Recover this account',

  'accounts.heading': 'Your accounts',
  'accounts.intro': 'Accounts you listed in Account Helper:',
  'accounts.none': 'You haven’t listed any accounts in Account Helper yet.',
  'accounts.device-toggle':
    'I’m setting up a phone or another device (shows which account to sign in with)',
  'accounts.device-warning':
    'Sign in with the account you mean to keep on this device. Changing it later can mean resetting the device to its factory settings, which erases apps and files you haven’t backed up.',
  'accounts.check-button': 'Check the address typed above against my accounts',
  'accounts.check-empty': 'Type an address in Microsoft’s box first, then check it.',
  'accounts.check-failed': 'Account Helper couldn’t check the address. Try again.',
  'accounts.answer.invalid': 'That isn’t an email address or phone number.',
  'accounts.answer.phone':
    'A phone number can sign in to a personal Microsoft account. The number alone doesn’t say whether this one does.',
  'accounts.answer.listed': '{address} is in your list of accounts.',
  'accounts.answer.consumer-domain':
    '{address} is a personal Microsoft account: every @{domain} address is one.',
  'accounts.answer.looked-up': 'When you checked {address} with Microsoft, it was an account.',
  'accounts.answer.work-school': '{address} is a work or school account, made by an organisation.',
  'accounts.answer.unknown':
    'The address alone doesn’t say. Any email address can become a Microsoft account; the account check behind Account Helper’s toolbar button can ask Microsoft.',

  'review.heading': 'Reviewed it all?',
  'review.intro': 'Tell Account Helper, and it reminds you when it’s time to look again.',
  'review.choose': 'Account',
  'review.button': 'I’ve reviewed my recovery info',
  'review.recorded': 'Noted for {address} on {date}.',
  'review.not-listed':
    'That account isn’t in your list, so nothing was noted. Add it in Account Helper’s options to get reminders.',
  'review.no-accounts':
    'You haven’t listed any accounts, so nothing was noted. Add yours in Account Helper’s options to get reminders.',
  'review.failed': 'That didn’t work. Try again.',
} as const;
