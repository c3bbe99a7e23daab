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

export const FOLLOW_UP_QUESTIONS: readonly FollowUpQuestion[] = [
  {
    id: 'outlook-hotmail',
    service: 'Outlook.com or Hotmail',
    question: 'Have you ever had an Outlook.com, Hotmail, Live or MSN email address?',
    impliesKind: 'personal',
    whereToLook:
      'That email address is itself your Microsoft account. Look for it in your contacts, old messages, or a phone you set up with it.',
  },
  {
    id: 'onedrive',
    service: 'OneDrive',
    question: 'Have you saved files in OneDrive?',
    impliesKind: 'either',
    whereToLook:
      'Open the OneDrive app, go to its Settings, then Account: the address shown there is the one you used.',
  },
  {
    id: 'skype',
    service: 'Skype',
    question: 'Have you used Skype?',
    impliesKind: 'personal',
    whereToLook:
      'Skype showed your sign-in address on your profile. If you signed in with a Skype name, that name was linked to a Microsoft account too.',
  },
  {
    id: 'xbox',
    service: 'Xbox',
    question: 'Have you played on an Xbox or with Xbox on a PC?',
    impliesKind: 'personal',
    whereToLook:
      'On the console, open Settings, then Account: your sign-in address is shown there.',
  },
  {
    id: 'windows-phone',
    service: 'Windows phone',
    question: 'Have you had a Windows phone?',
    impliesKind: 'personal',
    whereToLook:
      'On the phone, open Settings, then Email + accounts: the Microsoft account is listed there.',
  },
  {
    id: 'office',
    service: 'Office or Microsoft 365',
    question: 'Have you signed in to Office or Microsoft 365, at home, work or school?',
    impliesKind: 'either',
    whereToLook:
      'In any Office app such as Word, open File, then Account: the address you signed in with is shown.',
  },
  {
    id: 'windows-sign-in',
    service: 'Windows',
    question: 'Do you sign in to a Windows computer with an email address?',
    impliesKind: 'either',
    whereToLook:
      'On the computer, open Settings, then Accounts, then Your info: the address is shown under your name.',
  },
];

export function questionById(id: QuestionId): FollowUpQuestion {
  const question = FOLLOW_UP_QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown question: ${id}`);
  return question;
}
