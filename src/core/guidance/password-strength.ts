import { COMMON_PASSWORDS } from './common-passwords';
import type { StrengthHint, StrengthLevel } from './types';

/**
 * A small password strength estimate, run in the page as the person types.
 *
 * Why not zxcvbn: it is the reference for this job, but its dictionaries make it about 400 KB
 * gzipped (zxcvbn-ts's core with its common-password list is still well over 100 KB), and the
 * content script's whole budget is 12 KB gzipped. What a meter next to Microsoft's own password
 * rules needs is a level and one useful hint, so this keeps zxcvbn's idea at a small scale: it
 * estimates the guesses (in bits) an attacker needs who tries the usual things first, and charges
 * each part of the password only what it costs to guess it that way:
 *
 * - a character that is new and unpredictable costs log2 of the alphabet in use (lowercase 26,
 *   capitals 26, digits 10, ASCII symbols and space 33, anything else 100: the classes present);
 * - a character that continues a run (aaaa), a sequence (abcd, 4321) or a keyboard row (qwerty,
 *   asdf) costs 1 bit, and a chunk repeated from earlier in the password costs 2 bits in all;
 * - a common password or word (common-passwords.ts, also with leet swaps like 0→o, @→a)
 *   costs log2 of the list's size plus a bit for its capitals: guessing it means trying the list;
 * - a year from 1900 to 2039 costs 7 bits: there are about 140 to try.
 *
 * The whole password being a common one (give or take digits and symbols at its ends), being
 * shorter than 8 characters, or having fewer than two of capitals, small letters, numbers and
 * symbols (Microsoft's rules: it refuses such a password) makes it weak whatever the count says.
 *
 * The password is only ever a parameter here: nothing is kept, and the result holds no part of it.
 */

export interface StrengthEstimate {
  level: StrengthLevel;
  hint: StrengthHint;
  /** The estimate, in bits of guessing work. */
  bits: number;
}

/** Thresholds in bits: below `fair` is weak, below `good` fair, below `strong` good. */
export const STRENGTH_BITS = { fair: 40, good: 56, strong: 72 } as const;
export const MIN_LENGTH = 8;
/** Only this much is examined (the repeat search is quadratic); the rest adds nothing. */
const MAX_ANALYSED = 128;

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
  'azertyuiop',
];

interface Dictionary {
  common: Set<string>;
  commonLeet: Set<string>;
  /** Longest first. */
  words: string[];
}
let built: Dictionary | undefined;

/** Built on the first estimate, not when the content script loads: most pages never need it. */
function dictionary(): Dictionary {
  if (!built) {
    const common = new Set(COMMON_PASSWORDS);
    const commonLeet = new Set(COMMON_PASSWORDS.map(unleet));
    const all = [...new Set([...COMMON_PASSWORDS, ...commonLeet])]
      .filter((word) => word.length >= 4)
      .sort((a, b) => b.length - a.length);
    built = { common, commonLeet, words: all };
  }
  return built;
}
const WORD_BITS = Math.log2(COMMON_PASSWORDS.length) + 1;
const YEAR_BITS = 7;

function unleet(text: string): string {
  let out = '';
  for (const char of text) out += LEET[char] ?? char;
  return out;
}

type CharClass = 'lower' | 'upper' | 'digit' | 'symbol' | 'other';

function classOf(char: string): CharClass {
  if (char >= 'a' && char <= 'z') return 'lower';
  if (char >= 'A' && char <= 'Z') return 'upper';
  if (char >= '0' && char <= '9') return 'digit';
  return char.charCodeAt(0) < 128 ? 'symbol' : 'other';
}

const POOL: Readonly<Record<CharClass, number>> = {
  lower: 26,
  upper: 26,
  digit: 10,
  symbol: 33,
  other: 100,
};

/** +1 or -1 when `b` follows `a` in the alphabet, the digits or a keyboard row; else 0. */
function step(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (classOf(lowerA) === classOf(lowerB) && /[a-z0-9]/.test(lowerA)) {
    const diff = lowerB.charCodeAt(0) - lowerA.charCodeAt(0);
    if (diff === 1 || diff === -1) return diff;
  }
  for (const row of KEYBOARD_ROWS) {
    const i = row.indexOf(lowerA);
    if (i < 0) continue;
    if (row[i + 1] === lowerB) return 1;
    if (row[i - 1] === lowerB) return -1;
  }
  return 0;
}

type Cost = 'sequence' | 'repeat' | 'words' | 'dates';

export function estimateStrength(password: string): StrengthEstimate {
  const chars = Array.from(password);
  if (chars.length === 0) return { level: 'empty', hint: 'type', bits: 0 };

  const classes = new Set(chars.map(classOf));
  let poolSize = 0;
  for (const c of classes) poolSize += POOL[c];
  const fullBits = Math.log2(poolSize);

  const analysed = chars.slice(0, MAX_ANALYSED);
  // One UTF-16 unit per character, so string positions are character positions.
  const lowerArray = analysed.map((char) => {
    const lowered = char.toLowerCase();
    return lowered.length === 1 ? lowered : '\uFFFD';
  });
  const lowerText = lowerArray.join('');
  const leet = unleet(lowerText);
  // What each character costs, and which pattern made it cheap (for the hint).
  const cost: number[] = analysed.map(() => fullBits);
  const cause: (Cost | null)[] = analysed.map(() => null);
  const claim = (from: number, to: number, bits: number, why: Cost) => {
    for (let i = from; i < to; i++) {
      cost[i] = i === from ? bits : 0;
      cause[i] = why;
    }
  };

  // Common words, longest first, never overlapping.
  for (const word of dictionary().words) {
    for (const text of [lowerText, leet]) {
      let at = text.indexOf(word);
      while (at >= 0) {
        const end = at + word.length;
        if (cause.slice(at, end).every((c) => c === null)) {
          const capitals = analysed.slice(at, end).some((c) => classOf(c) === 'upper') ? 1 : 0;
          claim(at, end, WORD_BITS + capitals, 'words');
        }
        at = text.indexOf(word, at + 1);
      }
    }
  }

  // Years.
  for (const match of lowerText.matchAll(/(?:19\d\d|20[0-3]\d)/g)) {
    const at = match.index ?? 0;
    if (cause.slice(at, at + 4).every((c) => c === null)) claim(at, at + 4, YEAR_BITS, 'dates');
  }

  // Chunks of 3 or more repeated from earlier in the password.
  for (let i = 1; i < analysed.length; i++) {
    if (cause[i] !== null) continue;
    let best = 0;
    for (let j = 0; j < i; j++) {
      let length = 0;
      while (i + length < analysed.length && lowerArray[j + length] === lowerArray[i + length]) {
        length++;
        if (j + length >= i) break;
      }
      best = Math.max(best, length);
    }
    if (best >= 3) {
      claim(i, i + best, 2, 'repeat');
      i += best - 1;
    }
  }

  // Runs of one character, sequences and keyboard rows: each continuing character costs 1 bit.
  for (let i = 1; i < analysed.length; i++) {
    if (cause[i] !== null || cause[i - 1] === 'words' || cause[i - 1] === 'dates') continue;
    const prev = analysed[i - 1] as string;
    const char = analysed[i] as string;
    if (prev.toLowerCase() === char.toLowerCase()) {
      cost[i] = 1;
      cause[i] = 'repeat';
      continue;
    }
    const direction = step(prev, char);
    if (direction === 0) continue;
    const before = i >= 2 ? step(analysed[i - 2] as string, prev) : 0;
    const after = i + 1 < analysed.length ? step(char, analysed[i + 1] as string) : 0;
    if (before === direction || after === direction) {
      cost[i] = 1;
      cause[i] = 'sequence';
    }
  }

  // Past the examined part nothing is added: 128 characters decide.
  const bits = cost.reduce((sum, value) => sum + value, 0);

  const trimmed = lowerText.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const isCommon =
    dictionary().common.has(lowerText) ||
    dictionary().commonLeet.has(leet) ||
    (trimmed.length > 0 &&
      (dictionary().common.has(trimmed) || dictionary().commonLeet.has(unleet(trimmed))));

  if (isCommon) return { level: 'weak', hint: 'common', bits };
  if (chars.length < MIN_LENGTH) return { level: 'weak', hint: 'too-short', bits };

  const level: StrengthLevel =
    bits < STRENGTH_BITS.fair
      ? 'weak'
      : bits < STRENGTH_BITS.good
        ? 'fair'
        : bits < STRENGTH_BITS.strong
          ? 'good'
          : 'strong';
  if (!meetsMicrosoftRules(classes)) {
    // Microsoft refuses it: weak, whatever the count. A pattern that makes it weak anyway is still
    // the better hint; otherwise the rule is (the meter always shows the rule as well).
    const hint = level === 'weak' ? hintFor(analysed, cost, cause, fullBits, classes.size) : null;
    return { level: 'weak', hint: hint ?? 'microsoft-rule', bits };
  }
  if (level === 'strong') return { level, hint: 'unique', bits };
  return { level, hint: hintFor(analysed, cost, cause, fullBits, classes.size), bits };
}

/** The kinds Microsoft counts (characters beyond ASCII count as none of them: it may not). */
const MICROSOFT_KINDS: readonly CharClass[] = ['lower', 'upper', 'digit', 'symbol'];
export const MICROSOFT_MIN_KINDS = 2;

/** Microsoft's password rule besides length: two or more of capitals, small letters, numbers, symbols. */
function meetsMicrosoftRules(classes: ReadonlySet<CharClass>): boolean {
  return MICROSOFT_KINDS.filter((kind) => classes.has(kind)).length >= MICROSOFT_MIN_KINDS;
}

/** The pattern that cost the most bits, or else what would add the most. */
function hintFor(
  chars: readonly string[],
  cost: readonly number[],
  cause: readonly (Cost | null)[],
  fullBits: number,
  classCount: number,
): StrengthHint {
  const lost: Record<Cost, number> = { words: 0, dates: 0, repeat: 0, sequence: 0 };
  for (let i = 0; i < chars.length; i++) {
    const why = cause[i];
    if (why) lost[why] += fullBits - (cost[i] ?? 0);
  }
  const [worst, amount] = (Object.entries(lost) as [Cost, number][]).sort(
    (a, b) => b[1] - a[1],
  )[0] as [Cost, number];
  // A pattern worth mentioning took away at least three characters' worth.
  if (amount >= 3 * fullBits) return worst;
  return classCount <= 1 && chars.length < 16 ? 'variety' : 'longer';
}
