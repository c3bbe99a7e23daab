import { browser } from 'wxt/browser';
import { GENUINE_MATCH_PATTERNS } from '../core/detection';
import { GUARD_ORIGINS, GUARD_SCRIPT_ID } from '../core/permissions';

/** entrypoints/guard.ts as built. Until 0.1.0 it was `content-scripts/guard.js`. */
export const GUARD_SCRIPT_FILE = 'guard.js';

export async function guardGranted(): Promise<boolean> {
  return browser.permissions.contains({ origins: GUARD_ORIGINS });
}

/**
 * Keeps the guard's content script registered exactly while its permission is granted. Called on
 * every start and whenever permissions change, so a registration never outlives the permission.
 */
export async function syncGuardScript(): Promise<void> {
  const granted = await guardGranted();
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [GUARD_SCRIPT_ID],
  });
  // A registration kept from an older version may name a file this version no longer has, run
  // in top frames only, or start at document_idle.
  const current = registered.every(
    (script) =>
      script.js?.map((file) => file.replace(/^\//, '')).join() === GUARD_SCRIPT_FILE &&
      script.allFrames === true &&
      script.runAt === 'document_start',
  );
  if (registered.length > 0 && (!granted || !current)) {
    await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  }
  if (granted && (registered.length === 0 || !current)) {
    const script = {
      id: GUARD_SCRIPT_ID,
      js: [GUARD_SCRIPT_FILE],
      matches: GUARD_ORIGINS,
      // Genuine Microsoft pages have their own script.
      excludeMatches: [...GENUINE_MATCH_PATTERNS],
      // Before the page's own scripts: its focus listener comes first (guard-first-look.ts).
      runAt: 'document_start' as const,
      // A credential form in a frame (same-origin, srcdoc, about:blank, blob: or another site)
      // is reported from there; the warning shows on the top page (frame-report.ts).
      allFrames: true,
    };
    try {
      await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]);
    } catch {
      // Chrome before 119 doesn't know the option: every frame with an address of its own still.
      await browser.scripting.registerContentScripts([script]);
    }
  }
}
