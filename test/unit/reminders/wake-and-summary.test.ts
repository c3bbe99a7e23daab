import { describe, expect, it } from 'vitest';
import { dueSummary, nextWakeAt, reminderStatus } from '../../../src/core/reminders';
import { DAY_MS, makeReminder, utc } from './support';

const now = utc(2025, 7, 1);

describe('nextWakeAt', () => {
  it('is the earliest effective due time in the future', () => {
    const reminders = [
      makeReminder({ type: 'review-recovery', dueAt: now + 5 * DAY_MS }),
      makeReminder({ type: 'inactive-account', dueAt: now + 9 * DAY_MS }),
      makeReminder({ type: 'sign-devices-in', dueAt: now - DAY_MS, snoozedUntil: now + DAY_MS }),
    ];
    expect(nextWakeAt(reminders, now)).toBe(now + DAY_MS);
  });

  it('is null when nothing can fire later', () => {
    expect(nextWakeAt([], now)).toBeNull();
    const reminders = [
      makeReminder({ type: 'review-recovery', dueAt: now - DAY_MS }), // due now: this wake's job
      makeReminder({ type: 'inactive-account', dueAt: now + DAY_MS, doneAt: now }),
      // Fired at a later clock that then jumped back: it will not fire again, so no wake.
      makeReminder({ type: 'sign-devices-in', dueAt: now + DAY_MS, firedFor: now + DAY_MS }),
    ];
    expect(nextWakeAt(reminders, now)).toBeNull();
  });

  it('wakes for the end of a snooze on an already fired reminder', () => {
    const dueAt = now - DAY_MS;
    const reminder = makeReminder({ dueAt, firedFor: dueAt, snoozedUntil: now + 60_000 });
    expect(nextWakeAt([reminder], now)).toBe(now + 60_000);
  });
});

describe('dueSummary', () => {
  const dueOld = makeReminder({ account: 'a@live.com', dueAt: now - 9 * DAY_MS, firedFor: 1 });
  const dueNew = makeReminder({ account: 'b@live.com', dueAt: now });
  const snoozed = makeReminder({
    account: 'c@live.com',
    dueAt: now - DAY_MS,
    snoozedUntil: now + 3 * DAY_MS,
  });
  const upcoming = makeReminder({ account: 'd@live.com', dueAt: now + 2 * DAY_MS });
  const done = makeReminder({ account: 'e@live.com', dueAt: now - DAY_MS, doneAt: now });

  it('lists what is due now oldest first, what comes next, and counts', () => {
    const summary = dueSummary([upcoming, dueNew, done, snoozed, dueOld], now);
    expect(summary.dueNow).toEqual([dueOld, dueNew]);
    expect(summary.next).toEqual(upcoming);
    expect(summary.nextAt).toBe(now + 2 * DAY_MS);
    expect(summary.counts).toEqual({ due: 2, snoozed: 1, upcoming: 1, done: 1 });
  });

  it('treats a snooze as what comes next when it ends first', () => {
    const summary = dueSummary([snoozed, { ...upcoming, dueAt: now + 5 * DAY_MS }], now);
    expect(summary.next).toEqual(snoozed);
    expect(summary.nextAt).toBe(now + 3 * DAY_MS);
  });

  it('is empty without reminders', () => {
    expect(dueSummary([], now)).toEqual({
      dueNow: [],
      next: null,
      nextAt: null,
      counts: { due: 0, snoozed: 0, upcoming: 0, done: 0 },
    });
  });

  it('classifies a snooze that ends before the due date as upcoming', () => {
    const early = makeReminder({ dueAt: now + DAY_MS, snoozedUntil: now + 60_000 });
    expect(reminderStatus(early, now)).toBe('upcoming');
    expect(reminderStatus(early, now + DAY_MS)).toBe('due');
  });
});
