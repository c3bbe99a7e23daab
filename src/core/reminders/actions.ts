import { effectiveDueAt } from './occurrence';
import type { AccountPatch, Reminder } from './types';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Records that the reminder fired at `now` for its current effective due time. */
export function markFired(reminder: Reminder, now: number): Reminder {
  return { ...reminder, firedAt: now, firedFor: effectiveDueAt(reminder) };
}

/**
 * Hides the reminder until `now + durationMs`, when it fires once more. A snooze ending before the
 * due date changes nothing.
 */
export function snooze(reminder: Reminder, now: number, durationMs: number = DAY_MS): Reminder {
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    throw new RangeError(`Snooze duration must be a positive number of ms: ${durationMs}`);
  }
  return { ...reminder, snoozedUntil: now + durationMs };
}

export interface DoneResult {
  /** The reminder with its current occurrence done: it will not fire or show again. */
  reminder: Reminder;
  /**
   * What "Done" means for the account, to write to the account record; the next reconcile then
   * moves the due date and starts a new occurrence. Null for `sign-devices-in`: done clears it
   * until the next password reset.
   */
  accountPatch: AccountPatch | null;
}

export function markDone(reminder: Reminder, now: number): DoneResult {
  const done: Reminder = { ...reminder, doneAt: now };
  switch (reminder.type) {
    case 'review-recovery':
      return { reminder: done, accountPatch: { recoveryReviewedAt: now } };
    case 'inactive-account':
      return { reminder: done, accountPatch: { lastSeenAt: now } };
    case 'sign-devices-in':
      return { reminder: done, accountPatch: null };
  }
}
