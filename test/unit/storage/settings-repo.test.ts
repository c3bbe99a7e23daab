import { describe, expect, it } from 'vitest';
import { createSettingsRepo, DEFAULT_SETTINGS, SettingsSchema } from '../../../src/storage';
import { collectCorruptReports, useFreshDb } from './harness';

describe('settings repository', () => {
  const fresh = useFreshDb();

  it('reads defaults when nothing is stored', async () => {
    const settings = createSettingsRepo(await fresh.open());
    expect(await settings.getAll()).toEqual({
      rememberSignInAddresses: false,
      allowOnlineLookups: true,
      reminderIntervalMonths: 6,
      lookalikeGuard: true,
      dismissedLookalikeHosts: [],
    });
    expect(await settings.get('allowOnlineLookups')).toBe(true);
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('stores and reads back values', async () => {
    const settings = createSettingsRepo(await fresh.open());
    await settings.set('reminderIntervalMonths', 12);
    expect(await settings.update({ rememberSignInAddresses: true })).toMatchObject({
      reminderIntervalMonths: 12,
      rememberSignInAddresses: true,
    });
    expect(await settings.get('reminderIntervalMonths')).toBe(12);
  });

  it('falls back to the default (and reports) when a stored value is invalid', async () => {
    const db = await fresh.open();
    await db.put('settings', 42, 'reminderIntervalMonths');
    await db.put('settings', 'yes', 'allowOnlineLookups');
    await db.put('settings', true, 'someRemovedSetting' as never);
    const { reports, onCorruptRecord } = collectCorruptReports();
    const settings = createSettingsRepo(db, { onCorruptRecord });

    expect(await settings.get('reminderIntervalMonths')).toBe(6);
    expect(await settings.getAll()).toEqual(DEFAULT_SETTINGS);
    expect(reports.map((report) => report.key)).toEqual([
      'reminderIntervalMonths',
      'allowOnlineLookups',
      'reminderIntervalMonths',
    ]);
  });

  it('rejects invalid values and unknown names without writing anything', async () => {
    const settings = createSettingsRepo(await fresh.open());
    await expect(settings.set('reminderIntervalMonths', 13)).rejects.toMatchObject({
      code: 'invalid-record',
    });
    await expect(
      settings.update({ lookalikeGuard: false, reminderIntervalMonths: 0 }),
    ).rejects.toMatchObject({ code: 'invalid-record' });
    await expect(
      settings.update({ password: 'hunter2' } as unknown as { lookalikeGuard: boolean }),
    ).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await settings.getAll()).toEqual(DEFAULT_SETTINGS);
  });

  it('resets one setting or all of them', async () => {
    const settings = createSettingsRepo(await fresh.open());
    await settings.update({ lookalikeGuard: false, reminderIntervalMonths: 2 });
    await settings.reset('lookalikeGuard');
    expect(await settings.getAll()).toMatchObject({
      lookalikeGuard: true,
      reminderIntervalMonths: 2,
    });
    await settings.reset();
    expect(await settings.getAll()).toEqual(DEFAULT_SETTINGS);
  });
});
