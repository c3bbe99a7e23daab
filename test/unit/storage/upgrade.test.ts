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
      expect(await repos.accounts.get(ADDRESS)).toMatchObject({ label: 'Home', kind: 'personal' });
      expect(await repos.sightings.listRecent(10)).toMatchObject([{ host: 'login.live.com' }]);
      expect(await repos.reminders.listDue(1_700_000_000_000)).toHaveLength(1);
      expect(await repos.lookups.get(ADDRESS)).toMatchObject({ outcome: 'exists' });
    },
  },
];

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
