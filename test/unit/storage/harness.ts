import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach } from 'vitest';
import {
  type AccountHelperSchema,
  type CorruptRecordReport,
  openAccountHelperDb,
} from '../../../src/storage';

export const TEST_DB_NAME = 'account-helper-test';

/** A fresh, isolated IndexedDB for each test, closed afterwards. */
export function useFreshDb() {
  const opened: { close(): void }[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  return {
    factory: () => new IDBFactory(),
    track<T extends { close(): void }>(db: T): T {
      opened.push(db);
      return db;
    },
    async open(factory: IDBFactory = new IDBFactory()): Promise<IDBPDatabase<AccountHelperSchema>> {
      const db = await openAccountHelperDb({ factory, name: TEST_DB_NAME });
      opened.push(db);
      return db;
    },
  };
}

export function collectCorruptReports() {
  const reports: CorruptRecordReport[] = [];
  return { reports, onCorruptRecord: (report: CorruptRecordReport) => reports.push(report) };
}

/** Opens the database with the raw API (as another release would), resolving the connection. */
export function rawOpen(
  factory: IDBFactory,
  name: string,
  version: number,
  onUpgrade?: (db: IDBDatabase) => void,
  onBlocked?: () => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onblocked = () => onBlocked?.();
    request.onupgradeneeded = () => onUpgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
