/** The vocabulary of recovery reminders. Pure data: no browser APIs, no clock. */

export const REMINDER_TYPES = ['review-recovery', 'sign-devices-in', 'inactive-account'] as const;
export type ReminderType = (typeof REMINDER_TYPES)[number];

export const ACCOUNT_KINDS = ['personal', 'work-school', 'unknown'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The account fields the scheduler reads. Addresses and dates only, never secrets. */
export interface ReminderAccount {
  address: string;
  kind: AccountKind;
  addedAt: number;
  recoveryReviewedAt: number | null;
  lastSeenAt: number | null;
  /** Per-account override of `ReminderSettings.reminderIntervalMonths` (1..12), or null. */
  reminderIntervalMonths: number | null;
  lastPasswordResetAt?: number | null;
}

export interface ReminderSettings {
  /** Months between recovery-info reviews, 1..12. */
  reminderIntervalMonths: number;
  /** Months without use after which a personal account gets an inactivity reminder. */
  inactiveAfterMonths: number;
}

/**
 * One stored reminder. Its current occurrence is identified by `(id, dueAt)`; see `occurrence.ts`.
 * All times are epoch milliseconds.
 */
export interface Reminder {
  /** `${account}:${type}`, see `reminderId`. */
  id: string;
  /** The account's address. */
  account: string;
  type: ReminderType;
  /** When the current occurrence is due. */
  dueAt: number;
  /** Wall-clock time of the last fire (informational; never used to decide whether to fire). */
  firedAt: number | null;
  /** The effective due time that last fired; this, not `firedAt`, prevents firing twice. */
  firedFor: number | null;
  snoozedUntil: number | null;
  doneAt: number | null;
}

/** The account change a "Done" implies, for the storage layer to apply to the account record. */
export type AccountPatch = { recoveryReviewedAt: number } | { lastSeenAt: number };

export function reminderId(address: string, type: ReminderType): string {
  return `${address}:${type}`;
}
