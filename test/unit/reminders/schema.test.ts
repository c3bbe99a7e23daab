import { describe, expect, it } from 'vitest';
import {
  computeDueReminders,
  DEFAULT_REMINDER_SETTINGS,
  ReminderSchema,
  ReminderSettingsSchema,
} from '../../../src/core/reminders';
import { makeAccount, makeReminder } from './support';

describe('ReminderSchema', () => {
  it('accepts computed and progressed records', () => {
    const accounts = [makeAccount({ lastPasswordResetAt: 1_700_000_000_000 })];
    for (const reminder of computeDueReminders(accounts, DEFAULT_REMINDER_SETTINGS, 0)) {
      expect(ReminderSchema.parse(reminder)).toEqual(reminder);
    }
    const progressed = makeReminder({ firedAt: 3, firedFor: 2, snoozedUntil: 4, doneAt: 5 });
    expect(ReminderSchema.parse(progressed)).toEqual(progressed);
  });

  it('rejects ids that do not match account and type, unknown types and bad times', () => {
    expect(ReminderSchema.safeParse(makeReminder({ id: 'x:review-recovery' })).success).toBe(false);
    expect(ReminderSchema.safeParse({ ...makeReminder(), type: 'password' }).success).toBe(false);
    expect(ReminderSchema.safeParse(makeReminder({ dueAt: 1.5 })).success).toBe(false);
    expect(ReminderSchema.safeParse(makeReminder({ doneAt: -1 })).success).toBe(false);
    expect(ReminderSchema.safeParse(makeReminder({ firedFor: undefined })).success).toBe(false);
  });
});

describe('ReminderSettingsSchema', () => {
  it('fills in the defaults: every 6 months, inactive after 18', () => {
    expect(ReminderSettingsSchema.parse({})).toEqual({
      reminderIntervalMonths: 6,
      inactiveAfterMonths: 18,
    });
    expect(ReminderSettingsSchema.parse(DEFAULT_REMINDER_SETTINGS)).toEqual(
      DEFAULT_REMINDER_SETTINGS,
    );
  });

  it('bounds the interval to 1..12 and inactivity to below the 24-month closure', () => {
    const parse = (input: object) => ReminderSettingsSchema.safeParse(input).success;
    expect(parse({ reminderIntervalMonths: 1 })).toBe(true);
    expect(parse({ reminderIntervalMonths: 12 })).toBe(true);
    expect(parse({ reminderIntervalMonths: 0 })).toBe(false);
    expect(parse({ reminderIntervalMonths: 13 })).toBe(false);
    expect(parse({ reminderIntervalMonths: 2.5 })).toBe(false);
    expect(parse({ inactiveAfterMonths: 23 })).toBe(true);
    expect(parse({ inactiveAfterMonths: 24 })).toBe(false);
  });
});
