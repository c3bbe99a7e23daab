import { parse } from 'tldts';
import { type BrandMatch, matchBrand } from './brand-match';
import { signInWordStrength } from './brands';
import { skeleton } from './confusables';
import { boundedEditDistance } from './edit-distance';
import { IDENTITY_PAGE_HOSTS } from './hosts';
import { hostToUnicode } from './punycode';
import { reasons } from './reasons';
import { STRONG_SIGN_IN_PATH, WEAK_SIGN_IN_PATH } from './sign-in-paths';
import type { Reason } from './types';
import type { WebUrl } from './url-parts';
import type { UserContentHost } from './user-content';

/** Score at which an address is called a lookalike. Each signal's weight is next to it. */
export const LOOKALIKE_THRESHOLD = 3;

export interface UrlEvidence {
  readonly score: number;
  readonly reasons: readonly Reason[];
}

/** Microsoft host names worth spotting inside someone else's address. */
const MICROSOFT_ADDRESSES: readonly string[] = [
  ...IDENTITY_PAGE_HOSTS,
  'outlook.office365.com',
  'outlook.office.com',
  'outlook.live.com',
  'microsoftonline.com',
  'microsoft.com',
  'microsoft365.com',
  'office365.com',
  'office.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'sharepoint.com',
  'onedrive.com',
  'msauth.net',
  'msftauth.net',
  'microsoftonline.us',
  'aka.ms',
];

/** Hosts whose near-misses are typo-squats ("login.microsoftonline.co"). */
const TYPO_TARGETS: readonly string[] = [
  ...IDENTITY_PAGE_HOSTS,
  'outlook.office365.com',
  'outlook.office.com',
  'outlook.live.com',
];

const TYPO_TARGET_SKELETONS = TYPO_TARGETS.map((host) => ({ host, skeleton: skeleton(host) }));

/** Identity hosts searched for in paths ("/login.microsoftonline.com/…"). */
const PATH_HOSTS: readonly string[] = IDENTITY_PAGE_HOSTS;

const PAGE_FILE_NAME = /\/([^/]+)\.(?:html?|php|aspx?)$/;
const NON_ALNUM = /[^a-z0-9]+/;

interface Collector {
  score: number;
  reasons: Reason[];
  brandSeen: boolean;
  distinctiveSeen: boolean;
  /** The registrable name is nothing but sign-in words ("login-session.net"). */
  signInOnlyName: boolean;
  signIn: 'strong' | 'weak' | null;
}

function add(c: Collector, weight: number, reason: Reason): void {
  c.score += weight;
  if (!c.reasons.some((r) => r.code === reason.code)) c.reasons.push(reason);
}

/** Notes sign-in vocabulary; brand tokens are skipped ("sharepoint" is not "share"). */
function noteSignInWord(c: Collector, token: string): void {
  if (matchBrand(token)) return;
  const strength = signInWordStrength(token);
  if (strength === 'strong' || (strength === 'weak' && c.signIn === null)) c.signIn = strength;
}

/** Scores the lookalike evidence in an address that isn't run by Microsoft. */
export function scoreForeignUrl(web: WebUrl, hosting: UserContentHost | null): UrlEvidence {
  const c: Collector = {
    score: 0,
    reasons: [],
    brandSeen: false,
    distinctiveSeen: false,
    signInOnlyName: false,
    signIn: null,
  };
  const host = web.host;
  const parsed = parse(host, { extractHostname: false });
  const site = hosting ? host : (parsed.domain ?? host);

  if (!parsed.isIp && hosting?.kind !== 'tenant-content') {
    if (hosting) scoreHostedSite(c, web, hosting);
    else scoreHostName(c, parsed.domainWithoutSuffix ?? host, parsed.subdomain ?? '', site);
    scoreHostTypo(c, host);
    scoreHyphenJoinedHost(
      c,
      host,
      site,
      hosting ? hosting.siteName.length : (parsed.subdomain ?? '').length,
    );
  }
  scoreUserinfo(c, web, site);
  scorePath(c, web, site);
  // A bare IP address dressed up with Microsoft names in its path or userinfo.
  if (parsed.isIp && c.brandSeen) c.score += 1;

  if (c.brandSeen && c.signIn !== null) {
    // "office.login-session.net": a brand label on a site named only for signing in.
    const weight = c.signInOnlyName && c.signIn === 'strong' ? 2 : 1;
    if (c.distinctiveSeen || c.signIn === 'strong') add(c, weight, reasons.signInWordsWithBrand());
  }
  if (!web.https && c.score > 0) c.score += 1;
  return { score: c.score, reasons: c.reasons };
}

function scoreBrandToken(
  c: Collector,
  match: BrandMatch,
  displayToken: string,
  weights: { distinctive: number; common: number },
  reasonFor: (brandName: string) => Reason,
  punycode: boolean,
): void {
  c.brandSeen = true;
  if (match.brand.distinctive) c.distinctiveSeen = true;
  if (match.rest) noteSignInWord(c, match.rest);
  if (match.how === 'confusable' || match.how === 'inside-confusable') {
    add(
      c,
      4,
      punycode
        ? reasons.punycodeConfusable(displayToken, match.brand.name)
        : reasons.confusable(displayToken, match.brand.name),
    );
    return;
  }
  if (match.how === 'typo') {
    // A misspelt ordinary word ("outlok") weighs what the word itself would.
    const typoWeight = match.brand.distinctive ? 3 : weights.common;
    if (typoWeight > 0) add(c, typoWeight, reasons.typoOfBrand(displayToken, match.brand.name));
    return;
  }
  const weight = match.brand.distinctive ? weights.distinctive : weights.common;
  if (weight > 0) add(c, weight, reasonFor(match.brand.name));
}

/** The registrable name ("microsoft-login" in microsoft-login.com) and the labels before it. */
function scoreHostName(c: Collector, name: string, subdomain: string, site: string): void {
  const unicodeName = hostToUnicode(name);
  const nameTokens = unicodeName.split('-').filter(Boolean);
  const hyphenated = nameTokens.length > 1;
  for (const token of nameTokens) noteSignInWord(c, token);
  c.signInOnlyName = nameTokens.every((t) => signInWordStrength(t) !== null);
  // An ordinary word like "outlook" only counts next to sign-in words ("outlook-verify").
  const commonWeight = nameTokens.some((t) => signInWordStrength(t) === 'strong') ? 2 : 1;
  for (const label of subdomain.split('.')) {
    for (const token of label.split('-')) if (token) noteSignInWord(c, token);
  }

  // Registrable name: whole, then each hyphen-separated part.
  const punycodeName = name !== unicodeName;
  const whole = matchBrand(unicodeName);
  if (whole && !hyphenated) {
    scoreBrandToken(
      c,
      whole,
      unicodeName,
      { distinctive: 2, common: 0 },
      (b) => reasons.brandInDomainName(b, site),
      punycodeName,
    );
    if (whole.rest && matchBrand(whole.rest))
      add(c, 1, reasons.brandInDomainName(whole.brand.name, site));
  } else {
    const hit = strongestBrand(nameTokens);
    if (hit) {
      const exactPart = hit.match.how === 'exact';
      scoreBrandToken(
        c,
        hit.match,
        hit.token,
        { distinctive: 2, common: commonWeight },
        (b) =>
          exactPart ? reasons.brandInHyphenatedDomain(b, site) : reasons.brandInDomainName(b, site),
        punycodeName,
      );
      // Two brand names glued together ("outlook-office") are an imitation, not a coincidence.
      if (hit.brandCount > 1) add(c, 1, reasons.brandInDomainName(hit.match.brand.name, site));
    }
  }

  if (!subdomain) return;
  const unicodeSub = hostToUnicode(subdomain);
  const microsoftAddress = findMicrosoftAddress(unicodeSub);
  if (microsoftAddress) {
    c.brandSeen = true;
    c.distinctiveSeen = true;
    add(c, 4, reasons.brandInSubdomain(microsoftAddress, site));
    return;
  }
  const punycodeSub = unicodeSub !== subdomain;
  const hit = strongestBrand(unicodeSub.split(/[.-]/));
  if (hit) {
    scoreBrandToken(
      c,
      hit.match,
      hit.token,
      { distinctive: 2, common: 1 },
      (b) => reasons.brandInSubdomain(b, site),
      punycodeSub,
    );
  }
}

/** A site on free hosting: the publisher's chosen name, and for file hosts the path too. */
function scoreHostedSite(c: Collector, web: WebUrl, hosting: UserContentHost): void {
  const tokens = hostToUnicode(hosting.siteName).split(/[.-]/).filter(Boolean);
  const pathTokens = web.path.split(NON_ALNUM).filter(Boolean);
  for (const token of tokens) noteSignInWord(c, token);
  const commonWeight = tokens.some((t) => signInWordStrength(t) !== null) ? 2 : 1;
  const candidates = hosting.kind === 'file-hosting' ? [...tokens, ...pathTokens] : tokens;
  if (hosting.kind === 'free-site' && isBrandedSignInFile(web.path)) {
    candidates.push(...pathTokens);
    for (const token of pathTokens) noteSignInWord(c, token);
  }
  if (hosting.kind === 'file-hosting') {
    for (const token of pathTokens) noteSignInWord(c, token);
  }
  const hit = strongestBrand(candidates);
  if (!hit) return;
  scoreBrandToken(
    c,
    hit.match,
    hit.token,
    { distinctive: 2, common: commonWeight },
    (b) => reasons.freeHostingWithBrand(hosting.suffix, b),
    hosting.siteName.includes('xn--'),
  );
  add(
    c,
    hit.brandCount > 1 ? 2 : 1,
    reasons.freeHostingWithBrand(hosting.suffix, hit.match.brand.name),
  );
}

/**
 * A page file named only with brand and sign-in words ("office365-login.html"), the usual shape
 * of a phishing kit dropped on a free site. Blog posts with longer names don't qualify.
 */
function isBrandedSignInFile(path: string): boolean {
  const match = PAGE_FILE_NAME.exec(path);
  if (!match?.[1]) return false;
  const words = match[1].split(NON_ALNUM).filter(Boolean);
  let brand = false;
  for (const word of words) {
    if (matchBrand(word)) brand = true;
    else if (word !== 'index' && signInWordStrength(word) === null) return false;
  }
  return brand;
}

interface BrandHit {
  readonly match: BrandMatch;
  readonly token: string;
  /** How many tokens (or glued parts) name a brand: two or more is an imitation. */
  readonly brandCount: number;
}

function strongestBrand(tokens: readonly string[]): BrandHit | null {
  let best: BrandMatch | null = null;
  let bestToken = '';
  let brandCount = 0;
  for (const token of tokens) {
    const match = token ? matchBrand(token) : null;
    if (!match) continue;
    brandCount += match.rest && matchBrand(match.rest) ? 2 : 1;
    if (best === null || rank(match) > rank(best)) {
      best = match;
      bestToken = token;
    }
  }
  return best ? { match: best, token: bestToken, brandCount } : null;
}

const RANK: Record<BrandMatch['how'], number> = {
  confusable: 50,
  'inside-confusable': 40,
  typo: 30,
  exact: 20,
  inside: 10,
};

function rank(match: BrandMatch): number {
  return RANK[match.how] + (match.brand.distinctive ? 5 : 0);
}

/** A Microsoft host name used as labels of another site ("login.live.com.example.net"). */
function findMicrosoftAddress(subdomain: string): string | null {
  for (const address of MICROSOFT_ADDRESSES) {
    if (
      subdomain === address ||
      subdomain.endsWith(`.${address}`) ||
      subdomain.startsWith(`${address}.`) ||
      subdomain.includes(`.${address}.`)
    ) {
      return address;
    }
  }
  return null;
}

function scoreHostTypo(c: Collector, host: string): void {
  // Compared on skeletons, so "logln.microsoftonline.cc" counts as a near miss too.
  const hostSkeleton = skeleton(hostToUnicode(host));
  for (const target of TYPO_TARGET_SKELETONS) {
    const max = target.host.length >= 16 ? 2 : 1;
    if (Math.abs(target.skeleton.length - hostSkeleton.length) > max) continue;
    if (boundedEditDistance(hostSkeleton, target.skeleton, max) <= max) {
      c.brandSeen = true;
      c.distinctiveSeen = true;
      add(c, 4, reasons.typoOfHost(host, target.host));
      return;
    }
  }
}

/** "login-microsoftonline-com.example" spells a Microsoft host with hyphens for dots. */
function scoreHyphenJoinedHost(
  c: Collector,
  host: string,
  site: string,
  subdomainLength: number,
): void {
  if (!host.includes('-')) return;
  const dotted = host.replaceAll('-', '.');
  for (const address of MICROSOFT_ADDRESSES) {
    const at = dotted.indexOf(address);
    if (at === -1) continue;
    if (at > 0 && dotted[at - 1] !== '.') continue;
    const after = dotted[at + address.length];
    if (after !== undefined && after !== '.') continue;
    // Plain labels inside the subdomain are the subdomain check's job; count it here when a
    // hyphen was involved or the name runs on into the registrable part ("outlook.com-x.net").
    const plain = host.slice(at, at + address.length) === address;
    if (plain && at + address.length <= subdomainLength) continue;
    c.brandSeen = true;
    c.distinctiveSeen = true;
    add(c, 4, reasons.brandInHyphenatedDomain(address, site));
    return;
  }
}

function scoreUserinfo(c: Collector, web: WebUrl, site: string): void {
  if (!web.userinfo) return;
  const tokens = web.userinfo.split(NON_ALNUM).filter(Boolean);
  const mentionsMicrosoft =
    findMicrosoftAddress(`.${web.userinfo}.`) !== null ||
    tokens.some((token) => {
      const match = matchBrand(token);
      return match !== null && (match.brand.distinctive || match.how !== 'inside');
    });
  if (mentionsMicrosoft) {
    c.brandSeen = true;
    add(c, 4, reasons.userinfoTrick(site));
  }
}

function scorePath(c: Collector, web: WebUrl, site: string): void {
  const path = web.path;
  if (path.length <= 1) return;
  for (const address of PATH_HOSTS) {
    const at = path.indexOf(address);
    if (at === -1) continue;
    const before = path.charCodeAt(at - 1);
    if (isHostChar(before)) continue;
    const after = path.charCodeAt(at + address.length);
    if (isHostChar(after) || after === 46 /* . */) continue;
    c.brandSeen = true;
    add(c, at === 1 ? 3 : 2, reasons.hostInPath(address, site));
    break;
  }
  if (STRONG_SIGN_IN_PATH.test(path)) add(c, 3, reasons.signInPathOnForeignHost(site));
  else if (WEAK_SIGN_IN_PATH.test(path)) add(c, 2, reasons.signInPathOnForeignHost(site));
}

function isHostChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
}
