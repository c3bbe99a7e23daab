import { MICROSOFT_SIGN_IN_ASSET_HOSTS } from './microsoft-domains';
import type { PageSnapshot, SnapshotField } from './page-snapshot-schema';

/**
 * What a page asks a person to type that a phisher wants: a password, a one-time code, login
 * details asked for in words (a form question), or Microsoft's own sign-in form. Read from the
 * snapshot's field attributes and visible text only, never from what anyone typed.
 */
export interface CredentialAsks {
  readonly password: boolean;
  readonly code: boolean;
  /**
   * A text box's label asks for a password, code or login details, or (with `readText`) a
   * sentence on the page does, next to a text box: a form question.
   */
  readonly inWords: boolean;
  /** An email, phone or user-name box (not a search box). */
  readonly identifier: boolean;
  /** Microsoft's sign-in form copied: its field names or its sign-in pictures and styles. */
  readonly microsoftSignInCopy: boolean;
}

const CODE_HINT =
  /\b(?:otp|totp|2fa|mfa|one[- ]?time|passcode|verification code|security code|authenticat\w* code|sms code)\b|bestätigungscode|sicherheitscode|einmalcode|verifizierungscode|code de (?:vérification|sécurité)|usage unique|código de (?:verificación|seguridad)|un solo uso/;

/** Words asking for secrets, in English, German, French and Spanish. */
const SECRET_WORDS =
  /\bpass(?:word|code|phrase)s?\b|\blog ?-?in (?:details|credentials|info)|\bsign[ -]?in (?:details|credentials)|\bcredentials\b|\bone[- ]?time code\b|\bverification code\b|\bsecurity code\b|\bpasswort|\bkennwort|\bzugangsdaten|\banmeldedaten|bestätigungscode|sicherheitscode|\bmot de passe|\bidentifiants\b|code de (?:vérification|sécurité)|\bcontraseña|\bcredenciales\b|\bdatos de acceso\b|código de (?:verificación|seguridad)/;

/** Sentences that warn about secrets rather than ask for them ("Never give out your password"). */
const NEGATION =
  /\bnever\b|\bdon'?t\b|\bdo not\b|\bnot (?:share|give|enter)|\bnie\b|\bniemals\b|\bnicht\b|\bjamais\b|\bne (?:\w+ )?(?:pas|jamais)\b|\bnunca\b|\bno (?:compartas|comparta|des|dé|escribas)\b/;

const SEARCH_HINT = /search|query|\bq\b|suche|recherche|buscar/;
const IDENTIFIER_HINT = /e-?mail|user|login|logon|phone|account|upn|identifier|loginfmt|i0116/;
const MICROSOFT_SIGN_IN_FIELDS = new Set(['loginfmt', 'passwd', 'i0116', 'i0118', 'ppft']);
const TEXT_TYPES = new Set(['text', '', 'email', 'tel', 'number', 'textarea', 'search']);

function hintsOf(field: SnapshotField): string {
  return `${field.name} ${field.id} ${field.autocomplete} ${field.placeholder} ${field.ariaLabel}`
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function isTextEntry(field: SnapshotField): boolean {
  if (field.tag === 'textarea') return true;
  return field.tag === 'input' && TEXT_TYPES.has(field.type) && field.type !== 'search';
}

/** A box a person types into, a password box too (not a search box or a button). */
export function hasTextEntry(snapshot: PageSnapshot | undefined): boolean {
  return snapshot?.fields.some((f) => f.type === 'password' || isTextEntry(f)) ?? false;
}

function isCodeField(field: SnapshotField): boolean {
  if (!isTextEntry(field) && field.type !== 'password') return false;
  return (
    /\bone-time-code\b/.test(field.autocomplete.toLowerCase()) || CODE_HINT.test(hintsOf(field))
  );
}

function isIdentifierField(field: SnapshotField): boolean {
  if (field.tag !== 'input') return false;
  if (field.type === 'email' || field.type === 'tel') return true;
  if (field.type !== 'text' && field.type !== '') return false;
  const hints = hintsOf(field);
  return !SEARCH_HINT.test(hints) && IDENTIFIER_HINT.test(hints);
}

/** Sentences of the page's visible text (the snapshot collapses it to one line). */
function sentences(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/(?<=[.!?:;])\s+|\s[|•·]\s|\s\*\s/);
}

/** True when some sentence asks for a secret without warning against giving it. */
export function asksInWords(text: string): boolean {
  return sentences(text).some((line) => SECRET_WORDS.test(line) && !NEGATION.test(line));
}

/** `readText`: also read the page's sentences (forms, where questions are text, not labels). */
export function readCredentialAsks(snapshot: PageSnapshot, readText = true): CredentialAsks {
  const fields = snapshot.fields;
  const password = fields.some((f) => f.type === 'password' && !isCodeField(f));
  const code = fields.some(isCodeField);
  const textBox = fields.some((f) => isTextEntry(f) && !SEARCH_HINT.test(hintsOf(f)));
  const fieldAsks = fields.some(
    (f) => isTextEntry(f) && SECRET_WORDS.test(hintsOf(f)) && !NEGATION.test(hintsOf(f)),
  );
  const identifier = fields.some(isIdentifierField);
  const microsoftFields = fields.some(
    (f) =>
      MICROSOFT_SIGN_IN_FIELDS.has(f.name.toLowerCase()) ||
      MICROSOFT_SIGN_IN_FIELDS.has(f.id.toLowerCase()),
  );
  const hosts = [
    ...snapshot.assetHosts,
    ...snapshot.images.map((image) => image.host),
    snapshot.favicon?.host ?? '',
  ];
  const microsoftAssets = hosts.some((host) => MICROSOFT_SIGN_IN_ASSET_HOSTS.has(host));
  return {
    password,
    code,
    inWords:
      fieldAsks || (readText && textBox && asksInWords(`${snapshot.title}. ${snapshot.text}`)),
    identifier,
    microsoftSignInCopy: microsoftFields || (microsoftAssets && (password || identifier)),
  };
}
