import { browser } from 'wxt/browser';
import { classifyUrl } from '../core/detection';
import { originAndPath } from '../core/detection/page-address';
import { microsoftReportUrl } from '../core/report/microsoft-report';
import type { Handlers } from '../messaging/router';
import { createSettingsRepo } from '../storage/settings-repo';
import { createSightingsRepo } from '../storage/sightings-repo';
import { accountHandlers } from './account-handlers';
import { database } from './database';
import { flaggedFrameReport, handleFrameReport } from './frame-report';
import { injectForSender } from './guard-check';
import { guidanceHandlers } from './guidance-handlers';
import { handlePageReport, hostOf, trustedPageUrl } from './page-report';
import { policyHandlers, withPolicy } from './policy';
import { reminderHandlers } from './reminder-handlers';
import { loadTabState } from './tab-state';

/** The router only calls content handlers for senders with a tab. */
function senderTab(sender: { tabId?: number }): number {
  if (sender.tabId === undefined) throw new Error('A content message arrived without a tab.');
  return sender.tabId;
}

export const handlers: Handlers = {
  async 'page/report'(message, sender) {
    const tabId = senderTab(sender);
    // A frame's form is judged as part of the page the person sees (the tab's address).
    if (sender.frameId) return handleFrameReport(tabId, sender.tab?.url, message.snapshot);
    const url = trustedPageUrl(message.url, sender.url);
    return (
      flaggedFrameReport(tabId, url) ??
      handlePageReport(tabId, url, message.snapshot, {
        guidance: message.guidance === true,
        openerTabId: sender.tab?.openerTabId,
      })
    );
  },

  async 'guard/check'(_message, sender) {
    await injectForSender(senderTab(sender), sender);
    return null;
  },

  async 'guard/dismiss'(_message, sender) {
    // The host comes from the browser, not the message: a page can only pass its own warning.
    const host = hostOf(sender.url ?? '');
    if (!host) throw new Error('The page to trust has no host.');
    const settings = createSettingsRepo(await database());
    const hosts = await settings.get('dismissedLookalikeHosts');
    if (!hosts.includes(host)) {
      await settings.set('dismissedLookalikeHosts', [...hosts, host].slice(-1000));
    }
    return null;
  },

  async 'guard/leave'(_message, sender) {
    await browser.tabs.update(senderTab(sender), { url: browser.runtime.getURL('/left.html') });
    return null;
  },

  async 'guard/report'(_message, sender) {
    // The address comes from the browser, not the message: a page can only report itself.
    const url = microsoftReportUrl(sender.url ?? '');
    if (!url) throw new Error('This page has no address to report.');
    await browser.tabs.create({ url, openerTabId: senderTab(sender) });
    return null;
  },

  async 'tab/state'(message) {
    const known = await loadTabState(message.tabId);
    // No content script ran there; the URL is readable when the user opened the popup on that tab.
    const tab = known ? null : await browser.tabs.get(message.tabId).catch(() => null);
    const url = known ? known.url : (tab?.url ?? null);
    const classification = known ? known.classification : url ? classifyUrl(url) : null;
    return {
      tabId: message.tabId,
      url: url === null ? null : originAndPath(url),
      // The organisation's policy applies however the tab was classified (tab-watch or report).
      classification:
        url && classification ? await withPolicy(url, classification) : classification,
    };
  },

  async 'sightings/recent'(message) {
    return createSightingsRepo(await database()).listRecent(message.limit);
  },

  ...accountHandlers,
  ...reminderHandlers,
  ...guidanceHandlers,
  ...policyHandlers,
};
