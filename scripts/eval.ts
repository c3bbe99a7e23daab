/**
 * How well the guard's page model does on the page corpus (test/fixtures/detection/pages):
 * recall on each class of imitation and false alarms on each class of legitimate page, for the
 * held-out half (report only: never tune on it) and, separately labelled, the tune half. Pages
 * are read the way `npm run detect` reads a saved page.
 *
 *   npm run eval               # both halves, per class
 *   npm run eval -- --misses   # also lists the tune half's misses and false alarms
 */

import {
  IMITATION_CLASSES,
  LEGITIMATE_CLASSES,
  PAGE_CASES,
  type PageCase,
  type PageSplit,
  readPageCase,
} from '../test/fixtures/detection/corpus';
import { analyseSavedPage } from './lib/saved-page';

interface Outcome {
  readonly pageCase: PageCase;
  readonly flagged: boolean;
  readonly first: string;
}

function run(split: PageSplit): Outcome[] {
  return PAGE_CASES.filter((c) => c.split === split).map((pageCase) => {
    const result = analyseSavedPage(pageCase.url, readPageCase(pageCase));
    return {
      pageCase,
      flagged: result.verdict === 'lookalike',
      first: result.reasons[0]?.code ?? '',
    };
  });
}

const pct = (part: number, whole: number) =>
  whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

function report(split: PageSplit, label: string, misses: boolean): void {
  const outcomes = run(split);
  const lines = [`\n${label}`, `${'class'.padEnd(20)} pages  caught  recall`];
  let caught = 0;
  let imitations = 0;
  for (const pageClass of IMITATION_CLASSES) {
    const cases = outcomes.filter((o) => o.pageCase.class === pageClass);
    const hits = cases.filter((o) => o.flagged).length;
    caught += hits;
    imitations += cases.length;
    lines.push(
      `${pageClass.padEnd(20)} ${String(cases.length).padStart(5)}  ${String(hits).padStart(6)}  ${pct(hits, cases.length)}`,
    );
  }
  lines.push(
    `${'all imitations'.padEnd(20)} ${String(imitations).padStart(5)}  ${String(caught).padStart(6)}  ${pct(caught, imitations)}`,
  );
  lines.push(`${'class'.padEnd(20)} pages  flagged  false alarms`);
  let alarms = 0;
  let legitimate = 0;
  for (const pageClass of LEGITIMATE_CLASSES) {
    const cases = outcomes.filter((o) => o.pageCase.class === pageClass);
    const hits = cases.filter((o) => o.flagged).length;
    alarms += hits;
    legitimate += cases.length;
    lines.push(
      `${pageClass.padEnd(20)} ${String(cases.length).padStart(5)}  ${String(hits).padStart(7)}  ${pct(hits, cases.length)}`,
    );
  }
  lines.push(
    `${'all legitimate'.padEnd(20)} ${String(legitimate).padStart(5)}  ${String(alarms).padStart(7)}  ${pct(alarms, legitimate)}`,
  );
  if (misses) {
    for (const o of outcomes) {
      const wrong = o.flagged !== (o.pageCase.expected === 'lookalike');
      if (wrong)
        lines.push(
          `  ${o.flagged ? 'FALSE ALARM' : 'missed'}  ${o.pageCase.class}  ${o.pageCase.file}  ${o.first}`,
        );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

const misses = process.argv.includes('--misses');
report('heldout', 'HELD-OUT half (report only; never tune on it)', false);
report('tune', 'TUNE half (the weights were tuned on these)', misses);
