import { boundedFirstLook, credentialFields } from './credential-form';
import { type Address, addressMayWarnAlone } from './microsoft-address';

/** How long a page that may still turn into a sign-in copy is watched after the guard starts. */
export const WATCH_MS = 10_000;
/** At most one look per this many milliseconds (and per animation frame) while it is watched. */
export const CHECK_GAP_MS = 100;
/** A page that keeps changing its form gets this many reports at once… */
export const MAX_REPORTS = 4;
/** …then one more each this many milliseconds: it can't spend them all and show its kit after. */
export const REPORT_REFILL_MS = 2_000;

/**
 * MAX_REPORTS reports, and one more every REPORT_REFILL_MS up to MAX_REPORTS again. The returned
 * function spends one if one is left; if none is, it calls `again` (once, however often it is
 * asked) when the next one is there, so the form a page shows then is looked at without another
 * event.
 */
export function reportBudget(again: () => void): () => boolean {
  let left = MAX_REPORTS;
  let since = Date.now();
  let waiting = false;
  return () => {
    const now = Date.now();
    const gained = Math.floor((now - since) / REPORT_REFILL_MS);
    left = Math.min(MAX_REPORTS, left + gained);
    since = left === MAX_REPORTS ? now : since + gained * REPORT_REFILL_MS;
    if (left > 0) {
      left--;
      return true;
    }
    if (!waiting) {
      waiting = true;
      setTimeout(
        () => {
          waiting = false;
          again();
        },
        since + REPORT_REFILL_MS - now,
      );
    }
    return false;
  };
}

const WATCHED = { childList: true, subtree: true, attributes: true, attributeFilter: ['type'] };

/**
 * Calls `check` after the page changes, at most once per frame and per CHECK_GAP_MS, until it
 * returns true or `ms` have passed. Observes the document itself, so a `document.open` that swaps
 * the whole tree is seen too. Returns `stop`.
 */
export function watchChanges(doc: Document, check: () => boolean, ms = WATCH_MS): () => void {
  let pending = false;
  let stopped = false;
  let last = -CHECK_GAP_MS;
  // No timer: a page that stops changing costs nothing more, and the first change after `ms`
  // ends the watch. `Date.now`, not `performance.now`: the page's Performance object would be one
  // more thing to wrap for the script.
  const until = Date.now() + ms;
  const run = () => {
    if (stopped) return;
    pending = false;
    last = Date.now();
    if (last > until) return stop();
    observer.observe(doc, WATCHED);
    if (check()) stop();
  };
  // Disconnected until the look it asks for: a page that changes all the time hands over one
  // batch of records per look, not one per change.
  const observer = new MutationObserver(() => {
    if (pending || stopped) return;
    pending = true;
    observer.disconnect();
    const wait = last + CHECK_GAP_MS - Date.now();
    if (wait > 0 || doc.visibilityState === 'hidden') setTimeout(run, Math.max(wait, 0));
    else requestAnimationFrame(run);
  });
  function stop() {
    stopped = true;
    observer.disconnect();
  }
  observer.observe(doc, WATCHED);
  return stop;
}

/**
 * The guard on a top page the first look handed over (guard-first-look.ts; this runs in
 * guard-check.js). A page with a credential form, or an address that may be judged a
 * lookalike on its own, is reported. `startsInShadow`: the hand-over came from a field focused in
 * an open shadow root. Any other page is watched for a while (WATCH_MS): the
 * content check needs a form, so the page is reported once a form is added, a step swapped in by
 * script or a template filled after load. A page that asks for nothing is left alone: no message
 * to the background. `report` (told whether there is a form to snapshot) resolves true once the
 * page has a verdict (the page is marked).
 *
 * Most of the web is an ordinary page, so a look is three native queries, which find nothing and so
 * hands the script nothing to wrap. The walk through open shadow roots touches every element: it
 * is taken only on an empty shell (whose content may all sit in a shadow root), a bounded number
 * of times, and once a field in a shadow root gets focus. Any credential field that gets focus
 * gets a look too, so a form the watch missed (added after its time) is reported before typing:
 * the returned function, which the first look's focus listener (guard-first-look.ts), the one no
 * page can stop, calls for every such field.
 */
export function guardPage(
  doc: Document,
  where: Address | undefined,
  report: (hasForm: boolean) => Promise<boolean>,
  startsInShadow = false,
): (inShadow: boolean) => void {
  let focusedInShadow = startsInShadow;
  let reported: string | null = null;
  let busy = false;
  // A look asked for while a report was on its way or none was left: by a field, or by a change.
  let owed: 'none' | 'look' | 'field' = 'none';
  let done = false;
  let stopWatching = () => {};
  const firstLook = boundedFirstLook(doc);
  // Worth a report without a form: the address alone may be judged a lookalike.
  const addressWarns = where !== undefined && addressMayWarnAlone(where);

  const lookAgain = () => {
    const byField = owed === 'field';
    owed = 'none';
    look(byField);
  };
  const takeReport = reportBudget(lookAgain);
  /** `byField`: a credential field got focus or input, so the page is reported whatever changed. */
  const look = (byField = false): boolean => {
    if (done) return true;
    if (busy) {
      if (owed !== 'field') owed = byField ? 'field' : 'look';
      return false;
    }
    // Native queries first, which find nothing on most pages. The walk through open shadow
    // roots only on an empty shell (a bounded number of times) or once a field in one had focus.
    let fields = '';
    const found = focusedInShadow ? 'shell' : firstLook();
    if (found === 'shell') fields = credentialFields(doc, true);
    else if (found === 'fields') fields = credentialFields(doc, false);
    // No form: only an address that may warn on its own is worth a report (once).
    if (fields === '' && (reported !== null || !addressWarns)) return false;
    // The same boxes amid other words (a kit that puts Microsoft's look around a form already
    // judged harmless) are a new page to judge. A field's focus or input is reported anyway: a
    // page can change what shows without a change the watch sees (a class, a picture), and the
    // report sends nothing the background has already judged (guard-check.ts).
    const seen = fields === '' ? '' : `${fields}\n${pageText(doc)}`;
    if (seen === reported && !byField) return false;
    // Out of reports (a page swapping forms to use them up): looked at again once one is there.
    if (!takeReport()) {
      if (byField) owed = 'field';
      return false;
    }
    reported = seen;
    busy = true;
    report(fields !== '').then(
      (marked) => {
        busy = false;
        if (marked) {
          done = true;
          stopWatching();
        } else if (owed !== 'none') lookAgain();
      },
      () => {
        done = true;
        stopWatching();
      },
    );
    return false;
  };

  if (!look()) stopWatching = watchChanges(doc, () => look());
  return (inShadow) => {
    focusedInShadow ||= inShadow;
    look(true);
  };
}

/** What a page says: its title and its text (the values typed into its fields are no part of it). */
export function pageText(doc: Document): string {
  return `${doc.title}\n${doc.body?.textContent ?? ''}`;
}
