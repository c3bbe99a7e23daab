import type { Frame, Page, SerializedAXNode } from 'puppeteer';
import { waitFor } from './launch';
import { focusIsInMarker } from './page-probes';

/**
 * What a page (and so a test) can observe of the guidance panel: the host's attributes, keyboard
 * focus, what `elementFromPoint` hits, the paint mark, and, in Chromium, the accessibility tree,
 * which reaches into the closed shadow root (Firefox's WebDriver BiDi has no such view).
 */

export const PAINTED_MARK = 'account-helper:panel-painted';

export function hostAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate(
    (attribute) => document.querySelector('[data-account-helper]')?.getAttribute(attribute) ?? null,
    name,
  );
}

export async function waitForHostAttribute(
  page: Page,
  name: string,
  value: string | null,
  timeoutMs = 5_000,
): Promise<void> {
  await waitFor(
    async () => (await hostAttribute(page, name)) === value,
    `${name}="${value}"`,
    timeoutMs,
  );
}

/** Empties a box of the page the way a person would (select all, Backspace): works in both. */
export async function clearField(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (input) => {
    (input as HTMLInputElement).focus();
    (input as HTMLInputElement).select();
  });
  await page.keyboard.press('Backspace');
}

/** Waits for the panel, then returns the host's attributes. */
export async function waitForPanel(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('[data-account-helper][data-panel-state]', { timeout: 10_000 });
  return page.$eval('[data-account-helper]', (host) =>
    Object.fromEntries(Array.from(host.attributes).map((a) => [a.name, a.value])),
  );
}

/** Milliseconds from DOMContentLoaded to the panel's paint mark. */
export async function paintDelay(page: Page): Promise<number> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    { timeout: 10_000 },
    PAINTED_MARK,
  );
  return page.evaluate((mark) => {
    const painted = performance.getEntriesByName(mark)[0] as PerformanceEntry;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return painted.startTime - navigation.domContentLoadedEventStart;
  }, PAINTED_MARK);
}

/**
 * Tabs from the page's own controls until focus is in Account Helper's element: the first thing
 * there is the panel's button. Proves the panel can be reached with the keyboard.
 */
export async function focusPanelButton(page: Page): Promise<void> {
  // Start from the page's last focusable element: the panel comes after it.
  await page.evaluate(() => {
    const focusable = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
    ).filter((el) => !el.closest('[data-account-helper]') && el.getClientRects().length > 0);
    const last = focusable[focusable.length - 1];
    if (last) last.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await focusIsInMarker(page)) return;
  }
  throw new Error('Tab never reached the guidance panel');
}

/** Opens or collapses the panel with the keyboard, and waits for the new state. */
export async function togglePanel(page: Page): Promise<string> {
  const before = await hostAttribute(page, 'data-panel-state');
  const after = before === 'open' ? 'collapsed' : 'open';
  await focusPanelButton(page);
  await page.keyboard.press('Enter');
  await waitForHostAttribute(page, 'data-panel-state', after);
  return after;
}

/**
 * Every visible control of Microsoft's form (inputs, selects, buttons, links in the form),
 * scrolled into view, is hit by `elementFromPoint` at its centre and corners: nothing of ours
 * lies on top. Returns the controls that are covered.
 */
export function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const covered: string[] = [];
    const selector =
      'form input:not([type="hidden"]), form select, form textarea, form button, form a[href]';
    for (const control of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (control.getClientRects().length === 0) continue;
      control.scrollIntoView({ block: 'center', inline: 'center' });
      await frame();
      await frame();
      const r = control.getBoundingClientRect();
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x as number, y as number);
        if (hit?.closest('[data-account-helper]')) {
          covered.push(
            `${control.tagName.toLowerCase()}#${control.id || control.getAttribute('name')}`,
          );
          break;
        }
      }
    }
    window.scrollTo(0, 0);
    return covered;
  });
}

export interface AxLine {
  role: string;
  name: string;
  expanded?: boolean;
  checked?: boolean | 'mixed';
}

/** Chromium only: the panel's accessibility tree, flattened (static text merged into names). */
export async function panelTree(page: Page): Promise<AxLine[]> {
  const host = await page.$('[data-account-helper]');
  if (!host) return [];
  const root = await page.accessibility.snapshot({ interestingOnly: false, root: host });
  const lines: AxLine[] = [];
  const walk = (node: SerializedAXNode | null | undefined) => {
    if (!node) return;
    if (node.role !== 'InlineTextBox' && (node.name || node.role !== 'generic')) {
      lines.push({
        role: node.role,
        name: node.name ?? '',
        ...(node.expanded !== undefined ? { expanded: node.expanded } : {}),
        ...(node.checked !== undefined ? { checked: node.checked } : {}),
      });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return lines;
}

/** Chromium only: all the text the panel exposes to assistive technology, in one string. */
export async function panelText(page: Page): Promise<string> {
  return (await panelTree(page)).map((line) => line.name).join('\n');
}

/**
 * The panel's private frame (the person's addresses and the "Check this address" answer): an
 * extension page, found among the page's frames by what its own document says (Firefox's BiDi
 * names it about:blank).
 */
export async function privateFrame(page: Page, extensionOrigin: string): Promise<Frame> {
  return waitFor(
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const href = await frame.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(extensionOrigin)) return frame;
      }
      return null;
    },
    'the panel’s private frame',
    20_000,
  );
}

/** The private frame's text (its addresses and answer). */
export function privateText(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.body.textContent ?? '').catch(() => '');
}
