/**
 * The guard's cheap first look: does anything on the page or in its address name Microsoft? Only
 * such pages (and pages with a credential form) are worth watching (src/content/guard-watch.ts);
 * the rest of the web is left alone. It errs towards "yes": a page it picks only costs a watch,
 * while a kit it misses is never checked. Reads the title, the text, pictures' descriptions and
 * file names and inline colours, never a form field's value.
 */

// After lower-casing, removing spaces and undoing the usual disguises (below).
const BRAND_WORDS = /microsoft|office365|onedrive|sharepoint|hotmail|outlook/;
const ADDRESS_WORDS =
  /micro?soft|office|outlook|onedrive|sharepoint|hotmail|o365|msft|\bowa\b|exch(?:ange)?(?:365|online)/;
/** The four squares' colours, as hex in CSS or SVG (classic and current shades). */
const LOGO_HEX = ['f25022', 'f35325', '7fba00', '81bc06', '00a4ef', '05a6f0', 'ffb900', 'ffba08'];
/** Kits put the name near the top; an article that only names Microsoft far down is no kit. */
const TEXT_LIMIT = 5000;
/** How much of the body's raw text (spaces and scripts included) the first look reads. */
const RAW_TEXT_LIMIT = 30_000;
/** Elements an ordinary page's text sits in; a kit's shell has none yet (a heading it may have). */
const CONTENTFUL = 'p, li, td, a[href], label, article';
const SKIPPED_PARENTS = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/i;

// Look-alike letters kits use to dodge word filters: Cyrillic, Greek, Turkish dotted/dotless i.
const LOOKALIKE_LETTERS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  і: 'i',
  ο: 'o',
  ı: 'i',
  '0': 'o',
  '1': 'i',
  '|': 'l',
};

/**
 * Lower-case, without spaces, zero-width characters, soft hyphens or accents (Turkish İ lowercases
 * to i and a combining dot), disguised letters undone. No Unicode normalisation and no Unicode
 * property escapes: either costs a millisecond or more the first time a page uses it, on every
 * page the guard looks at.
 */
export function plainLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00ad\u200b-\u200f\u2060\ufeff]+/g, '')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[аеорсѕіοı01|]/g, (char) => LOOKALIKE_LETTERS[char] ?? char);
}

export function namesMicrosoft(text: string): boolean {
  return BRAND_WORDS.test(plainLetters(text));
}

/** The address names Microsoft (`/office365/`, `0ffice`, `micros0ft-login`, `/owa/`). */
export function addressNamesMicrosoft(location: { hostname: string; pathname: string }): boolean {
  const address = `${location.hostname}/${location.pathname}`.toLowerCase();
  return ADDRESS_WORDS.test(address) || ADDRESS_WORDS.test(plainLetters(address));
}

/** The page's text (not its scripts' or styles'), up to about `limit` characters. */
export function textStart(doc: Document, limit = TEXT_LIMIT): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (SKIPPED_PARENTS.test(node.parentElement?.tagName ?? '')) continue;
    const value = node.nodeValue?.trim();
    if (value) text += ` ${value}`;
  }
  return text;
}

let lastRead: { doc: Document; text: string } | undefined;

/**
 * The body's text as one native read, scripts and styles included. An XPath string touches no
 * element: in the extension's script world the first wrapper of each kind of element costs the
 * page about half a millisecond, and the first look must stay under one for most of the web.
 * Walking text nodes (`textStart`) is left for the pages whose raw text gives a reason.
 */
function rawText(doc: Document, limit: number): string {
  if (lastRead?.doc !== doc) {
    // `doc.body` is not asked for: that alone would wrap the body element.
    lastRead = { doc, text: xpathString(doc, 'string(//body)') || xpathString(doc, 'string(/*)') };
    // One read serves one look (the shell check and the name check); the page changes after it.
    queueMicrotask(() => {
      lastRead = undefined;
    });
  }
  return lastRead.text.slice(0, limit);
}

function xpathString(doc: Document, expression: string): string {
  // A DOM without XPath (the unit tests' linkedom) reads the same text through the element.
  if (typeof doc.evaluate !== 'function')
    return (doc.body ?? doc.documentElement)?.textContent ?? '';
  return doc.evaluate(expression, doc, null, 2 /* XPathResult.STRING_TYPE */, null).stringValue;
}

/** Whether anything matches, without touching (and so wrapping) what does. */
function anyMatch(doc: Document, selector: string): boolean {
  return doc.querySelectorAll(selector).length > 0;
}

/** The page has elements an ordinary page's text sits in (a kit's empty shell has none yet). */
export function hasTextElements(doc: Document): boolean {
  return anyMatch(doc, CONTENTFUL);
}

/** The text names Microsoft: the raw read first, the text nodes only when it does. */
function textNamesMicrosoft(doc: Document): boolean {
  return namesMicrosoft(rawText(doc, RAW_TEXT_LIMIT)) && namesMicrosoft(textStart(doc));
}

/**
 * Little visible text: a shell that script may still fill in. The raw read settles most pages;
 * only a page with `min` characters of raw text but none of the elements an ordinary page's text
 * sits in (its text may all be script) gets its text nodes walked.
 */
export function hasLittleText(doc: Document, min: number): boolean {
  if (rawText(doc, RAW_TEXT_LIMIT).replace(/\s+/g, '').length < min) return true;
  if (hasTextElements(doc)) return false;
  return textStart(doc, min).length < min;
}

/** Words in image descriptions and file names, as one native query (no element is touched). */
const IMAGE_WORDS = [
  'microsoft',
  'office365',
  'office 365',
  'office-365',
  'office_365',
  'onedrive',
  'one drive',
  'sharepoint',
  'hotmail',
  'outlook',
];
const IMAGE_SELECTOR = IMAGE_WORDS.flatMap((word) => [
  `img[alt*="${word}" i]`,
  `img[src*="${word}" i]`,
]).join(',');
/** Elements painted in `hex` by their own style or SVG fill. */
const paintedIn = (hex: string) => `[style*="${hex}" i],[fill*="${hex}" i]`;
/** Any of the logo's colours painted inline: one query rules most pages out. */
const PAINTED = LOGO_HEX.map(paintedIn).join(',');

/** Microsoft's name on a picture, or its logo's colours: one native query rules most pages out. */
function picturesMicrosoft(doc: Document): boolean {
  if (anyMatch(doc, `${IMAGE_SELECTOR},${PAINTED}`)) {
    return anyMatch(doc, IMAGE_SELECTOR) || drawsMicrosoftLogo(doc);
  }
  return styleNames(doc, LOGO_HEX) && drawsMicrosoftLogo(doc);
}

/** Microsoft's four squares drawn in CSS or SVG: at least two of their colours inline. */
function drawsMicrosoftLogo(doc: Document): boolean {
  let found = 0;
  for (const hex of LOGO_HEX) {
    if (anyMatch(doc, paintedIn(hex)) || styleNames(doc, [hex])) found++;
    if (found >= 2) return true;
  }
  return false;
}

/** A `<style>` element names any of the colours (read natively: no element is touched). */
function styleNames(doc: Document, colours: string[]): boolean {
  if (typeof doc.evaluate !== 'function') {
    return [...doc.querySelectorAll('style')].some((style) =>
      colours.some((hex) => style.textContent?.toLowerCase().includes(hex)),
    );
  }
  const lower = "translate(., 'ABCDEF', 'abcdef')";
  const test = colours.map((hex) => `contains(${lower}, '${hex}')`).join(' or ');
  return doc.evaluate(`boolean(//style[${test}])`, doc, null, 3 /* BOOLEAN_TYPE */, null)
    .booleanValue;
}

/**
 * Whether the page shows any sign of Microsoft (cheapest look first). Its address is asked
 * separately (`addressNamesMicrosoft`): that alone is worth a report.
 */
export function showsMicrosoftSign(doc: Document): boolean {
  return namesMicrosoft(doc.title) || textNamesMicrosoft(doc) || picturesMicrosoft(doc);
}
