/**
 * The report an organisation's endpoint (policy `lookalikeReportEndpoint`) receives when the
 * lookalike warning shows: exactly these four fields, nothing about the person or what they typed.
 */
export interface OrganisationReport {
  /** The page's address, without its fragment. */
  url: string;
  /** Why it was flagged: the reason codes, most important first. */
  reasons: string[];
  /** When the warning showed, ISO 8601 in UTC. */
  time: string;
  /** Account Helper's version. */
  version: string;
}

export function organisationReport(
  pageUrl: string,
  reasonCodes: readonly string[],
  now: number,
  version: string,
): OrganisationReport {
  let url = pageUrl;
  try {
    const parsed = new URL(pageUrl);
    parsed.hash = '';
    url = parsed.href;
  } catch {
    // Kept as given: the warning only shows on a real page's address.
  }
  return { url, reasons: [...reasonCodes], time: new Date(now).toISOString(), version };
}

/** The same address is reported at most once in this long. */
export const SAME_PAGE_GAP_MS = 10 * 60 * 1000;
/** And at most this many reports an hour in all, so a page that reloads itself can't flood it. */
export const REPORTS_PER_HOUR = 30;
const HOUR_MS = 60 * 60 * 1000;

export interface SentReport {
  url: string;
  at: number;
}

/**
 * Whether a report for `url` may go now, and the history to keep (the last hour's reports, this
 * one included when it may go).
 */
export function takeReportSlot(
  history: readonly SentReport[],
  url: string,
  now: number,
): { allowed: boolean; history: SentReport[] } {
  const recent = history.filter((sent) => now - sent.at < HOUR_MS && sent.at <= now);
  const samePage = recent.some((sent) => sent.url === url && now - sent.at < SAME_PAGE_GAP_MS);
  if (samePage || recent.length >= REPORTS_PER_HOUR) return { allowed: false, history: recent };
  return { allowed: true, history: [...recent, { url, at: now }] };
}
