import { describe, expect, it } from 'vitest';
import {
  type AccountRecord,
  applyImport,
  buildExport,
  createRepositories,
  DEFAULT_SETTINGS,
  deleteAllUserData,
  diffImport,
  EXPORT_FORMAT,
  type ExportFile,
  exportFileName,
  formatPath,
  hasChanges,
  type LookupRecord,
  MAX_ACCOUNTS,
  MAX_IMPORT_CHARS,
  newAccountRecord,
  parseExport,
  previewImport,
  type ReminderRecord,
  readUserData,
  replaceUserData,
  serialiseExport,
  type UserData,
} from '../../../src/storage';
import { useFreshDb } from './harness';

const T = 1_750_000_000_000;

function account(address: string, overrides: Partial<AccountRecord> = {}): AccountRecord {
  return {
    ...newAccountRecord({ address, addedFrom: 'options', kind: 'personal', addedAt: T }),
    ...overrides,
  };
}

function reminder(address: string, overrides: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    id: `${address}:review-recovery`,
    account: address,
    type: 'review-recovery',
    dueAt: T + 1000,
    firedAt: null,
    firedFor: null,
    snoozedUntil: null,
    doneAt: null,
    ...overrides,
  };
}

function sampleData(): UserData {
  return {
    settings: { ...DEFAULT_SETTINGS, reminderIntervalMonths: 3, rememberSignInAddresses: true },
    accounts: [
      account('zoe@outlook.com', {
        label: 'Personal',
        setUp: {
          recoveryEmail: true,
          phone: false,
          twoStep: true,
          authenticatorApp: null,
          passkey: null,
        },
        recoveryReviewedAt: T - 5000,
      }),
      account('sam@contoso.com', { kind: 'work-school', reminderIntervalMonths: 2 }),
    ],
    reminders: [
      reminder('zoe@outlook.com', { firedAt: T + 2000, firedFor: T + 1000 }),
      reminder('sam@contoso.com', { snoozedUntil: T + 9000 }),
    ],
    lookups: [{ address: 'zoe@outlook.com', outcome: 'exists', checkedAt: T }],
    organisationSignIns: [
      { host: 'sts.contoso.com', organisation: 'contoso.com', via: 'sign-in-page', reachedAt: T },
    ],
  };
}

function fileText(data: UserData = sampleData(), patch?: (file: ExportFile) => unknown): string {
  const file = buildExport(data, T);
  return JSON.stringify(patch ? patch(structuredClone(file)) : file);
}

function problemsOf(text: string) {
  const result = parseExport(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems.map(({ path, reason }) => ({ path, reason }));
}

describe('export file', () => {
  it('has the versioned header and a stable order', () => {
    const file = buildExport(sampleData(), T);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: T });
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'accounts',
      'reminders',
      'lookups',
      'organisationSignIns',
    ]);
    expect(file.accounts.map((a) => a.address)).toEqual(['sam@contoso.com', 'zoe@outlook.com']);
    expect(serialiseExport(file)).toBe(serialiseExport(buildExport(sampleData(), T)));
    expect(exportFileName(Date.UTC(2025, 6, 15, 12))).toBe('account-helper-2025-07-15.json');
  });

  it('keeps the organisation’s sign-in pages, reads older files without them, refuses extras', () => {
    const file = buildExport(sampleData(), T);
    const older = JSON.parse(serialiseExport(file));
    delete older.organisationSignIns;
    const parsed = parseExport(JSON.stringify(older));
    expect(parsed.ok && parsed.file.organisationSignIns).toEqual([]);

    const doubled = JSON.parse(serialiseExport(file));
    doubled.organisationSignIns.push({ ...doubled.organisationSignIns[0] });
    const dup = parseExport(JSON.stringify(doubled));
    expect(dup.ok).toBe(false);
    expect(!dup.ok && dup.problems[0]?.path).toBe('organisationSignIns[1].host');

    const withSecret = JSON.parse(serialiseExport(file));
    withSecret.organisationSignIns[0].password = 'hunter2';
    expect(parseExport(JSON.stringify(withSecret)).ok).toBe(false);
    const badHost = JSON.parse(serialiseExport(file));
    badHost.organisationSignIns[0].host = 'https://sts.contoso.com/adfs';
    expect(parseExport(JSON.stringify(badHost)).ok).toBe(false);
  });

  it('round-trips through its text', () => {
    const file = buildExport(sampleData(), T);
    const parsed = parseExport(serialiseExport(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it('takes the default for a setting the file does not have', () => {
    const text = fileText(sampleData(), (file) => {
      delete (file.settings as Partial<ExportFile['settings']>).lookalikeGuard;
      return file;
    });
    const parsed = parseExport(text);
    expect(parsed.ok && parsed.file.settings.lookalikeGuard).toBe(DEFAULT_SETTINGS.lookalikeGuard);
  });

  it('reads a file from before passkeys were recorded as "not recorded"', () => {
    const text = fileText(sampleData(), (file) => {
      for (const account of file.accounts) {
        delete (account.setUp as Partial<ExportFile['accounts'][number]['setUp']>).passkey;
      }
      return file;
    });
    const parsed = parseExport(text);
    expect(parsed.ok && parsed.file.accounts.map((a) => a.setUp.passkey)).toEqual([null, null]);
  });

  it('formats paths the way a person can find them', () => {
    expect(formatPath([])).toBe('(file)');
    expect(formatPath(['accounts', 2, 'address'])).toBe('accounts[2].address');
    expect(formatPath(['settings', 'odd key'])).toBe('settings["odd key"]');
  });
});

describe('rejecting a malformed or hostile file', () => {
  it.each([
    [
      'not JSON',
      '{"format": "account-helper-export",',
      '(file)',
      /^This file can’t be read as an Account Helper export\. Choose/,
    ],
    ['empty', '   ', '(file)', /empty/],
    ['an array', '[]', '(file)', /Expected a JSON object/],
    ['another format', '{"format":"something-else","version":1}', 'format', /not an Account/],
    ['no format', '{"version":1}', 'format', /Missing/],
  ])('%s', (_name, text, path, reason) => {
    expect(problemsOf(text)).toEqual([{ path, reason: expect.stringMatching(reason) }]);
  });

  it('a newer version, and a version that is not a number', () => {
    expect(problemsOf(fileText(undefined, (f) => ({ ...f, version: 2 })))).toEqual([
      { path: 'version', reason: expect.stringMatching(/version 2, made by a newer Account/) },
    ]);
    expect(problemsOf(fileText(undefined, (f) => ({ ...f, version: '1' })))).toEqual([
      { path: 'version', reason: 'Expected version 1, found "1".' },
    ]);
  });

  it('prototype-polluting keys, wherever they are', () => {
    const text = fileText().replace(
      '"label":"Personal"',
      '"label":"Personal","__proto__":{"isAdmin":true}',
    );
    expect(problemsOf(text)).toEqual([
      { path: 'accounts[1].__proto__', reason: expect.stringMatching(/not allowed/) },
    ]);
    expect(problemsOf('{"constructor":{"prototype":{}}}')[0]?.path).toBe('constructor');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('huge files and huge arrays, before validating any record', () => {
    expect(problemsOf(' '.repeat(MAX_IMPORT_CHARS + 1))).toEqual([
      { path: '(file)', reason: expect.stringMatching(/at most 2.0 MB/) },
    ]);
    const many = fileText(undefined, (f) => ({ ...f, lookups: Array(5000).fill(0) }));
    expect(problemsOf(many)).toEqual([
      { path: 'lookups', reason: expect.stringMatching(/Has 5000 entries/) },
    ]);
    const tooManyAccounts = fileText(undefined, (f) => ({
      ...f,
      reminders: [],
      accounts: Array.from({ length: MAX_ACCOUNTS + 1 }, (_, i) => account(`a${i}@outlook.com`)),
    }));
    expect(problemsOf(tooManyAccounts)).toEqual([
      { path: 'accounts', reason: expect.stringMatching(/1000/) },
    ]);
  });

  it('deep nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20; i += 1) deep = { a: deep };
    const problems = problemsOf(fileText(undefined, (f) => ({ ...f, lookups: [deep] })));
    expect(problems[0]?.reason).toMatch(/Nested too deeply/);
  });

  it('bad addresses, with where they are', () => {
    const text = fileText(undefined, (f) => {
      (f.accounts[0] as AccountRecord).address = 'not-an-address';
      (f.accounts[1] as AccountRecord).address = 'Zoe@Outlook.com';
      return f;
    });
    const problems = problemsOf(text);
    expect(problems).toContainEqual({
      path: 'accounts[0].address',
      reason: 'Expected an email address or a phone number',
    });
    expect(problems).toContainEqual({
      path: 'accounts[1].address',
      reason: 'Expected a lowercase address',
    });
  });

  it('anything beyond the declared fields, such as a password', () => {
    const text = fileText(undefined, (f) => {
      (f.accounts[0] as unknown as Record<string, unknown>).password = 'hunter2';
      return f;
    });
    expect(problemsOf(text)).toEqual([
      { path: 'accounts[0]', reason: expect.stringMatching(/Unexpected field "password"/) },
    ]);
    expect(JSON.stringify(problemsOf(text))).not.toContain('hunter2');
    const extraTop = fileText(undefined, (f) => ({ ...f, sightings: [] }));
    expect(problemsOf(extraTop)[0]).toMatchObject({ path: '(file)' });
    const badSetting = fileText(undefined, (f) => {
      f.settings.reminderIntervalMonths = 13;
      return f;
    });
    expect(problemsOf(badSetting)[0]?.path).toBe('settings.reminderIntervalMonths');
  });

  it('duplicates and reminders without their account', () => {
    const text = fileText(undefined, (f) => {
      f.accounts.push(structuredClone(f.accounts[0] as AccountRecord));
      f.reminders.push(reminder('ghost@outlook.com'));
      return f;
    });
    expect(problemsOf(text)).toEqual([
      {
        path: 'accounts[2].address',
        reason: '"sam@contoso.com" appears twice (also at accounts[0]).',
      },
      {
        path: 'reminders[2].account',
        reason: 'No account "ghost@outlook.com" in this file\'s accounts.',
      },
    ]);
  });

  it('a reminder whose id does not match its account and type', () => {
    const text = fileText(undefined, (f) => {
      (f.reminders[0] as ReminderRecord).id = 'sam@contoso.com:inactive-account';
      return f;
    });
    expect(problemsOf(text)).toEqual([
      { path: 'reminders[0].id', reason: expect.stringMatching(/<account>:<type>/) },
    ]);
  });
});

describe('import preview', () => {
  it('names every lookalike site the file would stop warning about (not "settings: 1 changed")', () => {
    const current = sampleData();
    current.settings.dismissedLookalikeHosts = ['old.example'];
    const incoming = structuredClone(current);
    const hosts = Array.from({ length: 1000 }, (_, i) => `login-micros0ft-${i}.example`);
    incoming.settings.dismissedLookalikeHosts = ['old.example', ...hosts];
    const preview = diffImport(current, incoming);
    expect(preview.settings.changed).toBe(1);
    expect(preview.newlyDismissedHosts).toEqual([...hosts].sort());
    expect(diffImport(current, structuredClone(current)).newlyDismissedHosts).toEqual([]);
  });

  it('counts what is added, changed and removed in each store', () => {
    const current = sampleData();
    const incoming = structuredClone(current);
    incoming.settings.allowOnlineLookups = false;
    (incoming.accounts[0] as AccountRecord).label = 'Renamed';
    incoming.accounts.push(account('new@outlook.com'));
    incoming.lookups = [];
    const preview = diffImport(current, incoming);
    expect(preview).toEqual({
      settings: { added: 0, changed: 1, removed: 0, unchanged: 4 },
      accounts: { added: 1, changed: 1, removed: 0, unchanged: 1 },
      reminders: { added: 0, changed: 0, removed: 0, unchanged: 2 },
      lookups: { added: 0, changed: 0, removed: 1, unchanged: 0 },
      organisationSignIns: { added: 0, changed: 0, removed: 0, unchanged: 1 },
      newlyDismissedHosts: [],
    });
    expect(hasChanges(preview)).toBe(true);
    expect(hasChanges(diffImport(current, structuredClone(current)))).toBe(false);
  });

  it('ignores key order', () => {
    const current = sampleData();
    const reordered = structuredClone(current);
    reordered.accounts = reordered.accounts.map(
      (a) => Object.fromEntries(Object.entries(a).reverse()) as AccountRecord,
    );
    expect(diffImport(current, reordered).accounts.changed).toBe(0);
  });
});

describe('export and import against the database', () => {
  const fresh = useFreshDb();

  async function seed() {
    const db = await fresh.open();
    const repos = createRepositories(db);
    const data = sampleData();
    await repos.settings.update(data.settings);
    for (const a of data.accounts) await repos.accounts.put(a);
    for (const r of data.reminders) await repos.reminders.put(r);
    for (const l of data.lookups as LookupRecord[]) await repos.lookups.put(l);
    for (const o of data.organisationSignIns) await repos.organisationSignIns.put(o);
    await repos.sightings.record({
      url: 'https://login.live.com/login.srf?username=zoe%40outlook.com&token=secret',
      verdict: 'microsoft',
      service: 'microsoft-account',
      kind: 'sign-in',
      seenAt: T,
    });
    return { db, repos };
  }

  it('export → delete everything → import gives back the same data', async () => {
    const { db, repos } = await seed();
    const before = await readUserData(db);
    const text = serialiseExport(buildExport(before, T));
    expect(text).not.toContain('login.live.com');
    expect(text).not.toContain('secret');

    expect(before.organisationSignIns.map((o) => o.host)).toEqual(['sts.contoso.com']);
    await deleteAllUserData(db);
    expect(await repos.organisationSignIns.list()).toEqual([]);
    expect(await repos.accounts.count()).toBe(0);
    expect(await repos.sightings.count()).toBe(0);
    expect(await repos.settings.getAll()).toEqual(DEFAULT_SETTINGS);

    const preview = await previewImport(db, text);
    expect(preview).toMatchObject({
      ok: true,
      exportedAt: T,
      preview: {
        accounts: { added: 2 },
        reminders: { added: 2 },
        lookups: { added: 1 },
        organisationSignIns: { added: 1 },
      },
    });
    expect(await repos.accounts.count()).toBe(0);

    expect((await applyImport(db, text)).ok).toBe(true);
    expect(await readUserData(db)).toEqual(before);
  });

  it('a rejected file changes nothing', async () => {
    const { db } = await seed();
    const before = await readUserData(db);
    const hostile = fileText(undefined, (f) => {
      f.accounts = [];
      (f.reminders[0] as ReminderRecord).account = 'Bad Address';
      return f;
    });
    const outcome = await applyImport(db, hostile);
    expect(outcome.ok).toBe(false);
    expect(await readUserData(db)).toEqual(before);
  });

  it('replaces all or nothing when a record fails at write time', async () => {
    const { db } = await seed();
    const before = await readUserData(db);
    const broken = {
      ...sampleData(),
      accounts: [account('a@outlook.com', { kind: 'x' as never })],
    };
    await expect(replaceUserData(db, broken)).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await readUserData(db)).toEqual(before);
  });
});
