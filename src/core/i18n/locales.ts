/**
 * The languages Account Helper is written in: English (the reference), German, French and
 * Spanish. Everything that picks a language works on this list; a part counts a language as
 * available once that part's catalog has it (see `chooseLocale`).
 */
export const LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a BCP 47 tag such as `de-AT` or `fr_CA` (its primary subtag), or null. */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : null;
}

/**
 * The language to show: the page's own, when it is one we have; otherwise the browser's first
 * that we have; otherwise English. Page and browser tags come most preferred first.
 */
export function chooseLocale(
  pageTags: readonly string[],
  browserTags: readonly string[],
  available: readonly Locale[],
): Locale {
  for (const tag of [...pageTags, ...browserTags]) {
    const locale = localeOfTag(tag);
    if (locale && available.includes(locale)) return locale;
  }
  return available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (available[0] ?? DEFAULT_LOCALE);
}
