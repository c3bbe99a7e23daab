import type { AccountAnswer } from '../../core/accounts/answer-for';
import { QUESTION_IDS, type QuestionId } from '../../core/accounts/follow-up-questions';
import type { LookupOutcome } from '../../core/accounts/lookup-outcome';
import { NEXT_STEP_IDS, type NextStepId } from '../../core/accounts/next-steps';
import { locale, t } from '../shared/i18n';

/**
 * What the account check says, in the page's language: warm, short, plain. The sentences are in
 * the account-check catalog (`src/core/i18n/messages/account-check/`).
 */

export type AnswerTone = 'yes' | 'likely' | 'maybe' | 'invalid' | 'typo';

export interface AnswerHeadline {
  tone: AnswerTone;
  text: string;
}

export function answerHeadline(answer: AccountAnswer): AnswerHeadline {
  if (answer.address === null) return { tone: 'invalid', text: t('answer.invalid') };
  if (answer.confidence === 'high') {
    switch (answer.kind) {
      case 'personal':
      case 'work-school':
      case 'both':
        return { tone: 'yes', text: t(`answer.${answer.kind}`) };
      default:
        return { tone: 'yes', text: t('answer.listed') };
    }
  }
  if (answer.confidence === 'medium') return { tone: 'likely', text: t('answer.medium') };
  if (answer.confidence === 'low') return { tone: 'likely', text: t('answer.low') };
  // Another provider's mail (gmail.com), or a phone number, is never a work or school account.
  if (
    !answer.address.includes('@') ||
    answer.reasons.some((reason) => reason.code === 'other-provider')
  ) {
    return { tone: 'maybe', text: t('answer.none-personal') };
  }
  return { tone: 'maybe', text: t('answer.none') };
}

/**
 * One extra sentence that helps a person act on the kind of account, once the kind is settled
 * (the address or the person's list says it): a guess from the questions gets none.
 */
export function kindHint(answer: AccountAnswer): string | null {
  if (answer.address === null || answer.confidence !== 'high') return null;
  switch (answer.kind) {
    case 'personal':
    case 'work-school':
    case 'both':
      return t(`hint.${answer.kind}`);
    default:
      return null;
  }
}

/** Short checkbox labels for FOLLOW_UP_QUESTIONS; the full question is the description. */
export const QUESTION_LABELS = Object.fromEntries(
  QUESTION_IDS.map((id) => [id, t(`question-label.${id}`)]),
) as Record<QuestionId, string>;

/** The whole question, in the page's language (the checkbox's description). */
export function questionText(id: QuestionId): string {
  return t(`question.${id}`);
}

export const NEXT_STEP_LABELS = Object.fromEntries(
  NEXT_STEP_IDS.map((id) => [id, t(`next.${id}`)]),
) as Record<NextStepId, string>;

/** A phone number is called a phone number: "Sign in with this phone number", not "address". */
export const PHONE_STEP_LABELS: Partial<Record<NextStepId, string>> = {
  'sign-in-personal': t('next.phone.sign-in'),
  'sign-in': t('next.phone.sign-in'),
  'recover-personal': t('next.phone.recover'),
  'create-account': t('next.phone.create-account'),
};

/** For `both`, the two sign-in links need telling apart. */
export const BOTH_SIGN_IN_LABELS: Partial<Record<NextStepId, string>> = {
  'sign-in-personal': t('next.both.sign-in-personal'),
  'sign-in-work-school': t('next.both.sign-in-work-school'),
};

export const LOOKUP_NOTE = t('online.note');

/** A short title for each outcome of asking Microsoft; the outcome's own message follows it. */
export function outcomeTitle(code: string): string {
  switch (code) {
    case 'exists-personal':
    case 'exists-work-school':
    case 'exists-both':
    case 'not-found':
    case 'throttled':
    case 'unknown':
    case 'error:timeout':
    case 'error:network':
    case 'error:http':
    case 'error:malformed':
      return t(`outcome.${code}`);
    default:
      return t('outcome.none');
  }
}

/** The code an outcome is saved under (mirrors the background's `savedOutcomeCode`). */
export function outcomeCode(outcome: LookupOutcome): string {
  return outcome.status === 'error' ? `error:${outcome.errorCode ?? 'unknown'}` : outcome.status;
}

/** "checked just now", "checked 5 min ago", "checked 3 h ago", or a date. */
export function checkedAgo(checkedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - checkedAt) / 60_000);
  if (minutes < 1) return t('checked.just-now');
  if (minutes < 60) return t('checked.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('checked.hours', { count: hours });
  return t('checked.on', { date: new Date(checkedAt).toLocaleDateString(locale) });
}
