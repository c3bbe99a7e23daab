import type { Permission } from '../consent/permissions';
import { LINKS } from '../links';
import type { KindGuidance } from '../types';

/** One plain-language line per permission, after "If you accept, it can:". */
export const PERMISSION_MESSAGES = {
  'consent.permission.sign-in': 'sign you in to the app',
  'consent.permission.profile': 'see your basic profile: your name, email address and picture',
  'consent.permission.email-address': 'see your email address',
  'consent.permission.mail-read': 'read your email',
  'consent.permission.mail-read-send': 'read and send your email',
  'consent.permission.mail-write': 'read, change and delete your email',
  'consent.permission.mail-send': 'send email as you',
  'consent.permission.mailbox-full': 'read, send and delete the email in your mailbox',
  'consent.permission.files-read': 'see all your files',
  'consent.permission.files-write': 'see, change and delete all your files',
  'consent.permission.contacts-read': 'see your contacts',
  'consent.permission.contacts-write': 'see, change and delete your contacts',
  'consent.permission.calendar-read': 'see your calendar',
  'consent.permission.calendar-write': 'see and change your calendar',
  'consent.permission.chat': 'read your chats',
  'consent.permission.notes': 'read your OneNote notebooks',
  'consent.permission.people': 'see the people you work with and their profiles',
  'consent.permission.directory': 'read your organisation’s directory: its people, groups and more',
  'consent.permission.offline': 'keep this access when you’re not using the app',
} as const satisfies Record<`consent.permission.${Permission}`, string>;

export const consentMessages = {
  'consent.title': 'An app asks to use your account',
  'consent.app.named': '{app} asks to use your Microsoft account.',
  'consent.app.unnamed': 'An app asks to use your Microsoft account.',
  'consent.admin':
    'This is an administrator’s consent: if you accept, the app gets this access for everyone in your organisation, not only for you.',
  'consent.publisher.verified':
    'Microsoft marks its publisher, {publisher}, as verified: Microsoft has checked who they are.',
  'consent.publisher.unverified':
    'Microsoft marks its publisher as unverified: nobody has checked who made it. Its name and logo are whatever its maker typed in.',
  'consent.publisher.unknown': 'Microsoft’s page doesn’t show that its publisher is verified.',
  'consent.waiting':
    'Once you are signed in, Microsoft asks whether this app may use your account. Account Helper then explains here what it asks for.',
  'consent.permissions.heading': 'If you accept, it can:',
  'consent.permissions.none':
    'Account Helper couldn’t read which permissions it asks for. Read Microsoft’s list before you accept.',
  'consent.permissions.other': '{name} (in Microsoft’s words)',
  ...PERMISSION_MESSAGES,
  'consent.warning.title': 'Don’t accept unless you know this app',
  'consent.warning.body':
    'An app whose publisher nobody has verified asks for your email, files, contacts or access that lasts. Scammers send links to this very page: it is Microsoft’s real page, and accepting gives them your data without your password.',
  'consent.warning.action':
    'Choose Cancel on Microsoft’s page. If you already accepted an app like this, remove its access:',
  'consent.calm':
    'Microsoft asks this the first time you use an app with your account. Accept if you meant to use this app; you can remove its access later.',
  'consent.remove.link': 'See and remove apps with access to your account',
  'consent.later.heading': 'Changed your mind later?',
  'consent.later.p1':
    'You can see every app that has access to your account, and remove any of them, at any time.',
} as const;

type Key = keyof typeof consentMessages;

export const consentGuidance: KindGuidance<Key> = {
  kind: 'consent',
  title: 'consent.title',
  startOpen: true,
  widgets: ['consent'],
  sections: [
    {
      id: 'later',
      heading: 'consent.later.heading',
      paragraphs: ['consent.later.p1'],
      links: [{ label: 'consent.remove.link', url: LINKS.appAccess }],
    },
  ],
};
