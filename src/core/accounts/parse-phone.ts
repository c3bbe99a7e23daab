import { ACCOUNTS_EN } from '../i18n/messages/accounts/en';
import { said } from '../i18n/text';
import type { AddressProblem } from './parse-address';

/** A phone number, which can be the sign-in name of a Microsoft account. */
export interface ParsedPhone {
  ok: true;
  kind: 'phone';
  input: string;
  /**
   * `+` and digits when the number had a country code (`+44 7700 900123` → `+447700900123`);
   * digits only when it did not (`(425) 555-0100` → `4255550100`): we never guess a country.
   */
  phone: string;
  hasCountryCode: boolean;
}

// E.164 allows at most 15 digits; real subscriber numbers are never shorter than 7.
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
const PHONE_SHAPE = /^\+?[\d\s().-]+$/;

/** True when the text is made only of what people type in phone numbers. */
export function looksLikePhone(text: string): boolean {
  return PHONE_SHAPE.test(text) && /\d/.test(text);
}

/** Reads a phone-shaped text; call only when `looksLikePhone` is true. */
export function parsePhone(input: string, text: string): ParsedPhone | AddressProblem {
  let digits = text.replace(/\D/g, '');
  let hasCountryCode = text.startsWith('+');
  // 00 is the international call prefix in most of the world, so 0044… is +44….
  if (!hasCountryCode && digits.startsWith('00')) {
    digits = digits.slice(2);
    hasCountryCode = true;
  }
  if (digits.length < MIN_DIGITS) {
    return { ok: false, code: 'phone-too-short', ...said(ACCOUNTS_EN, 'address.phone-too-short') };
  }
  if (digits.length > MAX_DIGITS) {
    return { ok: false, code: 'phone-too-long', ...said(ACCOUNTS_EN, 'address.phone-too-long') };
  }
  return {
    ok: true,
    kind: 'phone',
    input,
    phone: hasCountryCode ? `+${digits}` : digits,
    hasCountryCode,
  };
}
