/**
 * While the lookalike warning shows, the page behind it is out of reach: everything but the
 * warning's own element is `inert` (not focusable, not clickable, out of the accessibility tree),
 * elements the page adds later too, and an `inert` the page takes away is put back (which also
 * takes focus off the page's field). A key press meant for the page is dropped and focus goes back
 * to the warning, so nothing typed reaches its form. Returns the release ("I know what I'm doing").
 */
export function holdPageBehind(host: HTMLElement, focusWarning: () => void): () => void {
  const madeInert = new Set<Element>();
  const parents: Element[] = [];
  for (let node = host.parentElement; node; node = node.parentElement) parents.push(node);

  const hold = (element: Element) => {
    if (element === host || parents.includes(element) || element.hasAttribute('inert')) return;
    element.setAttribute('inert', '');
    madeInert.add(element);
  };
  // An `inert` on the warning or an element around it would take the warning's buttons away.
  const path = [host, ...parents];
  const free = () => {
    for (const element of path) element.removeAttribute('inert');
  };
  free();
  for (const parent of parents) for (const child of Array.from(parent.children)) hold(child);

  const observer = new MutationObserver((records) => {
    free();
    for (const { target, addedNodes } of records) {
      const element = target as Element;
      if (madeInert.has(element) && !element.hasAttribute('inert'))
        element.setAttribute('inert', '');
      // Only the path's own children need it: the rest sits inside an inert element already.
      if (parents.includes(element)) {
        for (const node of Array.from(addedNodes)) if (node.nodeType === 1) hold(node as Element);
      }
    }
  });
  for (const parent of parents) {
    observer.observe(parent, { childList: true, subtree: true, attributeFilter: ['inert'] });
  }

  // Key presses from inside the warning's closed shadow root reach the window retargeted to its
  // host; any other target is the page.
  const stop = new AbortController();
  host.ownerDocument.defaultView?.addEventListener(
    'keydown',
    (event) => {
      if (event.target === host) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      focusWarning();
    },
    { capture: true, signal: stop.signal },
  );

  return () => {
    observer.disconnect();
    stop.abort();
    for (const element of madeInert) element.removeAttribute('inert');
  };
}
