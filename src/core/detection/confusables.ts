/**
 * A compact confusable "skeleton" in the spirit of Unicode TR39, limited to what matters for
 * Latin brand names: Cyrillic/Greek/Armenian homoglyphs, dotless and stroked letters, the
 * digits 0 and 1, and multi-letter tricks (rn→m, vv→w, cl→d). Accents are stripped by NFD.
 * Both brand names and candidates go through the same function, so folds only need to be
 * consistent, not reversible. `i`, `l`, `1` and `|`-like letters all fold to `l`.
 */

const SINGLE: Record<string, string> = {
  // Cyrillic
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
  і: 'l',
  ї: 'l',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ո: 'n',
  ս: 'u',
  ց: 'g',
  օ: 'o',
  ɡ: 'g',
  ь: 'b',
  п: 'n',
  г: 'r',
  ш: 'w',
  л: 'n',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'l',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
  ϲ: 'c',
  ϳ: 'j',
  // Latin look-alikes that NFD doesn't decompose
  ı: 'l',
  ł: 'l',
  ɩ: 'l',
  ǀ: 'l',
  ɑ: 'a',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  ƅ: 'b',
  ɢ: 'g',
  ʀ: 'r',
  ꜱ: 's',
  ᴏ: 'o',
  ᴄ: 'c',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ß: 'b',
  ɾ: 'r',
  ſ: 'f',
  ƒ: 'f',
  // ASCII folds
  i: 'l',
  '1': 'l',
  '0': 'o',
  '|': 'l',
};

const MULTI: ReadonlyArray<readonly [string, string]> = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII_FOLDS = /[i10|]/g;
const ASCII_FOLD_MAP: Record<string, string> = { i: 'l', '1': 'l', '0': 'o', '|': 'l' };

/** The skeleton of a string: equal skeletons mean the strings look alike. */
export function skeleton(value: string): string {
  return foldSequences(foldLetters(value));
}

/**
 * The skeleton with and without the multi-letter folds: "micrпsoft" (Cyrillic п) becomes
 * "mlcrnsoft", which the rn→m fold would spoil, so callers compare both.
 */
export function skeletonVariants(value: string): readonly string[] {
  const letters = foldLetters(value);
  const full = foldSequences(letters);
  return full === letters ? [full] : [full, letters];
}

function foldLetters(value: string): string {
  let text = value.toLowerCase();
  if (hasNonAscii(text)) {
    text = text.normalize('NFD').replace(COMBINING_MARKS, '');
    let mapped = '';
    for (const char of text) mapped += SINGLE[char] ?? char;
    text = mapped;
  } else {
    text = text.replace(ASCII_FOLDS, (char) => ASCII_FOLD_MAP[char] ?? char);
  }
  return text;
}

function foldSequences(value: string): string {
  let text = value;
  for (const [from, to] of MULTI) {
    if (text.includes(from)) text = text.split(from).join(to);
  }
  return text;
}

/** True when the string contains characters outside plain ASCII. */
export function hasNonAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) return true;
  return false;
}
