import { randomBytes } from 'node:crypto';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage, readDatabase } from './support/extension';
import { clearField, waitForPanel } from './support/guidance-probes';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { openOptions, settled } from './support/reminders';

/*
 * "What the extension has seen": an address the person moves on from on Microsoft's sign-in page
 * (Next, or Enter) is remembered only while they allow it (off by default), and then the account
 * check answers from it. The guidance script tells the background each new address; the
 * background decides. A spy in the extension's welcome page hears every message the content
 * scripts send (runtime.sendMessage reaches every extension page), in both browsers.
 */

const SIGN_IN = 'https://login.live.com/login.srf';
/** The newer, passkey-first sign-in (React; its Next is a submit button with a test id). */
const PASSKEY_SIGN_IN = 'https://login.live.com/oauth20_authorize.srf';

const unique = randomBytes(6).toString('hex');
/** Addresses on a domain that says nothing by itself, so only a sighting can answer for them. */
const WHILE_OFF = `off-${unique}@example.org`;
const SEEN = `seen-${unique}@example.org`;
const FORGED = `forged-${unique}@example.org`;
const LATER = `later-${unique}@example.org`;
const NEWER = `newer-${unique}@example.org`;
const PASSWORD = `Pw-${unique}-Zq9!`;
/** Its middle, in case something kept a part of it. */
const PASSWORD_PART = `${unique}-Zq9`;

type Spied = { __heard?: string[] };
type OnMessageApi = {
  runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } };
};

/** Starts recording every message sent to the extension, as JSON, in its welcome page. */
async function startSpy(ext: ExtensionBrowser): Promise<void> {
  await inExtension(ext, () => {
    const g = globalThis as unknown as Spied & { browser?: OnMessageApi; chrome: OnMessageApi };
    const heard: string[] = [];
    g.__heard = heard;
    // Returns nothing: the background still answers every message.
    (g.browser ?? g.chrome).runtime.onMessage.addListener((message) => {
      heard.push(JSON.stringify(message));
    });
  });
}

async function heard(ext: ExtensionBrowser): Promise<string[]> {
  return inExtension(ext, () => (globalThis as unknown as Spied).__heard ?? []);
}

/** The addresses the content scripts said were seen signing in, in order. */
async function sightingsSent(ext: ExtensionBrowser): Promise<string[]> {
  return (await heard(ext))
    .map((json) => JSON.parse(json) as { type?: string; address?: string })
    .filter((message) => message.type === 'accounts/seen-signing-in')
    .map((message) => message.address ?? '');
}

function waitForSent(ext: ExtensionBrowser, address: string): Promise<true> {
  return waitFor(
    async () => (await sightingsSent(ext)).includes(address),
    `the sign-in page to tell the background about ${address}`,
  );
}

/** One setting as the extension's database holds it (each value under its name). */
async function setting(ext: ExtensionBrowser, name: string): Promise<unknown> {
  return inExtension(
    ext,
    async (key: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('account-helper');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const value = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction('settings').objectStore('settings').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return value;
    },
    name,
  );
}

async function storedAccounts(ext: ExtensionBrowser): Promise<Record<string, unknown>[]> {
  return ((await readDatabase(ext)).accounts ?? []) as Record<string, unknown>[];
}

const step = (page: Page, name: string) =>
  page.waitForSelector(`form[data-step="${name}"]`, { timeout: 5_000 });

/** The popup's account check: the reason codes of its answer for `address`. */
async function reasonsFor(ext: ExtensionBrowser, address: string): Promise<string[]> {
  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.waitForSelector('main[data-state="ready"]');
  await popup.type('#account-check-input', address);
  await popup.click('[data-testid="account-check-form"] button[type="submit"]');
  const answer = `[data-testid="account-answer"][data-address="${address}"]`;
  await popup.waitForSelector(answer);
  const codes = await popup.$$eval(`${answer} [data-testid="account-reasons"] [data-code]`, (els) =>
    els.map((el) => el.getAttribute('data-code') ?? ''),
  );
  await popup.close();
  return codes;
}

describe.each(BROWSERS)('remembering sign-in addresses in %s', (browserName) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork()
    .route(SIGN_IN, site('ms-sign-in-steps.html'))
    .route(PASSKEY_SIGN_IN, site('ms-sign-in-passkey.html'));

  async function openSignIn(): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(SIGN_IN);
    await waitForPanel(page);
    return page;
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName);
    await startSpy(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('keeps nothing while remembering is off (the default)', async () => {
    const page = await openSignIn();
    await page.type('#i0116', WHILE_OFF);
    await page.keyboard.press('Enter');
    await step(page, 'password');
    await page.type('#i0118', PASSWORD);
    await page.keyboard.press('Enter');
    await step(page, 'signed-in');
    await page.close();

    // The page told the background, which kept nothing: the account check doesn't know it.
    await waitForSent(ext, WHILE_OFF);
    expect(await reasonsFor(ext, WHILE_OFF)).not.toContain('seen-signing-in');
    expect(await storedAccounts(ext)).toEqual([]);
  });

  it('once allowed, remembers the address moved on from, and the account check knows it', async () => {
    const options = await openOptions(ext);
    await options.click('[data-testid="remember-sign-ins"]');
    await settled(options);
    await waitFor(
      async () => (await setting(ext, 'rememberSignInAddresses')) === true,
      'remembering sign-in addresses to be on',
    );
    await options.close();

    const page = await openSignIn();
    await page.type('#i0116', SEEN);
    await page.click('#idSIButton9');
    await step(page, 'password');
    // Back and Next again with the same address: told once.
    await page.click('#idBtn_Back');
    await step(page, 'address');
    await page.click('#idSIButton9');
    await step(page, 'password');
    await page.type('#i0118', PASSWORD);
    await page.click('#idSIButton9');
    await step(page, 'signed-in');
    await waitForSent(ext, SEEN);

    // The page itself can't make the script tell anything: its own clicks, submits and keys are
    // not the person's.
    await page.evaluate((forged) => {
      const show = (window as unknown as { show(step: string): void }).show;
      const form = document.getElementById('i0281') as HTMLFormElement;
      const box = document.getElementById('i0116') as HTMLInputElement;
      show('address');
      box.value = forged;
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      (document.getElementById('idSIButton9') as HTMLInputElement).click();
      show('address');
      form.requestSubmit();
    }, FORGED);
    // Then the person goes back and signs in with another address, by Enter.
    await page.click('#idBtn_Back');
    await step(page, 'address');
    await clearField(page, '#i0116');
    await page.type('#i0116', LATER);
    await page.keyboard.press('Enter');
    await waitForSent(ext, LATER);
    await page.close();

    expect(await sightingsSent(ext)).toEqual([WHILE_OFF, SEEN, LATER]);
    await waitFor(async () => (await storedAccounts(ext)).length === 2, 'two remembered accounts');
    const stored = await storedAccounts(ext);
    expect(stored.map((a) => [a.address, a.addedFrom]).sort()).toEqual([
      [LATER, 'sign-in'],
      [SEEN, 'sign-in'],
    ]);
    expect(await reasonsFor(ext, SEEN)).toContain('seen-signing-in');
    expect(await reasonsFor(ext, WHILE_OFF)).not.toContain('seen-signing-in');
  });

  it('remembers the address on the newer sign-in too, where Next leads to a passkey', async () => {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(PASSKEY_SIGN_IN);
    await waitForPanel(page);
    await page.type('#usernameEntry', NEWER);
    await page.click('[data-step="address"] [data-testid="primaryButton"]');
    await page.waitForSelector('[data-account-helper][data-page-step="passkey"]');
    await waitForSent(ext, NEWER);
    await waitFor(
      async () => (await storedAccounts(ext)).length === 3,
      'three remembered accounts',
    );
    await page.close();
  });

  it('never sends what was typed into the password box', async () => {
    const messages = (await heard(ext)).join('\n');
    expect(messages).toContain(SEEN);
    expect(messages).not.toContain(PASSWORD);
    expect(messages).not.toContain(PASSWORD_PART);
    expect(JSON.stringify(await readDatabase(ext))).not.toContain(PASSWORD_PART);
    // The pages asked for nothing but the sign-in page: the form was never posted.
    expect(network.unexpected).toEqual([]);
    expect(new Set(network.requested.filter((url) => !url.endsWith('/favicon.ico')))).toEqual(
      new Set([SIGN_IN, PASSKEY_SIGN_IN]),
    );
  });
});
