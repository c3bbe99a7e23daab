import type { Page } from 'puppeteer';

/** What a page itself can observe of Account Helper's marker (the shadow root is closed). */
export function markerAttributes(page: Page): Promise<Record<string, string> | null> {
  return page.evaluate(() => {
    const marker = document.querySelector('[data-account-helper]');
    if (!marker) return null;
    return Object.fromEntries(Array.from(marker.attributes).map((a) => [a.name, a.value]));
  });
}

/** True when Account Helper's element covers the middle of the viewport (the full warning). */
export function warningCoversPage(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return hit?.hasAttribute('data-account-helper') ?? false;
  });
}

/** True when focus sits inside Account Helper's element. */
export function focusIsInMarker(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.hasAttribute('data-account-helper') ?? false);
}
