import { markFired } from './actions';
import { effectiveDueAt, isFireable } from './occurrence';
import type { Reminder } from './types';

/**
 * Compare-and-set for firing one occurrence, for when two wakes race on the same plan.
 *
 * `stored` is the record as read now; `occurrence` is an entry of `ReconcilePlan.toFire`. Returns
 * the record to write if this wake wins (then, and only then, show the notification), or null if
 * the occurrence already fired, was done, snoozed, moved to another due date, or deleted since the
 * plan was made.
 *
 * The caller MUST read `stored`, call `claimFire` and write the result in ONE IndexedDB readwrite
 * transaction (no awaits on anything but that transaction's requests in between), and notify only
 * after the transaction completes. IndexedDB serializes overlapping readwrite transactions on a
 * store, so of two racing wakes exactly one sees the unfired record and wins.
 *
 * Write the plan's upserts (via `mergeUpsert`) before claiming: a reminder that is not stored yet
 * cannot be claimed.
 */
export function claimFire(stored: Reminder | undefined, occurrence: Reminder): Reminder | null {
  const { firedAt: now, firedFor } = occurrence;
  if (stored === undefined || now === null || firedFor === null) return null;
  if (stored.id !== occurrence.id || stored.dueAt !== occurrence.dueAt) return null;
  if (effectiveDueAt(stored) !== firedFor || !isFireable(stored, now)) return null;
  return markFired(stored, now);
}
