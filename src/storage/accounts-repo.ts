import type { IDBPDatabase } from 'idb';
import { StorageError, toWriteError } from './errors';
import {
  type AccountKind,
  type AccountRecord,
  AccountRecordSchema,
  type AccountSource,
  normaliseAddress,
} from './records';
import type { AccountHelperSchema } from './schema';
import { abortQuietly } from './transactions';
import {
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

export interface NewAccountInput {
  address: string;
  addedFrom: AccountSource;
  kind?: AccountKind;
  label?: string;
  /** Defaults to Date.now(). */
  addedAt?: number;
}

/** A complete record for a newly added account: everything not yet known is null. */
export function newAccountRecord(input: NewAccountInput): AccountRecord {
  return {
    address: normaliseAddress(input.address),
    kind: input.kind ?? 'unknown',
    label: input.label ?? '',
    addedAt: input.addedAt ?? Date.now(),
    addedFrom: input.addedFrom,
    recoveryReviewedAt: null,
    setUp: {
      recoveryEmail: null,
      phone: null,
      twoStep: null,
      authenticatorApp: null,
      passkey: null,
    },
    lastSeenAt: null,
    reminderIntervalMonths: null,
    lastPasswordResetAt: null,
  };
}

export type AccountChanges = Partial<Omit<AccountRecord, 'address'>>;

export interface AccountsRepo {
  /** Looks the address up case-insensitively. */
  get(address: string): Promise<AccountRecord | undefined>;
  /** All valid accounts, ordered by address. */
  list(): Promise<AccountRecord[]>;
  listByKind(kind: AccountKind): Promise<AccountRecord[]>;
  /** Inserts or replaces; the address is normalised first. Returns what was stored. */
  put(record: AccountRecord): Promise<AccountRecord>;
  /** Applies changes to a stored account (code `not-found` when there is none). */
  update(address: string, changes: AccountChanges): Promise<AccountRecord>;
  delete(address: string): Promise<void>;
  count(): Promise<number>;
}

export function createAccountsRepo(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): AccountsRepo {
  const onCorruptRecord = options.onCorruptRecord ?? warnCorruptRecord;

  const validForWrite = (record: unknown): AccountRecord => {
    const normalised =
      typeof record === 'object' && record !== null && 'address' in record
        ? { ...record, address: normaliseAddress(String(record.address)) }
        : record;
    return validateForWrite(AccountRecordSchema, normalised, 'account');
  };

  const validOnRead = (values: unknown[]): AccountRecord[] =>
    values.flatMap((value) => {
      const key = (value as Partial<AccountRecord> | undefined)?.address;
      const record = validateOnRead(AccountRecordSchema, value, {
        store: 'accounts',
        key,
        onCorruptRecord,
      });
      return record ? [record] : [];
    });

  return {
    async get(address) {
      const value = await db.get('accounts', normaliseAddress(address));
      return value === undefined ? undefined : validOnRead([value])[0];
    },

    async list() {
      return validOnRead(await db.getAll('accounts'));
    },

    async listByKind(kind) {
      return validOnRead(await db.getAllFromIndex('accounts', 'by-kind', kind));
    },

    async put(record) {
      const valid = validForWrite(record);
      try {
        await db.put('accounts', valid);
      } catch (error) {
        throw toWriteError(error, 'account');
      }
      return valid;
    },

    async update(address, changes) {
      const key = normaliseAddress(address);
      const tx = db.transaction('accounts', 'readwrite');
      try {
        const stored = await tx.store.get(key);
        if (stored === undefined) {
          throw new StorageError('not-found', `There is no saved account ${key} to update.`);
        }
        const updated = validForWrite({ ...stored, ...changes, address: key });
        await Promise.all([tx.store.put(updated), tx.done]);
        return updated;
      } catch (error) {
        abortQuietly(tx);
        throw toWriteError(error, 'account');
      }
    },

    async delete(address) {
      try {
        await db.delete('accounts', normaliseAddress(address));
      } catch (error) {
        throw toWriteError(error, 'account');
      }
    },

    count() {
      return db.count('accounts');
    },
  };
}
