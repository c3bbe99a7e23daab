import { LINKS } from '../links';
import type { KindGuidance } from '../types';

export const signInMessages = {
  'sign-in.title': 'Signing in',
  'sign-in.which.heading': 'Pick the account you mean',
  'sign-in.which.p1':
    'If you have more than one Microsoft account, make sure this is the one you want. Your email, files and purchases stay with the account you sign in with.',
  'sign-in.trouble.heading': 'Can’t get in?',
  'sign-in.trouble.p1':
    'Reset your password instead of making a new account: a new account starts empty, without your mail, files or purchases.',
  'sign-in.trouble.link': 'Reset your password',
} as const;

type Key = keyof typeof signInMessages;

export const signInGuidance: KindGuidance<Key> = {
  kind: 'sign-in',
  title: 'sign-in.title',
  widgets: ['accounts'],
  sections: [
    { id: 'which', heading: 'sign-in.which.heading', paragraphs: ['sign-in.which.p1'] },
    {
      id: 'trouble',
      heading: 'sign-in.trouble.heading',
      paragraphs: ['sign-in.trouble.p1'],
      links: [{ label: 'sign-in.trouble.link', url: LINKS.passwordReset }],
    },
  ],
};
