import type { KindGuidance } from '../types';

export const deviceCodeMessages = {
  'device-code.title': 'Signing in a device',
  'device-code.code.heading': 'The code from your device',
  'device-code.code.p1':
    'Type the code your TV, console, phone or app shows you. Codes come only from a device or app you are setting up yourself, now: if someone else sent you a code, they may be trying to get into your account.',
  'device-code.link.heading': 'You came here from a link',
  'device-code.link.p1':
    'The device you are setting up shows you this page’s address to type in: it doesn’t come as a link in an email, a chat or a document. If someone sent you this link or a code, don’t enter it: close this page.',
  'device-code.confirm.heading': 'Did you start this yourself?',
  'device-code.confirm.named':
    'Microsoft asks whether you are signing in to {app}. Continue only if you started signing in to {app} yourself, a moment ago, on a device or app in front of you. If not, choose Cancel: otherwise someone else gets into your account.',
  'device-code.confirm.unnamed':
    'Microsoft asks which app you are signing in to. Continue only if you started signing in to that app yourself, a moment ago, on a device or app in front of you. If not, choose Cancel: otherwise someone else gets into your account.',
} as const;

type Key = keyof typeof deviceCodeMessages;

export const deviceCodeGuidance: KindGuidance<Key> = {
  kind: 'device-code',
  title: 'device-code.title',
  startOpen: true,
  widgets: ['device-check', 'accounts'],
  deviceAlways: true,
  sections: [
    { id: 'code', heading: 'device-code.code.heading', paragraphs: ['device-code.code.p1'] },
  ],
};
