import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidanceView } from '../../src/core/guidance/view';
import { format } from '../../src/core/i18n/format';
import { describeFindings, runAxe, type Scheme, schemeMatches, useScheme } from './support/axe';
import {
  coveredControls,
  hostAttribute,
  panelText,
  togglePanel,
  waitForHostAttribute,
  waitForPanel,
} from './support/guidance-probes';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, type Route, site } from './support/network';

/**
 * Microsoft's real pages used against the person: an app's consent prompt (illicit consent grant)
 * and the device-code page (device-code phishing). The fixtures are served at Microsoft's own
 * addresses; the production build runs in both browsers. Firefox has no view into the closed
 * shadow root, so there the marker's attributes are the evidence; Chromium also reads the text.
 */

/** The address says consent (`prompt=consent`) and asks for mail. */
const UNVERIFIED =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code&scope=openid%20offline_access%20Mail.Read%20Mail.Send&redirect_uri=https%3A%2F%2Fsecure-mail-viewer.example%2Fcallback&prompt=consent';
/** Where the sign-in form posts: the address says sign-in, the page shows the consent prompt. */
const VERIFIED = 'https://login.microsoftonline.com/common/login';
/** The admin consent endpoint: "Permissions requested — Accept for your organization". */
const ADMIN =
  'https://login.microsoftonline.com/common/adminconsent?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&redirect_uri=https%3A%2F%2Fdoc-share.example%2Fdone';
/** An address asking for consent, before the person has signed in: Microsoft's sign-in form. */
const CONSENT_SIGN_IN =
  'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code&scope=Mail.Read&prompt=consent';
const DEVICE = 'https://login.microsoftonline.com/common/oauth2/deviceauth';
const CONFIRM = 'https://login.microsoftonline.com/organizations/oauth2/deviceauth';
/** The same prompt in German, as Microsoft shows it to someone whose language is German. */
const GERMAN = 'https://login.microsoftonline.com/common/login?mkt=de-DE';
function german(): Route {
  const route = site('ms-consent-unverified.html');
  const body = [
    ['lang="en-US"', 'lang="de-DE"'],
    ['Permissions requested', 'Angeforderte Berechtigungen'],
    ['>unverified<', '>nicht überprüft<'],
    ['Read your mail', 'Ihre E-Mails lesen'],
    ['Send mail as you', 'E-Mails in Ihrem Namen senden'],
    [
      'Maintain access to data you have given it access to',
      'Zugriff auf Daten beibehalten, für die Sie ihr Zugriff erteilt haben',
    ],
    ['Sign in and read your profile', 'Anmelden und Ihr Profil lesen'],
  ].reduce((text, [from, to]) => text.replace(from as string, to as string), route.body);
  return { ...route, body };
}
/** Someone's message with a link to the device-code page. */
const MESSAGE = 'https://mail.example.org/inbox/message/42';

const work = () => guidanceView('consent', 'en', 'work-school');
const device = () => guidanceView('device-code', 'en', 'work-school');

describe.each(BROWSERS)('consent prompts and device codes in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;
  const chromium = browserName === 'chromium';

  async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await ext.browser.newPage();
    await page.setViewport(viewport);
    await network.attach(page);
    await page.goto(url);
    return page;
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName);
    network = new FakeNetwork()
      .route(UNVERIFIED, site('ms-consent-unverified.html'))
      .route(VERIFIED, site('ms-consent-verified.html'))
      .route(CONSENT_SIGN_IN, site('ms-sign-in.html'))
      .route(GERMAN, german())
      .route(ADMIN, site('ms-consent-admin.html'))
      .route(DEVICE, site('ms-device-code.html'))
      .route(CONFIRM, site('ms-device-code-confirm.html'))
      .route(MESSAGE, {
        body: `<!doctype html><html lang="en"><title>Inbox</title><main><h1>IT Helpdesk</h1><p>Your mailbox will be closed. Go to <a id="go" href="${DEVICE}">${DEVICE}</a> and enter the code HX7-KQ2P to keep it.</p></main></html>`,
      });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('warns in the panel when an unverified publisher asks for mail and lasting access', async () => {
    const page = await open(UNVERIFIED);
    const attributes = await waitForPanel(page);
    expect(attributes).toMatchObject({
      'data-verdict': 'microsoft',
      'data-page-kind': 'consent',
      'data-panel-state': 'open',
    });
    await waitForHostAttribute(page, 'data-consent-risk', 'high', 10_000);
    expect(await hostAttribute(page, 'data-consent-publisher')).toBe('unverified');
    if (chromium) {
      const text = await panelText(page);
      const view = work().consent;
      expect(text).toContain(format(view?.appNamed ?? '-', { app: 'Secure Mail Viewer' }));
      expect(text).toContain(view?.publisher.unverified);
      expect(text).toContain(view?.warningTitle);
      expect(text).toContain(view?.warningAction);
      expect(text).toContain(view?.permissions['mail-read-send']);
      expect(text).toContain(view?.permissions.offline);
      expect(text).not.toContain(view?.calm);
      const remove = await page.$(`::-p-aria(${view?.removeLabel})`);
      expect(await remove?.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
        'https://myapps.microsoft.com/',
      );
    }
    expect(network.unexpected).toEqual([]);
    await page.close();
  });

  it('explains calmly when a verified publisher asks for the basic profile', async () => {
    const page = await open(VERIFIED);
    await waitForPanel(page);
    // The address alone says sign-in: the page's own title makes it a consent page.
    await waitForHostAttribute(page, 'data-page-kind', 'consent', 10_000);
    await waitForHostAttribute(page, 'data-consent-risk', 'low', 10_000);
    expect(await hostAttribute(page, 'data-consent-publisher')).toBe('verified');
    if (chromium) {
      const text = await panelText(page);
      const view = work().consent;
      expect(text).toContain(
        format(view?.publisher.verified ?? '-', { publisher: 'Fabrikam, Inc.' }),
      );
      expect(text).toContain(view?.permissions.profile);
      expect(text).toContain(view?.calm);
      expect(text).not.toContain(view?.warningTitle);
    }
    await page.close();
  });

  it('asks to close a device-code page reached by a link, and names the app on the next step', async () => {
    const message = await open(MESSAGE);
    await Promise.all([message.waitForNavigation(), message.click('#go')]);
    expect(message.url()).toBe(DEVICE);
    await waitForPanel(message);
    expect(await hostAttribute(message, 'data-page-kind')).toBe('device-code');
    await waitForHostAttribute(message, 'data-device-arrival', 'link', 10_000);
    expect(await hostAttribute(message, 'data-device-step')).toBe('code');
    const view = device().deviceCode;
    if (chromium) {
      const text = await panelText(message);
      expect(text).toContain(view?.linkHeading);
      expect(text).toContain(view?.linkBody);
    }
    await message.close();

    // Typed in: no link, so no "you came from a link" (the code paragraph still says it all).
    const typed = await open(DEVICE);
    await waitForPanel(typed);
    await waitForHostAttribute(typed, 'data-device-arrival', 'unknown', 10_000);
    if (chromium) expect(await panelText(typed)).not.toContain(view?.linkHeading);
    await typed.close();

    const confirm = await open(CONFIRM);
    await waitForPanel(confirm);
    await waitForHostAttribute(confirm, 'data-device-step', 'confirm', 10_000);
    if (chromium) {
      const text = await panelText(confirm);
      expect(text).toContain(view?.confirmHeading);
      expect(text).toContain(format(view?.confirmNamed ?? '-', { app: 'Microsoft Azure CLI' }));
    }
    await confirm.close();
  });

  it('says an administrator’s consent is for everyone in the organisation', async () => {
    const page = await open(ADMIN);
    const attributes = await waitForPanel(page);
    expect(attributes['data-page-kind']).toBe('consent');
    await waitForHostAttribute(page, 'data-consent-risk', 'high', 10_000);
    if (chromium) {
      const view = work().consent;
      const text = await panelText(page);
      expect(text).toContain(view?.admin);
      expect(text).toContain(view?.permissions['files-write']);
      expect(text).toContain(view?.permissions['contacts-read']);
    }
    await page.close();
  });

  it('warns in German on Microsoft’s German prompt', async () => {
    const page = await open(GERMAN);
    await waitForPanel(page);
    await waitForHostAttribute(page, 'data-page-kind', 'consent', 10_000);
    await waitForHostAttribute(page, 'data-consent-risk', 'high', 10_000);
    expect(await hostAttribute(page, 'data-panel-lang')).toBe('de');
    expect(await hostAttribute(page, 'data-consent-publisher')).toBe('unverified');
    if (chromium) {
      const view = guidanceView('consent', 'de', 'work-school').consent;
      const text = await panelText(page);
      expect(text).toContain(view?.warningTitle);
      expect(text).toContain(format(view?.appNamed ?? '-', { app: 'Secure Mail Viewer' }));
      expect(text).toContain('Ihre E-Mails lesen');
    }
    await page.close();
  });

  it('gives the sign-in form at a consent address the sign-in panel', async () => {
    const page = await open(CONSENT_SIGN_IN);
    await waitForPanel(page);
    await waitForHostAttribute(page, 'data-page-kind', 'sign-in', 10_000);
    expect(await hostAttribute(page, 'data-consent-risk')).toBeNull();
    if (chromium) {
      expect(await panelText(page)).toContain(
        guidanceView('sign-in', 'en', 'work-school').panel.title,
      );
    }
    await page.close();
  });

  it('never covers Microsoft’s Accept, Cancel or Continue, open or collapsed', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 360, height: 640 },
    ]) {
      for (const url of [UNVERIFIED, VERIFIED, CONFIRM]) {
        const page = await open(url, viewport);
        await waitForPanel(page);
        const where = `${url} at ${viewport.width}px`;
        expect(await coveredControls(page), where).toEqual([]);
        await togglePanel(page);
        expect(await coveredControls(page), `${where}, toggled`).toEqual([]);
        await togglePanel(page);
        await page.close();
      }
    }
  });
});

/** A fixture that asks the e2e build to leave Account Helper's shadow root open for axe. */
function audited(file: string): Route {
  const route = site(file);
  return { ...route, body: route.body.replace(/<html\b/, '<html data-account-helper-audit') };
}

describe.each(BROWSERS)('consent and device-code panels pass axe in %s', (browserName) => {
  describe.each(['light', 'dark'] as Scheme[])('%s scheme', (scheme) => {
    let ext: ExtensionBrowser;
    let network: FakeNetwork;

    beforeAll(async () => {
      ext = await launchWithExtension(browserName, 'e2e', { firefoxColorScheme: scheme });
      network = new FakeNetwork()
        .route(UNVERIFIED, audited('ms-consent-unverified.html'))
        .route(VERIFIED, audited('ms-consent-verified.html'))
        .route(CONFIRM, audited('ms-device-code-confirm.html'));
    });

    afterAll(async () => {
      await ext?.close();
    });

    it('the warning, the calm explanation and the device-code check', async () => {
      for (const [url, attribute, value] of [
        [UNVERIFIED, 'data-consent-risk', 'high'],
        [VERIFIED, 'data-consent-risk', 'low'],
        [CONFIRM, 'data-device-step', 'confirm'],
      ] as const) {
        const page = await ext.browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await useScheme(page, browserName, scheme);
        await network.attach(page);
        await page.goto(url);
        await waitForPanel(page);
        await waitForHostAttribute(page, attribute, value, 10_000);
        expect(await schemeMatches(page, scheme)).toBe(true);
        const findings = await runAxe(page, { include: '[data-account-helper]' });
        expect(describeFindings(findings), url).toBe('');
        await page.close();
      }
    });
  });
});
