import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadGuardCheck } from '../src/content/guard-check-loader';
import { guardFirstLook } from '../src/content/guard-first-look';

/**
 * The lookalike guard's first look, registered at run time on every site and frame only while
 * the user grants the guard (src/background/guard-script.ts), at document_start, before the
 * page's own scripts (guard-first-look.ts says why). It is all most pages ever run: a page that
 * asks for credentials (at DOMContentLoaded, within its first 10 s, or when a field gets focus),
 * or whose address alone may be a lookalike's, gets the rest of the guard
 * (entrypoints/guard-check.ts) from the background; the rest of the web never wakes the
 * background.
 *
 * An unlisted script rather than WXT's content-script entrypoint: WXT's wrapper announces itself to
 * every page (a `window.postMessage` carrying the extension's id, and a document event it listens
 * for), which would tell any site that Account Helper is installed, and it costs about 1 KB gzipped.
 */
export default defineUnlistedScript(() => {
  // A page can't name itself `top`: the property is unforgeable.
  const top = window === window.top;
  // With `matchOriginAsFallback`, Firefox also runs the guard in a top-level `about:blank` tab,
  // which is no web page to judge (its tab would show a verdict for nothing).
  const url = document.URL;
  if (top && !/^https?:/.test(url)) return;
  guardFirstLook(document, top, url, loadGuardCheck);
});
