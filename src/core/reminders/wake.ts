import { effectiveDueAt, hasFiredForEffectiveDue } from './occurrence';
import type { Reminder } from './types';

/**
 * The earliest time after `now` at which some reminder can fire, or null if none can. Alarms only
 * wake the worker, which then reconciles against the stored records: the database is the truth.
 * Reminders already fireable at `now` are the current wake's job and are not counted.
 */
export function nextWakeAt(reminders: readonly Reminder[], now: number): number | null {
  let earliest: number | null = null;
  for (const reminder of reminders) {
    if (reminder.doneAt !== null || hasFiredForEffectiveDue(reminder)) continue;
    const due = effectiveDueAt(reminder);
    if (due > now && (earliest === null || due < earliest)) earliest = due;
  }
  return earliest;
}
