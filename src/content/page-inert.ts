/**
 * While the lookalike warning shows, the page behind it is out of reach: everything but the
 * warning's own element is `inert` (not focusable, not clickable, out of the accessibility tree),
 * elements the page adds later too, and an `inert` the page takes away is put back. Focus that
 * ends up on the page anyway goes back to the warning, and key presses meant for the page are
 * dropped, so nothing typed reaches its form. Returns the release ("I know what I'm doing").
 */
export function holdPageBehind(host: HTMLElement, focusWarning: () => void): () => void {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  const madeInert = new Set<Element>();
  const onPath = new Set<Node>();
  for (let node: Node | null = host; node; node = node.parentNode) onPath.add(node);

  const hold = (element: Element) => {
    if (onPath.has(element) || element.tagName === 'HEAD' || element.hasAttribute('inert')) return;
    element.setAttribute('inert', '');
    madeInert.add(element);
  };
  const parents = [...onPath].filter(
    (node): node is Element => node.nodeType === 1 && node !== host,
  );
  for (const parent of parents) for (const child of Array.from(parent.children)) hold(child);

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      if (record.type === 'childList') {
        if (!parents.includes(target)) continue;
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === 1) hold(node as Element);
        }
      } else if (madeInert.has(target) && !target.hasAttribute('inert')) {
        // The page took our `inert` away: put it back.
        madeInert.delete(target);
        hold(target);
      }
    }
  });
  for (const parent of parents) {
    observer.observe(parent, { childList: true, subtree: true, attributeFilter: ['inert'] });
  }

  // Events from inside the warning's closed shadow root reach the page's window retargeted to its
  // host; any other target is the page.
  const fromPage = (event: Event) => event.target !== host;
  const onKey = (event: KeyboardEvent) => {
    if (!fromPage(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    focusWarning();
  };
  const onFocus = (event: FocusEvent) => {
    if (fromPage(event)) focusWarning();
  };
  win?.addEventListener('keydown', onKey, true);
  win?.addEventListener('keypress', onKey, true);
  win?.addEventListener('focusin', onFocus, true);

  return () => {
    observer.disconnect();
    win?.removeEventListener('keydown', onKey, true);
    win?.removeEventListener('keypress', onKey, true);
    win?.removeEventListener('focusin', onFocus, true);
    for (const element of madeInert) element.removeAttribute('inert');
    madeInert.clear();
  };
}
