import { readCredentialAsks } from './credential-asks';
import { isMicrosoftOperatedHost } from './microsoft-domains';
import type { PageSnapshot } from './page-snapshot-schema';
import { mostImportantFirst } from './reason-priority';
import { reasons } from './reasons';
import { findSharedContent } from './shared-content';
import type { Classification, Reason } from './types';
import { parseWebUrl } from './url-parts';

/**
 * The next hop: a lure sits in an email or a shared file (where the address is Microsoft's or the
 * mail provider's), and its link leads to the page that takes the password. A sign-in-like page
 * opened from such a place needs less evidence to be flagged, and says where it was opened from.
 *
 * Where a page was opened from is read by the background (`src/background/next-hop.ts`): the page
 * the same tab showed before, or the tab that opened it. This file only judges.
 */

/** Webmail, where a link in a message opens the next page. Exact hosts; sources: the providers' own addresses. */
export const WEBMAIL_HOSTS: ReadonlySet<string> = new Set([
  // Microsoft: Outlook on the web, personal and work or school
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
  'outlook.office365.us',
  'outlook.office365.cn',
  // Others
  'mail.google.com',
  'mail.yahoo.com',
  'mail.aol.com',
  'mail.proton.me',
  'mail.protonmail.com',
  'app.fastmail.com',
  'www.icloud.com',
  'mail.zoho.com',
  'mail.zoho.eu',
  'mail.yandex.com',
  'mail.yandex.ru',
  'e.mail.ru',
  'navigator.gmx.net',
  'navigator.gmx.com',
  'web.de',
  'navigator.web.de',
  'webmail.orange.fr',
  'mail.tutanota.com',
  'app.tuta.com',
]);

export type HopSource =
  | { readonly kind: 'shared-content'; readonly host: string }
  | { readonly kind: 'webmail'; readonly host: string };

/** What kind of place an address is, as the source of a next hop; null for any other. */
export function hopSourceOf(url: string | null | undefined): HopSource | null {
  if (!url) return null;
  const web = parseWebUrl(url);
  if (!web) return null;
  if (WEBMAIL_HOSTS.has(web.host)) return { kind: 'webmail', host: web.host };
  if (findSharedContent(web)) return { kind: 'shared-content', host: web.host };
  return null;
}

/** Microsoft's names that a sign-in lure uses (not "Teams" or "Excel": ordinary words too). */
const BRAND =
  /\bmicrosoft\b|\boffice ?365\b|\bmicrosoft 365\b|\bm365\b|\boutlook\b|\bonedrive\b|\bsharepoint\b|\bhotmail\b/;
const SIGN_IN_WITH_MICROSOFT =
  /\b(?:sign|log)[ -]?in with (?:your )?microsoft\b|\bcontinue with microsoft\b|\bsign[ -]?up with microsoft\b/;

/**
 * True when a page asks to sign in with a Microsoft look: a password (or an address next to
 * Microsoft's field names), and a Microsoft product named on the page. A "Sign in with Microsoft"
 * button is the opposite: a site using Microsoft's sign-in, not imitating it.
 */
export function looksLikeMicrosoftSignIn(snapshot: PageSnapshot): boolean {
  const asks = readCredentialAsks(snapshot, false);
  if (!asks.password && !asks.microsoftSignInCopy) return false;
  const words =
    `${snapshot.title} | ${snapshot.text} | ${snapshot.images.map((i) => i.alt).join(' ')}`
      .toLowerCase()
      .replace(/\s+/g, ' ');
  if (SIGN_IN_WITH_MICROSOFT.test(words)) return false;
  return asks.microsoftSignInCopy || BRAND.test(words);
}

function hopReason(source: HopSource): Reason {
  return source.kind === 'webmail'
    ? reasons.openedFromWebmail(source.host)
    : reasons.openedFromSharedContent(source.host);
}

/**
 * A classification with the next hop taken into account. A lookalike gains the reason saying where
 * it was opened from; a page that was "other" becomes a lookalike when it asks to sign in with a
 * Microsoft look. Microsoft's own pages and pages on the source's own site are left alone.
 */
export function withNextHop(
  url: string,
  base: Classification,
  snapshot: PageSnapshot | undefined,
  source: HopSource | null,
): Classification {
  if (!source || base.verdict === 'microsoft' || base.organisationSignIn) return base;
  const web = parseWebUrl(url);
  if (!web || web.host === source.host) return base;
  if (isMicrosoftOperatedHost(web.host) && !findSharedContent(web)) return base;
  if (base.verdict === 'lookalike') {
    return { ...base, reasons: mostImportantFirst([...base.reasons, hopReason(source)]) };
  }
  if (!snapshot || !looksLikeMicrosoftSignIn(snapshot)) return base;
  return {
    ...base,
    verdict: 'lookalike',
    service: null,
    kind: null,
    reasons: mostImportantFirst([hopReason(source), reasons.credentialForm()]),
  };
}
