import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension } from './support/extension';
import {
  focusPanelButton,
  hostAttribute,
  privateFrame,
  privateText,
  togglePanel,
  waitForPanel,
} from './support/guidance-probes';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';

/**
 * Item 5 of issue 18: the guidance panel on Microsoft's pages shows the person's saved addresses
 * and the "Check this address" answer, and a page script can find none of it: not with
 * `window.find()`, not by selecting everything and reading the selection. They are shown in an
 * extension page (an iframe of another origin), which the page's scripts can't reach.
 */
const SIGN_IN = 'https://login.live.com/login.srf';
const PROOFS = 'https://account.live.com/proofs/manage';
const SAVED = ['sam@example.org', 'someone@outlook.com'];

/**
 * What a script of the page can learn about a string: `window.find()` (in this frame only, and
 * through frames: Firefox refuses to search another origin's frame with a SecurityError, whatever
 * it holds), select-all and a range over the whole document, and the rendered text.
 */
function pageCanFind(page: Page, needle: string) {
  return page.evaluate((text) => {
    const find = (inFrames: boolean) => {
      window.getSelection()?.removeAllRanges();
      try {
        const w = window as unknown as { find(s: string, ...flags: boolean[]): boolean };
        return String(w.find(text, false, false, true, false, inFrames, false));
      } catch (error) {
        return (error as Error).name;
      }
    };
    const selection = window.getSelection();
    const result = { find: find(false), findInFrames: find(true), selected: false, ranged: false };
    selection?.removeAllRanges();
    document.execCommand('selectAll');
    result.selected = (selection?.toString() ?? '').includes(text);
    const range = document.createRange();
    range.selectNodeContents(document.documentElement);
    selection?.removeAllRanges();
    selection?.addRange(range);
    result.ranged = (selection?.toString() ?? '').includes(text);
    selection?.removeAllRanges();
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what a page sees.
    return { ...result, inText: document.documentElement.innerText.includes(text) };
  }, needle);
}

/** Never saved, never shown: what the page learns about it is what it may learn about the others. */
const UNKNOWN = 'nobody@example.net';

describe.each(BROWSERS)('the person’s addresses stay off Microsoft’s pages in %s', (name) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  beforeAll(async () => {
    ext = await launchWithExtension(name);
    network = new FakeNetwork()
      .route(SIGN_IN, site('ms-sign-in.html'))
      .route(PROOFS, site('ms-security-info.html'));
    for (const address of SAVED) {
      await inExtension(
        ext,
        async (value: string) => {
          type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const answer = await (g.browser ?? g.chrome).runtime.sendMessage({
            type: 'accounts/add',
            address: value,
            kind: 'personal',
          });
          if (!answer.ok) throw new Error(JSON.stringify(answer));
        },
        address,
      );
    }
  }, 60_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('shows the saved addresses in the panel, and a page script finds none of them', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await network.attach(page);
    await page.goto(SIGN_IN);
    await waitForPanel(page);
    if ((await hostAttribute(page, 'data-panel-state')) !== 'open') await togglePanel(page);

    const frame = await privateFrame(page, ext.origin);
    const shown = await waitFor(
      async () => {
        const text = await privateText(frame);
        return SAVED.every((address) => text.includes(address)) ? text : null;
      },
      'the saved addresses in the panel',
      20_000,
    );
    expect(shown).toContain('someone@outlook.com');

    const unknown = await pageCanFind(page, UNKNOWN);
    expect(unknown).toMatchObject({ find: 'false', selected: false, ranged: false, inText: false });
    for (const address of SAVED) expect(await pageCanFind(page, address)).toEqual(unknown);
    // The control: the panel's own heading, in the closed shadow root beside the frame, is found
    // (so the answers above mean something).
    expect((await pageCanFind(page, 'Your accounts')).find).toBe('true');
    await page.close();
  }, 90_000);

  it('shows the answer to “Check this address” where the page can’t read it', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await network.attach(page);
    await page.goto(SIGN_IN);
    await waitForPanel(page);
    await page.type('#i0116', 'sam@example.org');
    const frame = await privateFrame(page, ext.origin);
    if ((await hostAttribute(page, 'data-panel-state')) !== 'open') await togglePanel(page);
    // The keyboard, in both browsers (the button is in a closed shadow root): from the panel's
    // button, Tab and Space until the frame answers (Space toggles the device box on its way, and
    // does nothing to the links).
    await focusPanelButton(page);
    const answerNow = () =>
      frame
        .evaluate(() => document.querySelector('[data-testid="panel-answer"]')?.textContent ?? '')
        .catch(() => '');
    for (let i = 0; i < 12 && (await answerNow()) === ''; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press(' ');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const answer = await waitFor(
      async () => {
        const text = await answerNow();
        return text.length > 0 ? text : null;
      },
      'the answer in the private frame',
      20_000,
    );
    expect(answer).toBe('sam@example.org is in your list of accounts.');
    expect(await pageCanFind(page, 'in your list')).toEqual(await pageCanFind(page, UNKNOWN));
    expect((await pageCanFind(page, 'in your list')).find).toBe('false');
    await page.close();
  }, 90_000);

  it('lists no other saved address on the security-info page (its chooser included)', async () => {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(PROOFS);
    await waitForPanel(page);
    if ((await hostAttribute(page, 'data-panel-state')) !== 'open') await togglePanel(page);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // sam@example.org is saved, and the page shows someone@outlook.com only.
    expect(await pageCanFind(page, 'sam@example.org')).toEqual(await pageCanFind(page, UNKNOWN));
    await page.close();
  }, 90_000);
});
