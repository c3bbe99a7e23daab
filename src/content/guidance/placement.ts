/**
 * Keeps the panel off Microsoft's form: docked at the bottom right, else the bottom left, else
 * in the page's flow after Microsoft's content (where it can't cover anything). Checked when the
 * panel opens or closes, when the page changes, when the window is resized and, while docked,
 * when the page scrolls.
 */
export type Layout = 'right' | 'left' | 'inline';

const CONTROLS =
  'input:not([type="hidden"]), select, textarea, button, [role="button"], form a[href], [type="submit"]';
const MAX_CONTROLS = 200;

function controlRects(doc: Document, host: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const element of Array.from(doc.querySelectorAll(CONTROLS)).slice(0, MAX_CONTROLS)) {
    if (host.contains(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function placePanel(panel: HTMLElement, host: Element): Layout {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const scrollY = view?.scrollY ?? 0;
  const controls = controlRects(doc, host);
  let chosen: Layout = 'inline';
  for (const layout of ['right', 'left'] as const) {
    panel.setAttribute('data-layout', layout);
    const box = panel.getBoundingClientRect();
    if (!controls.some((rect) => overlaps(box, rect))) {
      chosen = layout;
      break;
    }
  }
  panel.setAttribute('data-layout', chosen);
  // Trying a docked layout takes the inline panel out of the page for a moment, which can
  // clamp the scroll position; put it back.
  if (view && view.scrollY !== scrollY) view.scrollTo(view.scrollX, scrollY);
  return chosen;
}

/** Re-places the panel on resize, and on scroll while it is docked (never faster than frames). */
export function keepPlaced(panel: HTMLElement, host: Element): () => void {
  const view = host.ownerDocument.defaultView;
  if (!view) return () => placePanel(panel, host);
  let queued = false;
  const replace = (onlyDocked: boolean) => () => {
    if (queued || (onlyDocked && panel.getAttribute('data-layout') === 'inline')) return;
    queued = true;
    view.requestAnimationFrame(() => {
      queued = false;
      placePanel(panel, host);
    });
  };
  view.addEventListener('resize', replace(false), { passive: true });
  view.addEventListener('scroll', replace(true), { passive: true, capture: true });
  return () => placePanel(panel, host);
}
