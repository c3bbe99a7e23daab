import { ACCOUNTS_EN } from '../i18n/messages/accounts/en';
import { ref, said } from '../i18n/text';
import { FOLLOW_UP_QUESTIONS, type QuestionId } from './follow-up-questions';
import { checkAddress, type OfflineAnswer } from './offline-answer';
import { reason } from './reason';
import type { AccountKind, Reason } from './types';

/** An account the person told us they have. */
export interface KnownAccount {
  address: string;
  kind: AccountKind;
}

export interface AnswerContext {
  /** The person's own list of accounts. */
  knownAccounts?: readonly KnownAccount[];
  /** Addresses seen being typed on genuine Microsoft sign-in pages; only if the person allowed it. */
  sightings?: readonly string[];
  /** Their answers to FOLLOW_UP_QUESTIONS; unanswered questions are left out. */
  questionnaire?: Partial<Record<QuestionId, boolean>>;
}

export type AnswerKind = AccountKind | 'unknown';

/**
 * How sure we are that the address is a Microsoft account (of `kind`, when kind is known):
 * - `high`: every address at the domain is one, or the person listed it themselves;
 * - `medium`: we saw it typed on a genuine Microsoft sign-in page (it may have failed there);
 * - `low`: only the questionnaire hints at it;
 * - `none`: nothing points either way.
 * `kind: 'unknown'` with confidence above none means "probably an account, type not known".
 */
export type Confidence = 'high' | 'medium' | 'low' | 'none';

/** The strongest evidence the answer rests on. */
export type AnswerSource =
  | 'your-accounts'
  | 'domain'
  | 'seen-signing-in'
  | 'questionnaire'
  | 'none';

export interface AccountAnswer {
  /** Normalised address or phone number; null when the input isn't one. */
  address: string | null;
  kind: AnswerKind;
  confidence: Confidence;
  /** Every finding, strongest first, then notes about the address (typos, lookalikes). */
  reasons: Reason[];
  source: AnswerSource;
}

interface Finding {
  source: Exclude<AnswerSource, 'none'>;
  kind: AnswerKind;
  /** A finding with confidence `none` only adds its reasons. */
  confidence: Confidence;
  reasons: Reason[];
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1, none: 0 };

/**
 * Combines the address itself with what the person has told or shown us.
 * Rules: the strongest finding sets the confidence and source; kinds from equally strong
 * findings are merged (personal + work-school = both); a finding that knows the kind beats one
 * of the same strength that doesn't.
 */
export function answerFor(input: string, context: AnswerContext = {}): AccountAnswer {
  const offline = checkAddress(input);
  if (!offline.valid) {
    return {
      address: null,
      kind: 'unknown',
      confidence: 'none',
      reasons: [{ code: offline.code, message: offline.error }],
      source: 'none',
    };
  }

  const findings = [
    fromKnownAccounts(offline, context.knownAccounts ?? []),
    fromDomain(offline),
    fromSightings(offline, context.sightings ?? []),
  ].filter((finding): finding is Finding => finding !== null);
  // The questionnaire is about the person, not this address: only worth reading when nothing
  // about the address itself answers.
  const fromAnswers = findings.length === 0 ? fromQuestionnaire(context.questionnaire ?? {}) : null;
  if (fromAnswers) findings.push(fromAnswers);

  const notes = offline.kind === 'unknown' ? offline.reasons : [];
  const reasons = [...findings.flatMap((finding) => finding.reasons), ...notes];
  const best = strongest(findings);
  if (!best) {
    return {
      address: offline.address,
      kind: 'unknown',
      confidence: 'none',
      reasons,
      source: 'none',
    };
  }
  const kinds = findings
    .filter((finding) => finding.confidence === best.confidence)
    .map((finding) => finding.kind);
  return {
    address: offline.address,
    kind: mergeKinds(kinds),
    confidence: best.confidence,
    reasons,
    source: best.source,
  };
}

function strongest(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of findings) {
    const rank = CONFIDENCE_RANK[finding.confidence];
    const bestRank = best ? CONFIDENCE_RANK[best.confidence] : 0;
    if (
      rank > bestRank ||
      (best && rank === bestRank && best.kind === 'unknown' && finding.kind !== 'unknown')
    ) {
      best = finding;
    }
  }
  return best;
}

export function mergeKinds(kinds: readonly AnswerKind[]): AnswerKind {
  const personal = kinds.some((kind) => kind === 'personal' || kind === 'both');
  const work = kinds.some((kind) => kind === 'work-school' || kind === 'both');
  if (personal && work) return 'both';
  if (personal) return 'personal';
  if (work) return 'work-school';
  return 'unknown';
}

/** Both sides normalised the same way, so "Jane@Outlook.com " matches "jane+news@outlook.com". */
function sameAccount(offline: OfflineAnswer, other: string): boolean {
  const parsed = checkAddress(other);
  return parsed.valid && parsed.accountAddress === offline.accountAddress;
}

function fromKnownAccounts(offline: OfflineAnswer, known: readonly KnownAccount[]): Finding | null {
  const matches = known.filter((account) => sameAccount(offline, account.address));
  if (matches.length === 0) return null;
  const kind = mergeKinds(matches.map((account) => account.kind));
  const key = kind === 'unknown' ? 'work-school' : kind;
  return {
    source: 'your-accounts',
    kind,
    confidence: 'high',
    reasons: [
      {
        code: 'in-your-accounts',
        ...said(ACCOUNTS_EN, `account.reason.in-your-accounts.${key}`),
      },
    ],
  };
}

function fromDomain(offline: OfflineAnswer): Finding | null {
  if (offline.kind === 'unknown') return null;
  return { source: 'domain', kind: offline.kind, confidence: 'high', reasons: offline.reasons };
}

function fromSightings(offline: OfflineAnswer, sightings: readonly string[]): Finding | null {
  if (!sightings.some((seen) => sameAccount(offline, seen))) return null;
  return {
    source: 'seen-signing-in',
    kind: 'unknown',
    confidence: 'medium',
    reasons: [reason('seen-signing-in')],
  };
}

function fromQuestionnaire(answers: Partial<Record<QuestionId, boolean>>): Finding | null {
  const answered = FOLLOW_UP_QUESTIONS.filter((question) => answers[question.id] !== undefined);
  if (answered.length === 0) return null;
  const yes = answered.filter((question) => answers[question.id] === true);
  if (yes.length === 0) {
    return {
      source: 'questionnaire',
      kind: 'unknown',
      confidence: 'none',
      reasons: [reason('no-hints')],
    };
  }
  const reasons = yes.map((question) => ({
    code: `used-${question.id}`,
    ...said(ACCOUNTS_EN, 'account.reason.used', {
      service: ref(`question.${question.id}.service`),
      where: ref(`question.${question.id}.where`),
    }),
  }));
  const personalOnly = yes.some((question) => question.impliesKind === 'personal');
  return {
    source: 'questionnaire',
    kind: personalOnly ? 'personal' : 'unknown',
    confidence: 'low',
    reasons,
  };
}
