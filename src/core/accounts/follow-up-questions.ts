import { ACCOUNTS_EN } from '../i18n/messages/accounts/en';

/**
 * Questions the popup asks when the address alone can't answer. A "yes" means the person
 * probably already has a Microsoft account: the address they used there.
 */
export const QUESTION_IDS = [
  'outlook-hotmail',
  'onedrive',
  'skype',
  'xbox',
  'windows-phone',
  'office',
  'windows-sign-in',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface FollowUpQuestion {
  id: QuestionId;
  /** Short name of the service, for headings. */
  service: string;
  question: string;
  /**
   * Which kind of account a "yes" points to: consumer services only take personal accounts;
   * Office, OneDrive and Windows take both kinds.
   */
  impliesKind: 'personal' | 'either';
  /** Where to find the address they used there, in one plain sentence. */
  whereToLook: string;
}

const IMPLIES: Readonly<Record<QuestionId, FollowUpQuestion['impliesKind']>> = {
  'outlook-hotmail': 'personal',
  onedrive: 'either',
  skype: 'personal',
  xbox: 'personal',
  'windows-phone': 'personal',
  office: 'either',
  'windows-sign-in': 'either',
};

/** The questions, in English (their text is in the accounts catalog, with its translations). */
export const FOLLOW_UP_QUESTIONS: readonly FollowUpQuestion[] = QUESTION_IDS.map((id) => ({
  id,
  service: ACCOUNTS_EN[`question.${id}.service`],
  question: ACCOUNTS_EN[`question.${id}`],
  impliesKind: IMPLIES[id],
  whereToLook: ACCOUNTS_EN[`question.${id}.where`],
}));

export function questionById(id: QuestionId): FollowUpQuestion {
  const question = FOLLOW_UP_QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown question: ${id}`);
  return question;
}
