import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_POLICY } from '../../../src/core/policy';
import type { Message, MessageType, Responses } from '../../../src/messaging/messages';
import { createSettingsRepo } from '../../../src/storage';
import { useFreshDb } from '../storage/harness';

/**
 * The background's side of the policy: reading managed storage safely, following its changes,
 * and every place the policy is enforced (lookups, remembered sign-ins, the page verdict).
 */

type ManagedGet = () => Promise<unknown>;
type ChangeListener = (changes: unknown, area: string) => void;

const browserState = vi.hoisted(() => ({
  managed: undefined as { get: ManagedGet } | undefined,
  listeners: [] as ChangeListener[],
  session: new Map<string, unknown>(),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
    notifications: {
      create: async (id: string) => id,
      getAll: async () => ({}),
      clear: async () => true,
    },
    alarms: { create: async () => {}, clear: async () => true },
    storage: {
      get managed() {
        return browserState.managed;
      },
      onChanged: {
        addListener: (listener: ChangeListener) => browserState.listeners.push(listener),
      },
      local: { get: async () => ({}) },
      session: {
        get: async (key: string) =>
          browserState.session.has(key) ? { [key]: browserState.session.get(key) } : {},
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) browserState.session.set(key, value);
        },
      },
    },
  },
}));
vi.mock('../../../src/background/badge', () => ({ showVerdictOnToolbar: async () => {} }));

const fresh = useFreshDb();
let db: Awaited<ReturnType<typeof fresh.open>>;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));

const policyModule = await import('../../../src/background/policy');
const {
  currentPolicy,
  enforcePolicy,
  forgetPolicy,
  policyHandlers,
  RETRY_AFTER_MS,
  readPolicy,
  startPolicy,
} = policyModule;
const { accountHandlers } = await import('../../../src/background/account-handlers');
const { reminderHandlers } = await import('../../../src/background/reminder-handlers');
const { handlePageReport } = await import('../../../src/background/page-report');
const { loadTabState } = await import('../../../src/background/tab-state');

const PAGE = { id: 'test', url: 'chrome-extension://test/popup.html' };

function call<T extends MessageType>(
  handlers: Partial<Record<MessageType, unknown>>,
  message: Message<T> & { type: T },
  sender: { id: string; url: string; tabId?: number } = PAGE,
): Promise<Responses[T]> {
  const handler = handlers[message.type] as (m: unknown, s: unknown) => Promise<Responses[T]>;
  return handler(message, sender);
}

function managedReturns(value: unknown): ReturnType<typeof vi.fn> {
  const get = vi.fn(async () => value);
  browserState.managed = { get };
  return get;
}

const STRICT = {
  allowOnlineLookups: false,
  allowRememberSignInAddresses: false,
  requireLookalikeGuard: true,
  allowedTenants: ['contoso.com'],
};

describe('reading the policy', () => {
  beforeEach(() => {
    forgetPolicy();
    browserState.managed = undefined;
    browserState.listeners.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads no policy where there is no managed storage', async () => {
    expect(await readPolicy()).toEqual(NO_POLICY);
  });

  it('reads no policy when managed storage rejects or throws (Firefox without policies)', async () => {
    browserState.managed = {
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    };
    expect(await readPolicy()).toEqual(NO_POLICY);
    browserState.managed = {
      get: () => {
        throw new Error('storage.managed is not available');
      },
    };
    expect(await readPolicy()).toEqual(NO_POLICY);
  });

  it('reads no policy when managed storage never answers', async () => {
    vi.useFakeTimers();
    browserState.managed = { get: () => new Promise(() => {}) };
    const reading = readPolicy();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await reading).toEqual(NO_POLICY);
  });

  it('reads again at start when managed storage timed out, until it answers', async () => {
    db = await fresh.open();
    vi.useFakeTimers();
    let answer: unknown = null;
    const get = vi.fn(() => (answer === null ? new Promise(() => {}) : Promise.resolve(answer)));
    browserState.managed = { get };
    startPolicy();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await currentPolicy()).toEqual(NO_POLICY);
    // Still slow on the first retry; then the organisation's policy arrives.
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[0] + 3000);
    expect(get).toHaveBeenCalledTimes(2);
    answer = STRICT;
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[1]);
    expect(get).toHaveBeenCalledTimes(3);
    expect(await currentPolicy()).toMatchObject({ managed: true, allowOnlineLookups: false });
    // An answer ends the retries.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(get).toHaveBeenCalledTimes(3);
  });

  it('reads and keeps the policy; reads it again only when asked to', async () => {
    const get = managedReturns(STRICT);
    expect(await currentPolicy()).toMatchObject({ managed: true, allowOnlineLookups: false });
    expect(await currentPolicy()).toMatchObject({ managed: true });
    expect(get).toHaveBeenCalledTimes(1);
    managedReturns({});
    expect(await currentPolicy()).toMatchObject({ managed: true });
    expect(await call(policyHandlers, { type: 'policy/get' })).toEqual(NO_POLICY);
    expect(await currentPolicy()).toEqual(NO_POLICY);
  });
});

describe('enforcing the policy', () => {
  beforeEach(async () => {
    db = await fresh.open();
    forgetPolicy();
    browserState.managed = undefined;
    browserState.listeners.length = 0;
    browserState.session.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('follows managed storage’s changes, and switches remembering sign-ins off', async () => {
    const settings = createSettingsRepo(db);
    await settings.set('rememberSignInAddresses', true);
    managedReturns({});
    startPolicy();
    expect(browserState.listeners).toHaveLength(1);
    await vi.waitFor(async () => expect(await currentPolicy()).toEqual(NO_POLICY));
    expect(await settings.get('rememberSignInAddresses')).toBe(true);

    const get = managedReturns(STRICT);
    browserState.listeners[0]?.({}, 'local');
    expect(get).not.toHaveBeenCalled();
    browserState.listeners[0]?.({ allowOnlineLookups: { newValue: false } }, 'managed');
    await vi.waitFor(async () => expect(await settings.get('rememberSignInAddresses')).toBe(false));
    expect(await currentPolicy()).toMatchObject({ managed: true, requireLookalikeGuard: true });
  });

  it('leaves the person’s choice alone when the policy allows it', async () => {
    const settings = createSettingsRepo(db);
    await settings.set('rememberSignInAddresses', true);
    await enforcePolicy({ ...NO_POLICY, managed: true, allowOnlineLookups: false });
    expect(await settings.get('rememberSignInAddresses')).toBe(true);
  });

  it('refuses lookups the organisation turned off, without asking Microsoft', async () => {
    managedReturns({ allowOnlineLookups: false });
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    expect(
      await call(accountHandlers, { type: 'lookup/run', address: 'jane@contoso.com' }),
    ).toEqual({
      status: 'refused',
      reason: 'lookups-off',
      message: 'Your organisation turned off asking Microsoft about addresses.',
      text: { key: 'lookup.refused.by-organisation' },
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await call(accountHandlers, { type: 'lookup/list' })).toEqual({
      allowed: false,
      offByPolicy: true,
      results: [],
    });
  });

  it('lets lookups through (as the setting says) without a policy', async () => {
    managedReturns({});
    expect(await call(accountHandlers, { type: 'lookup/list' })).toEqual({
      allowed: true,
      results: [],
    });
    await createSettingsRepo(db).set('allowOnlineLookups', false);
    expect(await call(accountHandlers, { type: 'lookup/list' })).toEqual({
      allowed: false,
      results: [],
    });
  });

  it('keeps what the policy decides out of the person’s settings changes', async () => {
    managedReturns(STRICT);
    const view = await call(reminderHandlers, {
      type: 'my-data/save-settings',
      rememberSignInAddresses: true,
      allowOnlineLookups: false,
      reminderIntervalMonths: 3,
    });
    expect(view.settings).toEqual({
      reminderIntervalMonths: 3,
      rememberSignInAddresses: false,
      allowOnlineLookups: true,
    });
  });

  it('remembers no sign-in address while the policy forbids it, whatever the setting says', async () => {
    await createSettingsRepo(db).set('rememberSignInAddresses', true);
    managedReturns({ allowRememberSignInAddresses: false });
    const signIn = { id: 'test', url: 'https://login.live.com/login.srf', tabId: 3 };
    expect(
      await call(
        reminderHandlers,
        { type: 'accounts/seen-signing-in', address: 'jane@outlook.com' },
        signIn,
      ),
    ).toEqual({ remembered: false });
  });

  it('points out a genuine sign-in page for another tenant in the page report and tab state', async () => {
    managedReturns({ allowedTenants: ['contoso.com'] });
    const other = 'https://login.microsoftonline.com/fabrikam.com/oauth2/v2.0/authorize';
    const report = await handlePageReport(4, other, undefined);
    expect(report.classification.verdict).toBe('microsoft');
    expect(report.classification.reasons.map((reason) => reason.code)).toEqual([
      'official-microsoft-host',
      'tenant-not-allowed',
    ]);
    expect((await loadTabState(4))?.classification).toEqual(report.classification);

    const own = 'https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize';
    const ownReport = await handlePageReport(5, own, undefined);
    expect(ownReport.classification.reasons.map((reason) => reason.code)).toEqual([
      'official-microsoft-host',
    ]);
  });

  it('sends the guidance panel’s start with a Microsoft page report only when asked', async () => {
    const signInPage = 'https://login.live.com/login.srf?mkt=es-ES';
    const asked = await handlePageReport(6, signInPage, undefined, { guidance: true });
    expect(asked.guidance?.view).toMatchObject({ kind: 'sign-in', locale: 'es' });
    expect(asked.guidance?.panelStates).toEqual({});
    expect((await handlePageReport(6, signInPage, undefined)).guidance).toBeUndefined();
    const lookalike = 'https://login-microsoftonline-com.secure-verify.net/common/login';
    expect(
      (await handlePageReport(7, lookalike, undefined, { guidance: true })).guidance,
    ).toBeUndefined();
  });
});
