import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, readDatabase } from './support/extension';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import {
  addAccountInOptions,
  captureDownloads,
  downloaded,
  dueReminderIds,
  exportedStores,
  openOptions,
  removeTempFiles,
  settled,
  tempFile,
  waitForShown,
} from './support/reminders';

const WORK = 'sam@contoso.com';
const HOME = 'alex@outlook.com';
const SIGN_IN = 'https://login.live.com/login.srf';
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';

const accountCard = (address: string) => `[data-testid="account"][data-address="${address}"]`;

async function text(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector);
  return (await element?.evaluate((el) => el.textContent ?? '')) ?? '';
}

async function accounts(ext: ExtensionBrowser): Promise<Record<string, Record<string, unknown>>> {
  const dump = await readDatabase(ext);
  return Object.fromEntries(
    ((dump.accounts ?? []) as Record<string, unknown>[]).map((a) => [a.address as string, a]),
  );
}

async function settingsOf(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  // The settings store keeps each value under its name (out-of-line keys): read it by key.
  return ext.welcome.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('account-helper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('settings').objectStore('settings');
    const [keys, values] = await Promise.all(
      [store.getAllKeys(), store.getAll()].map(
        (request) =>
          new Promise<unknown[]>((resolve) => {
            request.onsuccess = () => resolve(request.result as unknown[]);
          }),
      ),
    );
    db.close();
    return Object.fromEntries((keys ?? []).map((key, i) => [String(key), values?.[i]]));
  });
}

/** Clicks "Export my data" and returns the file's text (the e2e build also puts it in the page). */
async function exportText(page: Page): Promise<string> {
  const selector = '[data-testid="export-text"]';
  const before = await page.$eval(selector, (el) => Number(el.getAttribute('data-count')));
  await page.click('[data-testid="export"]');
  await page.waitForFunction(
    (sel, count) => Number(document.querySelector(sel)?.getAttribute('data-count')) > count,
    {},
    selector,
    before,
  );
  return text(page, selector);
}

async function importFile(page: Page, path: string): Promise<void> {
  const input = (await page.waitForSelector(
    '[data-testid="import-file"]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

async function problems(page: Page): Promise<{ path: string; text: string }[]> {
  await page.waitForSelector('[data-testid="import-problems"]');
  return page.$$eval('[data-testid="import-problems"] li', (items) =>
    items.map((li) => ({ path: li.getAttribute('data-path') ?? '', text: li.textContent ?? '' })),
  );
}

const withoutExportedAt = (json: string) => ({ ...JSON.parse(json), exportedAt: 0 });

describe.each(BROWSERS)('options page: accounts, reminders and data in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e');
    downloads = await captureDownloads(ext);
    // One visit to a Microsoft sign-in page, so that there is history to delete, and one to a
    // lookalike (the e2e build's guard warns there), which is no "Microsoft page you visited".
    const network = new FakeNetwork()
      .route(SIGN_IN, site('microsoft-sign-in.html'))
      .route(LOOKALIKE, site('lookalike-plain.html'));
    const visit = await ext.browser.newPage();
    await network.attach(visit);
    await visit.goto(SIGN_IN);
    await waitFor(async () => (await readDatabase(ext)).sightings?.length === 1, 'a sighting');
    await visit.goto(LOOKALIKE);
    await waitFor(
      async () => (await readDatabase(ext)).sightings?.length === 2,
      'the lookalike’s sighting',
      20_000,
    );
    await visit.close();
    page = await openOptions(ext);
  });

  afterAll(async () => {
    await ext?.close();
    removeTempFiles();
  });

  it('adds accounts, and says what is wrong with an address', async () => {
    await page.type('[data-testid="add-account"] input[name="address"]', 'bob@');
    await page.click('[data-testid="add-account"] button[type="submit"]');
    expect(await text(page, '[data-testid="add-account-error"]')).toMatch(/domain|after the @/i);
    expect(await accounts(ext)).toEqual({});
    await page.$eval('[data-testid="add-account"] input[name="address"]', (input) => {
      (input as HTMLInputElement).value = '';
    });

    await addAccountInOptions(page, WORK, { label: 'Work', kind: 'work-school' });
    await addAccountInOptions(page, HOME);
    const stored = await accounts(ext);
    expect(stored[WORK]).toMatchObject({
      label: 'Work',
      kind: 'work-school',
      addedFrom: 'options',
    });
    expect(stored[HOME]).toMatchObject({ label: '', kind: 'personal', addedFrom: 'options' });
    // Recovery info never reviewed: both accounts are due for a review at once.
    await page.waitForSelector('[data-testid="reminders-section"][data-due-count="2"]', {
      timeout: 15_000,
    });
    expect((await dueReminderIds(page)).sort()).toEqual([
      `${HOME}:review-recovery`,
      `${WORK}:review-recovery`,
    ]);

    await page.type('[data-testid="add-account"] input[name="address"]', 'Alex@Outlook.com');
    await page.click('[data-testid="add-account"] button[type="submit"]');
    expect(await text(page, '[data-testid="add-account-error"]')).toContain('already in your list');
    expect(Object.keys(await accounts(ext))).toHaveLength(2);
    await page.$eval('[data-testid="add-account"] input[name="address"]', (input) => {
      (input as HTMLInputElement).value = '';
    });
  });

  it('edits an account: name, kind, what is set up and its own interval', async () => {
    await page.click(`${accountCard(WORK)} [data-action="edit"]`);
    const form = `${accountCard(WORK)} [data-testid="edit-account"]`;
    await page.waitForSelector(form);
    await page.$eval(`${form} input[name="label"]`, (input) => {
      (input as HTMLInputElement).value = '';
    });
    await page.type(`${form} input[name="label"]`, 'Contoso');
    await page.click(`${form} input[name="recoveryEmail"]`);
    await page.click(`${form} input[name="twoStep"]`);
    await page.click(`${form} input[name="passkey"]`);
    await page.select(`${form} select[name="interval"]`, '3');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(`${accountCard(WORK)} [data-action="edit"]`);
    await settled(page);

    expect(await text(page, `${accountCard(WORK)} h3`)).toBe(`Contoso · ${WORK}`);
    expect(await text(page, `${accountCard(WORK)} [data-field="set-up"]`)).toBe(
      'Recovery email, Two-step verification, Passkey',
    );
    const sam = (await accounts(ext))[WORK];
    expect(sam).toMatchObject({
      label: 'Contoso',
      reminderIntervalMonths: 3,
      // Boxes left alone stay "not told" (null).
      setUp: {
        recoveryEmail: true,
        phone: null,
        twoStep: true,
        authenticatorApp: null,
        passkey: true,
      },
    });
    const dump = await readDatabase(ext);
    const review = (dump.reminders as { id: string; dueAt: number }[]).find(
      (r) => r.id === `${WORK}:review-recovery`,
    );
    // Never reviewed, so still due since it was listed: the 3 months count from a review.
    expect(review?.dueAt).toBe(sam?.addedAt);
  });

  it('marks an account reviewed, and records a password reset with a reminder at once', async () => {
    await page.click(`${accountCard(HOME)} [data-action="reviewed"]`);
    await settled(page);
    await waitFor(
      async () => (await accounts(ext))[HOME]?.recoveryReviewedAt !== null,
      'the review to be recorded',
    );

    await page.click(`${accountCard(HOME)} [data-action="password-reset"]`);
    await settled(page);
    expect((await accounts(ext))[HOME]?.lastPasswordResetAt).toEqual(expect.any(Number));
    // The two never-reviewed accounts' review notifications came first, when they were added.
    const shown = await waitForShown(ext, 3);
    expect(shown.at(-1)).toEqual({
      id: `${HOME}:sign-devices-in`,
      title: `Sign your devices back in to ${HOME}`,
    });
    // Home's review is done; Work's recovery info was never reviewed and stays due.
    await page.waitForSelector('[data-testid="reminders-section"][data-due-count="2"]');
    expect((await dueReminderIds(page)).sort()).toEqual([
      `${HOME}:sign-devices-in`,
      `${WORK}:review-recovery`,
    ]);
    // Its main button does what it says: the list of devices, not the security page.
    const main = await page.$eval(
      `[data-reminder-id="${HOME}:sign-devices-in"] .rm-actions a`,
      (a) => ({ text: a.textContent, href: a.getAttribute('href') }),
    );
    expect(main).toEqual({
      text: 'See your devices',
      href: 'https://account.microsoft.com/devices',
    });

    await page.click(`[data-reminder-id="${HOME}:sign-devices-in"] [data-action="done"]`);
    await page.waitForSelector('[data-testid="reminders-section"][data-due-count="1"]');
    expect(await dueReminderIds(page)).toEqual([`${WORK}:review-recovery`]);
  });

  it('saves the reminder interval and the privacy choices (remembering sign-ins is off)', async () => {
    await page.select('[data-testid="interval-setting"]', '4');
    await settled(page);
    const remember = await page.$eval(
      '[data-testid="remember-sign-ins"]',
      (input) => (input as HTMLInputElement).checked,
    );
    expect(remember).toBe(false);
    await page.click('[data-testid="remember-sign-ins"]');
    await settled(page);
    await page.click('[data-testid="allow-lookups"]');
    await settled(page);
    await waitFor(async () => {
      const settings = await settingsOf(ext);
      return settings.allowOnlineLookups === false ? settings : null;
    }, 'the settings to be saved');
    expect(await settingsOf(ext)).toMatchObject({
      reminderIntervalMonths: 4,
      rememberSignInAddresses: true,
      allowOnlineLookups: false,
    });
  });

  it('export → delete everything → import gives back the same data', async () => {
    // The organisation's sign-in page Microsoft once handed over to (src/background/organisation-sign-in.ts).
    await inExtension(ext, async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('account-helper');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('organisationSignIns', 'readwrite');
        tx.objectStore('organisationSignIns').put({
          host: 'sts.contoso.com',
          organisation: 'contoso.com',
          via: 'sign-in-page',
          reachedAt: 1_750_000_000_000,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    const before = await exportedStores(ext);
    expect(before.organisationSignIns).toHaveLength(1);
    expect(await text(page, '[data-testid="sightings-total"]')).toBe(
      '1 visit recorded on this device.',
    );
    expect(await page.$$eval('[data-testid="sightings"] li', (items) => items.length)).toBe(1);
    expect(await text(page, '[data-testid="sightings"]')).not.toContain('secure-verify.net');
    const exported = await exportText(page);
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'account-helper-export', version: 1 });
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'accounts',
      'reminders',
      'lookups',
      'organisationSignIns',
    ]);
    expect(file.accounts).toHaveLength(2);
    expect(file.organisationSignIns).toEqual([
      expect.objectContaining({ host: 'sts.contoso.com', organisation: 'contoso.com' }),
    ]);
    expect(exported).not.toMatch(/password"|sightings|login\.live\.com/i);
    // The button saved the same text as a file.
    const fileName = `account-helper-${new Date(file.exportedAt).toISOString().slice(0, 10)}.json`;
    expect(await downloaded(downloads, fileName)).toBe(exported);

    await page.click('[data-testid="delete-all"]');
    await page.click('[data-testid="confirm-delete-all"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="delete-status"]')?.textContent ===
        'Everything was deleted.',
    );
    await page.waitForSelector('[data-testid="no-accounts"]');
    // The empty state says it once.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="sightings-total"]')?.textContent ===
        'No Microsoft sign-in pages seen yet.',
    );
    expect(await page.$('[data-testid="sightings"]')).toBeNull();
    // Nothing says "Saved as …" of data that is gone.
    expect(await page.$eval('#data', (el) => el.textContent ?? '')).not.toContain(fileName);
    const emptied = await readDatabase(ext);
    expect([
      emptied.accounts,
      emptied.reminders,
      emptied.settings,
      emptied.sightings,
      emptied.organisationSignIns,
    ]).toEqual([[], [], [], [], []]);

    await importFile(page, tempFile('export.json', exported));
    await page.waitForSelector('[data-testid="import-preview"]');
    const added = await page.$eval(
      '[data-store="accounts"] [data-count="added"]',
      (cell) => cell.textContent,
    );
    expect(added).toBe('2');
    expect((await readDatabase(ext)).accounts).toEqual([]);
    await page.click('[data-testid="import-apply"]');
    await page.waitForSelector('[data-testid="import-done"]');
    await page.waitForSelector(accountCard(WORK));

    expect(await exportedStores(ext)).toEqual(before);
    expect(withoutExportedAt(await exportText(page))).toEqual(withoutExportedAt(exported));
  });

  it('a malformed or hostile import changes nothing and says what is wrong', async () => {
    const before = await readDatabase(ext);
    const good = JSON.parse(await exportText(page));

    const hostile = structuredClone(good);
    hostile.accounts[0].address = 'Not An Address';
    const polluted = JSON.stringify(hostile).replace(
      '"label":',
      '"__proto__":{"admin":true},"label":',
    );
    await importFile(page, tempFile('hostile.json', polluted));
    expect(await problems(page)).toEqual([
      { path: 'accounts[0].__proto__', text: expect.stringContaining('is not allowed') },
    ]);

    await importFile(page, tempFile('bad-address.json', JSON.stringify(hostile)));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="import-problems"] li[data-path="accounts[0].address"]'),
    );
    expect(await problems(page)).toContainEqual({
      path: 'accounts[0].address',
      text: 'accounts[0].address: Expected an email address or a phone number',
    });

    await importFile(page, tempFile('newer.json', JSON.stringify({ ...good, version: 2 })));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="import-problems"] li[data-path="version"]'),
    );
    expect((await problems(page))[0]?.text).toContain('newer Account Helper');

    // The paste-in fallback: not even JSON.
    await page.click('[data-testid="my-data"] details summary');
    await page.type('[data-testid="import-text"]', '{"format": "account-helper-export", ');
    await page.click('[data-testid="import-check"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="import-problems"] li[data-path="(file)"]'),
    );
    // A sentence, not the parser's message.
    expect((await problems(page))[0]?.text).toBe(
      '(file): This file can’t be read as an Account Helper export. Choose the file that “Export my data” saved, unchanged.',
    );

    expect(await page.$('[data-testid="import-apply"]')).toBeNull();
    expect(await readDatabase(ext)).toEqual(before);

    // A file that trusts lookalike sites names each one in the preview, not "settings: 1 changed".
    const trusting = structuredClone(good);
    trusting.settings.dismissedLookalikeHosts = [
      'login-micros0ft.example',
      'outlook-verify.example',
    ];
    await importFile(page, tempFile('trusting.json', JSON.stringify(trusting)));
    const listed = await page.waitForSelector('[data-testid="import-dismissed-hosts"]');
    const named = await listed?.evaluate((element) => element.textContent ?? '');
    expect(named).toContain('2 sites you haven’t trusted before');
    expect(named).toContain('login-micros0ft.example');
    expect(named).toContain('outlook-verify.example');
    expect(await readDatabase(ext)).toEqual(before);
  });

  it('removes an account with its reminders, after asking', async () => {
    await page.click(`${accountCard(WORK)} [data-action="remove"]`);
    await page.click(`${accountCard(WORK)} [data-action="confirm-remove"]`);
    await waitFor(async () => !(await page.$(accountCard(WORK))), 'the account to go');
    const dump = await readDatabase(ext);
    expect((dump.accounts as { address: string }[]).map((a) => a.address)).toEqual([HOME]);
    expect((dump.reminders as { account: string }[]).every((r) => r.account === HOME)).toBe(true);
  });

  it('adds a phone number as an account, listed and reminded as a phone number', async () => {
    const phone = '+14255550100';
    const form = '[data-testid="add-account"]';
    // Emptied the way a person does it (the earlier tests leave text the form still holds).
    await page.$eval(`${form} input[name="address"]`, (input) =>
      (input as HTMLInputElement).select(),
    );
    await page.keyboard.press('Backspace');
    await page.type(`${form} input[name="address"]`, '+1 425 555 0100');
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector(accountCard(phone), { timeout: 30_000 });
    expect(await text(page, `${form} [role="status"]`)).toBe(
      'Added the phone number +14255550100.',
    );
    expect(
      await page.$eval(accountCard(phone), (card) => card.getAttribute('data-address-kind')),
    ).toBe('phone');
    expect(await text(page, `${accountCard(phone)} [data-testid="account-phone"]`)).toBe(
      'Phone number',
    );
    expect(await text(page, `${accountCard(phone)} h3`)).toBe(phone);
    expect(await page.$(`${form} [data-testid="add-account-error"]`)).toBeNull();

    const dump = await readDatabase(ext);
    const stored = (dump.accounts as { address: string; addedFrom: string }[]).find(
      (a) => a.address === phone,
    );
    expect(stored).toMatchObject({ address: phone, addedFrom: 'options' });
    expect((dump.reminders as { account: string }[]).some((r) => r.account === phone)).toBe(true);

    await page.click(`${accountCard(phone)} [data-action="remove"]`);
    await page.click(`${accountCard(phone)} [data-action="confirm-remove"]`);
    await waitFor(async () => !(await page.$(accountCard(phone))), 'the phone account to go');
  });

  it(`opens at the reminders from a notification click (${browserName})`, async () => {
    const opened = await openOptions(ext, '#reminders');
    await opened.waitForFunction(() => document.activeElement?.id === 'reminders-heading');
    await opened.close();
  });
});
