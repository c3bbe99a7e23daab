import {
  PAGE_SNAPSHOT_LIMITS,
  type PageSnapshotLimits,
} from '../core/detection/page-snapshot-limits';
import type {
  PageSnapshot,
  SnapshotField,
  SnapshotForm,
  SnapshotImage,
} from '../core/detection/page-snapshot-schema';
import { openShadowRoots, queryAllDeep } from './open-shadow-roots';
import { readPageMarks } from './page-marks';
import { hiddenItself, shown } from './shown';

/**
 * Builds the content snapshot of a page for the detection core. It reads attributes and visible
 * text only — never a form field's value — and every list is bounded, so it stays cheap on huge
 * pages. The document is a parameter so it runs on linkedom in Node as well as in the browser.
 */
export function buildPageSnapshot(
  doc: Document,
  limits: Partial<PageSnapshotLimits> = {},
  /** The page's address where the document has none (linkedom in Node); its `<base>` still counts. */
  pageUrl?: string,
): PageSnapshot {
  const max: PageSnapshotLimits = { ...PAGE_SNAPSHOT_LIMITS, ...limits };
  const page = pageUrl ?? documentUrl(doc);
  const base = pageUrl === undefined ? documentBase(doc) : withBase(doc, pageUrl);
  // Cut after normalising: lower-casing can lengthen a string ('İ' becomes two code units), and a
  // snapshot over the schema's bounds would get the whole page report rejected.
  const clip = (value: string | null | undefined) => (value ?? '').trim().slice(0, max.string);
  const clipLower = (value: string | null | undefined) => clip((value ?? '').toLowerCase());

  // Forms and fields inside open shadow roots count too: a page can't hide its form there.
  const roots = openShadowRoots(doc);
  const fields: SnapshotField[] = [];
  for (const element of take(queryAllDeep(doc, 'input, select, textarea', roots), max.fields)) {
    const tag = element.tagName.toLowerCase() as SnapshotField['tag'];
    fields.push({
      tag,
      type: clipLower(tag === 'input' ? (element.getAttribute('type') ?? 'text') : tag),
      name: clip(element.getAttribute('name')),
      id: clip(element.getAttribute('id')),
      autocomplete: clip(element.getAttribute('autocomplete')),
      placeholder: clip(element.getAttribute('placeholder')),
      ariaLabel: clip(element.getAttribute('aria-label')),
      ...(shown(element) ? {} : { hidden: true }),
    });
  }

  const forms: SnapshotForm[] = [];
  for (const form of take(queryAllDeep(doc, 'form', roots), max.forms)) {
    // No action, or an empty one, posts to the page's own address (not its <base>). A saved
    // server template's code (`login.aspx<%=ReturnUrl%>`, `<?php echo $self ?>`) is no address.
    const raw = form.getAttribute('action')?.replace(SERVER_CODE, '') ?? null;
    const action =
      raw === null || raw.trim() === ''
        ? resolve(page ?? null, undefined, page)
        : resolve(raw, base, page);
    forms.push({
      actionHost: clip(action?.host),
      actionPath: clip(action?.path),
      method: clipLower(form.getAttribute('method') ?? 'get'),
    });
  }

  const images: SnapshotImage[] = [];
  for (const img of take(queryAllDeep(doc, 'img', roots), max.images)) {
    const source = resolve(img.getAttribute('src'), base, page);
    images.push({
      alt: clip(img.getAttribute('alt')),
      host: clip(source?.host),
      file: clip(source?.file),
    });
  }

  const iconLink = doc.querySelector('link[rel~="icon"], link[rel="shortcut icon"]');
  const icon = iconLink ? resolve(iconLink.getAttribute('href'), base, page) : null;
  const favicon = icon ? { alt: '', host: clip(icon.host), file: clip(icon.file) } : null;

  const assetHosts = new Set<string>();
  const assetFiles = new Set<string>();
  const assetSelector = 'script[src], link[href], img[src]';
  for (const element of take(doc.querySelectorAll(assetSelector), max.assetFiles * 2)) {
    const source = resolve(element.getAttribute('src') ?? element.getAttribute('href'), base, page);
    if (!source) continue;
    if (source.host && assetHosts.size < max.assetHosts) assetHosts.add(clip(source.host));
    if (source.file && assetFiles.size < max.assetFiles) assetFiles.add(clip(source.file));
  }

  const { pictures, ...marks } = readPageMarks(doc, max.marks);
  for (const file of pictures) {
    if (assetFiles.size < max.assetFiles) assetFiles.add(clip(file));
  }
  const { text, length, hidden } = visibleText(doc, max.text, max.countedText);
  return {
    title: clip(doc.title),
    fields,
    forms,
    images,
    favicon,
    text,
    textLength: length,
    ...(hidden ? { hiddenText: hidden } : {}),
    assetHosts: [...assetHosts],
    assetFiles: [...assetFiles],
    ...marks,
  };
}

function take<T>(list: ArrayLike<T>, limit: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length && out.length < limit; i++) out.push(list[i] as T);
  return out;
}

function documentBase(doc: Document): string | undefined {
  const url = doc.baseURI || doc.URL;
  return url && url !== 'about:blank' ? url : undefined;
}

/** The page's own address; a `srcdoc` or `about:blank` frame's is its parent's (its base). */
function documentUrl(doc: Document): string | undefined {
  const url = doc.URL;
  return url?.startsWith('http') ? url : documentBase(doc);
}

/** What a browser resolves the page's links against: its `<base href>`, if any, else its address. */
function withBase(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  try {
    return href ? new URL(href, pageUrl).href : pageUrl;
  } catch {
    return pageUrl;
  }
}

interface ResolvedUrl {
  /** '' when the address points back at the page's own site or can't be placed. */
  readonly host: string;
  readonly path: string;
  readonly file: string;
}

/** ASP.NET's and PHP's code left in a saved template: a server fills it in before a browser sees it. */
const SERVER_CODE = /<%[\s\S]*?%>|<\?[\s\S]*?\?>/g;

/** `value` against `base`; the host is '' when it is the page's own (`page`, not its `<base>`). */
function resolve(
  value: string | null,
  base: string | undefined,
  page: string | undefined,
): ResolvedUrl | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '' || /^(?:javascript|data|blob|about):/i.test(trimmed)) {
    return { host: '', path: '', file: '' };
  }
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    const path = trimmed.split(/[?#]/)[0] ?? '';
    return { host: '', path, file: path.slice(path.lastIndexOf('/') + 1) };
  }
  const sameSite = page !== undefined && sameHost(url, page);
  const path = url.pathname;
  return {
    host: sameSite ? '' : url.hostname.toLowerCase(),
    path,
    file: decodeFile(path.slice(path.lastIndexOf('/') + 1)),
  };
}

function sameHost(url: URL, base: string): boolean {
  try {
    return new URL(base).hostname === url.hostname;
  } catch {
    return false;
  }
}

function decodeFile(file: string): string {
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

// Form controls are skipped too: a textarea's or option's text is a value, never to be read.
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'INPUT',
]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Hidden parts of a page whose text is read (as suspect, never as an excuse). */
const MAX_HIDDEN_PARTS = 40;

/**
 * The first `keep` characters of visible text, and how much there is (counted up to `count`);
 * and the first `keep` of the text the page hides (a kit's later steps wait hidden).
 */
function visibleText(
  doc: Document,
  keep: number,
  count: number,
): { text: string; length: number; hidden: string } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', length: 0, hidden: '' };
  const hiddenParts: Element[] = [];
  let text = '';
  let length = 0;
  let lastWasSpace = true;
  const stack: Node[] = [root];
  while (stack.length > 0 && length < count) {
    const node = stack.pop() as Node;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) continue;
      // Hidden text is no part of what the page shows: padding can't make a kit look busy.
      if (hiddenItself(element)) {
        if (hiddenParts.length < MAX_HIDDEN_PARTS) hiddenParts.push(element);
        continue;
      }
      const children = element.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
      // What an open shadow root shows is the page's text too (read first: it is what renders).
      const shadow = element.shadowRoot?.childNodes ?? [];
      for (let i = shadow.length - 1; i >= 0; i--) stack.push(shadow[i] as Node);
      // Block boundaries become spaces so words from neighbouring elements don't run together.
      if (!lastWasSpace) {
        text += text.length < keep ? ' ' : '';
        lastWasSpace = true;
      }
    } else if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text.length >= keep) {
        // Past what is kept only the length counts: no need to go through it letter by letter.
        const words = value.trim();
        if (words === '') {
          if (value !== '' && !lastWasSpace) length++;
          lastWasSpace ||= value !== '';
          continue;
        }
        const before = value.startsWith(' ') && !lastWasSpace ? 1 : 0;
        lastWasSpace = value.endsWith(' ');
        length += before + words.length + (lastWasSpace ? 1 : 0);
        continue;
      }
      for (const char of value) {
        if (char === ' ' && lastWasSpace) continue;
        lastWasSpace = char === ' ';
        length++;
        if (text.length < keep) text += char;
      }
    }
  }
  return { text: text.trim().slice(0, keep), length, hidden: textOf(hiddenParts, keep) };
}

/** The text inside `parts`, words apart, up to `keep` characters. */
function textOf(parts: Element[], keep: number): string {
  let text = '';
  const stack: Node[] = [...parts].reverse();
  while (stack.length > 0 && text.length < keep) {
    const node = stack.pop() as Node;
    if (node.nodeType === ELEMENT_NODE) {
      if (SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) continue;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
      text += ' ';
    } else if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, keep);
}
