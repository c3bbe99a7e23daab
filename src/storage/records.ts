import { z } from 'zod';
import { MAX_KEPT_URL } from '../core/detection/page-address';
import { VERDICTS } from '../core/detection/types';

/**
 * The zod schemas of every stored record (also the format of export/import).
 * Objects are strict so that nothing beyond the declared fields — above all no secret such as a
 * password — can be stored.
 */

const epochMs = z.number().int().nonnegative();
const nullableEpochMs = epochMs.nullable();
const reminderIntervalMonths = z.number().int().min(1).max(12);

/**
 * An account's sign-in name: an email address (lowercase, trimmed, something@something.tld — full
 * validation belongs to core) or a phone number as core's parsePhone gives it (`+` and 7–15
 * digits, or digits only when typed without a country code). The length check comes first and
 * stops there (`abort`): the pattern backtracks, and on an imported 160,000-character address it
 * would run for a minute.
 */
export const AccountAddressSchema = z
  .string()
  .min(3)
  .max(254, { abort: true })
  .regex(
    /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|\+?\d{7,15})$/,
    'Expected an email address or a phone number',
  )
  .refine((address) => address === normaliseAddress(address), 'Expected a lowercase address');

const PHONE_TYPED = /^\+?[\d\s().-]+$/;

/**
 * Lowercase and trimmed; a phone number (`+1 425 555 0100`) becomes `+` and digits
 * (`+14255550100`), the way the account check writes it.
 */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  if (trimmed.length <= 40 && PHONE_TYPED.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (trimmed.startsWith('+')) return `+${digits}`;
    return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
  }
  return trimmed.toLowerCase();
}

/** True when a stored account address is a phone number rather than an email address. */
export function isPhoneAddress(address: string): boolean {
  return !address.includes('@');
}

export const ACCOUNT_KINDS = ['personal', 'work-school', 'unknown'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const ACCOUNT_SOURCES = ['account-check', 'options', 'sign-in', 'import'] as const;
export type AccountSource = (typeof ACCOUNT_SOURCES)[number];

export const AccountSetUpSchema = z.strictObject({
  recoveryEmail: z.boolean().nullable(),
  phone: z.boolean().nullable(),
  twoStep: z.boolean().nullable(),
  authenticatorApp: z.boolean().nullable(),
  /**
   * Whether the account has a passkey (schema v3). Files exported before it have none: they read
   * as "not recorded".
   */
  passkey: z.boolean().nullable().default(null),
});
export type AccountSetUp = z.infer<typeof AccountSetUpSchema>;

export const AccountRecordSchema = z.strictObject({
  address: AccountAddressSchema,
  kind: z.enum(ACCOUNT_KINDS),
  label: z.string().max(200),
  addedAt: epochMs,
  addedFrom: z.enum(ACCOUNT_SOURCES),
  recoveryReviewedAt: nullableEpochMs,
  setUp: AccountSetUpSchema,
  lastSeenAt: nullableEpochMs,
  /** Per-account override of the reminder interval setting; null uses the setting. */
  reminderIntervalMonths: reminderIntervalMonths.nullable(),
  /** When the user last told Account Helper they reset the password (schema v2). */
  lastPasswordResetAt: nullableEpochMs,
});
export type AccountRecord = z.infer<typeof AccountRecordSchema>;

/** origin + path of an http(s) page; never a query or fragment (they can carry tokens). */
export const SightingUrlSchema = z
  .string()
  .max(MAX_KEPT_URL)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        value === `${url.origin}${url.pathname}`
      );
    } catch {
      return false;
    }
  }, 'Expected an http(s) origin and path, without query, fragment or credentials');

const sightingFields = {
  url: SightingUrlSchema,
  host: z.string().min(1).max(253),
  verdict: z.enum(VERDICTS),
  // Plain strings (not enums) so a vocabulary change in detection never turns old rows corrupt.
  service: z.string().max(100).nullable(),
  kind: z.string().max(100).nullable(),
  seenAt: epochMs,
};

export const NewSightingRecordSchema = z.strictObject(sightingFields);
export type NewSightingRecord = z.infer<typeof NewSightingRecordSchema>;

export const SightingRecordSchema = z.strictObject({
  id: z.number().int().positive(),
  ...sightingFields,
});
export type SightingRecord = z.infer<typeof SightingRecordSchema>;

export const REMINDER_TYPES = ['review-recovery', 'sign-devices-in', 'inactive-account'] as const;
export type ReminderType = (typeof REMINDER_TYPES)[number];

export function reminderId(account: string, type: ReminderType): string {
  return `${normaliseAddress(account)}:${type}`;
}

export const ReminderRecordSchema = z
  .strictObject({
    id: z.string(),
    account: AccountAddressSchema,
    type: z.enum(REMINDER_TYPES),
    dueAt: epochMs,
    /** Wall-clock time of the last fire: for display only. */
    firedAt: nullableEpochMs,
    /** The effective due time that last fired: the fire-once high-water mark (schema v2). */
    firedFor: nullableEpochMs,
    snoozedUntil: nullableEpochMs,
    doneAt: nullableEpochMs,
  })
  .refine((reminder) => reminder.id === reminderId(reminder.account, reminder.type), {
    message: 'Expected id to be "<account>:<type>"',
    path: ['id'],
  });
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

/**
 * A reminder this wake claimed (fired) but whose notification is not known to be shown yet.
 * Written in the claiming transaction, deleted once the notification is up: a worker stopped in
 * between leaves it behind, and the next wake shows it (schema v2).
 */
export const OutboxRecordSchema = z.strictObject({
  /** The reminder's id. */
  id: z.string().min(1).max(400),
  /** The occurrence claimed: the reminder's `firedFor` when it was claimed. */
  firedFor: epochMs,
  claimedAt: epochMs,
  /** Clock time of the last attempt to show it (a lease against two wakes showing it), or null. */
  attemptAt: nullableEpochMs,
  attempts: z.number().int().nonnegative().max(100),
});
export type OutboxRecord = z.infer<typeof OutboxRecordSchema>;

export const LookupRecordSchema = z.strictObject({
  address: AccountAddressSchema,
  /** The lookup's result code as core reports it (e.g. 'exists', 'not-found'). */
  outcome: z.string().min(1).max(100),
  checkedAt: epochMs,
});
export type LookupRecord = z.infer<typeof LookupRecordSchema>;

/** A lowercase host name (letters, digits, hyphens, dots; `xn--` for international names). */
export const HostNameSchema = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    'Expected a lowercase host name',
  );

export const ORGANISATION_SIGN_IN_VIA = ['sign-in-page', 'account-check'] as const;

/**
 * The organisation's own sign-in page (an identity provider Microsoft handed the person over to):
 * its host and the organisation, nothing else (schema v3).
 */
export const OrganisationSignInRecordSchema = z.strictObject({
  host: HostNameSchema,
  /** A domain (`fabrikam.com`) or a tenant ID, lowercase. */
  organisation: z.string().min(1).max(253),
  /** How it was learnt: Microsoft's sign-in page handed over to it, or the account check. */
  via: z.enum(ORGANISATION_SIGN_IN_VIA),
  reachedAt: epochMs,
});
export type OrganisationSignInRecord = z.infer<typeof OrganisationSignInRecordSchema>;
