import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/i18n/locales';
import { DETECTION_CATALOGS } from '../../src/core/i18n/messages/detection';
import { PAGES_CATALOGS } from '../../src/core/i18n/messages/pages';
import { describeFindings, runAxe } from './support/axe';
import { inExtension, openExtensionPage, tabIdOf } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, site } from './support/network';

/**
 * The popup on a lookalike fits 360 × 600 without scrolling however many reasons the page gives
 * (the warning and its first reason show, the others fold under a disclosure), and in every
 * language with the guard turned off, its card offering to turn it back on.
 */

const POPUP = { width: 360, height: 600 };
/** Four reasons from its address: "microsoftonline" in a subdomain and a hyphenated name, the
 * path of Microsoft's sign-in, and sign-in words beside the brand. */
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
/** A look-alike name serving a copy of Microsoft's sign-in page: ten reasons. */
const CLONED = 'https://login.micros0ft-online.com/common/oauth2/v2.0/authorize';

/** Sets up a browser as most people have it: one listed account, so reminders say what's next. */
async function launch(
  browserName: ExtensionBrowser['name'],
  uiLanguage?: string,
): Promise<ExtensionBrowser> {
  const ext = await launchWithExtension(browserName, 'e2e', uiLanguage ? { uiLanguage } : {});
  await turnOnGuard(ext);
  await inExtension(ext, async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const add = { type: 'accounts/add', address: 'sam@example.org', kind: 'personal' };
    const answer = await (g.browser ?? g.chrome).runtime.sendMessage(add);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    // Its recovery info reviewed too: a never-reviewed account would be due at once instead.
    const reviewed = { type: 'my-data/mark-reviewed', address: 'sam@example.org' };
    const marked = await (g.browser ?? g.chrome).runtime.sendMessage(reviewed);
    if (!marked.ok) throw new Error(JSON.stringify(marked));
  });
  return ext;
}

/** Opens `url` in a tab and waits for the guard's warning there. */
async function visitLookalike(ext: ExtensionBrowser, network: FakeNetwork, url: string) {
  const page = await ext.browser.newPage();
  await network.attach(page);
  await page.goto(url);
  await page.waitForSelector('[data-account-helper][data-verdict="lookalike"]');
  return page;
}

/** Opens the popup, at 360 × 600, for the tab at `url`, once its cards have loaded. */
async function popupFor(ext: ExtensionBrowser, url: string): Promise<Page> {
  return popupForTab(ext, await tabIdOf(ext, `${new URL(url).origin}/*`), 'on');
}

async function popupForTab(ext: ExtensionBrowser, tabId: number, guard: 'on' | 'off') {
  const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
  await popup.setViewport(POPUP);
  await popup.waitForSelector('main[data-state="ready"] [data-verdict="lookalike"]');
  await popup.waitForSelector(`[data-testid="guard"][data-guard="${guard}"]`);
  await popup.waitForSelector('[data-testid="guard"] button:not([disabled])');
  await popup.waitForSelector('[data-testid="next-reminder"]');
  return popup;
}

/**
 * Turns the guard off as a user does: Firefox, from the options page; Chromium, where the e2e
 * build has it as a required permission, by setting the extension's site access to "On click" on
 * chrome://extensions, which withholds it.
 */
async function turnOffGuard(ext: ExtensionBrowser): Promise<void> {
  if (ext.name === 'firefox') {
    const options = await openExtensionPage(ext, 'options.html');
    await options.click('[data-testid="guard"][data-guard="on"] button:not([disabled])');
    await options.waitForSelector('[data-testid="guard"][data-guard="off"]');
    await options.close();
    return;
  }
  const extensions = await ext.browser.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate((extensionId) => {
    type Api = { updateExtensionConfiguration(update: object): Promise<void> };
    const { chrome } = globalThis as unknown as { chrome: { developerPrivate: Api } };
    return chrome.developerPrivate.updateExtensionConfiguration({
      extensionId,
      hostAccess: 'ON_CLICK',
    });
  }, new URL(ext.origin).host);
  await extensions.close();
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

describe.each(BROWSERS)('popup layout in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  beforeAll(async () => {
    ext = await launch(browserName);
    network = new FakeNetwork()
      .route(LOOKALIKE, site('lookalike-plain.html'))
      .route(CLONED, site('cloned-sign-in.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('fits 360 × 600 on a lookalike with six reasons; the other five open from the keyboard', async () => {
    const page = await visitLookalike(ext, network, LOOKALIKE);
    const popup = await popupFor(ext, LOOKALIKE);
    await expectFits(popup, 6);
    expect(await popup.$eval('h1', (el) => el.textContent)).toBe(
      'Careful: this page imitates Microsoft',
    );
    // The page itself is an account-alert lure ("Your session has expired"): that comes first.
    expect(await shownReasons(popup)).toEqual(['account-alert-lure']);

    const summary = '[data-testid="more-reasons"] summary';
    expect(await popup.$eval(summary, (el) => el.textContent)).toBe('5 more reasons');
    await popup.focus(summary);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-testid="more-reasons"][open]');
    expect(await shownReasons(popup)).toHaveLength(6);
    await popup.close();
    await page.close();
  });

  it('fits 360 × 600 on a cloned page with ten reasons', async () => {
    const page = await visitLookalike(ext, network, CLONED);
    const popup = await popupFor(ext, CLONED);
    await expectFits(popup, 10);
    expect(await shownReasons(popup)).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});

/**
 * Each language in a browser of its own, the guard turned off after it warned on a lookalike: the
 * popup then shows the warning over the guard's card, which offers to turn it on.
 */
describe.each(BROWSERS)('popup layout with the guard off in %s', (browserName) => {
  describe.each(LOCALES)('in %s', (language) => {
    let ext: ExtensionBrowser;
    let tabId: number;

    beforeAll(async () => {
      ext = await launch(browserName, language);
      const network = new FakeNetwork().route(LOOKALIKE, site('lookalike-plain.html'));
      await visitLookalike(ext, network, LOOKALIKE);
      // Found while the extension may still read the tab's address; it keeps what it knows.
      tabId = await tabIdOf(ext, `${new URL(LOOKALIKE).origin}/*`);
      await turnOffGuard(ext);
    });

    afterAll(async () => {
      await ext?.close();
    });

    it('fits 360 × 600 with the warning first and the guard’s card offering to turn it on', async () => {
      const popup = await popupForTab(ext, tabId, 'off');
      // Without the language's resources both browsers stay in English: see launch.ts.
      expect(
        await popup.evaluate(() => document.documentElement.lang),
        'Chromium needs chromium-l10n, Firefox the firefox-esr-l10n-* language packs',
      ).toBe(language);
      expect(await popup.$$eval('h1', (all) => all.map((h1) => h1.textContent))).toEqual([
        DETECTION_CATALOGS[language]['verdict.lookalike'],
      ]);
      await expectFits(popup, 6);
      const turnOn = await popup.$eval('[data-testid="guard"] button.primary', (el) => ({
        text: el.textContent,
        visible: el.checkVisibility(),
      }));
      expect(turnOn).toEqual({ text: PAGES_CATALOGS[language]['guard.turn-on'], visible: true });
      await popup.close();
    });

    it('explains the guard under a disclosure that opens from the keyboard; axe finds nothing', async () => {
      const popup = await popupForTab(ext, tabId, 'off');
      expect(describeFindings(await runAxe(popup)), 'folded').toBe('');
      const explanation = '[data-testid="guard-explanation"]';
      const shown = () => popup.$eval(`${explanation} p`, (el) => el.checkVisibility());
      expect(await shown()).toBe(false);
      expect(await popup.$eval(`${explanation} summary`, (el) => el.textContent)).toBe(
        PAGES_CATALOGS[language]['guard.off-unprotected'],
      );
      await popup.focus(`${explanation} summary`);
      await popup.keyboard.press('Enter');
      await popup.waitForSelector(`${explanation}[open]`);
      expect(await shown()).toBe(true);
      expect(await popup.$eval(`${explanation} p`, (el) => el.textContent)).toBe(
        PAGES_CATALOGS[language]['guard.explanation'],
      );
      expect(describeFindings(await runAxe(popup)), 'open').toBe('');
      await popup.close();
    });
  });
});

/**
 * Issue 18, items 8 and 11: after an account check, in every language, the answer fits the
 * 360 × 600 popup with the reminders' and the guard's cards still reachable: one reason shows
 * (the others fold), and the "Have you ever used…" questions fold once answered.
 */
describe.each(BROWSERS)('popup layout after an account check in %s', (browserName) => {
  describe.each(LOCALES)('in %s', (language) => {
    let ext: ExtensionBrowser;
    let tabId: number;

    beforeAll(async () => {
      ext = await launch(browserName, language);
      const network = new FakeNetwork().route(LOOKALIKE, site('lookalike-plain.html'));
      await visitLookalike(ext, network, LOOKALIKE);
      tabId = await tabIdOf(ext, `${new URL(LOOKALIKE).origin}/*`);
    });

    afterAll(async () => {
      await ext?.close();
    });

    async function check(popup: Page, address: string): Promise<void> {
      await popup.$eval('#account-check-input', (el) => {
        (el as HTMLInputElement).value = '';
      });
      await popup.type('#account-check-input', address);
      await popup.click('[data-testid="account-check-form"] button[type="submit"]');
      await popup.waitForSelector(`[data-testid="account-answer"][data-address="${address}"]`);
    }

    /**
     * The account check (form and answer) fits one 360 × 600 screen, nothing is wider than the
     * popup, and the reminders' and the guard's cards follow it, shown, one scroll away.
     */
    async function expectAllOnScreen(popup: Page, what: string): Promise<void> {
      const layout = await popup.evaluate(() => {
        const card = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element?.checkVisibility()) return null;
          element.scrollIntoView({ block: 'end', behavior: 'instant' });
          const { top, bottom } = element.getBoundingClientRect();
          // Within a pixel: scroll positions are whole pixels, layout isn't.
          return top >= -1 && bottom <= window.innerHeight + 1;
        };
        const result = {
          width: document.scrollingElement?.scrollWidth ?? 0,
          check: document.querySelector('.account-check')?.getBoundingClientRect().height ?? 0,
          reminders: card('[data-testid="due-reminders"]'),
          guard: card('[data-testid="guard"]'),
        };
        window.scrollTo({ top: 0, behavior: 'instant' });
        return result;
      });
      expect(layout.width, what).toBe(360);
      expect(layout.check, what).toBeLessThanOrEqual(600);
      expect(layout.reminders, what).toBe(true);
      expect(layout.guard, what).toBe(true);
    }

    it('fits 360 × 600 after checking a listed, a personal, a misspelt and an unknown address', async () => {
      const popup = await popupForTab(ext, tabId, 'on');
      await check(popup, 'sam@example.org');
      await expectAllOnScreen(popup, 'listed');
      await check(popup, 'jane@outlook.com');
      await expectAllOnScreen(popup, 'personal');
      await check(popup, 'jane@outlok.com');
      await expectAllOnScreen(popup, 'typo');
      await check(popup, 'pat@example.net');
      // The questions are the answer's next step here: open until answered.
      expect(await popup.$('[data-testid="questions"][open]')).not.toBeNull();
      // Answered: the questions fold away once the person moves on.
      await popup.click('input[data-question="xbox"]');
      expect(await popup.$('[data-testid="questions"][open]')).not.toBeNull();
      await popup.click('#account-check-heading');
      await popup.waitForSelector('[data-testid="questions"]:not([open])');
      await expectAllOnScreen(popup, 'unknown, answered');
      await popup.close();
    });
  });
});
