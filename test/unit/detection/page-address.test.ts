import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundedUrl,
  MAX_KEPT_URL,
  MAX_REPORTED_URL,
  originAndPath,
} from '../../../src/core/detection/page-address';

const SEED = 20261206;

describe('originAndPath', () => {
  it('keeps origin and path only: no credentials, query or fragment', () => {
    expect(
      originAndPath(
        'https://user:pw@Login.Live.com/oauth20_authorize.srf?code=SECRET#access_token=T',
      ),
    ).toBe('https://login.live.com/oauth20_authorize.srf');
  });

  it('is null for anything but http(s)', () => {
    for (const url of ['about:srcdoc', 'data:text/html,x', 'file:///etc/passwd', 'nonsense']) {
      expect(originAndPath(url)).toBeNull();
    }
  });

  it('cuts any path to fit, and what it keeps parses back to itself', () => {
    const segment = fc.constantFrom('a', '..', '.', '%2e%2E', '%', 'é', '//', '\\', 'İ', '%F0');
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 3_000 }),
        fc.integer({ min: 40, max: 3_000 }),
        (parts, max) => {
          const kept = originAndPath(`https://phish.example/${parts.join('/')}?q=1#f`, max);
          expect(kept).not.toBeNull();
          const url = kept as string;
          expect(url.length).toBeLessThanOrEqual(max);
          expect(`${new URL(url).origin}${new URL(url).pathname}`).toBe(url);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('boundedUrl', () => {
  it('leaves an address that fits alone', () => {
    const url = 'https://phish.example/login?next=https://login.live.com/#top';
    expect(boundedUrl(url)).toBe(url);
  });

  it('drops the fragment, then the query, then cuts the path of one that does not fit', () => {
    const path = `/${'p'.repeat(100)}`;
    expect(boundedUrl(`https://a.example${path}?q=1#${'f'.repeat(9_000)}`)).toBe(
      `https://a.example${path}?q=1`,
    );
    expect(boundedUrl(`https://a.example${path}?${'q'.repeat(9_000)}#f`)).toBe(
      `https://a.example${path}`,
    );
    const long = boundedUrl(`https://a.example/${'p'.repeat(20_000)}`);
    expect(long.length).toBeLessThanOrEqual(MAX_REPORTED_URL);
    expect(long.startsWith('https://a.example/ppp')).toBe(true);
  });

  it('never returns more than the bound, whatever the address', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string({ maxLength: 12_000 }),
        (url, tail) => {
          expect(boundedUrl(url + tail).length).toBeLessThanOrEqual(MAX_REPORTED_URL);
          expect(boundedUrl(url + tail, MAX_KEPT_URL).length).toBeLessThanOrEqual(MAX_KEPT_URL);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
