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
} as const;

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
  /** Entries (or list items, as `allowedTenants[2]`) that were not understood and are ignored. */
  ignored: string[];
}

export const NO_POLICY: Readonly<ManagedPolicy> = Object.freeze({
  managed: false,
  allowOnlineLookups: true,
  allowRememberSignInAddresses: true,
  requireLookalikeGuard: false,
  allowedTenants: [],
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

/** A list, or one text where a list belongs ("contoso.com" or "contoso.com, fabrikam.com"). */
function tenantItems(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[\s,;]+/).filter((item) => item !== '');
  return null;
}

/** Reads whatever managed storage held (anything at all) into a policy. Never throws. */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...NO_POLICY };
  const policy: ManagedPolicy = { ...NO_POLICY, allowedTenants: [], ignored: [] };
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
    if (parsed.success) {
      policy[entry] = parsed.data as boolean;
    } else {
      policy.ignored.push(entry);
      policy[entry] = STRICTER[entry];
    }
  }
  policy.ignored = policy.ignored.slice(0, 50);
  return policy;
}
