import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS,
  permissionsOfName,
  permissionsOfScope,
  readPermissions,
  SENSITIVE_PERMISSIONS,
  scopesOfUrl,
} from '../../../src/core/guidance/consent/permissions';
import { consentRisk } from '../../../src/core/guidance/consent/risk';

describe('permission names on Microsoft’s consent prompt, in plain words', () => {
  it.each([
    // Microsoft Graph's user-consent display names
    ['Read your mail', ['mail-read']],
    ['Send mail as you', ['mail-send']],
    ['Send mail as you ', ['mail-send']],
    ['Read and write access to your mail', ['mail-write']],
    ['Read your contacts', ['contacts-read']],
    ['Have full access of your contacts', ['contacts-write']],
    ['Have full access to all files you have access to', ['files-write']],
    ['Read all files that you have access to', ['files-read']],
    ['Read your files', ['files-read']],
    ['Have full access to your files', ['files-write']],
    ['Read items in all site collections', ['files-read']],
    ['Maintain access to data you have given it access to', ['offline']],
    ['Access your data anytime', ['offline']],
    ['Sign in and read your profile', ['sign-in', 'profile']],
    ['View your basic profile', ['profile']],
    ['View your email address', ['email-address']],
    ['Sign you in', ['sign-in']],
    ['Read your calendars', ['calendar-read']],
    ['Have full access to your calendars', ['calendar-write']],
    ['Read your relevant people list', ['people']],
    ['Access mailboxes as you', ['mailbox-full']],
    // Admin-consent display names
    ['Read user mail', ['mail-read']],
    ['Send mail as a user', ['mail-send']],
    ['Read and write access to user mail', ['mail-write']],
    ['Read user contacts', ['contacts-read']],
    ['Have full access to all files user can access', ['files-write']],
    ['Sign in and read user profile', ['sign-in', 'profile']],
    ['Read directory data', ['directory']],
    // The personal-account prompt
    ['Access your info anytime', ['offline']],
    ['Read your profile', ['profile']],
    ['Access your contacts', ['contacts-read']],
    // Typography and spacing as pages render them
    ['  READ   YOUR MAIL ', ['mail-read']],
    ['Read all users’ basic profiles', ['people']],
  ])('%s', (name, expected) => {
    expect([...permissionsOfName(name)]).toEqual(expected);
  });

  it('knows nothing of names no rule matches, and never guesses from a word alone', () => {
    expect(permissionsOfName('Read your BitLocker keys')).toEqual([]);
    expect(permissionsOfName('Access Azure Service Management as you')).toEqual([]);
    expect(permissionsOfName('mail')).toEqual([]);
    expect(permissionsOfName('')).toEqual([]);
  });

  it('reads scope values with or without the resource prefix', () => {
    expect(permissionsOfScope('Mail.Read')).toEqual(['mail-read']);
    expect(permissionsOfScope('https://graph.microsoft.com/Mail.Send')).toEqual(['mail-send']);
    expect(permissionsOfScope('offline_access')).toEqual(['offline']);
    expect(permissionsOfScope('openid')).toEqual(['sign-in']);
    expect(permissionsOfScope('https://outlook.office.com/IMAP.AccessAsUser.All')).toEqual([
      'mailbox-full',
    ]);
    expect(permissionsOfScope('api://1234/access_as_user')).toEqual([]);
  });

  it('merges reading and sending mail, and keeps only the broader of read and write', () => {
    expect(readPermissions(['Read your mail', 'Send mail as you']).known).toEqual([
      'mail-read-send',
    ]);
    expect(
      readPermissions(['Read and write access to your mail', 'Send mail as you']).known,
    ).toEqual(['mailbox-full']);
    expect(
      readPermissions(['Read all files that you have access to', 'Have full access to your files'])
        .known,
    ).toEqual(['files-write']);
    expect(
      readPermissions(['Read your contacts', 'Have full access of your contacts']).known,
    ).toEqual(['contacts-write']);
  });

  it('keeps the page’s order stable (the catalog order) and each permission once', () => {
    const read = readPermissions([
      'Maintain access to data you have given it access to',
      'Sign in and read your profile',
      'View your basic profile',
      'Read your mail',
    ]);
    expect(read.known).toEqual(['sign-in', 'profile', 'mail-read', 'offline']);
    expect(read.unknown).toEqual([]);
  });

  it('repeats unknown names as the page shows them, a few at most', () => {
    const names = Array.from({ length: 15 }, (_, i) => `Do thing ${i}`);
    const read = readPermissions([' Read  your BitLocker keys ', ...names, 'Do thing 1']);
    expect(read.unknown[0]).toBe('Read your BitLocker keys');
    expect(read.unknown).toHaveLength(10);
    expect(new Set(read.unknown).size).toBe(10);
  });

  it('adds what the address’s scope parameter asks for', () => {
    const url =
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x&scope=openid%20offline_access%20https%3A%2F%2Fgraph.microsoft.com%2FMail.ReadWrite&prompt=consent';
    expect(scopesOfUrl(url)).toEqual([
      'openid',
      'offline_access',
      'https://graph.microsoft.com/Mail.ReadWrite',
    ]);
    expect(readPermissions(['Sign you in'], scopesOfUrl(url)).known).toEqual([
      'sign-in',
      'mail-write',
      'offline',
    ]);
    expect(scopesOfUrl('not a url')).toEqual([]);
  });

  it('counts mail, files, contacts and lasting access as sensitive, and nothing else', () => {
    expect([...SENSITIVE_PERMISSIONS].sort()).toEqual(
      PERMISSIONS.filter((p) => /^(mail|files|contacts|offline)/.test(p)).sort(),
    );
  });
});

describe('the consent risk rule', () => {
  it('warns when an unverified publisher asks for mail, files, contacts or lasting access', () => {
    for (const permission of SENSITIVE_PERMISSIONS) {
      expect(consentRisk('unverified', ['sign-in', permission]), permission).toBe('high');
      expect(consentRisk('unknown', [permission]), permission).toBe('high');
      expect(consentRisk('verified', [permission]), permission).toBe('low');
    }
  });

  it('stays calm for the basic profile, whoever asks', () => {
    const basic = ['sign-in', 'profile', 'email-address'] as const;
    expect(consentRisk('unverified', basic)).toBe('low');
    expect(consentRisk('verified', basic)).toBe('low');
    expect(consentRisk('unverified', ['calendar-read', 'people'])).toBe('low');
    expect(consentRisk('unverified', [])).toBe('low');
  });
});

describe('permission names in other languages', () => {
  it('count towards the warning when they speak of mail, files, contacts or lasting access', async () => {
    const { assessConsent } = await import('../../../src/core/guidance/consent/assess');
    for (const name of [
      'Ihre E-Mails lesen',
      'E-Mails in Ihrem Namen senden',
      'Vollzugriff auf alle Dateien, auf die Sie zugreifen können',
      'Ihre Kontakte lesen',
      'Zugriff auf Daten beibehalten, für die Sie Zugriff erteilt haben',
      'Lire vos courriers',
      'Lire vos fichiers',
      'Leer tu correo',
      'Mantener el acceso a los datos a los que le has dado acceso',
    ]) {
      expect(assessConsent('unverified', [name]), name).toMatchObject({
        known: [],
        unknown: [name],
        risk: 'high',
      });
      expect(assessConsent('verified', [name]).risk, name).toBe('low');
    }
  });

  it('stay calm for the basic profile and the email address', async () => {
    const { assessConsent } = await import('../../../src/core/guidance/consent/assess');
    for (const name of [
      'Anmelden und Ihr Profil lesen',
      'Ihre E-Mail-Adresse anzeigen',
      'Afficher votre adresse e-mail',
      'Ver tu dirección de correo electrónico',
      'Connexion',
    ]) {
      expect(assessConsent('unverified', [name]).risk, name).toBe('low');
    }
  });
});

describe('words with accents', () => {
  it('are whole words too', async () => {
    const { soundsSensitive } = await import('../../../src/core/guidance/consent/permissions');
    expect(soundsSensitive('Accéder à vos données à tout moment')).toBe(true);
    expect(soundsSensitive('Leer el buzón')).toBe(true);
    expect(soundsSensitive('Gmailish')).toBe(false);
    expect(soundsSensitive('Voir votre profil')).toBe(false);
  });
});
