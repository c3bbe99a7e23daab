import { GENUINE_HOSTS } from './hosts';

/**
 * WebExtension match patterns for every genuine identity page host, e.g.
 * `https://login.live.com/*`. Redirect-only entries (aka.ms, microsoft.com/devicelogin) are left
 * out: they never render a page the content script could look at.
 */
export const GENUINE_MATCH_PATTERNS: readonly string[] = GENUINE_HOSTS.filter(
  (entry) => !entry.redirectOnly,
).map((entry) => `https://${entry.host}/*`);
