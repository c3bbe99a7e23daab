import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { createReminderEngine, type ReminderPorts } from '../../../src/background/reminder-engine';
import { addMonthsUtc, type ReminderItem } from '../../../src/core/reminders';
import {
  type AccountHelperSchema,
  createAccountsRepo,
  createReminderSync,
  createRemindersRepo,
  createSettingsRepo,
  newAccountRecord,
  OUTBOX_LEASE_MS,
  type ReminderRecord,
} from '../../../src/storage';
import { createFakeClock, DAY_MS, type FakeClock, utc } from '../reminders/support';
import { useFreshDb } from '../storage/harness';

const ALEX = 'alex@outlook.com';
const SAM = 'sam@contoso.com';
const ADDED = utc(2025, 1, 15, 9);

interface Harness {
  ports: ReminderPorts;
  shown: ReminderItem[];
  hidden: string[][];
  alarms: (number | null)[];
  errors: string[];
  failNextShows: number;
}

function harness(db: IDBPDatabase<AccountHelperSchema>, clock: FakeClock): Harness {
  const h: Harness = {
    shown: [],
    hidden: [],
    alarms: [],
    errors: [],
    failNextShows: 0,
    ports: {
      database: async () => db,
      now: async () => clock.now(),
      async show(item) {
        if (h.failNextShows > 0) {
          h.failNextShows -= 1;
          throw new Error('notifications unavailable');
        }
        h.shown.push(item);
      },
      async hideAllBut(ids) {
        h.hidden.push([...ids]);
      },
      async scheduleWake(delayMs) {
        h.alarms.push(delayMs);
      },
      onError: (what) => h.errors.push(what),
    },
  };
  return h;
}

const shownIds = (h: Harness) => h.shown.map((item) => `${item.id}@${item.dueAt}`);

describe('reminder engine', () => {
  const fresh = useFreshDb();

  async function setUp(
    accounts: Parameters<typeof newAccountRecord>[0][] = [
      { address: ALEX, addedFrom: 'options', kind: 'personal', addedAt: ADDED },
    ],
  ) {
    const db = await fresh.open();
    for (const input of accounts) await createAccountsRepo(db).put(newAccountRecord(input));
    const clock = createFakeClock(ADDED);
    const h = harness(db, clock);
    return { db, clock, h, engine: createReminderEngine(h.ports) };
  }

  /** Accounts whose recovery info was reviewed when listed: the next review is one interval on. */
  async function setUpReviewed(accounts?: Parameters<typeof setUp>[0]) {
    const harnessed = await setUp(accounts);
    for (const record of await createAccountsRepo(harnessed.db).list()) {
      await createAccountsRepo(harnessed.db).update(record.address, { recoveryReviewedAt: ADDED });
    }
    return harnessed;
  }

  it('a new account whose recovery info was never reviewed is due at once', async () => {
    const { db, h, engine } = await setUp();
    const report = await engine.wake();
    expect(report.due.map((item) => [item.type, item.dueAt])).toEqual([['review-recovery', ADDED]]);
    expect(report.upcoming.map((item) => [item.type, item.dueAt])).toEqual([
      ['inactive-account', addMonthsUtc(ADDED, 18)],
    ]);
    expect(shownIds(h)).toEqual([`${ALEX}:review-recovery@${ADDED}`]);
    // Retry alarm first (in case the worker stops before showing), then the inactivity date.
    expect(h.alarms).toEqual([OUTBOX_LEASE_MS, addMonthsUtc(ADDED, 18) - ADDED]);
    expect(await createRemindersRepo(db).list()).toHaveLength(2);
  });

  it('creates the reminders of a reviewed account and sets the alarm for the next review', async () => {
    const { db, h, engine } = await setUpReviewed();
    const report = await engine.wake();
    expect(report.due).toEqual([]);
    expect(report.upcoming.map((item) => [item.type, item.dueAt])).toEqual([
      ['review-recovery', addMonthsUtc(ADDED, 6)],
      ['inactive-account', addMonthsUtc(ADDED, 18)],
    ]);
    expect(h.shown).toEqual([]);
    expect(h.alarms).toEqual([addMonthsUtc(ADDED, 6) - ADDED]);
    expect(await createRemindersRepo(db).list()).toHaveLength(2);
  });

  it('fires a reminder once when it comes due, then waits for the next one', async () => {
    const { db, clock, h, engine } = await setUpReviewed();
    await engine.wake();
    clock.set(addMonthsUtc(ADDED, 6));
    const report = await engine.wake();
    expect(shownIds(h)).toEqual([`${ALEX}:review-recovery@${addMonthsUtc(ADDED, 6)}`]);
    expect(h.shown[0]).toMatchObject({
      title: `Review the recovery info of ${ALEX}`,
      reviewUrl: 'https://account.microsoft.com/security',
      status: 'due',
    });
    expect(report.due.map((item) => item.type)).toEqual(['review-recovery']);
    // Retry alarm first (in case the worker stops before showing), then the real next one.
    expect(h.alarms.slice(-2)).toEqual([
      OUTBOX_LEASE_MS,
      addMonthsUtc(ADDED, 18) - addMonthsUtc(ADDED, 6),
    ]);
    expect(await db.getAll('outbox')).toEqual([]);

    clock.advance(DAY_MS);
    await engine.wake();
    await engine.wake();
    expect(h.shown).toHaveLength(1);
    expect(h.hidden.at(-1)).toEqual([`${ALEX}:review-recovery`]);
  });

  it('fires once for each due date however far the clock jumps, and never after a jump back', async () => {
    const { clock, h, engine } = await setUp();
    clock.set(utc(2030, 1, 1));
    await engine.wake();
    expect(h.shown.map((item) => item.type).sort()).toEqual([
      'inactive-account',
      'review-recovery',
    ]);
    clock.set(ADDED);
    await engine.wake();
    clock.set(utc(2031, 1, 1));
    await engine.wake();
    expect(h.shown).toHaveLength(2);
  });

  it('snoozes for one day, then fires once more', async () => {
    const { clock, h, engine } = await setUp();
    const due = ADDED; // Never reviewed: due as soon as listed.
    clock.set(due + 1000);
    await engine.wake();
    const report = await engine.act(`${ALEX}:review-recovery`, 'snooze');
    expect(report.due).toEqual([]);
    expect(report.upcoming[0]).toMatchObject({ status: 'snoozed', dueAt: due + 1000 + DAY_MS });
    expect(h.alarms.at(-1)).toBe(DAY_MS);
    expect(h.hidden.at(-1)).toEqual([]);

    clock.advance(DAY_MS - 1);
    await engine.wake();
    expect(h.shown).toHaveLength(1);
    clock.advance(1);
    await engine.wake();
    await engine.wake();
    expect(shownIds(h)).toEqual([
      `${ALEX}:review-recovery@${due}`,
      `${ALEX}:review-recovery@${due + 1000 + DAY_MS}`,
    ]);
  });

  it('"Done" records the review and moves the reminder to the next interval', async () => {
    const { db, clock, h, engine } = await setUp();
    const due = ADDED; // Never reviewed: due as soon as listed.
    clock.set(due + DAY_MS);
    await engine.wake();
    const report = await engine.act(`${ALEX}:review-recovery`, 'done');
    expect(report.due).toEqual([]);
    expect((await createAccountsRepo(db).get(ALEX))?.recoveryReviewedAt).toBe(due + DAY_MS);
    expect(report.upcoming[0]).toMatchObject({
      type: 'review-recovery',
      dueAt: addMonthsUtc(due + DAY_MS, 6),
      status: 'upcoming',
    });
    clock.set(addMonthsUtc(due + DAY_MS, 6));
    await engine.wake();
    expect(h.shown.map((item) => item.dueAt)).toEqual([due, addMonthsUtc(due + DAY_MS, 6)]);
  });

  it('an action on a reminder that is gone changes nothing', async () => {
    const { db, h, engine } = await setUp();
    const report = await engine.act('nobody@outlook.com:review-recovery', 'done');
    // Alex's never-reviewed recovery info stays due and unreviewed.
    expect(report.due.map((item) => item.id)).toEqual([`${ALEX}:review-recovery`]);
    expect((await createAccountsRepo(db).get(ALEX))?.recoveryReviewedAt).toBeNull();
    expect(h.errors).toEqual([]);
  });

  it('uses the per-account interval, then the setting', async () => {
    const { db, h, engine } = await setUpReviewed([
      { address: ALEX, addedFrom: 'options', kind: 'personal', addedAt: ADDED },
      { address: SAM, addedFrom: 'options', kind: 'work-school', addedAt: ADDED },
    ]);
    await createAccountsRepo(db).update(ALEX, { reminderIntervalMonths: 1 });
    await createSettingsRepo(db).set('reminderIntervalMonths', 3);
    const report = await engine.wake();
    const dueOf = (id: string) => report.upcoming.find((item) => item.id === id)?.dueAt;
    expect(dueOf(`${ALEX}:review-recovery`)).toBe(addMonthsUtc(ADDED, 1));
    expect(dueOf(`${SAM}:review-recovery`)).toBe(addMonthsUtc(ADDED, 3));
    // Work or school accounts are not closed for inactivity.
    expect(dueOf(`${SAM}:inactive-account`)).toBeUndefined();
    expect(report.upcoming.find((item) => item.account === SAM)?.reviewUrl).toBe(
      'https://mysignins.microsoft.com/security-info',
    );
    expect(h.shown).toEqual([]);
  });

  it('a password reset brings the sign-devices-in reminder at once', async () => {
    const { db, clock, h, engine } = await setUpReviewed();
    clock.set(ADDED + 10 * DAY_MS);
    await engine.afterChange((now) =>
      createAccountsRepo(db).update(ALEX, { lastPasswordResetAt: now }),
    );
    expect(h.shown.map((item) => item.type)).toEqual(['sign-devices-in']);
    expect(h.shown[0]?.title).toBe(`Sign your devices back in to ${ALEX}`);
    await engine.act(`${ALEX}:sign-devices-in`, 'done');
    await engine.wake();
    expect(h.shown).toHaveLength(1);
  });

  it('removing an account removes its reminders', async () => {
    const { db, h, engine } = await setUp();
    await engine.wake();
    await engine.afterChange(() => createReminderSync(db).removeAccount(ALEX));
    expect(await createRemindersRepo(db).list()).toEqual([]);
    expect(h.alarms.at(-1)).toBeNull();
  });

  it('two engines waking at once on one connection show one notification', async () => {
    const { db, clock, h, engine } = await setUpReviewed();
    await engine.wake();
    clock.set(addMonthsUtc(ADDED, 6));
    const h2 = harness(db, clock);
    const other = createReminderEngine(h2.ports);
    await Promise.all([engine.wake(), other.wake(), engine.wake(), other.wake()]);
    expect(h.shown.length + h2.shown.length).toBe(1);
  });

  it('two wakes racing over two connections (two workers) show one notification', async () => {
    const factory = fresh.factory();
    const first = await fresh.open(factory);
    const second = await fresh.open(factory);
    await createAccountsRepo(first).put(
      newAccountRecord({ address: ALEX, addedFrom: 'options', kind: 'personal', addedAt: ADDED }),
    );
    const clock = createFakeClock(addMonthsUtc(ADDED, 6));
    const workers = [harness(first, clock), harness(second, clock)];
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(workers.map((h) => createReminderEngine(h.ports).wake()));
    }
    expect(workers.reduce((total, h) => total + h.shown.length, 0)).toBe(1);
    expect(await first.getAll('outbox')).toEqual([]);
  });

  it('shows a claimed reminder whose worker stopped before showing it, exactly once', async () => {
    const { db, clock, h, engine } = await setUpReviewed();
    await engine.wake();
    const due = addMonthsUtc(ADDED, 6);
    clock.set(due);
    // The claim commits, then the worker is stopped before it shows anything.
    const claimed = await createReminderSync(db).wake(clock.now());
    expect(claimed.notices.map((n) => n.reminder.id)).toEqual([`${ALEX}:review-recovery`]);

    // A wake within the lease leaves it to the (possibly still running) claimer.
    clock.advance(OUTBOX_LEASE_MS - 1);
    await engine.wake();
    expect(h.shown).toEqual([]);
    expect(h.alarms.at(-1)).toBe(1);

    clock.advance(1);
    await engine.wake();
    await engine.wake();
    expect(shownIds(h)).toEqual([`${ALEX}:review-recovery@${due}`]);
    expect(await db.getAll('outbox')).toEqual([]);
  });

  it('retries a notification that failed to show, and gives up after a few tries', async () => {
    const { db, clock, h, engine } = await setUp();
    clock.set(addMonthsUtc(ADDED, 6));
    h.failNextShows = 1;
    await engine.wake();
    expect(h.shown).toEqual([]);
    expect(h.errors).toEqual([`showing the reminder ${ALEX}:review-recovery`]);
    expect(h.alarms.at(-1)).toBe(OUTBOX_LEASE_MS);
    clock.advance(OUTBOX_LEASE_MS);
    await engine.wake();
    expect(h.shown).toHaveLength(1);

    // A reminder that never shows is dropped after OUTBOX_MAX_ATTEMPTS: still due in the lists.
    clock.set(addMonthsUtc(ADDED, 18));
    h.failNextShows = 100;
    for (let i = 0; i < 8; i += 1) {
      await engine.wake();
      clock.advance(OUTBOX_LEASE_MS);
    }
    expect(await db.getAll('outbox')).toEqual([]);
    const report = await engine.wake();
    expect(report.due.map((item) => item.type)).toEqual(['review-recovery', 'inactive-account']);
  });

  it('drops a pending notification once the reminder is handled', async () => {
    const { db, clock, h, engine } = await setUp();
    clock.set(addMonthsUtc(ADDED, 6));
    await createReminderSync(db).wake(clock.now());
    await engine.act(`${ALEX}:review-recovery`, 'done');
    clock.advance(OUTBOX_LEASE_MS);
    await engine.wake();
    expect(h.shown).toEqual([]);
    expect(await db.getAll('outbox')).toEqual([]);
  });

  it('keeps the stored records valid', async () => {
    const { db, clock, engine } = await setUp();
    clock.set(utc(2030, 1, 1));
    await engine.wake();
    const records: ReminderRecord[] = await createRemindersRepo(db).list();
    expect(records.every((r) => r.firedFor !== null && r.firedAt === utc(2030, 1, 1))).toBe(true);
  });
});
