import { browser } from 'wxt/browser';
import { ACCOUNT_CHECK_EN } from '../../core/i18n/messages/account-check/en';
import type { LookupRunResult } from '../../messaging/messages';

/**
 * Asking Microsoft sends the address the person typed, and Mozilla counts an email address as
 * personally identifying information. Firefox lets people decide that with its built-in data
 * consent: the manifest declares `personallyIdentifyingInfo` as an optional data permission
 * (wxt.config.ts), and the first "Ask Microsoft" click asks for it. Firefox prompts once; after a
 * yes it answers straight away, and the person can take it back in about:addons. Chrome and Edge
 * have no such permission: there the click on a button that says what is sent is the consent.
 */
export const LOOKUP_DATA_COLLECTION = ['personallyIdentifyingInfo'];

/** What `permissions.request` takes in Firefox 140 and later (not in the polyfill's types yet). */
type DataCollectionRequest = Parameters<typeof browser.permissions.request>[0] & {
  data_collection: string[];
};

/**
 * Resolves whether the address may be sent. Call it straight from the click, before any `await`:
 * Firefox only shows a permission prompt while it is handling the person's input.
 */
export function requestLookupConsent(): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return Promise.resolve(true);
  const request: DataCollectionRequest = { data_collection: LOOKUP_DATA_COLLECTION };
  return browser.permissions.request(request).catch(() => false);
}

/** Shown instead of an answer when the person said no in Firefox's prompt. */
export const CONSENT_DECLINED: LookupRunResult = {
  status: 'refused',
  reason: 'lookups-off',
  message: ACCOUNT_CHECK_EN['online.consent-declined'],
  text: { key: 'online.consent-declined' },
};
