import { describe, expect, it } from 'vitest';
import { compareCatalogs, translator } from '../../../src/core/i18n/catalog';
import { format, placeholdersOf } from '../../../src/core/i18n/format';
import { chooseLocale, localeOfTag } from '../../../src/core/i18n/locales';
import { languageOfLcid, pageLanguageTags } from '../../../src/core/i18n/page-language';

describe('i18n', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(
      format('{address} is one, like every @{domain}', { address: 'a@b.c', domain: 'b.c' }),
    ).toBe('a@b.c is one, like every @b.c');
    expect(format('Noted for {address}.')).toBe('Noted for {address}.');
    expect(placeholdersOf('{b} {a} {b} {not a placeholder}')).toEqual(['a', 'b']);
  });

  it('reads language tags and Windows LCIDs', () => {
    expect(localeOfTag('de-AT')).toBe('de');
    expect(localeOfTag('fr_CA')).toBe('fr');
    expect(localeOfTag('pt-BR')).toBeNull();
    expect(languageOfLcid('1031')).toBe('de');
    expect(languageOfLcid('1033')).toBe('en');
    expect(languageOfLcid('2057')).toBe('en');
    expect(languageOfLcid('3082')).toBe('es');
    expect(languageOfLcid('1036')).toBe('fr');
    expect(languageOfLcid('1041')).toBeNull();
    expect(languageOfLcid('en')).toBeNull();
  });

  it('collects the page’s language from mkt, ui_locales, setlang, lc and <html lang>', () => {
    expect(pageLanguageTags('https://account.live.com/password/reset?mkt=de-DE', 'en')).toEqual([
      'de-DE',
      'en',
    ]);
    expect(
      pageLanguageTags('https://login.microsoftonline.com/common?ui_locales=fr-FR%20en', null),
    ).toEqual(['fr-FR', 'en']);
    expect(pageLanguageTags('https://login.live.com/login.srf?lc=3082', 'es-ES')).toEqual([
      'es',
      'es-ES',
    ]);
    expect(pageLanguageTags('not a url', ' ja ')).toEqual(['ja']);
  });

  it('follows the page when it is one of ours, else the browser, else English', () => {
    expect(chooseLocale(['de-DE'], ['fr'], ['en', 'de', 'fr'])).toBe('de');
    expect(chooseLocale(['ja-JP'], ['fr-FR', 'en'], ['en', 'fr'])).toBe('fr');
    expect(chooseLocale(['de-DE'], ['es'], ['en'])).toBe('en');
    expect(chooseLocale([], [], ['en'])).toBe('en');
  });

  it('compares a catalog with the reference: missing, extra, empty, placeholders', () => {
    const en = { a: 'Hello {name}', b: 'Bye', c: 'Plain' };
    const de = { a: 'Hallo {nom}', b: ' ', d: 'Extra' };
    expect(compareCatalogs(en, de)).toEqual([
      { key: 'a', problem: 'placeholders', expected: ['name'], found: ['nom'] },
      { key: 'b', problem: 'empty' },
      { key: 'c', problem: 'missing' },
      { key: 'd', problem: 'extra' },
    ]);
    expect(compareCatalogs(en, { a: 'Hallo {name}', b: 'Tschüss', c: 'Schlicht' })).toEqual([]);
  });

  it('translates, falling back to English key by key', () => {
    const t = translator({ en: { hi: 'Hi {who}', bye: 'Bye' }, de: { hi: 'Hallo {who}' } }, 'de');
    expect(t('hi', { who: 'Sam' })).toBe('Hallo Sam');
    expect(t('bye')).toBe('Bye');
  });
});
