import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/core/detection/classify-url';
import { PAGE_KINDS } from '../../../src/core/detection/types';
import {
  AVAILABLE_LOCALES,
  CATALOGS,
  EN,
  type MessageKey,
  REQUIRED_PLACEHOLDERS,
} from '../../../src/core/guidance/catalog';
import { COACH_STEPS } from '../../../src/core/guidance/kinds/sign-up';
import { GUIDANCE } from '../../../src/core/guidance/registry';
import { SHIPPED_LOCALES } from '../../../src/core/guidance/shipped-locales';
import {
  ADDRESS_ANSWERS,
  AUDIENCES,
  type GuidanceView,
  SIGN_UP_STEPS,
  STRENGTH_HINTS,
  STRENGTH_LEVELS,
} from '../../../src/core/guidance/types';
import { guidanceView } from '../../../src/core/guidance/view';
import { compareCatalogs } from '../../../src/core/i18n/catalog';
import { placeholdersOf } from '../../../src/core/i18n/format';
import { LOCALES } from '../../../src/core/i18n/locales';

const views: GuidanceView[] = PAGE_KINDS.flatMap((kind) =>
  AUDIENCES.flatMap((audience) =>
    LOCALES.map((locale) =>
      guidanceView(kind, locale, audience === 'personal' ? 'microsoft-account' : 'work-school'),
    ),
  ),
);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const NOT_TEXT = new Set(['kind', 'locale', 'audience', 'id', 'url']);
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => (NOT_TEXT.has(key) ? [] : texts(inner)));
  }
  return [];
}

describe('guidance content', () => {
  it('has guidance for every page kind, with a title and something to read', () => {
    expect(Object.keys(GUIDANCE).sort()).toEqual([...PAGE_KINDS].sort());
    for (const kind of PAGE_KINDS) {
      expect(GUIDANCE[kind].kind).toBe(kind);
      for (const audience of AUDIENCES) {
        const view = guidanceView(kind, 'en', audience === 'personal' ? null : 'work-school');
        expect(view.panel.title).not.toBe('');
        expect(view.sections.length, `${kind} for ${audience}`).toBeGreaterThan(0);
      }
    }
  });

  it('refers only to message keys that exist', () => {
    const keys = new Set(Object.keys(EN));
    for (const spec of Object.values(GUIDANCE)) {
      const used = [
        spec.title,
        ...spec.sections.flatMap((s) => [
          s.heading,
          ...s.paragraphs,
          ...(s.links ?? []).map((l) => l.label),
        ]),
      ];
      for (const key of used) expect(keys.has(key), key).toBe(true);
    }
  });

  it('gives every step, level, hint and answer its text, in every view', () => {
    for (const view of views) {
      for (const text of texts(view)) expect(text.trim(), `${view.kind}`).not.toBe('');
      if (view.coach) expect(view.coach.steps.map((s) => s.id)).toEqual([...SIGN_UP_STEPS]);
      if (view.strength) {
        expect(Object.keys(view.strength.levels)).toEqual([...STRENGTH_LEVELS]);
        expect(Object.keys(view.strength.hints)).toEqual([...STRENGTH_HINTS]);
      }
      if (view.accounts) expect(Object.keys(view.accounts.answers)).toEqual([...ADDRESS_ANSWERS]);
    }
    expect(COACH_STEPS.map((s) => s.id)).toEqual([...SIGN_UP_STEPS]);
  });

  it('uses every message it ships', () => {
    const all = views.flatMap(texts).join('\n');
    for (const [key, text] of Object.entries(EN)) {
      // A filled-in placeholder stands for any text.
      const pattern = text
        .split(/\{[A-Za-z][A-Za-z0-9_]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      expect(new RegExp(pattern).test(all), key).toBe(true);
    }
  });

  it('puts in each message the placeholders the code fills, and no others', () => {
    for (const [key, text] of Object.entries(EN) as [MessageKey, string][]) {
      expect(placeholdersOf(text), key).toEqual([...(REQUIRED_PLACEHOLDERS[key] ?? [])].sort());
    }
  });

  it('holds every translation to English’s keys and placeholders', () => {
    for (const locale of AVAILABLE_LOCALES) {
      const catalog = CATALOGS[locale] as Record<string, string>;
      expect(compareCatalogs(EN, catalog), locale).toEqual([]);
    }
  });

  it('lists the shipped languages the content script knows about', () => {
    expect([...SHIPPED_LOCALES].sort()).toEqual([...AVAILABLE_LOCALES].sort());
  });

  it('answers a language without a catalog in English', () => {
    expect(guidanceView('sign-up', 'de').locale).toBe(
      AVAILABLE_LOCALES.includes('de') ? 'de' : 'en',
    );
  });

  it('links only to genuine Microsoft pages', () => {
    for (const view of views) {
      for (const link of view.sections.flatMap((s) => s.links)) {
        expect(classifyUrl(link.url).verdict, link.url).toBe('microsoft');
      }
    }
  });

  it('tells personal and work or school accounts what applies to them', () => {
    const personal = guidanceView('password-reset', 'en', 'microsoft-account');
    const work = guidanceView('password-reset', 'en', 'work-school');
    expect(personal.audience).toBe('personal');
    expect(work.audience).toBe('organisation');
    expect(strings(personal)).toContain('https://account.live.com/acsr');
    expect(strings(work)).not.toContain('https://account.live.com/acsr');
    expect(strings(work)).toContain('https://mysignins.microsoft.com/security-info');
  });

  it('shows each part only where it belongs', () => {
    const has = (kind: (typeof PAGE_KINDS)[number]) => {
      const view = guidanceView(kind, 'en');
      return {
        coach: Boolean(view.coach),
        strength: Boolean(view.strength),
        duplicate: Boolean(view.duplicate),
        accounts: Boolean(view.accounts),
        review: Boolean(view.review),
      };
    };
    expect(has('sign-up')).toEqual({
      coach: true,
      strength: true,
      duplicate: true,
      accounts: false,
      review: false,
    });
    expect(has('password-reset').strength).toBe(true);
    for (const kind of PAGE_KINDS) {
      if (kind !== 'sign-up' && kind !== 'password-reset') expect(has(kind).strength).toBe(false);
    }
    expect(has('sign-in').accounts).toBe(true);
    expect(guidanceView('device-code', 'en').accounts?.deviceAlways).toBe(true);
    expect(guidanceView('sign-in', 'en').accounts?.deviceAlways).toBe(false);
    expect(has('security-info').review).toBe(true);
  });
});
