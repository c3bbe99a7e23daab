import { describe, expect, it } from 'vitest';
import {
  createRepositories,
  DB_VERSION,
  DEFAULT_SETTINGS,
  type MigrationDb,
  openAtVersion,
  type Repositories,
} from '../../../src/storage';
import { TEST_DB_NAME, useFreshDb } from './harness';

/**
 * One case per schema version an earlier release may have left behind: seed data as that release
 * wrote it, reopen with the current code, check it is intact (and migrated).
 * When adding migration N+1, add the case `fromVersion: N`.
 */
interface UpgradeCase {
  fromVersion: number;
  seed(db: MigrationDb): Promise<void>;
  verify(repos: Repositories): Promise<void>;
}

const ADDRESS = 'someone@outlook.com';

const CASES: UpgradeCase[] = [
  {
    fromVersion: 0,
    async seed() {},
    async verify(repos) {
      expect(await repos.settings.getAll()).toEqual(DEFAULT_SETTINGS);
      expect(await repos.accounts.count()).toBe(0);
    },
  },
  {
    fromVersion: 1,
    async seed(db) {
      await db.put('settings', 3, 'reminderIntervalMonths');
      await db.put('accounts', {
        address: ADDRESS,
        kind: 'personal',
        label: 'Home',
        addedAt: 1_700_000_000_000,
        addedFrom: 'options',
        recoveryReviewedAt: null,
        setUp: { recoveryEmail: true, phone: null, twoStep: false, authenticatorApp: null },
        lastSeenAt: null,
        reminderIntervalMonths: null,
      });
      await db.add('sightings', {
        url: 'https://login.live.com/login.srf',
        host: 'login.live.com',
        verdict: 'microsoft',
        service: 'microsoft-account',
        kind: 'sign-in',
        seenAt: 1_700_000_000_000,
      });
      await db.put('reminders', {
        id: `${ADDRESS}:review-recovery`,
        account: ADDRESS,
        type: 'review-recovery',
        dueAt: 1_700_000_000_000,
        firedAt: null,
        snoozedUntil: null,
        doneAt: null,
      });
      await db.put('lookups', {
        address: ADDRESS,
        outcome: 'exists',
        checkedAt: 1_700_000_000_000,
      });
    },
    async verify(repos) {
      expect(await repos.settings.get('reminderIntervalMonths')).toBe(3);
      expect(await repos.accounts.get(ADDRESS)).toMatchObject({
        label: 'Home',
        kind: 'personal',
        // Version 2 added the field; older accounts have never recorded a reset.
        lastPasswordResetAt: null,
      });
      expect(await repos.sightings.listRecent(10)).toMatchObject([{ host: 'login.live.com' }]);
      // Version 2 added the fire-once mark: unfired in version 1 means unfired now.
      expect(await repos.reminders.listDue(1_700_000_000_000)).toEqual([
        expect.objectContaining({
          id: `${ADDRESS}:review-recovery`,
          firedAt: null,
          firedFor: null,
        }),
      ]);
      expect(await repos.lookups.get(ADDRESS)).toMatchObject({ outcome: 'exists' });
    },
  },
  {
    fromVersion: 2,
    async seed(db) {
      await db.put('accounts', {
        address: ADDRESS,
        kind: 'personal',
        label: '',
        addedAt: 1_700_000_000_000,
        addedFrom: 'sign-in',
        recoveryReviewedAt: 1_700_000_000_000,
        setUp: { recoveryEmail: true, phone: true, twoStep: true, authenticatorApp: null },
        lastSeenAt: null,
        reminderIntervalMonths: 4,
        lastPasswordResetAt: 1_700_000_500_000,
      });
      await db.put('reminders', {
        id: `${ADDRESS}:sign-devices-in`,
        account: ADDRESS,
        type: 'sign-devices-in',
        dueAt: 1_700_000_500_000,
        firedAt: 1_700_000_600_000,
        firedFor: 1_700_000_500_000,
        snoozedUntil: null,
        doneAt: null,
      });
      await db.put('outbox', {
        id: `${ADDRESS}:sign-devices-in`,
        firedFor: 1_700_000_500_000,
        claimedAt: 1_700_000_600_000,
        attemptAt: 1_700_000_600_000,
        attempts: 1,
      });
    },
    async verify(repos) {
      expect(await repos.accounts.get(ADDRESS)).toMatchObject({
        reminderIntervalMonths: 4,
        lastPasswordResetAt: 1_700_000_500_000,
        // Version 3 added the passkey: not recorded for accounts listed before it.
        setUp: {
          recoveryEmail: true,
          phone: true,
          twoStep: true,
          authenticatorApp: null,
          passkey: null,
        },
      });
      expect(await repos.reminders.list()).toEqual([
        expect.objectContaining({ firedFor: 1_700_000_500_000, firedAt: 1_700_000_600_000 }),
      ]);
      // Version 4 added the store of the organisation's sign-in pages, empty.
      expect(await repos.organisationSignIns.list()).toEqual([]);
    },
  },
  {
    fromVersion: 3,
    async seed(db) {
      await db.put('accounts', {
        address: ADDRESS,
        kind: 'personal',
        label: '',
        addedAt: 1_700_000_000_000,
        addedFrom: 'options',
        recoveryReviewedAt: null,
        setUp: {
          recoveryEmail: null,
          phone: null,
          twoStep: null,
          authenticatorApp: true,
          passkey: true,
        },
        lastSeenAt: null,
        reminderIntervalMonths: null,
        lastPasswordResetAt: null,
      });
    },
    async verify(repos) {
      expect((await repos.accounts.get(ADDRESS))?.setUp).toMatchObject({
        authenticatorApp: true,
        passkey: true,
      });
      // Version 4 added the store of the organisation's sign-in pages, empty.
      expect(await repos.organisationSignIns.list()).toEqual([]);
    },
  },
  {
    fromVersion: 4,
    async seed(db) {
      await db.put('organisationSignIns', {
        host: 'sts.contoso.com',
        organisation: 'contoso.com',
        via: 'sign-in-page',
        reachedAt: 1_700_000_000_000,
      });
    },
    async verify(repos) {
      expect(await repos.organisationSignIns.get('sts.contoso.com')).toMatchObject({
        organisation: 'contoso.com',
      });
    },
  },
];

describe('the version 2 migration', () => {
  const fresh = useFreshDb();

  it('marks reminders that fired in version 1 as fired for their due date or snooze end', async () => {
    const factory = fresh.factory();
    const old = await openAtVersion({ factory, name: TEST_DB_NAME, version: 1 });
    const base = { account: ADDRESS, snoozedUntil: null, doneAt: null };
    await old.put('reminders', {
      ...base,
      id: `${ADDRESS}:review-recovery`,
      type: 'review-recovery',
      dueAt: 1_000,
      firedAt: 1_500,
    });
    await old.put('reminders', {
      ...base,
      id: `${ADDRESS}:sign-devices-in`,
      type: 'sign-devices-in',
      dueAt: 1_000,
      firedAt: 3_000,
      snoozedUntil: 2_000,
    });
    await old.put('reminders', {
      ...base,
      id: `${ADDRESS}:inactive-account`,
      type: 'inactive-account',
      dueAt: 1_000,
      firedAt: 1_200,
      // Snoozed after it fired: the snooze end has not fired yet.
      snoozedUntil: 5_000,
    });
    old.close();

    const repos = createRepositories(await fresh.open(factory));
    const firedFor = Object.fromEntries(
      (await repos.reminders.list()).map((r) => [r.type, r.firedFor]),
    );
    expect(firedFor).toEqual({
      'review-recovery': 1_000,
      'sign-devices-in': 2_000,
      'inactive-account': 1_000,
    });
  });
});

describe('opening a database left by an older version', () => {
  const fresh = useFreshDb();

  it('has a case for every older version', () => {
    expect(CASES.map((c) => c.fromVersion)).toEqual(
      Array.from({ length: DB_VERSION + 1 }, (_, version) => version),
    );
  });

  it.each(CASES)(
    'keeps the data of version $fromVersion',
    async ({ fromVersion, seed, verify }) => {
      const factory = fresh.factory();
      if (fromVersion > 0) {
        const old = await openAtVersion({ factory, name: TEST_DB_NAME, version: fromVersion });
        expect(old.version).toBe(fromVersion);
        await seed(old);
        old.close();
      }

      const reports: unknown[] = [];
      const db = await fresh.open(factory);
      expect(db.version).toBe(DB_VERSION);
      await verify(createRepositories(db, { onCorruptRecord: (report) => reports.push(report) }));
      expect(reports).toEqual([]);
    },
  );
});
