import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { type ConnectionEvents, openWithUpgrade } from './open-request';

/**
 * Migrations see the database untyped: the current AccountHelperSchema does not describe the
 * stores of older versions, which a later migration may need to read or drop.
 */
export type MigrationDb = IDBPDatabase<unknown>;
export type MigrationTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  /** Only IndexedDB work may be awaited here: any other await lets the upgrade transaction commit. */
  migrate(db: MigrationDb, tx: MigrationTransaction): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Create settings, accounts, sightings, reminders and lookups stores',
    migrate(db) {
      db.createObjectStore('settings');

      const accounts = db.createObjectStore('accounts', { keyPath: 'address' });
      accounts.createIndex('by-kind', 'kind');

      const sightings = db.createObjectStore('sightings', { keyPath: 'id', autoIncrement: true });
      sightings.createIndex('by-seenAt', 'seenAt');
      sightings.createIndex('by-host', 'host');

      const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
      reminders.createIndex('by-dueAt', 'dueAt');
      reminders.createIndex('by-account', 'account');

      db.createObjectStore('lookups', { keyPath: 'address' });
    },
  },
  {
    version: 2,
    description:
      'Reminders get firedFor (fire-once mark), accounts lastPasswordResetAt; create the outbox store',
    async migrate(db, tx) {
      db.createObjectStore('outbox', { keyPath: 'id' });

      let reminder = await tx.objectStore('reminders').openCursor();
      while (reminder) {
        const value = reminder.value as Record<string, unknown>;
        if (!('firedFor' in value))
          await reminder.update({ ...value, firedFor: v1FiredFor(value) });
        reminder = await reminder.continue();
      }

      let account = await tx.objectStore('accounts').openCursor();
      while (account) {
        const value = account.value as Record<string, unknown>;
        if (!('lastPasswordResetAt' in value)) {
          await account.update({ ...value, lastPasswordResetAt: null });
        }
        account = await account.continue();
      }
    },
  },
  {
    version: 3,
    description: 'Accounts record whether a passkey is set up (setUp.passkey, null: not recorded)',
    async migrate(_db, tx) {
      let account = await tx.objectStore('accounts').openCursor();
      while (account) {
        const value = account.value as Record<string, unknown>;
        const setUp = (value.setUp ?? {}) as Record<string, unknown>;
        if (!('passkey' in setUp)) {
          await account.update({ ...value, setUp: { ...setUp, passkey: null } });
        }
        account = await account.continue();
      }
    },
  },
  {
    version: 4,
    description: "Create the organisationSignIns store (the organisation's own sign-in page hosts)",
    migrate(db) {
      db.createObjectStore('organisationSignIns', { keyPath: 'host' });
    },
  },
];

/**
 * Version 1 kept only `firedAt`: a reminder that fired did so for its due date, or for the end of
 * its snooze when that came later and before the fire.
 */
function v1FiredFor(value: Record<string, unknown>): number | null {
  const { firedAt, dueAt, snoozedUntil } = value;
  if (typeof firedAt !== 'number' || typeof dueAt !== 'number') return null;
  if (typeof snoozedUntil === 'number' && snoozedUntil > dueAt && snoozedUntil <= firedAt) {
    return snoozedUntil;
  }
  return dueAt;
}

/** The migrations that take a database from `oldVersion` to `newVersion`, in order. */
export function migrationsBetween(
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Migration[] {
  return migrations
    .filter((migration) => migration.version > oldVersion && migration.version <= newVersion)
    .sort((a, b) => a.version - b.version);
}

export async function runMigrations(
  db: MigrationDb,
  tx: MigrationTransaction,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (const migration of migrationsBetween(oldVersion, newVersion, migrations)) {
    await migration.migrate(db, tx);
  }
}

export interface OpenAtVersionOptions extends ConnectionEvents {
  name: string;
  version: number;
  factory?: IDBFactory;
  migrations?: readonly Migration[];
}

/**
 * Opens the database at an older (or the current) schema version, running migrations only up to
 * `version`. For tests that leave behind the database an earlier release would have.
 */
export function openAtVersion(options: OpenAtVersionOptions): Promise<MigrationDb> {
  const { migrations = MIGRATIONS, ...rest } = options;
  return openWithUpgrade<unknown>({
    ...rest,
    upgrade: (db, tx, oldVersion, newVersion) =>
      runMigrations(db, tx, oldVersion, newVersion, migrations),
  });
}
