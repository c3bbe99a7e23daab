import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { type Catalog, type PluralBase, pluralForm, translator } from '../../core/i18n/catalog';
import type { Params } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locales';
import { ACCOUNT_CHECK_CATALOGS } from '../../core/i18n/messages/account-check';
import { ACCOUNTS_CATALOGS } from '../../core/i18n/messages/accounts';
import { DATA_CATALOGS } from '../../core/i18n/messages/data';
import { DETECTION_CATALOGS } from '../../core/i18n/messages/detection';
import { MANIFEST_CATALOGS } from '../../core/i18n/messages/manifest';
import { OPTIONS_CATALOGS } from '../../core/i18n/messages/options';
import { PAGES_CATALOGS } from '../../core/i18n/messages/pages';
import { REMINDERS_CATALOGS } from '../../core/i18n/messages/reminders';
import { type MessageRef, sayRef } from '../../core/i18n/text';
import { uiLocaleOf } from '../../core/i18n/ui-locale';
import { MessagingError } from '../../messaging/result';
import { isStorageError } from '../../storage/errors';

/**
 * The extension pages' words (popup, options, welcome, "you left a lookalike"): one catalog per
 * language, made of the areas the pages show, in the browser's UI language.
 */
function merged(locale: Locale) {
  return {
    ...PAGES_CATALOGS[locale],
    ...DETECTION_CATALOGS[locale],
    ...ACCOUNTS_CATALOGS[locale],
    ...ACCOUNT_CHECK_CATALOGS[locale],
    ...REMINDERS_CATALOGS[locale],
    ...OPTIONS_CATALOGS[locale],
    ...DATA_CATALOGS[locale],
    ...MANIFEST_CATALOGS[locale],
  };
}

const UI_EN = merged('en');
export type UiKey = keyof typeof UI_EN;

function browserUiLanguage(): string | undefined {
  try {
    return browser?.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

/** The language of this page: the browser's UI language when it is one of ours, else English. */
export const locale: Locale = uiLocaleOf(browserUiLanguage());

const catalog: Catalog<UiKey> = locale === 'en' ? UI_EN : merged(locale);
const translate = translator<UiKey>({ en: UI_EN, [locale]: catalog }, locale);

/** A message of the page's language, with its `{placeholders}` filled in. */
export function t(key: UiKey, params?: Params): string {
  return translate(key, params);
}

/** A message with a count: `<key>.one` or `<key>.other`, as the language's plural rules say. */
export function tn(key: PluralBase<UiKey>, count: number, params?: Params): string {
  return translate(`${key}.${pluralForm(locale, count)}` as UiKey, { count, ...params });
}

/** For components: `const t = useT()` (the language never changes while a page is open). */
export function useT(): typeof t {
  return t;
}

/**
 * Something core said: in the page's language when the catalogs have its key, else the English
 * sentence core wrote (a message from a newer background, say).
 */
export function say(said: { message: string; text?: MessageRef | undefined }): string {
  if (!said.text) return said.message;
  return (
    sayRef(said.text, (key) =>
      Object.hasOwn(catalog, key) ? (catalog as Record<string, string>)[key] : undefined,
    ) ?? said.message
  );
}

/**
 * What went wrong, for the person: the background's messages come in the page's language already;
 * the page's own storage errors and a background that didn't answer are said here.
 */
export function errorText(error: unknown): string {
  if (error instanceof MessagingError && error.code === 'no-answer') return t('error.no-answer');
  if (isStorageError(error)) return t(`storage.${error.code}`);
  return error instanceof Error && error.message ? error.message : t('error.generic');
}

/**
 * A message with elements in it: `{name}` placeholders become the given children, so a link or
 * emphasis can sit wherever the language puts it.
 */
export function tParts(key: UiKey, parts: Record<string, ComponentChildren>): ComponentChildren[] {
  return t(key)
    .split(/(\{[A-Za-z][A-Za-z0-9_]*\})/)
    .map((piece) => {
      const name = /^\{([A-Za-z][A-Za-z0-9_]*)\}$/.exec(piece)?.[1];
      return name !== undefined && Object.hasOwn(parts, name) ? parts[name] : piece;
    })
    .filter((piece) => piece !== '');
}

/** A date a person reads, in the page's language: "15 Jul 2025", "15. Juli 2025"… */
export function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "today", "tomorrow", "in 3 days", "3 days ago" in the page's language, else the date. */
export function formatDue(epochMs: number, now: number): string {
  const startOfDay = (ms: number) => {
    const date = new Date(ms);
    date.setHours(0, 0, 0, 0);
    return date.getTime();
  };
  const days = Math.round((startOfDay(epochMs) - startOfDay(now)) / 86_400_000);
  if (days > -14 && days < 14) {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  }
  return formatDate(epochMs);
}

/** Sets the document's language and title: `<html lang>` follows what the page says. */
export function localizeDocument(title: string): void {
  document.documentElement.lang = locale;
  document.title = title;
}
