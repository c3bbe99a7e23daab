import { effectiveDueAt } from './occurrence';
import type { Reminder } from './types';

export type ReminderStatus = 'due' | 'snoozed' | 'upcoming' | 'done';

/** Done; due now; past its due date but snoozed; or not due yet. */
export function reminderStatus(reminder: Reminder, now: number): ReminderStatus {
  if (reminder.doneAt !== null) return 'done';
  if (now >= effectiveDueAt(reminder)) return 'due';
  return now >= reminder.dueAt ? 'snoozed' : 'upcoming';
}

export interface DueSummary {
  /** Due now, oldest first. */
  dueNow: Reminder[];
  /** The reminder that comes due next (snoozed or upcoming), or null. */
  next: Reminder | null;
  /** When `next` comes due (its effective due time), or null. */
  nextAt: number | null;
  counts: Record<ReminderStatus, number>;
}

/** What the popup shows: what is due now, what comes next, and how many of each. */
export function dueSummary(reminders: readonly Reminder[], now: number): DueSummary {
  const counts: Record<ReminderStatus, number> = { due: 0, snoozed: 0, upcoming: 0, done: 0 };
  const dueNow: Reminder[] = [];
  let next: Reminder | null = null;
  for (const reminder of reminders) {
    const status = reminderStatus(reminder, now);
    counts[status] += 1;
    if (status === 'due') dueNow.push(reminder);
    if (status === 'snoozed' || status === 'upcoming') {
      if (next === null || effectiveDueAt(reminder) < effectiveDueAt(next)) next = reminder;
    }
  }
  dueNow.sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b) || a.id.localeCompare(b.id));
  return { dueNow, next, nextAt: next === null ? null : effectiveDueAt(next), counts };
}
