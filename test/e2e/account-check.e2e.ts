import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage, readDatabase } from './support/extension';
import {
  FAKE_MICROSOFT_ORIGIN,
  type FakeMicrosoft,
  startFakeMicrosoft,
} from './support/fake-microsoft';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork } from './support/network';

/*
 * "Do I already have a Microsoft account?" from the popup of the production build.
 * The store build answers offline and must send nothing; the e2e build (same code, lookup URL
 * pointed at 127.0.0.1:47613) asks a local fake of Microsoft's endpoint only on a click.
 */

const LOOKUP_NOTE =
  'Asking sends only this address to Microsoft’s sign-in service, and nothing else about you.';

const fake = {
  personal: 'personal@fake.example',
  work: 'work@fake.example',
  both: 'both@fake.example',
  nobody: 'nobody@fake.example',
  slowDown: 'slow-down@fake.example',
  unsure: 'unsure@fake.example',
  broken: 'broken@fake.example',
  garbled: 'garbled@fake.example',
  unreachable: 'unreachable@fake.example',
  silent: 'silent@fake.example',
};

let microsoft: FakeMicrosoft;

beforeAll(async () => {
  microsoft = await startFakeMicrosoft({
    [fake.personal]: { json: { Username: fake.personal, IfExistsResult: 5, ThrottleStatus: 0 } },
    [fake.work]: {
      json: {
        IfExistsResult: 0,
        ThrottleStatus: 0,
        EstsProperties: { DomainType: 4 },
        Credentials: {
          PrefCredential: 4,
          FederationRedirectUrl: 'https://sts.fake.example/adfs/ls/?username=work%40fake.example',
        },
      },
    },
    [fake.both]: { json: { IfExistsResult: 6, ThrottleStatus: 0 } },
    [fake.nobody]: { json: { IfExistsResult: 1, ThrottleStatus: 0 } },
    [fake.slowDown]: { json: { IfExistsResult: 0, ThrottleStatus: 1 } },
    [fake.unsure]: { json: { IfExistsResult: 4, ThrottleStatus: 0 } },
    [fake.broken]: { status: 500, body: '<h1>Internal Server Error</h1>' },
    [fake.garbled]: { status: 200, body: '<html>this is not JSON</html>' },
    [fake.unreachable]: 'drop',
    [fake.silent]: 'hang',
  });
});

afterAll(async () => {
  await microsoft?.close();
});

// --- popup helpers -------------------------------------------------------------------------

/** The text as a person reads it: paragraphs apart, whitespace collapsed. */
const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) =>
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, breaks included
    (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
  );

async function checkAddress(popup: Page, address: string): Promise<string> {
  await popup.$eval('#account-check-input', (el) => {
    (el as HTMLInputElement).value = '';
  });
  await popup.type('#account-check-input', address);
  await popup.click('[data-testid="account-check-form"] button[type="submit"]');
  const selector = `[data-testid="account-answer"][data-address="${address.toLowerCase()}"]`;
  await popup.waitForSelector(selector);
  return text(popup, selector);
}

async function nextSteps(popup: Page): Promise<{ id: string; href: string; target: string }[]> {
  return popup.$$eval('[data-testid="next-steps"] [data-step]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-step') ?? '',
      href: el.getAttribute('href') ?? '',
      target: el.getAttribute('target') ?? '',
    })),
  );
}

type SessionStorageApi = { storage: { session: { remove(key: string): Promise<void> } } };

/** Empties the lookup rate limiter, as a few minutes' wait would. */
async function resetRateLimit(ext: ExtensionBrowser): Promise<void> {
  await inExtension(ext, async () => {
    const g = globalThis as unknown as { browser?: SessionStorageApi; chrome: SessionStorageApi };
    await (g.browser ?? g.chrome).storage.session.remove('lookup:timestamps');
  });
}

/** Writes one record straight into the extension's database, as an earlier session would have. */
async function putRecord(
  ext: ExtensionBrowser,
  store: string,
  value: unknown,
  key?: string,
): Promise<void> {
  await inExtension(
    ext,
    async (storeName: string, record: unknown, recordKey: string | null) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('account-helper');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite');
        if (recordKey === null) tx.objectStore(storeName).put(record);
        else tx.objectStore(storeName).put(record, recordKey);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    store,
    value,
    key ?? null,
  );
}

async function askMicrosoft(ext: ExtensionBrowser, popup: Page, status: string, timeout = 5_000) {
  await resetRateLimit(ext);
  await popup.click('[data-testid="ask-microsoft"]');
  const selector = `[data-testid="lookup-result"][data-status="${status}"]`;
  await popup.waitForSelector(selector, { timeout });
  return {
    text: await text(popup, selector),
    error: await popup.$eval(selector, (el) => el.getAttribute('data-error') ?? ''),
  };
}

// --- the tests -------------------------------------------------------------------------------

describe.each(BROWSERS)('account check in %s', (browserName) => {
  describe('store build: answers on the device, sends nothing', () => {
    let ext: ExtensionBrowser;
    let popup: Page;
    let network: FakeNetwork;
    const profile = mkdtempSync(join(tmpdir(), 'account-helper-profile-'));
    const lookupsBefore = () => microsoft.lookups().length;
    let lookupsAtStart = 0;

    beforeAll(async () => {
      ext = await launchWithExtension(browserName, 'store', { userDataDir: profile });
      popup = await openExtensionPage(ext, 'popup.html');
      network = new FakeNetwork();
      await network.attach(popup);
      lookupsAtStart = lookupsBefore();
    });

    afterAll(async () => {
      await ext?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    it('shows the check form, ready to use, within the popup’s first 360×600', async () => {
      await popup.setViewport({ width: 360, height: 600 });
      await popup.waitForSelector('main[data-state="ready"]');
      const box = await popup.$eval('.account-check', (el) => {
        const rect = el.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, right: rect.right, height: rect.height };
      });
      // Compact: the form, nothing else, until there is an answer.
      expect(box.bottom).toBeLessThanOrEqual(600);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(box.height).toBeLessThanOrEqual(140);
      const label = await popup.$eval(
        'label[for="account-check-input"]',
        (el) => el.textContent ?? '',
      );
      expect(label).toBe('Email address or phone number');
    });

    it('answers a personal address instantly, with its reasons and next steps', async () => {
      const answer = await checkAddress(popup, 'Jane@Outlook.com');
      expect(answer).toContain('This is a personal Microsoft account.');
      expect(answer).toContain('Every @outlook.com address is a personal Microsoft account.');
      expect(await nextSteps(popup)).toEqual([
        {
          id: 'sign-in-personal',
          href: 'https://login.live.com/login.srf?username=jane%40outlook.com',
          target: '_blank',
        },
        {
          id: 'recover-personal',
          href: 'https://account.live.com/password/reset',
          target: '_blank',
        },
        {
          id: 'review-personal',
          href: 'https://account.live.com/proofs/manage',
          target: '_blank',
        },
        { id: 'add-to-accounts', href: '', target: '' },
      ]);
      const rel = await popup.$eval('[data-step="sign-in-personal"]', (el) =>
        el.getAttribute('rel'),
      );
      expect(rel).toContain('noopener');
      // The follow-up questions are only for addresses the address itself can't answer.
      expect(await popup.$('[data-testid="questions"]')).toBeNull();
    });

    it('answers a work or school address', async () => {
      const answer = await checkAddress(popup, 'ann@contoso.onmicrosoft.com');
      expect(answer).toContain('This is a work or school account.');
      expect(answer).toContain('made by an organisation for its work or school accounts');
      const steps = await nextSteps(popup);
      expect(steps.map((s) => s.id)).toEqual([
        'sign-in-work-school',
        'recover-work-school',
        'review-work-school',
        'add-to-accounts',
      ]);
      expect(steps[2]?.href).toBe('https://mysignins.microsoft.com/security-info');
      expect(steps[0]?.href).toBe(
        'https://login.microsoftonline.com/?login_hint=ann%40contoso.onmicrosoft.com',
      );
      expect(steps[1]?.href).toBe(
        'https://passwordreset.microsoftonline.com/?username=ann%40contoso.onmicrosoft.com',
      );
    });

    it('says "either, or none yet" for other addresses, and a yes to a question updates it', async () => {
      const answer = await checkAddress(popup, 'sam@example.org');
      expect(answer).toContain(
        'It may be a personal account, a work or school account, or none yet.',
      );
      const questions = await popup.$$eval(
        '[data-testid="questions"] input[type="checkbox"]',
        (els) => els.map((el) => el.getAttribute('data-question')),
      );
      expect(questions).toEqual([
        'outlook-hotmail',
        'onedrive',
        'skype',
        'xbox',
        'windows-phone',
        'office',
        'windows-sign-in',
        'none',
      ]);
      expect((await nextSteps(popup)).map((s) => s.id)).toEqual([
        'sign-in',
        'create-account',
        'new-outlook-address',
        'add-to-accounts',
      ]);

      await popup.click('input[data-question="xbox"]');
      await popup.waitForSelector('[data-testid="account-answer"][data-tone="likely"]');
      const updated = await text(popup, '[data-testid="account-answer"]');
      expect(updated).toContain('You very likely already have a Microsoft account.');
      expect(updated).toContain('On the console, open Settings, then Account');

      await popup.click('input[data-question="none"]');
      await popup.waitForSelector('[data-testid="account-answer"][data-tone="maybe"]');
      expect(await text(popup, '[data-testid="account-answer"]')).toContain(
        'Nothing you told us points to a Microsoft account',
      );
      expect(
        await popup.$eval('input[data-question="xbox"]', (el) => (el as HTMLInputElement).checked),
      ).toBe(false);
    });

    it('explains a typo instead of answering', async () => {
      await popup.$eval('#account-check-input', (el) => {
        (el as HTMLInputElement).value = '';
      });
      await popup.type('#account-check-input', 'jane.outlook.com');
      await popup.click('[data-testid="account-check-form"] button[type="submit"]');
      await popup.waitForSelector('[data-testid="account-answer"][data-tone="invalid"]');
      expect(await text(popup, '[data-testid="account-answer"]')).toContain(
        'Add your name and an @',
      );
      expect(await popup.$('[data-testid="ask-microsoft"]')).toBeNull();
    });

    it('makes a misspelt Microsoft domain the headline, with a one-click fix and no next steps', async () => {
      const answer = await checkAddress(popup, 'jane@outlok.com');
      expect(answer.startsWith('Did you mean jane@outlook.com?')).toBe(true);
      await popup.waitForSelector('[data-testid="account-answer"][data-tone="typo"]');
      // Nothing that would make the typo stick: no "Create an account", no "Add to my accounts".
      expect(await popup.$('[data-testid="next-steps"]')).toBeNull();
      expect(await popup.$('[data-step="create-account"]')).toBeNull();
      expect(await popup.$('[data-step="add-to-accounts"]')).toBeNull();
      expect(await popup.$('[data-testid="ask-microsoft"]')).toBeNull();
      await popup.click('[data-testid="typo-fix"]');
      await popup.waitForSelector(
        '[data-testid="account-answer"][data-address="jane@outlook.com"]',
      );
      expect(await text(popup, '[data-testid="account-answer"]')).toContain(
        'This is a personal Microsoft account.',
      );
      expect(
        await popup.$eval('#account-check-input', (el) => (el as HTMLInputElement).value),
      ).toBe('jane@outlook.com');
    });

    it('never calls another provider’s address (gmail.com) a possible work or school account', async () => {
      const answer = await checkAddress(popup, 'sam@gmail.com');
      expect(answer).toContain('It may be a personal Microsoft account, or none yet.');
      expect(answer).toContain('can’t be a work or school account');
      expect(answer).not.toContain('could be a personal account, a work or school account');
    });

    it('calls a phone number a phone number, in every sentence and link', async () => {
      await popup.$eval('#account-check-input', (el) => {
        (el as HTMLInputElement).value = '';
      });
      await popup.type('#account-check-input', '+44 7700 900123');
      await popup.click('[data-testid="account-check-form"] button[type="submit"]');
      await popup.waitForSelector('[data-testid="account-answer"][data-address="+447700900123"]');
      const answer = await text(popup, '[data-testid="account-answer"]');
      expect(answer).toContain('It may be a personal Microsoft account, or none yet.');
      const links = await popup.$$eval('[data-testid="next-steps"] [data-step]', (els) =>
        els.map((el) => el.textContent ?? ''),
      );
      expect(links).toContain('Sign in with this phone number');
      expect(links).toContain('Create an account with this phone number');
      const said = `${answer} ${links.join(' ')} ${await text(popup, '[data-testid="online-check"]')}`;
      expect(said).not.toMatch(/this address|work or school/);
    });

    it('sent nothing anywhere: no page request, nothing at the lookup endpoint', () => {
      expect(network.requested).toEqual([]);
      expect(microsoft.lookups().length).toBe(lookupsAtStart);
    });

    it('"Add to my accounts" keeps the address across a browser restart', async () => {
      await checkAddress(popup, 'jane@outlook.com');
      const reminders = () =>
        popup.$eval('[data-testid="due-reminders"]', (el) => el.textContent ?? '').catch(() => '');
      expect(await reminders()).not.toContain('jane@outlook.com');
      await popup.click('[data-step="add-to-accounts"]');
      await popup.waitForSelector('[data-testid="added"]');
      // The answer now comes from the person's own list, and the step is gone.
      await popup.waitForSelector('[data-code="in-your-accounts"]');
      expect(await popup.$('[data-step="add-to-accounts"]')).toBeNull();
      // The reminders card beside it knows the new account at once, without reopening the popup.
      await waitFor(
        async () => (await reminders()).includes('jane@outlook.com'),
        'the reminders card to show the new account',
      );

      await ext.close();
      ext = await launchWithExtension(browserName, 'store', { userDataDir: profile });
      const db = await readDatabase(ext);
      expect(db.accounts).toEqual([
        expect.objectContaining({
          address: 'jane@outlook.com',
          kind: 'personal',
          addedFrom: 'account-check',
        }),
      ]);
      popup = await openExtensionPage(ext, 'popup.html');
      const answer = await checkAddress(popup, 'jane@outlook.com');
      expect(answer).toContain('This address is in your list of accounts, as a personal account.');
      await waitFor(
        async () => (await popup.$('[data-step="add-to-accounts"]')) === null,
        'the listed address to lose its "Add" step',
      );
    });
  });

  describe('e2e build: asking Microsoft (a local fake on 127.0.0.1:47613)', () => {
    let ext: ExtensionBrowser;
    let popup: Page;
    let network: FakeNetwork;
    let workerLog: string[] | null = null;
    let cdp: CDPSession | null = null;

    beforeAll(async () => {
      ext = await launchWithExtension(browserName, 'e2e');
      // A cookie for the fake's host: the lookup must never carry it.
      const cookiePage = await ext.browser.newPage();
      await cookiePage.goto(`${FAKE_MICROSOFT_ORIGIN}/cookie`);
      await cookiePage.close();

      if (browserName === 'chromium') {
        // Every request the service worker makes, seen by the browser itself.
        const worker = await ext.browser.waitForTarget(
          (t) => t.type() === 'service_worker' && t.url().startsWith(ext.origin),
        );
        cdp = await worker.createCDPSession();
        await cdp.send('Network.enable');
        workerLog = [];
        cdp.on('Network.requestWillBeSent', (event) => {
          // The worker loading its own icons (toolbar badge) is not a network request.
          if (!event.request.url.startsWith(ext.origin)) workerLog?.push(event.request.url);
        });
      }
      popup = await openExtensionPage(ext, 'popup.html');
      network = new FakeNetwork();
      await network.attach(popup);
    });

    afterAll(async () => {
      await cdp?.detach().catch(() => {});
      await ext?.close();
    });

    it('sends nothing until "Ask Microsoft" is clicked, then only the address, without cookies', async () => {
      const before = microsoft.lookups().length;
      await checkAddress(popup, fake.personal);
      // The sentence right before the button says what is sent.
      const note = await popup.$eval(
        '[data-testid="ask-microsoft"]',
        (button) => button.previousElementSibling?.textContent ?? '',
      );
      expect(note).toBe(LOOKUP_NOTE);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(microsoft.lookups().length).toBe(before);
      expect(network.requested).toEqual([]);
      if (workerLog) expect(workerLog).toEqual([]);

      const { text: result } = await askMicrosoft(ext, popup, 'exists-personal');
      expect(result).toContain('Microsoft knows it: a personal account.');
      expect(result).toContain('already a personal Microsoft account');
      expect(result).toContain('checked just now');

      const sent = microsoft.lookups().slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.username).toBe(fake.personal);
      expect(sent[0]?.headers.cookie).toBeUndefined();
      const body = JSON.parse(sent[0]?.body ?? '{}') as Record<string, unknown>;
      expect(Object.values(body).filter((v) => typeof v === 'string' && v !== '')).toEqual([
        fake.personal,
      ]);
      // The page itself made no request: the background did, once.
      expect(network.requested).toEqual([]);
      if (workerLog) {
        expect(workerLog).toEqual([`${FAKE_MICROSOFT_ORIGIN}/common/GetCredentialType?mkt=en-US`]);
      }
      // A yes from Microsoft: sign-in and recovery for a personal account.
      expect((await nextSteps(popup)).map((s) => s.id)).toEqual([
        'sign-in-personal',
        'recover-personal',
        'review-personal',
        'add-to-accounts',
      ]);
    });

    it('shows a work or school account, with the organisation’s own sign-in page', async () => {
      await checkAddress(popup, fake.work);
      const { text: result } = await askMicrosoft(ext, popup, 'exists-work-school');
      expect(result).toContain('Microsoft knows it: a work or school account.');
      expect(result).toContain('at sts.fake.example');
      expect((await nextSteps(popup)).map((s) => s.id)[0]).toBe('sign-in-work-school');
    });

    it('shows an address with both kinds of account', async () => {
      await checkAddress(popup, fake.both);
      const { text: result } = await askMicrosoft(ext, popup, 'exists-both');
      expect(result).toContain('a personal and a work or school account');
      expect((await nextSteps(popup)).map((s) => s.id).slice(0, 2)).toEqual([
        'sign-in-personal',
        'sign-in-work-school',
      ]);
    });

    it('shows "no account", and offers to create one', async () => {
      await checkAddress(popup, fake.nobody);
      const { text: result } = await askMicrosoft(ext, popup, 'not-found');
      expect(result).toContain('Microsoft has no account with this address.');
      expect(await nextSteps(popup)).toEqual([
        { id: 'create-account', href: 'https://signup.live.com/signup?lic=1', target: '_blank' },
        {
          id: 'new-outlook-address',
          href: 'https://outlook.live.com/owa/?nlp=1&signup=1',
          target: '_blank',
        },
      ]);
    });

    it('shows when Microsoft throttles, and when it can’t tell', async () => {
      await checkAddress(popup, fake.slowDown);
      const throttled = await askMicrosoft(ext, popup, 'throttled');
      // A failure is said once, in one sentence.
      expect(throttled.text).toBe(
        'Microsoft asked us to slow down. Please wait a few minutes before checking again.',
      );

      await checkAddress(popup, fake.unsure);
      const unsure = await askMicrosoft(ext, popup, 'unknown');
      expect(unsure.text).toBe('Microsoft’s answer didn’t say either way. Please try again later.');
    });

    it('gives each failure its own message: server error, garbled answer, no connection', async () => {
      await checkAddress(popup, fake.broken);
      const broken = await askMicrosoft(ext, popup, 'error');
      expect(broken.error).toBe('http');
      expect(broken.text).toBe(
        'Microsoft’s lookup is having trouble right now. Please try again in a few minutes.',
      );

      await checkAddress(popup, fake.garbled);
      const garbled = await askMicrosoft(ext, popup, 'error');
      expect(garbled.error).toBe('malformed');
      expect(garbled.text).toBe(
        'Microsoft’s answer didn’t make sense to us. Please try again later.',
      );

      await checkAddress(popup, fake.unreachable);
      const unreachable = await askMicrosoft(ext, popup, 'error');
      expect(unreachable.error).toBe('network');
      expect(unreachable.text).toBe(
        'We couldn’t reach Microsoft. Check that you’re online, then try again.',
      );
    });

    it('gives up after 8 seconds when Microsoft never answers', async () => {
      await checkAddress(popup, fake.silent);
      const started = Date.now();
      const timedOut = await askMicrosoft(ext, popup, 'error', 15_000);
      const waited = Date.now() - started;
      expect(timedOut.error).toBe('timeout');
      expect(timedOut.text).toBe(
        'Microsoft took too long to answer. Please try again in a moment.',
      );
      expect(waited).toBeGreaterThanOrEqual(7_500);
      expect(waited).toBeLessThan(14_000);
    });

    it('refuses a fourth lookup within 30 seconds, without asking', async () => {
      await checkAddress(popup, fake.nobody);
      await resetRateLimit(ext);
      const before = microsoft.lookups().length;
      for (let i = 0; i < 3; i++) {
        await popup.click('[data-testid="ask-microsoft"]');
        await popup.waitForSelector('[data-testid="ask-microsoft"]:not([disabled])');
      }
      await popup.click('[data-testid="ask-microsoft"]');
      await popup.waitForSelector('[data-testid="lookup-result"][data-status="refused"]');
      expect(await text(popup, '[data-testid="lookup-result"]')).toMatch(
        /asked several times in a short while.*wait \d+ seconds/,
      );
      expect(microsoft.lookups().length - before).toBe(3);
    });

    it('lists saved answers with their age, and clears them', async () => {
      const fiveMinutesAgo = Date.now() - 5 * 60_000 - 5_000;
      await putRecord(ext, 'lookups', {
        address: 'earlier@fake.example',
        outcome: 'exists-personal',
        checkedAt: fiveMinutesAgo,
      });
      await popup.close();
      popup = await openExtensionPage(ext, 'popup.html');
      await network.attach(popup);

      const summary = await popup.waitForSelector('[data-testid="saved-lookups"] summary');
      // Only answers are kept: the four yes-or-no answers above and this one; no failure.
      expect(await summary?.evaluate((el) => el.textContent)).toBe(
        'Saved answers from Microsoft (5)',
      );
      await summary?.click();
      const saved = await text(popup, '[data-testid="saved-lookups"]');
      expect(saved).toContain(
        'earlier@fake.example Microsoft knows it: a personal account. · checked 5 min ago',
      );
      expect(saved).toContain(
        `${fake.nobody} Microsoft has no account with this address. · checked just now`,
      );
      for (const failed of [fake.silent, fake.broken, fake.slowDown, fake.unsure]) {
        expect(saved).not.toContain(failed);
      }

      // The saved answer shows for its address without asking again.
      await checkAddress(popup, 'earlier@fake.example');
      const shown = await text(popup, '[data-testid="lookup-result"][data-saved="true"]');
      expect(shown).toBe('Microsoft knows it: a personal account. checked 5 min ago');

      await popup.click('[data-testid="clear-saved"]');
      await popup.waitForSelector('[data-testid="saved-cleared"]');
      expect(await popup.$('[data-testid="saved-lookups"]')).toBeNull();
      expect((await readDatabase(ext)).lookups).toEqual([]);
    });

    it('asks nothing when online lookups are turned off in settings', async () => {
      await putRecord(ext, 'settings', false, 'allowOnlineLookups');
      await popup.close();
      popup = await openExtensionPage(ext, 'popup.html');
      await network.attach(popup);
      const before = microsoft.lookups().length;
      await checkAddress(popup, fake.personal);
      await popup.waitForSelector('[data-testid="lookups-off"]');
      expect(await popup.$('[data-testid="ask-microsoft"]')).toBeNull();
      expect(microsoft.lookups().length).toBe(before);
    });

    it('made no page request the test did not expect', () => {
      expect(network.unexpected).toEqual([]);
    });
  });
});
