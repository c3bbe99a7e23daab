import { markFired } from './actions';
import { isFireable, withoutProgress } from './occurrence';
import type { Reminder } from './types';

export interface ReconcilePlan {
  /** Records to write: new reminders, and reminders whose due date moved. */
  upserts: Reminder[];
  /** Ids of stored reminders no longer desired (account removed, kind changed). */
  deletes: string[];
  /**
   * Occurrences to fire now, each as the record will be once fired. The storage layer claims each
   * with `claimFire` and notifies only for the claims it wins.
   */
  toFire: Reminder[];
}

/**
 * Merges a desired record into what is stored, never losing progress. Same due date: the stored
 * progress (fired, snoozed, done) is kept, so a write never undoes a concurrent fire or a user
 * action. New due date: a new occurrence, not done, keeping the fire high-water mark and any
 * snooze (see `occurrence.ts`). The storage layer writes each upsert as
 * `mergeUpsert(storedNow, upsert)` inside its readwrite transaction.
 */
export function mergeUpsert(stored: Reminder | undefined, incoming: Reminder): Reminder {
  if (stored === undefined) return incoming;
  return {
    ...incoming,
    firedAt: stored.firedAt,
    firedFor: stored.firedFor,
    snoozedUntil: stored.snoozedUntil,
    doneAt: stored.dueAt === incoming.dueAt ? stored.doneAt : null,
  };
}

function sameRecord(a: Reminder, b: Reminder): boolean {
  return (
    a.id === b.id &&
    a.account === b.account &&
    a.type === b.type &&
    a.dueAt === b.dueAt &&
    a.firedAt === b.firedAt &&
    a.firedFor === b.firedFor &&
    a.snoozedUntil === b.snoozedUntil &&
    a.doneAt === b.doneAt
  );
}

/**
 * Plans the writes that bring the stored reminders to the desired ones, and what fires at `now`.
 *
 * Applying the plan (upserts via `mergeUpsert`, deletes, then each `toFire` via `claimFire`) and
 * reconciling again at the same `now` yields an empty plan. Only the desired `dueAt` of each
 * desired record is read; its progress fields are ignored. Repeated desired ids keep the first.
 */
export function reconcile(
  existing: readonly Reminder[],
  desired: readonly Reminder[],
  now: number,
): ReconcilePlan {
  const storedById = new Map(existing.map((reminder) => [reminder.id, reminder]));
  const desiredIds = new Set<string>();
  const plan: ReconcilePlan = { upserts: [], deletes: [], toFire: [] };

  for (const wanted of desired) {
    if (desiredIds.has(wanted.id)) continue;
    desiredIds.add(wanted.id);
    const stored = storedById.get(wanted.id);
    const merged = mergeUpsert(stored, withoutProgress(wanted));
    if (stored === undefined || !sameRecord(stored, merged)) plan.upserts.push(merged);
    if (isFireable(merged, now)) plan.toFire.push(markFired(merged, now));
  }

  for (const reminder of existing) {
    if (!desiredIds.has(reminder.id) && !plan.deletes.includes(reminder.id)) {
      plan.deletes.push(reminder.id);
    }
  }
  return plan;
}
