import type { Classification, Reason } from '../detection/types';
import { parseWebUrl } from '../detection/url-parts';
import { ref as messageRef } from '../i18n/text';

/**
 * Which Microsoft Entra tenant (organisation) a genuine sign-in page is for, read from its address
 * alone, and whether the organisation's policy allows it. Pure: relies only on the `URL` global.
 *
 * The address names the tenant in one of these places, most specific first:
 * - the first path segment: `/{tenant}/oauth2/v2.0/authorize`, `/{tenant}/saml2`, `/{tenant}/wsfed`,
 *   where `{tenant}` is a tenant ID (GUID), one of its domains, or `common`, `organizations` or
 *   `consumers` (which name no tenant);
 * - for `common`, `organizations` or no tenant in the path: the `domain_hint` parameter, then
 *   `whr` (WS-Federation's home realm), then the domain of `login_hint` (the address to sign in with).
 *
 * It is a pointer, not a barrier: a page on `common` without hints can't be told apart, and the
 * tenant a person ends up in is decided by the address they type.
 */

/** Entra ID sign-in hosts in every cloud, where the path and parameters name the tenant. */
export const ENTRA_SIGN_IN_HOSTS: ReadonlySet<string> = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login-us.microsoftonline.com',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
]);

/** Personal Microsoft accounts' own tenant: a sign-in there is to a personal account. */
export const CONSUMERS_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** First path segments that are files, not tenants (`/login.srf`, `/favicon.ico`…). */
const FILE_NAME = /\.(?:srf|aspx?|html?|js|css|ico|png|svg|gif|jpe?g|json|xml|txt)$/;
const GENERIC = ['common', 'organizations', 'consumers'] as const;
type Generic = (typeof GENERIC)[number];

export type TenantSource = 'path' | 'domain_hint' | 'whr' | 'login_hint';

export type TenantRef =
  /** A tenant ID. */
  | { readonly kind: 'id'; readonly value: string; readonly source: TenantSource }
  /** One of a tenant's domains, e.g. `contoso.com` or `contoso.onmicrosoft.com`. */
  | { readonly kind: 'domain'; readonly value: string; readonly source: TenantSource }
  /** No particular tenant: any organisation (`common`, `organizations`) or personal accounts. */
  | { readonly kind: Generic; readonly source: TenantSource };

/**
 * A tenant as an administrator or an address writes it: a tenant ID (lowercased) or a domain name
 * (lowercased, international names in their `xn--` form). Null for anything else, including the
 * generic names, which name no tenant.
 */
export function normaliseTenant(input: string): string | null {
  if (typeof input !== 'string') return null;
  let value = input.trim().toLowerCase();
  while (value.endsWith('.')) value = value.slice(0, -1);
  if (value.length === 0 || value.length > 253) return null;
  if (GUID.test(value)) return value;
  if (/[\s/@:?#\\%]/.test(value)) return null;
  let host: string;
  try {
    host = new URL(`https://${value}/`).hostname;
  } catch {
    return null;
  }
  return DOMAIN.test(host) ? host : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function isGeneric(value: string): value is Generic {
  return (GENERIC as readonly string[]).includes(value);
}

/** A tenant named by the path, a hint's value, or an address's domain. */
function refOf(value: string, source: TenantSource): TenantRef | null {
  const lower = value.trim().toLowerCase();
  if (isGeneric(lower)) return { kind: lower, source };
  const tenant = normaliseTenant(lower);
  if (tenant === null) return null;
  if (tenant === CONSUMERS_TENANT_ID) return { kind: 'consumers', source };
  return GUID.test(tenant)
    ? { kind: 'id', value: tenant, source }
    : { kind: 'domain', value: tenant, source };
}

function pathTenant(pathname: string): TenantRef | null {
  const [, first = '', ...rest] = pathname.split('/');
  const segment = safeDecode(first).toLowerCase();
  if (segment === '') return null;
  const ref = refOf(segment, 'path');
  if (!ref) return null;
  // A domain-shaped first segment with nothing after it is a file (`/login.srf`), not a tenant.
  if (ref.kind === 'domain' && (rest.length === 0 || FILE_NAME.test(segment))) return null;
  return ref;
}

/** A query parameter, matched without regard to case (first value wins). */
function param(params: URLSearchParams, name: string): string | null {
  for (const [key, value] of params) {
    if (key.toLowerCase() === name && value.trim() !== '') return value;
  }
  return null;
}

function hintTenant(params: URLSearchParams): TenantRef | null {
  const domainHint = param(params, 'domain_hint');
  if (domainHint !== null) {
    const ref = refOf(domainHint, 'domain_hint');
    if (ref && ref.kind !== 'common' && ref.kind !== 'organizations') return ref;
  }
  const whr = param(params, 'whr');
  if (whr !== null) {
    const ref = refOf(whr, 'whr');
    if (ref && (ref.kind === 'id' || ref.kind === 'domain')) return ref;
  }
  const loginHint = param(params, 'login_hint');
  if (loginHint !== null) {
    const at = loginHint.lastIndexOf('@');
    const ref = at > 0 ? refOf(loginHint.slice(at + 1), 'login_hint') : null;
    if (ref && ref.kind === 'domain') return ref;
  }
  return null;
}

/**
 * The tenant a Microsoft Entra sign-in address is for; null when the address is not on an Entra
 * sign-in host or names no tenant at all. Never throws.
 */
export function tenantOfSignInUrl(input: string): TenantRef | null {
  const web = parseWebUrl(input);
  if (!web || !ENTRA_SIGN_IN_HOSTS.has(web.host)) return null;
  const fromPath = pathTenant(web.url.pathname);
  if (fromPath && fromPath.kind !== 'common' && fromPath.kind !== 'organizations') return fromPath;
  return hintTenant(web.url.searchParams) ?? fromPath;
}

export type TenantCheck =
  /** The page is for one of the allowed tenants. */
  | 'allowed'
  /** The page is for another organisation's tenant. */
  | 'not-allowed'
  /** A personal Microsoft account, not an organisation: nothing to compare. */
  | 'personal'
  /** The address doesn't say which tenant (the person's typed address decides). */
  | 'unknown';

/** `allowed` must hold normalised tenants (see `normaliseTenant`); a domain allows its subdomains. */
export function checkTenant(ref: TenantRef | null, allowed: readonly string[]): TenantCheck {
  if (!ref) return 'unknown';
  switch (ref.kind) {
    case 'id':
      return allowed.includes(ref.value) ? 'allowed' : 'not-allowed';
    case 'domain': {
      const domain = ref.value;
      return allowed.some((entry) => domain === entry || domain.endsWith(`.${entry}`))
        ? 'allowed'
        : 'not-allowed';
    }
    case 'consumers':
      return 'personal';
    default:
      return 'unknown';
  }
}

export const TENANT_NOT_ALLOWED = 'tenant-not-allowed';

export function tenantNotAllowedReason(ref: TenantRef): Reason {
  const which =
    ref.kind === 'id'
      ? `the organisation with tenant ID ${ref.value}`
      : ref.kind === 'domain'
        ? `the organisation ${ref.value}`
        : 'another organisation';
  return {
    code: TENANT_NOT_ALLOWED,
    message:
      `This is Microsoft's real sign-in page, but it signs you in to ${which}, not to one your ` +
      'organisation uses. Go on only if you expected to sign in there.',
    // The same sentence in the reader's language (src/core/i18n/messages/detection/).
    text:
      ref.kind === 'id' || ref.kind === 'domain'
        ? messageRef(`reason.tenant-not-allowed.${ref.kind}`, { tenant: ref.value })
        : messageRef('reason.tenant-not-allowed.other'),
  };
}

/**
 * Adds the `tenant-not-allowed` reason to a genuine page's classification when the organisation
 * pinned its tenants and the address names another one. Anything else is returned unchanged.
 */
export function applyTenantPolicy(
  classification: Classification,
  url: string,
  allowedTenants: readonly string[],
): Classification {
  if (allowedTenants.length === 0 || classification.verdict !== 'microsoft') return classification;
  if (classification.reasons.some((reason) => reason.code === TENANT_NOT_ALLOWED)) {
    return classification;
  }
  const ref = tenantOfSignInUrl(url);
  if (!ref || checkTenant(ref, allowedTenants) !== 'not-allowed') return classification;
  return { ...classification, reasons: [...classification.reasons, tenantNotAllowedReason(ref)] };
}
