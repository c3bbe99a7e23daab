import type { IDBPDatabase } from 'idb';
import { MAX_KEPT_URL, originAndPath } from '../core/detection/page-address';
import { StorageError, toWriteError } from './errors';
import {
  type NewSightingRecord,
  NewSightingRecordSchema,
  type SightingRecord,
  SightingRecordSchema,
} from './records';
import type { AccountHelperSchema } from './schema';
import {
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

export const DEFAULT_MAX_SIGHTINGS = 500;

export interface SightingInput {
  /** The full page URL: only its origin and path are kept. */
  url: string;
  verdict: NewSightingRecord['verdict'];
  service: string | null;
  kind: string | null;
  /** Defaults to Date.now(). */
  seenAt?: number;
}

export interface SightingsRepo {
  /** Stores the sighting and prunes the oldest beyond the retention bound, in one transaction. */
  record(sighting: SightingInput): Promise<SightingRecord>;
  /** Newest first. */
  listRecent(limit: number): Promise<SightingRecord[]>;
  count(): Promise<number>;
  clear(): Promise<void>;
}

export interface SightingsRepoOptions extends RepoOptions {
  /** How many sightings to keep (the newest). */
  maxSightings?: number;
}

/**
 * Drops query, fragment and credentials (they can carry tokens and personal data) and cuts an
 * over-long path: a page's address must never make its sighting, or its report, fail.
 */
export function toSightingUrl(pageUrl: string): { url: string; host: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    throw new StorageError('invalid-record', 'Refusing to save a sighting without a valid URL.');
  }
  const kept = originAndPath(pageUrl, MAX_KEPT_URL);
  if (kept === null) {
    throw new StorageError(
      'invalid-record',
      `Refusing to save a sighting of a ${url.protocol} page: only http(s) pages are recorded.`,
    );
  }
  return { url: kept, host: url.hostname };
}

export function createSightingsRepo(
  db: IDBPDatabase<AccountHelperSchema>,
  options: SightingsRepoOptions = {},
): SightingsRepo {
  const onCorruptRecord = options.onCorruptRecord ?? warnCorruptRecord;
  const maxSightings = options.maxSightings ?? DEFAULT_MAX_SIGHTINGS;

  return {
    async record(sighting) {
      const valid = validateForWrite(
        NewSightingRecordSchema,
        {
          ...toSightingUrl(sighting.url),
          verdict: sighting.verdict,
          service: sighting.service,
          kind: sighting.kind,
          seenAt: sighting.seenAt ?? Date.now(),
        },
        'sighting',
      );
      try {
        const tx = db.transaction('sightings', 'readwrite');
        const [id] = await Promise.all([
          (async () => {
            const key = await tx.store.add(valid);
            let excess = (await tx.store.count()) - maxSightings;
            let cursor = excess > 0 ? await tx.store.index('by-seenAt').openCursor() : null;
            while (cursor && excess > 0) {
              await cursor.delete();
              excess -= 1;
              cursor = await cursor.continue();
            }
            return key;
          })(),
          tx.done,
        ]);
        return { id, ...valid };
      } catch (error) {
        throw toWriteError(error, 'sighting');
      }
    },

    async listRecent(limit) {
      const recent: SightingRecord[] = [];
      if (limit <= 0) return recent;
      let cursor = await db
        .transaction('sightings')
        .store.index('by-seenAt')
        .openCursor(null, 'prev');
      while (cursor && recent.length < limit) {
        const record = validateOnRead(SightingRecordSchema, cursor.value, {
          store: 'sightings',
          key: cursor.primaryKey,
          onCorruptRecord,
        });
        if (record) recent.push(record);
        cursor = await cursor.continue();
      }
      return recent;
    },

    count() {
      return db.count('sightings');
    },

    async clear() {
      try {
        await db.clear('sightings');
      } catch (error) {
        throw toWriteError(error, 'sightings');
      }
    },
  };
}
