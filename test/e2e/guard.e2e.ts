import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  type ExtensionGlobal,
  inExtension,
  openExtensionPage,
  tabIdOf,
} from './support/extension';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { focusIsInMarker, markerAttributes, warningCoversPage } from './support/page-probes';

const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
const CLONE = 'https://invoice-portal-docs.net/shared/view';
const COMPANY = 'https://books.northwind.example/sign-in';
const CLONE_ASSETS = [
  'https://aadcdn.msftauth.net/shared/1.0/content/images/favicon_a_eupayfgghqiai7k9sol6lg2.ico',
  'https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg',
];

describe.each(BROWSERS)('lookalike guard in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  async function visit(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  }

  beforeAll(async () => {
    // Chromium can't answer a permission prompt headless: its e2e build has the permission at
    // install. Firefox grants it without a prompt, so there the real request flow is tested.
    ext = await launchWithExtension(browserName, browserName === 'chromium' ? 'e2e' : 'store');
    network = new FakeNetwork()
      .route(LOOKALIKE, site('lookalike-plain.html'))
      .route(CLONE, site('cloned-sign-in.html'))
      .route(COMPANY, site('company-sign-in.html'));
    for (const asset of CLONE_ASSETS) network.route(asset, { status: 404, body: '' });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('is turned on from the options page, which asks for the permission', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    const guard = await options.waitForSelector(
      '[data-testid="guard"]:not([data-guard="checking"])',
    );
    if (browserName === 'firefox') {
      expect(await guard?.evaluate((el) => el.getAttribute('data-guard'))).toBe('off');
      const button = await options.waitForSelector('[data-testid="guard"] button.primary');
      await button?.click();
    }
    await options.waitForSelector('[data-testid="guard"][data-guard="on"]');
    // The background registers the guard's script once the permission is there.
    await waitFor(
      () =>
        inExtension(ext, async () => {
          const g = globalThis as unknown as ExtensionGlobal;
          const api = g.browser ?? g.chrome;
          const scripts = await api.scripting.getRegisteredContentScripts();
          return scripts.some((s) => s.id === 'lookalike-guard');
        }),
      'the guard content script to be registered',
    );
    await options.close();
  });

  it('warns on a lookalike address, takes focus, and leaves on Enter', async () => {
    const page = await visit(LOOKALIKE);
    await page.waitForSelector('[data-account-helper]');
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    expect(await focusIsInMarker(page)).toBe(true);
    const tabId = await tabIdOf(ext, `${new URL(LOOKALIKE).origin}/*`);
    expect(await badgeText(ext, tabId)).toBe('!');

    // "Leave this page" has focus.
    await page.keyboard.press('Enter');
    await waitFor(
      () =>
        inExtension(
          ext,
          async (id: number) => {
            const g = globalThis as unknown as ExtensionGlobal;
            const api = g.browser ?? g.chrome;
            const tab = await api.tabs.get(id);
            return tab.url?.endsWith('/left.html') ?? false;
          },
          tabId,
        ),
      'the tab to leave the lookalike',
    );
    // The page it left for offers the next steps: Microsoft's account page, and closing the tab.
    const left = await waitFor(async () => {
      for (const candidate of await ext.browser.pages()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.endsWith('/left.html')) return candidate;
      }
      return null;
    }, 'the “you left a lookalike” page');
    await left.waitForSelector('[data-testid="left-next-steps"]');
    expect(await left.$eval('[data-testid="left-account"]', (a) => a.getAttribute('href'))).toBe(
      'https://account.microsoft.com/',
    );
    await left.click('[data-testid="left-close"]');
    await waitFor(
      () =>
        inExtension(
          ext,
          async (id: number) => {
            const g = globalThis as unknown as ExtensionGlobal;
            return (g.browser ?? g.chrome).tabs.get(id).then(
              () => false,
              () => true,
            );
          },
          tabId,
        ),
      '“Close this tab” to close it',
    );
  });

  it('warns on a cloned Microsoft sign-in page on a foreign host', async () => {
    const page = await visit(CLONE);
    await page.waitForSelector('[data-account-helper]');
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
  });

  it('lets the user stay after a deliberate choice, remembered for that host', async () => {
    const page = await visit(CLONE);
    await page.waitForSelector('[data-account-helper]');
    expect(await focusIsInMarker(page)).toBe(true);
    // Past "Report this page to Microsoft", Tab to "I know what I'm doing", open it, then Tab to
    // the button that shows the page.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(async () => !(await warningCoversPage(page)), 'the warning to give way');

    await page.reload();
    await page.waitForSelector('[data-account-helper]');
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await warningCoversPage(page)).toBe(false);
  });

  it('stays silent on another company’s sign-in page', async () => {
    const page = await visit(COMPANY);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await page.$('[data-account-helper]')).toBeNull();
  });

  it('a page cannot hide the warning by removing it', async () => {
    const page = await visit(LOOKALIKE);
    await page.waitForSelector('[data-account-helper]');
    await page.evaluate(() => document.querySelector('[data-account-helper]')?.remove());
    await page.waitForSelector('[data-account-helper]');
    expect(await warningCoversPage(page)).toBe(true);
  });

  it('made no request the test did not expect', () => {
    expect(network.unexpected).toEqual([]);
  });
});
