import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyUrl, GENUINE_HOSTS } from '../../../src/core/detection';

const SEED = 20240611;
const allHosts = GENUINE_HOSTS.map((h) => h.host);
const pageHosts = GENUINE_HOSTS.filter((h) => !h.onlyListedPaths).map((h) => h.host);

/** Registrable domains nobody at Microsoft owns (RFC 2606 names plus made-up ones). */
const foreignDomain = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/),
    fc.constantFrom('example', 'com', 'net', 'org', 'xyz', 'top', 'co.uk', 'info', 'io'),
  )
  .map(([name, tld]) => `${name}.${tld}`)
  .filter(
    (domain) =>
      !/^(?:live|microsoft|office|outlook|hotmail|bing|msn|skype|xbox|azure|windows|github|linkedin)\./.test(
        domain,
      ),
  );

describe('classifyUrl properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const result = classifyUrl(input);
        expect(['microsoft', 'lookalike', 'other']).toContain(result.verdict);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('never throws on arbitrary web URLs', () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          withQueryParameters: true,
          withFragments: true,
          validSchemes: ['http', 'https'],
        }),
        (url) => {
          classifyUrl(url);
        },
      ),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('never throws on hostile host names (punycode, unicode, odd labels)', () => {
    const label = fc.oneof(
      fc.stringMatching(/^xn--[a-z0-9-]{0,24}$/),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      fc.stringMatching(/^[a-z0-9-]{1,63}$/),
    );
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 80 }),
        (labels, path) => {
          const result = classifyUrl(`https://${labels.join('.')}/${path}`);
          expect(
            result.verdict === 'microsoft' || (result.service === null && result.kind === null),
          ).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('never calls a genuine host "microsoft" when it sits inside a foreign address', () => {
    const placements = fc.constantFrom(
      (host: string, foreign: string) => `https://${host}.${foreign}/`,
      (host: string, foreign: string) => `https://login.${host}.${foreign}/common/oauth2/authorize`,
      (host: string, foreign: string) => `https://${foreign}/${host}/login.srf`,
      (host: string, foreign: string) => `https://${foreign}/?next=https://${host}/`,
      (host: string, foreign: string) => `https://${host}@${foreign}/`,
      (host: string, foreign: string) => `https://${host}:pw@${foreign}/`,
      (host: string, foreign: string) => `https://${host.replaceAll('.', '-')}.${foreign}/`,
      (host: string, foreign: string) => `https://${host.replaceAll('.', '-')}-${foreign}/`,
      (host: string, foreign: string) =>
        `https://${foreign.split('.')[0]}-${host}/`.replace(/\/$/, '.example/'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...allHosts),
        foreignDomain,
        placements,
        (host, foreign, place) => {
          const url = place(host, foreign);
          expect(classifyUrl(url).verdict, url).not.toBe('microsoft');
        },
      ),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it('flags a genuine host used as the labels of a foreign address', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pageHosts), foreignDomain, (host, foreign) => {
        const url = `https://${host}.${foreign}/`;
        expect(classifyUrl(url).verdict, url).toBe('lookalike');
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });
});
