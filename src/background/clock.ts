import { browser } from 'wxt/browser';

/**
 * The time reminders are computed at. In production builds, `Date.now()`.
 *
 * End-to-end builds (`import.meta.env.MODE === 'e2e'`) add a test-only offset kept in
 * `storage.local` under `test:clockOffsetMs`, so a test can make a reminder come due without
 * waiting months. The offset lives only inside `MODE === 'e2e'` branches, which the production
 * build drops: no test clock ships (the e2e tests check the production output for it).
 */
export async function now(): Promise<number> {
  if (import.meta.env.MODE === 'e2e') {
    const stored = await browser.storage.local.get('test:clockOffsetMs');
    const offset = stored['test:clockOffsetMs'];
    return Date.now() + (typeof offset === 'number' && Number.isFinite(offset) ? offset : 0);
  }
  return Date.now();
}
