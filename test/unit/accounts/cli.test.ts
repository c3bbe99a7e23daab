import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(input: string, args: string[] = ['--json']) {
  const result = spawnSync('npx', ['tsx', 'scripts/account.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/account.ts', { timeout: 60_000 }, () => {
  it('prints exactly one JSON line per input line, in order, valid or not', () => {
    const lines = [
      'Jane@Outlook.com',
      'not an address',
      '',
      '  bob@contoso.onmicrosoft.com ',
      'jane@@outlook.com',
      'user@bücher.de',
      '+44 7700 900123',
      '   ',
      'jane@hotmail.co',
      'a+tag@outlook.com',
    ];
    const { status, stdout } = run(`${lines.join('\r\n')}\n`);
    expect(status).toBe(0);
    const output = stdout.split('\n');
    expect(output.pop()).toBe('');
    expect(output).toHaveLength(lines.length);
    const rows = output.map((line) => JSON.parse(line));
    expect(rows.map((row) => row.input)).toEqual(lines);
    expect(rows.map((row) => row.valid)).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(rows.map((row) => row.kind ?? null)).toEqual([
      'personal',
      null,
      null,
      'work-school',
      null,
      'unknown',
      'unknown',
      null,
      'unknown',
      'personal',
    ]);
    expect(rows[0]).toEqual({
      input: 'Jane@Outlook.com',
      valid: true,
      address: 'jane@outlook.com',
      kind: 'personal',
      reasons: [expect.objectContaining({ code: 'consumer-domain' })],
    });
    expect(Object.keys(rows[1])).toEqual(['input', 'valid', 'error']);
    expect(rows[1].error).toMatch(/@/);
    expect(rows[5].address).toBe('user@xn--bcher-kva.de');
    expect(rows[6].address).toBe('+447700900123');
    expect(rows[8].reasons[0].message).toContain('hotmail.com');
  });

  it('handles a last line without a newline, and empty input', () => {
    expect(run('a@live.com').stdout.trim().split('\n')).toHaveLength(1);
    expect(run('')).toMatchObject({ status: 0, stdout: '' });
  });

  it('prints an aligned table without --json', () => {
    const { status, stdout } = run('jane@outlook.com\nnope\n', []);
    expect(status).toBe(0);
    const [header, first, second] = stdout.split('\n');
    expect(header).toMatch(/^INPUT\s+ADDRESS\s+KIND\s+NOTE$/);
    expect(first?.indexOf('personal')).toBe(header?.indexOf('KIND'));
    expect(second).toContain('(not valid)');
  });

  it('refuses unknown options', () => {
    const { status, stderr } = run('', ['--bogus']);
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown option');
  });
});
