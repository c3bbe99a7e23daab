import { readdirSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage } from './support/extension';
import { type FakeMicrosoft, startFakeMicrosoft } from './support/fake-microsoft';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { BackgroundWatch, online, PageWatch } from './support/observe';
import { captureDownloads, settled } from './support/reminders';

/**
 * A full session of use without a lookup makes no network request of the extension's own: only the
 * fixture pages the test opens (which the browser requests for the page) show up.
 *
 * The e2e build in both browsers: the same production build with the guard's permission granted at
 * install (headless Chromium can't answer the prompt) and the lookup pointed at a fake Microsoft on
 * 127.0.0.1, which here must see nothing at all.
 *
 * What each browser lets us observe:
 * - Chromium: CDP `Network.enable` on every service worker target of the extension and on each
 *   extension page (popup, options), plus request interception on every page.
 * - Firefox: request interception on every page, the extension's own tabs included. BiDi has no
 *   handle on the add-on's background page, so its requests can't be watched; the fake Microsoft
 *   server would see a lookup if the background made one, and nothing else it might fetch shows.
 */

const MICROSOFT = [
  ['https://login.live.com/login.srf', 'ms-sign-in.html'],
  ['https://signup.live.com/signup', 'ms-sign-up.html'],
  ['https://account.live.com/password/reset', 'ms-password-reset.html'],
  ['https://account.live.com/proofs/manage', 'ms-security-info.html'],
  ['https://account.microsoft.com/', 'ms-account-home.html'],
  // The newer flows, walked through every step (see FLOWS).
  ['https://signup.live.com/', 'ms-sign-up-passwordless.html'],
  ['https://login.live.com/oauth20_authorize.srf', 'ms-sign-in-passkey.html'],
  ['https://login.microsoftonline.com/common/oauth2/v2.0/authorize', 'ms-sign-in-converged.html'],
] as const;
/** Pages whose views the test steps through ("Next" after "Next"), as a person would. */
const FLOWS = new Set<string>([
  'https://signup.live.com/',
  'https://login.live.com/oauth20_authorize.srf',
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
]);
const ORDINARY = 'https://www.example.org/recipes/bread';
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
const ADDRESS = 'sam@example.org';
const card = `[data-testid="account"][data-address="${ADDRESS}"]`;

describe.each(BROWSERS)('a session of use without a lookup in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let background: BackgroundWatch;
  let microsoft: FakeMicrosoft;
  const pages = new PageWatch();
  const network = new FakeNetwork()
    .route(ORDINARY, site('ordinary.html'))
    .route(LOOKALIKE, site('lookalike-plain.html'));
  for (const [url, file] of MICROSOFT) network.route(url, site(file));
  const chromium = browserName === 'chromium';

  async function visit(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await pages.watch(page, 'web');
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  }

  /** An extension page, watched from its first request: it loads again once the watch is on. */
  async function extensionPage(path: string, ready: string): Promise<Page> {
    const page = await openExtensionPage(ext, path);
    await network.attach(page);
    await pages.watch(page, path, chromium);
    await page.evaluate(() => location.reload());
    await page.waitForFunction(
      (selector) => document.readyState === 'complete' && document.querySelector(selector) !== null,
      { timeout: 15_000 },
      ready,
    );
    return page;
  }

  /** Clicks each view's forward button until the flow ends, letting the panel follow each step. */
  async function stepThrough(page: Page): Promise<void> {
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const step = await page.evaluate(() => {
        const views = Array.from(document.querySelectorAll<HTMLElement>('[data-step]'));
        const view = views.find((v) => v.getClientRects().length > 0);
        const forward = Array.from(view?.querySelectorAll<HTMLElement>('[data-next]') ?? []).pop();
        forward?.click();
        return forward ? (view?.dataset.step ?? '') : '';
      });
      if (!step) break;
      seen.add(step);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(seen.size).toBeGreaterThan(2);
  }

  beforeAll(async () => {
    microsoft = await startFakeMicrosoft({});
    ext = await launchWithExtension(browserName, 'e2e');
    background = await new BackgroundWatch(ext).start();
  });

  afterAll(async () => {
    await background?.stop();
    await pages.stop();
    await ext?.close();
    await microsoft?.close();
  });

  it('makes no request of its own from the first page to the lookalike', async () => {
    const started = Date.now();
    const downloads = await captureDownloads(ext);

    // Microsoft's pages of several kinds, each marked genuine.
    for (const [url] of MICROSOFT) {
      const page = await visit(url);
      await page.waitForSelector('[data-account-helper][data-verdict="microsoft"]');
      if (FLOWS.has(url)) await stepThrough(page);
      await page.close();
    }

    // The popup: an address in the account check (answered on the device), a follow-up question,
    // "Add to my accounts". "Ask Microsoft" is never clicked.
    const popup = await extensionPage('popup.html', '#account-check-input');
    await popup.type('#account-check-input', ADDRESS);
    await popup.click('[data-testid="account-check-form"] button[type="submit"]');
    await popup.waitForSelector('[data-testid="account-answer"]');
    await popup.click('input[data-question="xbox"]');
    await popup.waitForSelector('[data-testid="account-answer"][data-tone="likely"]');
    await popup.click('[data-step="add-to-accounts"]');
    await popup.waitForSelector('[data-testid="added"]');
    await popup.close();

    // The options page: edit the account, export the data.
    const options = await extensionPage('options.html', '[data-testid="my-data"]');
    await options.waitForSelector(`${card} [data-action="edit"]`);
    await options.click(`${card} [data-action="edit"]`);
    const form = `${card} [data-testid="edit-account"]`;
    await options.waitForSelector(form);
    await options.type(`${form} input[name="label"]`, 'Games');
    await options.click(`${form} button[type="submit"]`);
    await options.waitForSelector(`${card} [data-action="edit"]`);
    await settled(options);
    await options.click('[data-testid="export"]');
    await waitFor(
      async () => readdirSync(downloads).some((name) => name.endsWith('.json')),
      'the exported file',
    );
    await options.close();

    // The guard on (Firefox: the options page's button; Chromium's e2e build has it already), then
    // an ordinary page and a lookalike.
    await turnOnGuard(ext);
    const ordinary = await visit(ORDINARY);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ordinary.$('[data-account-helper]')).toBeNull();
    await ordinary.close();
    const lookalike = await visit(LOOKALIKE);
    await lookalike.waitForSelector('[data-account-helper][data-verdict="lookalike"]', {
      timeout: 15_000,
    });
    await lookalike.close();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const requested = pages.requests
      .filter(online)
      .filter((line) => !line.includes('/favicon.ico'));
    const expected = [
      ...MICROSOFT.map(([url]) => `web GET ${url} `),
      `web GET ${ORDINARY} `,
      `web GET ${LOOKALIKE} `,
    ];
    expect(requested).toEqual(expected);
    expect(network.unexpected).toEqual([]);
    expect(background.requests.filter(online)).toEqual([]);
    if (background.observable) {
      // The worker was watched (it loads its own icons for the badge, which stay in the browser).
      expect(background.requests.length).toBeGreaterThan(0);
    }
    expect(microsoft.requests).toEqual([]);
    console.log(
      `session-requests (${browserName}): ${Date.now() - started} ms, ${pages.requests.length} page requests and ${background.requests.length} worker requests watched${background.observable ? '' : ' (background not observable)'}`,
    );
  });
});
