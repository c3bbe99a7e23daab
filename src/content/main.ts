import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import type { Classification } from '../core/detection/types';
import type { PageReport } from '../messaging/messages';
import { domReady } from './dom-ready';
import { mountPageMarker, type PageMarker } from './page-marker';
import { send } from './send';
import { whenTextEntry } from './text-entry';

/** How long a page the background asked about may take to draw its form. */
const SNAPSHOT_WAIT_MS = 8000;

export interface ContentScriptParts {
  /** The guard's: describes the page's structure for the content check. */
  snapshotPage?: (doc: Document) => PageSnapshot | undefined | Promise<PageSnapshot | undefined>;
  /**
   * The guard's, on pages the background asks about (shared content on Microsoft's hosts, where a
   * form question can ask for a password without any password box): the full snapshot.
   */
  snapshotOnRequest?: (doc: Document) => PageSnapshot;
  /** Ask for the guidance panel's start along with the page report. */
  askGuidance?: true;
  /** On a genuine Microsoft page, once it is marked (the guidance panel). */
  onMicrosoftPage?: (
    marker: PageMarker,
    classification: Classification,
    report: PageReport,
  ) => unknown;
  /** On a lookalike, once it is marked (the guard's warning). */
  onLookalike?: (marker: PageMarker, report: PageReport) => unknown;
}
export type OnMicrosoftPage = NonNullable<ContentScriptParts['onMicrosoftPage']>;

/**
 * Reports the page to the background, which classifies it, and marks the page when it is genuine
 * or a lookalike. Each content script brings only the parts it needs: the guard (every site) the
 * snapshot and the warning; the script on Microsoft's own hosts, where a lookalike can't be, the
 * guidance panel. That keeps each one small.
 */
export async function runContentScript(parts: ContentScriptParts = {}) {
  const snapshot = await parts.snapshotPage?.(document);
  // The background shortens an address that is too long (messages.ts): sent as it is.
  let report: PageReport = await send({
    type: 'page/report',
    url: location.href,
    snapshot,
    guidance: parts.askGuidance,
  }).catch(() =>
    // Fail closed: whatever in the page made its report fail, its address alone (origin and path)
    // still gets the warning, and the badge, it deserves.
    send({
      type: 'page/report',
      url: location.origin + location.pathname.slice(0, 2000),
      guidance: parts.askGuidance,
    }),
  );
  // Nothing to type into, nothing to ask for: no second report.
  if (
    report.snapshotWanted &&
    parts.snapshotOnRequest &&
    (await whenTextEntry(document, SNAPSHOT_WAIT_MS))
  ) {
    const first = report;
    report = await send({
      type: 'page/report',
      url: location.href,
      snapshot: parts.snapshotOnRequest(document),
    }).catch(() => first);
  }
  const { classification } = report;
  if (classification.verdict === 'other') return;
  // A script that starts at document_start has asked while the page was still loading.
  await domReady(document);
  const marker = mountPageMarker(document, classification);
  if (classification.verdict === 'microsoft') {
    await parts.onMicrosoftPage?.(marker, classification, report);
  } else await parts.onLookalike?.(marker, report);
}
