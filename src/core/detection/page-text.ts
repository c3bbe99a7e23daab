/**
 * Page text as a person reads it, whatever tricks the markup plays: compatibility forms folded
 * (NFKC: full-width and styled letters), accents and combining dots dropped (İ → i), invisible
 * characters removed, Cyrillic and Greek look-alike letters mapped to Latin, 0 and 1 inside words
 * read as o and i ("0ffice", "Micr0soft", "S1GN 1N"), "VV" opening a word as W ("VVINDOWS"), and words spelt out letter by letter ("M i c r o s o f t",
 * or one letter per element) joined up, commas read as spaces. The DOM already decodes HTML entities.
 */

const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]/g;
const COMBINING_MARKS = /\p{M}/gu;
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ո: 'n',
  ս: 'u',
  օ: 'o',
  ı: 'i',
  ɡ: 'g',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const QUOTES = /[\u2018\u2019\u02bc\u00b4`]/g;
const DIGIT_IN_WORD =
  /(?<=\p{L})[01](?=\p{L})|(?<![\p{L}\p{N}])[01](?=\p{L}{2})|(?<=\p{L}{2})[01](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[01](?=n(?![\p{L}\p{N}]))/gu;
/** "VV" for "W" at a word's start ("VVINDOWS"): no word in these languages starts so. */
const DOUBLE_V = /(?<![\p{L}\p{N}])vv(?=\p{L}{2})/gu;
/** Three or more single letters in a row, one space apart: a word spelt out. */
const SPELT_OUT = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu;

/** Lower-cased, whitespace-collapsed text with straight quotes, nothing else changed. */
export function plainText(value: string): string {
  return value.toLowerCase().replace(QUOTES, "'").replace(/\s+/g, ' ').trim();
}

/** The text as read: see the file comment. Phrase lists go through it too, so both match. */
export function readableText(value: string): string {
  const text = value
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LOOKALIKE_CHARS, (char) => LOOKALIKES[char] ?? char)
    .replace(QUOTES, "'")
    // Kits drop or add commas ("Email, Phone or Skype"); no phrase turns on one.
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(DIGIT_IN_WORD, (digit) => (digit === '0' ? 'o' : 'i'))
    .replace(DOUBLE_V, 'w')
    .replace(SPELT_OUT, (run) => run.replaceAll(' ', ''));
  return text.trim();
}
