import type { KindGuidance, SignUpStep } from '../types';
import { type passkeyMessages, passkeySections } from './passkeys';

/**
 * The sign-up as Microsoft runs it since May 2025: new personal accounts are passwordless by
 * default (an email code, then a passkey offered), with the password, phone and passkey steps
 * shown only to some people (test/fixtures/sites/SOURCES.md).
 */
export const signUpMessages = {
  'sign-up.title': 'Creating an account',
  'sign-up.already.heading': 'You may have one already',
  'sign-up.already.p1':
    'Outlook.com, Hotmail, Live and MSN addresses are Microsoft accounts already. So is the address you use for OneDrive, Xbox or Office, and the one you signed in to Skype with if you used it before it closed. Sign in with it instead of starting a second account.',
  'sign-up.no-password.heading': 'No password needed',
  'sign-up.no-password.p1':
    'New Microsoft accounts don’t need a password: you confirm your email with a code, and Microsoft then offers a passkey. Account Helper’s strength meter shows only if Microsoft asks you to create a password.',
  'sign-up.coach.heading': 'Steps',
  'sign-up.coach.fallback':
    'Account Helper can’t tell which step this page shows, so here are all of them.',
  'sign-up.coach.current': 'Current step:',
  'sign-up.coach.done': 'Done:',
  'sign-up.coach.skipped': 'Not asked:',
  'sign-up.step.email.label': 'Use an address you have, or get a new one',
  'sign-up.step.email.detail':
    'Any email address you already use can become your Microsoft account. For a new Outlook.com or Hotmail address, choose “Get a new email address”.',
  'sign-up.step.username.label': 'Choose your username',
  'sign-up.step.username.detail':
    'For a new address, type the part before the @ and pick @outlook.com or @hotmail.com. Microsoft tells you if the name is taken.',
  'sign-up.step.password.label': 'Create a password (only if Microsoft asks)',
  'sign-up.step.password.detail':
    'Make it long: 12 characters or more, for example a few unrelated words. Use it for this account only.',
  'sign-up.step.email-code.label': 'Type the code sent to your email',
  'sign-up.step.email-code.detail':
    'Microsoft sends a code to the address you gave, to check that it is yours. Open that mailbox and type the code here. Keep that address: it is how you sign in and get back in.',
  'sign-up.step.name.label': 'Give your name',
  'sign-up.step.name.detail':
    'It shows on the email you send and in Microsoft’s apps. You can change it later.',
  'sign-up.step.details.label': 'Give your birth date and country or region',
  'sign-up.step.details.detail':
    'Give your real birth date: Microsoft can ask for it when you recover the account, and it decides whether child-account rules apply. The country or region sets which rules and services apply to you.',
  'sign-up.step.puzzle.label': 'Show that you are a person',
  'sign-up.step.puzzle.detail':
    'A short puzzle, or a button to press and hold, keeps robots from making accounts. Follow what it says; its accessibility option offers an audio challenge instead.',
  'sign-up.step.phone.label': 'Add your phone number (only if Microsoft asks)',
  'sign-up.step.phone.detail':
    'Microsoft sometimes texts a code to check that a person is signing up. The number can also become a way back in if you lose access.',
  'sign-up.step.passkey.label': 'Create a passkey',
  'sign-up.step.passkey.detail':
    'Recommended: choose to create one, and from then on you sign in with your face, fingerprint or PIN. “Skip for now” is fine too: you can add one later in your security info.',
  'sign-up.step.stay-signed-in.label': 'Stay signed in?',
  'sign-up.step.stay-signed-in.detail':
    'Choose Yes only on your own device that nobody else uses. On a shared or public computer, choose No.',
} as const;

type Key = keyof typeof signUpMessages | keyof typeof passkeyMessages;

export const COACH_STEPS: readonly { id: SignUpStep; label: Key; detail: Key }[] = (
  [
    'email',
    'username',
    'password',
    'email-code',
    'name',
    'details',
    'puzzle',
    'phone',
    'passkey',
    'stay-signed-in',
  ] as const
).map((id) => ({
  id,
  label: `sign-up.step.${id}.label` as const,
  detail: `sign-up.step.${id}.detail` as const,
}));

export const signUpGuidance: KindGuidance<Key> = {
  kind: 'sign-up',
  title: 'sign-up.title',
  startOpen: true,
  widgets: ['duplicate', 'coach', 'strength'],
  sections: [
    {
      id: 'already',
      heading: 'sign-up.already.heading',
      paragraphs: ['sign-up.already.p1'],
      steps: ['email', 'username', 'unknown'],
    },
    {
      id: 'no-password',
      heading: 'sign-up.no-password.heading',
      paragraphs: ['sign-up.no-password.p1'],
      steps: ['email', 'username', 'email-code'],
    },
    ...passkeySections(['passkey']),
  ],
};
