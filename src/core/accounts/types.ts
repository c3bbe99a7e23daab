import type { MessageRef } from '../i18n/text';

/** Shared vocabulary of the "Do I already have a Microsoft account?" feature. */

/** A machine code and the plain-language sentence a person reads. */
export interface Reason {
  code: string;
  /** In English. */
  message: string;
  /** The sentence's catalog key and values, to say it in the reader's language. */
  text?: MessageRef;
}

/** What the address alone can tell: `unknown` means it may be either kind, or none yet. */
export const OFFLINE_KINDS = ['personal', 'work-school', 'unknown'] as const;
export type OfflineKind = (typeof OFFLINE_KINDS)[number];

/** The kinds a person can have: `both` when one address signs in to a personal and a work account. */
export const ACCOUNT_KINDS = ['personal', 'work-school', 'both'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
