import { browser } from 'wxt/browser';
import { boundedUrl, originAndPath } from '../core/detection/page-address';
import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import type { PageReport } from '../messaging/messages';
import { handlePageReport } from './page-report';

/** What the background tells a tab's top frame when one of its frames holds a lookalike form. */
export const FRAME_LOOKALIKE = 'guard/frame-lookalike';

/**
 * Lookalike forms found in a tab's frames, by tab, for the top page they sit in. The top frame's
 * own report may arrive after the frame's (then the warning rides on it) or before (then the top
 * frame is told at once). Kept in memory only: it holds nothing but a verdict for an address.
 */
const flagged = new Map<number, { page: string; report: PageReport }>();

const NOTHING: PageReport = {
  classification: { verdict: 'other', service: null, kind: null, reasons: [] },
  warningDismissed: false,
};

/**
 * A credential form in a subframe (same-origin, srcdoc, about:blank or another site's) is judged
 * as part of the page the person sees: the tab's address with the frame's content. Only a
 * lookalike has any effect (badge, tab state, sighting, the warning on the top page); the frame
 * itself shows nothing.
 */
export async function handleFrameReport(
  tabId: number,
  topUrl: string | undefined,
  snapshot: PageSnapshot | undefined,
): Promise<PageReport> {
  if (!topUrl || !snapshot) return NOTHING;
  const page = boundedUrl(topUrl);
  const report = await handlePageReport(tabId, page, snapshot, { onlyLookalike: true });
  if (report.classification.verdict !== 'lookalike') return NOTHING;
  flagged.set(tabId, { page: originAndPath(page) ?? page, report });
  await browser.tabs
    .sendMessage(tabId, { type: FRAME_LOOKALIKE, report }, { frameId: 0 })
    .catch(() => undefined); // The top frame's script has not started yet: its report gets it.
  return NOTHING;
}

/**
 * The lookalike a frame found, for the top frame's report of the same page. Taken once: the next
 * document in the tab (a reload, say) gets a verdict, and the person's choice to stay, afresh.
 */
export function flaggedFrameReport(tabId: number, topUrl: string): PageReport | undefined {
  const entry = flagged.get(tabId);
  flagged.delete(tabId);
  return entry && entry.page === (originAndPath(topUrl) ?? topUrl) ? entry.report : undefined;
}

export function forgetFlaggedFrames(tabId: number): void {
  flagged.delete(tabId);
}
