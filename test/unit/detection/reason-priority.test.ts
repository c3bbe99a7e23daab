import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage, classifyUrl, REASON_CODES, type Reason } from '../../../src/core/detection';
import { mostImportantFirst, REASON_PRIORITY } from '../../../src/core/detection/reason-priority';
import { reasons } from '../../../src/core/detection/reasons';
import { TENANT_NOT_ALLOWED } from '../../../src/core/policy/tenant';
import { LOOKALIKE_CASES } from '../../fixtures/detection/corpus';

const pagesDir = join(__dirname, '../../fixtures/detection/pages');
const CLONES = [
  'clone-entra-sign-in.html',
  'clone-consumer-password.html',
  'clone-handwritten-office.html',
  'clone-password-reset.html',
];
/** Addresses that are lookalikes on their own, and one that is only suspicious with the page. */
const CLONE_ADDRESSES = [
  'https://login.microsoftonline.com.secure-auth.xyz/common/oauth2/v2.0/authorize',
  'https://login.micros0ft-online.com/common/oauth2/v2.0/authorize',
  'https://office365-login.web.app/login.srf',
  'https://login.microsoftonline.com@evil.example/',
  'https://docs-share.example.net/view/index.html',
];

function analyse(file: string, url: string) {
  const { document } = parseHTML(readFileSync(join(pagesDir, file), 'utf8'));
  return analysePage(url, buildPageSnapshot(document as unknown as Document, {}, url));
}

const codesOf = (list: readonly Reason[]) => list.map((r) => r.code);
const rank = (code: string) => (REASON_PRIORITY as readonly string[]).indexOf(code);

function expectMostImportantFirst(list: readonly Reason[], label: string): void {
  const ranks = codesOf(list).map(rank);
  expect(ranks, label).not.toContain(-1);
  expect(ranks, `${label}: ${codesOf(list).join(', ')}`).toEqual([...ranks].sort((a, b) => a - b));
}

describe('REASON_PRIORITY', () => {
  it('ranks every reason code exactly once', () => {
    expect(new Set(REASON_PRIORITY).size).toBe(REASON_PRIORITY.length);
    expect([...REASON_PRIORITY].sort()).toEqual([...REASON_CODES].sort());
  });

  it('ranks every code the detectors can build a reason with', () => {
    // Every reason the detectors give comes from one of these builders (or the tenant policy).
    const built = Object.values(reasons).map(
      (build) => (build as (...params: string[]) => Reason)('a.example', 'b.example').code,
    );
    for (const code of [...built, TENANT_NOT_ALLOWED]) {
      expect(REASON_PRIORITY, code).toContain(code);
    }
  });

  it('puts what is at stake, then why the address is not Microsoft, before supporting signals', () => {
    // What a page on Microsoft's own hosts asks for (only such pages have these), then the clone.
    expect(REASON_PRIORITY.slice(0, 6)).toEqual([
      'shared-content-question',
      'shared-content-password',
      'shared-content-code',
      'shared-content-sign-in-copy',
      'imitates-organisation-sign-in',
      'cloned-sign-in-page',
    ]);
    for (const imitation of [
      'userinfo-trick',
      'typo-of-microsoft-host',
      'confusable-characters',
      'punycode-confusable',
      'brand-in-subdomain',
      'brand-in-hyphenated-domain',
    ] as const) {
      for (const support of [
        'free-hosting-with-brand',
        'sign-in-path-on-foreign-host',
        'sign-in-words-with-brand',
        'credential-form',
        'microsoft-sign-in-assets',
        'microsoft-logo',
      ] as const) {
        expect(rank(imitation), `${imitation} before ${support}`).toBeLessThan(rank(support));
      }
    }
  });
});

describe('mostImportantFirst', () => {
  const clone = reasons.clonedSignInPage('evil.example');
  const logo = reasons.microsoftLogo();
  const typo = reasons.typoOfHost('login.rnicrosoftonline.com', 'login.microsoftonline.com');

  it('sorts by priority into a new array, leaving the input alone', () => {
    const input = [logo, typo, clone];
    expect(mostImportantFirst(input)).toEqual([clone, typo, logo]);
    expect(input).toEqual([logo, typo, clone]);
  });

  it('is stable: reasons of equal rank keep their order, unknown codes go last in order', () => {
    const subdomainA = reasons.brandInSubdomain('outlook', 'a.example');
    const subdomainB = reasons.brandInSubdomain('office', 'b.example');
    const unknownA: Reason = { code: 'something-new', message: 'A.' };
    const unknownB: Reason = { code: 'also-new', message: 'B.' };
    expect(mostImportantFirst([unknownA, subdomainA, logo, unknownB, subdomainB, clone])).toEqual([
      clone,
      subdomainA,
      subdomainB,
      logo,
      unknownA,
      unknownB,
    ]);
  });
});

describe('a lookalike gives its reasons most important first', () => {
  it('puts the cloned sign-in page first, then how the address imitates Microsoft', () => {
    const result = analyse('clone-entra-sign-in.html', CLONE_ADDRESSES[1] as string);
    expect(result.verdict).toBe('lookalike');
    expect(codesOf(result.reasons)).toEqual([
      'cloned-sign-in-page',
      'typo-of-microsoft-host',
      'confusable-characters',
      'sign-in-path-on-foreign-host',
      'sign-in-words-with-brand',
      'credential-form',
      'microsoft-form-fields',
      'microsoft-sign-in-assets',
      'microsoft-sign-in-wording',
      'microsoft-logo',
    ]);
    expect(result.reasons[0]?.message).toContain("Don't enter your password here");
  });

  it.each(CLONES)('%s: the cloned sign-in page comes first wherever it is served', (file) => {
    for (const url of CLONE_ADDRESSES) {
      const result = analyse(file, url);
      expect(result.verdict, url).toBe('lookalike');
      expect(result.reasons[0]?.code, url).toBe('cloned-sign-in-page');
      expectMostImportantFirst(result.reasons, `${file} at ${url}`);
    }
  });

  it('orders the reasons of every flagged lookalike address in the corpus', () => {
    for (const { url } of LOOKALIKE_CASES) {
      const result = classifyUrl(url);
      if (result.verdict === 'lookalike') expectMostImportantFirst(result.reasons, url);
    }
  });
});
