import type { IDBPDatabase } from 'idb';
import { openAccountHelperDb } from '../storage/open';
import type { AccountHelperSchema } from '../storage/schema';

type AccountHelperDb = IDBPDatabase<AccountHelperSchema>;

let opening: Promise<AccountHelperDb> | null = null;

/** One connection per worker lifetime; a failed open is retried on the next call. */
export function database(): Promise<AccountHelperDb> {
  if (!opening) {
    opening = openAccountHelperDb().catch((error: unknown) => {
      opening = null;
      throw error;
    });
  }
  return opening;
}
