import { shown } from './shown';

/**
 * Marks a phishing kit leaves in a page's own code and layout, for the detection core: where its
 * scripts send what is typed (chat bots, form services, serverless functions), script-built
 * markup (`document.write`, `unescape`, `atob`, a password box written by script or masked by
 * style, Microsoft's own field ids in a script or style), Microsoft's sign-in font stack and
 * logo colours drawn in SVG or CSS, an icon-font logo, a link or button that only names Microsoft
 * ("Sign in with Microsoft"), and the layout of a "screenshot kit" (a picture with input boxes
 * placed over it). Only these fixed words, counts and the background pictures' file names are
 * kept, never the code itself or any field's value. Kept small: it ships in guard-check.js.
 */
const MARK =
  /api\.telegram\.org|discord(?:app)?\.com\/api\/webhooks|formspree\.io|web3forms|formsubmit\.co|submit-form\.com|getform\.io|formcarry\.com|usebasin\.com|formbold\.com|api\.emailjs\.com|emailjs\.send|smtpjs\.com|ntfy\.sh|hooks\.slack\.com|script\.google\.com\/macros|workers\.dev|netlify\/functions|type\s*=\s*\\?["']?password|setattribute\(\s*\\?["']type\\?["']\s*,\s*\\?["']password|document\.write|unescape|atob|#(?:f25022|7fba00|00a4ef|ffb900)\b|-webkit-text-security|\bi011[68]\b|segoe xbox symbol/g;
const BRAND = /microsoft|office ?365|outlook|onedrive|sharepoint/i;
const SAVED =
  /(?:saved from url=\(\d+\)|mirrored from )\S*(?:microsoft|live\.com|office|outlook|sharepoint|onedrive)/i;
const POSITIONED = /position\s*:\s*(?:absolute|fixed)/;

function markName(mark: string): string {
  // However the script makes a password box (markup, `.type = "password"`, `setAttribute`), or
  // a text box masked as one by style.
  if (mark.endsWith('password') || mark === '-webkit-text-security') return 'type=password';
  // Microsoft's own field ids (email i0116, password i0118) in markup a script writes or a style.
  if (mark.startsWith('i011')) return 'microsoft-field-id';
  // Microsoft's sign-in font stack ("Segoe UI Webfont", …, "Segoe Xbox Symbol", …) in a style.
  if (mark === 'segoe xbox symbol') return 'microsoft-font-stack';
  return mark;
}

export interface PageMarks {
  readonly links: number;
  readonly marks: string[];
  readonly look: { readonly backgrounds: number; readonly placedInputs: number };
  /** File names of background pictures set in styles. */
  readonly pictures: string[];
}

/**
 * Outlook Web App's theme files in links and pictures, and its logon page's class names
 * (`logon.aspx`, Exchange 2013 to 2019): one query.
 */
const OWA_LOOK =
  '[href*="/owa/auth/"],[src*="/owa/auth/"],' +
  '.owaLogo,.owaLogoContainer,.owaLogoSmall,.signInImageHeader,.signInInputLabel,.signInEnter';

export function readPageMarks(doc: Document, maxMarks: number): PageMarks {
  const all = (selector: string) => Array.from(doc.querySelectorAll(selector)).slice(0, 400);
  let text = '';
  for (const element of all('script:not([src]),style')) {
    text += `${element.textContent?.slice(0, 1e5)}\n`;
  }
  for (const element of all('[style],[fill]')) {
    text += `{${element.getAttribute('style')};${element.getAttribute('fill')}}\n`;
  }
  text = text.toLowerCase();
  const marks = new Set<string>();
  if (doc.querySelector('[class*="fa-microsoft"],[class*="fa-windows"],[class*="bi-microsoft"]')) {
    marks.add('icon-font');
  }
  // Outlook Web App's own look, kept by a copy of an organisation's logon page: its theme files
  // (`/owa/auth/15.1.2507/themes/resources/…`) in its links, pictures or style sheets, or the
  // logon page's own class names (Exchange 2013 to 2019), which copies keep with its layout.
  if (doc.querySelector(OWA_LOOK) || /\/owa\/auth\/[\d.]+\/themes\//.test(text)) {
    marks.add('owa-theme');
  }
  // A link or button whose words name Microsoft ("Sign in with Microsoft" beside the page's own
  // form); not a footer's "© Microsoft", a logo's alt text, or the links of Microsoft's own flow
  // that kits copy ("Use my Microsoft app", "Microsoft Authenticator").
  // A hidden one explains nothing: a page can't talk its own warning away. Nor does a brand
  // lockup in a nav bar ("Microsoft | SharePoint"), which is what a kit's header says.
  for (const button of all('a:not(.navbar-brand),button')) {
    const label = `${button.textContent}`;
    if (label.length < 60 && /\b(?:microsoft|office ?365|azure|entra)\b/i.test(label)) {
      if (!/©|\(c\)|copyright|privacy|terms|\bapp\b|authenticator|\|/i.test(label) && shown(button))
        marks.add('microsoft-button');
    }
  }
  for (const [mark] of text.matchAll(MARK)) {
    if (marks.size < maxMarks) marks.add(markName(mark));
  }
  // Microsoft's name drawn rather than written: SVG text, or CSS generated content.
  const drawn = all('svg text,svg title')
    .map((e) => e.textContent)
    .join(' ');
  if (
    BRAND.test(drawn) ||
    /content\s*:\s*["'][^"']*(?:microsoft|office|outlook|onedrive)/.test(text)
  ) {
    marks.add('drawn-name');
  }
  // A page saved or mirrored from Microsoft's says so in a comment ("saved from url=", HTTrack).
  const comments = doc.createTreeWalker(doc, 128);
  for (let n = 0; n < 20 && comments.nextNode(); n++) {
    if (SAVED.test(comments.currentNode.nodeValue ?? '')) marks.add('saved-from-microsoft');
  }

  // Inputs placed by a style rule naming them (or all inputs), or inside a placed element.
  const placed = placedSelectors(text);
  let placedInputs = 0;
  for (const input of all('input:not([type=hidden]):not([type=submit]):not([type=checkbox])')) {
    const names = [`#${input.id}`, ...Array.from(input.classList, (name) => `.${name}`)];
    if (/\binput\b/.test(placed) || names.some((name) => name.length > 1 && placed.includes(name)))
      placedInputs++;
    else if (
      /position\s*:\s*(?:absolute|fixed)/i.test(
        `${input.closest('[style]')?.getAttribute('style')}`,
      )
    )
      placedInputs++;
  }
  // Links a person can see, counted up to 100: hidden ones can't make a kit look busy.
  let links = 0;
  for (const link of all('a[href]')) if (shown(link) && ++links >= 100) break;
  return {
    links,
    marks: [...marks],
    look: {
      backgrounds:
        doc.querySelectorAll('[background],[style*="url("],img').length +
        +/background[^;}]*url\(/.test(text),
      placedInputs,
    },
    pictures: [...text.matchAll(/url\(\s*['"]?([^'")?#]+)/g)]
      .map((m) => m[1]?.split('/').pop() ?? '')
      .filter((name) => name && !name.startsWith('data:'))
      .slice(0, 5),
  };
}

/**
 * The selectors of the style rules that place what they style (`position: absolute` or `fixed`),
 * joined. A scan from brace to brace, each piece read once and bounded: a regular expression
 * that looks back for the selector from every position took minutes on a page with a long
 * inline script (a kit's base64 blob), and the page froze while it ran.
 */
function placedSelectors(text: string): string {
  const selectors: string[] = [];
  let close = -1;
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', open + 1)) {
    if (close < open) close = text.indexOf('}', open + 1);
    if (close === -1) close = text.length;
    if (!POSITIONED.test(text.slice(open + 1, Math.min(close, open + 2_000)))) continue;
    const head = text.slice(Math.max(0, open - 500), open);
    selectors.push(head.slice(Math.max(head.lastIndexOf('}'), head.lastIndexOf('{')) + 1));
  }
  return selectors.join(',');
}
