import type { IDBPDatabase } from 'idb';
import {
  overviewOf,
  type ReminderItem,
  type ReminderOverview,
  toReminderItem,
} from '../core/reminders';
import type { AccountRecord } from '../storage/records';
import {
  createReminderSync,
  type ReminderAction,
  type ReminderNotice,
} from '../storage/reminder-sync';
import type { AccountHelperSchema } from '../storage/schema';

/**
 * The background's reminder engine, free of browser APIs so that unit tests drive it with
 * fake-indexeddb and a fake clock. `reminders.ts` gives it the browser's alarms and notifications.
 *
 * The database is the truth; alarms only wake the worker. Every wake reconciles the stored
 * reminders with the accounts and settings, claims what is due (see `storage/reminder-sync.ts`),
 * shows the notifications it claimed once that has committed, and sets the next alarm.
 */

export interface ReminderPorts {
  database(): Promise<IDBPDatabase<AccountHelperSchema>>;
  /** The current time (the e2e build's test clock may move it). */
  now(): Promise<number>;
  /** Shows (or replaces) a reminder's notification; rejects when it could not be shown. */
  show(item: ReminderItem): Promise<void>;
  /** Closes the notifications of every reminder that is not due now. */
  hideAllBut(dueIds: ReadonlySet<string>): Promise<void>;
  /** Sets the one wake-up alarm to go off `delayMs` from now, or clears it (null). */
  scheduleWake(delayMs: number | null): Promise<void>;
  onError?(what: string, error: unknown): void;
}

export interface WakeReport extends ReminderOverview {
  /** The ids whose notification this wake showed. */
  shown: string[];
  /** When the engine asked to be woken next (clock time), or null. */
  nextWakeAt: number | null;
  accounts: AccountRecord[];
}

export interface ReminderEngine {
  /** Reconcile, fire what is due, set the next alarm. Wakes of one engine run one at a time. */
  wake(): Promise<WakeReport>;
  /** "Done" or "Snooze" (one day), then a wake; returns what is due after. */
  act(reminderId: string, action: ReminderAction): Promise<WakeReport>;
  /** Runs a change to the data, then a wake (serialized with wakes). */
  afterChange<T>(change: (now: number) => Promise<T>): Promise<{ result: T; report: WakeReport }>;
}

export function createReminderEngine(ports: ReminderPorts): ReminderEngine {
  let queue: Promise<unknown> = Promise.resolve();
  const report = ports.onError ?? (() => {});

  /** One at a time, so alarms are set in the order the transactions committed. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  }

  async function show(notice: ReminderNotice, now: number): Promise<boolean> {
    try {
      await ports.show(toReminderItem(notice.reminder, notice.account, now));
    } catch (error) {
      report(`showing the reminder ${notice.reminder.id}`, error);
      return false;
    }
    const { firedFor, id } = notice.reminder;
    if (firedFor !== null) {
      const sync = createReminderSync(await ports.database());
      await sync.acknowledge(id, firedFor).catch((error: unknown) => {
        report(`confirming the reminder ${id}`, error);
      });
    }
    return true;
  }

  async function wakeNow(): Promise<WakeReport> {
    const now = await ports.now();
    const sync = createReminderSync(await ports.database());
    const result = await sync.wake(now);
    const delay = (at: number | null) => (at === null ? null : Math.max(0, at - now));

    // If this worker stops before the notices are confirmed, wake again to retry them.
    const earliest =
      result.retryAt === null
        ? result.nextWakeAt
        : Math.min(result.retryAt, result.nextWakeAt ?? result.retryAt);
    await ports.scheduleWake(delay(earliest));

    const shown: string[] = [];
    for (const notice of result.notices) {
      if (await show(notice, now)) shown.push(notice.reminder.id);
    }
    if (result.retryAt !== null && shown.length === result.notices.length) {
      await ports.scheduleWake(delay(result.nextWakeAt));
    }

    const overview = overviewOf(result.reminders, result.accounts, now);
    await ports
      .hideAllBut(new Set(overview.due.map((item) => item.id)))
      .catch((error: unknown) => report('closing old notifications', error));
    return { ...overview, shown, nextWakeAt: result.nextWakeAt, accounts: result.accounts };
  }

  return {
    wake: () => serial(wakeNow),

    act: (reminderId, action) =>
      serial(async () => {
        const sync = createReminderSync(await ports.database());
        await sync.act(reminderId, action, await ports.now());
        return wakeNow();
      }),

    afterChange: (change) =>
      serial(async () => {
        const result = await change(await ports.now());
        return { result, report: await wakeNow() };
      }),
  };
}
