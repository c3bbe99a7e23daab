import type { PageKind, Service } from './types';

/**
 * The registry of official Microsoft identity and account hosts, as data. Matching is exact on
 * the normalised host name: no wildcards, because Microsoft serves these pages from fixed hosts.
 * Sources: Microsoft Entra national-cloud endpoint docs, MSAL instance-discovery aliases, and the
 * documented end-user short links (aka.ms/mfasetup, aka.ms/sspr, microsoft.com/devicelogin…).
 */

export interface PathRule {
  /** Tested against the lowercased, percent-decoded pathname. */
  readonly pattern: RegExp;
  readonly kind: PageKind | null;
  /** Overrides the host's service for this path. */
  readonly service?: Service;
  /**
   * Matches only when the address's `prompt` parameter (space-separated values, as OAuth has
   * it) names one of these: the authorize endpoint shows a consent prompt when asked to.
   */
  readonly prompts?: readonly string[];
}

export interface GenuineHost {
  readonly host: string;
  readonly service: Service;
  /** Kind of any path no rule names. Ignored when `onlyListedPaths`. */
  readonly defaultKind: PageKind | null;
  /** First match wins. */
  readonly paths: readonly PathRule[];
  /** A broad site (or link shortener) where only the listed paths are identity pages. */
  readonly onlyListedPaths?: boolean;
  /** Only redirects to another registry host; never renders a page of its own. */
  readonly redirectOnly?: boolean;
  /** Paths served for another service than the host's (first match wins). */
  readonly servicePaths?: readonly { readonly pattern: RegExp; readonly service: Service }[];
}

const END = '(?:[/.]|$)';

/** `prompt` values that make Microsoft's authorize endpoint show its consent prompt. */
const CONSENT_PROMPTS = ['consent', 'admin_consent'] as const;

/** Paths shared by every Microsoft Entra (work or school) sign-in host, in every cloud. */
const ENTRA_PATHS: readonly PathRule[] = [
  // Admin consent ("Permissions requested — Accept for your organization"), v1 and v2 endpoints.
  { pattern: new RegExp(`^/(?:[^/]+/)?(?:v2\\.0/)?adminconsent${END}`), kind: 'consent' },
  {
    pattern: new RegExp(`^/(?:[^/]+/)?oauth2/(?:v2\\.0/)?authorize${END}`),
    kind: 'consent',
    prompts: CONSENT_PROMPTS,
  },
  { pattern: new RegExp(`^/(?:[^/]+/)?oauth2/(?:v2\\.0/)?logout${END}`), kind: 'sign-out' },
  { pattern: new RegExp(`^/(?:[^/]+/)?logout\\.srf${END}`), kind: 'sign-out' },
  { pattern: new RegExp(`^/(?:[^/]+/)?oauth2/deviceauth${END}`), kind: 'device-code' },
  { pattern: new RegExp(`^/(?:[^/]+/)?oauth2/(?:v2\\.0/)?(?:token|devicecode)${END}`), kind: null },
  { pattern: /^\/(?:[^/]+\/)?(?:v2\.0\/)?\.well-known\//, kind: null },
  { pattern: /^\/(?:[^/]+\/)?(?:discovery|federationmetadata)\//, kind: null },
];

/** The consumers tenant on Entra hosts hands over to the personal Microsoft account. */
const CONSUMER_TENANT = /^\/(?:consumers|9188040d-6c67-4c5b-b112-36a304b66dad)(?:\/|$)/;

function entraHost(host: string, service: Service): GenuineHost {
  return {
    host,
    service,
    defaultKind: 'sign-in',
    paths: ENTRA_PATHS,
    servicePaths:
      service === 'work-school' ? [{ pattern: CONSUMER_TENANT, service: 'microsoft-account' }] : [],
  };
}

function singleKindHost(host: string, service: Service, kind: PageKind | null): GenuineHost {
  return { host, service, defaultKind: kind, paths: [] };
}

const LOCALE = '(?:[a-z]{2}(?:-[a-z]{2,4})?/)?';

/** microsoft.com short links for typing a device code; they redirect to the sign-in hosts. */
const DEVICE_LINK_PATHS: readonly PathRule[] = [
  { pattern: new RegExp(`^/${LOCALE}devicelogin/?$`), kind: 'device-code', service: 'work-school' },
  {
    pattern: new RegExp(`^/${LOCALE}deviceloginus/?$`),
    kind: 'device-code',
    service: 'us-government',
  },
  { pattern: new RegExp(`^/${LOCALE}deviceloginchina/?$`), kind: 'device-code', service: 'china' },
  { pattern: new RegExp(`^/${LOCALE}link/?$`), kind: 'device-code', service: 'microsoft-account' },
];

function microsoftComRedirects(host: string): GenuineHost {
  return {
    host,
    service: 'microsoft-account',
    defaultKind: null,
    paths: DEVICE_LINK_PATHS,
    onlyListedPaths: true,
    redirectOnly: true,
  };
}

export const GENUINE_HOSTS: readonly GenuineHost[] = [
  // Personal Microsoft account (Outlook.com, Xbox, Windows, Skype…)
  {
    host: 'login.live.com',
    service: 'microsoft-account',
    defaultKind: 'sign-in',
    paths: [
      { pattern: new RegExp(`^/(?:oauth20_)?logout\\.srf${END}`), kind: 'sign-out' },
      { pattern: new RegExp(`^/oauth20_remoteconnect\\.srf${END}`), kind: 'device-code' },
      {
        pattern: new RegExp(`^/oauth20_authorize\\.srf${END}`),
        kind: 'consent',
        prompts: CONSENT_PROMPTS,
      },
    ],
  },
  {
    host: 'account.live.com',
    service: 'microsoft-account',
    defaultKind: 'account-home',
    paths: [
      { pattern: new RegExp(`^/(?:password|resetpassword\\.aspx)${END}`), kind: 'password-reset' },
      {
        pattern: new RegExp(`^/(?:acsr|abuse|recover|username/recover)${END}`),
        kind: 'account-recovery',
      },
      {
        pattern: new RegExp(`^/(?:proofs|identity/confirm|activity)${END}`),
        kind: 'security-info',
      },
    ],
  },
  singleKindHost('signup.live.com', 'microsoft-account', 'sign-up'),
  {
    host: 'account.microsoft.com',
    service: 'microsoft-account',
    defaultKind: 'account-home',
    paths: [{ pattern: /^\/security(?:[/-]|$)/, kind: 'security-info' }],
  },
  microsoftComRedirects('www.microsoft.com'),
  microsoftComRedirects('microsoft.com'),

  // Microsoft Entra ID (work or school accounts), global cloud
  entraHost('login.microsoftonline.com', 'work-school'),
  entraHost('login.microsoft.com', 'work-school'),
  entraHost('login.windows.net', 'work-school'),
  entraHost('device.login.microsoftonline.com', 'work-school'),
  entraHost('certauth.login.microsoftonline.com', 'work-school'),
  singleKindHost('autologon.microsoftazuread-sso.com', 'work-school', 'sign-in'),
  singleKindHost('passwordreset.microsoftonline.com', 'work-school', 'password-reset'),
  singleKindHost('mysignins.microsoft.com', 'work-school', 'security-info'),
  singleKindHost('myaccount.microsoft.com', 'work-school', 'account-home'),
  singleKindHost('myapps.microsoft.com', 'work-school', null),
  singleKindHost('signup.microsoft.com', 'work-school', 'sign-up'),
  {
    host: 'account.activedirectory.windowsazure.com',
    service: 'work-school',
    defaultKind: 'account-home',
    paths: [
      { pattern: new RegExp(`^/proofup\\.aspx${END}`), kind: 'security-info' },
      { pattern: new RegExp(`^/passwordreset/register\\.aspx${END}`), kind: 'security-info' },
      { pattern: new RegExp(`^/changepassword\\.aspx${END}`), kind: 'password-reset' },
    ],
  },
  {
    host: 'aka.ms',
    service: 'work-school',
    defaultKind: null,
    onlyListedPaths: true,
    redirectOnly: true,
    paths: [
      {
        pattern: /^\/(?:mfasetup|mysecurityinfo|setupsecurityinfo|ssprsetup)\/?$/,
        kind: 'security-info',
      },
      { pattern: /^\/sspr\/?$/, kind: 'password-reset' },
      { pattern: /^\/devicelogin\/?$/, kind: 'device-code' },
    ],
  },

  // Azure Government (GCC High, DoD)
  entraHost('login.microsoftonline.us', 'us-government'),
  entraHost('login.usgovcloudapi.net', 'us-government'),
  entraHost('login-us.microsoftonline.com', 'us-government'),
  entraHost('certauth.login.microsoftonline.us', 'us-government'),
  singleKindHost('passwordreset.microsoftonline.us', 'us-government', 'password-reset'),
  singleKindHost('mysignins.microsoft.us', 'us-government', 'security-info'),
  singleKindHost('myaccount.azure.us', 'us-government', 'account-home'),
  singleKindHost('myapps.microsoft.us', 'us-government', null),

  // Microsoft Azure operated by 21Vianet (China)
  entraHost('login.partner.microsoftonline.cn', 'china'),
  entraHost('login.chinacloudapi.cn', 'china'),
];

const BY_HOST: ReadonlyMap<string, GenuineHost> = new Map(GENUINE_HOSTS.map((h) => [h.host, h]));

/** The values of an address's `prompt` parameter (OAuth: space-separated), lowercased. */
export function promptValues(search: URLSearchParams): string[] {
  return search
    .getAll('prompt')
    .flatMap((value) => value.toLowerCase().split(/[\s+]+/))
    .filter(Boolean);
}

export function findGenuineHost(host: string): GenuineHost | undefined {
  return BY_HOST.get(host);
}

export interface GenuinePage {
  readonly entry: GenuineHost;
  readonly service: Service;
  readonly kind: PageKind | null;
}

/**
 * Names the page on a registry host; null when the host only owns some listed paths. `prompts`:
 * the values of the address's `prompt` parameter, lowercased.
 */
export function resolveGenuinePage(
  entry: GenuineHost,
  path: string,
  prompts: readonly string[] = [],
): GenuinePage | null {
  for (const rule of entry.paths) {
    if (rule.prompts && !rule.prompts.some((value) => prompts.includes(value))) continue;
    if (rule.pattern.test(path)) {
      return { entry, service: rule.service ?? serviceFor(entry, path), kind: rule.kind };
    }
  }
  if (entry.onlyListedPaths) return null;
  return { entry, service: serviceFor(entry, path), kind: entry.defaultKind };
}

function serviceFor(entry: GenuineHost, path: string): Service {
  for (const rule of entry.servicePaths ?? []) if (rule.pattern.test(path)) return rule.service;
  return entry.service;
}

/** Hosts of pages a person actually sees (used for host-name lookalike comparisons). */
export const IDENTITY_PAGE_HOSTS: readonly string[] = GENUINE_HOSTS.filter(
  (h) => !h.onlyListedPaths,
).map((h) => h.host);
