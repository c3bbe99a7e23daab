/**
 * Reminders, in English: the notification, the popup's due list and the options page's reminder
 * parts (`src/core/reminders/presentation.ts` builds its English from it).
 */
export const REMINDERS_EN = {
  'reminder.name': '{label} ({address})',
  'reminder.review-recovery.title': 'Review the recovery info of {name}',
  'reminder.review-recovery.message':
    'Review your passkeys and sign-in methods: check that its passkeys, Authenticator app, recovery email and phone number are still yours and still work. If they go stale, a lost device or password can mean a lost account.',
  'reminder.sign-devices-in.title': 'Sign your devices back in to {name}',
  'reminder.sign-devices-in.message':
    'You reset its password. Phones, tablets, Xbox and other consoles may need you to sign in again with the new password before they sync.',
  'reminder.sign-devices-in.message.work-school':
    'You reset its password. Phones, tablets and computers where you use this account may need you to sign in again with the new password.',
  'reminder.inactive-account.title': 'Sign in to {name} to keep it open',
  'reminder.inactive-account.message':
    'Microsoft closes personal accounts that nobody signs in to for two years. Sign in once to keep its email, files and purchases.',

  'reminder-type.review-recovery': 'Review recovery info',
  'reminder-type.sign-devices-in': 'Sign devices back in',
  'reminder-type.inactive-account': 'Keep the account open',

  'reminders.review-now': 'Review now',
  'reminders.action.review': 'Review now',
  'reminders.action.devices': 'See your devices',
  'reminders.action.sign-in': 'Sign in now',
  'reminders.action.review.label': 'Review now: {title} (opens Microsoft’s security page)',
  'reminders.action.devices.label':
    'See your devices: {title} (opens Microsoft’s list of your devices)',
  'reminders.action.sign-in.label': 'Sign in now: {title} (opens Microsoft’s sign-in page)',
  'reminders.snooze': 'Snooze 1 day',
  'reminders.done': 'Done',
  'reminders.review-now.label': 'Review now: {title} (opens Microsoft’s security page)',
  'reminders.snooze.label': 'Snooze 1 day: {title}',
  'reminders.done.label': 'Done: {title}',
  'reminders.due': 'Due {when}',
  'reminders.heading': 'Reminders',
  'reminders.heading.due': 'Reminders due ({count})',
  'reminders.marked-done': 'Marked as done.',
  'reminders.snoozed': 'Snoozed until tomorrow.',
  'reminders.update-failed': 'Could not update the reminder: {error}',
  'reminders.read-failed': 'Account Helper could not read your reminders: {error}',
  'reminders.next.review-recovery':
    'Nothing due. Next: review recovery info for {account}, {date}.',
  'reminders.next.sign-devices-in':
    'Nothing due. Next: sign devices back in for {account}, {date}.',
  'reminders.next.inactive-account':
    'Nothing due. Next: keep the account open for {account}, {date}.',
  'reminders.none':
    'List your Microsoft accounts in {link} to be reminded to keep their recovery info current.',
  'reminders.none.link': 'Settings',

  'account-kind.personal': 'Personal Microsoft account',
  'account-kind.work-school': 'Work or school account',
  'account-kind.unknown': 'Not sure',
  'set-up.recoveryEmail': 'Recovery email',
  'set-up.phone': 'Recovery phone number',
  'set-up.twoStep': 'Two-step verification',
  'set-up.authenticatorApp': 'Authenticator app',
  'set-up.passkey': 'Passkey',
} as const;

export type RemindersKey = keyof typeof REMINDERS_EN;
