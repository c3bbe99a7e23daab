import type { SectionSpec } from '../types';

/**
 * What a passkey is, where it is kept, and why a second way to sign in matters: shown where
 * Microsoft offers one (sign-up's and sign-in's passkey steps, security info).
 * Checked against Microsoft's "Sign in to your Microsoft account with a passkey" and "Go
 * passwordless with your Microsoft account" (support.microsoft.com, 2025), and the May 2025
 * announcement that new personal accounts are passwordless by default (Microsoft Security blog,
 * "Pushing passkeys forward: Microsoft's latest updates for simpler, safer sign-ins").
 */
export const passkeyMessages = {
  'passkey.what.heading': 'What a passkey is',
  'passkey.what.p1':
    'A passkey takes the place of a password. You unlock it with your face, your fingerprint or the PIN of your device: there is nothing to remember or type, and a lookalike site can’t trick it out of you.',
  'passkey.where.p1':
    'It is kept on this device (in Windows Hello, for example), on your phone, or in a password manager that keeps passkeys on all your devices. A passkey kept on one device only is gone with that device.',
  'passkey.second.heading': 'Keep a second way to sign in',
  'passkey.second.p1':
    'Add another way as well: a passkey on another device, the Microsoft Authenticator app, or a recovery email address or phone number. With only one way, losing that phone or computer can lock you out.',
} as const;

type Key = keyof typeof passkeyMessages;

export function passkeySections(steps?: readonly string[]): SectionSpec<Key>[] {
  return [
    {
      id: 'passkey-what',
      heading: 'passkey.what.heading',
      paragraphs: ['passkey.what.p1', 'passkey.where.p1'],
      ...(steps ? { steps } : {}),
    },
    {
      id: 'passkey-second',
      heading: 'passkey.second.heading',
      paragraphs: ['passkey.second.p1'],
      ...(steps ? { steps } : {}),
    },
  ];
}
