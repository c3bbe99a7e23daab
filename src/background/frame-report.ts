import { browser } from 'wxt/browser';
import { boundedUrl, originAndPath } from '../core/detection/page-address';
import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import { FRAME_LISTEN_HOOK, FRAME_LOOKALIKE } from '../messaging/guard-frame-messages';
import type { PageReport } from '../messaging/messages';
import { injectGuardCheck } from './guard-check';
import { handlePageReport } from './page-report';

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
  await tellTopFrame(tabId, report);
  return NOTHING;
}

/**
 * The top frame's guard listens only once it has reported itself (listening costs every page), so
 * a quiet top page gets the rest of the guard and is asked to listen, through a hook in the
 * extension's own script world. If its script has not started yet, its own report picks the
 * warning up (`flaggedFrameReport`).
 */
async function tellTopFrame(tabId: number, report: PageReport): Promise<void> {
  const message = { type: FRAME_LOOKALIKE, report };
  const send = () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }).then(() => true);
  if (await send().catch(() => false)) return;
  const listening = await injectGuardCheck(tabId, 0)
    .then(() =>
      browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (hook: string) => {
          const listen = (globalThis as unknown as Record<string, unknown>)[hook];
          return typeof listen === 'function' ? listen() === true : false;
        },
        args: [FRAME_LISTEN_HOOK],
      }),
    )
    .then(([injection]) => injection?.result === true)
    .catch(() => false);
  if (listening) await send().catch(() => false);
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
