import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { NO_POLICY } from '../../../src/core/policy';
import { createRouter } from '../../../src/messaging/router';
import { createSightingsRepo } from '../../../src/storage';
import { useFreshDb } from '../storage/harness';

/**
 * The page report fails closed: whatever the page's address or the state of storage, a page that
 * deserves a warning gets it, and the badge follows the report's classification.
 */
const state = vi.hoisted(() => ({
  session: new Map<string, unknown>(),
  sessionFails: false,
  databaseFails: false,
  badges: [] as [number, string][],
  toTabs: [] as [number, unknown, unknown][],
  topFrameListening: true,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'ext', getURL: (path: string) => `chrome-extension://ext${path}` },
    i18n: { getUILanguage: () => 'en' },
    storage: {
      session: {
        get: async (key: string) => ({ [key]: state.session.get(key) }),
        set: async (items: Record<string, unknown>) => {
          if (state.sessionFails) throw new Error('Session storage quota exceeded');
          for (const [key, value] of Object.entries(items)) state.session.set(key, value);
        },
      },
      local: { get: async () => ({}) },
      managed: { get: async () => ({}) },
    },
    tabs: {
      get: async () => ({}),
      sendMessage: async (tabId: number, message: unknown, options: unknown) => {
        if (!state.topFrameListening) throw new Error('Receiving end does not exist.');
        state.toTabs.push([tabId, message, options]);
      },
    },
  },
}));
vi.mock('../../../src/background/badge', () => ({
  showVerdictOnToolbar: async (tabId: number, verdict: string) => {
    state.badges.push([tabId, verdict]);
  },
}));
vi.mock('../../../src/background/policy', () => ({
  withPolicy: async (_url: string, classification: unknown) => classification,
  // No managed policy: nobody is told of a warning.
  currentPolicy: async () => NO_POLICY,
  policyHandlers: {},
}));
const fresh = useFreshDb();
let db: Awaited<ReturnType<typeof fresh.open>>;
vi.mock('../../../src/background/database', () => ({
  database: async () => {
    if (state.databaseFails) throw new Error('IndexedDB is not available');
    return db;
  },
}));

const { handlers } = await import('../../../src/background/handlers');
const route = createRouter(handlers, {
  extensionId: 'ext',
  extensionOrigin: 'chrome-extension://ext/',
});

const LOOKALIKE = 'https://login.microsoftonline.com.secure-auth.xyz/common/oauth2/authorize';
const report = (url: string, senderUrl = url) =>
  route({ type: 'page/report', url }, { id: 'ext', url: senderUrl, tab: { id: 5 } });

function expectWarning(answer: unknown): void {
  expect(answer).toMatchObject({
    ok: true,
    data: { classification: { verdict: 'lookalike' }, warning: { title: expect.any(String) } },
  });
}

describe('page report: fails closed', () => {
  beforeEach(async () => {
    db = await fresh.open();
    state.session.clear();
    state.sessionFails = false;
    state.databaseFails = false;
    state.badges = [];
    state.toTabs = [];
    state.topFrameListening = true;
  });

  it('warns on a page that set an address longer than 8,192 characters', async () => {
    const long = `${LOOKALIKE}?${'q'.repeat(9_000)}#${'f'.repeat(9_000)}`;
    expectWarning(await report(long));
  });

  it('warns on, and records, a page whose path is longer than 2,048 characters', async () => {
    const long = `${LOOKALIKE}/${'p'.repeat(3_000)}`;
    expectWarning(await report(long));
    const [sighting] = await createSightingsRepo(db).listRecent(1);
    expect(sighting?.url.startsWith(`${LOOKALIKE}/ppp`)).toBe(true);
    expect(sighting?.url.length).toBeLessThanOrEqual(2048);
  });

  it('warns, and sets the badge, when the tab state cannot be written', async () => {
    state.sessionFails = true;
    expectWarning(await report(LOOKALIKE));
    await vi.waitFor(() => expect(state.badges).toContainEqual([5, 'lookalike']));
  });

  it('warns when the database cannot be opened', async () => {
    state.databaseFails = true;
    expectWarning(await report(LOOKALIKE));
  });

  it('keeps no query or fragment in the tab state', async () => {
    const url = `${LOOKALIKE}?code=SECRET-CODE&state=1#access_token=SECRET-TOKEN`;
    await report(url);
    expect(JSON.stringify([...state.session.values()])).not.toContain('SECRET');
    expect(state.session.get('tab:5')).toMatchObject({ url: LOOKALIKE });
    const answer = await route(
      { type: 'tab/state', tabId: 5 },
      {
        id: 'ext',
        url: 'chrome-extension://ext/popup.html',
      },
    );
    expect(answer).toMatchObject({ ok: true, data: { url: LOOKALIKE } });
  });

  describe('a credential form in a frame', () => {
    const TOP = 'https://invoice-portal-docs.net/shared/view';
    const clone = buildPageSnapshot(
      parseHTML(readFileSync(join(__dirname, '../../fixtures/sites/cloned-sign-in.html'), 'utf8'))
        .document as unknown as Document,
      {},
      'about:srcdoc',
    );
    const fromFrame = (snapshot = clone) =>
      route(
        { type: 'page/report', url: 'about:srcdoc', snapshot },
        { id: 'ext', url: 'about:srcdoc', frameId: 3, tab: { id: 5, url: TOP } },
      );

    it('is judged with the tab’s address, and the top frame is told to warn', async () => {
      expect(await fromFrame()).toMatchObject({
        ok: true,
        data: { classification: { verdict: 'other' } },
      });
      expect(state.toTabs).toEqual([
        [
          5,
          expect.objectContaining({
            type: 'guard/frame-lookalike',
            report: expect.objectContaining({
              classification: expect.objectContaining({ verdict: 'lookalike' }),
            }),
          }),
          { frameId: 0 },
        ],
      ]);
      await vi.waitFor(() => expect(state.badges).toContainEqual([5, 'lookalike']));
    });

    it('rides on the top frame’s own report when that comes later, once', async () => {
      state.topFrameListening = false;
      await fromFrame();
      expectWarning(await report(TOP));
      expect(await report(TOP)).toMatchObject({
        ok: true,
        data: { classification: { verdict: 'other' } },
      });
    });

    it('without a form, or with an ordinary one, changes nothing', async () => {
      await fromFrame({
        ...clone,
        fields: [],
        forms: [],
        images: [],
        favicon: null,
        text: '',
        title: '',
      });
      expect(state.toTabs).toEqual([]);
      expect(state.session.size).toBe(0);
      expect(state.badges).toEqual([]);
    });
  });
});
