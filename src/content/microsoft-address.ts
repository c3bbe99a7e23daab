/**
 * The guard's look at the page's own address: could it be judged a lookalike on its own? Then a
 * page without a form is still worth a report. An address is ASCII (a host in punycode, a path
 * percent-encoded), so plain string searches do: the first look runs on every page, and each page
 * pays to compile every regular expression it meets.
 */

import { STRONG_SIGN_IN_PATH, WEAK_SIGN_IN_PATH } from '../core/detection/sign-in-paths';

/** Microsoft names, also with 0 for o and 1 for i undone (`0ffice`, `micros0ft`). */
const ADDRESS_NAMES = [
  'microsoft',
  'micrsoft',
  'office',
  'outlook',
  'onedrive',
  'sharepoint',
  'hotmail',
  'o365',
  'msft',
  'exch365',
  'exchange365',
  'exchonline',
  'exchangeonline',
];
/** Outlook Web App's path, as a word of its own (`/owa/`, `owa-login`, not `towards`). */
const OWA_WORD = /\bowa\b/;
/** A Microsoft name beside a sign-in word in a path: `/office365-login.html`, `/owa/auth/`. */
const SIGN_IN_PATH_WORDS = /log-?[io]n|sign-?in|auth|verif|secur|account|session|validat|portal/;
/** A Microsoft host written into a path: `/login.microsoftonline.com/…`. */
const HOST_IN_PATH = /(?:micro?soft\w*|live|office|outlook|windows|sharepoint)\.(?:com|net)\b/;
/** Where Microsoft's own sign-in endpoints start (tested in full only then). */
const SIGN_IN_PATH_STARTS = ['/common/', '/organizations/', '/consumers/', '/kmsi'];

export type Address = { hostname: string; pathname: string };

function startsLikeSignIn(path: string): boolean {
  for (const start of SIGN_IN_PATH_STARTS) if (path.startsWith(start)) return true;
  return false;
}

/**
 * Host name and path of a serialised http(s) address (`document.URL`), read with string searches
 * like the rest of this file: the page's `location` would be one more object to wrap for the
 * script, on every page.
 */
export function addressOf(url: string): Address {
  const start = url.indexOf('//') + 2;
  let end = start;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++;
  const hostPort = url.slice(url.lastIndexOf('@', end) + 1 || start, end);
  const hostname = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : (hostPort.split(':')[0] ?? '');
  if (url[end] !== '/') return { hostname, pathname: '/' };
  let stop = end;
  while (stop < url.length && url[stop] !== '?' && url[stop] !== '#') stop++;
  return { hostname, pathname: url.slice(end, stop) };
}

/**
 * The lower-cased part names Microsoft, digits standing in for letters undone (no name holds a 0
 * or a 1, so the undone copy finds every name the part itself spells).
 */
function namesMicrosoft(part: string): boolean {
  const plain = part.replaceAll('0', 'o').replaceAll('1', 'i');
  // Loops, not `some` with a callback: each function the first look calls is compiled for it.
  for (const name of ADDRESS_NAMES) if (plain.includes(name)) return true;
  return part.includes('owa') && OWA_WORD.test(part);
}

/**
 * The address could be judged a lookalike on its own: its host names Microsoft, or its path
 * carries a Microsoft host, one of Microsoft's own sign-in endpoints, or a Microsoft name next to
 * a sign-in word. An article whose path only names a product (`/outlook-tips`) is not.
 */
export function addressMayWarnAlone(location: Address): boolean {
  const host = location.hostname.toLowerCase();
  const path = location.pathname.toLowerCase();
  if (namesMicrosoft(host)) return true;
  if (
    (path.includes('.srf') || startsLikeSignIn(path)) &&
    (STRONG_SIGN_IN_PATH.test(path) || WEAK_SIGN_IN_PATH.test(path))
  ) {
    return true;
  }
  if ((path.includes('.com') || path.includes('.net')) && HOST_IN_PATH.test(path)) return true;
  return namesMicrosoft(path) && SIGN_IN_PATH_WORDS.test(path);
}
