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

/** Popup first paint and the moment its account-check form accepts input, in Chromium. */
async function benchPopup(): Promise<void> {
  const { launchWithExtension } = await import('../test/e2e/support/launch');
  const ext = await launchWithExtension('chromium');
  try {
    const paints: number[] = [];
    const ready: number[] = [];
    for (let run = 0; run < 15; run++) {
      const page = await ext.browser.newPage();
      await page.setViewport({ width: 360, height: 600 });
      await page.goto(`${ext.origin}popup.html`);
      await page.waitForFunction(
        () => performance.getEntriesByName('account-helper:popup-ready').length > 0,
      );
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ready:
          performance.getEntriesByName('account-helper:popup-ready')[0]?.startTime ?? Number.NaN,
      }));
      await page.close();
      if (run < 3) continue; // warm-up: the first opens also start the worker
      paints.push(timing.paint);
      ready.push(timing.ready);
    }
    paints.sort((a, b) => a - b);
    ready.sort((a, b) => a - b);
    report({
      what: 'popup first contentful paint p50',
      value: `${percentile(paints, 50).toFixed(0)} ms`,
    });
    const readyP50 = percentile(ready, 50);
    report({
      what: 'popup check form accepts input p50',
      value: `${readyP50.toFixed(0)} ms`,
      target: '≤ 150 ms',
      ok: readyP50 <= 150,
    });
  } finally {
    await ext.close();
  }
}

/** DOMContentLoaded → guidance panel painted, as the guidance e2e run recorded it. */
function benchPanelPaint(): void {
  for (const browser of ['chromium', 'firefox']) {
    const file = `.test-results/guidance-paint-${browser}.json`;
    if (!existsSync(file)) {
      report({ what: `guidance panel paint (${browser})`, value: 'run the guidance e2e first' });
      continue;
    }
    const { p50, p90, samples } = JSON.parse(readFileSync(file, 'utf8')) as {
      p50: number;
      p90: number;
      samples: number;
    };
    report({
      what: `guidance panel painted after DOMContentLoaded p50 (${browser}, ${samples} pages)`,
      value: `${p50.toFixed(0)} ms (p90 ${p90.toFixed(0)} ms)`,
      target: '≤ 50 ms',
      ok: p50 <= 50,
    });
  }
}

await benchClassification();
benchContentScripts();
await benchPopup().catch((error: unknown) =>
  report({ what: 'popup timing', value: `could not run: ${String(error)}` }),
);
benchPanelPaint();

const width = Math.max(...rows.map((row) => row.what.length));
console.log('Account Helper bench');
for (const row of rows) {
  const mark = row.ok === undefined ? ' ' : row.ok ? '✓' : '✗';
  const target = row.target ? `  (target ${row.target})` : '';
  console.log(`${mark} ${row.what.padEnd(width)}  ${row.value}${target}`);
}
