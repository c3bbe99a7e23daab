import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, openExtensionPage, readDatabase, tabIdOf } from './support/extension';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';

const SIGN_IN = 'https://login.live.com/login.srf';
const ORDINARY = 'https://gardening-club.example/';

describe.each(BROWSERS)('foundation slice in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;
  let signInPage: Page;

  beforeAll(async () => {
    ext = await launchWithExtension(browserName);
    network = new FakeNetwork()
      .route(SIGN_IN, site('microsoft-sign-in.html'))
      .route(ORDINARY, site('ordinary.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('marks a Microsoft sign-in page and records a sighting', async () => {
    signInPage = await ext.browser.newPage();
    await network.attach(signInPage);
    await signInPage.goto(SIGN_IN);
    const marker = await signInPage.waitForSelector('[data-account-helper]');
    expect(await marker?.evaluate((el) => el.getAttribute('data-verdict'))).toBe('microsoft');
    expect(await marker?.evaluate((el) => el.getAttribute('data-page-kind'))).toBe('sign-in');
    // Closed shadow root: the page can't reach inside.
    expect(await marker?.evaluate((el) => el.shadowRoot)).toBeNull();

    const tabId = await tabIdOf(ext, 'https://login.live.com/*');
    expect(await badgeText(ext, tabId)).toBe('✓');

    const db = await waitFor(async () => {
      const dump = await readDatabase(ext);
      return (dump.sightings?.length ?? 0) > 0 ? dump : null;
    }, 'a sighting in IndexedDB');
    expect(db.sightings).toEqual([
      expect.objectContaining({
        host: 'login.live.com',
        verdict: 'microsoft',
        kind: 'sign-in',
        url: SIGN_IN,
      }),
    ]);
  });

  it('the popup, opened for that tab, names the page and lists the sighting', async () => {
    const tabId = await tabIdOf(ext, 'https://login.live.com/*');
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="verdict"][data-verdict="microsoft"]');
    const verdict = await popup.$eval('[data-testid="verdict"]', (el) => el.textContent ?? '');
    expect(verdict).toContain('genuine Microsoft page');
    expect(verdict).toContain('Sign-in page');
    const sightings = await popup.$eval('[data-testid="sightings"]', (el) => el.textContent ?? '');
    expect(sightings).toContain('login.live.com');
    await popup.close();
  });

  it('the options page reads the same database', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    const total = await options.waitForSelector('[data-testid="sightings-total"]');
    expect(await total?.evaluate((el) => el.textContent)).toBe('1 visit recorded on this device.');
    await options.close();
  });

  it('leaves an ordinary page alone', async () => {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(ORDINARY);
    await page.waitForFunction(() => document.readyState === 'complete');
    // Give a content script every chance to (wrongly) run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$('[data-account-helper]')).toBeNull();
    await page.close();
  });

  it('made no request the test did not expect', () => {
    expect(network.unexpected).toEqual([]);
  });
});
