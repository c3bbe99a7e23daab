/**
 * Whether a person can see an element: not hidden by attribute or inline style and, where the
 * browser can tell (`checkVisibility`; linkedom can't), not by a style sheet either. What a page
 * hides must never explain its warning away.
 */
export function shown(element: Element): boolean {
  if (element.closest('[hidden],[aria-hidden="true"]')) return false;
  for (let e: Element | null = element; e; e = e.parentElement) if (styledAway(e)) return false;
  return laidOut(element);
}

/** The element itself is hidden (for walks that skip a hidden element's whole subtree). */
export function hiddenItself(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    styledAway(element) ||
    !laidOut(element)
  );
}

const STYLED_AWAY = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function styledAway(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && STYLED_AWAY.test(style);
}

function laidOut(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  return (
    typeof check !== 'function' ||
    check.call(element, { opacityProperty: true, visibilityProperty: true })
  );
}
