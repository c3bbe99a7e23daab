import { credentialFields, onShadowFieldFocus } from './credential-form';
import {
  addressNamesMicrosoft,
  hasLittleText,
  hasTextElements,
  showsMicrosoftSign,
} from './microsoft-sign';

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
 * A form may hide in an open shadow root: the page is an empty shell. Walking shadow roots wraps
 * every element (each kind costs the page about half a millisecond the first time), so ordinary
 * pages, even short ones, are spared it.
 */
export function mayHideForm(doc: Document, shell = isShell(doc)): boolean {
  return shell && !hasTextElements(doc);
}

/**
 * The guard on one page. A page with a credential form, or an address naming Microsoft, is reported.
 * Without a form, a page showing Microsoft's name or logo (or an empty shell) is only watched for a
 * while (WATCH_MS): the content check needs a form, so it is reported once a form is added, a step
 * swapped in by script or a template filled after load. The rest is left alone: no message to the
 * background. `report` (told whether there is a form to snapshot) resolves true once the page has a
 * verdict (the page is marked).
 *
 * Most of the web is an ordinary page, so the first look is kept to a few native queries: the
 * walk through open shadow roots touches every element, and is taken only on a shell (whose
 * content may all sit in a shadow root) or a page showing a sign of Microsoft.
 */
export function guardPage(
  doc: Document,
  where: Location | undefined,
  report: (hasForm: boolean) => Promise<boolean>,
): void {
  let reported: string | null = null;
  let reports = 0;
  let busy = false;
  let changedWhileBusy = false;
  let done = false;
  let stopWatching = () => {};
  const shell = credentialFields(doc, false) === '' && isShell(doc);
  const addressNamed = where !== undefined && addressNamesMicrosoft(where);
  // A branded page gets the walk too (below).
  let deep = mayHideForm(doc, shell);
  let branded = false;

  const look = (): boolean => {
    if (done) return true;
    if (busy) {
      changedWhileBusy = true;
      return false;
    }
    let fields = credentialFields(doc, deep);
    // No form yet: only an address naming Microsoft is worth a report (its verdict needs no form).
    if (fields === '' && reported === null && !addressNamed) {
      if (!branded) {
        if (!showsMicrosoftSign(doc)) {
          // A shell that has filled in with something else is an ordinary page after all.
          return !shell || !isShell(doc);
        }
        branded = true;
        deep = true;
        fields = credentialFields(doc, deep);
      }
      // Branded: watched until a form appears, and reported only then.
      if (fields === '') return false;
    }
    if (fields === reported || (fields === '' && reported !== null)) return false;
    reported = fields;
    reports++;
    busy = true;
    report(fields !== '').then(
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

  onShadowFieldFocus(doc, () => {
    deep = true;
    look();
  });
  if (look()) return;
  stopWatching = watchChanges(doc, look);
}
