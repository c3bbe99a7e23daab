import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import { FRAME_LISTEN_HOOK, FRAME_LOOKALIKE } from '../messaging/guard-frame-messages';
import type { PageReport } from '../messaging/messages';
import { credentialFields } from './credential-form';
import { contentApi } from './ext';
import { reportBudget } from './guard-watch';
import { send } from './send';

/**
 * A subframe's check: its credential form is reported now (`report`), and again whenever the first
 * look hands the frame over once more (a credential field got focus or input, or the frame wrote a
 * new document over itself): a frame can't show a harmless form first and swap a kit in, or put
 * Microsoft's look around the same boxes, after. The report sends nothing the background has
 * already judged (`newToJudge`). Returns the check for those later hand-overs. Reports are
 * budgeted (`reportBudget`); past the budget, the frame is looked at again once the next report
 * is there.
 */
export function checkFrameForms(doc: Document, report: () => unknown): () => void {
  const takeReport = reportBudget(() => check());
  const check = () => {
    if (credentialFields(doc, true) !== '' && takeReport()) report();
  };
  check();
  return check;
}

/**
 * Tells whether a page's address and snapshot are new, unlike the last ones it was told: the
 * background has judged those already, so they are not sent again.
 */
export function newToJudge(): (url: string, snapshot: unknown) => boolean {
  let last: string | undefined;
  return (url, snapshot) => {
    const seen = `${url}\n${JSON.stringify(snapshot ?? null)}`;
    if (seen === last) return false;
    last = seen;
    return true;
  };
}

/**
 * In a subframe: a credential form there is reported to the background, which judges it with the
 * tab's address and, on a lookalike, warns on the top page. The frame itself shows nothing.
 */
export async function reportFrame(snapshot: PageSnapshot | undefined): Promise<void> {
  if (!snapshot) return;
  await send({ type: 'page/report', url: location.href, snapshot });
}

let listening = false;

/**
 * In the top frame: shows the warning when the background found a lookalike form in one of the
 * page's frames. Only the extension can send runtime messages to a content script. Listening
 * wakes the extension's API in the page, which costs every page a millisecond or more, so the top
 * frame listens only once it reports itself, or when the background asks through the hook.
 */
export function listenForFrameLookalikes(show: (report: PageReport) => unknown): void {
  (globalThis as unknown as Record<string, unknown>)[FRAME_LISTEN_HOOK] = () => {
    startListening(show);
    return true;
  };
}

export function startListening(show: (report: PageReport) => unknown): void {
  if (listening) return;
  listening = true;
  contentApi().runtime.onMessage.addListener((message) => {
    const { type, report } = (message ?? {}) as { type?: unknown; report?: PageReport };
    if (type === FRAME_LOOKALIKE && report?.classification?.verdict === 'lookalike') show(report);
  });
}
