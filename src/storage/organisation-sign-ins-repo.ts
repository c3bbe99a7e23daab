import type { IDBPDatabase } from 'idb';
import { toWriteError } from './errors';
import { MAX_ORGANISATION_SIGN_INS } from './export-import';
import { type OrganisationSignInRecord, OrganisationSignInRecordSchema } from './records';
import type { AccountHelperSchema } from './schema';
import {
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

/** The organisation's own sign-in pages: host and organisation, never anything typed there. */
export interface OrganisationSignInsRepo {
  /** Inserts or replaces the record for its host (the oldest go beyond the export's limit). */
  put(record: OrganisationSignInRecord): Promise<OrganisationSignInRecord>;
  get(host: string): Promise<OrganisationSignInRecord | undefined>;
  /** All valid records, oldest first. */
  list(): Promise<OrganisationSignInRecord[]>;
  clear(): Promise<void>;
}

export function createOrganisationSignInsRepo(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): OrganisationSignInsRepo {
  const onCorruptRecord = options.onCorruptRecord ?? warnCorruptRecord;
  const validOnRead = (values: unknown[]): OrganisationSignInRecord[] =>
    values.flatMap((value) => {
      const key = (value as Partial<OrganisationSignInRecord> | undefined)?.host;
      const record = validateOnRead(OrganisationSignInRecordSchema, value, {
        store: 'organisationSignIns',
        key,
        onCorruptRecord,
      });
      return record ? [record] : [];
    });

  return {
    async put(record) {
      const valid = validateForWrite(
        OrganisationSignInRecordSchema,
        { ...record, host: String(record.host).toLowerCase() },
        "organisation's sign-in page",
      );
      try {
        const tx = db.transaction('organisationSignIns', 'readwrite');
        const store = tx.objectStore('organisationSignIns');
        const all = (await store.getAll()).filter((r) => r.host !== valid.host);
        const excess = all.length + 1 - MAX_ORGANISATION_SIGN_INS;
        if (excess > 0) {
          const oldest = [...all].sort((a, b) => a.reachedAt - b.reachedAt).slice(0, excess);
          for (const old of oldest) await store.delete(old.host);
        }
        await store.put(valid);
        await tx.done;
      } catch (error) {
        throw toWriteError(error, "organisation's sign-in page");
      }
      return valid;
    },

    async get(host) {
      const value = await db.get('organisationSignIns', host.toLowerCase());
      return value === undefined ? undefined : validOnRead([value])[0];
    },

    async list() {
      const records = validOnRead(await db.getAll('organisationSignIns'));
      return records.sort((a, b) => a.reachedAt - b.reachedAt);
    },

    async clear() {
      try {
        await db.clear('organisationSignIns');
      } catch (error) {
        throw toWriteError(error, "organisation's sign-in pages");
      }
    },
  };
}
