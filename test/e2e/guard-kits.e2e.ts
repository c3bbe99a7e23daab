import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CASES, readPageCase } from '../fixtures/detection/corpus';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

/**
 * The lookalike guard on real-world kinds of page (issue 15), in the e2e build with the guard on:
 * pages from the detection corpus (tune half) served at the address they are labelled with.
 */
function corpusPage(file: string): { url: string; body: string } {
  const pageCase = PAGE_CASES.find((c) => c.file === file);
  if (!pageCase) throw new Error(`${file} is not in test/fixtures/detection/pages/manifest.tsv`);
  return { url: pageCase.url, body: readPageCase(pageCase) };
}

const FLAGGED = {
  'an Outlook Web App copy that posts the password by script': corpusPage(
    'imitation/owa-copy/08-owa-script-post.html',
  ),
  'a two-step shared-document lure': corpusPage('imitation/document-lure/08-two-step.html'),
  'a screenshot kit': corpusPage('imitation/screenshot-kit/01-background-kit.html'),
  'a German "Microsoft-Konto" form': corpusPage(
    'imitation/foreign-language/15-plain-account-form-de.html',
  ),
};

const SILENT = {
  'an AD FS sign-in page': corpusPage('legitimate/adfs/01-adfs-signin.html'),
  'an organisation’s own Outlook Web App': corpusPage(
    'legitimate/onprem-owa/01-owa2016-logon.html',
  ),
  'an article with a newsletter box': {
    url: 'https://tips.tailspin.example/microsoft-365-sign-in',
    body: site('article-newsletter.html').body,
  },
  'a third-party login with a Microsoft button': corpusPage(
    'legitimate/third-party-sso/01-keycloak.html',
  ),
};

/** Long enough for the guard to report and the background to answer under load. */
const SETTLE_MS = 2_500;

describe.each(BROWSERS)('lookalike guard on phishing kits in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  async function visit(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e');
    await turnOnGuard(ext);
    network = new FakeNetwork();
    for (const { url, body } of [...Object.values(FLAGGED), ...Object.values(SILENT)]) {
      network.route(url, { body });
    }
  });

  afterAll(async () => {
    await ext?.close();
  });

  it.each(Object.entries(FLAGGED))('warns on %s', async (_, { url }) => {
    const page = await visit(url);
    await page.waitForSelector('[data-account-helper]', { timeout: 15_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    await page.close();
  });

  it.each(Object.entries(SILENT))('stays silent on %s', async (_, { url }) => {
    const page = await visit(url);
    // The guard has had its chance once a flagged page would have shown the warning.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await page.$('[data-account-helper]')).toBeNull();
    await page.close();
  });
});
