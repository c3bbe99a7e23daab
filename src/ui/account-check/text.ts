import type { AccountAnswer } from '../../core/accounts/answer-for';
import type { QuestionId } from '../../core/accounts/follow-up-questions';
import type { LookupOutcome } from '../../core/accounts/lookup-outcome';
import type { NextStepId } from '../../core/accounts/next-steps';

/** Every sentence the account check shows, in one place: warm, short, plain. */

export type AnswerTone = 'yes' | 'likely' | 'maybe' | 'invalid';

export interface AnswerHeadline {
  tone: AnswerTone;
  text: string;
}

export function answerHeadline(answer: AccountAnswer): AnswerHeadline {
  if (answer.address === null) {
    return {
      tone: 'invalid',
      text: 'That doesn’t look like an email address or phone number yet.',
    };
  }
  if (answer.confidence === 'high') {
    switch (answer.kind) {
      case 'personal':
        return { tone: 'yes', text: 'This is a personal Microsoft account.' };
      case 'work-school':
        return { tone: 'yes', text: 'This is a work or school account.' };
      case 'both':
        return { tone: 'yes', text: 'This address has a personal and a work or school account.' };
      default:
        return { tone: 'yes', text: 'This address is in your list of accounts.' };
    }
  }
  if (answer.confidence === 'medium') {
    return { tone: 'likely', text: 'You probably already have a Microsoft account with this.' };
  }
  if (answer.confidence === 'low') {
    return { tone: 'likely', text: 'You very likely already have a Microsoft account.' };
  }
  return {
    tone: 'maybe',
    text: 'It may be a personal account, a work or school account, or none yet.',
  };
}

/** One extra sentence that helps a person act on the kind of account. */
export function kindHint(answer: AccountAnswer): string | null {
  if (answer.address === null) return null;
  switch (answer.kind) {
    case 'personal':
      return 'Personal accounts are the ones you use for Outlook.com, OneDrive, Xbox, Skype and Windows at home.';
    case 'work-school':
      return 'Your organisation runs this account, so its help desk can help you get back in.';
    case 'both':
      return 'When you sign in, Microsoft will ask which of the two you mean.';
    default:
      return null;
  }
}

/** Short checkbox labels for FOLLOW_UP_QUESTIONS; the full question is the description. */
export const QUESTION_LABELS: Record<QuestionId, string> = {
  'outlook-hotmail': 'An Outlook.com, Hotmail, Live or MSN address',
  onedrive: 'OneDrive',
  skype: 'Skype',
  xbox: 'Xbox',
  'windows-phone': 'A Windows phone',
  office: 'Office or Microsoft 365',
  'windows-sign-in': 'Signing in to Windows with an email',
};

export const NEXT_STEP_LABELS: Record<NextStepId, string> = {
  'sign-in-personal': 'Sign in with this address',
  'sign-in-work-school': 'Sign in with this address',
  'sign-in': 'Sign in with this address',
  'recover-personal': 'Recover this account',
  'recover-work-school': 'Recover this account',
  'create-account': 'Create an account with this address',
  'new-outlook-address': 'Get a new Outlook address',
  'add-to-accounts': 'Add to my accounts',
};

/** For `both`, the two sign-in links need telling apart. */
export const BOTH_SIGN_IN_LABELS: Partial<Record<NextStepId, string>> = {
  'sign-in-personal': 'Sign in to the personal account',
  'sign-in-work-school': 'Sign in to the work or school account',
};

export const LOOKUP_NOTE =
  'Asking sends only this address to Microsoft’s sign-in service, and nothing else about you.';

/** A short title for each outcome of asking Microsoft; the outcome's own message follows it. */
export function outcomeTitle(code: string): string {
  switch (code) {
    case 'exists-personal':
      return 'Microsoft knows it: a personal account.';
    case 'exists-work-school':
      return 'Microsoft knows it: a work or school account.';
    case 'exists-both':
      return 'Microsoft knows it: a personal and a work or school account.';
    case 'not-found':
      return 'Microsoft has no account with this address.';
    case 'throttled':
      return 'Microsoft asked us to slow down.';
    case 'unknown':
      return 'Microsoft couldn’t tell this time.';
    case 'error:timeout':
      return 'No answer in time.';
    case 'error:network':
      return 'We couldn’t reach Microsoft.';
    case 'error:http':
      return 'Microsoft’s check had a problem.';
    case 'error:malformed':
      return 'We couldn’t read Microsoft’s answer.';
    default:
      return 'We didn’t get an answer.';
  }
}

/** The code an outcome is saved under (mirrors the background's `savedOutcomeCode`). */
export function outcomeCode(outcome: LookupOutcome): string {
  return outcome.status === 'error' ? `error:${outcome.errorCode ?? 'unknown'}` : outcome.status;
}

/** "checked just now", "checked 5 min ago", "checked 3 h ago", or a date. */
export function checkedAgo(checkedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - checkedAt) / 60_000);
  if (minutes < 1) return 'checked just now';
  if (minutes < 60) return `checked ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `checked ${hours} h ago`;
  return `checked on ${new Date(checkedAt).toLocaleDateString()}`;
}
