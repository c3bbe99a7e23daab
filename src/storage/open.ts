import type { IDBPDatabase } from 'idb';
import { type MigrationDb, type MigrationTransaction, runMigrations } from './migrations';
import { type ConnectionEvents, openWithUpgrade } from './open-request';
import { type AccountHelperSchema, DB_NAME, DB_VERSION } from './schema';

export interface OpenAccountHelperDbOptions extends ConnectionEvents {
  /** Defaults to the global `indexedDB`; tests pass a fresh fake-indexeddb `IDBFactory`. */
  factory?: IDBFactory;
  /** Defaults to `account-helper`. */
  name?: string;
}

/**
 * Opens (creating or upgrading as needed) the extension's database.
 * Rejects with a StorageError: `db-newer-version` when a newer release left a newer schema (nothing
 * is deleted), `db-blocked`, `db-unavailable`, `quota-exceeded`, `upgrade-failed` or `db-open-failed`.
 */
export function openAccountHelperDb(
  options: OpenAccountHelperDbOptions = {},
): Promise<IDBPDatabase<AccountHelperSchema>> {
  const { factory, name = DB_NAME, ...events } = options;
  return openWithUpgrade<AccountHelperSchema>({
    ...events,
    factory,
    name,
    version: DB_VERSION,
    upgrade: (db, tx, oldVersion, newVersion) =>
      runMigrations(
        db as unknown as MigrationDb,
        tx as unknown as MigrationTransaction,
        oldVersion,
        newVersion,
      ),
  });
}
