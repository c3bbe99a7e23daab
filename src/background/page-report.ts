import { analysePage, classifyUrl } from '../core/detection';
import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import type { Classification } from '../core/detection/types';
import type { LookalikeText, PageReport } from '../messaging/messages';
import { createSettingsRepo } from '../storage/settings-repo';
import { createSightingsRepo } from '../storage/sightings-repo';
import { showVerdictOnToolbar } from './badge';
import { database } from './database';
import { earlyGuidance } from './guidance-handlers';
import { backgroundLocale, bsay, bt } from './i18n';
import { tellOrganisation } from './organisation-report';
import { withPolicy } from './policy';
import { saveTabState } from './tab-state';

/**
 * The browser tells us which document sent the message; the page may since have changed its path
 * (single-page apps), so the script's own URL is used only when it stays on that origin.
 */
export function trustedPageUrl(claimed: string, fromBrowser: string | undefined): string {
  if (!fromBrowser) return claimed;
  try {
    return new URL(claimed).origin === new URL(fromBrowser).origin ? claimed : fromBrowser;
  } catch {
    return fromBrowser;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Classifies a page a content script reported, remembers it for the tab, and records a sighting. */
export async function handlePageReport(
  tabId: number,
  url: string,
  snapshot: PageSnapshot | undefined,
  options: { guidance?: boolean } = {},
): Promise<PageReport> {
  const classification = await withPolicy(
    url,
    snapshot ? analysePage(url, snapshot) : classifyUrl(url),
  );
  await saveTabState({ tabId, url, classification });
  // Not awaited: setIcon decodes four PNGs (about 30 ms), which would hold up the content
  // script's panel; the toolbar follows a moment later (tab-watch.ts set it from the URL already).
  void showVerdictOnToolbar(tabId, classification.verdict);
  if (classification.verdict === 'other') return { classification, warningDismissed: false };

  const db = await database();
  const [, dismissed, guidance] = await Promise.all([
    createSightingsRepo(db).record({
      url,
      verdict: classification.verdict,
      service: classification.service,
      kind: classification.kind,
    }),
    createSettingsRepo(db).get('dismissedLookalikeHosts'),
    // A panel without its saved state or text is better than no page report: never fatal.
    options.guidance ? earlyGuidance(url, classification).catch(() => undefined) : undefined,
  ]);
  const report: PageReport = { classification, warningDismissed: dismissed.includes(hostOf(url)) };
  if (classification.verdict === 'lookalike') {
    report.warning = lookalikeText(classification);
    // Only the full warning is reported (not the chip of a page the person chose to stay on).
    if (!report.warningDismissed && (await tellOrganisation(url, classification))) {
      report.warning.organisation = bt('warning.org-told');
    }
  }
  if (guidance) report.guidance = guidance;
  return report;
}

/** The warning's words in the browser's UI language, with the reasons for this page. */
export function lookalikeText(classification: Classification): LookalikeText {
  return {
    lang: backgroundLocale(),
    title: bt('warning.title'),
    summary: bt('warning.summary'),
    reasons: classification.reasons.map(bsay),
    advice: bt('warning.advice'),
    leave: bt('warning.leave'),
    know: bt('warning.know'),
    proceed: bt('warning.proceed'),
    chip: bt('warning.chip'),
    report: bt('warning.report'),
  };
}
