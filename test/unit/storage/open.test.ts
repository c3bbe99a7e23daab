import { describe, expect, it, vi } from 'vitest';
import {
  DB_NAME,
  DB_VERSION,
  MIGRATIONS,
  type Migration,
  openAccountHelperDb,
  openAtVersion,
  STORE_NAMES,
  StorageError,
} from '../../../src/storage';
import { rawOpen, TEST_DB_NAME, useFreshDb } from './harness';

/** Fails (instead of hanging the test) when `promise` is still pending after `ms`. */
function withinMs<T>(promise: Promise<T>, ms = 2_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const EXPECTED_STORES = {
  settings: { keyPath: null, autoIncrement: false, indexes: {} },
  accounts: { keyPath: 'address', autoIncrement: false, indexes: { 'by-kind': 'kind' } },
  sightings: {
    keyPath: 'id',
    autoIncrement: true,
    indexes: { 'by-seenAt': 'seenAt', 'by-host': 'host' },
  },
  reminders: {
    keyPath: 'id',
    autoIncrement: false,
    indexes: { 'by-dueAt': 'dueAt', 'by-account': 'account' },
  },
  lookups: { keyPath: 'address', autoIncrement: false, indexes: {} },
  outbox: { keyPath: 'id', autoIncrement: false, indexes: {} },
};

describe('openAccountHelperDb', () => {
  const fresh = useFreshDb();

  it('creates every store with its key path and indexes at the current version', async () => {
    const db = await fresh.open();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());

    const tx = db.transaction([...STORE_NAMES]);
    for (const [name, expected] of Object.entries(EXPECTED_STORES)) {
      const store = tx.objectStore(name as (typeof STORE_NAMES)[number]);
      const indexes = Object.fromEntries(
        [...store.indexNames].map((index) => [index, store.index(index as never).keyPath]),
      );
      expect({ keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }).toEqual(
        expected,
      );
    }
  });

  it('uses the account-helper name by default', async () => {
    const factory = fresh.factory();
    fresh.track(await openAccountHelperDb({ factory }));
    expect((await factory.databases()).map((info) => info.name)).toEqual([DB_NAME]);
  });

  it('refuses a database from a newer version without deleting anything', async () => {
    const factory = fresh.factory();
    const newer = await rawOpen(factory, TEST_DB_NAME, 99, (db) => {
      db.createObjectStore('future').put('kept', 'key');
    });
    newer.close();

    const failure = await openAccountHelperDb({ factory, name: TEST_DB_NAME }).catch((e) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ code: 'db-newer-version' });
    expect(failure.message).toMatch(/newer version of Account Helper/);

    const reopened = fresh.track(await rawOpen(factory, TEST_DB_NAME, 99));
    const value = await new Promise((resolve) => {
      const request = reopened.transaction('future').objectStore('future').get('key');
      request.onsuccess = () => resolve(request.result);
    });
    expect(value).toBe('kept');
  });

  it('reports db-unavailable when the factory throws', async () => {
    const factory = {
      open() {
        throw new DOMException('no storage', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openAccountHelperDb({ factory })).rejects.toMatchObject({
      code: 'db-unavailable',
    });
  });

  it('closes itself when another context upgrades, so the upgrade is not blocked', async () => {
    const factory = fresh.factory();
    const onVersionChange = vi.fn();
    const db = await openAccountHelperDb({ factory, name: TEST_DB_NAME, onVersionChange });

    const upgraded = fresh.track(await rawOpen(factory, TEST_DB_NAME, DB_VERSION + 1));
    expect(upgraded.version).toBe(DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(() => db.transaction('settings')).toThrow();
  });

  it('fails with db-blocked when an older connection never lets go', async () => {
    const factory = fresh.factory();
    const stubborn = fresh.track(await rawOpen(factory, TEST_DB_NAME, 1));
    stubborn.onversionchange = null; // like a context that ignores versionchange
    const onBlocked = vi.fn();

    await expect(
      openAtVersion({
        factory,
        name: TEST_DB_NAME,
        version: 2,
        migrations: [],
        blockedTimeoutMs: 20,
        onBlocked,
      }),
    ).rejects.toMatchObject({ code: 'db-blocked' });
    expect(onBlocked).toHaveBeenCalled();
  });

  it('fails every open queued behind a blocked one with db-blocked in bounded time', async () => {
    const factory = fresh.factory();
    const stubborn = await rawOpen(factory, TEST_DB_NAME, 1);
    stubborn.onversionchange = null; // like a context that ignores versionchange
    const open = () =>
      openAtVersion({
        factory,
        name: TEST_DB_NAME,
        version: 2,
        migrations: [],
        blockedTimeoutMs: 20,
      });

    // The first open is blocked; the next two wait in the queue behind it and never hear `blocked`.
    const outcomes = [open(), open(), open()].map((opening) =>
      withinMs(
        opening.then(
          () => 'opened',
          (error) => error.code,
        ),
      ),
    );
    expect(await Promise.all(outcomes)).toEqual(['db-blocked', 'db-blocked', 'db-blocked']);

    // Once the other connection lets go, the abandoned opens must not leave a connection behind
    // (one would ignore versionchange, having no caller, and block this upgrade).
    stubborn.close();
    const onBlocked = vi.fn();
    const later = fresh.track(
      await withinMs(rawOpen(factory, TEST_DB_NAME, 3, undefined, onBlocked)),
    );
    expect(later.version).toBe(3);
    expect(onBlocked).not.toHaveBeenCalled();
  });

  it('leaves the database as it was when an abandoned open gets its turn', async () => {
    const factory = fresh.factory();
    const stubborn = await rawOpen(factory, TEST_DB_NAME, 1);
    stubborn.onversionchange = null;
    const migrate = vi.fn();
    const failure = await openAtVersion({
      factory,
      name: TEST_DB_NAME,
      version: 2,
      migrations: [{ version: 2, description: 'nobody waits for it', migrate }],
      blockedTimeoutMs: 20,
    }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'db-blocked' });

    stubborn.close();
    const reopened = fresh.track(await withinMs(rawOpen(factory, TEST_DB_NAME, 1)));
    expect(reopened.version).toBe(1);
    expect(migrate).not.toHaveBeenCalled();
  });

  it('closes a connection that opens after the time limit', async () => {
    const factory = fresh.factory();
    const stubborn = await rawOpen(factory, TEST_DB_NAME, 1);
    stubborn.onversionchange = null;
    // Another context's upgrade waits for the stubborn connection; ours waits behind it.
    const theirs = rawOpen(factory, TEST_DB_NAME, 2);
    const failure = await openAtVersion({
      factory,
      name: TEST_DB_NAME,
      version: 2,
      migrations: [],
      blockedTimeoutMs: 20,
    }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'db-blocked' });

    // Their upgrade goes through; ours then opens (nothing left to upgrade) with nobody to use it.
    stubborn.close();
    (await withinMs(theirs)).close();
    const onBlocked = vi.fn();
    fresh.track(await withinMs(rawOpen(factory, TEST_DB_NAME, 3, undefined, onBlocked)));
    expect(onBlocked).not.toHaveBeenCalled();
  });

  it('lets an upgrade that keeps working run past the time limit', async () => {
    const factory = fresh.factory();
    (await rawOpen(factory, TEST_DB_NAME, 1, (db) => db.createObjectStore('items'))).close();
    const slowButSteady: Migration = {
      version: 2,
      description: 'many small writes, for longer than the time limit',
      async migrate(_db, tx) {
        const started = Date.now();
        for (let n = 0; Date.now() - started < 100; n++) await tx.objectStore('items').put(n, n);
      },
    };
    const db = await openAtVersion({
      factory,
      name: TEST_DB_NAME,
      version: 2,
      migrations: [slowButSteady],
      blockedTimeoutMs: 20,
    });
    fresh.track(db);
    expect(db.version).toBe(2);
  });

  it('reports upgrade-failed and keeps the old version when a migration throws', async () => {
    const factory = fresh.factory();
    (await openAtVersion({ factory, name: TEST_DB_NAME, version: DB_VERSION })).close();

    const broken = [
      ...MIGRATIONS,
      {
        version: DB_VERSION + 1,
        description: 'broken',
        migrate() {
          throw new Error('boom');
        },
      },
    ];
    const failure = await openAtVersion({
      factory,
      name: TEST_DB_NAME,
      version: DB_VERSION + 1,
      migrations: broken,
    }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'upgrade-failed' });
    expect(failure.cause).toMatchObject({ message: 'boom' });

    const db = await fresh.open(factory);
    expect(db.version).toBe(DB_VERSION);
  });
});
