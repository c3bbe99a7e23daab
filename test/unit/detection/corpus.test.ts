import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/core/detection';
import { GENUINE_CASES, LOOKALIKE_CASES, ORDINARY_URLS } from '../../fixtures/detection/corpus';

describe('detection corpus', () => {
  it('is big enough to mean something', () => {
    expect(GENUINE_CASES.length).toBeGreaterThanOrEqual(150);
    expect(LOOKALIKE_CASES.length).toBeGreaterThanOrEqual(150);
    expect(ORDINARY_URLS.length).toBeGreaterThanOrEqual(500);
  });

  it('covers every service and page kind among genuine pages', () => {
    const services = new Set(GENUINE_CASES.map((c) => c.service));
    const kinds = new Set(GENUINE_CASES.map((c) => c.kind));
    expect([...services].sort()).toEqual([
      'china',
      'microsoft-account',
      'us-government',
      'work-school',
    ]);
    for (const kind of [
      'sign-in',
      'sign-up',
      'password-reset',
      'account-recovery',
      'security-info',
      'account-home',
      'sign-out',
      'device-code',
    ] as const) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(GENUINE_CASES)('genuine: $url', ({ url, service, kind }) => {
    const result = classifyUrl(url);
    expect({ verdict: result.verdict, service: result.service, kind: result.kind }).toEqual({
      verdict: 'microsoft',
      service,
      kind,
    });
    expect(result.reasons.map((r) => r.code)).toContain('official-microsoft-host');
  });

  it('never calls a lookalike genuine, and flags at least 95% of them', () => {
    const missed: string[] = [];
    for (const { url } of LOOKALIKE_CASES) {
      const result = classifyUrl(url);
      expect(result.verdict, url).not.toBe('microsoft');
      if (result.verdict !== 'lookalike') missed.push(url);
    }
    const rate = 1 - missed.length / LOOKALIKE_CASES.length;
    expect(rate, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every flagged lookalike at least one reason with a readable sentence', () => {
    for (const { url } of LOOKALIKE_CASES) {
      const result = classifyUrl(url);
      if (result.verdict !== 'lookalike') continue;
      expect(result.reasons.length, url).toBeGreaterThan(0);
      for (const reason of result.reasons) {
        expect(reason.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(reason.message).toMatch(/^[A-Z"].*[.!]$/);
      }
    }
  });

  it('never calls an ordinary address genuine, and raises false alarms on at most 1%', () => {
    const alarms: string[] = [];
    for (const url of ORDINARY_URLS) {
      const result = classifyUrl(url);
      expect(result.verdict, url).not.toBe('microsoft');
      if (result.verdict === 'lookalike') alarms.push(url);
    }
    expect(
      alarms.length / ORDINARY_URLS.length,
      `alarms: ${alarms.join(', ')}`,
    ).toBeLessThanOrEqual(0.01);
  });

  it('says nothing about ordinary addresses', () => {
    for (const url of ORDINARY_URLS) {
      const result = classifyUrl(url);
      if (result.verdict === 'other') expect(result.reasons, url).toEqual([]);
    }
  });
});
