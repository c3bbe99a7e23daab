import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../../../src/core/guidance/common-passwords';
import { estimateStrength } from '../../../src/core/guidance/password-strength';
import { STRENGTH_HINTS, STRENGTH_LEVELS } from '../../../src/core/guidance/types';

describe('password strength estimate', () => {
  it('is empty for an empty box', () => {
    expect(estimateStrength('')).toEqual({ level: 'empty', hint: 'type', bits: 0 });
  });

  it.each([
    ['password', 'common'],
    ['Password123!', 'common'],
    ['P@ssw0rd', 'common'],
    ['qwerty123456', 'common'],
    ['Summer2024!', 'common'],
    ['microsoft2023', 'common'],
    ['trustno1', 'common'],
  ])('calls %s weak: a common password, give or take digits, symbols and leet', (pw, hint) => {
    expect(estimateStrength(pw)).toMatchObject({ level: 'weak', hint });
  });

  it.each(['a', 'Ab1!', 'x9#Lk2q'])('calls %s weak: shorter than Microsoft’s 8', (pw) => {
    expect(estimateStrength(pw)).toMatchObject({ level: 'weak', hint: 'too-short' });
  });

  it.each([
    'correcthorsebatterystaplezebra',
    'zqxjvkwpfmtgbhlrnsdc',
    'ZQXJVKWPFMTGBHLRNSDC',
    '83619047526180394756',
    'éàüöçñøåßœæ',
  ])(
    'calls %s weak: Microsoft refuses fewer than two of capitals, small letters, numbers, symbols',
    (pw) => {
      expect(estimateStrength(pw)).toMatchObject({ level: 'weak', hint: 'microsoft-rule' });
    },
  );

  it('never calls a password Microsoft would refuse anything but weak', () => {
    const oneKind = fc.oneof(
      fc.stringMatching(/^[a-z]{1,60}$/),
      fc.stringMatching(/^[A-Z]{1,60}$/),
      fc.stringMatching(/^[0-9]{1,60}$/),
      fc.stringMatching(/^[!-/:-@[-`{-~ ]{1,60}$/),
    );
    const short = fc.string({ minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.oneof(oneKind, short), (pw) => {
        expect(estimateStrength(pw).level).toBe('weak');
      }),
      { seed: 18, numRuns: 2000 },
    );
  });

  it('calls a long mix of two kinds more than weak: the rule is met', () => {
    expect(estimateStrength('zqxjvkwpfmtgbhlrnsdc7').level).not.toBe('weak');
  });

  it.each([
    ['aaaaaaaaaaaa', 'repeat'],
    ['abcabcabcabc', 'repeat'],
    ['abcdefghijkl', 'sequence'],
    ['zyxwvutsrqpo', 'sequence'],
    ['poiuytrewq42', 'sequence'],
  ])('sees the pattern in %s', (pw, hint) => {
    expect(estimateStrength(pw)).toMatchObject({ level: 'weak', hint });
  });

  it('points at dates and common words when they make up the password', () => {
    expect(estimateStrength('19841992').hint).toBe('dates');
    expect(estimateStrength('dragonmonkey7').hint).toBe('words');
  });

  it.each([
    'Otter-Lamp-Violin-42',
    'correct horse battery staple',
    'my dog eats pizza daily',
    'Xk9!mQ2#vL7$',
  ])('calls %s strong', (pw) => {
    expect(estimateStrength(pw)).toMatchObject({ level: 'strong', hint: 'unique' });
  });

  it('ranks by guessing work: random beats words beats patterns', () => {
    const bits = (pw: string) => estimateStrength(pw).bits;
    expect(bits('G7#kP2!qZ9')).toBeGreaterThan(bits('horsebattery'));
    expect(bits('horsebattery')).toBeGreaterThan(bits('abcdefghijkl'));
    expect(bits('abcdefghijkl')).toBeGreaterThan(bits('aaaaaaaaaaaa'));
  });

  it('knows every common password it lists', () => {
    for (const pw of COMMON_PASSWORDS) expect(estimateStrength(pw).hint).toBe('common');
  });

  it('handles letters outside ASCII and emoji by character, not code unit', () => {
    expect(estimateStrength('😀😀😀😀😀😀😀😀')).toMatchObject({ level: 'weak', hint: 'repeat' });
    expect(estimateStrength('Füße-Straße-Öl-Brücke').level).toBe('strong');
  });

  it('stays quick and bounded on very long input', () => {
    const start = performance.now();
    const result = estimateStrength('a'.repeat(10_000));
    expect(performance.now() - start).toBeLessThan(100);
    expect(result.level).toBe('weak');
  });

  it('always answers a known level and hint, and never hands back the password', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 80 }), (pw) => {
        const result = estimateStrength(pw);
        expect(STRENGTH_LEVELS).toContain(result.level);
        expect(STRENGTH_HINTS).toContain(result.hint);
        expect(Number.isFinite(result.bits)).toBe(true);
        expect(Object.keys(result).sort()).toEqual(['bits', 'hint', 'level']);
      }),
    );
  });
});
