import type { PageReport } from '../messaging/messages';
import { showLookalikeChip, showLookalikeWarning } from './lookalike-warning';
import type { PageMarker } from './page-marker';
import { send } from './send';

/** A lookalike: the full warning, or the small chip once the user chose to stay on this host. */
export function handleLookalike(marker: PageMarker, report: PageReport): void {
  const text = report.warning;
  if (!text) return; // The background sends the warning's words with every lookalike.
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
