import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reasons } from '../../../src/core/detection/reasons';
import { compareCatalogs, pluralForm } from '../../../src/core/i18n/catalog';
import { placeholdersOf } from '../../../src/core/i18n/format';
import { LOCALES } from '../../../src/core/i18n/locales';
import { ALL_CATALOGS } from '../../../src/core/i18n/messages/all';
import { DETECTION_EN } from '../../../src/core/i18n/messages/detection/en';
import { MANIFEST_CATALOGS } from '../../../src/core/i18n/messages/manifest';
import { ref, said, sayRef } from '../../../src/core/i18n/text';
import { uiLocaleOf } from '../../../src/core/i18n/ui-locale';

const AREAS = Object.entries(ALL_CATALOGS);
const TRANSLATIONS = LOCALES.filter((locale) => locale !== 'en');

/**
 * Messages that may read the same in a translation: names, and short words several languages
 * share. Anything longer that is identical to English was probably left untranslated.
 */
const SAME_IN_TRANSLATION = new Set([
  'Account Helper',
  'Account Helper: {title}',
  '{label} ({address})',
  'OneDrive',
  'Skype',
  'Xbox',
  'Windows',
  'Windows Phone',
  'Office',
  'Outlook.com',
  '{count} minutes',
]);

describe('the catalogs', () => {
  it('cover all four languages in every area', () => {
    expect(AREAS.map(([area]) => area).sort()).toEqual(
      [
        'account-check',
        'accounts',
        'data',
        'detection',
        'guidance',
        'manifest',
        'options',
        'pages',
        'reminders',
      ].sort(),
    );
    for (const [area, catalogs] of AREAS) {
      expect(Object.keys(catalogs).sort(), area).toEqual([...LOCALES].sort());
    }
  });

  it.each(
    AREAS.flatMap(([area, catalogs]) => TRANSLATIONS.map((locale) => [area, locale, catalogs])),
  )(
    '%s in %s: every English key, no other, none empty, the same placeholders',
    (_area, locale, catalogs) => {
      const all = catalogs as (typeof ALL_CATALOGS)[string];
      expect(compareCatalogs(all.en, all[locale as (typeof LOCALES)[number]])).toEqual([]);
    },
  );

  it('have no key in two areas (the pages merge them)', () => {
    const seen = new Map<string, string>();
    for (const [area, catalogs] of AREAS) {
      if (area === 'guidance') continue; // The panel's own, never merged with the pages'.
      for (const key of Object.keys(catalogs.en)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it('give every plural both forms, each with its {count} where English has one', () => {
    for (const [area, catalogs] of AREAS) {
      for (const key of Object.keys(catalogs.en)) {
        if (!key.endsWith('.one')) continue;
        const other = `${key.slice(0, -'.one'.length)}.other`;
        expect(Object.hasOwn(catalogs.en, other), `${area}: ${other}`).toBe(true);
      }
    }
  });

  it('translate everything longer than a name', () => {
    const untranslated: string[] = [];
    for (const [area, catalogs] of AREAS) {
      for (const locale of TRANSLATIONS) {
        for (const [key, text] of Object.entries(catalogs[locale])) {
          if (text === catalogs.en[key] && !SAME_IN_TRANSLATION.has(text) && text.length > 12) {
            untranslated.push(`${area}/${locale}: ${key}`);
          }
        }
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('set French with non-breaking spaces before : ; ? ! and inside « »', () => {
    for (const [area, catalogs] of AREAS) {
      for (const [key, text] of Object.entries(catalogs.fr)) {
        expect(text, `${area}: ${key}`).not.toMatch(/ [:;?!»]|« /);
      }
    }
  });

  it('keep the manifest’s name and description within the stores’ limits', () => {
    for (const locale of LOCALES) {
      const manifest = MANIFEST_CATALOGS[locale];
      expect(manifest.extName.length, locale).toBeLessThanOrEqual(45);
      expect(manifest.extDescription.length, locale).toBeLessThanOrEqual(132);
      expect(manifest.actionTitle.length, locale).toBeLessThanOrEqual(45);
    }
  });
});

/** The text box under a `## heading` of a store listing. */
function listingField(markdown: string, heading: string): string | undefined {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  return /```text\n([\s\S]*?)\n```/.exec(section ?? '')?.[1];
}

describe('the store listings', () => {
  it.each(LOCALES.filter((locale) => existsSync(`store/${locale}/description.md`)))(
    '%s: the manifest’s description, a summary within 250 characters, and a description',
    (locale) => {
      const listing = readFileSync(`store/${locale}/description.md`, 'utf8');
      expect(listingField(listing, 'Name')).toBe(MANIFEST_CATALOGS[locale].extName);
      expect(listingField(listing, 'Short description')).toBe(
        MANIFEST_CATALOGS[locale].extDescription,
      );
      expect(listingField(listing, 'Summary (Firefox Add-ons)')?.length).toBeLessThanOrEqual(250);
      expect(listingField(listing, 'Description')?.length).toBeGreaterThan(1000);
    },
  );

  it('exist in every language', () => {
    for (const locale of TRANSLATIONS)
      expect(existsSync(`store/${locale}/description.md`)).toBe(true);
  });
});

describe('saying what core said', () => {
  it('builds English from the catalog and keeps the key and values', () => {
    const reason = reasons.typoOfHost('login.micros0ft.com', 'login.microsoft.com');
    expect(reason.message).toBe(
      "The address login.micros0ft.com is a near-miss of Microsoft's real address login.microsoft.com.",
    );
    expect(reason.text).toEqual({
      key: 'reason.typo-of-microsoft-host',
      params: { host: 'login.micros0ft.com', official: 'login.microsoft.com' },
    });
    const german = ALL_CATALOGS.detection?.de as Record<string, string>;
    expect(sayRef(reason.text ?? ref(''), (key) => german[key])).toBe(
      'Die Adresse login.micros0ft.com weicht nur knapp von der echten Microsoft-Adresse login.microsoft.com ab.',
    );
  });

  it('says values that are messages in the same language, and gives up on an unknown key', () => {
    const catalog = { outer: 'Wait {wait}.', 'inner.one': '{count} second' } as const;
    const text = ref('outer', { wait: ref('inner.one', { count: 1 }) });
    expect(said(catalog, 'outer', text.params).message).toBe('Wait 1 second.');
    const lookup = (key: string) => ({ outer: 'Warte {wait}.' })[key];
    expect(sayRef(text, lookup)).toBeNull();
    expect(sayRef(ref('missing'), lookup)).toBeNull();
  });

  it('knows every reason code of detection in every language', () => {
    for (const key of Object.keys(DETECTION_EN).filter((k) => k.startsWith('reason.'))) {
      for (const locale of LOCALES) {
        expect(ALL_CATALOGS.detection?.[locale]?.[key], `${locale}: ${key}`).toBeTruthy();
      }
    }
  });
});

describe('choosing the language', () => {
  it('follows the browser’s UI language when it is one of ours, else English', () => {
    expect(uiLocaleOf('de')).toBe('de');
    expect(uiLocaleOf('fr-CA')).toBe('fr');
    expect(uiLocaleOf('es-419')).toBe('es');
    expect(uiLocaleOf('en-GB')).toBe('en');
    expect(uiLocaleOf('ja')).toBe('en');
    expect(uiLocaleOf(undefined)).toBe('en');
  });

  it('picks plural forms by each language’s rules', () => {
    expect(pluralForm('en', 1)).toBe('one');
    expect(pluralForm('en', 0)).toBe('other');
    expect(pluralForm('de', 2)).toBe('other');
    expect(pluralForm('fr', 0)).toBe('one');
    expect(pluralForm('fr', 1)).toBe('one');
    expect(pluralForm('es', 1)).toBe('one');
    expect(pluralForm('es', 5)).toBe('other');
  });

  it('keeps placeholders the same in a plural’s forms in every language', () => {
    for (const [, catalogs] of AREAS) {
      for (const locale of LOCALES) {
        for (const [key, text] of Object.entries(catalogs[locale])) {
          if (!key.endsWith('.one')) continue;
          const other = catalogs[locale][`${key.slice(0, -4)}.other`] ?? '';
          expect(placeholdersOf(text), `${locale}: ${key}`).toEqual(placeholdersOf(other));
        }
      }
    }
  });
});
