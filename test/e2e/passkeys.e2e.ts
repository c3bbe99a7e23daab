import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageKind } from '../../src/core/detection/types';
import { guidanceView } from '../../src/core/guidance/view';
import type { Locale } from '../../src/core/i18n/locales';
import {
  coveredControls,
  hostAttribute,
  panelText,
  togglePanel,
  waitForHostAttribute,
  waitForPanel,
} from './support/guidance-probes';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, type Route, site } from './support/network';

/**
 * The passwordless era on Microsoft's pages, in both browsers: a passwordless sign-up, a passkey
 * sign-in, the Authenticator's number matching and a security-info page with a passkey listed.
 * The step the panel follows is on the marker (`data-page-step`, `data-coach-step`) in both; what
 * the panel says is read in Chromium (its accessibility tree reaches the closed shadow root), in
 * English and in German (the page's `<html lang>`).
 */

const SIGN_UP = 'https://signup.live.com/';
const PASSKEY_SIGN_IN = 'https://login.live.com/oauth20_authorize.srf';
const CONVERGED = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
const PROOFS = 'https://account.live.com/proofs/manage';
const RESET = 'https://account.live.com/password/reset';

/** The same fixture in another language: Microsoft serves it in `<html lang>`. */
function inLanguage(route: Route, tag: string): Route {
  return { ...route, body: route.body.replace('lang="en-US"', `lang="${tag}"`) };
}

describe.each(BROWSERS)('passkeys and the Authenticator app in %s', (browserName) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork();
  for (const [url, file] of [
    [SIGN_UP, 'ms-sign-up-passwordless.html'],
    [PASSKEY_SIGN_IN, 'ms-sign-in-passkey.html'],
    [CONVERGED, 'ms-sign-in-converged.html'],
    [PROOFS, 'ms-security-info.html'],
    [RESET, 'ms-password-reset-steps.html'],
  ] as const) {
    network
      .route(url, site(file))
      .route(`${url}?lang=de`, inLanguage(site(file), 'de-DE'))
      .route(`${url}?lang=fr`, inLanguage(site(file), 'fr-FR'));
  }
  const chromium = browserName === 'chromium';

  async function visit(url: string, locale: 'en' | 'de' | 'fr'): Promise<Page> {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await network.attach(page);
    await page.goto(locale === 'en' ? url : `${url}?lang=${locale}`);
    await waitForPanel(page);
    if ((await hostAttribute(page, 'data-panel-state')) === 'collapsed') await togglePanel(page);
    return page;
  }

  /** Chromium only: the panel's text contains every one of `texts` and none of `absent`. */
  async function says(page: Page, texts: string[], absent: string[] = []): Promise<void> {
    if (!chromium) return;
    const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
    const text = flat(await panelText(page));
    for (const part of texts) expect(text).toContain(flat(part));
    for (const part of absent) expect(text).not.toContain(flat(part));
  }

  async function next(page: Page, view: string): Promise<void> {
    await page.click(`[data-step="${view}"] [data-testid="primaryButton"][data-next]`);
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e');
  });

  afterAll(async () => {
    await ext?.close();
  });

  it.each(['en', 'de'] as const)('coaches a passwordless sign-up (%s)', async (locale) => {
    const view = guidanceView('sign-up', locale as Locale, 'microsoft-account');
    const label = (id: string) => view.coach?.steps.find((s) => s.id === id)?.label ?? id;
    const page = await visit(SIGN_UP, locale);
    expect(await hostAttribute(page, 'data-panel-lang')).toBe(locale);
    await waitForHostAttribute(page, 'data-coach-step', 'email');
    await page.type('#MemberName', 'new.person@example.com');
    await next(page, 'email');
    for (const step of ['email-code', 'name', 'details', 'puzzle', 'passkey']) {
      await waitForHostAttribute(page, 'data-coach-step', step);
      if (step !== 'passkey') await next(page, step);
    }
    // No password was asked: the meter never shows, and no strength was ever rated.
    expect(await hostAttribute(page, 'data-password-strength')).toBe('empty');
    const passkey = view.sections.find((s) => s.id === 'passkey-what');
    const second = view.sections.find((s) => s.id === 'passkey-second');
    await says(
      page,
      [
        passkey?.heading ?? '?',
        ...(passkey?.paragraphs ?? []),
        ...(second?.paragraphs ?? []),
        `${view.coach?.current} ${label('passkey')}`,
        // Only the steps gone through are ticked.
        `${view.coach?.done} ${label('email')}`,
        `${view.coach?.done} ${label('email-code')}`,
        `${view.coach?.done} ${label('name')}`,
        `${view.coach?.done} ${label('details')}`,
        `${view.coach?.done} ${label('puzzle')}`,
      ],
      [label('username'), label('password'), label('phone'), view.strength?.heading ?? '?'],
    );
    expect(await coveredControls(page), 'the passkey step').toEqual([]);
    await next(page, 'passkey');
    await waitForHostAttribute(page, 'data-coach-step', 'stay-signed-in');
    expect(await coveredControls(page), 'Stay signed in?').toEqual([]);
    await says(page, [label('stay-signed-in'), `${view.coach?.done} ${label('passkey')}`]);
    await page.close();
  });

  it.each(['en', 'de'] as const)('guides a passkey sign-in (%s)', async (locale) => {
    const view = guidanceView('sign-in', locale as Locale, 'microsoft-account');
    const section = (id: string) => view.sections.find((s) => s.id === id);
    const page = await visit(PASSKEY_SIGN_IN, locale);
    await waitForHostAttribute(page, 'data-page-step', 'address');
    await page.type('#usernameEntry', 'someone@outlook.com');
    await next(page, 'address');
    await waitForHostAttribute(page, 'data-page-step', 'passkey');
    await says(
      page,
      [section('passkey')?.paragraphs[0] ?? '?', section('passkey-what')?.heading ?? '?'],
      [section('number-match')?.heading ?? '?', section('which')?.heading ?? '?'],
    );
    expect(await coveredControls(page), 'the passkey step').toEqual([]);
    await page.click('#otherWays');
    await waitForHostAttribute(page, 'data-page-step', 'other-ways');
    expect(await coveredControls(page), 'other ways').toEqual([]);
    await says(
      page,
      [section('other-ways')?.paragraphs[0] ?? '?'],
      [section('passkey')?.heading ?? '?'],
    );
    await page.close();
  });

  it.each(['en', 'de'] as const)('explains number matching (%s)', async (locale) => {
    const view = guidanceView('sign-in', locale as Locale, 'work-school');
    const section = (id: string) => view.sections.find((s) => s.id === id);
    const page = await visit(CONVERGED, locale);
    await page.type('#i0116', 'sam@contoso.com');
    await page.click('#idSIButton9');
    await waitForHostAttribute(page, 'data-page-step', 'password');
    await page.type('#i0118', 'not-a-real-password');
    await page.click('#idSIButton9b');
    await waitForHostAttribute(page, 'data-page-step', 'number-match');
    await says(page, section('number-match')?.paragraphs ?? ['?'], [
      section('code')?.heading ?? '?',
    ]);
    expect(await coveredControls(page), 'number matching').toEqual([]);
    await page.click('#signInAnotherWay');
    await waitForHostAttribute(page, 'data-page-step', 'other-ways');
    await page.click('[data-value="OneWaySMS"]');
    await waitForHostAttribute(page, 'data-page-step', 'code');
    await says(page, section('code')?.paragraphs ?? ['?']);
    await page.click('#idSubmit_SAOTCC_Continue');
    await waitForHostAttribute(page, 'data-page-step', 'stay-signed-in');
    await says(page, section('stay-signed-in')?.paragraphs ?? ['?']);
    await page.close();
  });

  it.each(['en', 'de'] as const)(
    'on security info with a passkey, says what to add and warns before the last way goes (%s)',
    async (locale) => {
      const view = guidanceView('security-info' as PageKind, locale as Locale, 'microsoft-account');
      const section = (id: string) => view.sections.find((s) => s.id === id);
      const page = await visit(PROOFS, locale);
      await waitForHostAttribute(page, 'data-page-step', 'several-ways');
      await says(
        page,
        [
          section('add-next')?.paragraphs[0] ?? '?',
          section('passkey-what')?.heading ?? '?',
          section('remove')?.heading ?? '?',
        ],
        [section('last-way')?.heading ?? '?'],
      );
      // Remove every way but the passkey: the last one left gets the warning.
      for (const proof of ['authenticator', 'email', 'phone']) {
        await page.click(`[data-proof="${proof}"] [data-remove]`);
      }
      await waitForHostAttribute(page, 'data-page-step', 'one-way');
      expect(await coveredControls(page), 'one way left').toEqual([]);
      await says(page, [
        section('last-way')?.heading ?? '?',
        ...(section('last-way')?.paragraphs ?? []),
      ]);
      await page.close();
    },
  );

  it.each(['en', 'fr'] as const)('follows the password reset’s steps (%s)', async (locale) => {
    const view = guidanceView('password-reset', locale as Locale, 'microsoft-account');
    const section = (id: string) => view.sections.find((s) => s.id === id);
    const page = await visit(RESET, locale);
    await waitForHostAttribute(page, 'data-page-step', 'address');
    await says(page, section('ask')?.paragraphs ?? ['?'], [
      section('new-password')?.heading ?? '?',
    ]);
    await page.click('#resetPwdHipAction');
    await waitForHostAttribute(page, 'data-page-step', 'choose-proof');
    await page.click('#iSelectProofAction');
    await waitForHostAttribute(page, 'data-page-step', 'code');
    await says(page, section('ask')?.paragraphs ?? ['?']);
    await page.click('#iVerifyCodeAction');
    await waitForHostAttribute(page, 'data-page-step', 'new-password');
    // On the new-password step it no longer explains how to ask for a code.
    await says(
      page,
      [section('new-password')?.heading ?? '?', ...(section('new-password')?.paragraphs ?? [])],
      [section('ask')?.heading ?? '?', section('no-access')?.heading ?? '?'],
    );
    await page.type('#iPassword', 'abc');
    await waitForHostAttribute(page, 'data-password-strength', 'weak');
    await page.close();
  });

  it('made no request the test did not expect', () => {
    expect(network.unexpected).toEqual([]);
  });
});
