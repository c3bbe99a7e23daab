import { parseHTML } from 'linkedom';
import { afterEach, beforeEach } from 'vitest';

// linkedom has no frames or layout: an animation frame is a short timeout here.
const g = globalThis as unknown as Record<string, unknown>;

/** For a test file whose code watches a page: animation frames and MutationObserver for linkedom. */
export function useLinkedomWatch(): void {
  let restore: Record<string, unknown>;
  beforeEach(() => {
    restore = {
      MutationObserver: g.MutationObserver,
      requestAnimationFrame: g.requestAnimationFrame,
    };
    g.requestAnimationFrame = (fn: () => void) => setTimeout(fn, 16);
  });
  afterEach(() => Object.assign(g, restore));
}

export const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

/** linkedom's MutationObserver sees only its own window's document: the last page parsed. */
export function page(body: string, title = 'Page'): Document {
  const parsed = parseHTML(
    `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`,
  );
  g.MutationObserver = parsed.MutationObserver;
  return parsed.document as unknown as Document;
}

/** A field getting focus, as the browser tells the page (linkedom's own Event class). */
export function focus(field: Element): void {
  const view = field.ownerDocument.defaultView as unknown as { Event: typeof Event };
  field.dispatchEvent(new view.Event('focusin', { bubbles: true }));
}

/** Typing into a field, as the browser tells the page (what is typed is no part of the event). */
export function input(field: Element): void {
  const view = field.ownerDocument.defaultView as unknown as { Event: typeof Event };
  field.dispatchEvent(new view.Event('input', { bubbles: true }));
}
