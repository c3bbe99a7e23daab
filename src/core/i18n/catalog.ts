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

// ---- Translations checked by the compiler ----

/** The `{placeholder}` names of a message, as a union (never for none). */
export type PlaceholdersIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The keys of `Candidate` whose placeholders differ from English's. */
type WrongPlaceholders<Reference extends Record<string, string>, Candidate> = {
  [K in keyof Reference & keyof Candidate]: Candidate[K] extends string
    ? SameUnion<PlaceholdersIn<Reference[K]>, PlaceholdersIn<Candidate[K]>> extends true
      ? never
      : K
    : K;
}[keyof Reference & keyof Candidate];

/** How a translation differs from English; `never` everywhere when it is complete and right. */
export type TranslationProblems<Reference extends Record<string, string>, Candidate> = {
  missing: Exclude<keyof Reference, keyof Candidate>;
  extra: Exclude<keyof Candidate, keyof Reference>;
  placeholders: WrongPlaceholders<Reference, Candidate>;
};

type IsRight<Problems> = Problems extends { missing: never; extra: never; placeholders: never }
  ? [Problems[keyof Problems]] extends [never]
    ? true
    : false
  : false;

/**
 * Declares a translation of `Reference` (an English catalog declared `as const`):
 * `translation<typeof EN>()({ ... })`. The compiler holds it to English's keys, and to exactly
 * the placeholders of each English message: a wrong translation asks for a second argument whose
 * type names the missing and extra keys and the messages with other placeholders. The unit tests
 * check the same at run time.
 */
export function translation<Reference extends Record<string, string>>() {
  return <const Candidate extends Record<string, string>>(
    catalog: Candidate,
    ..._fix: IsRight<TranslationProblems<Reference, Candidate>> extends true
      ? []
      : [problems: TranslationProblems<Reference, Candidate>]
  ): Catalog<Extract<keyof Reference, string>> =>
    catalog as unknown as Catalog<Extract<keyof Reference, string>>;
}

// ---- Plurals ----
/** Messages with a count have two forms, `<key>.one` and `<key>.other`. */
export type PluralBase<Key extends string> = PluralBaseOf<Key, Key>;

type PluralBaseOf<Each, All> = Each extends `${infer Base}.one`
  ? `${Base}.other` extends All
    ? Base
    : never
  : never;

/**
 * The form for `count` in `locale`: `one` where the language's rules say so (1 in English,
 * German and Spanish; 0 and 1 in French), `other` for everything else.
 */
export function pluralForm(locale: Locale, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
