import type { IDBPDatabase } from 'idb';
import { openAccountHelperDb } from '../storage/open';
import type { AccountHelperSchema } from '../storage/schema';

type AccountHelperDb = IDBPDatabase<AccountHelperSchema>;

let opening: Promise<AccountHelperDb> | null = null;
const forget = () => {
  opening = null;
};

/**
 * One shared connection while it lasts. It is dropped (and reopened on the next call) when an
 * open fails, when another context upgrades the database, or when the browser closes it.
 */
export function database(): Promise<AccountHelperDb> {
  if (!opening) {
    opening = openAccountHelperDb({ onVersionChange: forget, onTerminated: forget }).catch(
      (error: unknown) => {
        forget();
        throw error;
      },
    );
  }
  return opening;
}
