/**
 * Fire-once identity.
 *
 * An occurrence of a reminder is `(id, dueAt)`. Within it, the moment it may fire is its effective
 * due time: `dueAt`, or `snoozedUntil` when that is later. Firing stores that moment in `firedFor`,
 * a high-water mark: a reminder may fire at `now` when
 *
 *   doneAt === null  &&  now >= effectiveDueAt  &&  (firedFor === null || firedFor < effectiveDueAt)
 *
 * Hence:
 * - each `(id, dueAt)` fires exactly once however far the clock jumps forward: the due date is a
 *   single point, not a period that repeats;
 * - a clock that jumps backward never re-fires: `firedFor` is a due time, not a wall-clock time;
 * - a snooze moves the effective due time later, so the reminder fires once more when it ends;
 * - when the desired `dueAt` moves (the user reviewed, used the account, reset the password), the
 *   occurrence resets: `doneAt` is cleared, and it fires at the new date if that is later than the
 *   last one fired for. `firedFor` is kept, so a date moving back and forth (interval 6 → 3 → 6
 *   months) never fires the same moment twice.
 *
 * `firedAt` is the wall-clock time of the last fire, for display only. Deleting a record (account
 * removed) forgets its history: an account added again starts afresh.
 */
import type { Reminder } from './types';

export function effectiveDueAt(reminder: Reminder): number {
  const { dueAt, snoozedUntil } = reminder;
  return snoozedUntil !== null && snoozedUntil > dueAt ? snoozedUntil : dueAt;
}

export function hasFiredForEffectiveDue(reminder: Reminder): boolean {
  return reminder.firedFor !== null && reminder.firedFor >= effectiveDueAt(reminder);
}

export function isFireable(reminder: Reminder, now: number): boolean {
  return (
    reminder.doneAt === null &&
    now >= effectiveDueAt(reminder) &&
    !hasFiredForEffectiveDue(reminder)
  );
}

/** The same reminder and due date with no progress. */
export function withoutProgress(reminder: Reminder): Reminder {
  return { ...reminder, firedAt: null, firedFor: null, snoozedUntil: null, doneAt: null };
}
