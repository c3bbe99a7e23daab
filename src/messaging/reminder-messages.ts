import { z } from 'zod';
import type { MessageRef } from '../core/i18n/text';
import type { ReminderOverview } from '../core/reminders/presentation';
import { type ImportPreview, type ImportProblem, MAX_IMPORT_CHARS } from '../storage/export-import';
import { ACCOUNT_KINDS, type AccountRecord, AccountSetUpSchema } from '../storage/records';

/**
 * Messages of recovery reminders, the accounts list and the user's data (options page and popup),
 * spread into `messageSpecs`. Addresses are re-parsed by the handlers; nothing here is trusted.
 */

const address = z.string().min(3).max(320);
const reminderId = z.string().min(1).max(400);

export const remindersOverviewSchema = z.strictObject({ type: z.literal('reminders/overview') });

export const remindersActSchema = z.strictObject({
  type: z.literal('reminders/act'),
  id: reminderId,
  action: z.enum(['done', 'snooze']),
});

/** "I just reset my password": the options page now; the guidance panel may send it later. */
export const passwordResetSchema = z.strictObject({
  type: z.literal('accounts/password-reset'),
  address,
});

/**
 * A sign-in the user completed on a genuine Microsoft page (sent by the guidance content script).
 * Kept only while the user allows it (`rememberSignInAddresses`).
 */
export const seenSigningInSchema = z.strictObject({
  type: z.literal('accounts/seen-signing-in'),
  address,
});

export const myDataViewSchema = z.strictObject({ type: z.literal('my-data/view') });

export const saveAccountSchema = z.strictObject({
  type: z.literal('my-data/save-account'),
  /** True to add a new account (fails if listed), false to edit a listed one. */
  create: z.boolean(),
  address,
  kind: z.enum(ACCOUNT_KINDS),
  label: z.string().max(200),
  setUp: AccountSetUpSchema,
  reminderIntervalMonths: z.number().int().min(1).max(12).nullable(),
});

export const markReviewedSchema = z.strictObject({
  type: z.literal('my-data/mark-reviewed'),
  address,
});

export const removeAccountSchema = z.strictObject({
  type: z.literal('my-data/remove-account'),
  address,
});

export const saveSettingsSchema = z.strictObject({
  type: z.literal('my-data/save-settings'),
  reminderIntervalMonths: z.number().int().min(1).max(12).optional(),
  rememberSignInAddresses: z.boolean().optional(),
  allowOnlineLookups: z.boolean().optional(),
});

export const exportDataSchema = z.strictObject({ type: z.literal('my-data/export') });

const importText = z.string().max(MAX_IMPORT_CHARS);

export const previewImportSchema = z.strictObject({
  type: z.literal('my-data/preview-import'),
  text: importText,
});

export const applyImportSchema = z.strictObject({
  type: z.literal('my-data/import'),
  text: importText,
});

export const deleteAllSchema = z.strictObject({
  type: z.literal('my-data/delete-all'),
  confirm: z.literal(true),
});

export const reminderMessageSpecs = {
  'reminders/overview': { schema: remindersOverviewSchema, from: 'extension-page' },
  'reminders/act': { schema: remindersActSchema, from: 'extension-page' },
  'accounts/password-reset': { schema: passwordResetSchema, from: 'extension-page' },
  'accounts/seen-signing-in': { schema: seenSigningInSchema, from: 'content' },
  'my-data/view': { schema: myDataViewSchema, from: 'extension-page' },
  'my-data/save-account': { schema: saveAccountSchema, from: 'extension-page' },
  'my-data/mark-reviewed': { schema: markReviewedSchema, from: 'extension-page' },
  'my-data/remove-account': { schema: removeAccountSchema, from: 'extension-page' },
  'my-data/save-settings': { schema: saveSettingsSchema, from: 'extension-page' },
  'my-data/export': { schema: exportDataSchema, from: 'extension-page' },
  'my-data/preview-import': { schema: previewImportSchema, from: 'extension-page' },
  'my-data/import': { schema: applyImportSchema, from: 'extension-page' },
  'my-data/delete-all': { schema: deleteAllSchema, from: 'extension-page' },
} as const;

export type ReminderMessageType = keyof typeof reminderMessageSpecs;

/** An account as the options page shows it, with its reminders. */
export interface AccountView extends AccountRecord {
  /** Its reminders that are not done, soonest first. */
  reminders: ReminderOverview['upcoming'];
  /** When its recovery info review is next due. */
  nextReviewAt: number | null;
}

export interface MyDataView {
  now: number;
  settings: {
    reminderIntervalMonths: number;
    rememberSignInAddresses: boolean;
    allowOnlineLookups: boolean;
  };
  accounts: AccountView[];
  reminders: ReminderOverview;
}

export type SaveAccountResult =
  | { ok: true; view: MyDataView }
  /** `message` in English; `text` says it in the reader's language. */
  | { ok: false; field: 'address'; message: string; text?: MessageRef };

export type ImportResult =
  | { ok: true; preview: ImportPreview; exportedAt: number }
  | { ok: false; problems: ImportProblem[] };

export interface ExportResult {
  fileName: string;
  text: string;
}

export interface ReminderResponses {
  'reminders/overview': ReminderOverview;
  'reminders/act': ReminderOverview;
  'accounts/password-reset': MyDataView;
  'accounts/seen-signing-in': { remembered: boolean };
  'my-data/view': MyDataView;
  'my-data/save-account': SaveAccountResult;
  'my-data/mark-reviewed': MyDataView;
  'my-data/remove-account': MyDataView;
  'my-data/save-settings': MyDataView;
  'my-data/export': ExportResult;
  'my-data/preview-import': ImportResult;
  'my-data/import': ImportResult;
  'my-data/delete-all': MyDataView;
}
