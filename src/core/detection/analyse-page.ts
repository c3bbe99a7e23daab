import { assessUrl } from './classify-url';
import { type PageSignals, readPageSignals } from './page-signals';
import type { PageSnapshot } from './page-snapshot-schema';
import { mostImportantFirst } from './reason-priority';
import { reasons } from './reasons';
import { withSharedContent } from './shared-content-page';
import type { Classification, Reason } from './types';

/** Imitation score at which a credential page off Microsoft's hosts is called a clone. */
const CLONE_THRESHOLD = 4;
/** Lower bar when the address itself already looks suspicious. */
const CLONE_THRESHOLD_WITH_URL_HINTS = 2;
const URL_HINT_SCORE = 2;

interface Imitation {
  readonly score: number;
  readonly reasons: Reason[];
}

function scoreImitation(signals: PageSignals): Imitation {
  const found: Reason[] = [];
  let score = 0;
  if (signals.microsoftFields > 0) {
    score += 3;
    found.push(reasons.microsoftFormFields());
  }
  if (signals.microsoftAssets) {
    score += 2;
    found.push(reasons.microsoftAssets());
  }
  // On an article, wording and logos describe Microsoft rather than imitate it.
  const wordingCounts = !signals.longPage || signals.hasPassword;
  if (wordingCounts && signals.microsoftPhrases > 0) {
    score += Math.min(signals.microsoftPhrases, 3);
    found.push(reasons.microsoftWording());
  }
  // A "Sign in with Microsoft" button explains the logo and the brand name.
  if (wordingCounts && !signals.signInWithMicrosoft) {
    if (signals.microsoftLogo) {
      score += 2;
      found.push(reasons.microsoftLogo());
    }
    if (signals.mentionsMicrosoft) score += 1;
  }
  return { score, reasons: found };
}

/**
 * Classifies a page from its address and a snapshot of its content. Genuine Microsoft hosts and
 * Microsoft's own sites are judged by address alone; elsewhere a credential form dressed up as
 * Microsoft's sign-in page makes it a lookalike. Never throws.
 */
export function analysePage(url: string, snapshot: PageSnapshot): Classification {
  return withSharedContent(url, analyseContent(url, snapshot), snapshot);
}

function analyseContent(url: string, snapshot: PageSnapshot): Classification {
  const standing = assessUrl(url);
  if (standing.type === 'genuine' || standing.type === 'microsoft-operated') {
    return standing.classification;
  }
  let signals: PageSignals;
  try {
    signals = readPageSignals(snapshot);
  } catch {
    return standing.classification;
  }
  const urlScore = standing.type === 'foreign' ? standing.score : 0;
  const site = standing.type === 'foreign' ? standing.web.host : 'this address';
  const imitation = signals.credentialForm ? scoreImitation(signals) : { score: 0, reasons: [] };
  const threshold = urlScore >= URL_HINT_SCORE ? CLONE_THRESHOLD_WITH_URL_HINTS : CLONE_THRESHOLD;
  const cloned = signals.credentialForm && imitation.score >= threshold;

  if (!cloned) return standing.classification;
  const contentReasons = [
    reasons.clonedSignInPage(site),
    ...imitation.reasons,
    reasons.credentialForm(),
  ];
  const urlReasons =
    standing.classification.verdict === 'lookalike' ? standing.classification.reasons : [];
  return {
    verdict: 'lookalike',
    service: null,
    kind: null,
    reasons: mostImportantFirst([...urlReasons, ...contentReasons]),
  };
}
