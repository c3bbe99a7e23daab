import type { PageReport } from '../messaging/messages';
import { domReady } from './dom-ready';
import { showLookalikeChip, showLookalikeWarning } from './lookalike-warning';
import { mountPageMarker, type PageMarker } from './page-marker';
import { send } from './send';

let shown = false;

/** A lookalike: the full warning, or the small chip once the user chose to stay on this host. */
export function handleLookalike(marker: PageMarker, report: PageReport): void {
  const text = report.warning;
  // The background sends the warning's words with every lookalike. Shown once per page, whether
  // the page's own report or one of its frames' found it first.
  if (!text || shown) return;
  shown = true;
  if (report.warningDismissed) {
    showLookalikeChip(marker.root, text);
    return;
  }
  showLookalikeWarning(marker.root, text, {
    leave: () => void send({ type: 'guard/leave' }),
    proceed: () => void send({ type: 'guard/dismiss' }),
    report: () => void send({ type: 'guard/report' }),
  });
}

/** A lookalike form in one of the page's frames: the warning on this, the top, page. */
export async function handleFrameLookalike(report: PageReport): Promise<void> {
  await domReady(document);
  handleLookalike(mountPageMarker(document, report.classification), report);
}
