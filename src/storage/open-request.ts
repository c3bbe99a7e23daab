import { type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { StorageError, toOpenError } from './errors';

export const DEFAULT_BLOCKED_TIMEOUT_MS = 5_000;

export interface ConnectionEvents {
  /** Another context holds an older connection open and has not closed it yet. */
  onBlocked?: () => void;
  /**
   * Another context wants to upgrade (or delete) the database: this connection has been closed so
   * it is not in the way. Reopen (typically after the extension reloads) to go on.
   */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error…). */
  onTerminated?: () => void;
  /**
   * How long an open may wait for its turn before failing with `db-blocked`: blocked by another
   * context's connection, or queued behind an open that is (such an open never hears `blocked`).
   * Counted from the start of the open until the upgrade starts or the connection opens; an upgrade
   * that has started is left to finish.
   */
  blockedTimeoutMs?: number;
}

export interface OpenRequestOptions<Schema> extends ConnectionEvents {
  factory?: IDBFactory | undefined;
  name: string;
  version: number;
  upgrade: (
    db: IDBPDatabase<Schema>,
    tx: IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>,
    oldVersion: number,
    newVersion: number,
  ) => void | Promise<void>;
}

export function resolveFactory(factory: IDBFactory | undefined, name: string): IDBFactory {
  const found = factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!found) {
    throw new StorageError(
      'db-unavailable',
      `IndexedDB is not available here, so the "${name}" database cannot be opened.`,
    );
  }
  return found;
}

/** `idb`'s openDB, plus an injectable factory, an awaited (and abortable) upgrade and error codes. */
export function openWithUpgrade<Schema>(
  options: OpenRequestOptions<Schema>,
): Promise<IDBPDatabase<Schema>> {
  const { name, version } = options;
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = resolveFactory(options.factory, name).open(name, version);
    } catch (error) {
      reject(toOpenError(error, name));
      return;
    }

    let settled = false;
    let upgradeError: unknown;
    const settle = (outcome: () => void) => {
      settled = true;
      clearTimeout(waitTimer);
      outcome();
    };
    // The request cannot be withdrawn: if it gets its turn after this, it is undone (see below).
    const waitTimer = setTimeout(() => {
      if (settled) return;
      settle(() =>
        reject(
          new StorageError(
            'db-blocked',
            `The "${name}" database is held open by another Account Helper window or tab ` +
              'that has not let go. Close other Account Helper pages and try again.',
          ),
        ),
      );
    }, options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS);
    const upgradeFailed = () =>
      new StorageError(
        'upgrade-failed',
        `Could not upgrade the "${name}" database to version ${version}; it was left as it was.`,
        { cause: upgradeError },
      );

    request.onupgradeneeded = (event) => {
      const tx = request.transaction as IDBTransaction;
      if (settled) {
        // Given up on already: nobody waits for this upgrade, so leave the database as it was.
        tx.abort();
        return;
      }
      // Our turn came: a long upgrade that keeps working is not cut off half-way.
      clearTimeout(waitTimer);
      const wrappedTx = wrap(tx);
      // A failed upgrade is reported through the open request; its `done` must not go unhandled.
      wrappedTx.done.catch(() => {});
      const fail = (error: unknown) => {
        upgradeError = error ?? new Error('Migration failed');
        try {
          tx.abort();
        } catch {
          // Already finished: reported in onsuccess instead.
        }
      };
      try {
        Promise.resolve(
          options.upgrade(
            wrap(request.result) as unknown as IDBPDatabase<Schema>,
            wrappedTx as unknown as IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>,
            event.oldVersion,
            event.newVersion ?? version,
          ),
        ).catch(fail);
      } catch (error) {
        fail(error);
      }
    };

    request.onblocked = () => {
      if (!settled) options.onBlocked?.();
    };

    request.onsuccess = () => {
      const db = request.result;
      if (settled || upgradeError !== undefined) {
        // Opened after the time limit (or after a failed upgrade): nobody holds this connection.
        db.close();
        if (!settled) settle(() => reject(upgradeFailed()));
        return;
      }
      db.onversionchange = () => {
        db.close();
        options.onVersionChange?.();
      };
      db.onclose = () => options.onTerminated?.();
      settle(() => resolve(wrap(db) as unknown as IDBPDatabase<Schema>));
    };

    request.onerror = () => {
      if (settled) return;
      settle(() =>
        reject(upgradeError !== undefined ? upgradeFailed() : toOpenError(request.error, name)),
      );
    };
  });
}
