import type { KindGuidance, SignUpStep } from '../types';

export const signUpMessages = {
  'sign-up.title': 'Creating an account',
  'sign-up.already.heading': 'You may have one already',
  'sign-up.already.p1':
    'Outlook.com, Hotmail, Live and MSN addresses are Microsoft accounts already. So is the address you use for OneDrive, Skype, Xbox or Office. Sign in with it instead of starting a second account.',
  'sign-up.coach.heading': 'Steps',
  'sign-up.coach.fallback':
    'Account Helper can’t tell which step this page shows, so here are all of them.',
  'sign-up.coach.current': 'Current step:',
  'sign-up.coach.done': 'Done:',
  'sign-up.step.email.label': 'Use an address you have, or get a new one',
  'sign-up.step.email.detail':
    'Any email address you already use can become your Microsoft account. For a new Outlook.com or Hotmail address, choose “Get a new email address”.',
  'sign-up.step.username.label': 'Choose your username',
  'sign-up.step.username.detail':
    'For a new address, type the part before the @ and pick @outlook.com or @hotmail.com. Microsoft tells you if the name is taken.',
  'sign-up.step.password.label': 'Create a strong password',
  'sign-up.step.password.detail':
    'Make it long: 12 characters or more, for example a few unrelated words. Use it for this account only.',
  'sign-up.step.phone.label': 'Add your phone number',
  'sign-up.step.phone.detail':
    'It protects the account, and Microsoft can text you a code with it when you forget your password.',
  'sign-up.step.birth-date.label': 'Give your real birth date',
  'sign-up.step.birth-date.detail':
    'Microsoft can ask for it to make sure the account is yours when you recover it. A made-up date can lock you out later.',
  'sign-up.step.verification.label': 'Type the verification code',
  'sign-up.step.verification.detail':
    'Microsoft shows or sends a code, or a short puzzle, to check that a person is signing up. Type it exactly as shown.',
  'sign-up.step.confirmation-email.label': 'Confirm your email address',
  'sign-up.step.confirmation-email.detail':
    'Microsoft sends a message to the address you gave. Open it and follow its link to confirm the address is yours.',
} as const;

type Key = keyof typeof signUpMessages;

export const COACH_STEPS: readonly { id: SignUpStep; label: Key; detail: Key }[] = [
  { id: 'email', label: 'sign-up.step.email.label', detail: 'sign-up.step.email.detail' },
  { id: 'username', label: 'sign-up.step.username.label', detail: 'sign-up.step.username.detail' },
  { id: 'password', label: 'sign-up.step.password.label', detail: 'sign-up.step.password.detail' },
  { id: 'phone', label: 'sign-up.step.phone.label', detail: 'sign-up.step.phone.detail' },
  {
    id: 'birth-date',
    label: 'sign-up.step.birth-date.label',
    detail: 'sign-up.step.birth-date.detail',
  },
  {
    id: 'verification',
    label: 'sign-up.step.verification.label',
    detail: 'sign-up.step.verification.detail',
  },
  {
    id: 'confirmation-email',
    label: 'sign-up.step.confirmation-email.label',
    detail: 'sign-up.step.confirmation-email.detail',
  },
];

export const signUpGuidance: KindGuidance<Key> = {
  kind: 'sign-up',
  title: 'sign-up.title',
  startOpen: true,
  widgets: ['duplicate', 'coach', 'strength'],
  sections: [
    { id: 'already', heading: 'sign-up.already.heading', paragraphs: ['sign-up.already.p1'] },
  ],
};
