import { describe, expect, it, vi } from 'vitest';
import { checkFrameForms, newToJudge } from '../../../src/content/guard-frames';
import { MAX_REPORTS, REPORT_REFILL_MS } from '../../../src/content/guard-watch';
import { page } from './linkedom-page';

const NEWSLETTER = '<form><input type="email" name="email"><button>Subscribe</button></form>';
const KIT =
  '<form method="post"><input type="email" name="loginfmt"><input type="password" name="passwd"></form>';

/** The frame's check on `doc`; how many reports it made so far, and the check for hand-overs. */
function frame(doc: Document) {
  const reports: string[] = [];
  // As guard-check.ts: the frame's markup stands in for its snapshot, sent only when it is new.
  const isNew = newToJudge();
  const check = checkFrameForms(doc, () => {
    if (isNew(doc.URL, doc.body.innerHTML)) reports.push(doc.body.innerHTML);
  });
  return { reports, check };
}

describe('a frame’s forms', () => {
  it('are reported at once', () => {
    const { reports } = frame(page(KIT));
    expect(reports).toHaveLength(1);
  });

  it('are not reported again when a field of the same form gets focus', () => {
    const { reports, check } = frame(page(KIT));
    check();
    check();
    expect(reports).toHaveLength(1);
  });

  it('are reported again when the frame swaps in other credential fields', () => {
    const doc = page(NEWSLETTER);
    const { reports, check } = frame(doc);
    doc.body.innerHTML = KIT;
    check();
    expect(reports).toEqual([NEWSLETTER, KIT]);
  });

  it('are reported again when the frame puts another look around the same boxes', () => {
    const doc = page(NEWSLETTER);
    const { reports, check } = frame(doc);
    doc.body.insertAdjacentHTML('afterbegin', '<img alt="Microsoft"><h1>Sign in</h1>');
    check();
    expect(reports).toHaveLength(2);
    expect(reports[1]).toContain('Sign in');
  });

  it('report nothing while the frame has no credential field (a document being written)', () => {
    const doc = page(KIT);
    const { reports, check } = frame(doc);
    doc.body.innerHTML = '';
    check();
    expect(reports).toHaveLength(1);
  });

  it(`are reported ${MAX_REPORTS} times at once, then the latest once a report is there`, () => {
    vi.useFakeTimers();
    try {
      const doc = page(NEWSLETTER);
      const { reports, check } = frame(doc);
      // A frame that swaps harmless forms to use its reports up, then swaps its kit in.
      for (let i = 0; i < 10; i++) {
        doc.body.innerHTML = `<form><input type="password" name="pw${i}"></form>`;
        check();
      }
      doc.body.innerHTML = KIT;
      check();
      expect(reports).toHaveLength(MAX_REPORTS);
      vi.advanceTimersByTime(REPORT_REFILL_MS);
      expect(reports).toHaveLength(MAX_REPORTS + 1);
      expect(reports.at(-1)).toBe(KIT);
    } finally {
      vi.useRealTimers();
    }
  });
});
