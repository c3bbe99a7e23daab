import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage, type PageSnapshot } from '../../../src/core/detection';
import { withNextHop } from '../../../src/core/detection/next-hop';
import {
  asOrganisationSignIn,
  federationHandOff,
  federationHostOf,
  type KnownOrganisationHost,
  looksLikeIdentityProviderSignIn,
  withOrganisationSignInCopy,
} from '../../../src/core/detection/organisation-sign-in';

const sites = join(__dirname, '../../fixtures/sites');
function fixture(file: string, url: string): PageSnapshot {
  const { document } = parseHTML(readFileSync(join(sites, file), 'utf8'));
  return buildPageSnapshot(document as unknown as Document, {}, url);
}

const ENTRA =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&login_hint=jane%40fabrikam.com';
const ADFS =
  'https://sts.fabrikam.com/adfs/ls/?client-request-id=1&wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=x&username=jane%40fabrikam.com';
const KNOWN: KnownOrganisationHost[] = [
  { host: 'sts.fabrikam.com', organisation: 'fabrikam.com', source: 'reached' },
];

describe('Microsoft handing over to the organisation’s identity provider', () => {
  it('is seen from Entra’s sign-in page to a WS-Federation request, with the address’s domain', () => {
    expect(federationHandOff(ENTRA, ADFS)).toEqual({
      host: 'sts.fabrikam.com',
      organisation: 'fabrikam.com',
    });
  });

  it('also for SAML-P, Okta’s WS-Fed endpoint, and with the organisation from the tenant', () => {
    const tenantEntra = 'https://login.microsoftonline.com/fabrikam.onmicrosoft.com/saml2';
    expect(
      federationHandOff(tenantEntra, 'https://idp.fabrikam.net/idp/SSO.saml2?SAMLRequest=abc'),
    ).toEqual({ host: 'idp.fabrikam.net', organisation: 'fabrikam.onmicrosoft.com' });
    const okta =
      'https://fabrikam.okta.com/app/office365/exk1/sso/wsfed/passive?wa=wsignin1.0&wtrealm=urn:federation:MicrosoftOnline&whr=fabrikam.com';
    expect(federationHandOff('https://login.microsoftonline.com/common/login', okta)).toEqual({
      host: 'fabrikam.okta.com',
      organisation: 'fabrikam.com',
    });
  });

  it.each([
    ['not from Entra', 'https://outlook.office.com/mail/', ADFS],
    ['from nowhere', null, ADFS],
    ['without a federation request', ENTRA, 'https://sts.fabrikam.com/adfs/ls/'],
    ['to an app’s reply address', ENTRA, 'https://app.example.com/signin-oidc?code=abc'],
    ['another realm', ENTRA, ADFS.replace('MicrosoftOnline', 'evil')],
    [
      'to Microsoft’s own host',
      ENTRA,
      'https://login.live.com/login.srf?wa=wsignin1.0&wtrealm=urn:federation:MicrosoftOnline',
    ],
    ['over http', ENTRA, ADFS.replace('https:', 'http:')],
  ])('is not seen %s', (_what, previous, url) => {
    expect(federationHandOff(previous, url)).toBeNull();
  });

  it('takes the federation host of the account check only off Microsoft and over https', () => {
    expect(federationHostOf('https://sts.fabrikam.com/adfs/ls/?username=a')).toBe(
      'sts.fabrikam.com',
    );
    expect(federationHostOf('http://sts.fabrikam.com/adfs/ls/')).toBeNull();
    expect(federationHostOf('https://login.microsoftonline.com/x')).toBeNull();
    expect(federationHostOf(null)).toBeNull();
  });
});

describe('the organisation’s own sign-in page and its copies', () => {
  const adfs = fixture('adfs-sign-in.html', ADFS);

  it('the AD FS page is an identity provider’s sign-in form; a shop’s and Microsoft’s are not', () => {
    expect(looksLikeIdentityProviderSignIn(adfs)).toBe(true);
    const shop = 'https://books.northwind.example/sign-in';
    expect(looksLikeIdentityProviderSignIn(fixture('company-sign-in.html', shop))).toBe(false);
    expect(looksLikeIdentityProviderSignIn(fixture('cloned-sign-in.html', shop))).toBe(false);
  });

  it('on the known host: the organisation’s mark, never a warning (even from a shared file)', () => {
    const marked = asOrganisationSignIn(analysePage(ADFS, adfs), KNOWN[0] as KnownOrganisationHost);
    expect(marked).toEqual({
      verdict: 'other',
      service: null,
      kind: null,
      reasons: [],
      organisationSignIn: { organisation: 'fabrikam.com', source: 'reached' },
    });
    const fromShared = withNextHop(ADFS, marked, adfs, {
      kind: 'shared-content',
      host: 'contoso.sharepoint.com',
    });
    expect(fromShared).toBe(marked);
  });

  it('the same page on another host is a lookalike naming the real one', () => {
    const copy = 'https://sts-fabrikam.secure-login.example/adfs/ls/';
    const result = withOrganisationSignInCopy(
      copy,
      analysePage(copy, fixture('adfs-sign-in.html', copy)),
      fixture('adfs-sign-in.html', copy),
      KNOWN,
    );
    expect(result.verdict).toBe('lookalike');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'imitates-organisation-sign-in',
      'credential-form',
    ]);
    expect(result.reasons[0]?.message).toContain('sts.fabrikam.com');
    expect(result.reasons[0]?.message).toContain('sts-fabrikam.secure-login.example');
  });

  it('is not flagged without a known host, on the organisation’s own site, or without the look', () => {
    const copy = 'https://sts-fabrikam.secure-login.example/adfs/ls/';
    const snap = fixture('adfs-sign-in.html', copy);
    expect(withOrganisationSignInCopy(copy, analysePage(copy, snap), snap, []).verdict).toBe(
      'other',
    );
    const sibling = 'https://sts2.fabrikam.com/adfs/ls/';
    expect(
      withOrganisationSignInCopy(sibling, analysePage(sibling, snap), snap, KNOWN).verdict,
    ).toBe('other');
    const shop = 'https://books.northwind.example/sign-in';
    const shopSnap = fixture('company-sign-in.html', shop);
    expect(
      withOrganisationSignInCopy(shop, analysePage(shop, shopSnap), shopSnap, KNOWN).verdict,
    ).toBe('other');
  });
});
