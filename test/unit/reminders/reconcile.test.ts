import { describe, expect, it } from 'vitest';
import {
  computeDueReminders,
  DEFAULT_REMINDER_SETTINGS,
  type Reminder,
  type ReminderAccount,
  reconcile,
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
const desiredFor = (accounts: ReminderAccount[]): Reminder[] =>
  computeDueReminders(accounts, settings, 0);

describe('reconcile', () => {
  it('creates desired reminders and fires nothing before they are due', () => {
    const desired = [makeReminder()];
    const plan = reconcile([], desired, utc(2025, 7, 15, 8, 59));
    expect(plan).toEqual({ upserts: desired, deletes: [], toFire: [] });
  });

  it('fires a reminder once its due time is reached, marking the occurrence it fired for', () => {
    const dueAt = utc(2025, 7, 15, 9);
    const plan = reconcile([makeReminder({ dueAt })], [makeReminder({ dueAt })], dueAt);
    expect(plan.upserts).toEqual([]);
    expect(plan.toFire).toEqual([makeReminder({ dueAt, firedAt: dueAt, firedFor: dueAt })]);
  });

  it('is idempotent: applying the plan and reconciling at the same now plans nothing', () => {
    const store = new FakeReminderStore();
    const accounts = [makeAccount({ lastPasswordResetAt: utc(2025, 2, 1) })];
    const now = utc(2027, 1, 1);
    expect(store.wake(desiredFor(accounts), now)).toHaveLength(3);
    expect(store.plan(desiredFor(accounts), now)).toEqual({ upserts: [], deletes: [], toFire: [] });
  });

  it('deletes reminders of removed accounts and of reminder types no longer desired', () => {
    const store = new FakeReminderStore();
    const personal = makeAccount();
    const other = makeAccount({ address: 'sam@outlook.com' });
    store.wake(desiredFor([personal, other]), utc(2025, 2, 1));
    const plan = store.plan(desiredFor([{ ...personal, kind: 'work-school' }]), utc(2025, 2, 1));
    expect(plan.deletes.sort()).toEqual([
      'alex@outlook.com:inactive-account',
      'sam@outlook.com:inactive-account',
      'sam@outlook.com:review-recovery',
    ]);
  });

  it('keeps progress while the due date stays, and ignores progress fields on desired records', () => {
    const stored = makeReminder({ firedAt: 5, firedFor: utc(2025, 7, 15, 9), doneAt: 6 });
    const desired = makeReminder({ firedAt: 1, firedFor: 2, snoozedUntil: 3, doneAt: null });
    expect(reconcile([stored], [desired], utc(2030, 1, 1))).toEqual({
      upserts: [],
      deletes: [],
      toFire: [],
    });
  });

  it('starts a new occurrence when the desired due date moves: not done, fires at the new date', () => {
    const firstDue = utc(2025, 7, 15, 9);
    const stored = makeReminder({ dueAt: firstDue, firedAt: firstDue, firedFor: firstDue });
    const done = { ...stored, doneAt: firstDue + DAY_MS };
    const nextDue = utc(2026, 1, 10);
    const plan = reconcile([done], [makeReminder({ dueAt: nextDue })], utc(2025, 7, 20));
    expect(plan.upserts).toEqual([{ ...stored, dueAt: nextDue }]);
    expect(plan.toFire).toEqual([]);
    const atNextDue = reconcile(plan.upserts, [makeReminder({ dueAt: nextDue })], nextDue);
    expect(atNextDue.toFire.map((reminder) => reminder.firedFor)).toEqual([nextDue]);
  });

  it('fires a due date moved earlier when nothing fired yet', () => {
    const stored = makeReminder({ dueAt: utc(2025, 7, 15) });
    const earlier = utc(2025, 4, 15);
    const plan = reconcile([stored], [makeReminder({ dueAt: earlier })], utc(2025, 5, 1));
    expect(plan.toFire.map((reminder) => reminder.firedFor)).toEqual([earlier]);
  });

  it('never fires twice for a due date that moves back and forth', () => {
    const store = new FakeReminderStore();
    const sixMonths = desiredFor([makeAccount(REVIEWED_WHEN_ADDED)]);
    const threeMonths = desiredFor([
      makeAccount({ ...REVIEWED_WHEN_ADDED, reminderIntervalMonths: 3 }),
    ]);
    const now = utc(2025, 8, 1);
    for (const desired of [sixMonths, threeMonths, sixMonths, threeMonths, sixMonths]) {
      store.wake(desired, now);
    }
    expect(store.firedTypes()).toEqual([
      'alex@outlook.com:review-recovery@2025-07-15T09:00:00.000Z',
    ]);
  });

  it('does not fire done reminders, nor snoozed ones before the snooze ends', () => {
    const dueAt = utc(2025, 7, 15);
    const done = makeReminder({ dueAt, doneAt: dueAt });
    const snoozed = makeReminder({ type: 'inactive-account', dueAt, snoozedUntil: dueAt + DAY_MS });
    const desired = [makeReminder({ dueAt }), makeReminder({ type: 'inactive-account', dueAt })];
    expect(reconcile([done, snoozed], desired, dueAt + HOUR_MS).toFire).toEqual([]);
    expect(reconcile([done, snoozed], desired, dueAt + DAY_MS).toFire.map((r) => r.id)).toEqual([
      snoozed.id,
    ]);
  });
});

describe('reconcile with a fake clock', () => {
  it('fires each reminder once when the clock jumps forward by years', () => {
    const clock = createFakeClock(utc(2025, 1, 15, 9));
    const store = new FakeReminderStore();
    const accounts = [makeAccount({ ...REVIEWED_WHEN_ADDED, reminderIntervalMonths: 1 })];
    store.wake(desiredFor(accounts), clock.now());
    expect(store.fired).toEqual([]);

    clock.advanceMonths(5 * 12); // Sixty monthly periods missed, plus the inactivity date.
    store.wake(desiredFor(accounts), clock.now());
    store.wake(desiredFor(accounts), clock.now() + HOUR_MS);
    expect(store.firedTypes()).toEqual([
      'alex@outlook.com:review-recovery@2025-02-15T09:00:00.000Z',
      'alex@outlook.com:inactive-account@2026-07-15T09:00:00.000Z',
    ]);
  });

  it('never re-fires when the clock jumps backward and forward again', () => {
    const clock = createFakeClock(utc(2025, 8, 1));
    const store = new FakeReminderStore();
    const desired = desiredFor([makeAccount(REVIEWED_WHEN_ADDED)]);
    store.wake(desired, clock.now());
    expect(store.fired).toHaveLength(1);

    for (const jump of [-30 * DAY_MS, -400 * DAY_MS, 800 * DAY_MS, -HOUR_MS]) {
      clock.advance(jump);
      store.wake(desired, clock.now());
    }
    expect(store.firedTypes()).toEqual([
      'alex@outlook.com:review-recovery@2025-07-15T09:00:00.000Z',
      'alex@outlook.com:inactive-account@2026-07-15T09:00:00.000Z',
    ]);
  });

  it('fires at exactly the due time, not a millisecond before', () => {
    const store = new FakeReminderStore();
    const desired = desiredFor([makeAccount(REVIEWED_WHEN_ADDED)]);
    expect(store.wake(desired, utc(2025, 7, 15, 9) - 1)).toEqual([]);
    expect(store.wake(desired, utc(2025, 7, 15, 9)).map((r) => iso(r.firedFor ?? 0))).toEqual([
      '2025-07-15T09:00:00.000Z',
    ]);
  });

  it('fires the recovery review of a never-reviewed account at the first wake after listing', () => {
    const listedAt = utc(2025, 1, 15, 9);
    const store = new FakeReminderStore();
    const desired = desiredFor([makeAccount({ addedAt: listedAt })]);
    expect(store.wake(desired, listedAt - 1)).toEqual([]);
    expect(store.wake(desired, listedAt).map((r) => r.id)).toEqual([
      'alex@outlook.com:review-recovery',
    ]);
    store.wake(desired, listedAt + 30 * DAY_MS);
    expect(store.firedTypes()).toEqual([
      'alex@outlook.com:review-recovery@2025-01-15T09:00:00.000Z',
    ]);
  });
});
