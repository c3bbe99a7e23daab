import type { KindGuidance } from '../types';

export const signOutMessages = {
  'sign-out.title': 'Signing out',
  'sign-out.shared.heading': 'On a shared computer',
  'sign-out.shared.p1':
    'Close every browser window when you’re done, so the next person can’t get back into your account.',
  'sign-out.switch.heading': 'Used the wrong account?',
  'sign-out.switch.p1':
    'Sign in again with the account you meant to use. Anything you saved meanwhile stays with the other one.',
} as const;

type Key = keyof typeof signOutMessages;

export const signOutGuidance: KindGuidance<Key> = {
  kind: 'sign-out',
  title: 'sign-out.title',
  widgets: [],
  sections: [
    { id: 'shared', heading: 'sign-out.shared.heading', paragraphs: ['sign-out.shared.p1'] },
    { id: 'switch', heading: 'sign-out.switch.heading', paragraphs: ['sign-out.switch.p1'] },
  ],
};
