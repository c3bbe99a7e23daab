import { browser } from 'wxt/browser';
import { GENUINE_MATCH_PATTERNS } from '../core/detection';
import { GUARD_ORIGINS, GUARD_SCRIPT_ID } from '../core/permissions';

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
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: GUARD_SCRIPT_ID,
        js: ['content-scripts/guard.js'],
        matches: GUARD_ORIGINS,
        // Genuine Microsoft pages have their own script.
        excludeMatches: [...GENUINE_MATCH_PATTERNS],
        runAt: 'document_idle',
        allFrames: false,
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  }
}
