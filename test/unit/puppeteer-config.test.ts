import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('.puppeteerrc.cjs', () => {
  // Runs Puppeteer's own postinstall step the way `npm ci` does (from its package folder, without
  // PUPPETEER_SKIP_DOWNLOAD), with every proxy pointing nowhere: a download attempt fails.
  it('keeps npm from downloading any browser', () => {
    const env = { ...process.env };
    for (const name of Object.keys(env)) {
      if (/^PUPPETEER_/i.test(name)) delete env[name];
    }
    const nowhere = 'http://127.0.0.1:9';
    Object.assign(env, { HTTPS_PROXY: nowhere, HTTP_PROXY: nowhere, https_proxy: nowhere });
    const run = spawnSync(process.execPath, ['install.mjs'], {
      cwd: join(root, 'node_modules/puppeteer'),
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout + run.stderr).toContain('Skipping downloading browsers');
    expect(run.status).toBe(0);
  });
});
