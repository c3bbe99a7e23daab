/**
 * Mail domains where every address is a personal Microsoft account (MSA).
 *
 * Source: Thunderbird's ISPDB, `ispdb/hotmail.com.xml` in github.com/thunderbird/autoconfig — the
 * list of domains Thunderbird sends to Outlook.com's own mail servers (outlook.office365.com with
 * consumer sign-in). That file is maintained against real mailboxes, which makes it a better
 * record of Microsoft's regional consumer domains than memory. We leave out its
 * `olc.protection.outlook.com` entry: that is a mail-server name, not an address domain.
 * Added by us: passport.com, from Microsoft Passport, the account's name before Windows Live ID.
 * Reviewed: 2025. Microsoft stopped handing out most regional domains years ago, but existing
 * addresses still work, so entries are never removed.
 */
export const CONSUMER_DOMAINS_SOURCE =
  'Thunderbird ISPDB ispdb/hotmail.com.xml (github.com/thunderbird/autoconfig), plus passport.com';

export const CONSUMER_DOMAINS: readonly string[] = [
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'passport.com',
  'windowslive.com',
  'livemail.tw',
  ...['at', 'be', 'cl', 'cz', 'de', 'dk', 'es', 'fr', 'hu', 'ie', 'in', 'it', 'jp', 'kr', 'lv']
    .concat(['my', 'ph', 'pt', 'sa', 'sg', 'sk', 'co.id', 'co.il', 'co.th', 'com.ar', 'com.au'])
    .concat(['com.br', 'com.gr', 'com.tr', 'com.vn'])
    .map((ending) => `outlook.${ending}`),
  ...['be', 'ca', 'cl', 'cz', 'de', 'dk', 'es', 'fi', 'fr', 'gr', 'hu', 'it', 'lt', 'lv', 'my']
    .concat(['nl', 'no', 'ph', 'rs', 'se', 'sg', 'sk', 'co.id', 'co.il', 'co.in', 'co.jp'])
    .concat(['co.kr', 'co.th', 'co.uk', 'co.za', 'com.ar', 'com.au', 'com.br', 'com.hk'])
    .concat(['com.tr', 'com.tw', 'com.vn'])
    .map((ending) => `hotmail.${ending}`),
  ...['at', 'be', 'ca', 'cl', 'cn', 'de', 'dk', 'fi', 'fr', 'hk', 'ie', 'in', 'it', 'jp', 'nl']
    .concat(['no', 'ru', 'se', 'co.jp', 'co.kr', 'co.uk', 'co.za', 'com.ar', 'com.au'])
    .concat(['com.mx', 'com.my', 'com.ph', 'com.pt', 'com.sg'])
    .map((ending) => `live.${ending}`),
];

const CONSUMER_SET = new Set(CONSUMER_DOMAINS);

export function isConsumerDomain(asciiDomain: string): boolean {
  return CONSUMER_SET.has(asciiDomain);
}

/** The brand names Microsoft's consumer mail domains are built from. */
export const CONSUMER_BRANDS = [
  'outlook',
  'hotmail',
  'live',
  'msn',
  'passport',
  'windowslive',
] as const;

/**
 * Domains under which every organisation (tenant) of Microsoft Entra ID gets its own initial
 * domain, e.g. contoso.onmicrosoft.com; accounts there are work or school accounts.
 * Sources: Microsoft Learn, "Add your custom domain name" (every tenant starts with
 * <name>.onmicrosoft.com); AADInternals treats `<name>.onmicrosoft.(com|us)` as a tenant's initial
 * domain (KillChain.ps1, Invoke-ReconAsOutsider). .us is the US government clouds (GCC High, DoD);
 * onmschina.cn is Microsoft 365 operated by 21Vianet; .de was Microsoft Cloud Deutschland (closed
 * 2021, kept so old addresses are still recognised).
 */
export const TENANT_DOMAIN_SUFFIXES: readonly string[] = [
  'onmicrosoft.com',
  'onmicrosoft.us',
  'onmicrosoft.de',
  'partner.onmschina.cn',
];

/** The tenant suffix the domain sits under (`contoso.onmicrosoft.com` → `onmicrosoft.com`), or null. */
export function tenantSuffixOf(asciiDomain: string): string | null {
  for (const suffix of TENANT_DOMAIN_SUFFIXES) {
    if (asciiDomain.endsWith(`.${suffix}`)) return suffix;
  }
  return null;
}

export function isBareTenantSuffix(asciiDomain: string): boolean {
  return TENANT_DOMAIN_SUFFIXES.includes(asciiDomain);
}
