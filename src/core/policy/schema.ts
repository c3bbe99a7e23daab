import { z } from 'zod';
import { normaliseTenant } from './tenant';

/**
 * What an organisation can decide for everyone, as Account Helper reads it from the browser's
 * managed storage (Chrome and Edge: `3rdparty` extension policy, checked against
 * `public/managed-schema.json`; Firefox: `3rdparty.Extensions` in its enterprise policies, checked
 * by nobody but us). Every entry is optional and is read on its own: one entry an administrator
 * got wrong is ignored (and named on the options page), the others still apply.
 */

export const MAX_ALLOWED_TENANTS = 500;
export const MAX_ORGANISATION_SIGN_IN_PAGES = 200;

const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** An identity provider's host the organisation signs in on, and the tenant it signs in to. */
export interface OrganisationSignInPage {
  /** Lowercase host name, e.g. `sts.contoso.com`. */
  host: string;
  /** Normalised like `allowedTenants`: a tenant ID or domain. */
  tenant: string;
}

/** The policy's entries and their types, as the managed schema declares them. */
export const POLICY_ENTRIES = {
  /** `false`: nobody can ask Microsoft about an address. `true` or unset: each person decides. */
  allowOnlineLookups: z.boolean(),
  /** `false`: addresses typed on sign-in pages are never remembered, and the option is hidden. */
  allowRememberSignInAddresses: z.boolean(),
  /** `true`: the lookalike guard can't be turned off from Account Helper, and is asked for. */
  requireLookalikeGuard: z.boolean(),
  /** The organisation's Entra tenants (IDs or domains); a sign-in page for another is pointed out. */
  allowedTenants: z.array(z.string().max(300)),
  /**
   * The organisation's own sign-in pages (AD FS, Okta, Ping…) Microsoft hands people over to, with
   * their tenant: never warned about, and copies of them elsewhere are.
   */
  organisationSignInPages: z.array(
    z.object({ host: z.string().max(300), tenant: z.string().max(300) }),
  ),
  /** An HTTPS address that receives a short JSON report whenever the lookalike warning shows. */
  lookalikeReportEndpoint: z.string().max(2000).refine(isHttpsEndpoint),
} as const;

/** Only an absolute `https:` address, without user name or password in it. */
export function isHttpsEndpoint(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export type PolicyEntryName = keyof typeof POLICY_ENTRIES;
export const POLICY_ENTRY_NAMES = Object.keys(POLICY_ENTRIES) as PolicyEntryName[];

export interface ManagedPolicy {
  /** True when the organisation set at least one entry Account Helper understood. */
  managed: boolean;
  allowOnlineLookups: boolean;
  allowRememberSignInAddresses: boolean;
  requireLookalikeGuard: boolean;
  /** Normalised (lowercase tenant IDs and domains), without duplicates; empty: not pinned. */
  allowedTenants: string[];
  /** Valid entries only, without duplicate hosts; empty: none listed. */
  organisationSignInPages: OrganisationSignInPage[];
  /** Where the organisation is told of every lookalike warning; null: nobody is told. */
  lookalikeReportEndpoint: string | null;
  /** Entries (or list items, as `allowedTenants[2]`) that were not understood and are ignored. */
  ignored: string[];
}

export const NO_POLICY: Readonly<ManagedPolicy> = Object.freeze({
  managed: false,
  allowOnlineLookups: true,
  allowRememberSignInAddresses: true,
  requireLookalikeGuard: false,
  allowedTenants: [],
  organisationSignInPages: [],
  lookalikeReportEndpoint: null,
  ignored: [],
});

/**
 * Where an entry's value has the wrong type (`"false"`, `0`, `"yes"`), the administrator meant to
 * decide something and we can't tell what: the stricter choice applies (and the entry is named).
 */
const STRICTER = {
  allowOnlineLookups: false,
  allowRememberSignInAddresses: false,
  requireLookalikeGuard: true,
} as const;

function tenantsFrom(items: unknown[], ignored: string[]): string[] {
  const tenants: string[] = [];
  items.forEach((item, index) => {
    const tenant = typeof item === 'string' && item.length <= 300 ? normaliseTenant(item) : null;
    if (tenant === null || index >= MAX_ALLOWED_TENANTS) ignored.push(`allowedTenants[${index}]`);
    else if (!tenants.includes(tenant)) tenants.push(tenant);
  });
  return tenants;
}

function signInPagesFrom(items: unknown[], ignored: string[]): OrganisationSignInPage[] {
  const pages: OrganisationSignInPage[] = [];
  items.forEach((item, index) => {
    const entry = item as { host?: unknown; tenant?: unknown } | null;
    const host =
      typeof entry?.host === 'string' ? entry.host.trim().toLowerCase().replace(/\.$/, '') : '';
    const tenant = typeof entry?.tenant === 'string' ? normaliseTenant(entry.tenant) : null;
    const valid =
      typeof item === 'object' &&
      item !== null &&
      !Array.isArray(item) &&
      Object.keys(item).every((key) => key === 'host' || key === 'tenant') &&
      HOST_NAME.test(host) &&
      tenant !== null &&
      index < MAX_ORGANISATION_SIGN_IN_PAGES;
    if (!valid) ignored.push(`organisationSignInPages[${index}]`);
    else if (!pages.some((page) => page.host === host)) pages.push({ host, tenant });
  });
  return pages;
}

/** A list, or one text where a list belongs ("contoso.com" or "contoso.com, fabrikam.com"). */
function tenantItems(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[\s,;]+/).filter((item) => item !== '');
  return null;
}

/** Reads whatever managed storage held (anything at all) into a policy. Never throws. */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...NO_POLICY };
  const policy: ManagedPolicy = {
    ...NO_POLICY,
    allowedTenants: [],
    organisationSignInPages: [],
    ignored: [],
  };
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!Object.hasOwn(POLICY_ENTRIES, name)) {
      policy.ignored.push(name);
      continue;
    }
    const entry = name as PolicyEntryName;
    if (entry === 'allowedTenants') {
      // Item by item: one wrong item doesn't unpin the organisation's others.
      const items = tenantItems(value);
      if (items === null) {
        policy.ignored.push(entry);
        continue;
      }
      if (!Array.isArray(value)) policy.ignored.push(entry);
      policy.managed = true;
      policy.allowedTenants = tenantsFrom(items.slice(0, MAX_ALLOWED_TENANTS + 50), policy.ignored);
      continue;
    }
    policy.managed = true;
    const parsed = POLICY_ENTRIES[entry].safeParse(value);
    if (entry === 'organisationSignInPages') {
      // The raw items: one with anything beyond host and tenant is ignored, not trimmed. Anything
      // but a list lists none (the stricter choice: every page gets the ordinary checks).
      if (parsed.success) {
        policy.organisationSignInPages = signInPagesFrom(value as unknown[], policy.ignored);
      } else policy.ignored.push(entry);
    } else if (entry === 'lookalikeReportEndpoint') {
      if (parsed.success) policy.lookalikeReportEndpoint = parsed.data as string;
      else policy.ignored.push(entry);
    } else if (parsed.success) {
      policy[entry] = parsed.data as boolean;
    } else {
      policy.ignored.push(entry);
      policy[entry] = STRICTER[entry];
    }
  }
  policy.ignored = policy.ignored.slice(0, 50);
  return policy;
}
