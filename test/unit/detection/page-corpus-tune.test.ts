import { describe, expect, it } from 'vitest';
import { analyseSavedPage } from '../../../scripts/lib/saved-page';
import { PAGE_CASES, readPageCase } from '../../fixtures/detection/corpus';

/**
 * The page model on the corpus's tune half (the held-out half is only reported, by `npm run eval`).
 * Legitimate pages: no false alarm at all. Imitations: a recall floor.
 */
const RECALL_FLOOR = 0.9;
const tune = PAGE_CASES.filter((c) => c.split === 'tune');
const legitimate = tune.filter((c) => c.expected === 'other');
const imitations = tune.filter((c) => c.expected === 'lookalike');
const flagged = (c: (typeof tune)[number]) =>
  analyseSavedPage(c.url, readPageCase(c)).verdict === 'lookalike';

describe('page model on the tune half of the corpus', () => {
  it('has pages of both kinds to judge', () => {
    expect(imitations.length).toBeGreaterThan(50);
    expect(legitimate.length).toBeGreaterThan(50);
  });

  it.each(legitimate.map((c) => [c.class, c.file, c] as const))(
    'never flags %s page %s',
    (_, __, pageCase) => {
      expect(flagged(pageCase)).toBe(false);
    },
  );

  it(`catches at least ${RECALL_FLOOR * 100}% of the imitations`, () => {
    const missed = imitations.filter((c) => !flagged(c)).map((c) => c.file);
    const recall = 1 - missed.length / imitations.length;
    expect(recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  // A caught page is named for its class first, or at least called a copy of Microsoft's
  // sign-in page (a OneDrive-branded sign-in without a "shared file" story is both).
  it.each([
    ['owa-copy', 'owa-copy'],
    ['document-lure', 'shared-document-lure'],
    ['screenshot-kit', 'screenshot-sign-in-page'],
    ['account-alert', 'account-alert-lure'],
    ['browser-in-browser', 'fake-browser-window'],
  ])('names a caught %s page for what it is, first', (pageClass, code) => {
    const firsts = imitations
      .filter((c) => c.class === pageClass)
      .map((c) => analyseSavedPage(c.url, readPageCase(c)))
      .filter((result) => result.verdict === 'lookalike')
      .map((result) => result.reasons[0]?.code);
    for (const first of firsts) expect([code, 'cloned-sign-in-page']).toContain(first);
    const named = firsts.filter((first) => first === code).length;
    expect(named / firsts.length, `${named} of ${firsts.length}`).toBeGreaterThanOrEqual(0.75);
  });
});
