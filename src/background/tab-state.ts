import { browser } from 'wxt/browser';
import { originAndPath } from '../core/detection/page-address';
import type { TabState } from '../messaging/messages';

/**
 * What the background knows about each tab. Kept in `storage.session` (memory only, cleared when the
 * browser closes) so it survives the service worker being stopped between events. The address is
 * kept as origin and path only: a query or fragment can carry a sign-in code or token (`code=`,
 * `#access_token=`). Classify (and apply the policy) before saving, with the full address.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(state: TabState): Promise<void> {
  const url = state.url === null ? null : originAndPath(state.url);
  await browser.storage.session.set({ [key(state.tabId)]: { ...state, url } });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const state = stored[key(tabId)] as TabState | undefined;
  return state && state.tabId === tabId ? state : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
