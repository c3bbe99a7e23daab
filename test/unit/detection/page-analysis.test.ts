import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage, type PageSnapshot } from '../../../src/core/detection';

const pagesDir = join(__dirname, '../../fixtures/detection/pages');

function snapshotOf(file: string, url: string): PageSnapshot {
  const { document } = parseHTML(readFileSync(join(pagesDir, file), 'utf8'));
  return buildPageSnapshot(document as unknown as Document, {}, url);
}

function analyse(file: string, url: string) {
  return analysePage(url, snapshotOf(file, url));
}

const FOREIGN = 'https://docs-share.example.net/view/index.html';
const CLONES = [
  'clone-entra-sign-in.html',
  'clone-consumer-password.html',
  'clone-handwritten-office.html',
  'clone-password-reset.html',
];
const ORDINARY = [
  'ordinary-company-login.html',
  'ordinary-sign-in-with-microsoft.html',
  'ordinary-help-article.html',
];

describe('analysePage', () => {
  it.each(CLONES)('flags %s served from a foreign host', (file) => {
    const result = analyse(file, FOREIGN);
    expect(result.verdict).toBe('lookalike');
    expect(result.reasons[0]?.code).toBe('cloned-sign-in-page');
    expect(result.reasons[0]?.message).toContain('docs-share.example.net');
  });

  it.each(CLONES)('flags %s on free hosting and on Microsoft tenant content', (file) => {
    expect(analyse(file, 'https://quarterly-report.web.app/').verdict).toBe('lookalike');
    expect(analyse(file, 'https://forms.office.com/r/AbCdEf').verdict).toBe('lookalike');
  });

  it.each(ORDINARY)('leaves %s alone', (file) => {
    expect(analyse(file, 'https://www.example.com/login')).toEqual({
      verdict: 'other',
      service: null,
      kind: null,
      reasons: [],
    });
  });

  it('never flags genuine hosts by content, even with a cloned page', () => {
    for (const file of [...CLONES, 'genuine-entra-sign-in.html']) {
      const result = analyse(
        file,
        'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
      );
      expect(result).toMatchObject({
        verdict: 'microsoft',
        service: 'work-school',
        kind: 'sign-in',
      });
    }
  });

  it('keeps Microsoft-run sites out of content checks', () => {
    expect(analyse('clone-entra-sign-in.html', 'https://outlook.live.com/mail/').verdict).toBe(
      'other',
    );
  });

  it('adds content reasons to an address already flagged', () => {
    const result = analyse(
      'clone-entra-sign-in.html',
      'https://login.microsoftonline.com.secure-auth.xyz/',
    );
    const codes = result.reasons.map((r) => r.code);
    expect(result.verdict).toBe('lookalike');
    expect(codes).toContain('brand-in-subdomain');
    expect(codes).toContain('cloned-sign-in-page');
    expect(codes).toContain('microsoft-form-fields');
  });

  it('needs a credential form: branding alone is not a clone', () => {
    const snapshot = snapshotOf('clone-entra-sign-in.html', FOREIGN);
    const withoutForm: PageSnapshot = { ...snapshot, fields: [] };
    expect(analysePage(FOREIGN, withoutForm).verdict).toBe('other');
  });

  it('uses a lower bar when the address is already suspicious', () => {
    const snapshot: PageSnapshot = {
      title: 'Welcome',
      fields: [
        {
          tag: 'input',
          type: 'password',
          name: 'pw',
          id: '',
          autocomplete: '',
          placeholder: '',
          ariaLabel: '',
        },
      ],
      forms: [],
      images: [],
      favicon: null,
      // Outlook only in passing: a page whose heading named it would claim to be it.
      text: 'Welcome back to the members area. Enter password. Outlook',
      textLength: 57,
      assetHosts: [],
      assetFiles: [],
    };
    expect(analysePage('https://www.example.org/', snapshot).verdict).toBe('other');
    // "microsoft.example.org" alone scores below the URL threshold, but adds up with the page.
    expect(analysePage('https://microsoft.example.org/', snapshot).verdict).toBe('lookalike');
  });

  it('still looks at content when the address is not a web address', () => {
    const snapshot = snapshotOf('clone-consumer-password.html', FOREIGN);
    expect(analysePage('data:text/html;base64,PGh0bWw+', snapshot).verdict).toBe('lookalike');
    expect(analysePage('file:///C:/Users/me/Downloads/invoice.html', snapshot).verdict).toBe(
      'lookalike',
    );
  });

  it('does not throw on a malformed snapshot from an untrusted sender', () => {
    const broken = { title: 'x' } as unknown as PageSnapshot;
    expect(analysePage(FOREIGN, broken)).toMatchObject({ verdict: 'other' });
  });
});
