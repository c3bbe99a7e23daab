import { describe, expect, it } from 'vitest';
import {
  type AccountRecord,
  AccountRecordSchema,
  createAccountsRepo,
  newAccountRecord,
} from '../../../src/storage';
import { collectCorruptReports, useFreshDb } from './harness';

const account = (overrides: Partial<AccountRecord> = {}): AccountRecord => ({
  ...newAccountRecord({ address: 'person@outlook.com', addedFrom: 'options', addedAt: 1_000 }),
  ...overrides,
});

describe('accounts repository', () => {
  const fresh = useFreshDb();

  it('creates, reads, updates and deletes, normalising the address', async () => {
    const accounts = createAccountsRepo(await fresh.open());
    const stored = await accounts.put(account({ address: '  Person@Outlook.COM ' }));
    expect(stored.address).toBe('person@outlook.com');
    expect(AccountRecordSchema.parse(stored)).toEqual(stored);

    expect(await accounts.get('PERSON@outlook.com')).toEqual(stored);
    const updated = await accounts.update('person@outlook.com', {
      kind: 'personal',
      recoveryReviewedAt: 2_000,
      setUp: {
        recoveryEmail: true,
        phone: true,
        twoStep: true,
        authenticatorApp: false,
        passkey: true,
      },
    });
    expect(updated).toMatchObject({ kind: 'personal', recoveryReviewedAt: 2_000, addedAt: 1_000 });
    expect(await accounts.get('person@outlook.com')).toEqual(updated);

    await accounts.delete('Person@outlook.com');
    expect(await accounts.get('person@outlook.com')).toBeUndefined();
    expect(await accounts.count()).toBe(0);
  });

  it('lists all accounts and by kind', async () => {
    const accounts = createAccountsRepo(await fresh.open());
    await accounts.put(account({ address: 'b@contoso.com', kind: 'work-school' }));
    await accounts.put(account({ address: 'a@hotmail.com', kind: 'personal' }));
    await accounts.put(account({ address: 'c@contoso.com', kind: 'work-school' }));
    expect((await accounts.list()).map((a) => a.address)).toEqual([
      'a@hotmail.com',
      'b@contoso.com',
      'c@contoso.com',
    ]);
    expect((await accounts.listByKind('work-school')).map((a) => a.address)).toEqual([
      'b@contoso.com',
      'c@contoso.com',
    ]);
  });

  it.each([
    ['a password', { password: 'hunter2' }],
    ['an address that is not one', { address: 'not-an-address' }],
    ['an unknown kind', { kind: 'family' }],
    ['an unknown source', { addedFrom: 'web' }],
    ['an out-of-range reminder interval', { reminderIntervalMonths: 13 }],
    ['a non-integer time', { addedAt: 1.5 }],
    ['an extra set-up field', { setUp: { ...account().setUp, pin: '1234' } }],
  ])('rejects a record with %s', async (_, overrides) => {
    const accounts = createAccountsRepo(await fresh.open());
    await expect(accounts.put(account(overrides as Partial<AccountRecord>))).rejects.toMatchObject({
      name: 'StorageError',
      code: 'invalid-record',
    });
    expect(await accounts.count()).toBe(0);
  });

  it('rejects an invalid update and leaves the record as it was', async () => {
    const accounts = createAccountsRepo(await fresh.open());
    const stored = await accounts.put(account());
    await expect(accounts.update(stored.address, { kind: 'nope' as never })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await accounts.get(stored.address)).toEqual(stored);
  });

  it('reports not-found when updating a missing account', async () => {
    const accounts = createAccountsRepo(await fresh.open());
    await expect(accounts.update('nobody@outlook.com', { label: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('never returns the stored error message with the rejected value', async () => {
    const accounts = createAccountsRepo(await fresh.open());
    const failure = await accounts
      .put(account({ password: 'hunter2' } as Partial<AccountRecord>))
      .catch((e: Error) => e);
    expect(String((failure as Error).message)).not.toContain('hunter2');
  });

  it('skips and reports corrupt stored accounts', async () => {
    const db = await fresh.open();
    const { reports, onCorruptRecord } = collectCorruptReports();
    const accounts = createAccountsRepo(db, { onCorruptRecord });
    await accounts.put(account({ address: 'good@outlook.com' }));
    await db.put('accounts', { address: 'bad@outlook.com', kind: 'personal' } as AccountRecord);
    expect((await accounts.list()).map((a) => a.address)).toEqual(['good@outlook.com']);
    expect(await accounts.get('bad@outlook.com')).toBeUndefined();
    expect(reports.map((report) => report.key)).toEqual(['bad@outlook.com', 'bad@outlook.com']);
  });
});
