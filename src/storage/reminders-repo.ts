import type { IDBPDatabase } from 'idb';
import { toWriteError } from './errors';
import { normaliseAddress, type ReminderRecord, ReminderRecordSchema } from './records';
import type { AccountHelperSchema } from './schema';
import {
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

export interface RemindersRepo {
  put(reminder: ReminderRecord): Promise<ReminderRecord>;
  get(id: string): Promise<ReminderRecord | undefined>;
  /** Reminders due by `now`, not done and not snoozed past `now`, earliest first. */
  listDue(now: number): Promise<ReminderRecord[]>;
  listForAccount(account: string): Promise<ReminderRecord[]>;
  /** All valid reminders, ordered by id. */
  list(): Promise<ReminderRecord[]>;
  delete(id: string): Promise<void>;
}

export function createRemindersRepo(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): RemindersRepo {
  const onCorruptRecord = options.onCorruptRecord ?? warnCorruptRecord;

  const validOnRead = (values: unknown[]): ReminderRecord[] =>
    values.flatMap((value) => {
      const key = (value as Partial<ReminderRecord> | undefined)?.id;
      const record = validateOnRead(ReminderRecordSchema, value, {
        store: 'reminders',
        key,
        onCorruptRecord,
      });
      return record ? [record] : [];
    });

  return {
    async put(reminder) {
      const valid = validateForWrite(
        ReminderRecordSchema,
        { ...reminder, account: normaliseAddress(String(reminder.account)) },
        'reminder',
      );
      try {
        await db.put('reminders', valid);
      } catch (error) {
        throw toWriteError(error, 'reminder');
      }
      return valid;
    },

    async get(id) {
      const value = await db.get('reminders', id);
      return value === undefined ? undefined : validOnRead([value])[0];
    },

    async listDue(now) {
      const due = await db.getAllFromIndex('reminders', 'by-dueAt', IDBKeyRange.upperBound(now));
      return validOnRead(due).filter(
        (reminder) =>
          reminder.doneAt === null &&
          (reminder.snoozedUntil === null || reminder.snoozedUntil <= now),
      );
    },

    async listForAccount(account) {
      return validOnRead(
        await db.getAllFromIndex('reminders', 'by-account', normaliseAddress(account)),
      );
    },

    async list() {
      return validOnRead(await db.getAll('reminders'));
    },

    async delete(id) {
      try {
        await db.delete('reminders', id);
      } catch (error) {
        throw toWriteError(error, 'reminder');
      }
    },
  };
}
