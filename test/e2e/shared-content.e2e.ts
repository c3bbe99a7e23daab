import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage, tabIdOf } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

/**
 * Shared content on Microsoft's hosts (issue 16): a file shared from SharePoint is "not a Microsoft
 * sign-in page" with a plain notice in the popup, a Forms page asking for a password gets the
 * warning, and the sign-in page a shared file leads to is flagged, naming the file's host.
 */

const SHARED_FILE =
  'https://contoso-my.sharepoint.com/:b:/g/personal/ap_contoso_com/EaBcDeFgHiJ?e=x1Y2z3';
const FORM = 'https://forms.office.com/r/Mbx7Upgrade1';
const NEXT = 'https://secure-docview.example.net/auth/start';
const MAIL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hZ';

type Api = {
  tabs: {
    create(o: { url: string; openerTabId?: number; active?: boolean }): Promise<{ id?: number }>;
  };
};

describe.each(BROWSERS)('shared content on Microsoft’s hosts in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  async function visit(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  }

  /** The popup, opened as a page on the tab at `url`, once it shows a verdict. */
  async function popupFor(url: string): Promise<Page> {
    const tabId = await tabIdOf(ext, `${new URL(url).origin}/*`);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="verdict"]', { timeout: 20_000 });
    return popup;
  }

  async function firstReason(popup: Page): Promise<{ code: string; text: string } | null> {
    return popup.$eval('[data-testid="verdict"] li[data-code]', (li) => ({
      code: li.getAttribute('data-code') ?? '',
      text: li.textContent ?? '',
    }));
  }

  /** The popup fits 360 × 600 without scrolling once its cards have loaded. */
  async function expectFits(popup: Page): Promise<void> {
    await popup.setViewport({ width: 360, height: 600 });
    await popup.waitForSelector('main[data-state="ready"] [data-testid="guard"][data-guard="on"]');
    await popup.waitForSelector('[data-testid="due-reminders"]');
    const size = await popup.evaluate(() => ({
      height: document.scrollingElement?.scrollHeight ?? 0,
      width: document.scrollingElement?.scrollWidth ?? 0,
    }));
    expect(size.width).toBe(360);
    expect(size.height).toBeLessThanOrEqual(600);
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, browserName === 'chromium' ? 'e2e' : 'store');
    await turnOnGuard(ext);
    network = new FakeNetwork()
      .route(SHARED_FILE, site('shared-file-sharepoint.html'))
      .route(FORM, site('forms-asks-password.html'))
      .route(NEXT, site('shared-doc-sign-in.html'))
      .route(MAIL, site('webmail-message.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('a SharePoint shared file: no warning, and the popup says who published it', async () => {
    const page = await visit(SHARED_FILE);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$('[data-account-helper]')).toBeNull();
    const popup = await popupFor(SHARED_FILE);
    await popup.waitForSelector('[data-testid="verdict"][data-verdict="other"]');
    const notice = await popup.waitForSelector('[data-testid="shared-content-notice"]');
    const text = await notice?.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('published this on SharePoint, not Microsoft');
    expect(text).toContain('classic trick');
    await expectFits(popup);
    await popup.close();
    await page.close();
  });

  it('a Forms page whose question asks for a password gets the warning', async () => {
    const page = await visit(FORM);
    await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    const popup = await popupFor(FORM);
    await popup.waitForSelector('[data-testid="verdict"][data-verdict="lookalike"]');
    expect(await firstReason(popup)).toMatchObject({ code: 'shared-content-question' });
    // The warning's reasons say who published it; the popup fits 360 × 600 once its cards are in.
    expect((await firstReason(popup))?.text).toContain('Microsoft Forms');
    await expectFits(popup);
    await popup.close();
    await page.close();
  });

  it('the sign-in page, visited on its own, is left alone', async () => {
    const page = await visit(NEXT);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$('[data-account-helper]')).toBeNull();
    await page.close();
  });

  it('the same page opened from the shared file (same tab) is flagged, naming the file’s host', async () => {
    const page = await visit(SHARED_FILE);
    await Promise.all([page.waitForNavigation(), page.click('#view-here')]);
    expect(page.url()).toBe(NEXT);
    await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    const popup = await popupFor(NEXT);
    const reason = await firstReason(popup);
    expect(reason?.code).toBe('opened-from-shared-content');
    expect(reason?.text).toContain('contoso-my.sharepoint.com');
    await popup.close();
    await page.close();
  });

  it('…and in a new tab the shared file opened (the browser’s openerTabId)', async () => {
    const file = await visit(SHARED_FILE);
    const fileTab = await tabIdOf(ext, `${new URL(SHARED_FILE).origin}/*`);
    const known = new Set(await ext.browser.pages());
    await inExtension(
      ext,
      async (opener: number) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        await (g.browser ?? g.chrome).tabs.create({
          url: 'about:blank',
          openerTabId: opener,
          active: true,
        });
      },
      fileTab,
    );
    const page = await waitFor(async () => {
      for (const candidate of await ext.browser.pages())
        if (!known.has(candidate)) return candidate;
      return null;
    }, 'the tab opened from the shared file');
    await network.attach(page);
    await page.goto(NEXT);
    await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    await page.close();
    await file.close();
  });

  it('…and opened from a message in webmail, naming the mail host', async () => {
    const page = await visit(MAIL);
    await Promise.all([page.waitForNavigation(), page.click('#open')]);
    await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    const popup = await popupFor(NEXT);
    const reason = await firstReason(popup);
    expect(reason?.code).toBe('opened-from-webmail');
    expect(reason?.text).toContain('outlook.office.com');
    await popup.close();
    await page.close();
  });

  it('made no request the test did not expect', () => {
    expect(network.unexpected).toEqual([]);
  });
});
