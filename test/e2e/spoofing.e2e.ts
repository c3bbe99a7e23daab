import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENUINE_MATCH_PATTERNS } from '../../src/core/detection/match-patterns';
import { type ExtensionGlobal, inExtension, readDatabase } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { warningCoversPage } from './support/page-probes';

const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
const SIGN_IN = 'https://login.live.com/login.srf';

/**
 * Installed in the page before anything else runs: records every window message, and the document
 * events a content-script framework would use to find its other copies (named after the
 * extension's id). Any of them would tell the site that Account Helper is installed.
 */
function listenForAnnouncements(extensionId: string): void {
  const heard: string[] = [];
  (window as unknown as { heard: string[] }).heard = heard;
  window.addEventListener('message', (event) =>
    heard.push(`message:${JSON.stringify(event.data)}`),
  );
  for (const name of ['guard', 'microsoft-pages']) {
    const type = `${extensionId}:${name}:wxt:content-script-started`;
    document.addEventListener(type, () => heard.push(`event:${type}`));
  }
}

/** Everything a hostile page can do to reach an extension without its cooperation. */
async function attemptSpoofing(): Promise<string[]> {
  const outcomes: string[] = [];
  const forged = [
    { type: 'guard/dismiss' },
    { type: 'page/report', url: 'https://login.live.com/login.srf' },
    { type: 'accounts/add', address: 'attacker@example.com' },
  ];
  for (const message of forged) {
    window.postMessage(message, '*');
    document.dispatchEvent(new CustomEvent('account-helper', { detail: message }));
  }
  const marker = document.querySelector('[data-account-helper]');
  marker?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  marker?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  outcomes.push(`shadowRoot:${String((marker as HTMLElement | null)?.shadowRoot ?? null)}`);
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
    ?.runtime;
  outcomes.push(`runtime.sendMessage:${typeof runtime?.sendMessage}`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return outcomes;
}

describe.each(BROWSERS)('a page cannot drive the extension in %s', (browserName) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork()
    .route(LOOKALIKE, site('lookalike-plain.html'))
    .route(SIGN_IN, site('ms-sign-in.html'));

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, browserName === 'chromium' ? 'e2e' : 'store');
    await turnOnGuard(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('exposes one web-accessible page, to Microsoft’s hosts only, and accepts no external messages', async () => {
    const manifest = await inExtension(ext, () => {
      const g = globalThis as unknown as ExtensionGlobal;
      return (g.browser ?? g.chrome).runtime.getManifest();
    });
    // The guidance panel's private part (the person's addresses), framed on Microsoft's pages only.
    const exposed = manifest.web_accessible_resources as {
      resources: string[];
      matches: string[];
    }[];
    expect(
      exposed.map(({ resources, matches }) => ({
        resources: resources.map((path) => path.replace(/^\//, '')),
        matches,
      })),
    ).toEqual([{ resources: ['panel-accounts.html'], matches: [...GENUINE_MATCH_PATTERNS] }]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('tells no page that it is there: no window messages, no events', async () => {
    const runtime = await inExtension(ext, () => {
      const g = globalThis as unknown as ExtensionGlobal;
      return { id: (g.browser ?? g.chrome).runtime.id };
    });
    for (const url of [SIGN_IN, LOOKALIKE]) {
      const page = await ext.browser.newPage();
      await page.evaluateOnNewDocument(listenForAnnouncements, runtime.id);
      await network.attach(page);
      await page.goto(url);
      await page.waitForSelector('[data-account-helper]');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        await page.evaluate(() => (window as unknown as { heard: string[] }).heard),
        url,
      ).toEqual([]);
      await page.close();
    }
  });

  it('forged messages, events and synthetic clicks change nothing', async () => {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(LOOKALIKE);
    await page.waitForSelector('[data-account-helper]');
    const before = await readDatabase(ext);

    const outcomes = await page.evaluate(attemptSpoofing);
    expect(outcomes).toContain('shadowRoot:null');
    expect(await warningCoversPage(page)).toBe(true);

    // The forged "dismiss" was not remembered: after a reload the warning is back in full.
    await page.reload();
    await page.waitForSelector('[data-account-helper]');
    expect(await warningCoversPage(page)).toBe(true);

    const after = await readDatabase(ext);
    expect(after.accounts ?? []).toEqual(before.accounts ?? []);
    expect(after.settings ?? []).toEqual(before.settings ?? []);
    expect(network.unexpected).toEqual([]);
    await page.close();
  });
});
