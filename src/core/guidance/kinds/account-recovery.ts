import { LINKS } from '../links';
import type { KindGuidance } from '../types';

export const accountRecoveryMessages = {
  'account-recovery.title': 'Recovering your account',
  'account-recovery.form.heading': 'Filling in the recovery form',
  'account-recovery.form.p1':
    'Microsoft compares your answers with what it knows about the account. Use a device, and be in a place, where you’ve signed in to it before.',
  'account-recovery.form.p2':
    'Give as much as you remember: passwords you used before, the names and details on the account, subjects of recent emails, addresses you wrote to.',
  'account-recovery.contact.heading': 'Where the answer goes',
  'account-recovery.contact.p1':
    'Give an email address you can read now, not the one you’re recovering. Microsoft sends its answer there.',
  'account-recovery.again.heading': 'If it doesn’t work',
  'account-recovery.again.p1':
    'You can fill in the form again with more details. Once you’re back in, review your security info so you don’t need the form next time.',
  'account-recovery.again.link': 'Review your security info',
} as const;

type Key = keyof typeof accountRecoveryMessages;

export const accountRecoveryGuidance: KindGuidance<Key> = {
  kind: 'account-recovery',
  title: 'account-recovery.title',
  startOpen: true,
  widgets: [],
  sections: [
    {
      id: 'form',
      heading: 'account-recovery.form.heading',
      paragraphs: ['account-recovery.form.p1', 'account-recovery.form.p2'],
    },
    {
      id: 'contact',
      heading: 'account-recovery.contact.heading',
      paragraphs: ['account-recovery.contact.p1'],
    },
    {
      id: 'again',
      heading: 'account-recovery.again.heading',
      paragraphs: ['account-recovery.again.p1'],
      links: [{ label: 'account-recovery.again.link', url: LINKS.securityInfo }],
    },
  ],
};
