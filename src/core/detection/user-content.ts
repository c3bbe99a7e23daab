/**
 * Hosts where anyone can publish a page, so a page there is never an official Microsoft
 * sign-in page, even under a Microsoft-owned domain (azurewebsites.net, *.web.core.windows.net…).
 */

/** Free site hosting: the site's name is the label(s) before the suffix. */
const FREE_SITE_HOSTING = [
  // Microsoft-owned, customer-controlled
  'azurewebsites.net',
  'azurewebsites.us',
  'chinacloudsites.cn',
  'cloudapp.net',
  'cloudapp.azure.com',
  'azurestaticapps.net',
  'azureedge.net',
  'azurefd.net',
  'trafficmanager.net',
  'azure-api.net',
  'web.core.windows.net',
  'blob.core.windows.net',
  'file.core.windows.net',
  'blob.core.usgovcloudapi.net',
  'blob.core.chinacloudapi.cn',
  'b2clogin.com',
  'ciamlogin.com',
  'powerappsportals.com',
  'microsoftcrmportals.com',
  'github.io',
  // others
  'azurecontainerapps.io',
  'web.app',
  'firebaseapp.com',
  'netlify.app',
  'netlify.com',
  'vercel.app',
  'now.sh',
  'gitlab.io',
  'glitch.me',
  'pages.dev',
  'workers.dev',
  'trycloudflare.com',
  'weebly.com',
  'weeblysite.com',
  'wixsite.com',
  'wixstudio.io',
  '000webhostapp.com',
  'herokuapp.com',
  'repl.co',
  'replit.app',
  'replit.dev',
  'onrender.com',
  'fly.dev',
  'surge.sh',
  'webflow.io',
  'framer.website',
  'framer.app',
  'godaddysites.com',
  'square.site',
  'carrd.co',
  'blogspot.com',
  'wordpress.com',
  'notion.site',
  'myshopify.com',
  'squarespace.com',
  'yolasite.com',
  'mystrikingly.com',
  'site123.me',
  'tiiny.site',
  'codesandbox.io',
  'csb.app',
  'stackblitz.io',
  'amplifyapp.com',
  'appspot.com',
  'ngrok.io',
  'ngrok.app',
  'ngrok-free.app',
  'ngrok.dev',
  'ngrok-free.dev',
  'loca.lt',
  'serveo.net',
  'duckdns.org',
  'ipfs.dweb.link',
  'ipfs.w3s.link',
  'ipfs.nftstorage.link',
  'cloudfront.net',
  's3.amazonaws.com',
  'typeform.com',
  'jotform.com',
];

/** File hosting where the page's name lives in the path (bucket, CID, file name). */
const FILE_HOSTING_HOSTS = [
  'storage.googleapis.com',
  'firebasestorage.googleapis.com',
  's3.amazonaws.com',
  'ipfs.io',
  'dweb.link',
  'cloudflare-ipfs.com',
  'gateway.pinata.cloud',
  'w3s.link',
  'nftstorage.link',
  'sites.google.com',
  'r2.dev',
];

/**
 * Microsoft services where customers publish content (SharePoint sites, Forms, Sway). Their
 * names belong to customers, including Microsoft's own tenants, so the URL can't tell anything:
 * only the page content can.
 */
const TENANT_CONTENT = [
  'sharepoint.com',
  'sharepoint.us',
  'sharepoint.cn',
  'forms.office.com',
  'forms.microsoft.com',
  'forms.cloud.microsoft',
  'sway.office.com',
  'sway.cloud.microsoft',
];

const FREE_SITE_SET: ReadonlySet<string> = new Set(FREE_SITE_HOSTING);
const FILE_HOSTING_SET: ReadonlySet<string> = new Set(FILE_HOSTING_HOSTS);
const TENANT_CONTENT_SET: ReadonlySet<string> = new Set(TENANT_CONTENT);

export type UserContentKind = 'free-site' | 'file-hosting' | 'tenant-content';

export interface UserContentHost {
  readonly kind: UserContentKind;
  /** The hosting suffix, e.g. `netlify.app`. */
  readonly suffix: string;
  /** What the publisher chose: the labels before the suffix (may be ''). */
  readonly siteName: string;
}

/** Finds the longest hosting suffix the host sits under (or is). */
export function findUserContentHost(host: string): UserContentHost | null {
  if (FILE_HOSTING_SET.has(host)) return { kind: 'file-hosting', suffix: host, siteName: '' };
  let start = 0;
  while (true) {
    const suffix = host.slice(start);
    if (TENANT_CONTENT_SET.has(suffix)) {
      return { kind: 'tenant-content', suffix, siteName: host.slice(0, Math.max(start - 1, 0)) };
    }
    if (FREE_SITE_SET.has(suffix) && start > 0) {
      return { kind: 'free-site', suffix, siteName: host.slice(0, start - 1) };
    }
    if (FILE_HOSTING_SET.has(suffix) && start > 0) {
      return { kind: 'file-hosting', suffix, siteName: host.slice(0, start - 1) };
    }
    const dot = host.indexOf('.', start);
    if (dot === -1) return null;
    start = dot + 1;
  }
}
