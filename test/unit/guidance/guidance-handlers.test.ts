import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../src/messaging/messages';
import {
  createAccountsRepo,
  createLookupsRepo,
  createSettingsRepo,
  newAccountRecord,
} from '../../../src/storage';
import { useFreshDb } from '../storage/harness';

const fresh = useFreshDb();
let db: Awaited<ReturnType<typeof fresh.open>>;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));
// The reminder engine (alarms, notifications) is the reminders' own business: here it only runs
// the change, as it does before reconciling.
const NOW = Date.UTC(2026, 10, 23, 12);
vi.mock('../../../src/background/reminders', () => ({
  reminderEngine: {
    afterChange: async <T>(change: (now: number) => Promise<T>) => ({
      result: await change(NOW),
      report: {},
    }),
  },
}));

const { guidanceHandlers } = await import('../../../src/background/guidance-handlers');

const signUp = { id: 'ext', url: 'https://signup.live.com/signup', tabId: 3 };
const proofs = { id: 'ext', url: 'https://account.live.com/proofs/manage', tabId: 3 };
const elsewhere = { id: 'ext', url: 'https://login-microsoft.example.net/', tabId: 3 };

function call<T extends keyof typeof guidanceHandlers>(
  message: Message<T>,
  sender: typeof signUp = signUp,
) {
  const handler = guidanceHandlers[message.type as T] as (
    m: Message<T>,
    s: typeof sender,
  ) => unknown;
  return handler(message, sender);
}

async function snapshot() {
  const stores = ['accounts', 'lookups', 'settings', 'sightings', 'reminders'] as const;
  return Object.fromEntries(
    await Promise.all(stores.map(async (store) => [store, await db.getAll(store)])),
  );
}

describe('guidance handlers', () => {
  beforeEach(async () => {
    db = await fresh.open();
  });

  it('answers only content scripts on genuine Microsoft pages', async () => {
    await expect(call({ type: 'guidance/accounts' }, elsewhere)).rejects.toThrow(/genuine/);
    await expect(
      call({ type: 'guidance/address-status', address: 'a@outlook.com' }, elsewhere),
    ).rejects.toThrow(/genuine/);
    await expect(call({ type: 'guidance/get', locale: 'en' }, elsewhere)).rejects.toThrow();
  });

  it('gives the guidance of the sender’s page kind, or of the kind asked for', async () => {
    expect(await call({ type: 'guidance/get', locale: 'en' })).toMatchObject({
      kind: 'sign-up',
      audience: 'personal',
    });
    expect(await call({ type: 'guidance/get', kind: 'sign-in', locale: 'de' })).toMatchObject({
      kind: 'sign-in',
      locale: 'de',
      panel: { title: 'Anmelden' },
    });
  });

  it('answers an address from the extension’s data and stores nothing', async () => {
    await createAccountsRepo(db).put(
      newAccountRecord({ address: 'sam@example.org', addedFrom: 'options', kind: 'personal' }),
    );
    await createLookupsRepo(db).put({
      address: 'kim@example.net',
      outcome: 'exists-personal',
      checkedAt: 1,
    });
    const before = await snapshot();
    expect(
      await call({ type: 'guidance/address-status', address: 'someone@outlook.com' }),
    ).toMatchObject({ existing: 'consumer-domain' });
    expect(
      await call({ type: 'guidance/address-status', address: 'sam@example.org' }),
    ).toMatchObject({ existing: 'listed' });
    expect(
      await call({ type: 'guidance/address-status', address: 'kim@example.net' }),
    ).toMatchObject({ existing: 'looked-up' });
    expect(
      await call({ type: 'guidance/address-status', address: 'lee@example.com' }),
    ).toMatchObject({ existing: null, answer: 'unknown' });
    expect(await snapshot()).toEqual(before);
  });

  it('lists the person’s accounts, and addresses seen signing in only while allowed', async () => {
    const accounts = createAccountsRepo(db);
    await accounts.put(newAccountRecord({ address: 'b@example.org', addedFrom: 'options' }));
    await accounts.put(newAccountRecord({ address: 'a@outlook.com', addedFrom: 'account-check' }));
    await accounts.put(newAccountRecord({ address: 'seen@example.org', addedFrom: 'sign-in' }));
    expect(await call({ type: 'guidance/accounts' })).toEqual({
      addresses: ['a@outlook.com', 'b@example.org'],
    });
    await createSettingsRepo(db).set('rememberSignInAddresses', true);
    expect(await call({ type: 'guidance/accounts' })).toEqual({
      addresses: ['a@outlook.com', 'b@example.org', 'seen@example.org'],
    });
  });

  it('records a recovery review for a listed account, and nothing otherwise', async () => {
    expect(
      await call({ type: 'guidance/recovery-reviewed', address: 'someone@outlook.com' }, proofs),
    ).toEqual({ recorded: false, reason: 'no-accounts' });

    const accounts = createAccountsRepo(db);
    await accounts.put(newAccountRecord({ address: 'someone@outlook.com', addedFrom: 'options' }));
    const before = await snapshot();
    expect(
      await call({ type: 'guidance/recovery-reviewed', address: 'other@outlook.com' }, proofs),
    ).toEqual({ recorded: false, reason: 'not-listed' });
    expect(await snapshot()).toEqual(before);

    expect(
      await call({ type: 'guidance/recovery-reviewed', address: 'Someone@Outlook.com' }, proofs),
    ).toEqual({ recorded: true, address: 'someone@outlook.com', reviewedAt: NOW });
    expect((await accounts.get('someone@outlook.com'))?.recoveryReviewedAt).toBe(NOW);
  });
});

describe('weighing a consent prompt', () => {
  const consent = {
    id: 'ext',
    url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x&scope=openid%20Files.Read.All&prompt=consent',
    tabId: 3,
  };

  it('maps what the page shows and what the sender’s address asks for, and weighs it', async () => {
    expect(
      await call(
        { type: 'guidance/consent', publisher: 'unverified', names: ['Read your mail', 'Nope'] },
        consent,
      ),
    ).toEqual({
      known: ['sign-in', 'mail-read', 'files-read'],
      sensitive: ['mail-read', 'files-read'],
      unknown: ['Nope'],
      risk: 'high',
    });
    expect(
      await call(
        { type: 'guidance/consent', publisher: 'verified', names: ['Read your mail'] },
        consent,
      ),
    ).toMatchObject({ risk: 'low' });
  });

  it('answers only genuine Microsoft pages', async () => {
    await expect(
      call({ type: 'guidance/consent', publisher: 'verified', names: [] }, elsewhere),
    ).rejects.toThrow(/genuine/);
  });
});
