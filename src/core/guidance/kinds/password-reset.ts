import { LINKS } from '../links';
import type { KindGuidance } from '../types';

/**
 * The reset follows its steps (reset-steps.ts): how to ask for a code until the code is typed,
 * then the new password. "Afterwards" follows Microsoft's "How to reset a forgotten Microsoft
 * account password" (support.microsoft.com): devices and apps signed in with the old password
 * ask for the new one.
 */
export const passwordResetMessages = {
  'password-reset.title': 'Resetting your password',
  'password-reset.ask.heading': 'What Microsoft will ask',
  'password-reset.ask.personal':
    'First the address or phone number you sign in with. Then Microsoft sends a security code to one of the email addresses or phone numbers linked to the account; type it here, then choose a new password.',
  'password-reset.ask.organisation':
    'Your organisation decides how you prove it’s you: usually a code sent to your phone or another email address, or a request in your authenticator app.',
  'password-reset.no-access.heading': 'Can’t use any of them?',
  'password-reset.no-access.personal':
    'Say you don’t have any of them, and Microsoft offers the recovery form. Fill it in on a device and in a place where you’ve signed in before, and give as many details from the past as you can.',
  'password-reset.no-access.organisation':
    'Your organisation’s help desk or IT administrator can reset your password for you.',
  'password-reset.no-access.link': 'Open the recovery form',
  'password-reset.new-password.heading': 'Choose the new password',
  'password-reset.new-password.p1':
    'Make it one you have never used, here or anywhere else. Or leave passwords behind: once you are back in, add a passkey in your security info and sign in with your face, fingerprint or PIN.',
  'password-reset.after.heading': 'Afterwards',
  'password-reset.after.p1':
    'Review your security info so the next reset is easy. Your phone, mail apps and other devices will ask you to sign in again with the new password.',
  'password-reset.after.link': 'Review your security info',
} as const;

type Key = keyof typeof passwordResetMessages;

export const passwordResetGuidance: KindGuidance<Key> = {
  kind: 'password-reset',
  title: 'password-reset.title',
  startOpen: true,
  widgets: ['strength'],
  sections: [
    {
      id: 'ask',
      audience: 'personal',
      steps: ['address', 'choose-proof', 'code', 'unknown'],
      heading: 'password-reset.ask.heading',
      paragraphs: ['password-reset.ask.personal'],
    },
    {
      id: 'ask',
      audience: 'organisation',
      heading: 'password-reset.ask.heading',
      paragraphs: ['password-reset.ask.organisation'],
    },
    {
      id: 'no-access',
      audience: 'personal',
      steps: ['address', 'choose-proof', 'code', 'unknown'],
      heading: 'password-reset.no-access.heading',
      paragraphs: ['password-reset.no-access.personal'],
      links: [{ label: 'password-reset.no-access.link', url: LINKS.recoveryForm }],
    },
    {
      id: 'no-access',
      audience: 'organisation',
      heading: 'password-reset.no-access.heading',
      paragraphs: ['password-reset.no-access.organisation'],
    },
    {
      id: 'new-password',
      heading: 'password-reset.new-password.heading',
      paragraphs: ['password-reset.new-password.p1'],
      steps: ['new-password'],
    },
    {
      id: 'after',
      heading: 'password-reset.after.heading',
      paragraphs: ['password-reset.after.p1'],
      links: [{ label: 'password-reset.after.link', url: LINKS.securityInfo }],
    },
  ],
};
