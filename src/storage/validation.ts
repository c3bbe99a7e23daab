import type { z } from 'zod';
import { StorageError } from './errors';

export interface CorruptRecordReport {
  store: string;
  key: IDBValidKey | undefined;
  issues: string[];
}
export type CorruptRecordHandler = (report: CorruptRecordReport) => void;

export interface RepoOptions {
  /** Called for each stored record that fails validation on read (it is skipped). */
  onCorruptRecord?: CorruptRecordHandler;
}

export const warnCorruptRecord: CorruptRecordHandler = (report) => {
  console.warn(
    `[account-helper storage] skipped a corrupt record in "${report.store}"`,
    report.key,
    report.issues,
  );
};

// Paths and messages only: never echo the values, which may be what should not have been stored.
function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
}

export function validateForWrite<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw new StorageError(
      'invalid-record',
      `Refusing to save an invalid ${what}: ${issues.join('; ')}`,
      {
        cause: result.error,
      },
    );
  }
  return result.data;
}

/** The validated record, or undefined (after reporting it) when the stored value is corrupt. */
export function validateOnRead<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: { store: string; key: IDBValidKey | undefined; onCorruptRecord: CorruptRecordHandler },
): z.output<Schema> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  where.onCorruptRecord({
    store: where.store,
    key: where.key,
    issues: describeIssues(result.error),
  });
  return undefined;
}
