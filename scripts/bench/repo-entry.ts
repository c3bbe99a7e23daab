// Bundled by scripts/bench.ts (esbuild, IIFE) and evaluated in an extension page, so the bench times
// the extension's real repository layer on the browser's real IndexedDB. Not part of the extension.
import { createRepositories, openAccountHelperDb } from '../../src/storage';

/** Mean milliseconds per operation, over the whole loop (performance.now() is coarse in a page). */
interface Timings {
  put: number;
  get: number;
}

async function run(name: string, n: number): Promise<Timings> {
  const db = await openAccountHelperDb({ name });
  const { settings } = createRepositories(db);
  let put = 0;
  let get = 0;
  try {
    let start = performance.now();
    for (let i = 0; i < n; i++) await settings.set('reminderIntervalMonths', (i % 12) + 1);
    put = (performance.now() - start) / n;
    start = performance.now();
    for (let i = 0; i < n; i++) await settings.get('reminderIntervalMonths');
    get = (performance.now() - start) / n;
  } finally {
    db.close();
  }
  return { put, get };
}

(globalThis as unknown as { __benchRepo: typeof run }).__benchRepo = run;
