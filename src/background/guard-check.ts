import { browser } from 'wxt/browser';
import type { Sender } from '../messaging/router';

/** entrypoints/guard-check.ts as built: the part of the guard only pages with a form need. */
export const GUARD_CHECK_FILE = '/guard-check.js';

/**
 * Loads the rest of the guard into one frame of a tab: the guard's first look (on every page)
 * asked for it, or a frame's lookalike needs the warning on the top page. Only the frame (and in
 * Chrome the very document) that asked gets it. The script defines its hooks once per frame, so
 * a second injection changes nothing.
 */
export async function injectGuardCheck(
  tabId: number,
  frameId: number,
  documentId?: string,
): Promise<void> {
  await browser.scripting.executeScript({
    target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
    files: [GUARD_CHECK_FILE],
  });
}

/** For a 'guard/check' message: the sender's own frame and document. */
export function injectForSender(tabId: number, sender: Sender): Promise<void> {
  return injectGuardCheck(tabId, sender.frameId ?? 0, sender.documentId);
}
