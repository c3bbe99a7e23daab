import type { WebUrl } from './url-parts';

/**
 * Places under Microsoft's own domains where anyone with a Microsoft (or Azure) account can publish:
 * shared files, forms, Sway stories, web apps, storage. The address is Microsoft's, the content is
 * not, so the address check can't help. Of 216 verified phishing URLs aimed at Microsoft accounts
 * in a public PhishTank export (May 2020), 71 sat on such hosts.
 *
 * The list is data: each rule names the product (shown to people, never translated), the host
 * (exact, or a suffix for `*.suffix`), optionally the paths and query parameters that make an
 * address shared content, and where the rule comes from.
 *
 * Deliberately left out: `*.b2clogin.com` and `*.ciamlogin.com` (customers' own sign-in pages for
 * their apps: asking for a password there is their job) and `*.github.io` (GitHub accounts, not
 * Microsoft ones; it stays free hosting in `user-content.ts`).
 */

export interface SharedContentRule {
  /** The product's name as Microsoft writes it. */
  readonly product: string;
  /** Exact host, or with `suffix: true` every host under it (not the suffix itself). */
  readonly host: string;
  readonly suffix?: true;
  /** Tested on the lowercased, percent-decoded path; unset: every path. */
  readonly paths?: RegExp;
  /** Query parameters, any of which makes an address shared content (with or without `paths`). */
  readonly params?: readonly string[];
  /** Where the rule comes from: documentation of the address, or where such pages were seen. */
  readonly source: string;
}

const PHISHTANK_2020 = 'PhishTank verified-online export, May 2020 (issue 16)';
const LEARN = 'https://learn.microsoft.com';

export const SHARED_CONTENT_RULES: readonly SharedContentRule[] = [
  // SharePoint Online (and OneDrive for work or school, `<tenant>-my.sharepoint.com/personal/…`)
  ...['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint.cn', 'sharepoint.de'].map(
    (host): SharedContentRule => ({
      product: 'SharePoint',
      host,
      suffix: true,
      source: `${LEARN}/sharepoint/sharing-overview; national clouds: ${LEARN}/microsoft-365/enterprise/microsoft-365-endpoints; ${PHISHTANK_2020}`,
    }),
  ),
  // OneDrive (personal): share links and the items they open. The person's own files are not.
  {
    product: 'OneDrive',
    host: '1drv.ms',
    source: `${LEARN}/onedrive/developer/rest-api/api/shares_get; ${PHISHTANK_2020}`,
  },
  {
    product: 'OneDrive',
    host: 'onedrive.live.com',
    paths: /^\/(?:redir|embed|download|view\.aspx|edit\.aspx|:[a-z]:\/)/,
    params: ['authkey', 'resid', 'redeem'],
    source: `${LEARN}/onedrive/developer/rest-api/concepts/direct-endpoint-differences; ${PHISHTANK_2020}`,
  },
  {
    product: 'OneDrive',
    host: 'files.1drv.com',
    suffix: true,
    source: 'Download hosts of OneDrive share links (public.*.files.1drv.com)',
  },
  {
    product: 'OneDrive',
    host: 'livefilestore.com',
    suffix: true,
    source: 'Older download hosts of OneDrive share links (*.livefilestore.com)',
  },
  // Office's online viewer shows any document from any address (`?src=`).
  {
    product: 'Office for the web',
    host: 'view.officeapps.live.com',
    paths: /^\/op\/(?:view|embed)\.aspx/,
    source: 'Office Online viewer (`/op/view.aspx?src=<any address>`), a known phishing vehicle',
  },
  // Microsoft Forms: the pages people answer a form on.
  ...['forms.office.com', 'forms.microsoft.com', 'forms.cloud.microsoft'].map(
    (host): SharedContentRule => ({
      product: 'Microsoft Forms',
      host,
      paths: /^\/(?:[^/]+\/)?(?:r|e)\/|^\/pages\/responsepage\.aspx/,
      source: `Microsoft Support, "Send a form and collect responses" (response links /r/…, ResponsePage.aspx); ${PHISHTANK_2020}`,
    }),
  ),
  // Sway: stories anyone can publish with a link.
  ...['sway.office.com', 'sway.cloud.microsoft', 'sway.com', 'www.sway.com'].map(
    (host): SharedContentRule => ({
      product: 'Sway',
      host,
      // Any story (`/<id>`, `/s/<id>/embed`); not the start page or the person's own list.
      paths: /^\/(?!(?:my|signin)(?:\/|$))[^/]+/,
      source: 'Microsoft Support, "Share your Sway" (links sway.office.com/<id>)',
    }),
  ),
  {
    product: 'Microsoft Loop',
    host: 'loop.cloud.microsoft',
    paths: /^\/p\//,
    source: 'Microsoft Support, "Share Loop components and pages" (links loop.cloud.microsoft/p/…)',
  },
  // Azure: customers' web apps, sites and storage under Microsoft's domains.
  ...(
    [
      ['Azure App Service', 'azurewebsites.net', `${LEARN}/azure/app-service/overview`],
      [
        'Azure App Service',
        'azurewebsites.us',
        `${LEARN}/azure/azure-government/compare-azure-government-global-azure`,
      ],
      ['Azure App Service', 'chinacloudsites.cn', `${LEARN}/azure/china/resources-developer-guide`],
      ['Azure Static Web Apps', 'azurestaticapps.net', `${LEARN}/azure/static-web-apps/overview`],
      [
        'Azure Storage',
        'web.core.windows.net',
        `${LEARN}/azure/storage/blobs/storage-blob-static-website`,
      ],
      [
        'Azure Storage',
        'blob.core.windows.net',
        `${LEARN}/azure/storage/common/storage-account-overview#standard-endpoints`,
      ],
      [
        'Azure Storage',
        'file.core.windows.net',
        `${LEARN}/azure/storage/common/storage-account-overview#standard-endpoints`,
      ],
      [
        'Azure Storage',
        'blob.core.usgovcloudapi.net',
        `${LEARN}/azure/azure-government/documentation-government-developer-guide`,
      ],
      [
        'Azure Storage',
        'blob.core.chinacloudapi.cn',
        `${LEARN}/azure/china/resources-developer-guide`,
      ],
      [
        'Azure',
        'cloudapp.net',
        `${LEARN}/azure/cloud-services/cloud-services-custom-domain-name-portal`,
      ],
      ['Azure', 'cloudapp.azure.com', `${LEARN}/azure/virtual-machines/custom-domain`],
      ['Azure Container Apps', 'azurecontainerapps.io', `${LEARN}/azure/container-apps/overview`],
      ['Azure CDN', 'azureedge.net', `${LEARN}/azure/cdn/cdn-create-endpoint-how-to`],
      ['Azure CDN', 'vo.msecnd.net', `${LEARN}/azure/cdn/cdn-overview (classic endpoints)`],
      ['Azure Front Door', 'azurefd.net', `${LEARN}/azure/frontdoor/front-door-overview`],
      [
        'Azure Traffic Manager',
        'trafficmanager.net',
        `${LEARN}/azure/traffic-manager/traffic-manager-overview`,
      ],
      [
        'Azure API Management',
        'azure-api.net',
        `${LEARN}/azure/api-management/api-management-key-concepts`,
      ],
      [
        'Microsoft Entra application proxy',
        'msappproxy.net',
        `${LEARN}/entra/identity/app-proxy/overview-what-is-app-proxy`,
      ],
      ['Power Pages', 'powerappsportals.com', `${LEARN}/power-pages/introduction`],
      ['Power Pages', 'powerappsportals.us', `${LEARN}/power-pages/government/`],
      ['Power Pages', 'microsoftcrmportals.com', `${LEARN}/power-pages/introduction`],
      // Every Microsoft 365 tenant gets `<name>.onmicrosoft.com`; its name is the customer's choice.
      ['Microsoft 365', 'onmicrosoft.com', `${LEARN}/microsoft-365/admin/setup/domains-faq`],
    ] as const
  ).map(([product, host, source]): SharedContentRule => ({ product, host, suffix: true, source })),
];

export interface SharedContentPlace {
  readonly product: string;
  /** The rule's host (for a suffix rule, the suffix). */
  readonly where: string;
}

const EXACT = new Map<string, SharedContentRule[]>();
const SUFFIX = new Map<string, SharedContentRule[]>();
for (const rule of SHARED_CONTENT_RULES) {
  const map = rule.suffix ? SUFFIX : EXACT;
  map.set(rule.host, [...(map.get(rule.host) ?? []), rule]);
}

function ruleApplies(rule: SharedContentRule, web: WebUrl): boolean {
  if (!rule.paths && !rule.params) return true;
  if (rule.paths?.test(web.path)) return true;
  return rule.params?.some((name) => web.url.searchParams.has(name)) ?? false;
}

/** The shared-content place an address is on, or null. */
export function findSharedContent(web: WebUrl): SharedContentPlace | null {
  for (const rule of EXACT.get(web.host) ?? []) {
    if (ruleApplies(rule, web)) return { product: rule.product, where: rule.host };
  }
  // "a.b.azurewebsites.net" → "b.azurewebsites.net" → "azurewebsites.net" (never the suffix itself).
  let dot = web.host.indexOf('.');
  while (dot !== -1) {
    const suffix = web.host.slice(dot + 1);
    for (const rule of SUFFIX.get(suffix) ?? []) {
      if (ruleApplies(rule, web)) return { product: rule.product, where: rule.host };
    }
    dot = web.host.indexOf('.', dot + 1);
  }
  return null;
}
