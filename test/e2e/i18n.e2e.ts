import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETECTION_CATALOGS } from '../../src/core/i18n/messages/detection';
import { MANIFEST_CATALOGS } from '../../src/core/i18n/messages/manifest';
import { PAGES_CATALOGS } from '../../src/core/i18n/messages/pages';
import { type ExtensionGlobal, inExtension, openExtensionPage, tabIdOf } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, type Route, site } from './support/network';

/**
 * The extension in a German browser: its pages, toolbar title, store description and lookalike
 * warning follow the browser's UI language; the guidance panel follows a Microsoft page's own
 * language when it is one of ours (French here), and the browser's otherwise.
 */

const SIGN_IN = 'https://login.live.com/login.srf';
const SIGN_IN_FRENCH = `${SIGN_IN}?mkt=fr-FR`;
/** The same page in a language Account Helper doesn't have: the panel follows the browser. */
const SIGN_IN_JAPANESE = `${SIGN_IN}?x=ja`;
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';

const DE = { ...PAGES_CATALOGS.de, ...DETECTION_CATALOGS.de };

/** The e2e build opens Account Helper's shadow root on a page that asks, for tests to read. */
function audited(route: Route): Route {
  return { ...route, body: route.body.replace('<html ', '<html data-account-helper-audit ') };
}

/** The text of the marker's shadow root (open: see `audited`). */
function markerText(page: Page): Promise<string> {
  return page.$eval(
    '[data-account-helper]',
    (host) => (host as HTMLElement).shadowRoot?.textContent ?? '',
  );
}

function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe.each(BROWSERS)('languages in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  async function visit(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(url);
    await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
    return page;
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e', { uiLanguage: 'de' });
    const signIn = audited(site('ms-sign-in.html'));
    network = new FakeNetwork()
      .route(SIGN_IN_FRENCH, signIn)
      .route(SIGN_IN_JAPANESE, {
        ...signIn,
        body: signIn.body.replace(/ lang="[^"]*"/, ' lang="ja"'),
      })
      .route(LOOKALIKE, audited(site('lookalike-plain.html')));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('runs in a German browser', async () => {
    const language = await inExtension(ext, () => {
      const g = globalThis as unknown as {
        browser?: { i18n: { getUILanguage(): string } };
        chrome: { i18n: { getUILanguage(): string } };
      };
      return (g.browser ?? g.chrome).i18n.getUILanguage();
    });
    // Without the language's resources both browsers stay in English: see launch.ts.
    expect(
      language,
      browserName === 'chromium'
        ? 'Chromium needs its translations: apt-get install chromium-l10n'
        : 'Firefox needs the German language pack: apt-get install firefox-esr-l10n-de',
    ).toMatch(/^de\b/);
  });

  it('welcomes in German, with a German name and description in the browser', async () => {
    await ext.welcome.waitForSelector('h1');
    expect(await ext.welcome.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await text(ext.welcome, 'h1')).toBe(DE['welcome.title']);
    expect(await ext.welcome.title()).toBe(DE['welcome.title']);
    const self = await inExtension(ext, async () => {
      type Api = { management: { getSelf(): Promise<{ name: string; description: string }> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const info = await (g.browser ?? g.chrome).management.getSelf();
      return { name: info.name, description: info.description };
    });
    expect(self).toEqual({
      name: MANIFEST_CATALOGS.de.extName,
      description: MANIFEST_CATALOGS.de.extDescription,
    });
  });

  it('shows the popup in German, the account check’s answers included', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await text(popup, '#account-check-heading')).toBe('Habe ich schon ein Microsoft-Konto?');
    expect(await text(popup, 'label[for="account-check-input"]')).toBe(
      'E-Mail-Adresse oder Telefonnummer',
    );
    await popup.type('#account-check-input', 'jane@outlook.com');
    await popup.click('[data-testid="account-check-form"] button[type="submit"]');
    await popup.waitForSelector('[data-testid="account-answer"]');
    const answer = await text(popup, '[data-testid="account-answer"]');
    expect(answer).toContain('Dies ist ein privates Microsoft-Konto.');
    expect(answer).toContain('Jede Adresse mit @outlook.com ist ein privates Microsoft-Konto.');
    expect(await text(popup, 'main')).not.toMatch(/\bthe\b|\byour\b|\bThis is\b/);
    await popup.close();
  });

  it('shows the options page in German, its errors included', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.waitForSelector('[data-testid="my-data"]');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await text(options, 'h1')).toBe('Einstellungen von Account Helper');
    expect(await options.title()).toBe('Einstellungen von Account Helper');
    expect(await text(options, '#accounts-heading')).toBe('Ihre Konten');
    expect(await text(options, '#data-heading')).toBe('Ihre Daten');
    await options.type('[data-testid="add-account"] input[name="address"]', 'jane');
    await options.click('[data-testid="add-account"] button[type="submit"]');
    await options.waitForSelector('[data-testid="add-account-error"]');
    expect(await text(options, '[data-testid="add-account-error"]')).toBe(
      'Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain, etwa jane@outlook.com.',
    );
    await options.close();
  });

  it('gives a French Microsoft page the French panel, and others the browser’s German', async () => {
    const french = await visit(SIGN_IN_FRENCH);
    await french.waitForSelector('[data-account-helper][data-panel-lang]', { timeout: 10_000 });
    expect(
      await french.$eval('[data-account-helper]', (el) => el.getAttribute('data-panel-lang')),
    ).toBe('fr');
    await waitFor(async () => (await markerText(french)).includes('Connexion'), 'the French panel');
    expect(await markerText(french)).toContain('Choisissez le bon compte');

    const other = await visit(SIGN_IN_JAPANESE);
    await other.waitForSelector('[data-account-helper][data-panel-lang]', { timeout: 10_000 });
    expect(
      await other.$eval('[data-account-helper]', (el) => el.getAttribute('data-panel-lang')),
    ).toBe('de');
    await waitFor(
      async () => (await markerText(other)).includes('Wählen Sie das richtige Konto'),
      'the German panel',
    );

    // The toolbar button's title follows the browser, whatever the page's language.
    const tabId = await tabIdOf(ext, `${SIGN_IN}*`);
    const title = await waitFor(async () => {
      const value = await inExtension(
        ext,
        (id: number) => {
          type Api = { action: { getTitle(details: { tabId: number }): Promise<string> } };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          return (g.browser ?? g.chrome).action.getTitle({ tabId: id });
        },
        tabId,
      );
      return value === DE['toolbar.microsoft'] ? value : null;
    }, 'the German toolbar title');
    expect(title).toBe('Account Helper: eine echte Microsoft-Seite');
    await french.close();
    await other.close();
  });

  it('warns about a lookalike in German, its reasons included', async () => {
    await turnOnGuard(ext);
    await waitFor(
      () =>
        inExtension(ext, async () => {
          const g = globalThis as unknown as ExtensionGlobal;
          const scripts = await (g.browser ?? g.chrome).scripting.getRegisteredContentScripts();
          return scripts.some((s) => s.id === 'lookalike-guard');
        }),
      'the guard content script to be registered',
    );
    const page = await visit(LOOKALIKE);
    await waitFor(
      async () => (await markerText(page)).includes(DE['warning.title']),
      'the German warning',
    );
    const warning = await page.$eval('[data-account-helper]', (host) => {
      const root = (host as HTMLElement).shadowRoot;
      return {
        lang: root?.querySelector('[role="alertdialog"]')?.getAttribute('lang') ?? null,
        reasons: Array.from(root?.querySelectorAll('li') ?? []).map((li) => li.textContent ?? ''),
        leave: root?.querySelector('button.leave')?.textContent ?? '',
      };
    });
    expect(warning.lang).toBe('de');
    expect(warning.leave).toBe('Diese Seite verlassen');
    expect(warning.reasons.length).toBeGreaterThan(0);
    for (const reason of warning.reasons) expect(reason).not.toMatch(/\bThe\b|\bThis\b/);
    await page.close();
  });
});
