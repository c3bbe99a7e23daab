import { format, type Params, placeholdersOf } from './format';
import type { Locale } from './locales';

/** Every message of one language, by key. */
export type Catalog<Key extends string> = Readonly<Record<Key, string>>;

/**
 * The catalogs of every language that has one. English is the reference: it is always complete,
 * and a key missing from another language falls back to it (the tests refuse incomplete
 * catalogs, so this is a safety net, not a plan).
 */
export type Catalogs<Key extends string> = { readonly en: Catalog<Key> } & {
  readonly [L in Exclude<Locale, 'en'>]?: Partial<Catalog<Key>>;
};

export function availableLocales<Key extends string>(catalogs: Catalogs<Key>): Locale[] {
  return (Object.keys(catalogs) as Locale[]).filter((locale) => catalogs[locale] !== undefined);
}

export type Translate<Key extends string> = (key: Key, params?: Params) => string;

export function translator<Key extends string>(
  catalogs: Catalogs<Key>,
  locale: Locale,
): Translate<Key> {
  const chosen = catalogs[locale] as Partial<Catalog<Key>> | undefined;
  const reference = catalogs.en;
  return (key, params) => format(chosen?.[key] ?? reference[key], params);
}

export type CatalogProblem =
  | { key: string; problem: 'missing' | 'extra' | 'empty' }
  | { key: string; problem: 'placeholders'; expected: string[]; found: string[] };

/**
 * How `candidate` differs from `reference`: keys missing or extra, empty messages, and messages
 * whose placeholders are not exactly the reference's.
 */
export function compareCatalogs(
  reference: Readonly<Record<string, string>>,
  candidate: Readonly<Record<string, string | undefined>>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const [key, text] of Object.entries(reference)) {
    const translated = candidate[key];
    if (translated === undefined) {
      problems.push({ key, problem: 'missing' });
      continue;
    }
    if (translated.trim() === '') problems.push({ key, problem: 'empty' });
    const expected = placeholdersOf(text);
    const found = placeholdersOf(translated);
    if (expected.join() !== found.join()) {
      problems.push({ key, problem: 'placeholders', expected, found });
    }
  }
  for (const key of Object.keys(candidate)) {
    if (!Object.hasOwn(reference, key)) problems.push({ key, problem: 'extra' });
  }
  return problems;
}
