/**
 * The guard's cheap first look: does anything on the page or in its address name Microsoft? Only
 * such pages (and pages with a credential form) are worth a message to the background; the rest
 * of the web is left alone. It errs towards "yes": a page it picks only costs one message, while a
 * kit it misses is never checked. Reads the title, the first part of the text, image labels and
 * inline colours, never a form field's value.
 */

// After lower-casing, removing spaces and undoing the usual disguises (below).
const BRAND_WORDS = /microsoft|office365|onedrive|sharepoint|hotmail|outlook/;
const ADDRESS_WORDS =
  /micro?soft|office|outlook|onedrive|sharepoint|hotmail|o365|msft|\bowa\b|exch(?:ange)?(?:365|online)/;
/** The four squares' colours, as hex in CSS or SVG (classic and current shades). */
const LOGO_COLOURS = /f25022|f35325|7fba00|81bc06|00a4ef|05a6f0|ffb900|ffba08/g;
/** Kits put the name near the top; an article that only names Microsoft far down is no kit. */
const TEXT_LIMIT = 5000;
/** A logo is among the first images; a gallery's hundredth picture is not it. */
const IMAGE_LIMIT = 40;
const CSS_LIMIT = 100_000;
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

/** Microsoft's four squares drawn in CSS or SVG: at least two of their colours inline. */
function drawsMicrosoftLogo(doc: Document): boolean {
  let css = '';
  for (const style of doc.querySelectorAll('style')) {
    css += style.textContent;
    if (css.length > CSS_LIMIT) break;
  }
  // A logo of styled squares is near the top: the first elements with colours of their own.
  const painted = doc.querySelectorAll('[style], [fill]');
  for (let i = 0; i < painted.length && i < IMAGE_LIMIT * 5; i++) {
    const node = painted[i] as Element;
    css += `${node.getAttribute('style')}${node.getAttribute('fill')}`;
  }
  return new Set(css.toLowerCase().match(LOGO_COLOURS)).size >= 2;
}

/** Image descriptions and file names: a logo is often the only place the name appears. */
function imageLabels(doc: Document): string {
  let labels = '';
  const images = doc.querySelectorAll('img, [role="img"], [aria-label]');
  for (let i = 0; i < images.length && i < IMAGE_LIMIT; i++) {
    const img = images[i] as Element;
    labels += ` ${img.getAttribute('alt')} ${img.getAttribute('aria-label')} ${img.getAttribute('src')?.slice(0, 200)}`;
  }
  return labels;
}

/** Whether the page or its address shows any sign of Microsoft. */
export function showsMicrosoftSign(doc: Document, location: Location | undefined): boolean {
  return (
    (location !== undefined && addressNamesMicrosoft(location)) ||
    namesMicrosoft(`${doc.title} ${imageLabels(doc)} ${textStart(doc)}`) ||
    drawsMicrosoftLogo(doc)
  );
}
