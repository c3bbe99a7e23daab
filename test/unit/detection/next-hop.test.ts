import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage, type PageSnapshot } from '../../../src/core/detection';
import {
  hopSourceOf,
  looksLikeMicrosoftSignIn,
  WEBMAIL_HOSTS,
  withNextHop,
} from '../../../src/core/detection/next-hop';

const sites = join(__dirname, '../../fixtures/sites');
function fixture(file: string, url: string): PageSnapshot {
  const { document } = parseHTML(readFileSync(join(sites, file), 'utf8'));
  return buildPageSnapshot(document as unknown as Document, {}, url);
}

const SHARED_FILE = 'https://contoso-my.sharepoint.com/:b:/g/personal/ap_contoso_com/EaBcD?e=x1';
const NEXT = 'https://secure-docview.example.net/auth/start';
const fromShared = hopSourceOf(SHARED_FILE);
const fromMail = hopSourceOf('https://outlook.office.com/mail/inbox/id/AAQk');

function judge(url: string, file: string, source = fromShared) {
  const snapshot = fixture(file, url);
  return withNextHop(url, analysePage(url, snapshot), snapshot, source);
}

describe('where a page was opened from', () => {
  it('knows shared content and webmail, and nothing else', () => {
    expect(fromShared).toEqual({ kind: 'shared-content', host: 'contoso-my.sharepoint.com' });
    expect(fromMail).toEqual({ kind: 'webmail', host: 'outlook.office.com' });
    for (const host of WEBMAIL_HOSTS) {
      expect(hopSourceOf(`https://${host}/`)?.kind, host).toBe('webmail');
    }
    for (const other of [
      'https://www.wikipedia.org/',
      'https://login.microsoftonline.com/common/oauth2/authorize',
      'https://onedrive.live.com/?id=root&cid=1',
      'https://mail.google.com.evil.example/',
      '',
      null,
      'not a url',
    ]) {
      expect(hopSourceOf(other), String(other)).toBeNull();
    }
  });
});

describe('the next hop', () => {
  it('the plain "sign in to view the document" page is not flagged on its own…', () => {
    const snapshot = fixture('shared-doc-sign-in.html', NEXT);
    expect(analysePage(NEXT, snapshot).verdict).toBe('other');
    expect(withNextHop(NEXT, analysePage(NEXT, snapshot), snapshot, null).verdict).toBe('other');
  });

  it('…but is, opened from a shared file, and the first reason names the file’s host', () => {
    const result = judge(NEXT, 'shared-doc-sign-in.html');
    expect(result.verdict).toBe('lookalike');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'opened-from-shared-content',
      'credential-form',
    ]);
    expect(result.reasons[0]?.message).toContain('contoso-my.sharepoint.com');
  });

  it('…and opened from webmail, naming the mail host', () => {
    const result = judge(NEXT, 'shared-doc-sign-in.html', fromMail);
    expect(result.reasons[0]?.code).toBe('opened-from-webmail');
    expect(result.reasons[0]?.message).toContain('outlook.office.com');
  });

  it('a clone opened from a shared file keeps the clone first and the source next', () => {
    const url = 'https://invoice-portal-docs.net/shared/view';
    const codes = judge(url, 'cloned-sign-in.html').reasons.map((r) => r.code);
    expect(codes[0]).toBe('cloned-sign-in-page');
    expect(codes[1]).toBe('opened-from-shared-content');
  });

  it('leaves a shop’s own sign-in and a "Sign in with Microsoft" page alone', () => {
    expect(judge('https://books.northwind.example/sign-in', 'company-sign-in.html').verdict).toBe(
      'other',
    );
    const shop = fixture('company-sign-in.html', 'https://x.example/').fields;
    expect(
      looksLikeMicrosoftSignIn({
        ...fixture('shared-doc-sign-in.html', NEXT),
        fields: shop,
        text: 'Sign in to Northwind Books',
        title: 'Northwind',
      }),
    ).toBe(false);
  });

  it('leaves pages without a password, Microsoft’s own pages and the source’s own site alone', () => {
    expect(judge('https://news.example.org/a', 'ordinary.html').verdict).toBe('other');
    const genuine = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
    expect(judge(genuine, 'ms-sign-in.html').verdict).toBe('microsoft');
    const msRun = 'https://www.microsoft.com/en-us/account';
    expect(judge(msRun, 'shared-doc-sign-in.html').verdict).toBe('other');
    expect(judge(SHARED_FILE, 'shared-file-sharepoint.html').verdict).toBe('other');
  });

  it('never overrides the organisation’s own sign-in page', () => {
    const snapshot = fixture('shared-doc-sign-in.html', NEXT);
    const base = {
      ...analysePage(NEXT, snapshot),
      organisationSignIn: { organisation: 'contoso.com', source: 'reached' as const },
    };
    expect(withNextHop(NEXT, base, snapshot, fromShared)).toBe(base);
  });
});
