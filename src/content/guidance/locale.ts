import { SHIPPED_LOCALES } from '../../core/guidance/shipped-locales';
import { chooseLocale, type Locale, localeOfTag } from '../../core/i18n/locales';
import { pageLanguageTags } from '../../core/i18n/page-language';

/** The page's language when we have it (mkt, lc, ui_locales, `<html lang>`), else the browser's. */
export function panelLocale(doc: Document): Locale {
  return chooseLocale(
    pageLanguageTags(doc.location?.href ?? '', doc.documentElement?.getAttribute('lang')),
    navigator.languages ?? [navigator.language],
    SHIPPED_LOCALES,
  );
}

/** The language `<html lang>` names, when it is one the panel is written in. */
export function pageLocale(doc: Document): Locale | null {
  const locale = localeOfTag(doc.documentElement?.getAttribute('lang'));
  return locale && SHIPPED_LOCALES.includes(locale) ? locale : null;
}
