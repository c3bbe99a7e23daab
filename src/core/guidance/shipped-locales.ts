import type { Locale } from '../i18n/locales';

/**
 * The languages whose catalog ships, without the catalogs themselves: the content script needs
 * the list (to tell "the page's language is one of ours" from "use the browser's") but not the
 * text. A unit test keeps it equal to the languages in `CATALOGS`.
 */
export const SHIPPED_LOCALES: readonly Locale[] = ['en', 'de', 'fr', 'es'];
