import type { IDBPDatabase } from 'idb';
import {
  claimFire,
  computeDueReminders,
  DAY_MS,
  DEFAULT_INACTIVE_AFTER_MONTHS,
  effectiveDueAt,
  markDone,
  mergeUpsert,
  nextWakeAt,
  type ReminderAccount,
  reconcile,
  snooze,
} from '../core/reminders';
import { toWriteError } from './errors';
import {
  type AccountRecord,
  AccountRecordSchema,
  normaliseAddress,
  type OutboxRecord,
  OutboxRecordSchema,
  type ReminderRecord,
  ReminderRecordSchema,
} from './records';
import type { AccountHelperSchema } from './schema';
import { abortQuietly } from './transactions';
import {
  type CorruptRecordHandler,
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

/**
 * The transactional side of recovery reminders: the fire-once protocol of `src/core/reminders`
 * (see its index.ts) applied to IndexedDB.
 *
 * A wake reads accounts, settings, reminders and the outbox, reconciles, and claims what is due,
 * all in ONE readwrite transaction with no await on anything but its own requests. IndexedDB runs
 * overlapping readwrite transactions one after the other, so of two racing wakes (two workers, a
 * worker and an alarm, …) exactly one claims an occurrence.
 *
 * Each claim also writes an outbox entry in that transaction. The caller shows the notification
 * after the commit and then `acknowledge`s it. A worker stopped between the two leaves the entry
 * behind, and a later wake shows it: a claimed reminder is never lost. Each entry carries a lease
 * (`attemptAt`) so two wakes never show it at the same time, and is dropped once the reminder is
 * done, snoozed or moved, or after OUTBOX_MAX_ATTEMPTS tries.
 */

/** How long a wake owns an outbox entry it is showing before another wake may retry it. */
export const OUTBOX_LEASE_MS = 60_000;
export const OUTBOX_MAX_ATTEMPTS = 5;
export const SNOOZE_MS = DAY_MS;

export interface ReminderNotice {
  reminder: ReminderRecord;
  /** The reminder's account, or null when its record is unreadable. */
  account: AccountRecord | null;
}

export interface WakeResult {
  /** Reminders this wake claimed: show each notification, then `acknowledge` it. */
  notices: ReminderNotice[];
  /** Every stored reminder after the wake. */
  reminders: ReminderRecord[];
  accounts: AccountRecord[];
  /** When a reminder next comes due, or another wake's lease runs out; null if never. */
  nextWakeAt: number | null;
  /** When this wake's own notices may be retried if they are never acknowledged; else null. */
  retryAt: number | null;
}

export type ReminderAction = 'done' | 'snooze';

export interface ReminderSync {
  /** Reconcile with the accounts and settings and claim what is due at `now`. */
  wake(now: number): Promise<WakeResult>;
  /** The notice for this occurrence is shown: forget its outbox entry. */
  acknowledge(reminderId: string, firedFor: number): Promise<void>;
  /**
   * "Done" or "Snooze" on a reminder; "Done" also records what it means on the account (reviewed
   * or seen now). Returns the updated reminder, or null when there is no such reminder any more.
   */
  act(reminderId: string, action: ReminderAction, now: number): Promise<ReminderRecord | null>;
  /** Deletes an account, its reminders and their outbox entries. */
  removeAccount(address: string): Promise<void>;
}

function toReminderAccount(account: AccountRecord): ReminderAccount {
  return {
    address: account.address,
    kind: account.kind,
    addedAt: account.addedAt,
    recoveryReviewedAt: account.recoveryReviewedAt,
    lastSeenAt: account.lastSeenAt,
    reminderIntervalMonths: account.reminderIntervalMonths,
    lastPasswordResetAt: account.lastPasswordResetAt,
  };
}

function leaseExpiry(entry: OutboxRecord): number | null {
  return entry.attemptAt === null ? null : entry.attemptAt + OUTBOX_LEASE_MS;
}

/** Someone is showing it now: leased, and the lease has not run out (a clock set back ends it). */
function isLeased(entry: OutboxRecord, now: number): boolean {
  const expiry = leaseExpiry(entry);
  return expiry !== null && entry.attemptAt !== null && now >= entry.attemptAt && now < expiry;
}

/** The entry still describes the reminder's current, fired, not handled occurrence. */
function isStillPending(entry: OutboxRecord, reminder: ReminderRecord | undefined): boolean {
  return (
    reminder !== undefined &&
    reminder.doneAt === null &&
    reminder.firedFor === entry.firedFor &&
    effectiveDueAt(reminder) === entry.firedFor
  );
}

function minOf(values: (number | null)[]): number | null {
  let min: number | null = null;
  for (const value of values) if (value !== null && (min === null || value < min)) min = value;
  return min;
}

export function createReminderSync(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): ReminderSync {
  const onCorruptRecord: CorruptRecordHandler = options.onCorruptRecord ?? warnCorruptRecord;

  function readAll<T>(
    schema: Parameters<typeof validateOnRead>[0],
    store: string,
    keyOf: (value: Partial<T> | undefined) => IDBValidKey | undefined,
    values: unknown[],
  ): T[] {
    return values.flatMap((value) => {
      const record = validateOnRead(schema, value, {
        store,
        key: keyOf(value as Partial<T> | undefined),
        onCorruptRecord,
      });
      return record === undefined ? [] : [record as T];
    });
  }

  const readAccounts = (values: unknown[]) =>
    readAll<AccountRecord>(AccountRecordSchema, 'accounts', (v) => v?.address, values);
  const readReminders = (values: unknown[]) =>
    readAll<ReminderRecord>(ReminderRecordSchema, 'reminders', (v) => v?.id, values);
  const readOutbox = (values: unknown[]) =>
    readAll<OutboxRecord>(OutboxRecordSchema, 'outbox', (v) => v?.id, values);

  const validReminder = (value: unknown): ReminderRecord =>
    validateForWrite(ReminderRecordSchema, value, 'reminder');
  const validOutbox = (value: unknown): OutboxRecord =>
    validateForWrite(OutboxRecordSchema, value, 'reminder notification');

  async function wake(now: number): Promise<WakeResult> {
    const tx = db.transaction(['accounts', 'settings', 'reminders', 'outbox'], 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      const reminderStore = tx.objectStore('reminders');
      const outboxStore = tx.objectStore('outbox');
      const [rawAccounts, rawInterval, rawReminders, rawOutbox] = await Promise.all([
        tx.objectStore('accounts').getAll(),
        tx.objectStore('settings').get('reminderIntervalMonths'),
        reminderStore.getAll(),
        outboxStore.getAll(),
      ]);
      const accounts = readAccounts(rawAccounts);
      const settings = {
        // An invalid stored interval falls back to the default in the core.
        reminderIntervalMonths: typeof rawInterval === 'number' ? rawInterval : Number.NaN,
        inactiveAfterMonths: DEFAULT_INACTIVE_AFTER_MONTHS,
      };
      const stored = readReminders(rawReminders);
      const desired = computeDueReminders(accounts.map(toReminderAccount), settings, now);
      const plan = reconcile(stored, desired, now);

      // Everything below reads what this transaction has read or written: no other transaction
      // can touch these stores until it ends.
      const current = new Map(stored.map((reminder) => [reminder.id, reminder]));
      for (const upsert of plan.upserts) {
        const merged = validReminder(mergeUpsert(current.get(upsert.id), upsert));
        writes.push(reminderStore.put(merged));
        current.set(merged.id, merged);
      }
      for (const id of plan.deletes) {
        writes.push(reminderStore.delete(id));
        current.delete(id);
      }

      const noticeIds: string[] = [];
      for (const occurrence of plan.toFire) {
        const claimed = claimFire(current.get(occurrence.id), occurrence);
        if (claimed === null || claimed.firedFor === null) continue;
        const record = validReminder(claimed);
        writes.push(reminderStore.put(record));
        writes.push(
          outboxStore.put(
            validOutbox({
              id: record.id,
              firedFor: claimed.firedFor,
              claimedAt: now,
              attemptAt: now,
              attempts: 1,
            }),
          ),
        );
        current.set(record.id, record);
        noticeIds.push(record.id);
      }

      const foreignLeases: (number | null)[] = [];
      for (const entry of readOutbox(rawOutbox)) {
        if (noticeIds.includes(entry.id)) continue; // just replaced by a new claim
        const reminder = current.get(entry.id);
        if (!isStillPending(entry, reminder) || entry.attempts >= OUTBOX_MAX_ATTEMPTS) {
          writes.push(outboxStore.delete(entry.id));
          continue;
        }
        if (isLeased(entry, now)) {
          foreignLeases.push(leaseExpiry(entry));
          continue;
        }
        // Claimed by a wake that never confirmed showing it: show it again.
        writes.push(
          outboxStore.put(validOutbox({ ...entry, attemptAt: now, attempts: entry.attempts + 1 })),
        );
        noticeIds.push(entry.id);
      }

      await Promise.all([...writes, tx.done]);

      const reminders = [...current.values()].sort((a, b) => a.id.localeCompare(b.id));
      const accountsByAddress = new Map(accounts.map((account) => [account.address, account]));
      const notices = noticeIds.flatMap((id) => {
        const reminder = current.get(id);
        return reminder === undefined
          ? []
          : [{ reminder, account: accountsByAddress.get(reminder.account) ?? null }];
      });
      return {
        notices,
        reminders,
        accounts,
        nextWakeAt: minOf([nextWakeAt(reminders, now), ...foreignLeases]),
        retryAt: notices.length > 0 ? now + OUTBOX_LEASE_MS : null,
      };
    } catch (error) {
      for (const write of writes) write.catch(() => {});
      abortQuietly(tx);
      throw toWriteError(error, 'reminders');
    }
  }

  async function acknowledge(reminderId: string, firedFor: number): Promise<void> {
    const tx = db.transaction('outbox', 'readwrite');
    try {
      const entry = await tx.store.get(reminderId);
      if (entry !== undefined && entry.firedFor === firedFor) await tx.store.delete(reminderId);
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw toWriteError(error, 'reminder notification');
    }
  }

  async function act(
    reminderId: string,
    action: ReminderAction,
    now: number,
  ): Promise<ReminderRecord | null> {
    const tx = db.transaction(['accounts', 'reminders', 'outbox'], 'readwrite');
    try {
      const reminders = tx.objectStore('reminders');
      const [stored] = readReminders([await reminders.get(reminderId)].filter(Boolean));
      if (stored === undefined) {
        await tx.done;
        return null;
      }
      let updated: ReminderRecord;
      if (action === 'snooze') {
        updated = validReminder(snooze(stored, now, SNOOZE_MS));
      } else {
        const done = markDone(stored, now);
        updated = validReminder(done.reminder);
        if (done.accountPatch !== null) {
          const accounts = tx.objectStore('accounts');
          const [account] = readAccounts([await accounts.get(stored.account)].filter(Boolean));
          if (account !== undefined) {
            const patched = validateForWrite(
              AccountRecordSchema,
              { ...account, ...done.accountPatch },
              'account',
            );
            await accounts.put(patched);
          }
        }
      }
      await reminders.put(updated);
      // Its notification, if still pending, is no longer wanted.
      await tx.objectStore('outbox').delete(reminderId);
      await tx.done;
      return updated;
    } catch (error) {
      abortQuietly(tx);
      throw toWriteError(error, 'reminder');
    }
  }

  async function removeAccount(address: string): Promise<void> {
    const key = normaliseAddress(address);
    const tx = db.transaction(['accounts', 'reminders', 'outbox'], 'readwrite');
    try {
      const reminders = tx.objectStore('reminders');
      const ids = await reminders.index('by-account').getAllKeys(key);
      await Promise.all([
        tx.objectStore('accounts').delete(key),
        ...ids.map((id) => reminders.delete(id)),
        ...ids.map((id) => tx.objectStore('outbox').delete(id)),
      ]);
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw toWriteError(error, 'account');
    }
  }

  return { wake, acknowledge, act, removeAccount };
}
