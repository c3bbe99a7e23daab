import { boundedFirstLook, credentialFieldListener, hasCredentialForm } from './credential-form';
import { watchChanges } from './guard-watch';
import { addressMayWarnAlone, addressOf } from './microsoft-address';

/**
 * The guard's first look, in every page and frame while the guard is on: the part of the guard
 * every page pays for, so it is kept to a few small functions (compiling the whole guard cost a
 * page more than running it). It hands over, once, to the rest of the guard (`handOver`, which
 * loads entrypoints/guard-check.ts) when the page asks for credentials: a credential field once
 * it is parsed or loaded, in the top page's first 10 s (WATCH_MS), in any page's first 10 s after
 * it writes a new document over itself, or whenever one gets focus; or, in the top page, when its
 * address alone may be a lookalike's. Any other page is left alone:
 * nothing is loaded, no message is sent. `inShadow`: the field that got focus sits in an open
 * shadow root. Every later focus of, or input in, a credential field is passed on too.
 *
 * It runs at document_start, before any script of the page's own, so its focus listener is the
 * first on the window's capture phase, the first place a focus event reaches: no listener of the
 * page's can stop it. `document.open()` (a kit writing itself over the page, at any time) drops
 * every listener and swaps the whole tree: the first look starts over then, or, on a page already
 * handed over, hands the new document over too.
 */
export function guardFirstLook(
  doc: Document,
  top: boolean,
  url: string,
  handOver: (inShadow: boolean) => void,
): void {
  let handed = false;
  let stop = () => {};
  const look = boundedFirstLook(doc);
  const hand = (inShadow: boolean) => {
    if (handed) return;
    handed = true;
    stop();
    handOver(inShadow);
  };
  let shell = false;
  let swapped = false;
  const asks = () => {
    const found = look();
    shell ||= found === 'shell';
    return found === 'fields' || (found === 'shell' && hasCredentialForm(doc));
  };
  // Watches the page (WATCH_MS, or until `enough`), calling `found` whenever it asks.
  const watch = (found: () => void, enough: () => boolean) => {
    stop();
    stop = watchChanges(doc, () => {
      if (asks()) found();
      return enough();
    });
  };
  const begin = () => {
    if (handed) return;
    if (asks() || (top && addressMayWarnAlone(addressOf(url)))) hand(false);
    else if (top || swapped)
      watch(
        () => hand(false),
        () => handed,
      );
  };
  // Listeners added again after `document.open()`: adding one while it is there does nothing.
  const focused = credentialFieldListener((inShadow) =>
    handed ? handOver(inShadow) : hand(inShadow),
  );
  // Focus, and input too: a page that focused its field itself and changed its look after (the
  // harmless form judged, the watch over) gets looked at again when the person types.
  const listen = () => {
    const target = doc.defaultView ?? doc;
    target.addEventListener('focusin', focused, true);
    target.addEventListener('input', focused, true);
  };
  listen();
  // Only the document's own children, and only a removal: the tree swapped out, never the parser
  // putting it in, nor an ordinary change.
  new MutationObserver((records) => {
    if (!records.some((record) => record.removedNodes.length > 0)) return;
    listen();
    // A frame too is watched while its new document is written: swapping one is what a kit does.
    swapped = true;
    if (!handed) return begin();
    // Already handed over (its first page was judged, say harmless): the new document goes to the
    // rest of the guard too, now and while it is being written.
    handOver(false);
    watch(
      () => handOver(false),
      () => false,
    );
  }).observe(doc, { childList: true });
  // After the page's own DOMContentLoaded listeners (which may fill shadow roots, no change the
  // watch sees), and for an empty shell once more at load: where document_idle would have looked.
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', () => setTimeout(begin), { once: true });
  } else begin();
  if (doc.readyState !== 'complete') {
    doc.defaultView?.addEventListener('load', () => handed || !shell || (asks() && hand(false)), {
      once: true,
    });
  }
}
