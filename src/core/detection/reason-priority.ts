import type { ReasonCode } from './reasons';
import type { Reason } from './types';

/**
 * The order a lookalike's reasons are shown in, most important first. The popup shows only the
 * first one (the rest fold away) and the in-page warning reads top to bottom, so the first
 * reasons must say what is at stake and why this isn't Microsoft; the evidence behind them follows.
 */
export const REASON_PRIORITY: readonly ReasonCode[] = [
  // On Microsoft's own hosts the address can't help: what the page asks for comes first, and
  // where it was opened from (a shared file, an email) or whose sign-in page it copies.
  'shared-content-question',
  'shared-content-password',
  'shared-content-code',
  'shared-content-sign-in-copy',
  'imitates-organisation-sign-in',
  // What is at stake: a copy of Microsoft's sign-in page, off Microsoft, wants a password.
  'cloned-sign-in-page',
  // The same, naming the kind of imitation (only one of these is ever given).
  'fake-browser-window',
  'owa-copy',
  'shared-document-lure',
  'screenshot-sign-in-page',
  'account-alert-lure',
  // Where the page was opened from (next-hop.ts): a shared file or an email led here.
  'opened-from-shared-content',
  'opened-from-webmail',
  // Why the address isn't Microsoft's: it hides, misspells or borrows a Microsoft host or name.
  // Those that name the real site or the real Microsoft address come first.
  'userinfo-trick',
  'typo-of-microsoft-host',
  'confusable-characters',
  'punycode-confusable',
  'brand-in-subdomain',
  'brand-in-hyphenated-domain',
  'microsoft-host-in-path',
  'microsoft-name-in-address',
  'typo-of-brand-name',
  'brand-in-domain-name',
  // Where the page's own code sends what is typed: a phishing kit's mark.
  'sends-to-outside-service',
  // Supporting signals: where the page is hosted, the shape of the address, then the page's
  // content (already summed up by `cloned-sign-in-page`).
  'free-hosting-with-brand',
  'user-content-host',
  'sign-in-path-on-foreign-host',
  'sign-in-words-with-brand',
  'credential-form',
  'saved-copy-of-microsoft-page',
  'microsoft-form-fields',
  'microsoft-sign-in-assets',
  'microsoft-sign-in-wording',
  'microsoft-logo',
  'disguised-text',
  'script-built-page',
  // Never on a lookalike (genuine or Microsoft-run pages); listed so every code has a place.
  'official-microsoft-host',
  'tenant-not-allowed',
  'organisation-sign-in-page',
  'not-https',
  'unusual-port',
];

const RANK = new Map<string, number>(REASON_PRIORITY.map((code, index) => [code, index]));

function rankOf(reason: Reason): number {
  return RANK.get(reason.code) ?? REASON_PRIORITY.length;
}

/**
 * The reasons in `REASON_PRIORITY` order, as a new array. The sort is stable: reasons of equal
 * rank (and unknown codes, which go last) keep their order.
 */
export function mostImportantFirst(reasonList: readonly Reason[]): Reason[] {
  return [...reasonList].sort((a, b) => rankOf(a) - rankOf(b));
}
