import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import type { PageSnapshot } from '../../../src/core/detection';
import { createOrganisationSignInsRepo } from '../../../src/storage';
import { useFreshDb } from '../storage/harness';

/**
 * The background's page report with where the page was opened from (the tab's previous page, its
 * opener) and the organisation's own sign-in pages (remembered on Microsoft's hand-off).
 */

const session = new Map<string, unknown>();
const tabs = new Map<number, { id: number; url?: string }>();
const noop = async () => {};
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
    i18n: { getUILanguage: () => 'en' },
    action: {
      setBadgeText: noop,
      setBadgeBackgroundColor: noop,
      setTitle: noop,
      setIcon: noop,
    },
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error('No tab');
        return tab;
      },
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        },
        remove: async (key: string) => void session.delete(key),
      },
      local: { get: async () => ({}) },
      onChanged: { addListener: () => {} },
    },
  },
}));

const fresh = useFreshDb();
let db: Awaited<ReturnType<typeof fresh.open>>;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));

const { handlePageReport } = await import('../../../src/background/page-report');
const { noteTabAddress } = await import('../../../src/background/next-hop');
const { forgetPolicy } = await import('../../../src/background/policy');

const sites = join(__dirname, '../../fixtures/sites');
function fixture(file: string, url: string): PageSnapshot {
  const { document } = parseHTML(readFileSync(join(sites, file), 'utf8'));
  return buildPageSnapshot(document as unknown as Document, {}, url);
}

const SHARED = 'https://contoso-my.sharepoint.com/:b:/g/personal/ap_contoso_com/EaBcD?e=x1';
const NEXT = 'https://secure-docview.example.net/auth/start';
const ENTRA =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1&login_hint=jane%40fabrikam.com';
const ADFS =
  'https://sts.fabrikam.com/adfs/ls/?wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&username=jane%40fabrikam.com';
const COPY = 'https://sts-fabrikam.secure-login.example/adfs/ls/';

const codes = (report: Awaited<ReturnType<typeof handlePageReport>>) =>
  report.classification.reasons.map((r) => r.code);

describe('page report: where the page was opened from', () => {
  beforeEach(async () => {
    db = await fresh.open();
    session.clear();
    tabs.clear();
    forgetPolicy();
  });

  it('a sign-in page after a shared file in the same tab is flagged, naming the file’s host', async () => {
    await noteTabAddress(1, SHARED);
    await noteTabAddress(1, NEXT);
    const report = await handlePageReport(1, NEXT, fixture('shared-doc-sign-in.html', NEXT));
    expect(report.classification.verdict).toBe('lookalike');
    expect(codes(report)[0]).toBe('opened-from-shared-content');
    expect(report.warning?.reasons[0]).toContain('contoso-my.sharepoint.com');
  });

  it('…and in a tab the shared file’s tab opened (openerTabId)', async () => {
    await noteTabAddress(1, SHARED);
    tabs.set(1, { id: 1, url: SHARED });
    await noteTabAddress(2, NEXT);
    const report = await handlePageReport(2, NEXT, fixture('shared-doc-sign-in.html', NEXT), {
      openerTabId: 1,
    });
    expect(codes(report)[0]).toBe('opened-from-shared-content');
  });

  it('the opener counts only for the new tab’s first sites', async () => {
    await noteTabAddress(1, SHARED);
    tabs.set(1, { id: 1, url: SHARED });
    for (const url of ['https://a.example/', 'https://b.example/', NEXT]) {
      await noteTabAddress(2, url);
    }
    const report = await handlePageReport(2, NEXT, fixture('shared-doc-sign-in.html', NEXT), {
      openerTabId: 1,
    });
    expect(report.classification.verdict).toBe('other');
  });

  it('not after an ordinary page, nor without an opener', async () => {
    await noteTabAddress(1, 'https://www.wikipedia.org/');
    await noteTabAddress(1, NEXT);
    const snapshot = fixture('shared-doc-sign-in.html', NEXT);
    expect((await handlePageReport(1, NEXT, snapshot)).classification.verdict).toBe('other');
    expect((await handlePageReport(3, NEXT, snapshot)).classification.verdict).toBe('other');
  });

  it('asks for the snapshot of shared content reported without one', async () => {
    const report = await handlePageReport(1, SHARED, undefined);
    expect(report).toMatchObject({ snapshotWanted: true, classification: { verdict: 'other' } });
    expect((await handlePageReport(1, NEXT, undefined)).snapshotWanted).toBeUndefined();
  });

  it('asks again for shared content whose first snapshot had no box to type into yet', async () => {
    const loading = fixture('ordinary.html', SHARED);
    expect((await handlePageReport(1, SHARED, loading)).snapshotWanted).toBe(true);
    const drawn = fixture('forms-ordinary.html', SHARED);
    expect((await handlePageReport(1, SHARED, drawn)).snapshotWanted).toBeUndefined();
  });
});

describe('page report: the organisation’s own sign-in page', () => {
  beforeEach(async () => {
    db = await fresh.open();
    session.clear();
    tabs.clear();
    forgetPolicy();
  });

  it('remembers the host Microsoft handed over to, marks it, and flags copies elsewhere', async () => {
    const adfs = fixture('adfs-sign-in.html', ADFS);
    // Before any hand-off, a copy is just someone's sign-in page.
    expect((await handlePageReport(5, COPY, adfs)).classification.verdict).toBe('other');

    await noteTabAddress(1, ENTRA);
    await noteTabAddress(1, ADFS);
    const own = await handlePageReport(1, ADFS, adfs);
    expect(own.classification).toMatchObject({
      verdict: 'other',
      organisationSignIn: { organisation: 'fabrikam.com', source: 'reached' },
    });
    expect(await createOrganisationSignInsRepo(db).list()).toEqual([
      {
        host: 'sts.fabrikam.com',
        organisation: 'fabrikam.com',
        via: 'sign-in-page',
        reachedAt: expect.any(Number),
      },
    ]);

    const copy = await handlePageReport(6, COPY, fixture('adfs-sign-in.html', COPY));
    expect(copy.classification.verdict).toBe('lookalike');
    expect(codes(copy)[0]).toBe('imitates-organisation-sign-in');
  });

  it('never warns on the remembered host, even opened from a shared file', async () => {
    await createOrganisationSignInsRepo(db).put({
      host: 'sts.fabrikam.com',
      organisation: 'fabrikam.com',
      via: 'account-check',
      reachedAt: 1,
    });
    await noteTabAddress(1, SHARED);
    await noteTabAddress(1, ADFS);
    const page = fixture('cloned-sign-in.html', ADFS);
    const report = await handlePageReport(1, ADFS, page);
    expect(report.classification.verdict).toBe('other');
    expect(report.classification.organisationSignIn?.organisation).toBe('fabrikam.com');
  });
});
