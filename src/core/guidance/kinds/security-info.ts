import type { KindGuidance } from '../types';
import { type passkeyMessages, passkeySections } from './passkeys';

/**
 * Security info (account.live.com/proofs, mysignins.microsoft.com). "What to add next" and the
 * last-way warning follow Microsoft's "Security info and verification codes" and "Go
 * passwordless with your Microsoft account" (support.microsoft.com); app passwords follow "Using
 * app passwords with apps that don't support two-step verification" (support.microsoft.com,
 * help 12409): only needed with two-step verification on, for an app or device that can't ask
 * for a second proof. What a reset changes follows "Change your Microsoft account password":
 * devices and apps signed in with the old password ask again.
 */
export const securityInfoMessages = {
  'security-info.title': 'Your security info',
  'security-info.add-next.heading': 'What to add next',
  'security-info.add-next.p1':
    'Keep at least two ways to sign in that don’t depend on the same device: a second passkey (on your phone or in a password manager) or the Authenticator app on another device, and a recovery email address or phone number you can reach.',
  'security-info.last-way.heading': 'This is the only way listed',
  'security-info.last-way.p1':
    'Removing it can lock you out of the account. Add another way first, check that it works, and only then remove this one.',
  'security-info.remove.heading': 'Before you remove a way to sign in',
  'security-info.remove.p1':
    'Add the new way first and check that it works. Removing the last way you can still use can lock you out.',
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

type Key = keyof typeof securityInfoMessages | keyof typeof passkeyMessages;

export const securityInfoGuidance: KindGuidance<Key> = {
  kind: 'security-info',
  title: 'security-info.title',
  widgets: ['review'],
  sections: [
    {
      id: 'last-way',
      heading: 'security-info.last-way.heading',
      paragraphs: ['security-info.last-way.p1'],
      steps: ['one-way'],
    },
    {
      id: 'add-next',
      heading: 'security-info.add-next.heading',
      paragraphs: ['security-info.add-next.p1'],
    },
    {
      id: 'remove',
      heading: 'security-info.remove.heading',
      paragraphs: ['security-info.remove.p1'],
      steps: ['several-ways', 'unknown'],
    },
    ...passkeySections().slice(0, 1),
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
