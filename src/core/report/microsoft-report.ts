/**
 * Microsoft's form for reporting an unsafe site (Microsoft Defender SmartScreen), as its security
 * intelligence site publishes it. The page's address goes along as `url`; the person checks the
 * form and sends it themselves: nothing is sent on their behalf.
 */
export const MICROSOFT_REPORT_PAGE =
  'https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site-guest';

/** The report form for a web page's address; null for anything but an http(s) page. */
export function microsoftReportUrl(pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // The fragment is the page's own business (and may hold a token): never part of a report.
  url.hash = '';
  return `${MICROSOFT_REPORT_PAGE}?url=${encodeURIComponent(url.href)}`;
}
