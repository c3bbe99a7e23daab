import type { PageKind, Service } from '../detection/types';
import type { Locale } from '../i18n/locales';
import type { Permission } from './consent/permissions';
import type { PublisherStatus } from './consent/risk';

/**
 * The shapes guidance travels in: `KindGuidance` (message keys, in core) and `GuidanceView` (the
 * same resolved to one language, sent to the content script). Everything here is plain data.
 */

/** Who a piece of guidance is for: personal accounts, or accounts an organisation made. */
export const AUDIENCES = ['personal', 'organisation'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function audienceOf(service: Service | null | undefined): Audience {
  return service === null || service === undefined || service === 'microsoft-account'
    ? 'personal'
    : 'organisation';
}

/**
 * The steps of creating a personal Microsoft account, in the order Microsoft shows them (2025:
 * passwordless by default; the password, phone and passkey steps come only to some people).
 */
export const SIGN_UP_STEPS = [
  'email',
  'username',
  'password',
  'email-code',
  'name',
  'details',
  'puzzle',
  'phone',
  'passkey',
  'stay-signed-in',
] as const;
export type SignUpStep = (typeof SIGN_UP_STEPS)[number];

export const STRENGTH_LEVELS = ['empty', 'weak', 'fair', 'good', 'strong'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];

/** The one hint shown under the meter: the most useful thing to change, or praise. */
export const STRENGTH_HINTS = [
  'type',
  'too-short',
  'microsoft-rule',
  'common',
  'words',
  'sequence',
  'repeat',
  'dates',
  'variety',
  'longer',
  'unique',
] as const;
export type StrengthHint = (typeof STRENGTH_HINTS)[number];

/** What "Check this address" can say, strongest evidence first. */
export const ADDRESS_ANSWERS = [
  'invalid',
  'phone',
  'listed',
  'consumer-domain',
  'looked-up',
  'work-school',
  'unknown',
] as const;
export type AddressAnswer = (typeof ADDRESS_ANSWERS)[number];

/** Why an address already is a personal Microsoft account. */
export const EXISTING_ACCOUNT_REASONS = ['consumer-domain', 'listed', 'looked-up'] as const;
export type ExistingAccountReason = (typeof EXISTING_ACCOUNT_REASONS)[number];

/** The parts of a panel beyond its text sections. */
export const WIDGETS = [
  'coach',
  'strength',
  'duplicate',
  'accounts',
  'review',
  'consent',
  'device-check',
] as const;
export type Widget = (typeof WIDGETS)[number];

/** A link to one of Microsoft's pages; one address for everyone, or one per audience. */
export type AudienceUrl = string | Readonly<Record<Audience, string>>;

export interface LinkSpec<Key extends string> {
  label: Key;
  url: AudienceUrl;
}

export interface SectionSpec<Key extends string> {
  id: string;
  heading: Key;
  paragraphs: readonly Key[];
  links?: readonly LinkSpec<Key>[];
  /** Shown only to this audience; to everyone when absent. */
  audience?: Audience;
  /**
   * Shown only while the page shows one of these steps (page-steps.ts; `unknown`: a step that
   * can't be told); on every step when absent.
   */
  steps?: readonly string[];
}

/** The guidance of one page kind, as message keys: the file per kind in `kinds/`. */
export interface KindGuidance<Key extends string> {
  kind: PageKind;
  title: Key;
  sections: readonly SectionSpec<Key>[];
  widgets: readonly Widget[];
  /** Device-code pages: the "pick the account you'll keep" warning shows without asking. */
  deviceAlways?: boolean;
  /**
   * Open on a first visit at desktop widths: on the pages where people get stuck. Elsewhere, and
   * on narrow screens, the panel starts as a small button until the person opens it.
   */
  startOpen?: boolean;
}

// ---- Resolved, for the content script ----

export interface GuidanceLink {
  label: string;
  url: string;
}

export interface GuidanceSection {
  id: string;
  heading: string;
  paragraphs: string[];
  links: GuidanceLink[];
  /** See SectionSpec.steps. */
  steps?: string[];
}

export interface PanelText {
  /** The toggle button's label (the collapsed pill shows only this). */
  toggle: string;
  /** The region's accessible name. */
  region: string;
  title: string;
  /** Open on a first visit at desktop widths. */
  startOpen: boolean;
}

export interface CoachText {
  heading: string;
  /** Shown when the page's step can't be told: the whole list follows. */
  fallback: string;
  /** Screen-reader prefixes of a step's state. */
  current: string;
  done: string;
  skipped: string;
  steps: { id: SignUpStep; label: string; detail: string }[];
}

export interface StrengthText {
  heading: string;
  privacy: string;
  /** What Microsoft requires of a password, always shown. */
  rule: string;
  levels: Record<StrengthLevel, string>;
  hints: Record<StrengthHint, string>;
}

export interface DuplicateText {
  title: string;
  /** Has `{address}`. */
  body: string;
  because: Record<ExistingAccountReason, string>;
  signIn: string;
  recover: string;
}

export interface AccountsText {
  heading: string;
  intro: string;
  none: string;
  deviceToggle: string;
  deviceWarning: string;
  /** True on device-code pages: the warning shows without the toggle. */
  deviceAlways: boolean;
  checkButton: string;
  checkEmpty: string;
  checkFailed: string;
  /** Some have `{address}` and `{domain}`. */
  answers: Record<AddressAnswer, string>;
}

export interface ReviewText {
  heading: string;
  intro: string;
  choose: string;
  button: string;
  /** Has `{address}` and `{date}`. */
  recorded: string;
  notListed: string;
  noAccounts: string;
  failed: string;
}

/** The consent prompt's explanation: who asks, what for, and the warning or the calm word. */
export interface ConsentText {
  /** Has `{app}`. */
  appNamed: string;
  appUnnamed: string;
  admin: string;
  /** Before the prompt shows (a consent address opens on the sign-in form). */
  waiting: string;
  /** `verified` has `{publisher}`. */
  publisher: Record<PublisherStatus, string>;
  permissionsHeading: string;
  permissionsNone: string;
  /** Has `{name}`: a permission Account Helper has no plain words for, in Microsoft's. */
  permissionOther: string;
  permissions: Record<Permission, string>;
  warningTitle: string;
  warningBody: string;
  warningAction: string;
  calm: string;
  removeLabel: string;
  /** Where this audience removes an app's access. */
  removeUrl: string;
}

/** The device-code page's checks: arriving by a link, and Microsoft's "Are you trying…?" step. */
export interface DeviceCodeText {
  linkHeading: string;
  linkBody: string;
  confirmHeading: string;
  /** Has `{app}`. */
  confirmNamed: string;
  confirmUnnamed: string;
}

/** One page kind's guidance in one language: everything the panel shows. */
export interface GuidanceView {
  kind: PageKind;
  locale: Locale;
  audience: Audience;
  panel: PanelText;
  sections: GuidanceSection[];
  coach?: CoachText;
  strength?: StrengthText;
  duplicate?: DuplicateText;
  accounts?: AccountsText;
  review?: ReviewText;
  consent?: ConsentText;
  deviceCode?: DeviceCodeText;
}

/** What the background says about an address typed on a Microsoft page: flags, never records. */
export interface AddressStatus {
  valid: boolean;
  /** Normalised address (or phone number), for the message; '' when invalid. */
  address: string;
  /** The address's domain, for the message; '' for phone numbers. */
  domain: string;
  /** The strongest answer for "Check this address". */
  answer: AddressAnswer;
  /** Set when the address already is a personal Microsoft account, and why. */
  existing: ExistingAccountReason | null;
  /** Microsoft's pages for that account (only with `existing`). */
  signInUrl: string | null;
  recoverUrl: string | null;
}
