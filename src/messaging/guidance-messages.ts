import { z } from 'zod';
import { PAGE_KINDS } from '../core/detection/types';
import type { ConsentAssessment } from '../core/guidance/consent/assess';
import type { AddressStatus, GuidanceView } from '../core/guidance/types';
import { LOCALES } from '../core/i18n/locales';

/**
 * Messages of the guidance panel on Microsoft's pages (content script → background), spread into
 * `messageSpecs`. The background answers them only for genuine Microsoft pages, and answers with
 * flags and addresses the person listed, never with records.
 */

const address = z.string().min(1).max(320);

/**
 * The panel's text for a page kind, in a language; the audience comes from the sender's URL.
 * Without `kind`, the kind of the sender's page: the content script asks while its page report
 * is still on the way, so the panel waits for one round trip instead of two.
 */
export const guidanceGetSchema = z.strictObject({
  type: z.literal('guidance/get'),
  kind: z.enum(PAGE_KINDS).optional(),
  locale: z.enum(LOCALES),
});

/** Whether an address typed on the page already is a Microsoft account. Nothing is stored. */
export const addressStatusSchema = z.strictObject({
  type: z.literal('guidance/address-status'),
  address,
});

/** The addresses of the person's accounts, so they pick one deliberately. */
export const guidanceAccountsSchema = z.strictObject({ type: z.literal('guidance/accounts') });

/** "I've reviewed my recovery info" for one of the person's listed accounts. */
export const recoveryReviewedSchema = z.strictObject({
  type: z.literal('guidance/recovery-reviewed'),
  address,
});

/**
 * What Microsoft's consent prompt shows (the permissions' display names, whether the publisher is
 * marked verified), to be weighed: the background adds the scopes the sender's address asks for.
 */
export const consentAssessSchema = z.strictObject({
  type: z.literal('guidance/consent'),
  publisher: z.enum(['verified', 'unverified', 'unknown']),
  names: z.array(z.string().max(400)).max(30),
});

export const guidanceMessageSpecs = {
  'guidance/get': { schema: guidanceGetSchema, from: 'content' },
  'guidance/address-status': { schema: addressStatusSchema, from: 'content' },
  'guidance/accounts': { schema: guidanceAccountsSchema, from: 'content' },
  'guidance/recovery-reviewed': { schema: recoveryReviewedSchema, from: 'content' },
  'guidance/consent': { schema: consentAssessSchema, from: 'content' },
} as const;

export type GuidanceMessageType = keyof typeof guidanceMessageSpecs;

export type RecoveryReviewedResult =
  | { recorded: true; address: string; reviewedAt: number }
  /** `no-accounts`: the list is empty; `not-listed`: the address isn't in it. */
  | { recorded: false; reason: 'no-accounts' | 'not-listed' };

export interface GuidanceResponses {
  'guidance/get': GuidanceView;
  'guidance/address-status': AddressStatus;
  'guidance/accounts': { addresses: string[] };
  'guidance/recovery-reviewed': RecoveryReviewedResult;
  'guidance/consent': ConsentAssessment;
}
