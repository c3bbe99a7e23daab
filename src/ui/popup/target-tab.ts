import { browser } from 'wxt/browser';

/**
 * The tab the popup describes: the active tab of the window it opened over. A `?tab=<id>` query
 * picks another tab, which is how the popup is opened as a page in tests and from other pages.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const requested = new URLSearchParams(search).get('tab');
  if (requested !== null && /^\d{1,10}$/.test(requested)) return Number(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
