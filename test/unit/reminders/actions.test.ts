import { describe, expect, it } from 'vitest';
import {
  computeDueReminders,
  DEFAULT_REMINDER_SETTINGS,
  markDone,
  markFired,
  type ReminderAccount,
  snooze,
} from '../../../src/core/reminders';
import {
  createFakeClock,
  DAY_MS,
  FakeReminderStore,
  HOUR_MS,
  iso,
  makeAccount,
  makeReminder,
  REVIEWED_WHEN_ADDED,
  utc,
} from './support';

const settings = DEFAULT_REMINDER_SETTINGS;

describe('markFired', () => {
  it('records when it fired and the effective due time it fired for', () => {
    const dueAt = utc(2025, 7, 15);
    const snoozedUntil = dueAt + DAY_MS;
    expect(markFired(makeReminder({ dueAt }), dueAt + 5)).toMatchObject({
      firedAt: dueAt + 5,
      firedFor: dueAt,
    });
    expect(markFired(makeReminder({ dueAt, snoozedUntil }), snoozedUntil + 7)).toMatchObject({
      firedAt: snoozedUntil + 7,
      firedFor: snoozedUntil,
    });
  });
});

describe('snooze', () => {
  it('defaults to one day and accepts a duration', () => {
    const now = utc(2025, 7, 16, 8);
    expect(snooze(makeReminder(), now).snoozedUntil).toBe(now + DAY_MS);
    expect(snooze(makeReminder(), now, 3 * HOUR_MS).snoozedUntil).toBe(now + 3 * HOUR_MS);
  });

  it('rejects durations that are not positive', () => {
    for (const duration of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => snooze(makeReminder(), 0, duration)).toThrow(RangeError);
    }
  });

  it('hides a fired reminder until the snooze ends, then fires it once more', () => {
    const clock = createFakeClock(utc(2025, 7, 16, 8));
    const store = new FakeReminderStore();
    const desired = computeDueReminders([makeAccount()], settings, clock.now());
    store.wake(desired, clock.now());
    const fired = store.get('alex@outlook.com:review-recovery');
    if (fired === undefined) throw new Error('expected a stored reminder');
    store.put(snooze(fired, clock.now()));

    clock.advance(DAY_MS - 1);
    expect(store.wake(desired, clock.now())).toEqual([]);
    clock.advance(1);
    expect(store.wake(desired, clock.now()).map((r) => iso(r.firedFor ?? 0))).toEqual([
      '2025-07-17T08:00:00.000Z',
    ]);
    clock.advance(DAY_MS);
    expect(store.wake(desired, clock.now())).toEqual([]);
  });
});

describe('markDone', () => {
  const now = utc(2025, 8, 1, 12);

  it('for review-recovery records the review on the account', () => {
    const result = markDone(makeReminder({ type: 'review-recovery' }), now);
    expect(result.reminder.doneAt).toBe(now);
    expect(result.accountPatch).toEqual({ recoveryReviewedAt: now });
  });

  it('for inactive-account records that the account was used', () => {
    const result = markDone(makeReminder({ type: 'inactive-account' }), now);
    expect(result.accountPatch).toEqual({ lastSeenAt: now });
  });

  it('for sign-devices-in clears the reminder with no account change', () => {
    const result = markDone(makeReminder({ type: 'sign-devices-in' }), now);
    expect(result).toEqual({
      reminder: makeReminder({ type: 'sign-devices-in', doneAt: now }),
      accountPatch: null,
    });
  });
});

describe('done, end to end with a fake clock', () => {
  function doneAndPatch(
    store: FakeReminderStore,
    account: ReminderAccount,
    id: string,
    now: number,
  ): ReminderAccount {
    const stored = store.get(id);
    if (stored === undefined) throw new Error(`no reminder ${id}`);
    const { reminder, accountPatch } = markDone(stored, now);
    store.put(reminder);
    return { ...account, ...accountPatch };
  }

  it('moves the next review due date to N months after the review', () => {
    const clock = createFakeClock(utc(2025, 7, 20));
    const store = new FakeReminderStore();
    let account = makeAccount({ reminderIntervalMonths: 3 });
    const desired = () => computeDueReminders([account], settings, clock.now());
    store.wake(desired(), clock.now());
    expect(store.fired).toHaveLength(1);

    clock.set(utc(2025, 8, 31, 18));
    account = doneAndPatch(store, account, 'alex@outlook.com:review-recovery', clock.now());
    const plan = store.plan(desired(), clock.now());
    expect(plan.toFire).toEqual([]);
    expect(plan.upserts.map((r) => [r.id, iso(r.dueAt), r.doneAt])).toEqual([
      ['alex@outlook.com:review-recovery', '2025-11-30T18:00:00.000Z', null],
    ]);
    store.apply(plan);

    clock.set(utc(2025, 11, 30, 18));
    expect(store.wake(desired(), clock.now()).map((r) => iso(r.dueAt))).toEqual([
      '2025-11-30T18:00:00.000Z',
    ]);
  });

  it('moves the inactivity date when the user says they used the account', () => {
    const clock = createFakeClock(utc(2026, 8, 1));
    const store = new FakeReminderStore();
    let account = makeAccount();
    const desired = () => computeDueReminders([account], settings, clock.now());
    store.wake(desired(), clock.now());
    account = doneAndPatch(store, account, 'alex@outlook.com:inactive-account', clock.now());
    store.wake(desired(), clock.now());
    expect(store.get('alex@outlook.com:inactive-account')).toMatchObject({
      dueAt: utc(2028, 2, 1),
      doneAt: null,
      firedFor: utc(2026, 7, 15, 9), // the last fire, kept as a high-water mark
    });
    clock.set(utc(2028, 2, 1));
    expect(store.wake(desired(), clock.now()).map((r) => r.type)).toEqual(['inactive-account']);
  });

  it('keeps sign-devices-in cleared until the next password reset', () => {
    const clock = createFakeClock(utc(2025, 5, 1, 10));
    const store = new FakeReminderStore();
    let account = makeAccount({ ...REVIEWED_WHEN_ADDED, lastPasswordResetAt: clock.now() });
    const desired = () => computeDueReminders([account], settings, clock.now());
    const id = 'alex@outlook.com:sign-devices-in';
    expect(store.wake(desired(), clock.now()).map((r) => r.id)).toEqual([id]);
    account = doneAndPatch(store, account, id, clock.now() + HOUR_MS);

    clock.advance(10 * DAY_MS);
    expect(store.wake(desired(), clock.now())).toEqual([]);
    expect(store.get(id)?.doneAt).toBe(utc(2025, 5, 1, 11));

    account = { ...account, lastPasswordResetAt: clock.now() };
    expect(store.wake(desired(), clock.now()).map((r) => r.id)).toEqual([id]);
  });
});
