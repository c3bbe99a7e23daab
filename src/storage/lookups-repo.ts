import type { IDBPDatabase } from 'idb';
import { toWriteError } from './errors';
import { type LookupRecord, LookupRecordSchema, normaliseAddress } from './records';
import type { AccountHelperSchema } from './schema';
import {
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

/** Results of online account lookups, each kept with the time it was checked. */
export interface LookupsRepo {
  /** Inserts or replaces the result for the (normalised) address. */
  put(lookup: LookupRecord): Promise<LookupRecord>;
  get(address: string): Promise<LookupRecord | undefined>;
  /** All valid results, ordered by address. */
  list(): Promise<LookupRecord[]>;
  delete(address: string): Promise<void>;
  clear(): Promise<void>;
}

export function createLookupsRepo(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): LookupsRepo {
  const onCorruptRecord = options.onCorruptRecord ?? warnCorruptRecord;

  const validOnRead = (values: unknown[]): LookupRecord[] =>
    values.flatMap((value) => {
      const key = (value as Partial<LookupRecord> | undefined)?.address;
      const record = validateOnRead(LookupRecordSchema, value, {
        store: 'lookups',
        key,
        onCorruptRecord,
      });
      return record ? [record] : [];
    });

  return {
    async put(lookup) {
      const valid = validateForWrite(
        LookupRecordSchema,
        { ...lookup, address: normaliseAddress(String(lookup.address)) },
        'lookup result',
      );
      try {
        await db.put('lookups', valid);
      } catch (error) {
        throw toWriteError(error, 'lookup result');
      }
      return valid;
    },

    async get(address) {
      const value = await db.get('lookups', normaliseAddress(address));
      return value === undefined ? undefined : validOnRead([value])[0];
    },

    async list() {
      return validOnRead(await db.getAll('lookups'));
    },

    async delete(address) {
      try {
        await db.delete('lookups', normaliseAddress(address));
      } catch (error) {
        throw toWriteError(error, 'lookup result');
      }
    },

    async clear() {
      try {
        await db.clear('lookups');
      } catch (error) {
        throw toWriteError(error, 'lookup results');
      }
    },
  };
}
