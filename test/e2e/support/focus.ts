import type { Page } from 'puppeteer';

/**
 * Keyboard focus as a person sees it: which element has it (through open shadow roots, so in
 * the e2e build also inside Account Helper's element on a web page) and the ring it draws.
 */
export interface FocusRing {
  /** `tag#id "text"`: what has focus. */
  element: string;
  /** The outline's width in CSS pixels (0 when there is none). */
  outlineWidth: number;
  /** A box-shadow is drawn (an alternative to the outline). */
  boxShadow: boolean;
  /** Contrast of the ring's colour against what is behind it (WCAG 2.4.13 asks 3:1). */
  contrast: number;
}

/** What has focus now, and the ring it draws; null when nothing (or only the body) has it. */
export async function focusRing(page: Page): Promise<FocusRing | null> {
  const seen = await page.evaluate(() => {
    // The same naming as `tabbableControls` (functions can't be shared across evaluate calls).
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ');
      const name = text.trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${name ? ` "${name}"` : ''}`;
    };
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = style.outlineStyle === 'none' ? '' : style.outlineColor;
    // The ring sits just outside the element (outline-offset), over its parent's background.
    let behind = 'rgb(255, 255, 255)';
    for (
      let node: Node | null = el.parentNode;
      node;
      node = node instanceof ShadowRoot ? node.host : node.parentNode
    ) {
      if (!(node instanceof Element)) continue;
      const background = getComputedStyle(node).backgroundColor;
      if (!/^rgba\(.*, 0\)$|^transparent$/.test(background)) {
        behind = background;
        break;
      }
    }
    return {
      element: describe(el),
      outlineWidth: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow !== 'none',
      ring: ring || style.boxShadow,
      behind,
    };
  });
  if (!seen) return null;
  const ring = parseColour(seen.ring);
  const behind = parseColour(seen.behind);
  return {
    element: seen.element,
    outlineWidth: seen.outlineWidth,
    boxShadow: seen.boxShadow,
    contrast: ring && behind ? contrastRatio(ring, behind) : 0,
  };
}

/** The controls Tab can reach on the page, in document order, named as `focusRing` names them. */
export function tabbableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ');
      const name = text.trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${name ? ` "${name}"` : ''}`;
    };
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter(
        (el) =>
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          // Not hidden, nor inside a closed <details> (content-visibility: hidden).
          el.checkVisibility({ visibilityProperty: true }),
      )
      .map(describe);
  });
}

type Rgb = [number, number, number];

/** The first colour in a computed value (`rgb(…)`, `rgba(…)`, or a box-shadow holding one). */
export function parseColour(value: string): Rgb | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(value);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Presses Tab once for every control `tabbableControls` finds, from the top of the page, and
 * returns both lists: what should be reached, in order, and the ring each Tab showed.
 */
export async function walkTabOrder(
  page: Page,
): Promise<{ controls: string[]; reached: (FocusRing | null)[] }> {
  const controls = await tabbableControls(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached: (FocusRing | null)[] = [];
  for (const _ of controls) {
    await page.keyboard.press('Tab');
    reached.push(await focusRing(page));
  }
  return { controls, reached };
}
