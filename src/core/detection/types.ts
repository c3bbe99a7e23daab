import type { MessageRef } from '../i18n/text';

/** The shared vocabulary of detection: used by the CLI, the popup, the content script and tests. */

export const VERDICTS = ['microsoft', 'lookalike', 'other'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const PAGE_KINDS = [
  'sign-in',
  'sign-up',
  'password-reset',
  'account-recovery',
  'security-info',
  'account-home',
  'sign-out',
  'device-code',
  'consent',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const SERVICES = ['microsoft-account', 'work-school', 'us-government', 'china'] as const;
export type Service = (typeof SERVICES)[number];

/** A machine code and the plain-language sentence a person reads. */
export interface Reason {
  code: string;
  /** In English. */
  message: string;
  /** The sentence's catalog key and values, to say it in the reader's language. */
  text?: MessageRef;
}

export interface Classification {
  verdict: Verdict;
  /** Set when the verdict is `microsoft`; null otherwise. */
  service: Service | null;
  /** The page kind on a genuine host; null on its other pages and off Microsoft. */
  kind: PageKind | null;
  /** On a lookalike, most important first (`reason-priority.ts`). */
  reasons: Reason[];
  /**
   * Set only on addresses where anyone with a Microsoft account publishes (`shared-content.ts`):
   * the product, to tell people who published the page.
   */
  hosting?: SharedContentHosting;
  /**
   * Set only on the organisation's own sign-in page (an identity provider Microsoft handed the
   * person over to, or one the organisation's policy lists): never warned about.
   */
  organisationSignIn?: OrganisationSignIn;
}

export interface SharedContentHosting {
  readonly kind: 'microsoft-shared-content';
  /** The product's name, e.g. `SharePoint`, `Microsoft Forms`, `Azure App Service`. */
  readonly product: string;
}

export interface OrganisationSignIn {
  /** The organisation as known: a domain (`contoso.com`) or a tenant ID. */
  readonly organisation: string;
  /** `reached`: Microsoft handed over to it; `listed`: the organisation's policy names it. */
  readonly source: 'reached' | 'listed';
}
