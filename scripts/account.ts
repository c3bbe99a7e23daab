/**
 * npm run --silent account -- [--json]
 * Reads one address (or phone number) per line on stdin and prints, for every line in order,
 * what the address alone says about the Microsoft account behind it. Offline: no lookups.
 */
import { checkAddress } from '../src/core/accounts/offline-answer';
import type { Reason } from '../src/core/accounts/types';

type Row =
  | { input: string; valid: true; address: string; kind: string; reasons: Reason[] }
  | { input: string; valid: false; error: string };

const USAGE = `Usage: npm run --silent account -- [--json]
Reads one email address or phone number per line on stdin.
  --json   one JSON object per input line (default: a readable table)
  --help   show this help`;

function rowFor(input: string): Row {
  const answer = checkAddress(input);
  if (!answer.valid) return { input, valid: false, error: answer.error };
  return {
    input,
    valid: true,
    address: answer.address,
    kind: answer.kind,
    reasons: answer.reasons,
  };
}

/** Calls onLine for each line of stdin, without its \n or a \r before it. */
async function forEachLine(onLine: (line: string) => void): Promise<void> {
  process.stdin.setEncoding('utf8');
  let pending = '';
  for await (const chunk of process.stdin) {
    pending += chunk as string;
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      onLine(pending.slice(0, newline).replace(/\r$/, ''));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  if (pending !== '') onLine(pending.replace(/\r$/, ''));
}

function printTable(rows: readonly Row[]): void {
  const cells = rows.map((row) =>
    row.valid
      ? [show(row.input), row.address, row.kind, row.reasons[0]?.message ?? '']
      : [show(row.input), '(not valid)', '-', row.error],
  );
  const header = ['INPUT', 'ADDRESS', 'KIND', 'NOTE'];
  const widths = header.map((title, column) =>
    Math.max(
      title.length,
      ...cells.map((cell) => (column === 3 ? 0 : (cell[column] ?? '').length)),
    ),
  );
  for (const line of [header, ...cells]) {
    const padded = line.map((cell, column) =>
      column === 3 ? cell : cell.padEnd(widths[column] ?? 0),
    );
    process.stdout.write(`${padded.join('  ').trimEnd()}\n`);
  }
}

/** Makes blank and whitespace-only inputs visible in the table. */
function show(input: string): string {
  return input.trim() === '' ? JSON.stringify(input) : input;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option: ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const json = args.includes('--json');
  const rows: Row[] = [];
  await forEachLine((line) => {
    const row = rowFor(line);
    if (json) process.stdout.write(`${JSON.stringify(row)}\n`);
    else rows.push(row);
  });
  if (!json) printTable(rows);
  return 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (| head) is the reader's choice, not our failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`account: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
