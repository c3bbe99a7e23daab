import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressMayWarnAlone, addressOf } from '../../../src/content/microsoft-address';
import { classifyUrl } from '../../../src/core/detection';

const at = (hostname: string, pathname = '/') => ({ hostname, pathname });

describe('addressMayWarnAlone', () => {
  it.each([
    at('login-micros0ft.example'),
    at('exch365-verify.example'),
    at('0ffice-docs.example'),
    at('secure-0ffice365-login.example'),
    at('owa.mail-portal.example'),
    at('example.net', '/office365/login.php'),
    at('mail.example.net', '/owa/auth/logon.aspx'),
    at('example.net', '/login.microsoftonline.com/common/'),
    at('example.net', '/common/oauth2/v2.0/authorize'),
    at('example.net', '/ppsecure/post.srf'),
  ])('warns alone: %o', (where) => {
    expect(addressMayWarnAlone(where)).toBe(true);
  });

  it.each([
    at('gardening.example', '/club'),
    at('stackexchange.com', '/questions/1'),
    at('power.example', '/flowers'),
    at('towards.example', '/data'),
    // A product named in an article's path: its text gets it watched, its address says nothing.
    at('help.techtips.example', '/outlook'),
    at('blog.example', '/2026/onedrive-sync-tips'),
  ])('says nothing alone: %o', (where) => {
    expect(addressMayWarnAlone(where)).toBe(false);
  });

  // Whatever the background would flag by its address alone, the content script reports even
  // without a form: the cheap look here must never be the reason a lookalike address goes quiet.
  it('covers every address the background flags by address alone (lookalike list)', () => {
    const names = ['microsoft', 'micros0ft', 'office365', '0ffice', 'outlook', 'onedrive', 'login'];
    const words = ['secure', 'verify', 'account', 'mail', 'docs', 'portal'];
    const paths = ['/', '/index.html', '/common/oauth2/authorize', '/login.srf', '/a/b'];
    const tlds = ['com', 'net', 'example', 'xyz'];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...words),
        fc.constantFrom(...tlds),
        fc.constantFrom(...paths),
        fc.boolean(),
        (name, word, tld, path, nameFirst) => {
          const host = nameFirst ? `${name}-${word}.${tld}` : `${word}-${name}.${tld}`;
          const url = new URL(`https://${host}${path}`);
          if (classifyUrl(url.href).verdict === 'lookalike') {
            expect(addressMayWarnAlone(url)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('addressOf', () => {
  it.each([
    'https://login.microsoftonline.com@evil.example/common/login?x=1#y',
    'https://user:pass@[2001:db8::1]:8443/owa/',
    'http://203.0.113.5:8080',
    'https://example.net?q=/office365/',
    'https://example.net#/owa/',
    'https://xn--mcrosoft-bza.example/path%20with%20spaces/',
  ])('reads %s as the browser does', (url) => {
    const parsed = new URL(url);
    expect(addressOf(parsed.href)).toEqual({
      hostname: parsed.hostname,
      pathname: parsed.pathname,
    });
  });

  it('reads any web address as the browser does', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const parsed = new URL(url);
        expect(addressOf(parsed.href)).toEqual({
          hostname: parsed.hostname,
          pathname: parsed.pathname,
        });
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
