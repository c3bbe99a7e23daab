import { z } from 'zod';
import type { LookupOutcome } from '../core/accounts/lookup-outcome';
import { boundedUrl } from '../core/detection/page-address';
import { PageSnapshotSchema } from '../core/detection/page-snapshot-schema';
import type { Classification } from '../core/detection/types';
import type { GuidanceView } from '../core/guidance/types';
import type { MessageRef } from '../core/i18n/text';
import {
  ACCOUNT_KINDS,
  type AccountKind,
  type LookupRecord,
  type SightingRecord,
} from '../storage/records';
import { type GuidanceResponses, guidanceMessageSpecs } from './guidance-messages';
import { type PolicyResponses, policyMessageSpecs } from './policy-messages';
import { type ReminderResponses, reminderMessageSpecs } from './reminder-messages';

/**
 * One schema per message. `from` says which extension context may send it: `content` (a content
 * script in a tab) or `extension-page` (popup, options, welcome). The router enforces both.
 */

/** Longer than any browser's own address limit (Chromium's is 2 MiB). */
const MAX_URL_LENGTH = 2 * 1024 * 1024;
const tabId = z.number().int().nonnegative();

export const pageReportSchema = z.strictObject({
  type: z.literal('page/report'),
  // A page sets its own address (history.replaceState): one too long is shortened, never refused.
  url: z
    .string()
    .max(MAX_URL_LENGTH)
    .transform((url) => boundedUrl(url)),
  snapshot: PageSnapshotSchema.optional(),
  /**
   * The script on Microsoft's pages: on a page with guidance, answer with the panel's text and
   * saved states too. One message at document_start instead of three: every extension call a
   * script makes before the page is parsed holds the page up.
   */
  guidance: z.literal(true).optional(),
});

export const guardDismissSchema = z.strictObject({ type: z.literal('guard/dismiss') });
export const guardLeaveSchema = z.strictObject({ type: z.literal('guard/leave') });
/**
 * The guard's first look (every page) found a credential form or an address worth judging: load
 * the rest of the guard into the sender's frame (background/guard-check.ts).
 */
export const guardCheckSchema = z.strictObject({ type: z.literal('guard/check') });
/** Open Microsoft's unsafe-site form for the sender's page (its address comes from the browser). */
export const guardReportSchema = z.strictObject({ type: z.literal('guard/report') });

export const tabStateSchema = z.strictObject({
  type: z.literal('tab/state'),
  tabId,
});

export const recentSightingsSchema = z.strictObject({
  type: z.literal('sightings/recent'),
  limit: z.number().int().min(1).max(100),
});

// Account check: an email address or phone number as typed; the handler parses it again.
const MAX_ADDRESS_INPUT = 320;
const addressInput = z.string().min(1).max(MAX_ADDRESS_INPUT);

export const accountsListSchema = z.strictObject({ type: z.literal('accounts/list') });

export const accountsAddSchema = z.strictObject({
  type: z.literal('accounts/add'),
  address: addressInput,
  kind: z.enum(ACCOUNT_KINDS),
});

export const lookupRunSchema = z.strictObject({
  type: z.literal('lookup/run'),
  address: addressInput,
});

export const lookupListSchema = z.strictObject({ type: z.literal('lookup/list') });
export const lookupClearSchema = z.strictObject({ type: z.literal('lookup/clear') });

export interface PageReport {
  classification: Classification;
  /** The user already chose to stay on this lookalike host. */
  warningDismissed: boolean;
  /** On a lookalike: the warning's words (the guard's content script carries none). */
  warning?: LookalikeText;
  /** On a Microsoft page with guidance, when the report asked for it. */
  guidance?: EarlyGuidance;
  /**
   * Shared content on Microsoft's hosts reported without a snapshot: send one. A form question
   * there can ask for a password with no password box, which only the content tells.
   */
  snapshotWanted?: true;
}

/** The guidance panel's start, sent with the page report. */
export interface EarlyGuidance {
  /** In the language chosen from the page's address, else from the browser's languages. */
  view: GuidanceView;
  /** True when the address chose the language: then `<html lang>` can't change it. */
  localeFromAddress: boolean;
  /** Open or collapsed, per page kind and width, as the person left the panel. */
  panelStates: Record<string, 'open' | 'collapsed'>;
}

/** The full-page lookalike warning and its chip, in the browser's UI language. */
export interface LookalikeText {
  /** The language they are in, for the warning's `lang`. */
  lang: string;
  title: string;
  summary: string;
  /** Why the page is a lookalike, one sentence per reason. */
  reasons: string[];
  advice: string;
  leave: string;
  know: string;
  proceed: string;
  chip: string;
  /** "Report this page to Microsoft". */
  report: string;
  /** Set when the organisation's policy has the warning reported to it: a line saying so. */
  organisation?: string;
}

export interface TabState {
  tabId: number;
  url: string | null;
  classification: Classification | null;
}

/** The person's own accounts, and (only when they allowed it) addresses seen signing in. */
export interface AccountListing {
  accounts: { address: string; kind: AccountKind }[];
  signInAddresses: string[];
}

export interface AddedAccount {
  /** False when the address was already listed (its kind may have been filled in). */
  added: boolean;
  account: { address: string; kind: AccountKind };
}

export type LookupRefusal = 'lookups-off' | 'rate-limited' | 'invalid-address' | 'phone-number';

export type LookupRunResult =
  | { status: 'answered'; address: string; outcome: LookupOutcome; checkedAt: number }
  | {
      status: 'refused';
      reason: LookupRefusal;
      /** In English; `text` says it in the reader's language. */
      message: string;
      text?: MessageRef;
      retryAfterMs?: number;
    };

export interface SavedLookups {
  /** The setting `allowOnlineLookups`, with the organisation's policy over it. */
  allowed: boolean;
  /** True when the organisation's policy turned lookups off (whatever the setting says). */
  offByPolicy?: boolean;
  /** Newest first. */
  results: LookupRecord[];
}

export const messageSpecs = {
  ...reminderMessageSpecs,
  ...guidanceMessageSpecs,
  ...policyMessageSpecs,
  'page/report': { schema: pageReportSchema, from: 'content' },
  'guard/check': { schema: guardCheckSchema, from: 'content' },
  'guard/dismiss': { schema: guardDismissSchema, from: 'content' },
  'guard/leave': { schema: guardLeaveSchema, from: 'content' },
  'guard/report': { schema: guardReportSchema, from: 'content' },
  'tab/state': { schema: tabStateSchema, from: 'extension-page' },
  'sightings/recent': { schema: recentSightingsSchema, from: 'extension-page' },
  'accounts/list': { schema: accountsListSchema, from: 'extension-page' },
  'accounts/add': { schema: accountsAddSchema, from: 'extension-page' },
  'lookup/run': { schema: lookupRunSchema, from: 'extension-page' },
  'lookup/list': { schema: lookupListSchema, from: 'extension-page' },
  'lookup/clear': { schema: lookupClearSchema, from: 'extension-page' },
} as const;

export type MessageType = keyof typeof messageSpecs;
export type SenderContext = (typeof messageSpecs)[MessageType]['from'];
export type Message<T extends MessageType = MessageType> = z.infer<
  (typeof messageSpecs)[T]['schema']
>;

/** What each message answers with. */
export interface Responses extends ReminderResponses, GuidanceResponses, PolicyResponses {
  'page/report': PageReport;
  'guard/check': null;
  'guard/dismiss': null;
  'guard/leave': null;
  'guard/report': null;
  'tab/state': TabState;
  'sightings/recent': SightingRecord[];
  'accounts/list': AccountListing;
  'accounts/add': AddedAccount;
  'lookup/run': LookupRunResult;
  'lookup/list': SavedLookups;
  'lookup/clear': null;
}
