import { parse as parseDomain } from 'tldts';
import { ENTRA_SIGN_IN_HOSTS, normaliseTenant, tenantOfSignInUrl } from '../policy/tenant';
import { findGenuineHost } from './hosts';
import { isMicrosoftOperatedHost } from './microsoft-domains';
import type { PageSnapshot } from './page-snapshot-schema';
import { mostImportantFirst } from './reason-priority';
import { reasons } from './reasons';
import type { Classification, OrganisationSignIn } from './types';
import { parseWebUrl } from './url-parts';

/**
 * The organisation's own sign-in page: when Microsoft Entra sign-in hands a person over to their
 * organisation's identity provider (AD FS, Okta, Ping…), that page is theirs and Account Helper never
 * warns there. Known hosts come from three places: a hand-off seen in the tab (this file tells one),
 * the account check's federation host, and the organisation's policy. A copy of such a page on a
 * host that is none of them is what phishing aimed at that organisation looks like.
 */

/** A host the person's organisation signs in on, as stored or listed by policy. */
export interface KnownOrganisationHost {
  readonly host: string;
  /** A domain (`fabrikam.com`) or tenant ID. */
  readonly organisation: string;
  readonly source: OrganisationSignIn['source'];
}

const WS_FED_REALM = /^urn:federation:microsoftonline$/i;

/** True for an address Entra hands over with: WS-Federation to Microsoft's realm, or SAML-P. */
function isFederationRequest(url: URL): boolean {
  const params = url.searchParams;
  const wsFed = params.get('wa') === 'wsignin1.0' && WS_FED_REALM.test(params.get('wtrealm') ?? '');
  return wsFed || params.has('SAMLRequest');
}

function domainOfAddress(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  return at === -1 ? null : normaliseTenant(address.slice(at + 1));
}

/** The organisation a hand-off is for: the address's domain, the home realm, Entra's tenant. */
function organisationOf(url: URL, previous: string, host: string): string {
  const params = url.searchParams;
  const fromAddress = domainOfAddress(params.get('username') ?? params.get('login_hint'));
  if (fromAddress) return fromAddress;
  const realm = normaliseTenant(params.get('whr') ?? '');
  if (realm) return realm;
  const tenant = tenantOfSignInUrl(previous);
  if (tenant && (tenant.kind === 'id' || tenant.kind === 'domain')) return tenant.value;
  return parseDomain(host).domain ?? host;
}

/**
 * The identity provider a tab was handed over to: `previous` is on Microsoft Entra's sign-in
 * hosts, `url` is on another (not Microsoft's) https host and carries a federation request. Null
 * for anything else. Never throws.
 */
export function federationHandOff(
  previous: string | null,
  url: string,
): { host: string; organisation: string } | null {
  if (!previous) return null;
  const from = parseWebUrl(previous);
  const to = parseWebUrl(url);
  if (!from || !to?.https || !ENTRA_SIGN_IN_HOSTS.has(from.host)) return null;
  if (findGenuineHost(to.host) || isMicrosoftOperatedHost(to.host)) return null;
  if (!isFederationRequest(to.url)) return null;
  return { host: to.host, organisation: organisationOf(to.url, previous, to.host) };
}

/** The host of a federation redirect address (the account check's FederationRedirectUrl). */
export function federationHostOf(redirectUrl: string | null | undefined): string | null {
  const web = redirectUrl ? parseWebUrl(redirectUrl) : null;
  if (!web?.https || isMicrosoftOperatedHost(web.host)) return null;
  return web.host;
}

/** On the organisation's own sign-in page: never a warning, and the popup says whose page it is. */
export function asOrganisationSignIn(
  base: Classification,
  known: KnownOrganisationHost,
): Classification {
  const marked: Classification = {
    verdict: 'other',
    service: null,
    kind: null,
    reasons: [],
    organisationSignIn: { organisation: known.organisation, source: known.source },
  };
  if (base.hosting) marked.hosting = base.hosting;
  return marked;
}

/** Field ids and names of identity providers' default sign-in pages, and AD FS's form path. */
const IDP_FIELDS = new Set([
  // AD FS 2016+ (userNameInput/passwordInput), AD FS 2.0 (ContentPlaceHolder1_…)
  'usernameinput',
  'passwordinput',
  'contentplaceholder1_usernametextbox',
  'contentplaceholder1_passwordtextbox',
  // Okta Sign-In Widget
  'okta-signin-username',
  'okta-signin-password',
  // PingFederate
  'pf.username',
  'pf.pass',
]);
const IDP_WORDS = /sign in with your organi[sz]ational account|organi[sz]ational account/;
const IDP_FORM_PATH = /^\/adfs\/ls\b|\/idp\/sso|\/sso\/saml|\/wsfed\/passive/;

/** True when a page is an identity provider's sign-in form (AD FS, Okta, Ping) or a copy of one. */
export function looksLikeIdentityProviderSignIn(snapshot: PageSnapshot): boolean {
  const hasPassword = snapshot.fields.some((f) => f.type === 'password');
  if (!hasPassword) return false;
  const idpFields = snapshot.fields.filter(
    (f) => IDP_FIELDS.has(f.id.toLowerCase()) || IDP_FIELDS.has(f.name.toLowerCase()),
  ).length;
  const words = IDP_WORDS.test(`${snapshot.title} ${snapshot.text}`.toLowerCase());
  const formPath = snapshot.forms.some((form) => IDP_FORM_PATH.test(form.actionPath.toLowerCase()));
  return idpFields >= 2 || (idpFields >= 1 && (words || formPath)) || (words && formPath);
}

function siteOf(host: string): string {
  return parseDomain(host).domain ?? host;
}

/**
 * A copy of the organisation's sign-in page: an identity provider's sign-in form on a host that is
 * none of the organisation's known ones (nor on their sites). Needs a known host to compare with:
 * without one, an identity provider's page is just someone's sign-in page.
 */
export function withOrganisationSignInCopy(
  url: string,
  base: Classification,
  snapshot: PageSnapshot | undefined,
  known: readonly KnownOrganisationHost[],
): Classification {
  if (!snapshot || known.length === 0 || base.verdict === 'microsoft') return base;
  const web = parseWebUrl(url);
  if (!web) return base;
  const site = siteOf(web.host);
  if (known.some((k) => k.host === web.host || siteOf(k.host) === site)) return base;
  if (!looksLikeIdentityProviderSignIn(snapshot)) return base;
  const copied = known[known.length - 1] as KnownOrganisationHost;
  const earlier =
    base.verdict === 'lookalike' ? base.reasons.filter((r) => r.code !== 'credential-form') : [];
  return {
    ...base,
    verdict: 'lookalike',
    service: null,
    kind: null,
    reasons: mostImportantFirst([
      reasons.imitatesOrganisationSignIn(copied.host, web.host),
      ...earlier,
      reasons.credentialForm(),
    ]),
  };
}
