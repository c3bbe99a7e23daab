import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import { send } from '../messaging/client';
import type { PageReport } from '../messaging/messages';
import { showLookalikeChip, showLookalikeWarning } from './lookalike-warning';
import { mountPageMarker } from './page-marker';

/**
 * Reports the page to the background, which classifies it, and marks the page when it is genuine
 * or a lookalike. `snapshotPage` (the guard's) describes the page's structure for the content check;
 * the script on Microsoft's own hosts has none, which keeps it small.
 */
export async function runContentScript(
  snapshotPage: (doc: Document) => PageSnapshot | undefined = () => undefined,
) {
  const snapshot = snapshotPage(document);
  const report: PageReport = await send({ type: 'page/report', url: location.href, snapshot });
  const { classification } = report;
  if (classification.verdict === 'other') return;
  const marker = mountPageMarker(document, classification);
  if (classification.verdict !== 'lookalike') return;
  if (report.warningDismissed) {
    showLookalikeChip(marker.root);
    return;
  }
  showLookalikeWarning(marker.root, classification.reasons, {
    leave: () => void send({ type: 'guard/leave' }),
    proceed: () => void send({ type: 'guard/dismiss' }),
  });
}
