import { findGenuineHost, promptValues, resolveGenuinePage } from './hosts';
import { isMicrosoftOperatedHost, MICROSOFT_GITHUB_PAGES } from './microsoft-domains';
import { mostImportantFirst } from './reason-priority';
import { reasons } from './reasons';
import { withSharedContent } from './shared-content-page';
import type { Classification, Reason } from './types';
import { LOOKALIKE_THRESHOLD, scoreForeignUrl } from './url-lookalike';
import { parseWebUrl, type WebUrl } from './url-parts';
import { findUserContentHost, type UserContentHost } from './user-content';

/** Where an address sits, before any page content is considered. */
export type UrlStanding =
  | { readonly type: 'genuine'; readonly classification: Classification }
  | { readonly type: 'microsoft-operated'; readonly classification: Classification }
  | {
      readonly type: 'foreign';
      readonly classification: Classification;
      readonly web: WebUrl;
      readonly hosting: UserContentHost | null;
      readonly score: number;
    }
  | { readonly type: 'unreadable'; readonly classification: Classification };

/** Not Microsoft's, and not a lookalike: with the reasons, if any, that say why. */
export function other(reasonList: Reason[] = []): Classification {
  return { verdict: 'other', service: null, kind: null, reasons: reasonList };
}

/** Classifies an address and keeps what content analysis needs to go on. Never throws. */
export function assessUrl(input: string): UrlStanding {
  let web: WebUrl | null;
  try {
    web = parseWebUrl(input);
  } catch {
    web = null;
  }
  if (!web) return { type: 'unreadable', classification: other() };

  const entry = findGenuineHost(web.host);
  if (entry) {
    const page = resolveGenuinePage(entry, web.path, promptValues(web.url.searchParams));
    if (page) {
      if (!web.https)
        return { type: 'microsoft-operated', classification: other([reasons.notHttps()]) };
      if (web.customPort) {
        return { type: 'microsoft-operated', classification: other([reasons.unusualPort()]) };
      }
      return {
        type: 'genuine',
        classification: {
          verdict: 'microsoft',
          service: page.service,
          kind: page.kind,
          reasons: [reasons.officialHost(web.host)],
        },
      };
    }
  }

  if (MICROSOFT_GITHUB_PAGES.has(web.host))
    return { type: 'microsoft-operated', classification: other() };
  const hosting = findUserContentHost(web.host);
  if (!hosting && isMicrosoftOperatedHost(web.host)) {
    return { type: 'microsoft-operated', classification: other() };
  }

  const evidence = scoreForeignUrl(web, hosting);
  const classification: Classification =
    evidence.score >= LOOKALIKE_THRESHOLD
      ? {
          verdict: 'lookalike',
          service: null,
          kind: null,
          reasons: mostImportantFirst(evidence.reasons),
        }
      : other();
  return { type: 'foreign', classification, web, hosting, score: evidence.score };
}

/** Names a URL `microsoft` (with service and page kind), `lookalike` or `other`. Never throws. */
export function classifyUrl(input: string): Classification {
  try {
    return withSharedContent(input, assessUrl(input).classification);
  } catch {
    return other();
  }
}
