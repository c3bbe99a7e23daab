import { browser } from 'wxt/browser';
import { type HopSource, hopSourceOf } from '../core/detection/next-hop';
import { originAndPath } from '../core/detection/page-address';
import { loadTabState } from './tab-state';

/**
 * Where a page was opened from, for the next-hop check (`src/core/detection/next-hop.ts`), read
 * with what the guard's permission (every site) already gives in both browsers; no
 * `webNavigation` permission:
 *
 * - the page the same tab showed before: `tabs.onUpdated` tells each new address of a tab the
 *   extension may see (kept here, in memory-only session storage);
 * - the tab that opened it: `tabs.Tab.openerTabId`, set by Chrome, Edge and Firefox when a link
 *   opens a new tab (also for `rel="noopener"` links, which hide the opener from the page, not
 *   from the browser), and the address Account Helper last saw in that tab; only for the new
 *   tab's first sites (`OPENER_COUNTS_FOR_HOSTS`).
 *
 * What neither browser can tell us this way: whether the person clicked a link or typed the
 * address in the same tab (that needs `webNavigation`'s transition type), and links opened from
 * outside the browser (a mail app) or from a tab that has since been closed. A typed address after a
 * shared file therefore counts as opened from it: it only lowers the bar for pages that ask to sign
 * in with a Microsoft look. See SECURITY.md.
 */

export interface TabAddresses {
  current: string;
  previous: string | null;
  /** How many hosts the tab has shown in a row (1 for its first site). */
  hosts: number;
}

/**
 * The opener counts for a tab's first site and the one after it (a link's redirector, such as a
 * mail provider's link checker): later, the tab has gone its own way.
 */
const OPENER_COUNTS_FOR_HOSTS = 2;

const key = (tabId: number) => `hop:${tabId}`;

function hostOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** Keeps a tab's current and previous address (on another host). Called on every address change. */
export async function noteTabAddress(tabId: number, address: string): Promise<TabAddresses> {
  // Origin and path only, as everywhere an address is kept: a query or fragment may carry an
  // OAuth `code=` or `#access_token=`.
  const url = originAndPath(address) ?? '';
  const stored = await tabAddresses(tabId);
  if (stored && hostOf(stored.current) === hostOf(url)) {
    if (stored.current === url) return stored;
    const same = { ...stored, current: url };
    await browser.storage.session.set({ [key(tabId)]: same });
    return same;
  }
  const next: TabAddresses = {
    current: url,
    previous: stored?.current ?? null,
    hosts: (stored?.hosts ?? 0) + 1,
  };
  await browser.storage.session.set({ [key(tabId)]: next });
  return next;
}

export async function forgetTabAddresses(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** What is kept of the tab's addresses (one read serves a whole report). */
export async function tabAddresses(tabId: number): Promise<TabAddresses | undefined> {
  return (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabAddresses | undefined;
}

/** The address the tab showed before `url`, on another host; null when unknown. */
export function previousAddress(stored: TabAddresses | undefined, url: string): string | null {
  if (!stored) return null;
  return hostOf(stored.current) === hostOf(url) ? stored.previous : stored.current;
}

async function openerAddress(openerTabId: number | undefined): Promise<string | null> {
  if (openerTabId === undefined) return null;
  const known = await loadTabState(openerTabId);
  if (known?.url) return known.url;
  const tab = await browser.tabs.get(openerTabId).catch(() => null);
  return tab?.url ?? null;
}

/**
 * The shared-content or webmail page this tab's page (at `url`) was opened from, if any: the
 * tab's previous page on another host first, then the page of the tab that opened it.
 */
export async function hopSourceFor(
  stored: TabAddresses | undefined,
  url: string,
  openerTabId: number | undefined,
): Promise<HopSource | null> {
  const inTab = hopSourceOf(previousAddress(stored, url));
  if (inTab) return inTab;
  if ((stored?.hosts ?? 0) > OPENER_COUNTS_FOR_HOSTS) return null;
  return hopSourceOf(await openerAddress(openerTabId));
}
