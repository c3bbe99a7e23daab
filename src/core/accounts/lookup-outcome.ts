import { ACCOUNTS_EN, type AccountsKey } from '../i18n/messages/accounts/en';
import { type MessageRef, type RefValue, said } from '../i18n/text';
import type { Reason } from './types';

/** An English sentence of the accounts catalog, and its key. */
export function lookupSaid(key: AccountsKey, params?: Readonly<Record<string, RefValue>>) {
  return said(ACCOUNTS_EN, key, params);
}

/** The answer to "does Microsoft know this address?", as the popup shows it. */
export const LOOKUP_STATUSES = [
  'exists-personal',
  'exists-work-school',
  'exists-both',
  'not-found',
  'throttled',
  'unknown',
  'error',
] as const;
export type LookupStatus = (typeof LOOKUP_STATUSES)[number];

/** Why a lookup gave no answer; set when status is `error` or `throttled`. */
export const LOOKUP_ERROR_CODES = ['timeout', 'network', 'http', 'malformed', 'throttled'] as const;
export type LookupErrorCode = (typeof LOOKUP_ERROR_CODES)[number];

/** What the lookup response said, for diagnostics; null where the field was missing. */
export interface CredentialTypeDetails {
  ifExistsResult: number | null;
  domainType: 'unknown' | 'consumer' | 'managed' | 'federated' | 'cloud-federated' | null;
  isUnmanaged: boolean | null;
  hasPassword: boolean | null;
  prefCredential: number | null;
  /** Host name only of Credentials.FederationRedirectUrl: its query carries the address. */
  federationHost: string | null;
}

export interface LookupOutcome {
  status: LookupStatus;
  errorCode?: LookupErrorCode;
  httpStatus?: number;
  /** One plain sentence for the person, in English. */
  message: string;
  /** The sentence's catalog key and values, to say it in the reader's language. */
  text?: MessageRef;
  reasons: Reason[];
  details?: CredentialTypeDetails;
}

/** How long the background waits for the lookup before giving up. */
export const LOOKUP_TIMEOUT_MS = 8_000;

/**
 * Sorts a rejected fetch: an aborted or timed-out request (AbortSignal.timeout → TimeoutError,
 * AbortController.abort → AbortError) is a timeout; anything else (TypeError "Failed to fetch",
 * offline, DNS, blocked) is a network failure.
 */
export function classifyFetchFailure(error: unknown): 'timeout' | 'network' {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : null;
  return name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
}

export function fetchFailureOutcome(error: unknown): LookupOutcome {
  return classifyFetchFailure(error) === 'timeout' ? timeoutOutcome() : networkOutcome();
}

export function timeoutOutcome(): LookupOutcome {
  return {
    status: 'error',
    errorCode: 'timeout',
    ...lookupSaid('lookup.timeout'),
    reasons: [
      {
        code: 'timeout',
        ...lookupSaid('lookup.timeout.reason', { seconds: LOOKUP_TIMEOUT_MS / 1000 }),
      },
    ],
  };
}

export function networkOutcome(): LookupOutcome {
  return {
    status: 'error',
    errorCode: 'network',
    ...lookupSaid('lookup.network'),
    reasons: [{ code: 'network', ...lookupSaid('lookup.network.reason') }],
  };
}

export function throttledOutcome(reason: Reason, httpStatus?: number): LookupOutcome {
  return {
    status: 'throttled',
    errorCode: 'throttled',
    ...(httpStatus === undefined ? {} : { httpStatus }),
    ...lookupSaid('lookup.throttled'),
    reasons: [reason],
  };
}
