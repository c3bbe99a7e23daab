import { browser } from 'wxt/browser';
import { type Catalog, translator } from '../core/i18n/catalog';
import type { Params } from '../core/i18n/format';
import type { Locale } from '../core/i18n/locales';
import { ACCOUNTS_CATALOGS } from '../core/i18n/messages/accounts';
import { DATA_CATALOGS } from '../core/i18n/messages/data';
import { DETECTION_CATALOGS } from '../core/i18n/messages/detection';
import { PAGES_CATALOGS } from '../core/i18n/messages/pages';
import { REMINDERS_CATALOGS } from '../core/i18n/messages/reminders';
import { type MessageRef, sayRef } from '../core/i18n/text';
import { uiLocaleOf } from '../core/i18n/ui-locale';

/**
 * The background's own words, in the browser's UI language like the extension's pages: toolbar
 * titles, notifications, the lookalike warning (sent to the guard's content script, which carries
 * no text of its own) and errors the pages show.
 */
function merged(locale: Locale) {
  return {
    ...PAGES_CATALOGS[locale],
    ...DETECTION_CATALOGS[locale],
    ...ACCOUNTS_CATALOGS[locale],
    ...REMINDERS_CATALOGS[locale],
    ...DATA_CATALOGS[locale],
  };
}

const BACKGROUND_EN = merged('en');
export type BackgroundKey = keyof typeof BACKGROUND_EN;

const catalogs = new Map<Locale, Catalog<BackgroundKey>>([['en', BACKGROUND_EN]]);

/** The browser's UI language when it is one of ours, else English. */
export function backgroundLocale(): Locale {
  try {
    return uiLocaleOf(browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

function catalogOf(locale: Locale): Catalog<BackgroundKey> {
  let catalog = catalogs.get(locale);
  if (!catalog) {
    catalog = merged(locale);
    catalogs.set(locale, catalog);
  }
  return catalog;
}

/** A message in the browser's UI language, with its `{placeholders}` filled in. */
export function bt(key: BackgroundKey, params?: Params): string {
  const locale = backgroundLocale();
  return translator<BackgroundKey>({ en: BACKGROUND_EN, [locale]: catalogOf(locale) }, locale)(
    key,
    params,
  );
}

/** Something core said, in the browser's UI language when the catalogs know its key. */
export function bsay(said: { message: string; text?: MessageRef | undefined }): string {
  if (!said.text) return said.message;
  const catalog = catalogOf(backgroundLocale()) as Readonly<Record<string, string>>;
  return (
    sayRef(said.text, (key) => (Object.hasOwn(catalog, key) ? catalog[key] : undefined)) ??
    said.message
  );
}

/** A failure written for people: the router shows its sentence in the browser's language. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
  constructor(readonly said: { message: string; text?: MessageRef | undefined }) {
    super(said.message);
  }
}
