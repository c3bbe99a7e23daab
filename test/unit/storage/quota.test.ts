import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createAccountsRepo,
  isStorageError,
  newAccountRecord,
  openAccountHelperDb,
} from '../../../src/storage';
import { toOpenError, toWriteError } from '../../../src/storage/errors';
import { useFreshDb } from './harness';

/**
 * Headless browsers can't run out of IndexedDB quota reliably (Chromium's quota is a share of the
 * disk, Firefox's a group limit, neither settable from a test), so `quota-exceeded` is covered
 * here: the browser's QuotaExceededError, on open or on a write, becomes a StorageError with a
 * sentence a person can read, which the popup and options page show as it is.
 */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota exceeded', () => {
  const fresh = useFreshDb();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('maps a failed write to quota-exceeded with a readable message', () => {
    const error = toWriteError(quotaError(), 'your accounts');
    expect(error.code).toBe('quota-exceeded');
    expect(error.message).toBe(
      'Could not save your accounts: the browser has no storage space left for Account Helper.',
    );
    expect(error.cause).toBeInstanceOf(DOMException);
  });

  it('maps a failed open to quota-exceeded with a readable message', () => {
    const error = toOpenError(quotaError(), 'account-helper');
    expect(error.code).toBe('quota-exceeded');
    expect(error.message).toContain('no storage space left');
  });

  it('an open the browser refuses for quota fails with quota-exceeded, not a hang', async () => {
    const factory = fresh.factory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw quotaError();
    });
    const opening = openAccountHelperDb({ factory, name: 'quota-open' });
    await expect(opening).rejects.toSatisfy((error) => isStorageError(error, 'quota-exceeded'));
  });

  it('a write refused for quota rejects with quota-exceeded and leaves the stored record as it was', async () => {
    const db = await fresh.open();
    const accounts = createAccountsRepo(db);
    const first = await accounts.put(
      newAccountRecord({ address: 'kept@outlook.com', addedFrom: 'options', addedAt: 1_000 }),
    );

    const store = globalThis.IDBObjectStore.prototype;
    vi.spyOn(store, 'put').mockImplementation(() => {
      throw quotaError();
    });
    vi.spyOn(store, 'add').mockImplementation(() => {
      throw quotaError();
    });
    const write = accounts.put({ ...first, label: 'Changed' });
    await expect(write).rejects.toSatisfy((error) => isStorageError(error, 'quota-exceeded'));
    await expect(
      accounts.put(
        newAccountRecord({ address: 'new@outlook.com', addedFrom: 'options', addedAt: 2_000 }),
      ),
    ).rejects.toSatisfy((error) => isStorageError(error, 'quota-exceeded'));
    vi.restoreAllMocks();

    expect(await accounts.get('kept@outlook.com')).toEqual(first);
    expect(await accounts.get('new@outlook.com')).toBeUndefined();
  });
});
