import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { inExtension, openExtensionPage, readDatabase } from './extension';
import { type ExtensionBrowser, waitFor } from './launch';

/**
 * Helpers for the reminders and options tests. They need the e2e build (`launchWithExtension(name,
 * 'e2e')`), whose background reads a test clock offset from `storage.local` and records each
 * notification it shows there too.
 */

type StorageArea = {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};
type Api = {
  storage: { local: StorageArea };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};
declare const browser: Api | undefined;
declare const chrome: Api;

export const TEST_CLOCK_KEY = 'test:clockOffsetMs';
const SHOWN_PREFIX = 'test:shown:';

/** Moves the extension's clock to `Date.now() + offsetMs`; the background wakes at once. */
export async function setTestClock(ext: ExtensionBrowser, offsetMs: number): Promise<void> {
  await inExtension(
    ext,
    async (key: string, offset: number) => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      await api.storage.local.set({ [key]: offset });
    },
    TEST_CLOCK_KEY,
    offsetMs,
  );
}

/** Sets the test clock so that the extension's "now" is `at` (epoch ms). */
export function setTestClockTo(ext: ExtensionBrowser, at: number): Promise<void> {
  return setTestClock(ext, at - Date.now());
}

export interface ShownNotification {
  id: string;
  title: string;
}

/** Every reminder notification the extension has shown since it started, oldest first. */
export async function shownNotifications(ext: ExtensionBrowser): Promise<ShownNotification[]> {
  const entries = await inExtension(
    ext,
    async (prefix: string) => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      const all = await api.storage.local.get(null);
      return Object.entries(all).filter(([key]) => key.startsWith(prefix));
    },
    SHOWN_PREFIX,
  );
  const time = (key: string) => Number(key.split(':').at(-2));
  return entries
    .sort(([a], [b]) => time(a) - time(b))
    .map(([, value]) => value as ShownNotification);
}

/** Waits until at least `count` notifications were shown, then returns them all. */
export function waitForShown(
  ext: ExtensionBrowser,
  count: number,
  timeoutMs = 15_000,
): Promise<ShownNotification[]> {
  return waitFor(
    async () => {
      const shown = await shownNotifications(ext);
      return shown.length >= count ? shown : null;
    },
    `${count} reminder notification(s)`,
    timeoutMs,
  );
}

/** The ids of the notifications on screen now (`notifications.getAll`). */
export async function openNotificationIds(ext: ExtensionBrowser): Promise<string[]> {
  const all = await inExtension(ext, async () => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    return api.notifications.getAll();
  });
  return Object.keys(all).sort();
}

/** When the reminders' wake-up alarm goes off (real time), or null when none is set. */
export async function wakeAlarmTime(ext: ExtensionBrowser): Promise<number | null> {
  return inExtension(ext, async () => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    const alarm = await api.alarms.get('reminders:wake');
    return alarm ? alarm.scheduledTime : null;
  });
}

/** The ids of the reminders a page lists as due. */
export function dueReminderIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="due-list"] [data-testid="reminder"]', (items) =>
    items.map((item) => item.getAttribute('data-reminder-id') ?? ''),
  );
}

/** Options page: adds an account with the form and waits until it is listed. */
export async function addAccountInOptions(
  page: Page,
  address: string,
  options: { label?: string; kind?: string } = {},
): Promise<void> {
  const form = '[data-testid="add-account"]';
  await page.waitForSelector(`${form} input[name="address"]`);
  await page.type(`${form} input[name="address"]`, address);
  if (options.kind) await page.select(`${form} select[name="kind"]`, options.kind);
  if (options.label) await page.type(`${form} input[name="label"]`, options.label);
  await page.click(`${form} button[type="submit"]`);
  await page.waitForSelector(`[data-testid="account"][data-address="${address}"]`);
}

/** Opens the options page and waits for its accounts and reminders to load. */
export async function openOptions(ext: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await openExtensionPage(ext, `options.html${hash}`);
  await page.waitForSelector('[data-testid="my-data"]');
  return page;
}

/** Waits until the options page has no change in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="my-data"][data-busy="false"]');
}

/** The records of the stores an export holds, as IndexedDB has them. */
export async function exportedStores(ext: ExtensionBrowser) {
  const dump = await readDatabase(ext);
  return {
    accounts: dump.accounts ?? [],
    reminders: dump.reminders ?? [],
    lookups: dump.lookups ?? [],
    organisationSignIns: dump.organisationSignIns ?? [],
  };
}

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'account-helper-e2e-'));
  tempDirs.push(dir);
  return dir;
}

/** Deletes every file and folder `tempFile` and `captureDownloads` made. */
export function removeTempFiles(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `text` to a new temporary file and returns its path (for `uploadFile`). */
export function tempFile(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/**
 * Sends the browser's downloads to a new temporary folder (not ~/Downloads) and returns it.
 * Chromium through CDP; Firefox through WebDriver BiDi's `browser.setDownloadBehavior`, which
 * Puppeteer only offers for new browser contexts, so it is sent on Puppeteer's connection.
 */
export async function captureDownloads(ext: ExtensionBrowser): Promise<string> {
  const dir = tempDir();
  if (ext.name === 'chromium') {
    const session = await ext.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  } else {
    const { connection } = ext.browser as unknown as {
      connection: { send(method: string, params: object): Promise<unknown> };
    };
    await connection.send('browser.setDownloadBehavior', {
      downloadBehavior: { type: 'allowed', destinationFolder: dir },
    });
  }
  return dir;
}

/** Waits for a finished download named `name` in `dir` and returns its text. */
export function downloaded(dir: string, name: string): Promise<string> {
  return waitFor(async () => {
    if (!readdirSync(dir).includes(name)) return null;
    const text = readFileSync(join(dir, name), 'utf8');
    return text.endsWith('}\n') ? text : null;
  }, `the download ${name}`);
}
