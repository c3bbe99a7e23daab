import { browser } from 'wxt/browser';
import type { Verdict } from '../core/detection/types';
import { bt } from './i18n';

/** The toolbar shows 16 px icons (32 px on high-density screens). */
const TOOLBAR_SIZES = [16, 32] as const;

/** The title is in the browser's UI language: `toolbar.<verdict>` in the pages catalog. */
const LOOKS: Record<Verdict, { text: string; color: string; icon: string }> = {
  microsoft: { text: '✓', color: '#107c41', icon: 'icon-genuine' },
  lookalike: { text: '!', color: '#c50f1f', icon: 'icon-lookalike' },
  other: { text: '', color: '#5c5c5c', icon: 'icon' },
};

type IconImages = Record<number, ImageData>;
const decoded = new Map<string, Promise<IconImages | null>>();

/**
 * Decodes an icon's PNGs once per worker lifetime. Passing a `path` to `setIcon` makes the browser
 * decode the files on every call, which held up the worker by ~30 ms per navigation.
 */
function iconImages(name: string): Promise<IconImages | null> {
  let images = decoded.get(name);
  if (!images) {
    images = decodeIcon(name).catch(() => null);
    decoded.set(name, images);
  }
  return images;
}

async function decodeIcon(name: string): Promise<IconImages> {
  const entries = await Promise.all(
    TOOLBAR_SIZES.map(async (size) => {
      const response = await fetch(browser.runtime.getURL(`/icons/${name}-${size}.png` as '/'));
      const bitmap = await createImageBitmap(await response.blob());
      const context = new OffscreenCanvas(size, size).getContext('2d');
      if (!context) throw new Error('No 2D canvas in this worker.');
      context.drawImage(bitmap, 0, 0, size, size);
      return [size, context.getImageData(0, 0, size, size)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function iconPaths(name: string): Record<number, string> {
  return Object.fromEntries(TOOLBAR_SIZES.map((size) => [size, `/icons/${name}-${size}.png`]));
}

/** Marks the toolbar button for one tab. A closed tab makes these calls fail: that is fine. */
export async function showVerdictOnToolbar(tabId: number, verdict: Verdict): Promise<void> {
  const look = LOOKS[verdict];
  const images = await iconImages(look.icon);
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: bt(`toolbar.${verdict}`) }),
    browser.action.setIcon(
      images ? { tabId, imageData: images as never } : { tabId, path: iconPaths(look.icon) },
    ),
  ]);
}
