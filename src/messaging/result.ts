/** The envelope every answer from the background travels in: a typed result or a typed error. */

export const ERROR_CODES = [
  'invalid-message',
  'unknown-message',
  'foreign-sender',
  'wrong-context',
  'handler-failed',
  'no-answer',
] as const;
export type MessagingErrorCode = (typeof ERROR_CODES)[number];

export interface MessagingFailure {
  ok: false;
  error: { code: MessagingErrorCode; message: string };
}
export interface MessagingSuccess<T> {
  ok: true;
  data: T;
}
export type MessagingResult<T> = MessagingSuccess<T> | MessagingFailure;

export class MessagingError extends Error {
  constructor(
    readonly code: MessagingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

export function fail(code: MessagingErrorCode, message: string): MessagingFailure {
  return { ok: false, error: { code, message } };
}

/** Checks an answer's envelope without zod, so the content script stays small. */
export function isMessagingResult(value: unknown): value is MessagingResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.ok === true) return 'data' in record;
  if (record.ok !== false) return false;
  const error = record.error as Record<string, unknown> | null | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(error.code) &&
    typeof error.message === 'string'
  );
}
