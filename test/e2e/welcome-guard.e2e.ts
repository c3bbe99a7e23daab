import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_EN } from '../../src/core/i18n/messages/pages/en';
import { openExtensionPage } from './support/extension';
import { guardScriptRegistered } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

const KIT = 'https://invoice-portal-docs.net/shared/view';

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe.each(BROWSERS)('from the welcome page to a lookalike warning in %s', (name) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork()
    .route(KIT, site('cloned-sign-in.html'))
    .route(
      'https://aadcdn.msftauth.net/shared/1.0/content/images/favicon_a_eupayfgghqiai7k9sol6lg2.ico',
      {
        status: 404,
        body: '',
      },
    )
    .route(
      'https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg',
      { status: 404, body: '' },
    );

  beforeAll(async () => {
    // Headless Chromium can't answer the permission prompt: its e2e build holds the permission at
    // install (as test/e2e/support does everywhere). Firefox grants it on the welcome page's click.
    ext = await launchWithExtension(name, name === 'chromium' ? 'e2e' : 'store');
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('explains the guard in two sentences, offers its one button, then the next steps', async () => {
    const welcome = ext.welcome;
    const card = await welcome.waitForSelector(
      '[data-testid="guard"]:not([data-guard="checking"])',
    );
    expect(await text(welcome, '[data-testid="welcome-guard-what"]')).toBe(
      PAGES_EN['welcome.guard.what'],
    );
    expect(await text(welcome, '[data-testid="welcome-guard-never"]')).toBe(
      PAGES_EN['welcome.guard.never'],
    );
    const next = await text(welcome, '[data-testid="welcome-next"]');
    expect(next).toContain(PAGES_EN['welcome.next.accounts']);
    expect(next).toContain(PAGES_EN['welcome.next.pin']);
    expect(
      await welcome.$eval('[data-testid="welcome-accounts"]', (a) => (a as HTMLAnchorElement).href),
    ).toBe(`${ext.origin}options.html`);
    // The guard comes before the next steps.
    expect(
      await welcome.evaluate(() => {
        const guard = document.querySelector('[data-testid="guard"]');
        const steps = document.querySelector('[data-testid="welcome-next"]');
        return Boolean(
          guard && steps && guard.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }),
    ).toBe(true);

    if (name === 'firefox') {
      expect(await card?.evaluate((el) => el.getAttribute('data-guard'))).toBe('off');
      // One button, and it asks the browser for the permission.
      expect(await welcome.$$eval('[data-testid="guard"] button', (b) => b.length)).toBe(1);
      await welcome.click('[data-testid="guard"] button.primary');
    }
    await welcome.waitForSelector('[data-testid="guard"][data-guard="on"]');
    // Once on, the two sentences still say what it does and never does.
    expect(await welcome.$('[data-testid="welcome-guard-never"]')).not.toBeNull();
  });

  it('then a sign-in copy on another host gets the full warning', async () => {
    await guardScriptRegistered(ext);
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(KIT);
    await page.waitForSelector('[data-account-helper]', { timeout: 15_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    expect(network.unexpected).toEqual([]);
  });
});

describe.each(BROWSERS)('the popup’s guard card while the guard is off, in %s', (name) => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension(name, 'store');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('says what stays unprotected', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.waitForSelector('[data-testid="guard"][data-guard="off"]');
    expect(await text(popup, '[data-testid="guard-unprotected"]')).toBe(
      PAGES_EN['guard.off-unprotected'],
    );
  });
});
