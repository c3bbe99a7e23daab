import { describe, expect, it } from 'vitest';
import {
  createLookupsRepo,
  createRemindersRepo,
  type ReminderRecord,
  reminderId,
} from '../../../src/storage';
import { useFreshDb } from './harness';

const reminder = (overrides: Partial<ReminderRecord> = {}): ReminderRecord => ({
  id: reminderId('me@outlook.com', 'review-recovery'),
  account: 'me@outlook.com',
  type: 'review-recovery',
  dueAt: 1_000,
  firedAt: null,
  firedFor: null,
  snoozedUntil: null,
  doneAt: null,
  ...overrides,
});

describe('reminders repository', () => {
  const fresh = useFreshDb();

  it('puts, gets and deletes', async () => {
    const reminders = createRemindersRepo(await fresh.open());
    const stored = await reminders.put(reminder());
    expect(stored.id).toBe('me@outlook.com:review-recovery');
    expect(await reminders.get(stored.id)).toEqual(stored);
    expect(await reminders.listForAccount('Me@Outlook.com')).toEqual([stored]);
    await reminders.delete(stored.id);
    expect(await reminders.get(stored.id)).toBeUndefined();
  });

  it('lists reminders due, not done and not snoozed, earliest first', async () => {
    const reminders = createRemindersRepo(await fresh.open());
    const forType = (type: ReminderRecord['type'], overrides: Partial<ReminderRecord>) =>
      reminder({ id: reminderId('me@outlook.com', type), type, ...overrides });
    await reminders.put(forType('review-recovery', { dueAt: 500 }));
    await reminders.put(forType('sign-devices-in', { dueAt: 100 }));
    await reminders.put(forType('inactive-account', { dueAt: 2_000 }));
    expect((await reminders.listDue(1_000)).map((r) => r.type)).toEqual([
      'sign-devices-in',
      'review-recovery',
    ]);

    await reminders.put(forType('sign-devices-in', { dueAt: 100, snoozedUntil: 1_500 }));
    await reminders.put(forType('review-recovery', { dueAt: 500, doneAt: 900 }));
    expect(await reminders.listDue(1_000)).toEqual([]);
    expect((await reminders.listDue(3_000)).map((r) => r.type)).toEqual([
      'sign-devices-in',
      'inactive-account',
    ]);
  });

  it('rejects an id that does not match account and type', async () => {
    const reminders = createRemindersRepo(await fresh.open());
    await expect(reminders.put(reminder({ id: 'something-else' }))).rejects.toMatchObject({
      code: 'invalid-record',
    });
  });
});

describe('lookups repository', () => {
  const fresh = useFreshDb();

  it('puts, gets, lists and clears lookup results', async () => {
    const lookups = createLookupsRepo(await fresh.open());
    await lookups.put({ address: 'B@Outlook.com', outcome: 'exists', checkedAt: 2_000 });
    await lookups.put({ address: 'a@outlook.com', outcome: 'not-found', checkedAt: 1_000 });
    expect(await lookups.get('b@outlook.com')).toEqual({
      address: 'b@outlook.com',
      outcome: 'exists',
      checkedAt: 2_000,
    });
    expect((await lookups.list()).map((l) => l.address)).toEqual([
      'a@outlook.com',
      'b@outlook.com',
    ]);

    await lookups.delete('a@outlook.com');
    expect(await lookups.list()).toHaveLength(1);
    await lookups.clear();
    expect(await lookups.list()).toEqual([]);
  });

  it('rejects invalid lookup results', async () => {
    const lookups = createLookupsRepo(await fresh.open());
    await expect(
      lookups.put({ address: 'a@outlook.com', outcome: '', checkedAt: 1 }),
    ).rejects.toMatchObject({ code: 'invalid-record' });
  });
});
