import type { Reason } from './types';

/**
 * Every reason code with the sentence a person reads. Sentences are plain, friendly and short;
 * they name the real site where that helps someone decide.
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
  'microsoft-form-fields',
  'microsoft-sign-in-wording',
  'microsoft-logo',
  'microsoft-sign-in-assets',
  'credential-form',
  // Added to a genuine page by the organisation's policy (src/core/policy/tenant.ts).
  'tenant-not-allowed',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

function reason(code: ReasonCode, message: string): Reason {
  return { code, message };
}

export const reasons = {
  officialHost: (host: string) =>
    reason('official-microsoft-host', `This is an official Microsoft address (${host}).`),
  notHttps: () =>
    reason(
      'not-https',
      "This is a Microsoft address, but the connection isn't secure (no https), so we can't vouch for this page.",
    ),
  unusualPort: () =>
    reason(
      'unusual-port',
      "This Microsoft address uses an unusual port number, so we can't vouch for this page.",
    ),
  userContentHost: (suffix: string) =>
    reason(
      'user-content-host',
      `Anyone can publish pages on ${suffix}, so this is never an official Microsoft sign-in page.`,
    ),
  typoOfHost: (host: string, official: string) =>
    reason(
      'typo-of-microsoft-host',
      `The address ${host} is a near-miss of Microsoft's real address ${official}.`,
    ),
  typoOfBrand: (word: string, brand: string) =>
    reason('typo-of-brand-name', `The name "${word}" is a misspelling of "${brand}".`),
  confusable: (word: string, brand: string) =>
    reason(
      'confusable-characters',
      `The name "${word}" uses look-alike letters or digits to pass for "${brand}".`,
    ),
  punycodeConfusable: (word: string, brand: string) =>
    reason(
      'punycode-confusable',
      `The address uses foreign letters ("${word}") made to look like "${brand}".`,
    ),
  brandInSubdomain: (brand: string, site: string) =>
    reason(
      'brand-in-subdomain',
      `The address starts with "${brand}", but the site it really belongs to is ${site}.`,
    ),
  brandInHyphenatedDomain: (brand: string, site: string) =>
    reason(
      'brand-in-hyphenated-domain',
      `The site name ${site} borrows the name "${brand}", but Microsoft doesn't own it.`,
    ),
  brandInDomainName: (brand: string, site: string) =>
    reason(
      'brand-in-domain-name',
      `The site ${site} uses the name "${brand}", but Microsoft doesn't own it.`,
    ),
  signInWordsWithBrand: () =>
    reason(
      'sign-in-words-with-brand',
      'The address pairs a Microsoft name with words like "login" or "verify", a common trick.',
    ),
  userinfoTrick: (site: string) =>
    reason(
      'userinfo-trick',
      `The address hides the real site: everything before the "@" is ignored, so you'd actually be on ${site}.`,
    ),
  hostInPath: (host: string, site: string) =>
    reason(
      'microsoft-host-in-path',
      `The address mentions ${host} later on, but the page really comes from ${site}.`,
    ),
  signInPathOnForeignHost: (site: string) =>
    reason(
      'sign-in-path-on-foreign-host',
      `This address copies the shape of Microsoft's sign-in addresses, but it's on ${site}.`,
    ),
  freeHostingWithBrand: (suffix: string, brand: string) =>
    reason(
      'free-hosting-with-brand',
      `This page is on ${suffix}, where anyone can make a website, and it uses the name "${brand}".`,
    ),
  clonedSignInPage: (site: string) =>
    reason(
      'cloned-sign-in-page',
      `This page looks like a Microsoft sign-in page, but it's on ${site}, not a Microsoft address. Don't enter your password here.`,
    ),
  microsoftFormFields: () =>
    reason(
      'microsoft-form-fields',
      "The form on this page is built like Microsoft's own sign-in form.",
    ),
  microsoftWording: () =>
    reason(
      'microsoft-sign-in-wording',
      "The page copies the wording of Microsoft's sign-in pages.",
    ),
  microsoftLogo: () => reason('microsoft-logo', 'The page shows the Microsoft logo.'),
  microsoftAssets: () =>
    reason(
      'microsoft-sign-in-assets',
      "The page borrows pictures or styles from Microsoft's real sign-in pages.",
    ),
  credentialForm: () =>
    reason('credential-form', 'The page asks for an email address, phone number or password.'),
};
