import type { Page } from 'puppeteer';
import { type ExtensionBrowser, waitFor } from './launch';

/** Extension APIs as seen from inside an extension page: `browser` in Firefox, `chrome` in Chromium. */
export type ExtensionApi = {
  tabs: {
    create(options: { url: string; active?: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<{ id?: number; url?: string }>;
    query(options: object): Promise<{ id?: number; url?: string }[]>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
  runtime: { id: string; getManifest(): Record<string, unknown> };
};
/** Inside `inExtension` callbacks: `(globalThis as ExtensionGlobal).browser ?? …chrome`. */
export type ExtensionGlobal = { browser?: ExtensionApi; chrome: ExtensionApi };
declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi;

/** Runs `fn` inside the extension's own welcome page, where extension APIs are available. */
export async function inExtension<T, A extends unknown[]>(
  ext: ExtensionBrowser,
  fn: (...args: A) => T | Promise<T>,
  ...args: A
): Promise<T> {
  return ext.welcome.evaluate(fn as never, ...(args as unknown as never[])) as Promise<T>;
}

/**
 * Opens one of the extension's pages in a new tab. Firefox's WebDriver BiDi refuses to navigate to
 * `moz-extension://` URLs, so in both browsers the extension opens the tab itself.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const url = ext.origin + path.replace(/^\//, '');
  const known = new Set(await ext.browser.pages());
  await inExtension(
    ext,
    async (target: string) => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      await api.tabs.create({ url: target, active: true });
    },
    url,
  );
  // Firefox, busy with the rest of a full run, has once taken over 15 s to list a new tab.
  const page = await waitFor(
    async () => {
      for (const candidate of await ext.browser.pages()) {
        if (known.has(candidate)) continue;
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href === url) return candidate;
      }
      return null;
    },
    `extension page ${path}`,
    30_000,
  );
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

export async function tabIdOf(ext: ExtensionBrowser, urlPattern: string): Promise<number> {
  return waitFor(
    () =>
      inExtension(
        ext,
        async (pattern: string) => {
          const api = typeof browser === 'undefined' ? chrome : browser;
          const [tab] = await api.tabs.query({ url: pattern });
          return tab?.id ?? null;
        },
        urlPattern,
      ),
    `a tab at ${urlPattern}`,
  );
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return inExtension(
    ext,
    (id: number) => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      return api.action.getBadgeText({ tabId: id });
    },
    tabId,
  );
}

/** Every record in every store of the extension's IndexedDB database, read from an extension page. */
export async function readDatabase(ext: ExtensionBrowser): Promise<Record<string, unknown[]>> {
  return inExtension(ext, async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('account-helper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      dump[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return dump;
  });
}
