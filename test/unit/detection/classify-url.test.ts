import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/core/detection';

const codes = (url: string) => classifyUrl(url).reasons.map((r) => r.code);

describe('classifyUrl on genuine hosts', () => {
  it('normalises case, a trailing dot and the default port', () => {
    for (const url of [
      'https://LOGIN.MICROSOFTONLINE.COM/common/oauth2/v2.0/authorize',
      'https://login.microsoftonline.com./common/oauth2/v2.0/authorize',
      'https://login.microsoftonline.com:443/common/oauth2/v2.0/authorize',
      '  https://login.microsoftonline.com/common/oauth2/v2.0/authorize  ',
    ]) {
      expect(classifyUrl(url), url).toMatchObject({
        verdict: 'microsoft',
        service: 'work-school',
        kind: 'sign-in',
      });
    }
  });

  it('does not vouch for plain http or an unusual port', () => {
    expect(classifyUrl('http://login.live.com/login.srf')).toMatchObject({
      verdict: 'other',
      service: null,
      kind: null,
    });
    expect(codes('http://login.live.com/login.srf')).toEqual(['not-https']);
    expect(classifyUrl('https://login.live.com:8443/login.srf').verdict).toBe('other');
    expect(codes('https://login.live.com:8443/login.srf')).toEqual(['unusual-port']);
  });

  it('only counts the listed paths of broad Microsoft sites', () => {
    expect(classifyUrl('https://www.microsoft.com/devicelogin').verdict).toBe('microsoft');
    expect(classifyUrl('https://www.microsoft.com/en-us/windows').verdict).toBe('other');
    expect(classifyUrl('https://aka.ms/mfasetup').kind).toBe('security-info');
    expect(classifyUrl('https://aka.ms/wsl').verdict).toBe('other');
  });

  it('treats the consumers tenant on Entra hosts as a personal account', () => {
    expect(
      classifyUrl('https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize').service,
    ).toBe('microsoft-account');
    expect(
      classifyUrl('https://login.microsoftonline.com/common/oauth2/v2.0/authorize').service,
    ).toBe('work-school');
  });

  it('is not fooled by a genuine URL carrying another address in redirect_uri', () => {
    const url =
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fevil.example%2Flogin.srf';
    expect(classifyUrl(url).verdict).toBe('microsoft');
  });
});

describe('classifyUrl on Microsoft sites that are not sign-in pages', () => {
  it.each([
    'https://outlook.live.com/mail/0/',
    'https://www.office.com/',
    'https://github.com/login',
    'https://www.linkedin.com/login',
    'https://outlook.office365.com.mcas.ms/owa/',
    'https://aadcdn.msftauth.net/shared/1.0/content/js/ConvergedLogin_PCore.js',
    'https://teams.cloud.microsoft/',
  ])('%s is other and silent', (url) => {
    expect(classifyUrl(url)).toEqual({ verdict: 'other', service: null, kind: null, reasons: [] });
  });

  it('never trusts pages anyone can publish under Microsoft domains', () => {
    for (const url of [
      'https://login.azurewebsites.net/common/oauth2/authorize',
      'https://contoso.sharepoint.com/sites/x/login.aspx',
      'https://forms.office.com/r/AbCd',
      'https://login.b2clogin.com/',
    ]) {
      expect(classifyUrl(url).verdict, url).not.toBe('microsoft');
    }
  });
});

describe('classifyUrl lookalike reasons', () => {
  it.each([
    ['https://login.microsoftonline.com.secure-auth.xyz/', 'brand-in-subdomain'],
    ['https://microsoft-login-verify.com/', 'brand-in-hyphenated-domain'],
    ['https://compte-microsoft-securite.com/motdepasse/', 'brand-in-hyphenated-domain'],
    ['https://microsoft-konto-anmelden.de/', 'brand-in-hyphenated-domain'],
    ['https://onedrive-documento-seguridad.com/', 'brand-in-hyphenated-domain'],
    ['https://rnicrosoft.com/', 'confusable-characters'],
    ['https://xn--microsft-sbh.com/', 'punycode-confusable'],
    ['https://mircosoft.com/', 'typo-of-brand-name'],
    ['https://login.microsoftonline.co/', 'typo-of-microsoft-host'],
    ['https://login.microsoftonline.com@evil.example/', 'userinfo-trick'],
    ['https://files.example.net/login.live.com/login.srf', 'microsoft-host-in-path'],
    ['https://example.com/common/oauth2/v2.0/authorize', 'sign-in-path-on-foreign-host'],
    ['https://office365-verify.netlify.app/', 'free-hosting-with-brand'],
  ])('%s → %s', (url, code) => {
    const result = classifyUrl(url);
    expect(result.verdict).toBe('lookalike');
    expect(result.service).toBeNull();
    expect(result.kind).toBeNull();
    expect(result.reasons.map((r) => r.code)).toContain(code);
  });

  it('names the real site in its sentences', () => {
    const [first] = classifyUrl('https://login.microsoftonline.com.secure-auth.xyz/').reasons;
    expect(first?.message).toContain('secure-auth.xyz');
  });

  it('leaves links that merely mention Microsoft in a query alone', () => {
    expect(
      classifyUrl('https://www.google.com/url?q=https://login.microsoftonline.com/common/login')
        .verdict,
    ).toBe('other');
  });
});

describe('classifyUrl on unreadable input', () => {
  it.each([
    '',
    ' ',
    'not a url',
    'login.live.com',
    'ftp://login.live.com/',
    'javascript:alert(1)',
    'data:text/html,<b>hi</b>',
    'https://',
    'http://[::1',
    '\u0000',
  ])('%j is other', (input) => {
    expect(classifyUrl(input).verdict).toBe('other');
  });

  it('survives non-string input from untyped callers', () => {
    expect(classifyUrl(undefined as unknown as string).verdict).toBe('other');
    expect(classifyUrl(42 as unknown as string).verdict).toBe('other');
  });
});
