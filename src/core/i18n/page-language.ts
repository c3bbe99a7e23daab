/**
 * The language a Microsoft page is shown in, as language tags, most specific evidence first:
 *
 * - `mkt` (e.g. `de-DE`): the market Microsoft's account pages are rendered for;
 * - `ui_locales` (space-separated tags): the OpenID Connect parameter login.microsoftonline.com
 *   follows;
 * - `setlang`: another override Microsoft's pages accept;
 * - `lc` (e.g. `1031`): a Windows LCID, used by login.live.com and account.live.com. Its low 10
 *   bits are the primary language (0x07 German, 0x09 English, 0x0a Spanish, 0x0c French), which
 *   is all we need from it;
 * - `<html lang>`: what the page says about itself.
 */
const PRIMARY_LANGUAGE_OF_LCID: Readonly<Record<number, string>> = {
  7: 'de',
  9: 'en',
  10: 'es',
  12: 'fr',
};

export function languageOfLcid(value: string): string | null {
  if (!/^\d{1,5}$/.test(value)) return null;
  return PRIMARY_LANGUAGE_OF_LCID[Number(value) & 0x3ff] ?? null;
}

export function pageLanguageTags(url: string, htmlLang: string | null | undefined): string[] {
  const tags: string[] = [];
  let params: URLSearchParams | null = null;
  try {
    params = new URL(url).searchParams;
  } catch {
    params = null;
  }
  if (params) {
    for (const name of ['mkt', 'ui_locales', 'setlang']) {
      for (const tag of (params.get(name) ?? '').split(/[\s,]+/)) if (tag) tags.push(tag);
    }
    const lcid = languageOfLcid(params.get('lc') ?? '');
    if (lcid) tags.push(lcid);
  }
  if (htmlLang?.trim()) tags.push(htmlLang.trim());
  return tags;
}
