/**
 * A page controls its own address, length included. These keep an address within bounds by
 * shortening it, never by refusing it: a refused report would be a page that escapes its warning.
 * Pure (the `URL` parser only), small enough for the guard's content script.
 */

/** Longest address a page report carries. Classification reads the host and path only. */
export const MAX_REPORTED_URL = 8192;
/** Longest address Account Helper stores (a sighting, a tab's state). */
export const MAX_KEPT_URL = 2048;

function parse(input: string): URL | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}

/**
 * The origin and path of an http(s) address, without credentials, query or fragment (they can
 * carry sign-in codes and tokens), the path cut so the whole fits `max`. Null for anything else.
 */
export function originAndPath(input: string, max: number = MAX_KEPT_URL): string | null {
  const url = parse(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const { origin } = url;
  let path = url.pathname;
  // Cutting can leave a trailing "/." or "/.." that the parser then resolves: parse again until
  // what is kept is exactly what a parser reads back.
  while (origin.length + path.length > max) {
    const cut = parse(origin + path.slice(0, Math.max(1, max - origin.length)));
    if (!cut) return null;
    if (cut.pathname.length >= path.length) path = cut.pathname.slice(0, 1);
    else path = cut.pathname;
  }
  if (origin.length + path.length > max) return null;
  return origin + path;
}

/**
 * A page's address for its report: as it is when it fits `max`, else without its fragment, then
 * without its query, then with its path cut. Never longer than `max`.
 */
export function boundedUrl(input: string, max: number = MAX_REPORTED_URL): string {
  if (input.length <= max) return input;
  const url = parse(input);
  if (!url) return input.slice(0, max);
  url.hash = '';
  if (url.href.length <= max) return url.href;
  url.search = '';
  if (url.href.length <= max) return url.href;
  return originAndPath(url.href, max) ?? url.origin.slice(0, max);
}
