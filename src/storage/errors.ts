export const STORAGE_ERROR_CODES = [
  'db-newer-version',
  'db-blocked',
  'db-unavailable',
  'quota-exceeded',
  'upgrade-failed',
  'db-open-failed',
  'invalid-record',
  'not-found',
  'write-failed',
] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/** Every failure the storage layer raises: a machine code and a sentence a person can read. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}

function domErrorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const { name } = error as { name: unknown };
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** Turns a failed write (quota, closed connection, …) into a StorageError; passes StorageErrors through. */
export function toWriteError(error: unknown, what: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = domErrorName(error);
  if (name === 'QuotaExceededError') {
    return new StorageError(
      'quota-exceeded',
      `Could not save ${what}: the browser has no storage space left for Account Helper.`,
      { cause: error },
    );
  }
  if (name === 'InvalidStateError') {
    return new StorageError(
      'db-unavailable',
      `Could not save ${what}: the database connection was closed (probably for an upgrade in another window). Reopen it and try again.`,
      { cause: error },
    );
  }
  return new StorageError('write-failed', `Could not save ${what}.`, { cause: error });
}

/** Maps the error of a failed `indexedDB.open` to a StorageError. */
export function toOpenError(error: unknown, dbName: string): StorageError {
  if (error instanceof StorageError) return error;
  switch (domErrorName(error)) {
    case 'VersionError':
      return new StorageError(
        'db-newer-version',
        `The "${dbName}" database was created by a newer version of Account Helper. ` +
          'Update the extension to use it; nothing was changed or deleted.',
        { cause: error },
      );
    case 'QuotaExceededError':
      return new StorageError(
        'quota-exceeded',
        `Could not open the "${dbName}" database: the browser has no storage space left for it.`,
        { cause: error },
      );
    case 'InvalidStateError':
    case 'SecurityError':
    case 'UnknownError':
      return new StorageError(
        'db-unavailable',
        `The browser did not allow Account Helper to open its "${dbName}" database ` +
          '(storage may be disabled, e.g. in some private-browsing modes).',
        { cause: error },
      );
    default:
      return new StorageError('db-open-failed', `Could not open the "${dbName}" database.`, {
        cause: error,
      });
  }
}
