import { picturesMicrosoftLogo } from '../core/detection/logo-pixels';
import { PAGE_SNAPSHOT_LIMITS } from '../core/detection/page-snapshot-limits';
import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import { hasScreenshotLayout, LOGO_PICTURE_MARK } from '../core/detection/screenshot-layout';
import { buildPageSnapshot } from './page-snapshot';

/** At most this many pictures are read, each scaled to at most this width. */
const MAX_PICTURES = 3;
const SCAN_WIDTH = 1000;
/** A screenshot of a sign-in page is big; icons and spacers are not it. */
const MIN_WIDTH = 300;
const MIN_HEIGHT = 200;
/** A picture that takes longer than this to decode is left alone. */
const DECODE_MS = 300;
/** The page's pictures load after the guard's first look: it waits for them this long at most. */
const LOAD_WAIT_MS = 3_000;

function loaded(doc: Document, ms: number): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    doc.defaultView?.addEventListener('load', () => resolve(), { once: true });
    setTimeout(resolve, ms);
  });
}

/**
 * The guard's snapshot: a page laid out like a screenshot kit (pictures, input boxes placed over
 * them, little text) gets its pictures read for the logo.
 */
export async function snapshotWithPictures(doc: Document): Promise<PageSnapshot> {
  const snapshot = buildPageSnapshot(doc);
  if (!hasScreenshotLayout(snapshot) || !(await pictureShowsLogo(doc).catch(() => false))) {
    return snapshot;
  }
  const marks = snapshot.marks ?? [];
  return {
    ...snapshot,
    marks: [...marks.slice(0, PAGE_SNAPSHOT_LIMITS.marks - 1), LOGO_PICTURE_MARK],
  };
}

/**
 * Whether one of the page's big pictures shows Microsoft's logo (`logo-pixels.ts`): for a
 * screenshot kit, whose look is a picture with input boxes laid over it. Only pictures the page
 * has already loaded are read (`<img>` elements, and background pictures the page fetched), so
 * nothing new is requested; the pixels never leave this function.
 */
export async function pictureShowsLogo(doc: Document): Promise<boolean> {
  await loaded(doc, LOAD_WAIT_MS);
  for (const source of bigPictures(doc).slice(0, MAX_PICTURES)) {
    const picture = await decoded(source).catch(() => null);
    if (picture && scan(doc, picture)) return true;
  }
  return false;
}

function bigPictures(doc: Document): (HTMLImageElement | string)[] {
  const pictures: (HTMLImageElement | string)[] = [];
  for (const img of doc.querySelectorAll('img')) {
    if (img.complete && img.naturalWidth >= MIN_WIDTH && img.naturalHeight >= MIN_HEIGHT) {
      pictures.push(img);
    }
  }
  const view = doc.defaultView;
  if (!view) return pictures;
  for (const element of [
    doc.documentElement,
    doc.body,
    ...doc.querySelectorAll('body > *, [style*="url("]'),
  ]) {
    if (!element || pictures.length >= MAX_PICTURES * 2) break;
    const url = /url\(\s*["']?([^"')]+)/.exec(view.getComputedStyle(element).backgroundImage)?.[1];
    // Loaded by the page already: reading it again comes from the browser's cache.
    if (url && (url.startsWith('data:') || view.performance.getEntriesByName(url).length > 0)) {
      pictures.push(url);
    }
  }
  return pictures;
}

async function decoded(source: HTMLImageElement | string): Promise<HTMLImageElement> {
  if (typeof source !== 'string') return source;
  const img = new Image();
  img.src = source;
  await Promise.race([
    img.decode(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('slow picture')), DECODE_MS)),
  ]);
  return img;
}

function scan(doc: Document, img: HTMLImageElement): boolean {
  const { naturalWidth: width, naturalHeight: height } = img;
  if (width < MIN_WIDTH || height < MIN_HEIGHT) return false;
  const scale = Math.min(1, SCAN_WIDTH / width);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  try {
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    return picturesMicrosoftLogo(data, canvas.width, canvas.height);
  } catch {
    // Another site's picture without CORS taints the canvas: it can't be read, and isn't.
    return false;
  }
}
