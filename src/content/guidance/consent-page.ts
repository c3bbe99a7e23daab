import {
  appNameFromPermissionLine,
  appOfDeviceConfirmation,
  isAdminConsentLine,
  isConsentTitle,
  saysUnverified,
  saysVerified,
} from '../../core/guidance/consent/page-text';
import type { PublisherStatus } from '../../core/guidance/consent/risk';

/**
 * Reads Microsoft's consent prompt: the app and publisher as the page names them, whether it marks
 * the publisher verified, and the permissions it lists. Only the text of the page's own headings,
 * labels and lists is read (and a badge's alt text), never a form field's value: nothing the
 * person typed. Account Helper's element is skipped.
 */

export interface ConsentPage {
  admin: boolean;
  /** '' when the page doesn't show it where Account Helper looks. */
  app: string;
  /** Set when `publisherStatus` is `verified`. */
  publisher: string;
  publisherStatus: PublisherStatus;
  /** The permissions' display names, as listed. */
  permissionNames: string[];
}

const MAX_TEXT = 200;
const MAX_ITEMS = 30;
/** `Node.DOCUMENT_POSITION_FOLLOWING`, without the global (the unit tests run without a DOM). */
const FOLLOWING = 4;
/** Microsoft's markup changes; its headings have kept a role, a tag or "title" in a class or id. */
const HEADINGS = 'h1, h2, h3, [role="heading"], [class*="title"], [id*="Title"], [id*="title"]';
const APP_NAME =
  '#appName, [id*="appName"], [class*="app-name"], [class*="appName"], [data-bind*="appName"]';
const PUBLISHER = '[id*="publisher"], [id*="Publisher"], [class*="publisher"]';
/** Leaf-ish elements whose whole text can be a label ("unverified", "… needs your permission to:"). */
const LABELS = 'a, span, div, p, label, button';
const BADGES = 'img[alt], svg[aria-label], [aria-label], [title]';

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2 * MAX_TEXT);
}

function outside(host: Element | null) {
  return (element: Element) => !host?.contains(element);
}

function all(root: ParentNode, selector: string, host: Element | null): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter(outside(host));
}

/** An element with no element children of the label kind: its text is one label. */
function isLeaf(element: Element): boolean {
  return !element.querySelector('div, p, ul, ol, li, form, section');
}

/** The consent prompt's title, or null when this isn't one. */
export function consentTitle(doc: Document, host: Element | null): Element | null {
  return all(doc, HEADINGS, host).find((element) => isConsentTitle(text(element))) ?? null;
}

function readPublisher(
  root: Element,
  host: Element | null,
): Pick<ConsentPage, 'publisher' | 'publisherStatus'> {
  const publisher = all(root, PUBLISHER, host)[0];
  const labels = all(root, LABELS, host).filter(isLeaf);
  const unverified =
    (publisher && saysUnverified(text(publisher))) ||
    labels.some((label) => text(label).length <= 40 && saysUnverified(text(label)));
  if (unverified) return { publisher: '', publisherStatus: 'unverified' };
  const badge = all(root, BADGES, host).find((element) =>
    ['alt', 'aria-label', 'title'].some((name) => saysVerified(element.getAttribute(name) ?? '')),
  );
  const name = text(publisher ?? badge?.parentElement).slice(0, MAX_TEXT);
  if (badge && name) return { publisher: name, publisherStatus: 'verified' };
  return { publisher: '', publisherStatus: 'unknown' };
}

function itemName(item: Element): string {
  const label = item.querySelector('[class*="title"], [class*="name"], button, [role="button"]');
  return text(label ?? item.firstElementChild ?? item).slice(0, MAX_TEXT);
}

/**
 * The list of permissions: the first list on the prompt after its title (Microsoft's footer links
 * and anything before the title are no permissions).
 */
function readPermissionNames(title: Element, root: Element, host: Element | null): string[] {
  for (const list of all(root, 'ul, ol, [role="list"]', host)) {
    if (!(title.compareDocumentPosition(list) & FOLLOWING)) continue;
    const names = Array.from(list.children)
      .filter((child) => child.matches('li, [role="listitem"]'))
      .slice(0, MAX_ITEMS)
      .map(itemName)
      .filter(Boolean);
    if (names.length > 0) return names;
  }
  return [];
}

function readAppName(root: Element, host: Element | null): string {
  const named = text(all(root, APP_NAME, host)[0]);
  if (named) return named.slice(0, MAX_TEXT);
  for (const label of all(root, LABELS, host).filter(isLeaf)) {
    const app = appNameFromPermissionLine(text(label));
    if (app) return app;
  }
  return '';
}

/** Microsoft's consent prompt as the page shows it; null when the page isn't one. */
export function readConsentPage(doc: Document, host: Element | null): ConsentPage | null {
  const title = consentTitle(doc, host);
  if (!title) return null;
  const root = title.closest('form') ?? doc.body ?? doc.documentElement;
  const admin = all(root, `${HEADINGS}, ${LABELS}`, host).some(
    (element) => isLeaf(element) && isAdminConsentLine(text(element)),
  );
  return {
    admin: admin || isAdminConsentLine(text(title)),
    app: readAppName(root, host),
    ...readPublisher(root, host),
    permissionNames: readPermissionNames(title, root, host),
  };
}

/** On the device-code page: the step "Are you trying to sign in to …?" and the app it names. */
export function readDeviceConfirmation(
  doc: Document,
  host: Element | null,
): { app: string } | null {
  for (const element of all(doc, `${HEADINGS}, p`, host)) {
    const app = appOfDeviceConfirmation(text(element));
    if (app !== null) return { app: app.slice(0, MAX_TEXT) };
  }
  return null;
}
