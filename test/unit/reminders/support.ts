/** Test helpers: a fake clock, builders, and an in-memory stand-in for the storage layer. */
import {
  addMonthsUtc,
  claimFire,
  mergeUpsert,
  type ReconcilePlan,
  type Reminder,
  type ReminderAccount,
  type ReminderType,
  reconcile,
  reminderId,
} from '../../../src/core/reminders';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch ms for a UTC calendar time; month is 1-based. */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute);
}

export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export interface FakeClock {
  now(): number;
  set(epochMs: number): void;
  advance(ms: number): void;
  advanceMonths(months: number): void;
}

export function createFakeClock(start: number): FakeClock {
  let current = start;
  return {
    now: () => current,
    set: (epochMs) => {
      current = epochMs;
    },
    advance: (ms) => {
      current += ms;
    },
    advanceMonths: (months) => {
      current = addMonthsUtc(current, months);
    },
  };
}

/** Recovery info reviewed the moment `makeAccount()` was listed: only the interval decides. */
export const REVIEWED_WHEN_ADDED = { recoveryReviewedAt: Date.UTC(2025, 0, 15, 9) } as const;

export function makeAccount(overrides: Partial<ReminderAccount> = {}): ReminderAccount {
  return {
    address: 'alex@outlook.com',
    kind: 'personal',
    addedAt: utc(2025, 1, 15, 9),
    recoveryReviewedAt: null,
    lastSeenAt: null,
    reminderIntervalMonths: null,
    lastPasswordResetAt: null,
    ...overrides,
  };
}

export function makeReminder(
  overrides: Partial<Reminder> & { account?: string; type?: ReminderType } = {},
): Reminder {
  const account = overrides.account ?? 'alex@outlook.com';
  const type = overrides.type ?? 'review-recovery';
  return {
    id: reminderId(account, type),
    account,
    type,
    dueAt: utc(2025, 7, 15, 9),
    firedAt: null,
    firedFor: null,
    snoozedUntil: null,
    doneAt: null,
    ...overrides,
  };
}

/**
 * The reminder store as the storage layer must drive it: each `apply` is one readwrite
 * transaction (synchronous here, so atomic) that merges upserts, deletes, and claims fires.
 */
export class FakeReminderStore {
  readonly records = new Map<string, Reminder>();
  /** Every notification shown, in order. */
  readonly fired: Reminder[] = [];

  all(): Reminder[] {
    return [...this.records.values()];
  }

  get(id: string): Reminder | undefined {
    return this.records.get(id);
  }

  put(reminder: Reminder): void {
    this.records.set(reminder.id, reminder);
  }

  /** Reads a snapshot and plans, as a wake does before its write transaction. */
  plan(desired: readonly Reminder[], now: number): ReconcilePlan {
    return reconcile(this.all(), desired, now);
  }

  /** The write transaction for a plan; returns the fires this wake won. */
  apply(plan: ReconcilePlan): Reminder[] {
    for (const upsert of plan.upserts) this.put(mergeUpsert(this.get(upsert.id), upsert));
    for (const id of plan.deletes) this.records.delete(id);
    const won: Reminder[] = [];
    for (const occurrence of plan.toFire) {
      const claimed = claimFire(this.get(occurrence.id), occurrence);
      if (claimed === null) continue;
      this.put(claimed);
      won.push(claimed);
    }
    this.fired.push(...won);
    return won;
  }

  wake(desired: readonly Reminder[], now: number): Reminder[] {
    return this.apply(this.plan(desired, now));
  }

  firedTypes(): string[] {
    return this.fired.map((reminder) => `${reminder.id}@${iso(reminder.dueAt)}`);
  }
}
