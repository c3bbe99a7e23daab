import type { IDBPDatabase } from 'idb';
import { toWriteError } from './errors';
import {
  diffImport,
  type ImportPreview,
  type ImportProblem,
  parseExport,
  type UserData,
} from './export-import';
import {
  AccountRecordSchema,
  LookupRecordSchema,
  OrganisationSignInRecordSchema,
  ReminderRecordSchema,
} from './records';
import { createRepositories } from './repositories';
import { type AccountHelperSchema, STORE_NAMES } from './schema';
import { SETTING_NAMES, SettingsSchema } from './settings-schema';
import { abortQuietly } from './transactions';
import { type RepoOptions, validateForWrite } from './validation';

/** The data an export holds, read from the database (invalid records are skipped and reported). */
export async function readUserData(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): Promise<UserData> {
  const repos = createRepositories(db, options);
  const [settings, accounts, reminders, lookups, organisationSignIns] = await Promise.all([
    repos.settings.getAll(),
    repos.accounts.list(),
    repos.reminders.list(),
    repos.lookups.list(),
    repos.organisationSignIns.list(),
  ]);
  return { settings, accounts, reminders, lookups, organisationSignIns };
}

/**
 * Replaces settings, accounts, reminders, lookups and the organisation's sign-in pages with `data`, in one transaction: all or
 * nothing. Every record is validated again before anything is written. Sightings are kept.
 */
export async function replaceUserData(
  db: IDBPDatabase<AccountHelperSchema>,
  data: UserData,
): Promise<void> {
  const settings = validateForWrite(SettingsSchema, data.settings, 'settings');
  const accounts = data.accounts.map((a) => validateForWrite(AccountRecordSchema, a, 'account'));
  const reminders = data.reminders.map((r) =>
    validateForWrite(ReminderRecordSchema, r, 'reminder'),
  );
  const lookups = data.lookups.map((l) => validateForWrite(LookupRecordSchema, l, 'lookup result'));
  const organisationSignIns = data.organisationSignIns.map((o) =>
    validateForWrite(OrganisationSignInRecordSchema, o, "organisation's sign-in page"),
  );

  const stores = [
    'settings',
    'accounts',
    'reminders',
    'lookups',
    'outbox',
    'organisationSignIns',
  ] as const;
  const tx = db.transaction([...stores], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const store of stores) {
      writes.push(tx.objectStore(store).clear());
    }
    for (const name of SETTING_NAMES)
      writes.push(tx.objectStore('settings').put(settings[name], name));
    for (const account of accounts) writes.push(tx.objectStore('accounts').put(account));
    for (const reminder of reminders) writes.push(tx.objectStore('reminders').put(reminder));
    for (const lookup of lookups) writes.push(tx.objectStore('lookups').put(lookup));
    for (const page of organisationSignIns) {
      writes.push(tx.objectStore('organisationSignIns').put(page));
    }
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    for (const write of writes) write.catch(() => {});
    abortQuietly(tx);
    throw toWriteError(error, 'the imported data');
  }
}

/** Empties every store: settings back to their defaults, no accounts, reminders or history. */
export async function deleteAllUserData(db: IDBPDatabase<AccountHelperSchema>): Promise<void> {
  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  const writes = STORE_NAMES.map((store) => tx.objectStore(store).clear());
  try {
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    for (const write of writes) write.catch(() => {});
    abortQuietly(tx);
    throw toWriteError(error, 'the deletion');
  }
}

export type ImportOutcome =
  | { ok: true; preview: ImportPreview; exportedAt: number }
  | { ok: false; problems: ImportProblem[] };

/** What importing the file's text would change, or why it can't be imported. Writes nothing. */
export async function previewImport(
  db: IDBPDatabase<AccountHelperSchema>,
  text: string,
): Promise<ImportOutcome> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    preview: diffImport(await readUserData(db), parsed.file),
    exportedAt: parsed.file.exportedAt,
  };
}

/** Validates the file's text again and, only if all of it is valid, replaces the data with it. */
export async function applyImport(
  db: IDBPDatabase<AccountHelperSchema>,
  text: string,
): Promise<ImportOutcome> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  const preview = diffImport(await readUserData(db), parsed.file);
  await replaceUserData(db, parsed.file);
  return { ok: true, preview, exportedAt: parsed.file.exportedAt };
}
