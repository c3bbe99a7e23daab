import { DEFAULT_LOCALE, type Locale, localeOfTag } from './locales';

/**
 * The language of the extension's own pages and notifications: the browser's UI language
 * (`browser.i18n.getUILanguage()`, e.g. `de` or `fr-CA`) when it is one of ours, else English.
 * The browser chooses the manifest's `_locales` the same way, so the toolbar button's name and
 * the popup agree.
 */
export function uiLocaleOf(uiLanguage: string | null | undefined): Locale {
  return localeOfTag(uiLanguage) ?? DEFAULT_LOCALE;
}
