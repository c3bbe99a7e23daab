import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/core/detection';
import {
  applyTenantPolicy,
  CONSUMERS_TENANT_ID,
  checkTenant,
  normaliseTenant,
  TENANT_NOT_ALLOWED,
  tenantOfSignInUrl,
} from '../../../src/core/policy';

const GUID = '72f0a1b2-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const LOGIN = 'https://login.microsoftonline.com';

describe('tenantOfSignInUrl', () => {
  it.each([
    [
      `${LOGIN}/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=1`,
      'domain',
      'contoso.onmicrosoft.com',
    ],
    [`${LOGIN}/Contoso.COM/oauth2/authorize`, 'domain', 'contoso.com'],
    [`${LOGIN}/${GUID.toUpperCase()}/saml2?SAMLRequest=x`, 'id', GUID],
    [`${LOGIN}/${GUID}/wsfed?wa=wsignin1.0`, 'id', GUID],
    [`${LOGIN}/${GUID}`, 'id', GUID],
    [`${LOGIN}/contoso.com/v2.0/.well-known/openid-configuration`, 'domain', 'contoso.com'],
    [`${LOGIN}/contoso%2Ecom/oauth2/authorize`, 'domain', 'contoso.com'],
    ['https://login.microsoft.com/fabrikam.com/oauth2/v2.0/authorize', 'domain', 'fabrikam.com'],
    ['https://login.windows.net/fabrikam.com/oauth2/authorize', 'domain', 'fabrikam.com'],
    ['https://login.microsoftonline.us/fabrikam.us/oauth2/authorize', 'domain', 'fabrikam.us'],
    [
      'https://login.partner.microsoftonline.cn/fabrikam.cn/oauth2/authorize',
      'domain',
      'fabrikam.cn',
    ],
    ['https://LOGIN.MICROSOFTONLINE.COM./contoso.com/oauth2/authorize', 'domain', 'contoso.com'],
  ] as const)('reads the tenant from the path of %s', (url, kind, value) => {
    expect(tenantOfSignInUrl(url)).toEqual({ kind, value, source: 'path' });
  });

  it.each([
    ['common', 'common'],
    ['organizations', 'organizations'],
    ['consumers', 'consumers'],
    [CONSUMERS_TENANT_ID, 'consumers'],
  ] as const)('names the generic tenant %s without inventing one', (segment, kind) => {
    expect(tenantOfSignInUrl(`${LOGIN}/${segment}/oauth2/v2.0/authorize?client_id=1`)).toEqual({
      kind,
      source: 'path',
    });
  });

  it('takes a hint on common and organizations: domain_hint, then whr, then login_hint', () => {
    const base = `${LOGIN}/common/oauth2/v2.0/authorize?client_id=1`;
    expect(tenantOfSignInUrl(`${base}&domain_hint=Fabrikam.com`)).toEqual({
      kind: 'domain',
      value: 'fabrikam.com',
      source: 'domain_hint',
    });
    expect(
      tenantOfSignInUrl(`${base}&login_hint=eve%40evil.example&whr=fabrikam.com`),
    ).toMatchObject({ value: 'fabrikam.com', source: 'whr' });
    expect(tenantOfSignInUrl(`${base}&login_hint=Eve%40Evil.Example`)).toEqual({
      kind: 'domain',
      value: 'evil.example',
      source: 'login_hint',
    });
    expect(
      tenantOfSignInUrl(`${LOGIN}/organizations/oauth2/v2.0/authorize?Domain_Hint=${GUID}`),
    ).toEqual({ kind: 'id', value: GUID, source: 'domain_hint' });
    expect(tenantOfSignInUrl(`${base}&domain_hint=consumers`)).toEqual({
      kind: 'consumers',
      source: 'domain_hint',
    });
  });

  it('skips hints that name nothing and falls back to the path', () => {
    const base = `${LOGIN}/common/oauth2/v2.0/authorize?client_id=1`;
    expect(tenantOfSignInUrl(`${base}&domain_hint=organizations&login_hint=eve`)).toEqual({
      kind: 'common',
      source: 'path',
    });
    expect(tenantOfSignInUrl(`${base}&domain_hint=&whr=http%3A%2F%2Fsts.x%2Fadfs`)).toEqual({
      kind: 'common',
      source: 'path',
    });
    expect(tenantOfSignInUrl(`${base}&login_hint=+44%207700%20900123`)).toEqual({
      kind: 'common',
      source: 'path',
    });
  });

  it('the path wins over hints when it names a tenant', () => {
    expect(
      tenantOfSignInUrl(`${LOGIN}/contoso.com/oauth2/authorize?domain_hint=fabrikam.com`),
    ).toMatchObject({ value: 'contoso.com', source: 'path' });
  });

  it('reads hints where the path names no tenant (old endpoints, wsfed)', () => {
    expect(tenantOfSignInUrl(`${LOGIN}/oauth2/authorize?login_hint=a%40contoso.com`)).toEqual({
      kind: 'domain',
      value: 'contoso.com',
      source: 'login_hint',
    });
    expect(tenantOfSignInUrl(`${LOGIN}/login.srf?whr=contoso.com`)).toMatchObject({
      value: 'contoso.com',
      source: 'whr',
    });
  });

  it.each([
    `${LOGIN}/login.srf`,
    `${LOGIN}/favicon.ico`,
    `${LOGIN}/appverify/x`,
    `${LOGIN}/`,
    `${LOGIN}`,
    'https://login.live.com/contoso.com/oauth2/authorize',
    'https://login.microsoftonline.com.evil.example/contoso.com/oauth2/authorize',
    'https://evil.example/login.microsoftonline.com/contoso.com/oauth2/authorize',
    'not a url',
    '',
  ])('finds no tenant in %s', (url) => {
    expect(tenantOfSignInUrl(url)).toBeNull();
  });

  it('never throws, whatever the address', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        tenantOfSignInUrl(`${LOGIN}/${tail}`);
        tenantOfSignInUrl(tail);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('normaliseTenant', () => {
  it.each([
    [' Contoso.COM. ', 'contoso.com'],
    [GUID.toUpperCase(), GUID],
    ['contoso.onmicrosoft.com', 'contoso.onmicrosoft.com'],
    ['münchen.example', 'xn--mnchen-3ya.example'],
    ['xn--mnchen-3ya.example', 'xn--mnchen-3ya.example'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseTenant(input)).toBe(expected);
  });

  it.each([
    'common',
    'organizations',
    'consumers',
    'contoso',
    'not a tenant!',
    'https://contoso.com',
    'eve@contoso.com',
    'contoso.com/path',
    '-contoso.com',
    'contoso..com',
    '1.2.3.4',
    '',
    'a'.repeat(254),
  ])('refuses %s', (input) => {
    expect(normaliseTenant(input)).toBeNull();
  });
});

describe('checkTenant', () => {
  const allowed = ['contoso.com', 'contoso.onmicrosoft.com', GUID];

  it('allows the listed tenants and subdomains of listed domains', () => {
    expect(checkTenant({ kind: 'domain', value: 'contoso.com', source: 'path' }, allowed)).toBe(
      'allowed',
    );
    expect(
      checkTenant({ kind: 'domain', value: 'sales.contoso.com', source: 'login_hint' }, allowed),
    ).toBe('allowed');
    expect(checkTenant({ kind: 'id', value: GUID, source: 'path' }, allowed)).toBe('allowed');
  });

  it('names other tenants not allowed, lookalike domains included', () => {
    for (const value of ['fabrikam.com', 'notcontoso.com', 'contoso.com.evil.example']) {
      expect(checkTenant({ kind: 'domain', value, source: 'path' }, allowed)).toBe('not-allowed');
    }
    expect(
      checkTenant(
        { kind: 'id', value: '00000000-0000-0000-0000-000000000000', source: 'path' },
        allowed,
      ),
    ).toBe('not-allowed');
  });

  it('has nothing to compare for generic tenants and personal accounts', () => {
    expect(checkTenant({ kind: 'common', source: 'path' }, allowed)).toBe('unknown');
    expect(checkTenant({ kind: 'organizations', source: 'path' }, allowed)).toBe('unknown');
    expect(checkTenant({ kind: 'consumers', source: 'path' }, allowed)).toBe('personal');
    expect(checkTenant(null, allowed)).toBe('unknown');
  });
});

describe('applyTenantPolicy', () => {
  const other = `${LOGIN}/fabrikam.onmicrosoft.com/oauth2/v2.0/authorize?client_id=1`;
  const allowed = ['contoso.com', 'contoso.onmicrosoft.com'];

  it('adds a plain sentence to a genuine page for another tenant, once', () => {
    const classification = classifyUrl(other);
    expect(classification.verdict).toBe('microsoft');
    const pointed = applyTenantPolicy(classification, other, allowed);
    expect(pointed).toMatchObject({
      verdict: 'microsoft',
      service: 'work-school',
      kind: 'sign-in',
    });
    expect(pointed.reasons.map((reason) => reason.code)).toEqual([
      'official-microsoft-host',
      TENANT_NOT_ALLOWED,
    ]);
    expect(pointed.reasons[1]?.message).toBe(
      "This is Microsoft's real sign-in page, but it signs you in to the organisation " +
        'fabrikam.onmicrosoft.com, not to one your organisation uses. Go on only if you expected ' +
        'to sign in there.',
    );
    expect(applyTenantPolicy(pointed, other, allowed)).toBe(pointed);
    // The input is not changed.
    expect(classification.reasons).toHaveLength(1);
  });

  it('names a tenant ID as such', () => {
    const url = `${LOGIN}/${GUID}/oauth2/authorize`;
    const pointed = applyTenantPolicy(classifyUrl(url), url, allowed);
    expect(pointed.reasons[1]?.message).toContain(`the organisation with tenant ID ${GUID}`);
  });

  it('leaves everything else alone', () => {
    const own = `${LOGIN}/contoso.com/oauth2/v2.0/authorize`;
    const common = `${LOGIN}/common/oauth2/v2.0/authorize`;
    const lookalike = 'https://login-microsoftonline-com.secure-verify.net/fabrikam.com/oauth2/x';
    const http = 'http://login.microsoftonline.com/fabrikam.com/oauth2/authorize';
    for (const url of [own, common, lookalike, http, 'https://login.live.com/login.srf']) {
      const classification = classifyUrl(url);
      expect(applyTenantPolicy(classification, url, allowed)).toBe(classification);
    }
    const classification = classifyUrl(other);
    expect(applyTenantPolicy(classification, other, [])).toBe(classification);
  });
});
