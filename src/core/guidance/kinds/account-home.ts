import { LINKS } from '../links';
import type { KindGuidance } from '../types';

export const accountHomeMessages = {
  'account-home.title': 'Your Microsoft account',
  'account-home.which.heading': 'Is this the right account?',
  'account-home.which.p1':
    'Check the name and address shown on the page. If it isn’t the account you meant, sign out and sign in with the other one.',
  'account-home.current.heading': 'Keep your recovery info current',
  'account-home.current.p1':
    'A current phone number and a second email address are the quickest way back in when you forget your password.',
  'account-home.current.link': 'Review your security info',
} as const;

type Key = keyof typeof accountHomeMessages;

export const accountHomeGuidance: KindGuidance<Key> = {
  kind: 'account-home',
  title: 'account-home.title',
  widgets: [],
  sections: [
    { id: 'which', heading: 'account-home.which.heading', paragraphs: ['account-home.which.p1'] },
    {
      id: 'current',
      heading: 'account-home.current.heading',
      paragraphs: ['account-home.current.p1'],
      links: [{ label: 'account-home.current.link', url: LINKS.securityInfo }],
    },
  ],
};
