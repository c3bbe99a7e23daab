import { describe, expect, it } from 'vitest';
import { checkAddress, parseAddress } from '../../../src/core/accounts';
import {
  buildExport,
  DEFAULT_SETTINGS,
  newAccountRecord,
  parseExport,
  serialiseExport,
  type UserData,
} from '../../../src/storage';

/**
 * Issue 18, item 7: an import whose field holds the worst a file can put there. Every field of a
 * real export, one at a time, gets each of the values below; the file must be refused (or taken)
 * with readable problems, never hang. These shapes make a backtracking pattern quadratic: the
 * address check once ran for a minute on the first (`a@b.b.b.….b `, 160,000 characters), so a
 * hang here is a failure by the test's timeout, not a speed target.
 */
const N = 160_000;
const WORST_STRINGS: Record<string, string> = {
  'dots then a space': `a@${'b.'.repeat(N / 2)} `,
  'no at sign': 'a'.repeat(N),
  'at signs': '@'.repeat(N),
  spaces: `${' '.repeat(N)}a`,
  'dots only': '.'.repeat(N),
  'local dots': `${'a.'.repeat(N / 2)}@example.com`,
  digits: `+${'1'.repeat(N)}`,
  'url-ish': `https://${'a.'.repeat(N / 2)}/`,
  'non-ASCII': `a@${'ä.'.repeat(N / 2)}de`,
};
const WORST_VALUES: Record<string, unknown> = {
  ...WORST_STRINGS,
  'huge number': 1e308,
  'negative zero': -0,
  'long list': Array.from({ length: 5_000 }, () => 'a@b.com'),
  'wrong type': { nested: [[[['x']]]] },
};

const T = 1_750_000_000_000;

function sample(): UserData {
  const account = newAccountRecord({
    address: 'jane@example.org',
    addedFrom: 'options',
    kind: 'personal',
    addedAt: T,
  });
  return {
    settings: { ...DEFAULT_SETTINGS, dismissedLookalikeHosts: ['login-micros0ft.example'] },
    accounts: [{ ...account, label: 'Jane' }],
    reminders: [
      {
        id: 'jane@example.org:review-recovery',
        account: 'jane@example.org',
        type: 'review-recovery',
        dueAt: T + 1000,
        firedAt: null,
        firedFor: null,
        snoozedUntil: null,
        doneAt: null,
      },
    ],
    lookups: [{ address: 'jane@example.org', outcome: 'exists-personal', checkedAt: T } as never],
    organisationSignIns: [
      { host: 'sts.contoso.com', organisation: 'contoso.com', via: 'sign-in-page', reachedAt: T },
    ],
  };
}

/** Every leaf of the export: `["accounts", 0, "address"]` and so on. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((item, i) => leaves(item, [...path, i]));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return [path];
}

function withValue(file: unknown, path: (string | number)[], value: unknown): string {
  const copy = structuredClone(file) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return JSON.stringify(copy);
}

describe('fuzz: the worst value in every import field', () => {
  const file = JSON.parse(serialiseExport(buildExport(sample(), T)));
  const paths = leaves(file).filter((path) => path.length > 0);

  it('starts from a file that imports', () => {
    expect(parseExport(JSON.stringify(file)).ok).toBe(true);
    expect(paths.length).toBeGreaterThan(20);
  });

  it('refuses or takes each, with readable problems, and never hangs', { timeout: 60_000 }, () => {
    for (const path of paths) {
      for (const [name, value] of Object.entries(WORST_VALUES)) {
        const result = parseExport(withValue(file, path, value));
        if (!result.ok) {
          expect(result.problems.length, `${path.join('.')} = ${name}`).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.reason.length).toBeGreaterThan(5);
        }
      }
    }
  });

  it('refuses an address longer than any can be before any pattern reads it', () => {
    for (const [name, text] of Object.entries(WORST_STRINGS)) {
      const parsed = parseAddress(text);
      expect(parsed.ok, name).toBe(false);
      expect(checkAddress(text).valid, name).toBe(false);
      // (Spaces around a short text are trimmed first: that text is judged on its own.)
      if (!parsed.ok && name !== 'spaces') {
        expect(['address-too-long', 'phone-too-long']).toContain(parsed.code);
      }
    }
  });
});
