import { ACCOUNTS_EN, type AccountsKey } from '../i18n/messages/accounts/en';
import { type MessageRef, type RefValue, ref, said } from '../i18n/text';
import { looksLikePhone, type ParsedPhone, parsePhone } from './parse-phone';

/** A valid email address, normalised for comparison. */
export interface ParsedEmail {
  ok: true;
  kind: 'email';
  /** The text as given, before trimming. */
  input: string;
  /**
   * The whole address in lower case, with the domain in ASCII (punycode).
   * Microsoft treats sign-in names case-insensitively, and so does every mainstream mail
   * provider, so `Jane@Outlook.com` and `jane@outlook.com` are the same account. (RFC 5321
   * lets a server treat the local part case-sensitively; no provider we care about does.)
   */
  address: string;
  localPart: string;
  /** ASCII form, e.g. `xn--bcher-kva.de`. */
  domain: string;
  /** The domain as the person wrote it, lower-cased: differs from `domain` only for IDNs. */
  domainUnicode: string;
  /** `tag` in `name+tag@…`, or null. Whether it is an alias depends on the provider. */
  plusTag: string | null;
}

export type { ParsedPhone } from './parse-phone';

export const ADDRESS_PROBLEM_CODES = [
  'empty',
  'missing-at',
  'multiple-at',
  'contains-space',
  'quoted-local-part',
  'empty-local-part',
  'empty-domain',
  'local-non-ascii',
  'local-bad-character',
  'local-leading-dot',
  'local-trailing-dot',
  'local-double-dot',
  'local-too-long',
  'domain-bad-character',
  'domain-leading-dot',
  'domain-trailing-dot',
  'domain-double-dot',
  'domain-missing-dot',
  'domain-invalid-idn',
  'domain-too-long',
  'label-too-long',
  'label-hyphen',
  'domain-ip-address',
  'domain-bad-ending',
  'address-too-long',
  'phone-too-short',
  'phone-too-long',
] as const;
export type AddressProblemCode = (typeof ADDRESS_PROBLEM_CODES)[number];

/** Why the text is not an address, in words a person can act on. */
export interface AddressProblem {
  ok: false;
  code: AddressProblemCode;
  /** In English. */
  message: string;
  /** The sentence's catalog key and values, to say it in the reader's language. */
  text: MessageRef;
}

export type ParsedAddress = ParsedEmail | ParsedPhone;
export type AddressParseResult = ParsedAddress | AddressProblem;

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;
const MAX_ADDRESS = 254;
/**
 * Longer than any address can be even before IDNA mapping drops characters (a soft hyphen maps to
 * nothing): such text is refused before any pattern looks at it, so no input costs more than this.
 */
const MAX_INPUT = 1024;

// RFC 5322 "atext" plus the dot; anything else needs quoting, which we don't accept.
const LOCAL_CHAR = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]$/i;
// Letters, digits, hyphen and dot, or any non-ASCII character (checked again by IDNA).
const DOMAIN_CHAR = /^[a-z0-9.-]$|^\P{ASCII}$/iu;
const NON_ASCII = /\P{ASCII}/u;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A problem, its English sentence and the sentence's key (`address.<code>` unless told). */
export function problem(
  code: AddressProblemCode,
  key: AccountsKey = `address.${code}` as AccountsKey,
  params?: Readonly<Record<string, RefValue>>,
): AddressProblem {
  return { ok: false, code, ...said(ACCOUNTS_EN, key, params) };
}

function describeChar(char: string): MessageRef {
  if (char === '"') return ref('address.character.quotes');
  const point = char.codePointAt(0) ?? 0;
  if (point < 0x20 || point === 0x7f) return ref('address.character.control');
  return ref('address.character.other', { character: char });
}

/**
 * Reads what a person typed as their Microsoft sign-in name: an email address or a phone number.
 * Never throws; every rejection carries a code and a plain message.
 */
export function parseAddress(input: string): AddressParseResult {
  const text = input.trim();
  if (text === '') return problem('empty');
  if (text.length > MAX_INPUT) {
    return problem(
      !text.includes('@') && looksLikePhone(text) ? 'phone-too-long' : 'address-too-long',
    );
  }

  if (!text.includes('@')) {
    if (looksLikePhone(text)) return parsePhone(input, text);
    if (/^[^\s]+\.[^\s.]+$/.test(text)) {
      return problem('missing-at', 'address.missing-at.domain-only', {
        domain: text.toLowerCase(),
      });
    }
    return problem('missing-at');
  }

  // A quoted local part ("jane doe"@example.com) is valid email, but Microsoft sign-in and
  // account sign-up only take plain addresses, so we name the problem rather than call it a typo.
  if (text.startsWith('"')) {
    const closing = findClosingQuote(text);
    if (closing > 0 && text[closing + 1] === '@') {
      return problem('quoted-local-part');
    }
  }

  if (/\s/.test(text)) {
    return problem('contains-space');
  }

  const at = text.indexOf('@');
  if (text.indexOf('@', at + 1) !== -1) {
    return problem('multiple-at');
  }

  const localRaw = text.slice(0, at);
  const domainRaw = text.slice(at + 1);
  if (localRaw === '') {
    return problem('empty-local-part');
  }
  if (domainRaw === '') {
    return problem('empty-domain');
  }

  const localProblem = checkLocalPart(localRaw);
  if (localProblem) return localProblem;

  const domainResult = toAsciiDomain(domainRaw);
  if (!domainResult.ok) return domainResult;

  const localPart = localRaw.toLowerCase();
  const address = `${localPart}@${domainResult.domain}`;
  if (address.length > MAX_ADDRESS) {
    return problem('address-too-long');
  }

  const plus = localPart.indexOf('+');
  return {
    ok: true,
    kind: 'email',
    input,
    address,
    localPart,
    domain: domainResult.domain,
    domainUnicode: domainRaw.toLowerCase(),
    plusTag: plus > 0 ? localPart.slice(plus + 1) : null,
  };
}

/** Index of the quote closing the one at 0, skipping backslash escapes; -1 if none. */
function findClosingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

function checkLocalPart(local: string): AddressProblem | null {
  if (NON_ASCII.test(local)) {
    return problem('local-non-ascii');
  }
  for (const char of local) {
    if (!LOCAL_CHAR.test(char)) {
      return problem('local-bad-character', 'address.local-bad-character', {
        character: describeChar(char),
      });
    }
  }
  if (local.startsWith('.')) {
    return problem('local-leading-dot');
  }
  if (local.endsWith('.')) {
    return problem('local-trailing-dot');
  }
  if (local.includes('..')) {
    return problem('local-double-dot');
  }
  if (local.length > MAX_LOCAL) {
    return problem('local-too-long');
  }
  return null;
}

type DomainResult = { ok: true; domain: string } | AddressProblem;

function toAsciiDomain(raw: string): DomainResult {
  if (raw.startsWith('[')) {
    return problem('domain-ip-address');
  }
  for (const char of raw) {
    if (!DOMAIN_CHAR.test(char)) {
      return problem('domain-bad-character', 'address.domain-bad-character', {
        character: describeChar(char),
      });
    }
  }
  // A non-ASCII domain may use another script's full stop (。．), which IDNA maps to "."; so
  // "has a dot at all" waits until after the mapping.
  const structural = checkDots(raw, !NON_ASCII.test(raw));
  if (structural) return structural;

  let domain = raw.toLowerCase();
  if (NON_ASCII.test(domain)) {
    // The WHATWG URL parser does IDNA ToASCII in browsers and Node alike (node:url isn't portable).
    try {
      domain = new URL(`http://${domain}`).hostname;
    } catch {
      return problem('domain-invalid-idn');
    }
    // IDNA mapping can turn characters such as a full-width dot into ".", so look again.
    const mapped = checkDots(domain, true);
    if (mapped) return mapped;
  }

  if (domain.length > MAX_DOMAIN) {
    return problem('domain-too-long');
  }
  const labels = domain.split('.');
  for (const label of labels) {
    if (label.length > MAX_LABEL) {
      return problem('label-too-long');
    }
    if (label.startsWith('-') || label.endsWith('-')) {
      return problem('label-hyphen');
    }
  }
  if (IPV4.test(domain)) {
    return problem('domain-ip-address');
  }
  const ending = labels[labels.length - 1] ?? '';
  if (ending.length < 2 || /^\d+$/.test(ending)) {
    return problem('domain-bad-ending', 'address.domain-bad-ending', { ending });
  }
  return { ok: true, domain };
}

function checkDots(domain: string, requireDot: boolean): AddressProblem | null {
  if (domain.startsWith('.')) {
    return problem('domain-leading-dot');
  }
  if (domain.endsWith('.')) {
    return problem('domain-trailing-dot');
  }
  if (domain.includes('..')) {
    return problem('domain-double-dot');
  }
  if (requireDot && !domain.includes('.')) {
    return problem('domain-missing-dot');
  }
  return null;
}
