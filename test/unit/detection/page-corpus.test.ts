import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebUrl } from '../../../src/core/detection';
import {
  IMITATION_CLASSES,
  LEGITIMATE_CLASSES,
  PAGE_CASES,
  PAGES_DIR,
  pageCasePath,
  readPageCase,
} from '../../fixtures/detection/corpus';

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFilesUnder(path);
    return name.endsWith('.html') ? [relative(PAGES_DIR, path)] : [];
  });
}

// Checks the labelled page corpus itself, not what the detector says about it.
describe('page corpus manifest', () => {
  it('holds at least 150 imitations and 150 legitimate pages', () => {
    expect(PAGE_CASES.filter((c) => c.expected === 'lookalike').length).toBeGreaterThanOrEqual(150);
    expect(PAGE_CASES.filter((c) => c.expected === 'other').length).toBeGreaterThanOrEqual(150);
  });

  it.each([...IMITATION_CLASSES, ...LEGITIMATE_CLASSES])(
    'class %s is present in both halves, split about evenly',
    (pageClass) => {
      const cases = PAGE_CASES.filter((c) => c.class === pageClass);
      const tune = cases.filter((c) => c.split === 'tune').length;
      const heldout = cases.filter((c) => c.split === 'heldout').length;
      expect(tune, `${pageClass} tune`).toBeGreaterThanOrEqual(3);
      expect(heldout, `${pageClass} heldout`).toBeGreaterThanOrEqual(3);
      expect(
        Math.abs(tune - heldout),
        `${pageClass}: ${tune} tune / ${heldout} heldout`,
      ).toBeLessThanOrEqual(Math.ceil(cases.length / 3));
    },
  );

  it('lists every file once, and every listed file exists and is a page', () => {
    const files = PAGE_CASES.map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    for (const pageCase of PAGE_CASES) {
      expect(existsSync(pageCasePath(pageCase)), pageCase.file).toBe(true);
      expect(readPageCase(pageCase), pageCase.file).toMatch(/<(?:html|script)[\s>]/i);
    }
  });

  it('lists every page under imitation/ and legitimate/', () => {
    const listed = new Set(PAGE_CASES.map((c) => c.file));
    const onDisk = [
      ...htmlFilesUnder(join(PAGES_DIR, 'imitation')),
      ...htmlFilesUnder(join(PAGES_DIR, 'legitimate')),
    ];
    expect(onDisk.filter((file) => !listed.has(file))).toEqual([]);
  });

  it('serves every page at a readable web address, imitations never on the organisation hosts of legitimate pages', () => {
    for (const pageCase of PAGE_CASES) expect(parseWebUrl(pageCase.url), pageCase.url).toBeTruthy();
    const legitimateHosts = new Set(
      PAGE_CASES.filter((c) => c.expected === 'other').map((c) => new URL(c.url).hostname),
    );
    const clashes = PAGE_CASES.filter(
      (c) => c.expected === 'lookalike' && legitimateHosts.has(new URL(c.url).hostname),
    );
    expect(clashes.map((c) => c.file)).toEqual([]);
  });

  it('keeps imitations under imitation/ and legitimate pages under legitimate/, by class folder', () => {
    for (const pageCase of PAGE_CASES) {
      const top = pageCase.expected === 'lookalike' ? 'imitation' : 'legitimate';
      expect(pageCase.file.startsWith(`${top}/${pageCase.class}/`), pageCase.file).toBe(true);
    }
  });

  it('loads nothing from the network when a page is opened (no external src, stylesheet or CSS url)', () => {
    // An external address as text (a form action, a script's fetch target, a link) is fine;
    // only what the browser would fetch on its own while loading is not.
    const externalLoad = [
      /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i,
      /<link\b(?![^>]*rel=["']?(?:canonical|alternate)\b)[^>]*\shref\s*=\s*["']?(?:https?:)?\/\//i,
      /url\(\s*(?:&quot;|["'])?(?:https?:)?\/\//i,
      /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i,
    ];
    const offenders = PAGE_CASES.filter((c) => {
      const html = readPageCase(c);
      return externalLoad.some((pattern) => pattern.test(html));
    });
    expect(offenders.map((c) => c.file)).toEqual([]);
  });
});
