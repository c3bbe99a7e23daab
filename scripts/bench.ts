// npm run bench: a report of speed and size against the targets in the issues. Not a test: it
// prints figures (and marks each against its target) and exits 0 unless it could not run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Row {
  what: string;
  value: string;
  target?: string;
  ok?: boolean;
}

const rows: Row[] = [];
const report = (row: Row) => rows.push(row);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[index] as number;
}

async function benchClassification(): Promise<void> {
  const { classifyUrl } = await import('../src/core/detection');
  const corpusModule = '../test/fixtures/detection/corpus';
  const corpus = (await import(corpusModule).catch(() => null)) as {
    GENUINE_URLS?: readonly string[];
    LOOKALIKE_URLS?: readonly string[];
    ORDINARY_URLS?: readonly string[];
  } | null;
  const urls = [
    ...(corpus?.GENUINE_URLS ?? []),
    ...(corpus?.LOOKALIKE_URLS ?? []),
    ...(corpus?.ORDINARY_URLS ?? []),
  ];
  if (urls.length === 0) {
    report({ what: 'URL classification', value: 'no corpus found' });
    return;
  }
  for (let round = 0; round < 3; round++) for (const url of urls) classifyUrl(url); // warm up
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const url of urls) {
      const start = process.hrtime.bigint();
      classifyUrl(url);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  report({
    what: `URL classification p50 (${urls.length} URLs × 20)`,
    value: `${p50.toFixed(2)} µs`,
    target: '≤ 20 µs',
    ok: p50 <= 20,
  });
  report({ what: 'URL classification p99', value: `${p99.toFixed(2)} µs` });
}

function benchContentScripts(): void {
  const dir = '.output/chrome-mv3/content-scripts';
  if (!existsSync(dir)) {
    report({ what: 'content scripts', value: 'no build: run npm run build first' });
    return;
  }
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const raw = readFileSync(`${dir}/${file}`);
    const gzipped = gzipSync(raw, { level: 9 }).length;
    report({
      what: `content script ${file} (raw ${(statSync(`${dir}/${file}`).size / 1024).toFixed(1)} KB)`,
      value: `${(gzipped / 1024).toFixed(1)} KB gzipped`,
      target: '≤ 12 KB gzipped',
      ok: gzipped <= 12 * 1024,
    });
  }
}

await benchClassification();
benchContentScripts();

const width = Math.max(...rows.map((row) => row.what.length));
console.log('Account Helper bench');
for (const row of rows) {
  const mark = row.ok === undefined ? ' ' : row.ok ? '✓' : '✗';
  const target = row.target ? `  (target ${row.target})` : '';
  console.log(`${mark} ${row.what.padEnd(width)}  ${row.value}${target}`);
}
