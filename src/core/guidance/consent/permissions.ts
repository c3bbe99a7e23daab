/**
 * What an app asks for on Microsoft's consent prompt, in plain words. Microsoft's page lists each
 * permission by its display name (the words the API that owns it chose, e.g. Microsoft Graph's
 * "Send mail as you" for `Mail.Send`); the address of the prompt may also carry the scope values
 * (`scope=openid offline_access Mail.Read`). Both are mapped here, as data, to one of a few
 * plain-language permissions the panel can explain and weigh.
 *
 * Sources: the user- and admin-consent display names of Microsoft Graph's delegated permissions
 * (Microsoft Graph permissions reference; the published service principal's
 * `oauth2PermissionScopes`), the OpenID Connect scopes Microsoft's identity platform documents
 * (`openid`, `profile`, `email`, `offline_access`), the Outlook/Exchange scopes (IMAP, POP, SMTP,
 * EWS), and the wording of the personal-account consent prompt ("Access your info anytime").
 */

export const PERMISSIONS = [
  'sign-in',
  'profile',
  'email-address',
  'mail-read',
  'mail-read-send',
  'mail-write',
  'mail-send',
  'mailbox-full',
  'files-read',
  'files-write',
  'contacts-read',
  'contacts-write',
  'calendar-read',
  'calendar-write',
  'chat',
  'notes',
  'people',
  'directory',
  'offline',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Where an app asking for these, from a publisher Microsoft hasn't verified, is what the attack
 * called "illicit consent grant" looks like: mail, files, contacts, or access that lasts.
 */
export const SENSITIVE_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  'mail-read',
  'mail-read-send',
  'mail-write',
  'mail-send',
  'mailbox-full',
  'files-read',
  'files-write',
  'contacts-read',
  'contacts-write',
  'offline',
]);

interface PermissionRule {
  readonly grants: readonly Permission[];
  /** Scope values, lowercased, without the resource prefix (`https://graph.microsoft.com/`). */
  readonly scopes: readonly string[];
  /** Tested against the display name Microsoft's page shows, lowercased, spaces collapsed. */
  readonly names: readonly RegExp[];
}

/** First match wins, so the broader names ("full access to …") come before the narrower ones. */
const RULES: readonly PermissionRule[] = [
  {
    grants: ['offline'],
    scopes: ['offline_access', 'wl.offline_access'],
    names: [
      /^maintain access to data you have given it access to$/,
      /^access your (?:data|info) anytime$/,
    ],
  },
  {
    grants: ['mailbox-full'],
    scopes: [
      'ews.accessasuser.all',
      'full_access_as_user',
      'imap.accessasuser.all',
      'pop.accessasuser.all',
    ],
    names: [
      /^access mailboxes as (?:you|the signed-in user)/,
      /^(?:read and write access to your mail|read and write access to mailboxes) (?:via|through) (?:imap|pop)/,
      /^access (?:your )?mailbox(?:es)? (?:via|through|using) (?:imap|pop)/,
    ],
  },
  {
    grants: ['mail-write'],
    scopes: ['mail.readwrite', 'mail.readwrite.shared'],
    names: [/^read and write access to (?:your|user) mail/, /^have full access to your mail/],
  },
  {
    grants: ['mail-send'],
    scopes: ['mail.send', 'mail.send.shared', 'smtp.send'],
    names: [/^send mail (?:as|on behalf of) (?:you|a user|others)/, /^send (?:e-?mails?|mails?)\b/],
  },
  {
    grants: ['mail-read'],
    scopes: ['mail.read', 'mail.readbasic', 'mail.read.shared', 'wl.imap'],
    names: [
      /^read (?:your|user|user and shared) mail/,
      /^read (?:your|user) basic mail/,
      /^access your (?:email|mail)\b(?! address)/,
    ],
  },
  {
    grants: ['files-write'],
    scopes: [
      'files.readwrite',
      'files.readwrite.all',
      'files.readwrite.appfolder',
      'sites.readwrite.all',
      'sites.manage.all',
      'sites.fullcontrol.all',
      'onedrive.readwrite',
    ],
    names: [
      /^have full access to (?:all )?(?:your |user )?files/,
      /^have full access to all files you have access to/,
      /^(?:read and write|edit or delete) (?:items in all site collections|all files|your files|user files)/,
      /^have full control of all site collections/,
      /^access (?:your )?onedrive files/,
      /^create, edit, and delete items and lists in all site collections/,
    ],
  },
  {
    grants: ['files-read'],
    scopes: [
      'files.read',
      'files.read.all',
      'files.read.selected',
      'sites.read.all',
      'onedrive.readonly',
    ],
    names: [
      /^read (?:all files that you have access to|all files that user can access|your files|user files)/,
      /^read items in all site collections/,
      /^read all files/,
    ],
  },
  {
    grants: ['contacts-write'],
    scopes: ['contacts.readwrite', 'contacts.readwrite.shared'],
    names: [
      /^have full access (?:of|to) (?:your|user) contacts/,
      /^read and write access to (?:your|user) contacts/,
    ],
  },
  {
    grants: ['contacts-read'],
    scopes: ['contacts.read', 'contacts.read.shared', 'wl.contacts_emails'],
    names: [/^read (?:your|user|user and shared) contacts/, /^access your contacts/],
  },
  {
    grants: ['calendar-write'],
    scopes: ['calendars.readwrite', 'calendars.readwrite.shared'],
    names: [
      /^have full access to (?:your|user) calendars?/,
      /^read and write (?:your|user) calendars?/,
    ],
  },
  {
    grants: ['calendar-read'],
    scopes: ['calendars.read', 'calendars.read.shared', 'calendars.readbasic'],
    names: [/^read (?:your|user|user and shared) calendars?/],
  },
  {
    grants: ['chat'],
    scopes: [
      'chat.read',
      'chat.readwrite',
      'chat.readbasic',
      'chatmessage.read',
      'chatmessage.send',
      'channelmessage.read.all',
      'channelmessage.send',
    ],
    names: [
      /\bchat messages\b/,
      /^(?:read|send) (?:your |user )?channel messages/,
      /^read your chats/,
    ],
  },
  {
    grants: ['notes'],
    scopes: [
      'notes.read',
      'notes.readwrite',
      'notes.read.all',
      'notes.readwrite.all',
      'notes.create',
    ],
    names: [/onenote notebooks/],
  },
  {
    grants: ['directory'],
    scopes: [
      'directory.read.all',
      'directory.readwrite.all',
      'directory.accessasuser.all',
      'group.read.all',
      'group.readwrite.all',
    ],
    names: [
      /^(?:read|read and write) directory data/,
      /^access (?:the )?directory as/,
      /^read (?:and write )?all groups/,
    ],
  },
  {
    grants: ['people'],
    scopes: ['people.read', 'people.read.all', 'user.readbasic.all', 'user.read.all'],
    names: [
      /^read (?:your|user'?s?) relevant people list/,
      /^read all users'? (?:basic|full) profiles/,
    ],
  },
  {
    grants: ['sign-in', 'profile'],
    scopes: ['user.read'],
    names: [/^sign (?:you )?in and read (?:your|user) profile/],
  },
  {
    grants: ['profile'],
    scopes: ['profile', 'wl.basic', 'wl.signin'],
    names: [
      /^(?:view|read) (?:your|users'?) basic profile/,
      /^read your profile/,
      /^view your profile/,
    ],
  },
  {
    grants: ['email-address'],
    scopes: ['email', 'wl.emails'],
    names: [/^view (?:your|users'?) email address/],
  },
  {
    grants: ['sign-in'],
    scopes: ['openid'],
    names: [/^sign (?:you|users) in$/],
  },
];

/**
 * Microsoft's page shows the permissions in the person's language; the rules above know the
 * English names. A name in another language that no rule knows still counts towards the warning
 * when it speaks of mail, files, contacts or lasting access (German, French, Spanish), though
 * the panel repeats it in Microsoft's words rather than guess which access it means.
 */
/** Whole words only; `\\b` knows no accented letters, so letters are told by Unicode class. */
const words = (...list: string[]) => new RegExp(`(?<!\\p{L})(?:${list.join('|')})(?!\\p{L})`, 'u');
const SENSITIVE_WORDS: readonly RegExp[] = [
  words(
    'e-?mails?',
    'mail',
    'postfach',
    'courriers?',
    'courriels?',
    'messagerie',
    'correos?',
    'buzón',
  ),
  words('dateien', 'fichiers', 'archivos', 'files', 'onedrive', 'sharepoint'),
  words('kontakte', 'contacts', 'contactos'),
  words(
    'jederzeit',
    'beibehalten',
    'à tout moment',
    "conserver l'accès",
    'en cualquier momento',
    'mantener el acceso',
  ),
];
/** An address is no mailbox: "E-Mail-Adresse", "adresse e-mail", "dirección de correo". */
const ADDRESS_WORDS = /adress|address|dirección/;

/** An unknown name that speaks of mail, files, contacts or lasting access. */
export function soundsSensitive(name: string): boolean {
  const text = normaliseName(name);
  return !ADDRESS_WORDS.test(text) && SENSITIVE_WORDS.some((pattern) => pattern.test(text));
}

/** A permission's display name in the form the rules test: lowercased, one space, plain quotes. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain permissions one displayed name grants; empty when the name is not known. */
export function permissionsOfName(name: string): readonly Permission[] {
  const text = normaliseName(name);
  if (!text) return [];
  for (const rule of RULES)
    if (rule.names.some((pattern) => pattern.test(text))) return rule.grants;
  return [];
}

/** The plain permissions one scope value grants (`Mail.Read`, `https://graph.microsoft.com/Mail.Read`). */
export function permissionsOfScope(scope: string): readonly Permission[] {
  const value = scope.toLowerCase().replace(/^.*\//, '');
  for (const rule of RULES) if (rule.scopes.includes(value)) return rule.grants;
  return [];
}

export interface ReadPermissions {
  /** In `PERMISSIONS` order, each once; "read" and "send" mail merge into `mail-read-send`. */
  known: Permission[];
  /** Names Microsoft's page showed that no rule knows, as shown (the panel repeats them). */
  unknown: string[];
}

const MAX_UNKNOWN = 10;

/**
 * The plain permissions behind the names Microsoft's page lists, with the address's scope values
 * as a second source (the page may show fewer lines than the address asks for, or none).
 */
export function readPermissions(
  names: readonly string[],
  scopes: readonly string[] = [],
): ReadPermissions {
  const found = new Set<Permission>();
  const unknown: string[] = [];
  for (const name of names) {
    const grants = permissionsOfName(name);
    if (grants.length === 0) {
      const shown = name.replace(/\s+/g, ' ').trim();
      if (shown && unknown.length < MAX_UNKNOWN && !unknown.includes(shown)) unknown.push(shown);
    }
    for (const permission of grants) found.add(permission);
  }
  for (const scope of scopes)
    for (const permission of permissionsOfScope(scope)) found.add(permission);
  if (found.has('mail-send') && (found.has('mail-read') || found.has('mail-write'))) {
    found.delete('mail-send');
    if (found.has('mail-read')) {
      found.delete('mail-read');
      found.add('mail-read-send');
    } else {
      // Read, change, delete and send: the whole mailbox.
      found.delete('mail-write');
      found.add('mailbox-full');
    }
  }
  if (found.has('mailbox-full')) {
    for (const narrower of ['mail-read', 'mail-write', 'mail-send', 'mail-read-send'] as const)
      found.delete(narrower);
  }
  if (found.has('files-write')) found.delete('files-read');
  if (found.has('contacts-write')) found.delete('contacts-read');
  if (found.has('calendar-write')) found.delete('calendar-read');
  return { known: PERMISSIONS.filter((permission) => found.has(permission)), unknown };
}

/** The scope values of an address's `scope` parameter (space-separated), at most 50. */
export function scopesOfUrl(url: string): string[] {
  try {
    return new URL(url).searchParams
      .getAll('scope')
      .flatMap((value) => value.split(/\s+/))
      .filter(Boolean)
      .slice(0, 50);
  } catch {
    return [];
  }
}
