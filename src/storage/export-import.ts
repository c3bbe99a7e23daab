import { z } from 'zod';
import {
  type AccountRecord,
  AccountRecordSchema,
  type LookupRecord,
  LookupRecordSchema,
  type ReminderRecord,
  ReminderRecordSchema,
} from './records';
import { SETTING_NAMES, type Settings, SettingsSchema } from './settings-schema';

/**
 * The export file: a versioned JSON snapshot of what the user keeps in Account Helper, and its
 * validation on import. Pure: no IndexedDB, no browser APIs.
 *
 * What is exported: settings, accounts (addresses, labels, dates and what the user said is set up),
 * reminders and lookup results. Never the visited-pages history (`sightings`), never a password:
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
}

export interface ExportFile extends UserData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: number;
}

export const EXPORT_STORES = ['settings', 'accounts', 'reminders', 'lookups'] as const;
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
  reason: string;
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
      problems.push({
        path: formatPath(path),
        reason: `Nested too deeply (more than ${MAX_DEPTH} levels): not an Account Helper export.`,
      });
      return;
    }
    if (Array.isArray(node)) {
      const limit = MAX_REMINDERS;
      if (node.length > limit) {
        problems.push({
          path: formatPath(path),
          reason: `Has ${node.length} entries; an Account Helper export has at most ${limit} here.`,
        });
        return;
      }
      node.forEach((item, index) => {
        walk(item, [...path, index]);
      });
      return;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: formatPath([...path, key]),
          reason: `The key "${key}" is not allowed: it could change how objects behave.`,
        });
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
    return [
      {
        path: '(file)',
        reason: 'Expected a JSON object ({ "format": "account-helper-export", … }).',
      },
    ];
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    return [
      {
        path: 'format',
        reason:
          format === undefined
            ? `Missing: this is not an Account Helper export (expected "${EXPORT_FORMAT}").`
            : `Expected "${EXPORT_FORMAT}", found ${describe(format)}: this is not an Account Helper export.`,
      },
    ];
  }
  if (version !== EXPORT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return [
      {
        path: 'version',
        reason: newer
          ? `This file is version ${version}, made by a newer Account Helper; this one reads version ${EXPORT_VERSION}. Update Account Helper to import it.`
          : `Expected version ${EXPORT_VERSION}, found ${describe(version)}.`,
      },
    ];
  }
  return [];
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return Array.isArray(value) ? 'a list' : 'an object';
}

function consistencyProblems(file: ExportFile): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const firstSeen = (
    store: 'accounts' | 'reminders' | 'lookups',
    keys: string[],
    field: 'address' | 'id',
  ) => {
    const seen = new Map<string, number>();
    keys.forEach((key, index) => {
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, index);
      else {
        problems.push({
          path: formatPath([store, index, field]),
          reason: `${JSON.stringify(key)} appears twice (also at ${formatPath([store, earlier])}).`,
        });
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
  const addresses = new Set(file.accounts.map((a) => a.address));
  file.reminders.forEach((reminder, index) => {
    if (!addresses.has(reminder.account)) {
      problems.push({
        path: formatPath(['reminders', index, 'account']),
        reason: `No account ${JSON.stringify(reminder.account)} in this file's accounts.`,
      });
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
      {
        path: '(file)',
        reason: `The file is ${sizeLabel(text.length)}; an Account Helper export is at most ${sizeLabel(MAX_IMPORT_CHARS)}.`,
      },
    ]);
  }
  if (text.trim() === '') return fail([{ path: '(file)', reason: 'The file is empty.' }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return fail([{ path: '(file)', reason: `Not valid JSON: ${detail}` }]);
  }
  const structural = scanStructure(value);
  if (structural.length > 0) return fail(structural);
  const header = headerProblems(value);
  if (header.length > 0) return fail(header);

  const parsed = ExportFileSchema.safeParse(value);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path.filter((p): p is PathPart => typeof p !== 'symbol')),
        reason: issueReason(issue),
      })),
    );
  }
  const file = parsed.data as ExportFile;
  const consistency = consistencyProblems(file);
  return consistency.length > 0 ? fail(consistency) : { ok: true, file };
}

function issueReason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `Unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys
      .map((key) => JSON.stringify(key))
      .join(', ')}: Account Helper never stores anything else.`;
  }
  return issue.message;
}

export interface StoreDiff {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export type ImportPreview = Record<ExportStore, StoreDiff>;

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
 * What importing `incoming` over `current` does: the import replaces these four stores, so what is
 * only in `current` is removed. Settings always exist (unset means default): only changes count.
 */
export function diffImport(current: UserData, incoming: UserData): ImportPreview {
  let changed = 0;
  for (const name of SETTING_NAMES) {
    if (canonicalJson(current.settings[name]) !== canonicalJson(incoming.settings[name])) {
      changed += 1;
    }
  }
  return {
    settings: { added: 0, changed, removed: 0, unchanged: SETTING_NAMES.length - changed },
    accounts: diffKeyed(current.accounts, incoming.accounts, (a) => a.address),
    reminders: diffKeyed(current.reminders, incoming.reminders, (r) => r.id),
    lookups: diffKeyed(current.lookups, incoming.lookups, (l) => l.address),
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
