import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skeleton } from '../../../src/core/detection/confusables';
import { boundedEditDistance } from '../../../src/core/detection/edit-distance';
import { decodePunycode, hostToUnicode } from '../../../src/core/detection/punycode';

describe('punycode decoding', () => {
  // Node's own IDNA encoder is the independent oracle.
  it.each([
    'mícrosoft.com',
    'microsоft.com',
    'оffice365.com',
    'hotmаil.com',
    'bücher.de',
    '例え.jp',
    'пример.рф',
  ])('round-trips %s', (unicode) => {
    expect(hostToUnicode(domainToASCII(unicode))).toBe(unicode.normalize('NFC'));
  });

  it('rejects malformed payloads instead of throwing', () => {
    expect(decodePunycode('!!!')).toBeNull();
    expect(hostToUnicode('xn--!!!.com')).toBe('xn--!!!.com');
  });
});

describe('confusable skeletons', () => {
  it('folds look-alikes together', () => {
    const target = skeleton('microsoft');
    for (const lookalike of [
      'rnicrosoft',
      'micr0soft',
      'm1crosoft',
      'microsоft',
      'mícrosoft',
      'mıcrosoft',
    ]) {
      expect(skeleton(lookalike), lookalike).toBe(target);
    }
    expect(skeleton('vvindows')).toBe(skeleton('windows'));
  });

  it('keeps different words apart', () => {
    expect(skeleton('olive')).not.toBe(skeleton('live'));
    expect(skeleton('office')).not.toBe(skeleton('officer'));
    expect(skeleton('microsite')).not.toBe(skeleton('microsoft'));
  });
});

describe('bounded edit distance', () => {
  it.each([
    ['microsoft', 'microsoft', 0],
    ['microsoft', 'mircosoft', 1],
    ['microsoft', 'microsft', 1],
    ['microsoft', 'microsofft', 1],
    ['microsoft', 'micrsoft', 1],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 5)).toBe(expected);
  });

  it('stops early past the bound', () => {
    expect(boundedEditDistance('microsoft', 'bakery', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});
