/**
 * Domains Microsoft runs itself. Pages under them are never called lookalikes (they may still be
 * "other": most are not sign-in pages). Hosts where customers publish their own content under a
 * Microsoft domain live in `user-content.ts` and are checked first.
 */

export const MICROSOFT_REGISTRABLE_DOMAINS: ReadonlySet<string> = new Set([
  // identity, accounts and their static assets
  'live.com',
  'live.net',
  'microsoftonline.com',
  'microsoftonline.us',
  'microsoftonline.cn',
  'microsoftonline.de',
  'microsoftonline-p.com',
  'microsoftonline-p.net',
  'microsoftazuread-sso.com',
  'msauth.net',
  'msftauth.net',
  'msauthimages.net',
  'msftauthimages.net',
  'msidentity.com',
  'passport.net',
  'windows.net',
  'windowsazure.com',
  'windowsazure.cn',
  'chinacloudapi.cn',
  'usgovcloudapi.net',
  'aka.ms',
  // Microsoft products and corporate sites
  'microsoft.com',
  'microsoft.us',
  'microsoft365.com',
  'office.com',
  'office.net',
  'office365.com',
  'office365.us',
  'outlook.com',
  'hotmail.com',
  'msn.com',
  'bing.com',
  'bing.net',
  'skype.com',
  'xbox.com',
  'xboxlive.com',
  'onedrive.com',
  '1drv.ms',
  'sharepointonline.com',
  'onenote.com',
  'onenote.net',
  'windows.com',
  'windowsupdate.com',
  'azure.com',
  'azure.net',
  'azure.us',
  'azure.cn',
  'visualstudio.com',
  'powerbi.com',
  'powerapps.com',
  'powerautomate.com',
  'dynamics.com',
  'yammer.com',
  'sway.com',
  'lync.com',
  'msft.net',
  'msecnd.net',
  'msocdn.com',
  'msftstatic.com',
  's-microsoft.com',
  'gfx.ms',
  'microsoft-int.com',
  'skype.net',
  'skypeassets.com',
  'xboxservices.com',
  'mcas.ms',
  'clarity.ms',
  'msftconnecttest.com',
  'microsoftstore.com',
  'microsoftedge.com',
  'microsoftteams.com',
  'microsoftstream.com',
  'minecraft.net',
  'github.com',
  'linkedin.com',
]);

/** Brand top-level domains operated by Microsoft (e.g. `cloud.microsoft`). */
export const MICROSOFT_TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  'microsoft',
  'azure',
  'bing',
  'office',
  'windows',
  'xbox',
  'skype',
  'hotmail',
]);

/** Static asset hosts of Microsoft's sign-in pages: seen on a foreign page, they betray a clone. */
export const MICROSOFT_SIGN_IN_ASSET_HOSTS: ReadonlySet<string> = new Set([
  'aadcdn.msauth.net',
  'aadcdn.msftauth.net',
  'aadcdn.msauthimages.net',
  'aadcdn.msftauthimages.net',
  'logincdn.msauth.net',
  'logincdn.msftauth.net',
  'lgincdn.msauth.net',
  'lgincdnvzeuno.azureedge.net',
  'acctcdn.msauth.net',
  'acctcdn.msftauth.net',
  'secure.aadcdn.microsoftonline-p.com',
  'aadcdn.microsoftonline-p.com',
  'auth.gfx.ms',
]);

/** GitHub Pages sites of Microsoft's own GitHub organisations. */
export const MICROSOFT_GITHUB_PAGES: ReadonlySet<string> = new Set([
  'microsoft.github.io',
  'azure.github.io',
  'azure-samples.github.io',
  'azuread.github.io',
  'microsoftdocs.github.io',
  'microsoftedge.github.io',
  'officedev.github.io',
  'microsoftgraph.github.io',
  'dotnet.github.io',
]);

/** True when the host is on a Microsoft-run registrable domain or brand TLD. */
export function isMicrosoftOperatedHost(host: string): boolean {
  if (MICROSOFT_GITHUB_PAGES.has(host)) return true;
  let dot = host.lastIndexOf('.');
  if (dot === -1) return false;
  if (MICROSOFT_TOP_LEVEL_DOMAINS.has(host.slice(dot + 1))) return true;
  // Walk suffixes: "a.b.live.com" → "b.live.com" → "live.com".
  let suffixStart = 0;
  while (suffixStart !== -1) {
    const suffix = host.slice(suffixStart);
    if (MICROSOFT_REGISTRABLE_DOMAINS.has(suffix)) return true;
    dot = host.indexOf('.', suffixStart);
    suffixStart = dot === -1 ? -1 : dot + 1;
  }
  return false;
}
