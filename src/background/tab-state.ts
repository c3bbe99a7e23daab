import { browser } from 'wxt/browser';
import type { TabState } from '../messaging/messages';

/**
 * What the background knows about each tab. Kept in `storage.session` (memory only, cleared when the
 * browser closes) so it survives the service worker being stopped between events.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const state = stored[key(tabId)] as TabState | undefined;
  return state && state.tabId === tabId ? state : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
