import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage, readDatabase, tabIdOf } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import {
  type BuildCopy,
  ChromiumPolicyFile,
  copyBuild,
  FirefoxPoliciesFile,
  launchCopy,
  policyUnavailable,
  profileDir,
} from './support/managed-policy';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

/**
 * The organisation's own sign-in page (issue 16): Microsoft's sign-in page hands the tab over to
 * the organisation's AD FS; Account Helper remembers that host for the organisation, says so in the
 * popup and stays silent there; the same page copied onto another host is flagged, naming the real
 * one.
 */

const ENTRA =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&login_hint=jane%40fabrikam.com';
const ADFS =
  'https://sts.fabrikam.com/adfs/ls/?client-request-id=1&wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=LoginOptions%3d3&username=jane%40fabrikam.com';
const COPY = 'https://sts-fabrikam.secure-login.example/adfs/ls/';

/** The popup on the tab showing `url`, once it shows a verdict. */
async function popupFor(ext: ExtensionBrowser, url: string): Promise<Page> {
  const tabId = await tabIdOf(ext, `${new URL(url).origin}/*`);
  const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="verdict"]', { timeout: 20_000 });
  return popup;
}

describe.each(BROWSERS)('the organisation’s sign-in page in %s', (browserName) => {
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
    ext = await launchWithExtension(browserName, browserName === 'chromium' ? 'e2e' : 'store');
    await turnOnGuard(ext);
    network = new FakeNetwork()
      .route(ENTRA, site('ms-sign-in.html'))
      .route(ADFS, site('adfs-sign-in.html'))
      .route(COPY, site('adfs-sign-in.html'));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('before Microsoft hands over, nothing is remembered and the copy is not flagged', async () => {
    const page = await visit(COPY);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$('[data-account-helper]')).toBeNull();
    expect((await readDatabase(ext)).organisationSignIns).toEqual([]);
    await page.close();
  });

  it('an AD FS page reached from Microsoft’s sign-in page is remembered, marked, and silent', async () => {
    const page = await visit(ENTRA);
    await page.waitForSelector('[data-account-helper][data-verdict="microsoft"]');
    // Microsoft's page sends the browser on to the organisation's identity provider.
    await Promise.all([
      page.waitForNavigation(),
      page.evaluate((url) => {
        location.href = url;
      }, ADFS),
    ]);
    const records = await waitFor(async () => {
      const stored = (await readDatabase(ext)).organisationSignIns ?? [];
      return stored.length > 0 ? stored : null;
    }, 'the organisation’s sign-in page to be remembered');
    expect(records).toEqual([
      {
        host: 'sts.fabrikam.com',
        organisation: 'fabrikam.com',
        via: 'sign-in-page',
        reachedAt: expect.any(Number),
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.$('[data-account-helper]')).toBeNull();
    const popup = await popupFor(ext, ADFS);
    const mark = await popup.waitForSelector('[data-testid="organisation-sign-in"]', {
      timeout: 20_000,
    });
    const text = await mark?.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('fabrikam.com');
    expect(text).toContain('reached from Microsoft');
    await popup.close();
    await page.close();
  });

  it('the same page copied onto another host is flagged, naming the real one', async () => {
    const page = await visit(COPY);
    await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    const popup = await popupFor(ext, COPY);
    const reason = await popup.$eval('[data-testid="verdict"] li[data-code]', (li) => ({
      code: li.getAttribute('data-code'),
      text: li.textContent ?? '',
    }));
    expect(reason.code).toBe('imitates-organisation-sign-in');
    expect(reason.text).toContain('sts.fabrikam.com');
    await popup.close();
    await page.close();
  });

  it('the real page, visited again directly, stays silent', async () => {
    const page = await visit(ADFS);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$('[data-account-helper]')).toBeNull();
    await page.close();
  });

  it('made no request the test did not expect', () => {
    expect(network.unexpected).toEqual([]);
  });
});

const LISTED = 'https://sts.contoso.com/adfs/ls/?wa=wsignin1.0';
const LISTED_COPY = 'https://sts-contoso.login-portal.example/adfs/ls/';
const POLICY = { organisationSignInPages: [{ host: 'sts.contoso.com', tenant: 'contoso.com' }] };

describe.each(BROWSERS)(
  'the organisation’s sign-in pages listed by policy in %s',
  (browserName) => {
    const unavailable = policyUnavailable(browserName);
    if (unavailable)
      console.warn(`org-sign-in policy e2e in ${browserName} skipped: ${unavailable}`);

    describe('with a real enterprise policy', { skip: unavailable !== null }, () => {
      let copy: BuildCopy;
      let profile: string;
      let ext: ExtensionBrowser;
      const chromiumPolicy = new ChromiumPolicyFile();
      const firefoxPolicies = new FirefoxPoliciesFile();
      const network = new FakeNetwork()
        .route(LISTED, site('adfs-sign-in.html'))
        .route(LISTED_COPY, site('adfs-sign-in.html'));

      async function visit(url: string): Promise<Page> {
        const page = await ext.browser.newPage();
        await network.attach(page);
        await page.goto(url);
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      }

      beforeAll(async () => {
        // Chromium's e2e build holds the guard's permission; Firefox grants it from the options page.
        copy = copyBuild(browserName, browserName === 'chromium' ? 'e2e' : 'store');
        profile = profileDir();
        if (browserName === 'chromium') chromiumPolicy.write({ [copy.id]: POLICY });
        else firefoxPolicies.write(copy.id, POLICY);
        ext = await launchCopy(browserName, copy, { userDataDir: profile });
        await turnOnGuard(ext);
        await waitFor(
          () =>
            inExtension(ext, async () => {
              const g = globalThis as unknown as {
                browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
                chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
              };
              const answer = (await (g.browser ?? g.chrome).runtime.sendMessage({
                type: 'policy/get',
              })) as { ok: boolean; data?: { organisationSignInPages: unknown[] } };
              return (answer.data?.organisationSignInPages.length ?? 0) > 0;
            }),
          'the policy to reach the extension',
          40_000,
        );
      }, 120_000);

      afterAll(async () => {
        await ext?.close().catch(() => {});
        chromiumPolicy.remove();
        firefoxPolicies.restore();
        copy?.remove();
        if (profile) rmSync(profile, { recursive: true, force: true });
      });

      it('a listed host is the organisation’s sign-in page: silent, marked as listed', async () => {
        const page = await visit(LISTED);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(await page.$('[data-account-helper]')).toBeNull();
        const popup = await popupFor(ext, LISTED);
        const mark = await popup.waitForSelector('[data-testid="organisation-sign-in"]', {
          timeout: 20_000,
        });
        const text = await mark?.evaluate((el) => el.textContent ?? '');
        expect(text).toContain('contoso.com');
        expect(text).toContain('as your organisation lists it');
        await popup.close();
        await page.close();
      });

      it('its copy on another host is flagged, naming the listed host', async () => {
        const page = await visit(LISTED_COPY);
        await page.waitForSelector('[data-account-helper]', { timeout: 20_000 });
        expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
        const popup = await popupFor(ext, LISTED_COPY);
        const reason = await popup.$eval('[data-testid="verdict"] li[data-code]', (li) => ({
          code: li.getAttribute('data-code'),
          text: li.textContent ?? '',
        }));
        expect(reason).toMatchObject({ code: 'imitates-organisation-sign-in' });
        expect(reason.text).toContain('sts.contoso.com');
        await popup.close();
        await page.close();
      });

      it('made no request the test did not expect', () => {
        expect(network.unexpected).toEqual([]);
      });
    });
  },
);
