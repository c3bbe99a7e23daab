import { credentialFields } from './credential-form';
import { hasLittleText, showsMicrosoftSign } from './microsoft-sign';

/** How long a page that may still turn into a sign-in copy is watched after the guard starts. */
export const WATCH_MS = 10_000;
/** At most one look per this many milliseconds (and per animation frame) while it is watched. */
export const CHECK_GAP_MS = 100;
/** A page that keeps changing its form gets this many reports at most. */
export const MAX_REPORTS = 4;
/** Less visible text than this and no form: a shell that script may still fill in. */
const SHELL_TEXT = 200;

/**
 * Calls `check` after the page changes, at most once per frame and per CHECK_GAP_MS, until it
 * returns true or `ms` have passed. Observes the document itself, so a `document.open` that swaps
 * the whole tree is seen too. Returns `stop`.
 */
export function watchChanges(doc: Document, check: () => boolean, ms = WATCH_MS): () => void {
  let pending = false;
  let stopped = false;
  let last = -CHECK_GAP_MS;
  const run = () => {
    if (stopped) return;
    pending = false;
    last = performance.now();
    if (check()) stop();
  };
  const observer = new MutationObserver(() => {
    if (pending || stopped) return;
    pending = true;
    const wait = last + CHECK_GAP_MS - performance.now();
    if (wait > 0 || doc.visibilityState === 'hidden') setTimeout(run, Math.max(wait, 0));
    else requestAnimationFrame(run);
  });
  const timer = setTimeout(() => stop(), ms);
  function stop() {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(doc, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['type'],
  });
  return stop;
}

/** Less light-DOM text than this: a shell, whose content script may still fill in. */
export function isShell(doc: Document): boolean {
  return hasLittleText(doc, SHELL_TEXT);
}

/**
 * The guard on one page. A page with no credential form and no sign of Microsoft is left alone:
 * no message to the background. One with a form, or Microsoft's name, logo or address words, is
 * reported; if that gives no verdict, or there is nothing to report yet, it is watched for a while
 * (WATCH_MS) so a form added later, a step swapped in by script or a template filled after load is
 * reported too. `report` resolves true once the page has a verdict (the page is marked).
 *
 * Most of the web is an ordinary page, so the first look is kept to a few native queries: the
 * walk through open shadow roots touches every element, and is taken only on a shell (whose
 * content may all sit in a shadow root) or a page showing a sign of Microsoft.
 */
export function guardPage(
  doc: Document,
  where: Location | undefined,
  report: () => Promise<boolean>,
): void {
  let reported: string | null = null;
  let reports = 0;
  let busy = false;
  let changedWhileBusy = false;
  let done = false;
  let stopWatching = () => {};
  const shell = credentialFields(doc, false) === '' && isShell(doc);
  let deep = shell;

  const look = (): boolean => {
    if (done) return true;
    if (busy) {
      changedWhileBusy = true;
      return false;
    }
    let fields = credentialFields(doc, deep);
    if (fields === '' && reported === null) {
      if (!showsMicrosoftSign(doc, where)) {
        // A shell that has filled in with something else is an ordinary page after all.
        return !shell || !isShell(doc);
      }
      if (!deep) {
        deep = true;
        fields = credentialFields(doc, deep);
      }
    }
    if (fields === reported || (fields === '' && reported !== null)) return false;
    reported = fields;
    reports++;
    busy = true;
    report().then(
      (marked) => {
        busy = false;
        if (marked || reports >= MAX_REPORTS) {
          done = true;
          stopWatching();
        } else if (changedWhileBusy) {
          changedWhileBusy = false;
          look();
        }
      },
      () => {
        done = true;
        stopWatching();
      },
    );
    return false;
  };

  if (look()) return;
  stopWatching = watchChanges(doc, look);
}
