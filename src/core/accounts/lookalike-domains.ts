import { CONSUMER_BRANDS, CONSUMER_DOMAINS, isConsumerDomain } from './microsoft-domains';
import { reason } from './reason';
import type { Reason } from './types';

// Endings people type when they mean .com; "co" alone is a real ending (Colombia) but
// hotmail.co and outlook.co are not Microsoft's, so suggesting .com is the helpful answer.
const COM_TYPOS = new Set([
  'co',
  'cm',
  'om',
  'con',
  'cpm',
  'cim',
  'vom',
  'xom',
  'comm',
  'coom',
  'ocm',
  'cmo',
  'c0m',
  'comn',
]);

// Brands short enough that one changed letter makes a real, unrelated word (live → love, life).
const MIN_BRAND_LENGTH_FOR_SPELLING = 6;

/** Characters that look alike in many fonts, replaced by what they imitate. */
function undoHomoglyphs(domain: string): string {
  return domain.replace(/0/g, 'o').replace(/1/g, 'l').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

function splitFirstLabel(domain: string): { label: string; ending: string } {
  const dot = domain.indexOf('.');
  return { label: domain.slice(0, dot), ending: domain.slice(dot + 1) };
}

/** The Microsoft mail domain this one is probably a typo of, or null. */
export function suggestConsumerDomain(domain: string): string | null {
  if (isConsumerDomain(domain)) return null;
  const unglyphed = undoHomoglyphs(domain);
  if (unglyphed !== domain && isConsumerDomain(unglyphed)) return unglyphed;

  const { label, ending } = splitFirstLabel(unglyphed);
  const fixedEnding = COM_TYPOS.has(ending) ? 'com' : ending;
  for (const brand of CONSUMER_BRANDS) {
    const spelledRight =
      label === brand ||
      (brand.length >= MIN_BRAND_LENGTH_FOR_SPELLING && editDistance(label, brand) === 1);
    if (!spelledRight) continue;
    const candidate = `${brand}.${fixedEnding}`;
    if (candidate !== domain && isConsumerDomain(candidate)) return candidate;
  }
  return null;
}

/**
 * Warnings about a domain that is not a Microsoft mail domain but could be mistaken for one:
 * a subdomain of one, a lookalike that starts with one, a likely typo, or a brand name we don't list.
 */
export function lookalikeReasons(domain: string): Reason[] {
  if (isConsumerDomain(domain)) return [];

  const parent = CONSUMER_DOMAINS.find((consumer) => domain.endsWith(`.${consumer}`));
  if (parent) {
    return [reason('microsoft-subdomain', { domain, parent })];
  }

  const imitated = CONSUMER_DOMAINS.find(
    (consumer) =>
      (domain.startsWith(`${consumer}.`) && domain.slice(consumer.length + 1).includes('.')) ||
      domain.includes(`${consumer}-`) ||
      domain.includes(`-${consumer}`),
  );
  if (imitated) {
    return [reason('lookalike-domain', { domain, imitated })];
  }

  const suggestion = suggestConsumerDomain(domain);
  if (suggestion) {
    return [reason('possible-typo', { domain, suggestion })];
  }

  const { label } = splitFirstLabel(domain);
  if ((CONSUMER_BRANDS as readonly string[]).includes(label)) {
    return [reason('unlisted-microsoft-name', { domain })];
  }
  return [];
}
