import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  markDone,
  nextWakeAt,
  REMINDER_TYPES,
  type Reminder,
  reminderId,
  snooze,
} from '../../../src/core/reminders';
import { DAY_MS, FakeReminderStore, makeReminder, utc } from './support';

const SEED = 20_250_715;
const RUNS = 300;

const time = fc.integer({ min: utc(2020, 1, 1), max: utc(2040, 1, 1) });
const ADDRESSES = ['a@live.com', 'b@outlook.com', 'c@hotmail.com'] as const;

const desiredSet = fc
  .uniqueArray(
    fc.record({
      account: fc.constantFrom(...ADDRESSES),
      type: fc.constantFrom(...REMINDER_TYPES),
      dueAt: time,
    }),
    { selector: (entry) => reminderId(entry.account, entry.type), minLength: 1, maxLength: 9 },
  )
  .map((entries) => entries.map((entry) => makeReminder(entry)));

/** Wakes in any order; a group of several times is several wakes planning from one snapshot. */
const wakeGroups = fc.array(fc.array(time, { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 25,
});

function runGroup(store: FakeReminderStore, desired: readonly Reminder[], group: number[]): void {
  const plans = group.map((now) => store.plan(desired, now));
  for (const plan of plans) store.apply(plan);
}

const occurrenceKey = (reminder: Reminder) => `${reminder.id}@${reminder.dueAt}`;

describe('fire-once properties', () => {
  it('for any wake times, monotonic or not, racing or not: each occurrence fires at most once, and every one due by the latest wake fires exactly once', () => {
    fc.assert(
      fc.property(desiredSet, wakeGroups, fc.boolean(), (desired, groups, monotonic) => {
        const ordered = monotonic ? sortGroups(groups) : groups;
        const store = new FakeReminderStore();
        for (const group of ordered) runGroup(store, desired, group);

        const fired = store.fired.map(occurrenceKey);
        expect(new Set(fired).size).toBe(fired.length);
        const latestWake = Math.max(...ordered.flat());
        const due = desired.filter((reminder) => reminder.dueAt <= latestWake).map(occurrenceKey);
        expect(new Set(fired)).toEqual(new Set(due));
        for (const reminder of store.fired) {
          expect(reminder.firedAt ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(
            reminder.dueAt,
          );
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('with due dates moving back and forth, snoozes and dones: no moment fires twice per reminder', () => {
    fc.assert(
      fc.property(desiredSet, fc.array(step, { minLength: 1, maxLength: 40 }), (initial, steps) => {
        const store = new FakeReminderStore();
        let desired = initial;
        for (const current of steps) desired = applyStep(store, desired, current);

        // Per reminder, each fire is for a strictly later moment than the one before.
        const lastFiredFor = new Map<string, number>();
        for (const reminder of store.fired) {
          const firedFor = reminder.firedFor ?? Number.NaN;
          const previous = lastFiredFor.get(reminder.id);
          if (previous !== undefined) expect(firedFor).toBeGreaterThan(previous);
          expect(reminder.firedAt ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(firedFor);
          lastFiredFor.set(reminder.id, firedFor);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('nextWakeAt is exactly when the next fire becomes possible', () => {
    fc.assert(
      fc.property(
        desiredSet,
        time,
        time,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (desired, first, now, fraction) => {
          const store = new FakeReminderStore();
          store.wake(desired, first);
          store.wake(desired, now);
          const wakeAt = nextWakeAt(store.all(), now);
          if (wakeAt === null) {
            expect(store.plan(desired, utc(2100, 1, 1)).toFire).toEqual([]);
            return;
          }
          expect(wakeAt).toBeGreaterThan(now);
          const before = now + Math.floor((wakeAt - 1 - now) * fraction);
          expect(store.plan(desired, before).toFire).toEqual([]);
          expect(store.plan(desired, wakeAt).toFire.length).toBeGreaterThan(0);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

type Step =
  | { kind: 'wake'; times: number[] }
  | { kind: 'move'; index: number; dueAt: number }
  | { kind: 'snooze'; index: number; now: number; durationMs: number }
  | { kind: 'done'; index: number; now: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('wake' as const),
      times: fc.array(time, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move' as const), index: fc.nat(8), dueAt: time }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('snooze' as const),
      index: fc.nat(8),
      now: time,
      durationMs: fc.integer({ min: 1, max: 30 * DAY_MS }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('done' as const), index: fc.nat(8), now: time }),
  },
);

/** Applies one step to the store; returns the desired reminders after it. */
function applyStep(store: FakeReminderStore, desired: Reminder[], current: Step): Reminder[] {
  if (current.kind === 'wake') {
    runGroup(store, desired, current.times);
    return desired;
  }
  const target = desired[current.index % desired.length];
  if (target === undefined) return desired;
  if (current.kind === 'move') {
    return desired.map((reminder) =>
      reminder === target ? { ...reminder, dueAt: current.dueAt } : reminder,
    );
  }
  const stored = store.get(target.id);
  if (stored === undefined) return desired;
  if (current.kind === 'snooze') store.put(snooze(stored, current.now, current.durationMs));
  else store.put(markDone(stored, current.now).reminder);
  return desired;
}

function sortGroups(groups: number[][]): number[][] {
  return groups
    .map((group) => [...group].sort((a, b) => a - b))
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
