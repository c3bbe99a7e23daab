/**
 * Marks a phishing kit leaves in a page's own code and layout, for the detection core: where its
 * scripts send what is typed (chat bots, form services, serverless functions), script-built
 * markup (`document.write`, `unescape`, `atob`), Microsoft's logo colours drawn in SVG or CSS, an
 * icon-font logo, and the layout of a "screenshot kit" (a background picture with input boxes
 * placed over it). Only these fixed words are kept, never the code itself or any field's value.
 */
const MARK =
  /api\.telegram\.org|discord(?:app)?\.com\/api\/webhooks|formspree\.io|web3forms|formsubmit\.co|script\.google\.com\/macros|workers\.dev|netlify\/functions|firebaseio\.com|webhook\.site|pipedream\.net|document\.write|unescape|atob|fromcharcode|#(?:f25022|7fba00|00a4ef|ffb900|f35325|81bc06|05a6f0|ffba08)\b/g;
const PLACED = /position\s*:\s*(?:absolute|fixed)/i;
const SCANNED = 200_000;

export interface PageMarks {
  readonly links: number;
  readonly marks: string[];
  readonly look: { readonly backgrounds: number; readonly placedInputs: number };
}

export function readPageMarks(doc: Document, maxMarks: number): PageMarks {
  let code = '';
  let styles = '';
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    if (code.length < SCANNED) code += `${(script.textContent ?? '').slice(0, SCANNED)}\n`;
  }
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    if (styles.length < SCANNED) styles += `${(style.textContent ?? '').slice(0, SCANNED)}\n`;
  }
  const painted = Array.from(doc.querySelectorAll('[style],[fill]')).slice(0, 400);
  for (const element of painted) {
    styles += `${element.getAttribute('style') ?? ''};${element.getAttribute('fill') ?? ''}\n`;
  }
  const marks = new Set<string>();
  if (doc.querySelector('[class*="fa-microsoft"],[class*="fa-windows"],[class*="bi-microsoft"]')) {
    marks.add('icon-font');
  }
  for (const match of `${code}\n${styles}`.toLowerCase().matchAll(MARK)) {
    if (marks.size < maxMarks) marks.add(match[0]);
  }

  let placedInputs = 0;
  for (const input of Array.from(doc.querySelectorAll('input')).slice(0, 20)) {
    if (/hidden|submit|button|checkbox|radio|image/i.test(input.getAttribute('type') ?? ''))
      continue;
    let node: Element | null = input;
    for (let up = 0; node && up < 4; up++, node = node.parentElement) {
      if (PLACED.test(node.getAttribute('style') ?? '')) {
        placedInputs++;
        break;
      }
    }
  }
  const backgrounds =
    doc.querySelectorAll('[background],[style*="url("]').length +
    (/background[^;}]*url\(/i.test(styles) ? 1 : 0);
  return {
    links: doc.querySelectorAll('a[href]').length,
    marks: [...marks],
    look: { backgrounds, placedInputs },
  };
}
