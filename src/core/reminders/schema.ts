import { z } from 'zod';
import {
  DEFAULT_INACTIVE_AFTER_MONTHS,
  DEFAULT_REMINDER_INTERVAL_MONTHS,
  MAX_INACTIVE_AFTER_MONTHS,
  MAX_INTERVAL_MONTHS,
  MIN_INTERVAL_MONTHS,
} from './settings';
import { REMINDER_TYPES, type Reminder, type ReminderSettings, reminderId } from './types';

const epochMs = z.number().int().nonnegative();
const optionalEpochMs = epochMs.nullable();

/** A stored reminder record; checks that `id` is `${account}:${type}`. */
export const ReminderSchema = z
  .object({
    id: z.string().min(1),
    account: z.string().min(1),
    type: z.enum(REMINDER_TYPES),
    dueAt: epochMs,
    firedAt: optionalEpochMs,
    firedFor: optionalEpochMs,
    snoozedUntil: optionalEpochMs,
    doneAt: optionalEpochMs,
  })
  .refine((record) => record.id === reminderId(record.account, record.type), {
    message: 'id must be the account address, a colon, and the type',
    path: ['id'],
  });

/** The reminder subset of the settings; missing fields take their defaults. */
export const ReminderSettingsSchema = z.object({
  reminderIntervalMonths: z
    .number()
    .int()
    .min(MIN_INTERVAL_MONTHS)
    .max(MAX_INTERVAL_MONTHS)
    .default(DEFAULT_REMINDER_INTERVAL_MONTHS),
  inactiveAfterMonths: z
    .number()
    .int()
    .min(1)
    .max(MAX_INACTIVE_AFTER_MONTHS)
    .default(DEFAULT_INACTIVE_AFTER_MONTHS),
});

// Compile-time checks that the schemas and the hand-written types describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reminderSchemaMatchesType: Same<z.infer<typeof ReminderSchema>, Reminder> = true;
const settingsSchemaMatchesType: Same<
  z.infer<typeof ReminderSettingsSchema>,
  ReminderSettings
> = true;
void reminderSchemaMatchesType;
void settingsSchemaMatchesType;
