import { describe, expect, it } from 'vitest';
import {
  claimFire,
  computeDueReminders,
  DEFAULT_REMINDER_SETTINGS,
  markDone,
  markFired,
  snooze,
} from '../../../src/core/reminders';
import {
  DAY_MS,
  FakeReminderStore,
  makeAccount,
  makeReminder,
  REVIEWED_WHEN_ADDED,
  utc,
} from './support';

const dueAt = utc(2025, 7, 15, 9);
const now = dueAt + 1000;
const stored = makeReminder({ dueAt });
const occurrence = markFired(stored, now);

describe('claimFire', () => {
  it('wins on an unfired stored record and returns it marked fired', () => {
    expect(claimFire(stored, occurrence)).toEqual(occurrence);
  });

  it('loses once the occurrence has fired, whoever fired it', () => {
    const firedByOther = markFired(stored, now + 5);
    expect(claimFire(firedByOther, occurrence)).toBeNull();
  });

  it('loses when the record changed since the plan: done, snoozed, moved or deleted', () => {
    expect(claimFire(markDone(stored, now).reminder, occurrence)).toBeNull();
    expect(claimFire(snooze(stored, now), occurrence)).toBeNull();
    expect(claimFire({ ...stored, dueAt: utc(2026, 1, 15) }, occurrence)).toBeNull();
    expect(claimFire(undefined, occurrence)).toBeNull();
  });

  it('loses for an entry that is not a fire plan', () => {
    expect(claimFire(stored, stored)).toBeNull();
  });

  it('keeps the stored record and only adds the fire', () => {
    const withOtherFields = { ...stored, snoozedUntil: dueAt - DAY_MS };
    expect(claimFire(withOtherFields, occurrence)).toEqual({
      ...withOtherFields,
      firedAt: now,
      firedFor: dueAt,
    });
  });
});

describe('two wakes racing', () => {
  // Reviewed at listing, so nothing fires at the first wake and the race is over one fire.
  const desired = computeDueReminders(
    [makeAccount(REVIEWED_WHEN_ADDED)],
    DEFAULT_REMINDER_SETTINGS,
    0,
  );

  it('both plan the same fire from one snapshot, exactly one wins, in either order', () => {
    for (const earlyFirst of [true, false]) {
      const store = new FakeReminderStore();
      store.wake(desired, utc(2025, 2, 1));
      const early = store.plan(desired, now);
      const late = store.plan(desired, now + 50);
      expect([early.toFire.length, late.toFire.length]).toEqual([1, 1]);
      const [first, second] = earlyFirst ? [early, late] : [late, early];
      expect([store.apply(first).length, store.apply(second).length]).toEqual([1, 0]);
      expect(store.fired).toHaveLength(1);
    }
  });

  it('exactly one wins when both create the reminder and fire it in the same wake', () => {
    const store = new FakeReminderStore();
    const late = utc(2030, 1, 1);
    const first = store.plan(desired, late);
    const second = store.plan(desired, late);
    store.apply(first);
    // The loser's upserts are merged into the fired records and must not undo the fires.
    expect(store.apply(second)).toEqual([]);
    expect(store.fired.map((reminder) => reminder.type)).toEqual([
      'review-recovery',
      'inactive-account',
    ]);
    expect(store.plan(desired, late)).toEqual({ upserts: [], deletes: [], toFire: [] });
  });

  it('a stale plan cannot fire an occurrence the user finished meanwhile', () => {
    const store = new FakeReminderStore();
    const stalePlan = store.plan(desired, now);
    store.apply(store.plan(desired, utc(2025, 1, 1))); // another wake creates the records
    const review = store.get('alex@outlook.com:review-recovery');
    if (review === undefined) throw new Error('expected the review reminder');
    store.put(markDone(review, now).reminder);
    expect(store.apply(stalePlan)).toEqual([]);
  });
});
