import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyUrl } from '../../../src/core/detection';
import { PANEL_STATES_KEY, panelStatesOf } from '../../../src/core/guidance/panel-states';

const local = vi.hoisted(() => ({ stored: {} as Record<string, unknown>, fail: false }));
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => {
          if (local.fail) throw new Error('storage is gone');
          return key in local.stored ? { [key]: local.stored[key] } : {};
        },
      },
    },
  },
}));

const { earlyGuidance } = await import('../../../src/background/guidance-handlers');

const early = (url: string) => earlyGuidance(url, classifyUrl(url));

describe('the guidance panel’s start, sent with the page report', () => {
  beforeEach(() => {
    local.stored = {};
    local.fail = false;
    vi.stubGlobal('navigator', { languages: ['fr-CH', 'en'], language: 'fr-CH' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is the text for the page’s kind, in the language the address names', async () => {
    const start = await early('https://login.live.com/login.srf?mkt=de-DE');
    expect(start?.view).toMatchObject({ kind: 'sign-in', locale: 'de' });
    expect(start?.localeFromAddress).toBe(true);
  });

  it('falls back to the browser’s languages, which <html lang> may still override', async () => {
    const start = await early('https://signup.live.com/signup');
    expect(start?.view).toMatchObject({ kind: 'sign-up', locale: 'fr' });
    expect(start?.localeFromAddress).toBe(false);
  });

  it('does not count an address language the panel is not written in', async () => {
    const start = await early('https://login.live.com/login.srf?mkt=ja-JP');
    expect(start?.view.locale).toBe('fr');
    expect(start?.localeFromAddress).toBe(false);
  });

  it('is nothing for pages that are not Microsoft’s or have no guidance', async () => {
    expect(await early('https://login-microsoftonline-com.secure-verify.net/common/login')).toBe(
      undefined,
    );
    expect(await early('https://example.org/')).toBe(undefined);
  });

  it('carries the saved panel states, and only what is a panel state', async () => {
    local.stored[PANEL_STATES_KEY] = {
      'sign-in:wide': 'collapsed',
      'sign-up:narrow': 'open',
      'recovery:wide': '<img src=x>',
      __proto__: 'open',
    };
    const start = await early('https://login.live.com/login.srf');
    expect(start?.panelStates).toEqual({ 'sign-in:wide': 'collapsed', 'sign-up:narrow': 'open' });
  });

  it('still gives the text when storage can’t be read', async () => {
    local.fail = true;
    const start = await early('https://login.live.com/login.srf');
    expect(start?.view.kind).toBe('sign-in');
    expect(start?.panelStates).toEqual({});
  });
});

describe('panelStatesOf', () => {
  it('takes only open or collapsed under short keys, and nothing from non-objects', () => {
    expect(panelStatesOf(null)).toEqual({});
    expect(panelStatesOf('open')).toEqual({});
    expect(panelStatesOf(['open'])).toEqual({});
    expect(panelStatesOf({ a: 'open', b: 'closed', c: 1, [`${'k'.repeat(65)}`]: 'open' })).toEqual({
      a: 'open',
    });
  });

  it('keeps at most 64 states', () => {
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'open']));
    expect(Object.keys(panelStatesOf(many))).toHaveLength(64);
  });
});
