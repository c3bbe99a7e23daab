import { addMonthsUtc } from './months';
import { inactiveAfterMonthsFrom, reviewIntervalMonthsFor } from './settings';
import {
  type Reminder,
  type ReminderAccount,
  type ReminderSettings,
  type ReminderType,
  reminderId,
} from './types';

function desiredReminder(address: string, type: ReminderType, dueAt: number): Reminder {
  return {
    id: reminderId(address, type),
    account: address,
    type,
    dueAt,
    firedAt: null,
    firedFor: null,
    snoozedUntil: null,
    doneAt: null,
  };
}

/**
 * Every N months since the last review. Recovery info that was never reviewed is due right away,
 * from the moment the account was listed (its `addedAt`, not `now`, so every wake agrees on it).
 */
export function reviewRecoveryDueAt(account: ReminderAccount, settings: ReminderSettings): number {
  if (account.recoveryReviewedAt === null || account.recoveryReviewedAt === undefined) {
    return account.addedAt;
  }
  return addMonthsUtc(account.recoveryReviewedAt, reviewIntervalMonthsFor(account, settings));
}

/** Personal accounts only: due `inactiveAfterMonths` after last seen in use (or added). */
export function inactiveAccountDueAt(
  account: ReminderAccount,
  settings: ReminderSettings,
): number | null {
  if (account.kind !== 'personal') return null;
  return addMonthsUtc(account.lastSeenAt ?? account.addedAt, inactiveAfterMonthsFrom(settings));
}

/** Due right at the password reset: phones and consoles may need signing in again. */
export function signDevicesInDueAt(account: ReminderAccount): number | null {
  return account.lastPasswordResetAt ?? null;
}

/**
 * The reminders each account should have, with fresh (unfired) state, in account order.
 *
 * Due dates depend only on account data and settings, never on `now`, so wakes at different times
 * agree on what is desired and a clock jump cannot create or remove an occurrence. (`now` is part
 * of the signature so a future rule may depend on it without changing callers.) Repeated addresses
 * keep their first entry.
 */
export function computeDueReminders(
  accounts: readonly ReminderAccount[],
  settings: ReminderSettings,
  _now: number,
): Reminder[] {
  const seen = new Set<string>();
  const reminders: Reminder[] = [];
  for (const account of accounts) {
    if (seen.has(account.address)) continue;
    seen.add(account.address);
    const { address } = account;
    reminders.push(
      desiredReminder(address, 'review-recovery', reviewRecoveryDueAt(account, settings)),
    );
    const signInDue = signDevicesInDueAt(account);
    if (signInDue !== null) reminders.push(desiredReminder(address, 'sign-devices-in', signInDue));
    const inactiveDue = inactiveAccountDueAt(account, settings);
    if (inactiveDue !== null) {
      reminders.push(desiredReminder(address, 'inactive-account', inactiveDue));
    }
  }
  return reminders;
}
