import type { KindGuidance } from '../types';

export const securityInfoMessages = {
  'security-info.title': 'Your security info',
  'security-info.two-step.heading': 'Two-step verification',
  'security-info.two-step.p1':
    'With it on, signing in takes your password and a second proof: a code sent to your phone or email, or a request in an authenticator app. Keep at least two ways up to date.',
  'security-info.devices.heading': 'After a change',
  'security-info.devices.p1':
    'After you change your password or turn on two-step verification, phones, mail apps and consoles may ask you to sign in again. A system update can ask too, and send a code to the phone or email on file.',
  'security-info.app-passwords.heading': 'Older apps',
  'security-info.app-passwords.p1':
    'Some older apps and devices can’t ask for a second proof. With two-step verification on, they need an app password: one you create here, for that app only.',
} as const;

type Key = keyof typeof securityInfoMessages;

export const securityInfoGuidance: KindGuidance<Key> = {
  kind: 'security-info',
  title: 'security-info.title',
  widgets: ['review'],
  sections: [
    {
      id: 'two-step',
      heading: 'security-info.two-step.heading',
      paragraphs: ['security-info.two-step.p1'],
    },
    {
      id: 'devices',
      heading: 'security-info.devices.heading',
      paragraphs: ['security-info.devices.p1'],
    },
    {
      id: 'app-passwords',
      heading: 'security-info.app-passwords.heading',
      paragraphs: ['security-info.app-passwords.p1'],
    },
  ],
};
