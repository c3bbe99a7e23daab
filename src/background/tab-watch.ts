import { browser } from 'wxt/browser';
import { classifyUrl } from '../core/detection';
import { showVerdictOnToolbar } from './badge';
import { forgetFlaggedFrames } from './frame-report';
import { noteTabAddress } from './next-hop';
import { rememberHandOff } from './organisation-sign-in';
import { withPolicy } from './policy';
import { saveTabState } from './tab-state';

/**
 * Classifies a tab's address as soon as it changes. The browser includes the address only for
 * sites Account Helper may see (Microsoft's sign-in hosts, or every site once the guard is on),
 * so this needs no `tabs` permission.
 */
export function watchTabAddresses(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (!changeInfo.url) return;
    const { url } = changeInfo;
    forgetFlaggedFrames(tabId);
    const classification = classifyUrl(url);
    void noteTabAddress(tabId, url)
      .then((addresses) => rememberHandOff(addresses.previous, url))
      .catch(() => false);
    void showVerdictOnToolbar(tabId, classification.verdict);
    // The policy reads the full address (a tenant hint in the query); the tab state keeps none.
    void withPolicy(url, classification)
      .then((checked) => saveTabState({ tabId, url, classification: checked }))
      .catch((error: unknown) => console.error('Account Helper: could not keep a tab', error));
  });
}
