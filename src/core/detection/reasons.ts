import type { Params } from '../i18n/format';
import { DETECTION_EN, type DetectionKey } from '../i18n/messages/detection/en';
import { said } from '../i18n/text';
import type { Reason } from './types';

/**
 * Every reason code. The sentence a person reads is in the detection catalog
 * (`src/core/i18n/messages/detection/`): plain, friendly and short, naming the real site where that
 * helps someone decide.
 */
export const REASON_CODES = [
  'official-microsoft-host',
  'not-https',
  'unusual-port',
  'user-content-host',
  'typo-of-microsoft-host',
  'typo-of-brand-name',
  'confusable-characters',
  'punycode-confusable',
  'brand-in-subdomain',
  'brand-in-hyphenated-domain',
  'brand-in-domain-name',
  'sign-in-words-with-brand',
  'userinfo-trick',
  'microsoft-host-in-path',
  'sign-in-path-on-foreign-host',
  'free-hosting-with-brand',
  'cloned-sign-in-page',
  // The kind of imitation the page model found (analyse-page.ts), each naming its class.
  'owa-copy',
  'shared-document-lure',
  'screenshot-sign-in-page',
  'account-alert-lure',
  'fake-browser-window',
  'sends-to-outside-service',
  'microsoft-name-in-address',
  'disguised-text',
  'script-built-page',
  'saved-copy-of-microsoft-page',
  // On a page left alone: an organisation's own AD FS or Outlook Web App.
  'organisation-sign-in-page',
  'microsoft-form-fields',
  'microsoft-sign-in-wording',
  'microsoft-logo',
  'microsoft-sign-in-assets',
  'credential-form',
  // Added to a genuine page by the organisation's policy (src/core/policy/tenant.ts).
  'tenant-not-allowed',
  // Shared content on Microsoft's hosts (shared-content-page.ts), the page it leads to
  // (next-hop.ts) and copies of the organisation's own sign-in page (organisation-sign-in.ts).
  'shared-content-password',
  'shared-content-code',
  'shared-content-question',
  'shared-content-sign-in-copy',
  'opened-from-shared-content',
  'opened-from-webmail',
  'imitates-organisation-sign-in',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The codes whose sentence is `reason.<code>` (the tenant policy's has variants). */
type SimpleCode = Exclude<ReasonCode, 'tenant-not-allowed'>;

/** A reason: its code, its English sentence, and the sentence's key for other languages. */
function reason(code: SimpleCode, params?: Params): Reason {
  const key: `reason.${SimpleCode}` & DetectionKey = `reason.${code}`;
  return { code, ...said(DETECTION_EN, key, params) };
}

export const reasons = {
  officialHost: (host: string) => reason('official-microsoft-host', { host }),
  notHttps: () => reason('not-https'),
  unusualPort: () => reason('unusual-port'),
  userContentHost: (suffix: string) => reason('user-content-host', { suffix }),
  typoOfHost: (host: string, official: string) =>
    reason('typo-of-microsoft-host', { host, official }),
  typoOfBrand: (word: string, brand: string) => reason('typo-of-brand-name', { word, brand }),
  confusable: (word: string, brand: string) => reason('confusable-characters', { word, brand }),
  punycodeConfusable: (word: string, brand: string) =>
    reason('punycode-confusable', { word, brand }),
  brandInSubdomain: (brand: string, site: string) => reason('brand-in-subdomain', { brand, site }),
  brandInHyphenatedDomain: (brand: string, site: string) =>
    reason('brand-in-hyphenated-domain', { brand, site }),
  brandInDomainName: (brand: string, site: string) =>
    reason('brand-in-domain-name', { brand, site }),
  signInWordsWithBrand: () => reason('sign-in-words-with-brand'),
  userinfoTrick: (site: string) => reason('userinfo-trick', { site }),
  hostInPath: (host: string, site: string) => reason('microsoft-host-in-path', { host, site }),
  signInPathOnForeignHost: (site: string) => reason('sign-in-path-on-foreign-host', { site }),
  freeHostingWithBrand: (suffix: string, brand: string) =>
    reason('free-hosting-with-brand', { suffix, brand }),
  clonedSignInPage: (site: string) => reason('cloned-sign-in-page', { site }),
  microsoftFormFields: () => reason('microsoft-form-fields'),
  microsoftWording: () => reason('microsoft-sign-in-wording'),
  microsoftLogo: () => reason('microsoft-logo'),
  microsoftAssets: () => reason('microsoft-sign-in-assets'),
  credentialForm: () => reason('credential-form'),
  sharedContentPassword: (product: string) => reason('shared-content-password', { product }),
  sharedContentCode: (product: string) => reason('shared-content-code', { product }),
  sharedContentQuestion: (product: string) => reason('shared-content-question', { product }),
  sharedContentSignInCopy: (product: string, site: string) =>
    reason('shared-content-sign-in-copy', { product, site }),
  openedFromSharedContent: (source: string) => reason('opened-from-shared-content', { source }),
  openedFromWebmail: (source: string) => reason('opened-from-webmail', { source }),
  imitatesOrganisationSignIn: (org: string, site: string) =>
    reason('imitates-organisation-sign-in', { org, site }),
  owaCopy: (site: string) => reason('owa-copy', { site }),
  documentLure: (site: string) => reason('shared-document-lure', { site }),
  screenshotKit: (site: string) => reason('screenshot-sign-in-page', { site }),
  accountAlert: (site: string) => reason('account-alert-lure', { site }),
  fakeBrowserWindow: (site: string) => reason('fake-browser-window', { site }),
  sendsToOutsideService: (service: string) => reason('sends-to-outside-service', { service }),
  microsoftNameInAddress: (word: string, site: string) =>
    reason('microsoft-name-in-address', { word, site }),
  disguisedText: () => reason('disguised-text'),
  scriptBuiltPage: () => reason('script-built-page'),
  savedCopy: () => reason('saved-copy-of-microsoft-page'),
  organisationSignInPage: () => reason('organisation-sign-in-page'),
};
