import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const pages = join(root, 'test/fixtures/detection/pages');

function runDetect(input: string, args: string[] = ['--json']) {
  const run = spawnSync('npx', ['tsx', 'scripts/detect.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, lines: run.stdout.split('\n').filter((l) => l !== '') };
}

describe('scripts/detect.ts', () => {
  it('prints one JSON line per input line, in order, with errors mixed in', () => {
    const input = [
      'https://login.live.com/login.srf',
      '',
      'not a url',
      'https://rnicrosoft.com/',
      `https://docs-share.example.net/view\t${join(pages, 'clone-entra-sign-in.html')}`,
      'https://example.com/page\t/definitely/missing/file.html',
      '   ',
      `https://www.example.com/login\t${join(pages, 'ordinary-company-login.html')}`,
      'https://www.wikipedia.org/',
    ].join('\n');
    const { status, lines } = runDetect(`${input}\n`);
    expect(status).toBe(0);
    const results = lines.map((line) => JSON.parse(line));
    expect(results).toHaveLength(9);
    expect(results[0]).toMatchObject({
      url: 'https://login.live.com/login.srf',
      verdict: 'microsoft',
      service: 'microsoft-account',
      kind: 'sign-in',
    });
    expect(Object.keys(results[0]).sort()).toEqual([
      'hosting',
      'kind',
      'reasons',
      'service',
      'url',
      'verdict',
    ]);
    expect(results[1]).toEqual({ url: '', error: expect.any(String) });
    expect(results[2]).toEqual({ url: 'not a url', error: expect.any(String) });
    expect(results[3]).toMatchObject({ verdict: 'lookalike' });
    expect(results[4]).toMatchObject({
      url: 'https://docs-share.example.net/view',
      verdict: 'lookalike',
    });
    expect(results[5]).toEqual({
      url: 'https://example.com/page',
      error: expect.stringContaining('cannot read'),
    });
    expect(results[6]).toHaveProperty('error');
    expect(results[7]).toMatchObject({ verdict: 'other', reasons: [] });
    expect(results[8]).toMatchObject({ url: 'https://www.wikipedia.org/', verdict: 'other' });
  });

  it('reads a saved page in the encoding it was saved in (a UTF-16 copy of a clone)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-helper-detect-'));
    const clone = readFileSync(join(pages, 'clone-entra-sign-in.html'), 'utf8');
    const file = join(dir, 'clone-utf16.html');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clone, 'utf16le')]));
    try {
      const { status, lines } = runDetect(`https://docs-share.example.net/view\t${file}\n`);
      expect(status).toBe(0);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ verdict: 'lookalike' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every result `hosting`: shared content on Microsoft’s hosts, else null', () => {
    const sites = join(root, 'test/fixtures/sites');
    const input = [
      'https://contoso-my.sharepoint.com/:b:/g/personal/ap_contoso_com/EaBcD?e=x1',
      `https://forms.office.com/r/AbCdEf1234\t${join(sites, 'forms-asks-password.html')}`,
      `https://forms.office.com/r/AbCdEf1234\t${join(sites, 'forms-ordinary.html')}`,
      'https://login.live.com/',
      'https://www.wikipedia.org/',
    ].join('\n');
    const { status, lines } = runDetect(`${input}\n`);
    expect(status).toBe(0);
    const results = lines.map((line) => JSON.parse(line));
    expect(results.map((r) => [r.verdict, r.hosting])).toEqual([
      ['other', 'microsoft-shared-content'],
      ['lookalike', 'microsoft-shared-content'],
      ['other', 'microsoft-shared-content'],
      ['microsoft', null],
      ['other', null],
    ]);
    expect(results[1].reasons[0].code).toBe('shared-content-question');
  });

  it('handles input without a final newline and prints a table without --json', () => {
    const { status, lines } = runDetect('https://login.live.com/\nhttps://mircosoft.com/', []);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^VERDICT\s+SERVICE\s+KIND\s+URL$/);
    expect(lines[1]).toMatch(
      /^microsoft\s+microsoft-account\s+sign-in\s+https:\/\/login\.live\.com\//,
    );
    expect(lines[2]).toMatch(/^lookalike\s+-\s+-\s+https:\/\/mircosoft\.com\//);
  });

  // Speed is reported by `npm run bench`; this checks the 1:1 contract holds at volume.
  it('answers 10,000 lines one for one, in order', { timeout: 120_000 }, () => {
    const urls = Array.from({ length: 10_000 }, (_, i) =>
      i % 3 === 0
        ? `https://login.microsoftonline.com/t${i}/oauth2/v2.0/authorize`
        : i % 3 === 1
          ? `https://site${i}.example.com/p`
          : `bad ${i}`,
    );
    const { status, lines } = runDetect(`${urls.join('\n')}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(10_000);
    const parsed = lines.map((line) => JSON.parse(line) as { url: string; error?: string });
    expect(parsed.map((r) => r.url)).toEqual(urls);
    expect(parsed[9_998]).toEqual({ url: 'bad 9998', error: expect.any(String) });
  });
});
