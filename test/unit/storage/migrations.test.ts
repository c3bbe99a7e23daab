import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, migrationsBetween } from '../../../src/storage';

describe('MIGRATIONS', () => {
  it('is contiguous from version 1 and ends at DB_VERSION', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: MIGRATIONS.length }, (_, index) => index + 1),
    );
    expect(MIGRATIONS.at(-1)?.version).toBe(DB_VERSION);
  });

  it('describes every migration', () => {
    for (const migration of MIGRATIONS) expect(migration.description.trim()).not.toBe('');
  });

  it('selects the migrations with oldVersion < version <= newVersion, in order', () => {
    const migrations = [3, 1, 2].map((version) => ({
      version,
      description: `v${version}`,
      migrate() {},
    }));
    expect(migrationsBetween(0, 3, migrations).map((m) => m.version)).toEqual([1, 2, 3]);
    expect(migrationsBetween(1, 2, migrations).map((m) => m.version)).toEqual([2]);
    expect(migrationsBetween(3, 3, migrations)).toEqual([]);
  });
});
