// npm test: every check in order, then one summary. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const steps = [
  { name: 'lint (Biome)', cmd: 'npx biome check .' },
  { name: 'types (tsc)', cmd: 'npx wxt prepare && npx tsc --noEmit' },
  { name: 'unit tests', cmd: vitest('unit'), results: `${RESULTS}/unit.json` },
  { name: 'production build', cmd: 'npm run --silent build', gate: true },
  { name: 'Firefox store lint (web-ext)', cmd: 'npm run --silent lint:firefox' },
  { name: 'end-to-end (Chromium + Firefox)', cmd: vitest('e2e'), results: `${RESULTS}/e2e.json` },
];

function vitest(project) {
  return `npx vitest run --project ${project} --reporter=default --reporter=json --outputFile=${RESULTS}/${project}.json`;
}

const outcomes = [];
let blocked = false;
for (const step of steps) {
  if (blocked) {
    outcomes.push({ ...step, status: 'skipped' });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const run = spawnSync(step.cmd, { shell: true, stdio: 'inherit' });
  const ok = run.status === 0;
  outcomes.push({
    ...step,
    status: ok ? 'passed' : 'failed',
    seconds: (Date.now() - started) / 1000,
  });
  if (!ok && step.gate) blocked = true;
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n━━ Summary');
for (const outcome of outcomes) {
  const counts = outcome.results ? readCounts(outcome.results) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
  const time = outcome.seconds === undefined ? '' : ` in ${outcome.seconds.toFixed(1)} s`;
  console.log(`  ${outcome.status.padEnd(7)} ${outcome.name}${detail}${time}`);
}
const stepsFailed = outcomes.filter((o) => o.status !== 'passed').length;
if (stepsFailed > 0) console.log(`  ${stepsFailed} step(s) did not pass`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(stepsFailed > 0 || failed > 0 ? 1 : 0);

function readCounts(file) {
  if (!existsSync(file)) return null;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return null;
  }
}
