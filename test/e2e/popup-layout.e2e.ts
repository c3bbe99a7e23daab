import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage, tabIdOf } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, site } from './support/network';

/**
 * The popup on a lookalike fits 360 × 600 without scrolling however many reasons the page gives:
 * the warning and its first reason show, the others fold under a disclosure.
 */

const POPUP = { width: 360, height: 600 };
/** Four reasons from its address: "microsoftonline" in a subdomain and a hyphenated name, the
 * path of Microsoft's sign-in, and sign-in words beside the brand. */
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
/** A look-alike name serving a copy of Microsoft's sign-in page: ten reasons. */
const CLONED = 'https://login.micros0ft-online.com/common/oauth2/v2.0/authorize';

describe.each(BROWSERS)('popup layout in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e');
    await turnOnGuard(ext);
    // A listed account, so the reminders card says when the next one is due, as it usually does.
    await inExtension(ext, async () => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const add = { type: 'accounts/add', address: 'sam@example.org', kind: 'personal' };
      const answer = await (g.browser ?? g.chrome).runtime.sendMessage(add);
      if (!answer.ok) throw new Error(JSON.stringify(answer));
    });
    network = new FakeNetwork()
      .route(LOOKALIKE, site('lookalike-plain.html'))
      .route(CLONED, site('cloned-sign-in.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  /** Opens the popup, at 360 × 600, for a tab at `url` once the guard has warned there. */
  async function popupFor(url: string): Promise<{ page: Page; popup: Page }> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(url);
    await page.waitForSelector('[data-account-helper][data-verdict="lookalike"]');
    const tabId = await tabIdOf(ext, `${new URL(url).origin}/*`);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    await popup.setViewport(POPUP);
    await popup.waitForSelector('main[data-state="ready"] [data-verdict="lookalike"]');
    await popup.waitForSelector('[data-testid="guard"] button:not([disabled])');
    await popup.waitForSelector('[data-testid="next-reminder"]');
    return { page, popup };
  }

  /** The popup's document fits 360 × 600 without scrolling, with `reasons` in its verdict. */
  async function expectFits(popup: Page, reasons: number): Promise<void> {
    const size = await popup.evaluate(() => ({
      height: document.scrollingElement?.scrollHeight ?? 0,
      width: document.scrollingElement?.scrollWidth ?? 0,
      reasons: document.querySelectorAll('[data-testid="verdict"] li[data-code]').length,
    }));
    expect(size.reasons).toBe(reasons);
    expect(size.width).toBe(360);
    expect(size.height).toBeLessThanOrEqual(600);
  }

  /** The codes of the reasons on screen (a closed disclosure's are not). */
  function shownReasons(popup: Page): Promise<string[]> {
    return popup.$$eval('[data-testid="verdict"] li[data-code]', (items) =>
      items
        .filter((item) => item.checkVisibility())
        .map((item) => item.getAttribute('data-code') ?? ''),
    );
  }

  it('fits 360 × 600 on a lookalike with four reasons; the other three open from the keyboard', async () => {
    const { page, popup } = await popupFor(LOOKALIKE);
    await expectFits(popup, 4);
    expect(await popup.$eval('h1', (el) => el.textContent)).toBe(
      'Careful: this page imitates Microsoft',
    );
    expect(await shownReasons(popup)).toEqual(['brand-in-subdomain']);

    const summary = '[data-testid="more-reasons"] summary';
    expect(await popup.$eval(summary, (el) => el.textContent)).toBe('3 more reasons');
    await popup.focus(summary);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-testid="more-reasons"][open]');
    expect(await shownReasons(popup)).toHaveLength(4);
    await popup.close();
    await page.close();
  });

  it('fits 360 × 600 on a cloned page with ten reasons', async () => {
    const { page, popup } = await popupFor(CLONED);
    await expectFits(popup, 10);
    expect(await shownReasons(popup)).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});
