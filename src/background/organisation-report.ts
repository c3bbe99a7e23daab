import { browser } from 'wxt/browser';
import type { Classification } from '../core/detection/types';
import {
  organisationReport,
  type SentReport,
  takeReportSlot,
} from '../core/report/organisation-report';
import { currentPolicy } from './policy';

/** Kept in `storage.session`: the rate limit outlives the worker, never the browser session. */
const HISTORY_KEY = 'organisation-reports';
const SEND_TIMEOUT_MS = 10_000;

/**
 * In a managed deployment with `lookalikeReportEndpoint`, tells the organisation that the lookalike
 * warning showed on `url` (rate-limited; see organisation-report.ts for what goes). Returns whether
 * the organisation is told of warnings, for the warning's line saying so; the request itself is
 * not waited for. Without the policy it does nothing at all.
 */
export async function tellOrganisation(
  url: string,
  classification: Classification,
): Promise<boolean> {
  const endpoint = (await currentPolicy()).lookalikeReportEndpoint;
  if (!endpoint) return false;
  const now = Date.now();
  const stored = await browser.storage.session.get(HISTORY_KEY);
  const history = Array.isArray(stored[HISTORY_KEY]) ? (stored[HISTORY_KEY] as SentReport[]) : [];
  const report = organisationReport(
    url,
    classification.reasons.map((reason) => reason.code),
    now,
    browser.runtime.getManifest().version,
  );
  const slot = takeReportSlot(history, report.url, now);
  await browser.storage.session.set({ [HISTORY_KEY]: slot.history });
  if (slot.allowed) void post(endpoint, report);
  return true;
}

async function post(endpoint: string, body: unknown): Promise<void> {
  try {
    await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch (error) {
    // No retry: the next warning reports again. Nothing about the page goes to the console.
    console.warn(
      'Account Helper: the organisation’s lookalike report could not be sent',
      String(error),
    );
  }
}
