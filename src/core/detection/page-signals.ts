import { MICROSOFT_SIGN_IN_ASSET_HOSTS } from './microsoft-domains';
import type { PageSnapshot, SnapshotField } from './page-snapshot-schema';

/**
 * What a page's content says about imitating Microsoft's sign-in pages. Each signal is only a
 * hint; `analysePage` decides. Phrases are matched on lowercased text with straight quotes.
 */
export interface PageSignals {
  /** The page asks for a password, or an email/phone/user name in a sign-in form. */
  readonly credentialForm: boolean;
  readonly hasPassword: boolean;
  /** Field names and ids copied from Microsoft's forms (loginfmt, passwd, i0116…). */
  readonly microsoftFields: number;
  /** Distinct Microsoft sign-in sentences ("Stay signed in?", "Can't access your account?"). */
  readonly microsoftPhrases: number;
  readonly mentionsMicrosoft: boolean;
  readonly microsoftLogo: boolean;
  /** Assets from Microsoft's sign-in CDNs or named like them. */
  readonly microsoftAssets: boolean;
  /** A "Sign in with Microsoft" style button: the page uses Microsoft, not imitates it. */
  readonly signInWithMicrosoft: boolean;
  /** Long pages are articles, not sign-in screens. */
  readonly longPage: boolean;
}

const MICROSOFT_FIELD_NAMES: ReadonlySet<string> = new Set([
  'loginfmt',
  'passwd',
  'i0116',
  'i0118',
  'i0281',
  'idsibutton9',
  'idbtn_back',
  'ppft',
  'flowtoken',
  'kmsicb',
  'idchkbx_dontshowagain',
]);

const MICROSOFT_PHRASES: readonly string[] = [
  'sign in to your microsoft account',
  'stay signed in?',
  'email, phone, or skype',
  "can't access your account?",
  'no account? create one',
  'sign-in options',
  'to continue to outlook',
  'to continue to microsoft',
  'to continue to office',
  'to continue to onedrive',
  'to continue to sharepoint',
  'approve sign in request',
  'more information required',
  'forgot my password',
  'enter password',
  'use your password instead',
  'pick an account',
  'create a microsoft account',
  'microsoft account',
  'work or school account',
  'do this to reduce the number of times you are asked to sign in',
  'verify your email to proceed',
  'get back into your account',
];

/** Phrases anyone's sign-in page may use; they only count next to Microsoft branding. */
const GENERIC_SIGN_IN_TITLES: readonly string[] = ['sign in to your account', 'sign in'];

const BRAND_MENTION =
  /\bmicrosoft\b|\boffice ?365\b|\bmicrosoft 365\b|\boutlook\b|\bonedrive\b|\bsharepoint\b|\bhotmail\b|\bskype\b|\bxbox\b/;
const SIGN_IN_WITH_MICROSOFT =
  /\b(?:sign|log)[ -]?in with (?:your )?microsoft\b|\bcontinue with microsoft\b|\bsign[ -]?up with microsoft\b/;
const LOGO_ALT = /\bmicrosoft\b|\boffice ?365\b|\boutlook\b|\bonedrive\b/;
const LOGO_FILE =
  /microsoft[_-]?logo|ms[_-]?logo|mslogo|bannerlogo|office365[_-]?logo|outlook[_-]?logo/;
const ASSET_FILE =
  /^converged|convergedlogin|signin-options|microsoft_logo|favicon_a_|appcentipede|ellipsis_(?:white|grey)|arrow_left_|^ests/;
const IDENTIFIER_HINT =
  /e-?mail|user|login|logon|phone|account|skype|upn|identifier|loginfmt|i0116/;
const LONG_PAGE_CHARS = 3_000;

function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ');
}

function isIdentifierField(field: SnapshotField): boolean {
  const type = field.type.toLowerCase();
  if (field.tag !== 'input') return false;
  if (type === 'email' || type === 'tel') return true;
  if (type !== 'text' && type !== '') return false;
  const hints = normalise(
    `${field.name} ${field.id} ${field.autocomplete} ${field.placeholder} ${field.ariaLabel}`,
  );
  if (/search|query|\bq\b/.test(hints)) return false;
  return IDENTIFIER_HINT.test(hints);
}

export function readPageSignals(snapshot: PageSnapshot): PageSignals {
  const title = normalise(snapshot.title).trim();
  const text = normalise(snapshot.text);
  const alts = normalise(snapshot.images.map((image) => image.alt).join(' | '));
  const words = `${title} | ${text}`;

  const hasPassword = snapshot.fields.some((f) => f.type.toLowerCase() === 'password');
  const microsoftFieldSet = new Set<string>();
  for (const field of snapshot.fields) {
    for (const key of [field.name.toLowerCase(), field.id.toLowerCase()]) {
      if (MICROSOFT_FIELD_NAMES.has(key)) microsoftFieldSet.add(key);
    }
  }
  const identifier = snapshot.fields.some(isIdentifierField);
  const longPage = snapshot.textLength > LONG_PAGE_CHARS;

  let phrases = 0;
  for (const phrase of MICROSOFT_PHRASES) if (words.includes(phrase)) phrases++;
  const mentionsMicrosoft = BRAND_MENTION.test(words) || BRAND_MENTION.test(alts);
  if (mentionsMicrosoft && GENERIC_SIGN_IN_TITLES.includes(title)) phrases++;

  const imageFiles = snapshot.images.map((image) => image.file.toLowerCase());
  const microsoftLogo = LOGO_ALT.test(alts) || imageFiles.some((file) => LOGO_FILE.test(file));
  const assetHosts = [
    ...snapshot.assetHosts,
    ...snapshot.images.map((image) => image.host),
    snapshot.favicon?.host ?? '',
  ];
  const assetFiles = [...snapshot.assetFiles, ...imageFiles, snapshot.favicon?.file ?? ''];
  const microsoftAssets =
    assetHosts.some((host) => MICROSOFT_SIGN_IN_ASSET_HOSTS.has(host.toLowerCase())) ||
    assetFiles.some((file) => file !== '' && ASSET_FILE.test(file.toLowerCase()));

  return {
    credentialForm: hasPassword || microsoftFieldSet.size > 0 || (identifier && !longPage),
    hasPassword,
    microsoftFields: microsoftFieldSet.size,
    microsoftPhrases: phrases,
    mentionsMicrosoft,
    microsoftLogo,
    microsoftAssets,
    signInWithMicrosoft: SIGN_IN_WITH_MICROSOFT.test(words),
    longPage,
  };
}
