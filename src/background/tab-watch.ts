import { browser } from 'wxt/browser';
import { classifyUrl } from '../core/detection';
import { showVerdictOnToolbar } from './badge';
import { noteTabAddress } from './next-hop';
import { rememberHandOff } from './organisation-sign-in';
import { saveTabState } from './tab-state';

/**
 * Classifies a tab's address as soon as it changes. The browser includes the address only for
 * sites Account Helper may see (Microsoft's sign-in hosts, or every site once the guard is on),
 * so this needs no `tabs` permission.
 */
export function watchTabAddresses(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (!changeInfo.url) return;
    const classification = classifyUrl(changeInfo.url);
    const url = changeInfo.url;
    void noteTabAddress(tabId, url)
      .then((addresses) => rememberHandOff(addresses.previous, url))
      .catch(() => false);
    void saveTabState({ tabId, url: changeInfo.url, classification });
    void showVerdictOnToolbar(tabId, classification.verdict);
  });
}
