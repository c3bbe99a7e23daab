import { readCredentialAsks } from './credential-asks';
import type { PageSnapshot } from './page-snapshot-schema';
import { mostImportantFirst } from './reason-priority';
import { reasons } from './reasons';
import { findSharedContent, type SharedContentPlace } from './shared-content';
import type { Classification, Reason } from './types';
import { parseWebUrl, type WebUrl } from './url-parts';

/**
 * Pages someone published under Microsoft's domains (`shared-content.ts`). They stay "not a
 * Microsoft sign-in page" and carry `hosting`, so the popup can say who published them; the
 * moment one asks for a password or a one-time code (a password box, a code box, a form question
 * asking for login details, a copy of Microsoft's sign-in form) it is a lookalike with reasons of
 * its own: whatever the page looks like, Microsoft never asks for those inside shared content.
 */

/**
 * Password pages Microsoft itself shows on its share links ("This link requires a password"): a
 * link's own password, never the person's, and never next to an email box. Publishers can't
 * write pages at these paths.
 */
const SHARE_LINK_PASSWORD_PAGES: Readonly<Record<string, RegExp>> = {
  SharePoint: /^\/(?::[a-z]:\/[a-z]\/|_layouts\/15\/(?:guestaccess|share)\.aspx)/,
  OneDrive: /^\/(?:redir|view\.aspx|:[a-z]:\/)|^\/$/,
};

/**
 * Products that publish an organisation's own servers under Microsoft's domain: Entra application
 * proxy puts an internal Exchange or Remote Desktop server at `<app>-<tenant>.msappproxy.net`, and
 * only the tenant can. There the organisation's own Microsoft software (Outlook Web App, AD FS or
 * RD Web Access posting to itself, `organisation-sign-in-page`) is theirs, not a trick.
 */
const PUBLISHES_OWN_SERVERS: ReadonlySet<string> = new Set(['Microsoft Entra application proxy']);

/** Products whose pages are questions, answered in text boxes. */
const QUESTION_PRODUCTS: ReadonlySet<string> = new Set(['Microsoft Forms']);

function place(url: string): { web: WebUrl; place: SharedContentPlace } | null {
  const web = parseWebUrl(url);
  if (!web) return null;
  const found = findSharedContent(web);
  return found ? { web, place: found } : null;
}

/** The address's `hosting` field: `microsoft-shared-content` or null. Never throws. */
export function sharedContentHosting(url: string): 'microsoft-shared-content' | null {
  try {
    return place(url) ? 'microsoft-shared-content' : null;
  } catch {
    return null;
  }
}

function asksReasons(
  web: WebUrl,
  found: SharedContentPlace,
  snapshot: PageSnapshot,
  base: Classification,
): Reason[] {
  // Only on a form are questions the page's own sentences; elsewhere a text box must ask itself.
  const asks = readCredentialAsks(snapshot, QUESTION_PRODUCTS.has(found.product));
  const { product } = found;
  const out: Reason[] = [];
  const cloned = base.reasons.some((r) => r.code === 'cloned-sign-in-page');
  if (asks.microsoftSignInCopy || cloned) {
    out.push(reasons.sharedContentSignInCopy(product, web.host));
  }
  const linkPassword =
    !asks.identifier && (SHARE_LINK_PASSWORD_PAGES[product]?.test(web.path) ?? false);
  if (asks.password && !linkPassword) out.push(reasons.sharedContentPassword(product));
  if (asks.code) out.push(reasons.sharedContentCode(product));
  if (asks.inWords) out.push(reasons.sharedContentQuestion(product));
  return out;
}

/**
 * A classification with what shared content adds: `hosting`, and on a page that asks for a
 * password or code (when its snapshot is known), the lookalike verdict. Addresses elsewhere come
 * back as they were. Never throws.
 */
export function withSharedContent(
  url: string,
  base: Classification,
  snapshot?: PageSnapshot,
): Classification {
  let found: ReturnType<typeof place>;
  try {
    found = place(url);
  } catch {
    return base;
  }
  if (!found) return base;
  const hosting = { kind: 'microsoft-shared-content', product: found.place.product } as const;
  const ownServer =
    PUBLISHES_OWN_SERVERS.has(found.place.product) &&
    base.reasons.some((r) => r.code === 'organisation-sign-in-page');
  if (ownServer) return { ...base, hosting };
  const own = snapshot ? asksReasons(found.web, found.place, snapshot, base) : [];
  if (own.length === 0) return { ...base, hosting };
  const earlier = base.verdict === 'lookalike' ? base.reasons : [];
  return {
    verdict: 'lookalike',
    service: null,
    kind: null,
    reasons: mostImportantFirst([...own, ...earlier]),
    hosting,
  };
}
