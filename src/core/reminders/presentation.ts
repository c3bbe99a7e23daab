import { isConsumerDomain } from '../accounts/microsoft-domains';
import { signInUrl } from '../accounts/next-steps';
import { type Translate, translator } from '../i18n/catalog';
import { REMINDERS_EN, type RemindersKey } from '../i18n/messages/reminders/en';
import { effectiveDueAt } from './occurrence';
import { type ReminderStatus, reminderStatus } from './summary';
import type { AccountKind, Reminder, ReminderType } from './types';

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

/** Where the devices signed in to an account are listed. */
export const DEVICE_PAGES = {
  personal: 'https://account.microsoft.com/devices',
  'work-school': 'https://myaccount.microsoft.com/device-list',
} as const;

/** What a reminder's main button does; its words say exactly that (`reminders.action.<id>`). */
export type ReminderAction = 'review' | 'devices' | 'sign-in';

const ACTION_OF: Record<ReminderType, ReminderAction> = {
  'review-recovery': 'review',
  'sign-devices-in': 'devices',
  'inactive-account': 'sign-in',
};

/** The main button of a reminder: "Review now" opens the security page, and so on. */
export function reminderAction(
  type: ReminderType,
  account: Pick<PresentedAccount, 'kind' | 'address'>,
): { action: ReminderAction; url: string } {
  const action = ACTION_OF[type];
  const personal = isPersonal(account);
  switch (action) {
    case 'review':
      return { action, url: reviewUrlFor(account) };
    case 'devices':
      return { action, url: DEVICE_PAGES[personal ? 'personal' : 'work-school'] };
    case 'sign-in':
      return { action, url: signInUrl(personal ? 'personal' : 'work-school', account.address) };
  }
}

function isPersonal(account: Pick<PresentedAccount, 'kind' | 'address'>): boolean {
  return (
    securityPageFor(account.kind, consumerAddress(account.address)) === SECURITY_PAGES.personal
  );
}

function consumerAddress(address: string): boolean {
  return isConsumerDomain(address.slice(address.lastIndexOf('@') + 1));
}

export interface ReminderCopy {
  /** Short: the notification's title and the list item's heading. */
  title: string;
  /** One or two sentences saying why and what to do. */
  message: string;
}

const ENGLISH: Translate<RemindersKey> = translator({ en: REMINDERS_EN }, 'en');

/**
 * The words of a reminder, in English unless `t` says them in another language: names the account
 * by its label when it has one.
 */
export function reminderCopy(
  type: ReminderType,
  address: string,
  label = '',
  t: Translate<RemindersKey> = ENGLISH,
  kind: AccountKind = 'unknown',
): ReminderCopy {
  const name = label.trim() === '' ? address : t('reminder.name', { label: label.trim(), address });
  // A work or school account has no Xbox: its devices are phones, tablets and computers.
  const work = !isPersonal({ kind, address });
  return {
    title: t(`reminder.${type}.title`, { name }),
    message:
      type === 'sign-devices-in' && work
        ? t('reminder.sign-devices-in.message.work-school')
        : t(`reminder.${type}.message`),
  };
}

/** The reminder's kind, for a list: "Review recovery info" etc. (in English). */
export const REMINDER_TYPE_LABELS: Record<ReminderType, string> = {
  'review-recovery': REMINDERS_EN['reminder-type.review-recovery'],
  'sign-devices-in': REMINDERS_EN['reminder-type.sign-devices-in'],
  'inactive-account': REMINDERS_EN['reminder-type.inactive-account'],
};

/** A reminder as the popup, the options page and the notification show it. */
export interface ReminderItem {
  id: string;
  account: string;
  label: string;
  kind: AccountKind;
  type: ReminderType;
  title: string;
  message: string;
  status: ReminderStatus;
  /** When it is (or was) due: the due date, or the end of its snooze. */
  dueAt: number;
  /** Microsoft's security page for this kind of account. */
  reviewUrl: string;
  /** The main button: what it does, and the Microsoft page it opens. */
  action: ReminderAction;
  actionUrl: string;
  /** The occurrence that last fired, or null. */
  firedFor: number | null;
}

export interface ReminderOverview {
  now: number;
  /** Due now, oldest first. */
  due: ReminderItem[];
  /** Not due yet, or snoozed; soonest first. */
  upcoming: ReminderItem[];
}

/** The account fields a reminder's presentation needs. */
export interface PresentedAccount {
  address: string;
  kind: AccountKind;
  label: string;
}

export function reviewUrlFor(account: Pick<PresentedAccount, 'kind' | 'address'>): string {
  return securityPageFor(account.kind, consumerAddress(account.address));
}

export function toReminderItem(
  reminder: Reminder,
  account: PresentedAccount | null,
  now: number,
): ReminderItem {
  const label = account?.label ?? '';
  const kind = account?.kind ?? 'unknown';
  const copy = reminderCopy(reminder.type, reminder.account, label, ENGLISH, kind);
  const main = reminderAction(reminder.type, { kind, address: reminder.account });
  return {
    id: reminder.id,
    account: reminder.account,
    label,
    kind,
    type: reminder.type,
    title: copy.title,
    message: copy.message,
    status: reminderStatus(reminder, now),
    dueAt: effectiveDueAt(reminder),
    reviewUrl: reviewUrlFor({ kind, address: reminder.account }),
    action: main.action,
    actionUrl: main.url,
    firedFor: reminder.firedFor,
  };
}

/** Due now and coming up, each in time order; done reminders are left out. */
export function overviewOf(
  reminders: readonly Reminder[],
  accounts: readonly PresentedAccount[],
  now: number,
): ReminderOverview {
  const byAddress = new Map(accounts.map((account) => [account.address, account]));
  const items = reminders.map((r) => toReminderItem(r, byAddress.get(r.account) ?? null, now));
  const byDue = (a: ReminderItem, b: ReminderItem) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1);
  return {
    now,
    due: items.filter((item) => item.status === 'due').sort(byDue),
    upcoming: items
      .filter((item) => item.status === 'upcoming' || item.status === 'snoozed')
      .sort(byDue),
  };
}
