import { analysePage, classifyUrl } from '../core/detection';
import { hasTextEntry } from '../core/detection/credential-asks';
import { withNextHop } from '../core/detection/next-hop';
import { boundedUrl } from '../core/detection/page-address';
import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import type { Classification } from '../core/detection/types';
import type { LookalikeText, PageReport } from '../messaging/messages';
import { createSettingsRepo } from '../storage/settings-repo';
import { createSightingsRepo } from '../storage/sightings-repo';
import { showVerdictOnToolbar } from './badge';
import { database } from './database';
import { earlyGuidance } from './guidance-handlers';
import { backgroundLocale, bsay, bt } from './i18n';
import { hopSourceFor, previousAddress, tabAddresses } from './next-hop';
import { tellOrganisation } from './organisation-report';
import { rememberHandOff, withOrganisationSignIns } from './organisation-sign-in';
import { withPolicy } from './policy';
import { saveTabState } from './tab-state';

/**
 * The browser tells us which document sent the message; the page may since have changed its path
 * (single-page apps), so the script's own URL is used only when it stays on that origin.
 */
export function trustedPageUrl(claimed: string, fromBrowser: string | undefined): string {
  if (!fromBrowser) return boundedUrl(claimed);
  try {
    return boundedUrl(
      new URL(claimed).origin === new URL(fromBrowser).origin ? claimed : fromBrowser,
    );
  } catch {
    return boundedUrl(fromBrowser);
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Classifies a page a content script reported, remembers it for the tab, and records a sighting.
 * Fails closed: only the classification itself may fail the report. The side effects (tab state,
 * badge, sighting, the dismissed-hosts read, guidance) are each allowed to fail on their own; a
 * failed dismissed-hosts read shows the warning.
 */
export async function handlePageReport(
  tabId: number,
  url: string,
  snapshot: PageSnapshot | undefined,
  options: { guidance?: boolean; onlyLookalike?: boolean; openerTabId?: number } = {},
): Promise<PageReport> {
  const analysed = snapshot ? analysePage(url, snapshot) : classifyUrl(url);
  // Microsoft's sign-in page may just have handed this tab over to the organisation's own.
  const addresses = await tabAddresses(tabId).catch(() => undefined);
  await rememberHandOff(previousAddress(addresses, url), url).catch(() => false);
  const organisational = await withOrganisationSignIns(url, analysed, snapshot).catch(
    () => analysed,
  );
  const source = await hopSourceFor(addresses, url, options.openerTabId).catch(() => null);
  const classification = await withPolicy(url, withNextHop(url, organisational, snapshot, source));
  // A frame's report may only add a warning, never undo what the top page's report found.
  if (options.onlyLookalike && classification.verdict !== 'lookalike') {
    return { classification, warningDismissed: false };
  }
  // Not awaited: setIcon decodes four PNGs (about 30 ms), which would hold up the content
  // script's panel; the toolbar follows a moment later (tab-watch.ts set it from the URL already).
  void showVerdictOnToolbar(tabId, classification.verdict).catch(sideEffectFailed('badge'));
  await saveTabState({ tabId, url, classification }).catch(sideEffectFailed('tab state'));
  if (classification.verdict === 'other') {
    const report: PageReport = { classification, warningDismissed: false };
    // Shared content draws its form's questions with script: a first look with no box to type
    // into asks for another once there is one.
    if (classification.hosting && !hasTextEntry(snapshot)) report.snapshotWanted = true;
    return report;
  }

  const db = await database().catch(sideEffectFailed('database'));
  const [dismissed, guidance] = await Promise.all([
    db
      ? createSettingsRepo(db)
          .get('dismissedLookalikeHosts')
          .catch(sideEffectFailed('dismissed hosts'))
      : undefined,
    // A panel without its saved state or text is better than no page report: never fatal.
    options.guidance ? earlyGuidance(url, classification).catch(() => undefined) : undefined,
    db
      ? createSightingsRepo(db)
          .record({
            url,
            verdict: classification.verdict,
            service: classification.service,
            kind: classification.kind,
          })
          .catch(sideEffectFailed('sighting'))
      : undefined,
  ]);
  const report: PageReport = {
    classification,
    warningDismissed: dismissed?.includes(hostOf(url)) ?? false,
  };
  if (classification.verdict === 'lookalike') {
    report.warning = lookalikeText(classification);
    // Only the full warning is reported (not the chip of a page the person chose to stay on).
    // Telling the organisation is a side effect: it never fails the report.
    const told = report.warningDismissed
      ? false
      : await tellOrganisation(url, classification).catch(sideEffectFailed('organisation report'));
    if (told) report.warning.organisation = bt('warning.org-told');
  }
  if (guidance) report.guidance = guidance;
  return report;
}

/** Logs a side effect of a page report that failed; the report goes on without it. */
function sideEffectFailed(what: string) {
  return (error: unknown): undefined => {
    console.error(`Account Helper: the page report's ${what} failed`, error);
    return undefined;
  };
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
