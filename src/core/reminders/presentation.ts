import type { AccountKind, ReminderType } from './types';

/** Where "Review now" goes: Microsoft's own security page for the kind of account. */
export const SECURITY_PAGES = {
  personal: 'https://account.microsoft.com/security',
  'work-school': 'https://mysignins.microsoft.com/security-info',
} as const;

/**
 * The security page for an account. An account of unknown kind opens the personal page when the
 * address is on a consumer domain (`personalDomain`), and the work or school page otherwise.
 */
export function securityPageFor(kind: AccountKind, personalDomain = false): string {
  if (kind === 'work-school') return SECURITY_PAGES['work-school'];
  if (kind === 'personal' || personalDomain) return SECURITY_PAGES.personal;
  return SECURITY_PAGES['work-school'];
}

export interface ReminderCopy {
  /** Short: the notification's title and the list item's heading. */
  title: string;
  /** One or two sentences saying why and what to do. */
  message: string;
}

/** The words of a reminder: names the account by its label when it has one. */
export function reminderCopy(type: ReminderType, address: string, label = ''): ReminderCopy {
  const name = label.trim() === '' ? address : `${label.trim()} (${address})`;
  switch (type) {
    case 'review-recovery':
      return {
        title: `Review the recovery info of ${name}`,
        message:
          'Check that its recovery email, phone number and two-step verification are still yours and still work. If they go stale, a lost password can mean a lost account.',
      };
    case 'sign-devices-in':
      return {
        title: `Sign your devices back in to ${name}`,
        message:
          'You reset its password. Phones, tablets, Xbox and other consoles may need you to sign in again with the new password before they sync.',
      };
    case 'inactive-account':
      return {
        title: `Sign in to ${name} to keep it open`,
        message:
          'Microsoft closes personal accounts that nobody signs in to for two years. Sign in once to keep its email, files and purchases.',
      };
  }
}

/** The reminder's kind, for a list: "Recovery info review" etc. */
export const REMINDER_TYPE_LABELS: Record<ReminderType, string> = {
  'review-recovery': 'Review recovery info',
  'sign-devices-in': 'Sign devices back in',
  'inactive-account': 'Keep the account open',
};
