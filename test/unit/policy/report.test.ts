import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/core/policy';
import {
  MICROSOFT_REPORT_PAGE,
  microsoftReportUrl,
} from '../../../src/core/report/microsoft-report';
import {
  organisationReport,
  REPORTS_PER_HOUR,
  SAME_PAGE_GAP_MS,
  takeReportSlot,
} from '../../../src/core/report/organisation-report';

describe('microsoftReportUrl', () => {
  it('opens Microsoft’s unsafe-site form with the address, without its fragment', () => {
    const url = microsoftReportUrl('https://login-micros0ft.example/common/login?x=1#token=abc');
    expect(url).toBe(
      `${MICROSOFT_REPORT_PAGE}?url=${encodeURIComponent('https://login-micros0ft.example/common/login?x=1')}`,
    );
    expect(new URL(url ?? '').host).toBe('www.microsoft.com');
  });

  it.each(['about:blank', 'chrome-extension://abc/popup.html', 'not a url', 'javascript:alert(1)'])(
    'has nothing to report for %s',
    (address) => {
      expect(microsoftReportUrl(address)).toBeNull();
    },
  );
});

describe('organisationReport', () => {
  it('holds the address, the reason codes, the time and the version, and nothing else', () => {
    const report = organisationReport(
      'https://kit.example/owa/#secret',
      ['cloned-sign-in-page', 'credential-form'],
      Date.UTC(2026, 11, 6, 12, 0, 0),
      '0.1.0',
    );
    expect(report).toEqual({
      url: 'https://kit.example/owa/',
      reasons: ['cloned-sign-in-page', 'credential-form'],
      time: '2026-12-06T12:00:00.000Z',
      version: '0.1.0',
    });
  });
});

describe('takeReportSlot', () => {
  const now = 1_000_000_000;
  it('lets the first report of a page go and holds back the same page for a while', () => {
    const first = takeReportSlot([], 'https://a.example/', now);
    expect(first.allowed).toBe(true);
    expect(takeReportSlot(first.history, 'https://a.example/', now + 1000).allowed).toBe(false);
    expect(takeReportSlot(first.history, 'https://b.example/', now + 1000).allowed).toBe(true);
    expect(
      takeReportSlot(first.history, 'https://a.example/', now + SAME_PAGE_GAP_MS + 1).allowed,
    ).toBe(true);
  });

  it('sends at most REPORTS_PER_HOUR in an hour, and again after it', () => {
    let history: { url: string; at: number }[] = [];
    let sent = 0;
    for (let i = 0; i < REPORTS_PER_HOUR + 10; i++) {
      const slot = takeReportSlot(history, `https://p${i}.example/`, now + i);
      history = slot.history;
      if (slot.allowed) sent++;
    }
    expect(sent).toBe(REPORTS_PER_HOUR);
    expect(takeReportSlot(history, 'https://late.example/', now + 61 * 60 * 1000).allowed).toBe(
      true,
    );
  });
});

describe('policy lookalikeReportEndpoint', () => {
  it('takes an https address', () => {
    const policy = parsePolicy({ lookalikeReportEndpoint: 'https://soc.contoso.example/ah' });
    expect(policy.lookalikeReportEndpoint).toBe('https://soc.contoso.example/ah');
    expect(policy.managed).toBe(true);
  });

  it.each([
    'http://soc.contoso.example/ah',
    'https://user:pw@soc.contoso.example/',
    'soc.contoso.example',
    42,
  ])('ignores %s', (value) => {
    const policy = parsePolicy({ lookalikeReportEndpoint: value });
    expect(policy.lookalikeReportEndpoint).toBeNull();
    expect(policy.ignored).toContain('lookalikeReportEndpoint');
  });

  it('is unset without a policy', () => {
    expect(parsePolicy({}).lookalikeReportEndpoint).toBeNull();
  });
});
