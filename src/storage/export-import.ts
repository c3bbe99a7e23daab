import { z } from 'zod';
import { DATA_EN, type DataKey } from '../core/i18n/messages/data/en';
import { type MessageRef, type RefValue, ref, said } from '../core/i18n/text';
import {
  type AccountRecord,
  AccountRecordSchema,
  type LookupRecord,
  LookupRecordSchema,
  type OrganisationSignInRecord,
  OrganisationSignInRecordSchema,
  type ReminderRecord,
  ReminderRecordSchema,
} from './records';
import { SETTING_NAMES, type Settings, SettingsSchema } from './settings-schema';

/**
 * The export file: a versioned JSON snapshot of what the user keeps in Account Helper, and its
 * validation on import. Pure: no IndexedDB, no browser APIs.
 *
 * What is exported: settings, accounts (addresses, labels, dates and what the user said is set up),
 * reminders, lookup results and the organisation's own sign-in pages (host and organisation). Never the visited-pages history (`sightings`), never a password:
 * the record schemas are strict, so nothing else can be in a record.
 *
 * Import trusts nothing: size, JSON syntax, depth, prototype-polluting keys, array lengths, format
 * and version are checked before the records are validated one by one, then duplicates and
 * reminders without their account. Any problem rejects the whole file, with where and why.
 */

export const EXPORT_FORMAT = 'account-helper-export';
export const EXPORT_VERSION = 1;

/** Far above any real export (an account is about 400 bytes) and small enough to parse at once. */
export const MAX_IMPORT_CHARS = 2_000_000;
export const MAX_ACCOUNTS = 1_000;
/** At most three reminders per account. */
export const MAX_REMINDERS = 3 * MAX_ACCOUNTS;
export const MAX_LOOKUPS = 2_000;
export const MAX_ORGANISATION_SIGN_INS = 200;
/** A valid file nests 4 deep (file → accounts → account → setUp); allow some slack. */
export const MAX_DEPTH = 8;
/** Problems reported for one file: enough to act on, not a wall of text. */
export const MAX_PROBLEMS = 20;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface UserData {
  settings: Settings;
  accounts: AccountRecord[];
  reminders: ReminderRecord[];
  lookups: LookupRecord[];
  organisationSignIns: OrganisationSignInRecord[];
}

export interface ExportFile extends UserData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: number;
}

export const EXPORT_STORES = [
  'settings',
  'accounts',
  'reminders',
  'lookups',
  'organisationSignIns',
] as const;
export type ExportStore = (typeof EXPORT_STORES)[number];

const ImportSettingsSchema = z.strictObject(SettingsSchema.shape);

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number().int().nonnegative(),
  settings: ImportSettingsSchema,
  accounts: z.array(AccountRecordSchema).max(MAX_ACCOUNTS),
  reminders: z.array(ReminderRecordSchema).max(MAX_REMINDERS),
  lookups: z.array(LookupRecordSchema).max(MAX_LOOKUPS),
  // Files exported before the organisation's sign-in pages were kept have none.
  organisationSignIns: z
    .array(OrganisationSignInRecordSchema)
    .max(MAX_ORGANISATION_SIGN_INS)
    .optional(),
});

/** A file, in a stable order: the same data always exports to the same text. */
export function buildExport(data: UserData, exportedAt: number): ExportFile {
  const settings = Object.fromEntries(
    SETTING_NAMES.map((name) => [name, data.settings[name]]),
  ) as Settings;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    settings,
    accounts: [...data.accounts].sort((a, b) => compare(a.address, b.address)),
    reminders: [...data.reminders].sort((a, b) => compare(a.id, b.id)),
    lookups: [...data.lookups].sort((a, b) => compare(a.address, b.address)),
    organisationSignIns: [...data.organisationSignIns].sort((a, b) => compare(a.host, b.host)),
  };
}

export function serialiseExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** e.g. `account-helper-2025-07-15.json` */
export function exportFileName(exportedAt: number): string {
  return `account-helper-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

export interface ImportProblem {
  /** Where, e.g. `accounts[2].address`, or `(file)` for the file as a whole. */
  path: string;
  /** In English. */
  reason: string;
  /** The reason's catalog key and values, to say it in the reader's language (not zod's own). */
  text?: MessageRef;
}

/** A problem at `path`, with its English reason from the data catalog. */
export function importProblem(
  path: string,
  key: DataKey,
  params?: Readonly<Record<string, RefValue>>,
): ImportProblem {
  const { message, text } = said(DATA_EN, key, params);
  return { path, reason: message, text };
}

export type ImportParseResult =
  | { ok: true; file: ExportFile }
  | { ok: false; problems: ImportProblem[] };

type PathPart = string | number;

export function formatPath(parts: readonly PathPart[]): string {
  if (parts.length === 0) return '(file)';
  return parts
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const plain = /^[A-Za-z_$][\w$]*$/.test(part);
      if (!plain) return `[${JSON.stringify(part)}]`;
      return index === 0 ? part : `.${part}`;
    })
    .join('');
}

function sizeLabel(chars: number): string {
  return chars >= 1_000_000
    ? `${(chars / 1_000_000).toFixed(1)} MB`
    : `${Math.ceil(chars / 1000)} kB`;
}

/** Depth, key names and array lengths, before zod looks at anything. */
function scanStructure(value: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const walk = (node: unknown, path: PathPart[]): void => {
    if (problems.length >= MAX_PROBLEMS || typeof node !== 'object' || node === null) return;
    if (path.length > MAX_DEPTH) {
      problems.push(importProblem(formatPath(path), 'import.too-deep', { levels: MAX_DEPTH }));
      return;
    }
    if (Array.isArray(node)) {
      const limit = MAX_REMINDERS;
      if (node.length > limit) {
        problems.push(
          importProblem(formatPath(path), 'import.too-many', { count: node.length, limit }),
        );
        return;
      }
      node.forEach((item, index) => {
        walk(item, [...path, index]);
      });
      return;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(importProblem(formatPath([...path, key]), 'import.forbidden-key', { key }));
        continue;
      }
      walk((node as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(value, []);
  return problems;
}

function headerProblems(value: unknown): ImportProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [importProblem('(file)', 'import.not-object')];
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    return [
      format === undefined
        ? importProblem('format', 'import.format-missing', { expected: EXPORT_FORMAT })
        : importProblem('format', 'import.format-other', {
            expected: EXPORT_FORMAT,
            found: describe(format),
          }),
    ];
  }
  if (version !== EXPORT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return [
      newer
        ? importProblem('version', 'import.version-newer', { version, supported: EXPORT_VERSION })
        : importProblem('version', 'import.version-other', {
            supported: EXPORT_VERSION,
            found: describe(version),
          }),
    ];
  }
  return [];
}

function describe(value: unknown): RefValue {
  if (value === undefined) return ref('import.value.nothing');
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return ref(Array.isArray(value) ? 'import.value.list' : 'import.value.object');
}

function consistencyProblems(file: ExportFile): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const firstSeen = (
    store: 'accounts' | 'reminders' | 'lookups' | 'organisationSignIns',
    keys: string[],
    field: 'address' | 'id' | 'host',
  ) => {
    const seen = new Map<string, number>();
    keys.forEach((key, index) => {
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, index);
      else {
        problems.push(
          importProblem(formatPath([store, index, field]), 'import.duplicate', {
            key: JSON.stringify(key),
            earlier: formatPath([store, earlier]),
          }),
        );
      }
    });
  };
  firstSeen(
    'accounts',
    file.accounts.map((a) => a.address),
    'address',
  );
  firstSeen(
    'reminders',
    file.reminders.map((r) => r.id),
    'id',
  );
  firstSeen(
    'lookups',
    file.lookups.map((l) => l.address),
    'address',
  );
  firstSeen(
    'organisationSignIns',
    file.organisationSignIns.map((o) => o.host),
    'host',
  );
  const addresses = new Set(file.accounts.map((a) => a.address));
  file.reminders.forEach((reminder, index) => {
    if (!addresses.has(reminder.account)) {
      problems.push(
        importProblem(formatPath(['reminders', index, 'account']), 'import.unknown-account', {
          account: JSON.stringify(reminder.account),
        }),
      );
    }
  });
  return problems;
}

/** Reads an export file's text. Never throws; any problem rejects the whole file. */
export function parseExport(text: string): ImportParseResult {
  const fail = (problems: ImportProblem[]): ImportParseResult => ({
    ok: false,
    problems: problems.slice(0, MAX_PROBLEMS),
  });
  if (text.length > MAX_IMPORT_CHARS) {
    return fail([
      importProblem('(file)', 'import.too-big', {
        size: sizeLabel(text.length),
        limit: sizeLabel(MAX_IMPORT_CHARS),
      }),
    ]);
  }
  if (text.trim() === '') return fail([importProblem('(file)', 'import.empty')]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A sentence, not the parser's message ("Unexpected token … at position 7").
    return fail([importProblem('(file)', 'import.not-json')]);
  }
  const structural = scanStructure(value);
  if (structural.length > 0) return fail(structural);
  const header = headerProblems(value);
  if (header.length > 0) return fail(header);

  const parsed = ExportFileSchema.safeParse(value);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) =>
        issueProblem(
          formatPath(issue.path.filter((p): p is PathPart => typeof p !== 'symbol')),
          issue,
        ),
      ),
    );
  }
  const file = {
    ...parsed.data,
    organisationSignIns: parsed.data.organisationSignIns ?? [],
  } as ExportFile;
  const consistency = consistencyProblems(file);
  return consistency.length > 0 ? fail(consistency) : { ok: true, file };
}

/** Zod's own messages stay in English; the one about unknown fields is ours. */
function issueProblem(path: string, issue: z.core.$ZodIssue): ImportProblem {
  if (issue.code === 'unrecognized_keys') {
    return importProblem(
      path,
      issue.keys.length === 1 ? 'import.unexpected-field.one' : 'import.unexpected-field.other',
      { count: issue.keys.length, fields: issue.keys.map((key) => JSON.stringify(key)).join(', ') },
    );
  }
  return { path, reason: issue.message };
}

export interface StoreDiff {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface ImportPreview extends Record<ExportStore, StoreDiff> {
  /**
   * Lookalike sites the file would stop warning about that aren't dismissed now, each named: a
   * crafted file could otherwise add up to 1,000 of them behind "settings: 1 changed".
   */
  newlyDismissedHosts: string[];
}

/** Key order does not matter; everything else does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function diffKeyed<T>(current: T[], incoming: T[], keyOf: (record: T) => string): StoreDiff {
  const before = new Map(current.map((record) => [keyOf(record), canonicalJson(record)]));
  const diff: StoreDiff = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const seen = new Set<string>();
  for (const record of incoming) {
    const key = keyOf(record);
    seen.add(key);
    const old = before.get(key);
    if (old === undefined) diff.added += 1;
    else if (old === canonicalJson(record)) diff.unchanged += 1;
    else diff.changed += 1;
  }
  for (const key of before.keys()) if (!seen.has(key)) diff.removed += 1;
  return diff;
}

/**
 * What importing `incoming` over `current` does: the import replaces these stores, so what is
 * only in `current` is removed. Settings always exist (unset means default): only changes count.
 */
export function diffImport(current: UserData, incoming: UserData): ImportPreview {
  let changed = 0;
  for (const name of SETTING_NAMES) {
    if (canonicalJson(current.settings[name]) !== canonicalJson(incoming.settings[name])) {
      changed += 1;
    }
  }
  const dismissedNow = new Set(current.settings.dismissedLookalikeHosts);
  return {
    settings: { added: 0, changed, removed: 0, unchanged: SETTING_NAMES.length - changed },
    newlyDismissedHosts: [...new Set(incoming.settings.dismissedLookalikeHosts)]
      .filter((host) => !dismissedNow.has(host))
      .sort(compare),
    accounts: diffKeyed(current.accounts, incoming.accounts, (a) => a.address),
    reminders: diffKeyed(current.reminders, incoming.reminders, (r) => r.id),
    lookups: diffKeyed(current.lookups, incoming.lookups, (l) => l.address),
    organisationSignIns: diffKeyed(
      current.organisationSignIns,
      incoming.organisationSignIns,
      (o) => o.host,
    ),
  };
}

export function hasChanges(preview: ImportPreview): boolean {
  return EXPORT_STORES.some((store) => {
    const diff = preview[store];
    return diff.added + diff.changed + diff.removed > 0;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
