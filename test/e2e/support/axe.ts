import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import type { BrowserName } from './launch';

/**
 * axe-core, run inside a page of the browser under test. Its source is injected with
 * `page.evaluate(source)` (extension pages' CSP doesn't apply to what the test driver evaluates),
 * then `axe.run` audits the page, or only Account Helper's element on a web page. The guidance
 * panel and the lookalike warning live in a shadow root that is closed in the store build and
 * open in the e2e build on a page whose `<html>` carries `data-account-helper-audit`
 * (src/content/page-marker.ts), so axe can look inside there.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export type Scheme = 'light' | 'dark';

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

export interface AxeOptions {
  /** A CSS selector: audit only this element (and its shadow tree). The whole page otherwise. */
  include?: string;
  /** Rule ids to leave out, each with the reason in a comment where it's used. */
  disable?: string[];
  /** Also report what axe could not decide ("needs review"), for these rule ids. */
  review?: string[];
}

/** Every rule axe runs by default (WCAG 2.0–2.2 A and AA, and best practices). */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (include: string | null, disable: string[], review: string[]) => {
      type Result = {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      };
      const axe = (
        globalThis as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: Result[]; incomplete: Result[] }>;
          };
        }
      ).axe;
      const context = include ? { include: [[include]] } : document;
      const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
      const result = await axe.run(context, { rules, resultTypes: ['violations', 'incomplete'] });
      const undecided = result.incomplete
        .filter((r) => review.includes(r.id))
        .map((r) => ({ ...r, id: `${r.id} (needs review)` }));
      return [...result.violations, ...undecided].map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: JSON.stringify(n.target),
          summary: n.failureSummary ?? '',
        })),
      }));
    },
    options.include ?? null,
    options.disable ?? [],
    options.review ?? [],
  );
}

/** One line per failing node, for a readable assertion message. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .flatMap((f) => f.nodes.map((n) => `${f.id} (${f.impact}): ${n.target}\n    ${n.summary}`))
    .join('\n');
}

/**
 * Switches `prefers-color-scheme` for a page. Chromium emulates it (CDP); Firefox's WebDriver
 * BiDi can't, so there the browser was launched in the scheme (`firefoxColorScheme`). Either
 * way the caller checks the page really matches (`schemeMatches`).
 */
export async function useScheme(
  page: Page,
  browserName: BrowserName,
  scheme: Scheme,
): Promise<void> {
  if (browserName === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  }
}

export function schemeMatches(page: Page, scheme: Scheme): Promise<boolean> {
  return page.evaluate((value) => matchMedia(`(prefers-color-scheme: ${value})`).matches, scheme);
}
