import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage, readDatabase } from './support/extension';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes } from './support/page-probes';
import { stopServiceWorker } from './support/worker';

const pageUrl = (n: number) => `https://login.live.com/login.srf?visit=${n}`;
const VISITS = 12;

describe.each(BROWSERS)('faults in %s', (browserName) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork();
  for (let n = 0; n < VISITS; n++) network.route(pageUrl(n), site('microsoft-sign-in.html'));

  beforeAll(async () => {
    ext = await launchWithExtension(browserName);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it.runIf(browserName === 'chromium')(
    'a worker stopped at random points loses no committed sighting and writes none twice',
    async () => {
      // A fixed pseudo-random schedule: stop before the visit, right after it starts, or not at all.
      const schedule = [0, 2, 1, 0, 2, 2, 1, 0, 1, 2, 0, 2];
      for (let n = 0; n < VISITS; n++) {
        const page = await ext.browser.newPage();
        await network.attach(page);
        if (schedule[n] === 1) await stopServiceWorker(ext);
        const navigation = page.goto(pageUrl(n));
        if (schedule[n] === 2) await stopServiceWorker(ext);
        await navigation;
        // The page is marked once the worker answered, i.e. after the sighting was committed.
        await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
        expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'microsoft' });
        await page.close();
      }
      const db = await readDatabase(ext);
      const sightings = db.sightings as { id: number; url: string; verdict: string }[];
      expect(sightings).toHaveLength(VISITS);
      for (const sighting of sightings) {
        expect(sighting).toMatchObject({
          url: 'https://login.live.com/login.srf',
          verdict: 'microsoft',
        });
      }
    },
  );

  it('refuses a database from a newer version politely and deletes nothing', async () => {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(pageUrl(0));
    await page.waitForSelector('[data-account-helper]');
    const before = await waitFor(async () => {
      const dump = await readDatabase(ext);
      return (dump.sightings?.length ?? 0) > 0 ? dump : null;
    }, 'a sighting');

    // A newer Account Helper (say, after a downgrade) left the database at a higher version.
    await inExtension(ext, async () => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('account-helper', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
    });

    const popup = await openExtensionPage(ext, 'popup.html');
    const alert = await popup.waitForSelector('[role="alert"]', { timeout: 15_000 });
    expect(await alert?.evaluate((el) => el.textContent)).toContain('newer version');
    await popup.close();

    const options = await openExtensionPage(ext, 'options.html');
    const optionsAlert = await options.waitForSelector('[role="alert"]', { timeout: 15_000 });
    expect(await optionsAlert?.evaluate((el) => el.textContent)).toContain('newer version');
    await options.close();

    const after = await readDatabase(ext);
    expect(after.sightings).toEqual(before.sightings);
    expect(after.accounts).toEqual(before.accounts);
    expect(network.unexpected).toEqual([]);
  });
});
