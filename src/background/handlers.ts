import { browser } from 'wxt/browser';
import { classifyUrl } from '../core/detection';
import type { Handlers } from '../messaging/router';
import { createSightingsRepo } from '../storage/sightings-repo';
import { accountHandlers } from './account-handlers';
import { showVerdictOnToolbar } from './badge';
import { database } from './database';
import { guidanceHandlers } from './guidance-handlers';
import { policyHandlers, withPolicy } from './policy';
import { reminderHandlers } from './reminder-handlers';
import { loadTabState, saveTabState } from './tab-state';

/**
 * The browser tells us which document sent the message; the page may since have changed its path
 * (single-page apps), so the script's own URL is used only when it stays on that origin.
 */
function trustedPageUrl(claimed: string, fromBrowser: string | undefined): string {
  if (!fromBrowser) return claimed;
  try {
    return new URL(claimed).origin === new URL(fromBrowser).origin ? claimed : fromBrowser;
  } catch {
    return fromBrowser;
  }
}

export const handlers: Handlers = {
  async 'page/report'(message, sender) {
    const tabId = sender.tabId as number;
    const url = trustedPageUrl(message.url, sender.url);
    const classification = classifyUrl(url);
    await saveTabState({ tabId, url, classification });
    await showVerdictOnToolbar(tabId, classification.verdict);
    if (classification.verdict !== 'other') {
      const db = await database();
      await createSightingsRepo(db).record({
        url,
        verdict: classification.verdict,
        service: classification.service,
        kind: classification.kind,
        seenAt: Date.now(),
      });
    }
    return classification;
  },

  async 'tab/state'(message) {
    const known = await loadTabState(message.tabId);
    // No content script ran there; the URL is readable when the user opened the popup on that tab.
    const tab = known ? null : await browser.tabs.get(message.tabId).catch(() => null);
    const url = known ? known.url : (tab?.url ?? null);
    const classification = known ? known.classification : url ? classifyUrl(url) : null;
    return {
      tabId: message.tabId,
      url,
      // The organisation's policy applies however the tab was classified (tab-watch or report).
      classification:
        url && classification ? await withPolicy(url, classification) : classification,
    };
  },

  async 'sightings/recent'(message) {
    const db = await database();
    return createSightingsRepo(db).listRecent(message.limit);
  },

  ...accountHandlers,
  ...reminderHandlers,
  ...guidanceHandlers,
  ...policyHandlers,
};
