import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatabase } from './support/extension';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes } from './support/page-probes';

const TABS = 50;
const pageUrl = (n: number) => `https://login.live.com/login.srf?tab=${n}`;

describe.each(BROWSERS)('50 Microsoft tabs at once in %s', (browserName) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork();
  for (let n = 0; n < TABS; n++) network.route(pageUrl(n), site('microsoft-sign-in.html'));

  beforeAll(async () => {
    ext = await launchWithExtension(browserName);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('every tab gets its verdict, and every visit is recorded exactly once', async () => {
    const pages: Page[] = await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await ext.browser.newPage();
        await network.attach(page);
        return page;
      }),
    );
    await Promise.all(pages.map((page, n) => page.goto(pageUrl(n))));
    const markers = await Promise.all(
      pages.map(async (page) => {
        await page.waitForSelector('[data-account-helper]', { timeout: 30_000 });
        return markerAttributes(page);
      }),
    );
    for (const marker of markers) {
      expect(marker).toMatchObject({ 'data-verdict': 'microsoft', 'data-page-kind': 'sign-in' });
    }

    const db = await waitFor(async () => {
      const dump = await readDatabase(ext);
      return (dump.sightings?.length ?? 0) >= TABS ? dump : null;
    }, `${TABS} sightings`);
    const sightings = db.sightings as { id: number; url: string }[];
    expect(sightings).toHaveLength(TABS);
    expect(new Set(sightings.map((s) => s.id)).size).toBe(TABS);
    // Query strings are never stored.
    expect(new Set(sightings.map((s) => s.url))).toEqual(
      new Set(['https://login.live.com/login.srf']),
    );

    if (browserName === 'chromium') {
      const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker');
      const worker = await target.worker();
      const usage = (await worker?.client.send('Runtime.getHeapUsage')) as
        | { usedSize: number }
        | undefined;
      const heap = usage?.usedSize;
      console.log(`[bench] service worker JS heap after ${TABS} tabs: ${heap} bytes`);
      expect(heap).toBeLessThan(64 * 1024 * 1024);
    }
    await Promise.all(pages.map((page) => page.close()));
    expect(network.unexpected).toEqual([]);
  });
});
