import { LINKS } from '../links';
import type { KindGuidance } from '../types';
import { type passkeyMessages, passkeySections } from './passkeys';

/**
 * Sign-in, step by step (sign-in-steps.ts): the address, the password or a passkey, "Other ways
 * to sign in", the Authenticator's number matching, a code, "Stay signed in?".
 * The device paragraph follows Microsoft's "Create a local user or administrator account in
 * Windows" and "Add or remove accounts on your PC" (Settings > Accounts > Access work or school)
 * on support.microsoft.com, and the seeds' advice to pick the account to keep before setting up
 * a phone or console. Number matching follows Microsoft Entra's "How number matching works in
 * multifactor authentication push notifications" (learn.microsoft.com) and CISA's "Implementing
 * number matching in MFA applications" (2022): type the number shown into the app, and deny a
 * request you didn't start. The passkey step follows "Sign in to your Microsoft account with a
 * passkey" (support.microsoft.com): the browser asks for the face, fingerprint, PIN or security
 * key, or offers a QR code for a passkey on a phone.
 */
export const signInMessages = {
  'sign-in.title': 'Signing in',
  'sign-in.which.heading': 'Pick the account you mean',
  'sign-in.which.p1':
    'If you have more than one Microsoft account, make sure this is the one you want. Your email, files and purchases stay with the account you sign in with.',
  'sign-in.device.heading': 'Setting up a PC, console or phone?',
  'sign-in.device.p1':
    'Sign in with the Microsoft account you already use, so your files, purchases and games follow you. Windows also offers a local account, which stays on that one PC. A work or school account belongs under “Access work or school” on a personal device, not as its main account.',
  'sign-in.trouble.heading': 'Can’t get in?',
  'sign-in.trouble.p1':
    'Reset your password instead of making a new account: a new account starts empty, without your mail, files or purchases.',
  'sign-in.trouble.link': 'Reset your password',
  'sign-in.passkey.heading': 'Signing in with a passkey',
  'sign-in.passkey.p1':
    'Your browser asks for your face, fingerprint, PIN or security key. If the passkey is on your phone, choose the phone option and scan the QR code with it. No passkey here? Choose “Other ways to sign in”.',
  'sign-in.other-ways.heading': 'Other ways to sign in',
  'sign-in.other-ways.p1':
    'Microsoft lists the ways set up for this account: a code by email or text message, the Authenticator app, a passkey, or a password. Pick one you can use right now. If none works, use “Can’t access your account?” rather than creating a new account.',
  'sign-in.number.heading': 'Approve in the Authenticator app',
  'sign-in.number.p1':
    'Type the number shown here into your Authenticator app, then approve the sign-in there.',
  'sign-in.number.p2':
    'If you didn’t start a sign-in, deny it in the app: someone may know your password. Then change it and review your sign-in methods.',
  'sign-in.code.heading': 'Enter the code',
  'sign-in.code.p1':
    'Microsoft sent a code to the email address, phone or app shown. Type it only here, on Microsoft’s page: Microsoft never calls or writes to ask you for it.',
  'sign-in.kmsi.heading': 'Stay signed in?',
  'sign-in.kmsi.p1':
    'Yes keeps you signed in on this browser. Choose it only on your own device; on a shared or public computer, choose No.',
} as const;

type Key = keyof typeof signInMessages | keyof typeof passkeyMessages;

export const signInGuidance: KindGuidance<Key> = {
  kind: 'sign-in',
  title: 'sign-in.title',
  widgets: ['accounts'],
  sections: [
    {
      id: 'which',
      heading: 'sign-in.which.heading',
      paragraphs: ['sign-in.which.p1'],
      steps: ['address', 'unknown'],
    },
    {
      id: 'passkey',
      heading: 'sign-in.passkey.heading',
      paragraphs: ['sign-in.passkey.p1'],
      steps: ['passkey'],
    },
    {
      id: 'other-ways',
      heading: 'sign-in.other-ways.heading',
      paragraphs: ['sign-in.other-ways.p1'],
      steps: ['other-ways'],
    },
    {
      id: 'number-match',
      heading: 'sign-in.number.heading',
      paragraphs: ['sign-in.number.p1', 'sign-in.number.p2'],
      steps: ['number-match'],
    },
    {
      id: 'code',
      heading: 'sign-in.code.heading',
      paragraphs: ['sign-in.code.p1'],
      steps: ['code'],
    },
    {
      id: 'stay-signed-in',
      heading: 'sign-in.kmsi.heading',
      paragraphs: ['sign-in.kmsi.p1'],
      steps: ['stay-signed-in'],
    },
    ...passkeySections(['passkey']).slice(0, 1),
    {
      id: 'device',
      audience: 'personal',
      heading: 'sign-in.device.heading',
      paragraphs: ['sign-in.device.p1'],
      steps: ['address', 'unknown'],
    },
    {
      id: 'trouble',
      heading: 'sign-in.trouble.heading',
      paragraphs: ['sign-in.trouble.p1'],
      links: [{ label: 'sign-in.trouble.link', url: LINKS.passwordReset }],
      steps: ['address', 'password', 'other-ways', 'unknown'],
    },
  ],
};
