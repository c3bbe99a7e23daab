import { SHIPPED_LOCALES } from '../../core/guidance/shipped-locales';
import { chooseLocale, type Locale } from '../../core/i18n/locales';
import { pageLanguageTags } from '../../core/i18n/page-language';

/** The page's language when we have it (mkt, lc, ui_locales, `<html lang>`), else the browser's. */
export function panelLocale(doc: Document): Locale {
  return chooseLocale(
    pageLanguageTags(doc.location?.href ?? '', doc.documentElement?.getAttribute('lang')),
    navigator.languages ?? [navigator.language],
    SHIPPED_LOCALES,
  );
}
