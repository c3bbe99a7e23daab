import type { ReminderAccount, ReminderSettings } from './types';

export const MIN_INTERVAL_MONTHS = 1;
export const MAX_INTERVAL_MONTHS = 12;
export const DEFAULT_REMINDER_INTERVAL_MONTHS = 6;

/**
 * Microsoft closes personal accounts after 2 years without sign-in; reminding at 18 months leaves
 * six months to act. The setting must stay below 24 to be any use.
 */
export const DEFAULT_INACTIVE_AFTER_MONTHS = 18;
export const MAX_INACTIVE_AFTER_MONTHS = 23;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  reminderIntervalMonths: DEFAULT_REMINDER_INTERVAL_MONTHS,
  inactiveAfterMonths: DEFAULT_INACTIVE_AFTER_MONTHS,
};

export function isValidIntervalMonths(value: number | null | undefined): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_INTERVAL_MONTHS &&
    value <= MAX_INTERVAL_MONTHS
  );
}

/** The account's own interval when it has a valid one, else the setting, else the default. */
export function reviewIntervalMonthsFor(
  account: ReminderAccount,
  settings: ReminderSettings,
): number {
  if (isValidIntervalMonths(account.reminderIntervalMonths)) return account.reminderIntervalMonths;
  if (isValidIntervalMonths(settings.reminderIntervalMonths))
    return settings.reminderIntervalMonths;
  return DEFAULT_REMINDER_INTERVAL_MONTHS;
}

/** The setting when it is a whole number of months in 1..23, else the default. */
export function inactiveAfterMonthsFrom(settings: ReminderSettings): number {
  const value = settings.inactiveAfterMonths;
  return Number.isInteger(value) && value >= 1 && value <= MAX_INACTIVE_AFTER_MONTHS
    ? value
    : DEFAULT_INACTIVE_AFTER_MONTHS;
}
