import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../src/core/accounts/parse-phone';
import {
  AccountAddressSchema,
  AccountRecordSchema,
  buildExport,
  createAccountsRepo,
  DEFAULT_SETTINGS,
  deleteAllUserData,
  isPhoneAddress,
  newAccountRecord,
  normaliseAddress,
  parseExport,
  readUserData,
  replaceUserData,
  serialiseExport,
  type UserData,
} from '../../../src/storage';
import { useFreshDb } from './harness';

const T = 1_750_000_000_000;

describe('a phone number as an account', () => {
  it('normalises the way the account check parses it', () => {
    for (const typed of [
      '+1 425 555 0100',
      '+1 (425) 555-0100',
      ' 001 425 555 0100 ',
      '(425) 555-0100',
    ]) {
      const parsed = parsePhone(typed, typed.trim());
      expect(parsed.ok && parsed.phone).toBe(normaliseAddress(typed));
    }
    expect(normaliseAddress('+1 425 555 0100')).toBe('+14255550100');
    expect(normaliseAddress(' Person@Outlook.COM ')).toBe('person@outlook.com');
  });

  it('is accepted by the record schema once normalised, and told apart from an address', () => {
    expect(AccountAddressSchema.safeParse('+14255550100').success).toBe(true);
    expect(AccountAddressSchema.safeParse('4255550100').success).toBe(true);
    const record = newAccountRecord({
      address: '+44 7700 900123',
      addedFrom: 'options',
      addedAt: T,
    });
    expect(AccountRecordSchema.parse(record).address).toBe('+447700900123');
    expect(isPhoneAddress(record.address)).toBe(true);
    expect(isPhoneAddress('person@outlook.com')).toBe(false);
  });

  it.each([
    ['not normalised', '+1 425 555 0100'],
    ['too short', '+12345'],
    ['too long', '+1234567890123456'],
    ['letters', '+1425555CALL'],
    ['a plus inside', '1425+5550100'],
    ['two plus signs', '++14255550100'],
    ['junk', 'hello'],
    ['very long digits', '1'.repeat(160_000)],
  ])('rejects a phone-like junk value: %s', (_, value) => {
    expect(AccountAddressSchema.safeParse(value).success).toBe(false);
  });

  it('rejects 160,000 characters of digits', () => {
    expect(AccountAddressSchema.safeParse(`+${'1'.repeat(160_000)}`).success).toBe(false);
    expect(normaliseAddress(` +${'1 '.repeat(80_000)}`)).not.toMatch(/^\+\d{7,15}$/);
  });
});

describe('phone accounts in the database and the export file', () => {
  const fresh = useFreshDb();

  function data(): UserData {
    return {
      settings: DEFAULT_SETTINGS,
      accounts: [
        newAccountRecord({ address: '+1 425 555 0100', addedFrom: 'options', addedAt: T }),
        newAccountRecord({ address: 'zoe@outlook.com', addedFrom: 'options', addedAt: T }),
      ],
      reminders: [
        {
          id: '+14255550100:review-recovery',
          account: '+14255550100',
          type: 'review-recovery',
          dueAt: T + 1000,
          firedAt: null,
          firedFor: null,
          snoozedUntil: null,
          doneAt: null,
        },
      ],
      lookups: [],
      organisationSignIns: [],
    };
  }

  it('stores, finds by any spelling, and deletes a phone account', async () => {
    const accounts = createAccountsRepo(await fresh.open());
    const stored = await accounts.put(
      newAccountRecord({ address: '+1 (425) 555-0100', addedFrom: 'options', addedAt: T }),
    );
    expect(stored.address).toBe('+14255550100');
    expect(await accounts.get('+1 425 555 0100')).toEqual(stored);
    await accounts.delete('+1-425-555-0100');
    expect(await accounts.get('+14255550100')).toBeUndefined();
  });

  it('export → delete everything → import gives the phone account and its reminder back', async () => {
    const db = await fresh.open();
    await replaceUserData(db, data());
    const before = await readUserData(db);
    expect(before.accounts.map((a) => a.address)).toContain('+14255550100');
    const text = serialiseExport(buildExport(before, T));

    await deleteAllUserData(db);
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await replaceUserData(db, {
      settings: parsed.file.settings,
      accounts: parsed.file.accounts,
      reminders: parsed.file.reminders,
      lookups: parsed.file.lookups,
      organisationSignIns: parsed.file.organisationSignIns,
    });
    expect(await readUserData(db)).toEqual(before);
  });

  it('refuses an import whose phone account is not normalised or is junk', () => {
    const file = buildExport(data(), T);
    for (const bad of ['+1 425 555 0100', '+1425', 'tel:+14255550100']) {
      const hostile = structuredClone(file);
      const index = hostile.accounts.findIndex((a) => a.address === '+14255550100');
      (hostile.accounts[index] as { address: string }).address = bad;
      const result = parseExport(JSON.stringify(hostile));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems.map((p) => p.path)).toContain(
        `accounts[${index}].address`,
      );
    }
  });
});
