import type { Classification } from './types';

export * from './types';

/**
 * Placeholder from the foundation slice: the detection work replaces this with the host registry,
 * URL lookalike checks and page-kind rules, keeping this signature.
 */
export function classifyUrl(input: string): Classification {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { verdict: 'other', service: null, kind: null, reasons: [] };
  }
  if (url.protocol === 'https:' && url.hostname === 'login.live.com') {
    return { verdict: 'microsoft', service: 'microsoft-account', kind: 'sign-in', reasons: [] };
  }
  return { verdict: 'other', service: null, kind: null, reasons: [] };
}

/** Placeholder from the foundation slice: the pages the content script runs on. */
export const GENUINE_MATCH_PATTERNS: string[] = ['https://login.live.com/*'];
