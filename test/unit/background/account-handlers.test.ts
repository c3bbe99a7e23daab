import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../src/messaging/messages';
import {
  createAccountsRepo,
  createLookupsRepo,
  createOrganisationSignInsRepo,
  createRemindersRepo,
  createSettingsRepo,
  newAccountRecord,
} from '../../../src/storage';
import { useFreshDb } from '../storage/harness';

const session = new Map<string, unknown>();
/** The reminder engine's alarm, set by the wake that follows a change. */
const alarms = new Map<string, { scheduledTime: number }>();
/** Ids of the notifications the reminder engine showed. */
const shown: string[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        },
      },
      local: { get: async () => ({}) },
    },
    notifications: {
      create: async (id: string) => {
        shown.push(id);
        return id;
      },
      getAll: async () => ({}),
    },
    alarms: {
      create: async (name: string, info: { when: number }) => {
        alarms.set(name, { scheduledTime: info.when });
      },
      clear: async (name: string) => alarms.delete(name),
    },
  },
}));

const fresh = useFreshDb();
let db: Awaited<ReturnType<typeof fresh.open>>;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));

const { accountHandlers } = await import('../../../src/background/account-handlers');
const sender = { id: 'test', url: 'chrome-extension://test/popup.html' };

function call<T extends keyof typeof accountHandlers>(message: Message<T>) {
  const handler = accountHandlers[message.type as T] as (
    m: Message<T>,
    s: typeof sender,
  ) => unknown;
  return handler(message, sender);
}

describe('account handlers', () => {
  beforeEach(async () => {
    db = await fresh.open();
    session.clear();
    alarms.clear();
    shown.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('adds an address from the account check, normalised, with where it came from', async () => {
    const added = await call({
      type: 'accounts/add',
      address: ' Jane+Shop@Outlook.com ',
      kind: 'personal',
    });
    expect(added).toEqual({
      added: true,
      account: { address: 'jane@outlook.com', kind: 'personal' },
    });
    const stored = await createAccountsRepo(db).get('jane@outlook.com');
    expect(stored).toMatchObject({ addedFrom: 'account-check', kind: 'personal', label: '' });
  });

  it('makes the new account’s never-reviewed recovery info due at once, not at the next wake', async () => {
    const before = Date.now();
    await call({ type: 'accounts/add', address: 'jane@outlook.com', kind: 'personal' });
    const after = Date.now();
    const reminders = await createRemindersRepo(db).list();
    const review = reminders.find((reminder) => reminder.id === 'jane@outlook.com:review-recovery');
    // Due the moment it was listed, and already notified by the wake that follows the change.
    expect(review?.dueAt).toBeGreaterThanOrEqual(before);
    expect(review?.dueAt).toBeLessThanOrEqual(after);
    expect(review?.firedFor).toBe(review?.dueAt);
    expect(shown).toEqual(['reminder:jane@outlook.com:review-recovery']);
    // The alarm waits for the next reminder that has not fired yet (the inactivity one).
    const nextDue = Math.min(
      ...reminders.filter((reminder) => reminder.firedFor === null).map((r) => r.dueAt),
    );
    expect(nextDue).toBeGreaterThan(after);
    const alarm = alarms.get('reminders:wake')?.scheduledTime;
    expect(alarm).toBeGreaterThanOrEqual(nextDue);
    expect(alarm).toBeLessThan(nextDue + 1000);
  });

  it('keeps an existing account, filling in its kind when it was unknown', async () => {
    await createAccountsRepo(db).put(
      newAccountRecord({ address: 'ann@contoso.com', addedFrom: 'options', addedAt: 5 }),
    );
    const again = await call({
      type: 'accounts/add',
      address: 'ann@contoso.com',
      kind: 'work-school',
    });
    expect(again).toEqual({
      added: false,
      account: { address: 'ann@contoso.com', kind: 'work-school' },
    });
    expect(await createAccountsRepo(db).get('ann@contoso.com')).toMatchObject({
      addedFrom: 'options',
      addedAt: 5,
      kind: 'work-school',
    });
  });

  it('makes an address seen signing in one of the person’s own accounts when they add it', async () => {
    await createAccountsRepo(db).put(
      newAccountRecord({ address: 'seen@example.org', addedFrom: 'sign-in', addedAt: 7 }),
    );
    const added = await call({
      type: 'accounts/add',
      address: 'seen@example.org',
      kind: 'unknown',
    });
    expect(added).toEqual({
      added: true,
      account: { address: 'seen@example.org', kind: 'unknown' },
    });
    expect(await createAccountsRepo(db).get('seen@example.org')).toMatchObject({
      addedFrom: 'account-check',
      addedAt: 7,
    });
    expect(await call({ type: 'accounts/list' })).toMatchObject({
      accounts: [{ address: 'seen@example.org', kind: 'unknown' }],
    });
  });

  it('refuses phone numbers and non-addresses', async () => {
    await expect(
      call({ type: 'accounts/add', address: '+44 7700 900123', kind: 'unknown' }),
    ).rejects.toThrow();
    await expect(
      call({ type: 'accounts/add', address: 'not an address', kind: 'unknown' }),
    ).rejects.toThrow();
    expect(await createAccountsRepo(db).count()).toBe(0);
  });

  it('lists addresses seen signing in only while the setting allows it', async () => {
    const accounts = createAccountsRepo(db);
    await accounts.put(
      newAccountRecord({ address: 'mine@outlook.com', kind: 'personal', addedFrom: 'options' }),
    );
    await accounts.put(newAccountRecord({ address: 'seen@example.com', addedFrom: 'sign-in' }));

    expect(await call({ type: 'accounts/list' })).toEqual({
      accounts: [{ address: 'mine@outlook.com', kind: 'personal' }],
      signInAddresses: [],
    });
    await createSettingsRepo(db).set('rememberSignInAddresses', true);
    expect(await call({ type: 'accounts/list' })).toEqual({
      accounts: [{ address: 'mine@outlook.com', kind: 'personal' }],
      signInAddresses: ['seen@example.com'],
    });
  });

  it('runs a lookup with the real fetch, keeps the limiter in storage.session, lists and clears', async () => {
    const fetchMock = vi.fn(async () => new Response('{"IfExistsResult":1}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await call({ type: 'lookup/run', address: 'nobody@example.com' });
    expect(result).toMatchObject({ status: 'answered', outcome: { status: 'not-found' } });
    expect(fetchMock).toHaveBeenCalledWith(
      'https://login.microsoftonline.com/common/GetCredentialType?mkt=en-US',
      expect.objectContaining({ credentials: 'omit' }),
    );
    expect(session.get('lookup:timestamps')).toEqual([expect.any(Number)]);

    const listed = await call({ type: 'lookup/list' });
    expect(listed).toEqual({
      allowed: true,
      results: [
        { address: 'nobody@example.com', outcome: 'not-found', checkedAt: expect.any(Number) },
      ],
    });
    await call({ type: 'lookup/clear' });
    expect(await createLookupsRepo(db).list()).toEqual([]);
  });

  it('remembers the organisation’s sign-in host a federated answer names (host and domain only)', async () => {
    const federated = {
      IfExistsResult: 0,
      EstsProperties: { DomainType: 4 },
      Credentials: {
        PrefCredential: 4,
        HasPassword: true,
        FederationRedirectUrl:
          'https://sts.fabrikam.com/adfs/ls/?username=jane%40fabrikam.com&wa=wsignin1.0',
      },
    };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(federated), { status: 200 }));
    const result = await call({ type: 'lookup/run', address: 'jane@fabrikam.com' });
    expect(result).toMatchObject({ status: 'answered' });
    expect(await createOrganisationSignInsRepo(db).list()).toEqual([
      {
        host: 'sts.fabrikam.com',
        organisation: 'fabrikam.com',
        via: 'account-check',
        reachedAt: expect.any(Number),
      },
    ]);
    // A managed domain names no federation host: nothing is remembered.
    vi.stubGlobal('fetch', async () => new Response('{"IfExistsResult":0}', { status: 200 }));
    await call({ type: 'lookup/run', address: 'sam@contoso.com' });
    expect(await createOrganisationSignInsRepo(db).list()).toHaveLength(1);
  });

  it('refuses lookups when the setting is off, and says so in the list', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await createSettingsRepo(db).set('allowOnlineLookups', false);
    expect(await call({ type: 'lookup/run', address: 'nobody@example.com' })).toMatchObject({
      status: 'refused',
      reason: 'lookups-off',
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await call({ type: 'lookup/list' })).toEqual({ allowed: false, results: [] });
  });

  it('reads back the limiter even if storage held something odd', async () => {
    session.set('lookup:timestamps', ['x', null, Number.NaN]);
    vi.stubGlobal('fetch', async () => new Response('{"IfExistsResult":1}'));
    expect(await call({ type: 'lookup/run', address: 'nobody@example.com' })).toMatchObject({
      status: 'answered',
    });
  });
});
