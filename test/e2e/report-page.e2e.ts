import { rmSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { microsoftReportUrl } from '../../src/core/report/microsoft-report';
import { type ExtensionGlobal, inExtension, openExtensionPage, tabIdOf } from './support/extension';
import { guardScriptRegistered, turnOnGuard } from './support/guard';
import { HttpsReceiver } from './support/https-receiver';
import {
  BROWSERS,
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
  waitFor,
} from './support/launch';
import {
  type BuildCopy,
  ChromiumPolicyFile,
  copyBuild,
  FirefoxPoliciesFile,
  policyUnavailable,
  profileDir,
} from './support/managed-policy';
import { FakeNetwork, type Route, site } from './support/network';

const KIT = 'https://invoice-portal-docs.net/shared/view';
const ORDINARY = 'https://gardening.example/club';
const KIT_ASSETS = [
  'https://aadcdn.msftauth.net/shared/1.0/content/images/favicon_a_eupayfgghqiai7k9sol6lg2.ico',
  'https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg',
];

/** The e2e build opens the marker's shadow root on pages that ask, so the test can read it. */
function audited(route: Route): Route {
  return { ...route, body: route.body.replace('<html ', '<html data-account-helper-audit ') };
}

function network(): FakeNetwork {
  const fake = new FakeNetwork()
    .route(KIT, audited(site('cloned-sign-in.html')))
    .route(ORDINARY, site('ordinary.html'));
  for (const asset of KIT_ASSETS) fake.route(asset, { status: 404, body: '' });
  return fake;
}

async function visit(ext: ExtensionBrowser, fake: FakeNetwork, url: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await fake.attach(page);
  await page.goto(url);
  return page;
}

function warningText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('[data-account-helper]')?.shadowRoot?.textContent ?? '',
  );
}

/** Every tab's address, as the extension sees them (the guard's permission shows them all). */
function tabUrls(ext: ExtensionBrowser): Promise<string[]> {
  return inExtension(ext, async () => {
    const g = globalThis as unknown as ExtensionGlobal;
    const tabs = await (g.browser ?? g.chrome).tabs.query({});
    return tabs.map((tab) => tab.url ?? (tab as { pendingUrl?: string }).pendingUrl ?? '');
  });
}

async function launchWithGuard(
  name: BrowserName,
  options: Parameters<typeof launchWithExtension>[2] = {},
): Promise<ExtensionBrowser> {
  const ext = await launchWithExtension(name, 'e2e', options);
  await turnOnGuard(ext);
  await guardScriptRegistered(ext);
  return ext;
}

describe.each(BROWSERS)('report a lookalike page in %s', (name) => {
  describe('to Microsoft, by the person', () => {
    let ext: ExtensionBrowser;
    const fake = network();

    beforeAll(async () => {
      ext = await launchWithGuard(name);
    });
    afterAll(async () => {
      await ext?.close();
    });

    it('the warning’s “Report this page to Microsoft” opens Microsoft’s form for the address', async () => {
      const page = await visit(ext, fake, KIT);
      await waitFor(
        async () => (await warningText(page)).includes('Report this page to Microsoft'),
        'the warning with its report button',
      );
      // Without a policy, nobody else is told.
      expect(await warningText(page)).not.toContain('Your organisation');
      const button = (await page.evaluateHandle(() =>
        document.querySelector('[data-account-helper]')?.shadowRoot?.querySelector('button.report'),
      )) as ElementHandle<HTMLButtonElement>;
      await button.click();
      const expected = microsoftReportUrl(KIT) as string;
      await waitFor(
        async () => (await tabUrls(ext)).includes(expected),
        'Microsoft’s report form in a new tab',
      );
      // A click made by the page itself reports nothing.
      await page.evaluate(() =>
        document
          .querySelector('[data-account-helper]')
          ?.shadowRoot?.querySelector<HTMLButtonElement>('button.report')
          ?.click(),
      );
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await tabUrls(ext)).filter((url) => url === expected)).toHaveLength(1);
    });

    it('the popup on the lookalike offers the same report', async () => {
      const tabId = await tabIdOf(ext, `${new URL(KIT).origin}/*`);
      const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
      const button = await popup.waitForSelector('button[data-testid="report-page"]');
      expect(await button?.evaluate((el) => el.textContent)).toBe('Report this page to Microsoft');
      await button?.click();
      const expected = microsoftReportUrl(KIT) as string;
      await waitFor(
        async () => (await tabUrls(ext)).filter((url) => url === expected).length === 2,
        'a second report form, from the popup',
      );
    });
  });

  const unavailable = policyUnavailable(name);
  describe('to the organisation, by policy', { skip: unavailable !== null }, () => {
    let ext: ExtensionBrowser;
    let copy: BuildCopy;
    let profile: string;
    const receiver = new HttpsReceiver();
    const chromiumPolicy = new ChromiumPolicyFile();
    const firefoxPolicies = new FirefoxPoliciesFile();
    const fake = network();

    beforeAll(async () => {
      const endpoint = await receiver.start();
      copy = copyBuild(name, 'e2e');
      profile = profileDir();
      // Both browsers read their policy at start-up.
      if (name === 'chromium') {
        chromiumPolicy.write({ [copy.id]: { lookalikeReportEndpoint: endpoint } });
      } else firefoxPolicies.write(copy.id, { lookalikeReportEndpoint: endpoint });
      ext = await launchWithGuard(name, {
        userDataDir: profile,
        extension: copy,
        acceptInsecureCerts: true,
      });
      const options = await openExtensionPage(ext, 'options.html');
      await waitFor(
        async () =>
          (await options.$eval('body', (el) => el.textContent ?? '')).includes(
            'Your organisation is told whenever Account Helper warns you',
          ),
        'the policy to reach the extension',
        40_000,
      );
      await options.close();
    }, 120_000);

    afterAll(async () => {
      await ext?.close().catch(() => {});
      chromiumPolicy.remove();
      firefoxPolicies.restore();
      copy?.remove();
      if (profile) rmSync(profile, { recursive: true, force: true });
      await receiver.stop();
    });

    it('sends the endpoint one JSON report when the warning shows, and the warning says so', async () => {
      const before = Date.now();
      const page = await visit(ext, fake, KIT);
      await waitFor(
        async () => (await warningText(page)).includes('Your organisation is told'),
        'the warning’s line about the organisation',
      );
      await waitFor(async () => receiver.received.length > 0, 'the report to arrive', 20_000);
      const [request] = receiver.received;
      expect(request).toMatchObject({
        method: 'POST',
        path: '/lookalikes',
        cookie: '',
        referer: '',
      });
      expect(request?.contentType).toContain('application/json');
      const report = JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
      expect(Object.keys(report).sort()).toEqual(['reasons', 'time', 'url', 'version']);
      expect(report.url).toBe(KIT);
      expect(report.version).toBe(
        await inExtension(ext, () => {
          const g = globalThis as unknown as ExtensionGlobal;
          return String((g.browser ?? g.chrome).runtime.getManifest().version);
        }),
      );
      expect(Array.isArray(report.reasons) && report.reasons.length > 0).toBe(true);
      expect((report.reasons as unknown[]).every((code) => typeof code === 'string')).toBe(true);
      const time = Date.parse(String(report.time));
      expect(time).toBeGreaterThanOrEqual(before - 1000);
      expect(time).toBeLessThanOrEqual(Date.now());
    });

    it('does not report the same page again at once, nor an ordinary page', async () => {
      const page = await visit(ext, fake, KIT);
      await waitFor(
        async () => (await warningText(page)).includes('Your organisation is told'),
        'the warning again',
      );
      await visit(ext, fake, ORDINARY);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(receiver.received).toHaveLength(1);
    });
  });
});
