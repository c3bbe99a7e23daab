/**
 * Marks a phishing kit leaves in a page's own code and layout, for the detection core: where its
 * scripts send what is typed (chat bots, form services, serverless functions), script-built
 * markup (`document.write`, `unescape`, `atob`, a password box written by script), Microsoft's
 * logo colours drawn in SVG or CSS, an icon-font logo, and the layout of a "screenshot kit" (a
 * background picture with input boxes placed over it). Only these fixed words, counts and the
 * background pictures' file names are kept, never the code itself or any field's value.
 */
const MARK =
  /api\.telegram\.org|discord(?:app)?\.com\/api\/webhooks|formspree\.io|web3forms|formsubmit\.co|script\.google\.com\/macros|workers\.dev|netlify\/functions|firebaseio\.com|webhook\.site|pipedream\.net|type=\\?["']?password|document\.write|unescape|atob|fromcharcode|#(?:f25022|7fba00|00a4ef|ffb900|f35325|81bc06|05a6f0|ffba08)\b/g;
const BUTTON = /\b(?:microsoft|office ?365|azure|entra)\b/i;
const PLACED = /position\s*:\s*(?:absolute|fixed)/;
const PLACED_RULE = /([^{}]+)\{[^}]*position\s*:\s*(?:absolute|fixed)/g;
const PICTURE = /url\(\s*['"]?([^'")]+)/g;
const SCANNED = 200_000;

export interface PageMarks {
  readonly links: number;
  readonly marks: string[];
  readonly look: { readonly backgrounds: number; readonly placedInputs: number };
  /** File names of background pictures set in styles. */
  readonly pictures: string[];
}

const textOf = (selector: string, doc: Document) => {
  let text = '';
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    if (text.length < SCANNED) text += `${(element.textContent ?? '').slice(0, SCANNED)}\n`;
  }
  return text.toLowerCase();
};

export function readPageMarks(doc: Document, maxMarks: number): PageMarks {
  const code = textOf('script:not([src])', doc);
  const sheet = textOf('style', doc);
  let styles = sheet;
  for (const element of Array.from(doc.querySelectorAll('[style],[fill]')).slice(0, 400)) {
    styles += `${element.getAttribute('style')};${element.getAttribute('fill')}\n`.toLowerCase();
  }
  const marks = new Set<string>();
  if (doc.querySelector('[class*="fa-microsoft"],[class*="fa-windows"],[class*="bi-microsoft"]')) {
    marks.add('icon-font');
  }
  // A link or button that is only a Microsoft name: "Sign in with Microsoft" beside the page's form.
  for (const button of Array.from(doc.querySelectorAll('a,button')).slice(0, 300)) {
    const label = `${button.textContent} ${button.querySelector('img')?.alt ?? ''}`;
    if (label.length < 60 && BUTTON.test(label)) marks.add('microsoft-button');
  }
  for (const match of `${code}\n${styles}`.matchAll(MARK)) {
    if (marks.size < maxMarks) marks.add(match[0]);
  }

  const placedSelectors = [...sheet.matchAll(PLACED_RULE)].map((m) => m[1]).join(',');
  let placedInputs = 0;
  for (const input of Array.from(doc.querySelectorAll('input')).slice(0, 20)) {
    if (/hidden|submit|button|checkbox|radio|image/i.test(input.getAttribute('type') ?? '')) {
      continue;
    }
    const names = [`#${input.id}`, ...Array.from(input.classList, (name) => `.${name}`)];
    let placed =
      /\binput\b/.test(placedSelectors) ||
      names.some((name) => name.length > 1 && placedSelectors.includes(name));
    for (let node: Element | null = input, up = 0; node && up < 4; up++) {
      placed ||= PLACED.test((node.getAttribute('style') ?? '').toLowerCase());
      node = node.parentElement;
    }
    if (placed) placedInputs++;
  }
  const pictures = [...styles.matchAll(PICTURE)]
    .map((m) => (m[1] ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '')
    .filter((name) => name && !name.startsWith('data:'))
    .slice(0, 5);
  // A screenshot is a background picture or an <img> the inputs sit on.
  const backgrounds =
    doc.querySelectorAll('[background],[style*="url("],img').length +
    (/background[^;}]*url\(/.test(sheet) ? 1 : 0);
  return {
    links: doc.querySelectorAll('a[href]').length,
    marks: [...marks],
    look: { backgrounds, placedInputs },
    pictures,
  };
}
