import { describe, expect, it } from 'vitest';
import {
  computeDueReminders,
  DEFAULT_REMINDER_SETTINGS,
  type Reminder,
  type ReminderSettings,
} from '../../../src/core/reminders';
import { iso, makeAccount, REVIEWED_WHEN_ADDED, utc } from './support';

const settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS;
const now = utc(2025, 6, 1);

function dueOf(reminders: Reminder[], type: Reminder['type']): string | undefined {
  const found = reminders.find((reminder) => reminder.type === type);
  return found === undefined ? undefined : iso(found.dueAt);
}

describe('computeDueReminders: review-recovery', () => {
  it('is due as soon as the account is listed when its recovery info was never reviewed', () => {
    const reminders = computeDueReminders([makeAccount()], settings, now);
    expect(dueOf(reminders, 'review-recovery')).toBe('2025-01-15T09:00:00.000Z');
  });

  it('is due at listing whatever the interval, for every kind of account', () => {
    const accounts = [
      makeAccount({ reminderIntervalMonths: 12 }),
      makeAccount({ address: 'alex@contoso.com', kind: 'work-school', addedAt: utc(2025, 5, 31) }),
    ];
    const reminders = computeDueReminders(
      accounts,
      { ...settings, reminderIntervalMonths: 3 },
      now,
    );
    const reviews = reminders.filter((reminder) => reminder.type === 'review-recovery');
    expect(reviews.map((reminder) => [reminder.id, iso(reminder.dueAt)])).toEqual([
      ['alex@outlook.com:review-recovery', '2025-01-15T09:00:00.000Z'],
      ['alex@contoso.com:review-recovery', '2025-05-31T00:00:00.000Z'],
    ]);
  });

  it('counts from the last review when there is one', () => {
    const account = makeAccount({ recoveryReviewedAt: utc(2025, 3, 2, 18) });
    const reminders = computeDueReminders([account], settings, now);
    expect(dueOf(reminders, 'review-recovery')).toBe('2025-09-02T18:00:00.000Z');
  });

  it('lets the per-account interval beat the setting', () => {
    const account = makeAccount({ ...REVIEWED_WHEN_ADDED, reminderIntervalMonths: 3 });
    const withSetting = { ...settings, reminderIntervalMonths: 12 };
    const reminders = computeDueReminders([account], withSetting, now);
    expect(dueOf(reminders, 'review-recovery')).toBe('2025-04-15T09:00:00.000Z');
  });

  it('uses the setting when the account has no valid override', () => {
    const withSetting = { ...settings, reminderIntervalMonths: 12 };
    for (const override of [null, 0, 13, 2.5]) {
      const account = makeAccount({ ...REVIEWED_WHEN_ADDED, reminderIntervalMonths: override });
      const reminders = computeDueReminders([account], withSetting, now);
      expect(dueOf(reminders, 'review-recovery')).toBe('2026-01-15T09:00:00.000Z');
    }
  });

  it('falls back to 6 months when the setting itself is out of range', () => {
    const broken = { ...settings, reminderIntervalMonths: 40 };
    const reminders = computeDueReminders([makeAccount(REVIEWED_WHEN_ADDED)], broken, now);
    expect(dueOf(reminders, 'review-recovery')).toBe('2025-07-15T09:00:00.000Z');
  });

  it('clamps month ends, including leap years', () => {
    const endOfAugust = makeAccount({ recoveryReviewedAt: utc(2023, 8, 31, 22) });
    expect(dueOf(computeDueReminders([endOfAugust], settings, now), 'review-recovery')).toBe(
      '2024-02-29T22:00:00.000Z',
    );
    const monthly = makeAccount({
      recoveryReviewedAt: utc(2025, 1, 31),
      reminderIntervalMonths: 1,
    });
    expect(dueOf(computeDueReminders([monthly], settings, now), 'review-recovery')).toBe(
      '2025-02-28T00:00:00.000Z',
    );
  });
});

describe('computeDueReminders: inactive-account', () => {
  it('reminds personal accounts 18 months after last seen in use', () => {
    const account = makeAccount({ lastSeenAt: utc(2024, 8, 31, 10) });
    const reminders = computeDueReminders([account], settings, now);
    expect(dueOf(reminders, 'inactive-account')).toBe('2026-02-28T10:00:00.000Z');
  });

  it('counts from addedAt when never seen in use, and honours the setting', () => {
    const account = makeAccount();
    const reminders = computeDueReminders([account], { ...settings, inactiveAfterMonths: 12 }, now);
    expect(dueOf(reminders, 'inactive-account')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('gives work-school and unknown accounts no inactivity reminder', () => {
    const accounts = [
      makeAccount({ address: 'alex@contoso.com', kind: 'work-school' }),
      makeAccount({ address: 'sam@example.com', kind: 'unknown' }),
    ];
    const reminders = computeDueReminders(accounts, settings, now);
    expect(reminders.map((reminder) => reminder.id)).toEqual([
      'alex@contoso.com:review-recovery',
      'sam@example.com:review-recovery',
    ]);
  });
});

describe('computeDueReminders: sign-devices-in', () => {
  it('is due right at the password reset, for any kind of account', () => {
    const reset = utc(2025, 5, 20, 14, 5);
    const accounts = [
      makeAccount({ lastPasswordResetAt: reset }),
      makeAccount({ address: 'alex@contoso.com', kind: 'work-school', lastPasswordResetAt: reset }),
    ];
    const reminders = computeDueReminders(accounts, settings, now);
    const signIns = reminders.filter((reminder) => reminder.type === 'sign-devices-in');
    expect(signIns.map((reminder) => [reminder.id, reminder.dueAt])).toEqual([
      ['alex@outlook.com:sign-devices-in', reset],
      ['alex@contoso.com:sign-devices-in', reset],
    ]);
  });

  it('is absent without a password reset', () => {
    const accounts = [
      makeAccount(),
      makeAccount({ address: 'b@live.com', lastPasswordResetAt: undefined }),
    ];
    const reminders = computeDueReminders(accounts, settings, now);
    expect(reminders.some((reminder) => reminder.type === 'sign-devices-in')).toBe(false);
  });
});

describe('computeDueReminders: records', () => {
  it('builds fresh records with address:type ids', () => {
    const [first] = computeDueReminders([makeAccount()], settings, now);
    expect(first).toEqual({
      id: 'alex@outlook.com:review-recovery',
      account: 'alex@outlook.com',
      type: 'review-recovery',
      dueAt: utc(2025, 1, 15, 9),
      firedAt: null,
      firedFor: null,
      snoozedUntil: null,
      doneAt: null,
    });
  });

  it('does not depend on now, so racing wakes agree on what is desired', () => {
    const accounts = [makeAccount({ lastPasswordResetAt: utc(2025, 5, 1) })];
    expect(computeDueReminders(accounts, settings, utc(2001, 1, 1))).toEqual(
      computeDueReminders(accounts, settings, utc(2090, 1, 1)),
    );
  });

  it('keeps the first entry of a repeated address', () => {
    const accounts = [makeAccount(REVIEWED_WHEN_ADDED), makeAccount({ reminderIntervalMonths: 1 })];
    const reminders = computeDueReminders(accounts, settings, now);
    expect(reminders.filter((reminder) => reminder.type === 'review-recovery')).toHaveLength(1);
    expect(dueOf(reminders, 'review-recovery')).toBe('2025-07-15T09:00:00.000Z');
  });
});
