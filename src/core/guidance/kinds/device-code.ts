import type { KindGuidance } from '../types';

export const deviceCodeMessages = {
  'device-code.title': 'Signing in a device',
  'device-code.code.heading': 'The code from your device',
  'device-code.code.p1':
    'Type the code your TV, console, phone or app shows you. Only do this for a device you are setting up yourself, now: if someone else sent you a code, they may be trying to get into your account.',
} as const;

type Key = keyof typeof deviceCodeMessages;

export const deviceCodeGuidance: KindGuidance<Key> = {
  kind: 'device-code',
  title: 'device-code.title',
  startOpen: true,
  widgets: ['accounts'],
  deviceAlways: true,
  sections: [
    { id: 'code', heading: 'device-code.code.heading', paragraphs: ['device-code.code.p1'] },
  ],
};
