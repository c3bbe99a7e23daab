import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  readConsentPage,
  readDeviceConfirmation,
} from '../../../src/content/guidance/consent-page';
import {
  appNameFromPermissionLine,
  appOfDeviceConfirmation,
  arrivalOf,
  isConsentTitle,
} from '../../../src/core/guidance/consent/page-text';
import { readPermissions } from '../../../src/core/guidance/consent/permissions';
import { consentRisk } from '../../../src/core/guidance/consent/risk';

const SITES = new URL('../../fixtures/sites/', import.meta.url);
function fixture(file: string): Document {
  return parseHTML(readFileSync(new URL(file, SITES), 'utf8')).document as unknown as Document;
}
function page(file: string) {
  return readConsentPage(fixture(file), null);
}

describe('reading Microsoft’s consent prompt', () => {
  it('reads an unverified app asking for mail and lasting access (work or school)', () => {
    const read = page('ms-consent-unverified.html');
    expect(read).toEqual({
      admin: false,
      app: 'Secure Mail Viewer',
      publisher: '',
      publisherStatus: 'unverified',
      permissionNames: [
        'Read your mail',
        'Send mail as you',
        'Maintain access to data you have given it access to',
        'Sign in and read your profile',
      ],
    });
    const permissions = readPermissions(read?.permissionNames ?? []);
    expect(permissions.known).toEqual(['sign-in', 'profile', 'mail-read-send', 'offline']);
    expect(consentRisk('unverified', permissions.known)).toBe('high');
  });

  it('reads a verified publisher asking for the basic profile', () => {
    const read = page('ms-consent-verified.html');
    expect(read).toMatchObject({
      admin: false,
      app: 'Fabrikam Timesheets',
      publisher: 'Fabrikam, Inc.',
      publisherStatus: 'verified',
    });
    const permissions = readPermissions(read?.permissionNames ?? []);
    expect(permissions).toEqual({ known: ['sign-in', 'profile', 'email-address'], unknown: [] });
    expect(consentRisk('verified', permissions.known)).toBe('low');
  });

  it('tells admin consent by its second line', () => {
    const read = page('ms-consent-admin.html');
    expect(read).toMatchObject({
      admin: true,
      app: 'Doc Share Connector',
      publisherStatus: 'unverified',
    });
    expect(readPermissions(read?.permissionNames ?? []).known).toEqual([
      'mail-write',
      'files-write',
      'contacts-read',
      'offline',
    ]);
  });

  it('reads the personal-account prompt, naming the app from “… needs your permission to:”', () => {
    const read = page('ms-consent-personal.html');
    expect(read).toMatchObject({
      admin: false,
      app: 'Photo Frame Sync',
      publisherStatus: 'unverified',
      permissionNames: [
        'Access your info anytime',
        'Have full access to all files you have access to',
        'Read your profile',
      ],
    });
  });

  it('finds no consent prompt on Microsoft’s other pages', () => {
    for (const file of [
      'ms-sign-in.html',
      'ms-sign-in-password.html',
      'ms-device-code.html',
      'ms-device-code-confirm.html',
      'ms-sign-up.html',
      'ms-security-info.html',
    ]) {
      expect(page(file), file).toBeNull();
    }
  });

  it('says “unknown” when a publisher name shows without Microsoft’s verified badge', () => {
    const doc = fixture('ms-consent-verified.html');
    doc.querySelector('.verified-badge')?.remove();
    expect(readConsentPage(doc, null)).toMatchObject({ publisher: '', publisherStatus: 'unknown' });
  });

  it('never reads what is typed into the page, nor Account Helper’s own element', () => {
    const doc = fixture('ms-consent-verified.html');
    const typed = 'Quokka-Lantern-Fjord-83';
    const box = doc.createElement('input');
    box.setAttribute('type', 'text');
    (box as HTMLInputElement).value = typed;
    doc.querySelector('#appName')?.append(box);
    doc.querySelector('.scope-list li button')?.append(box.cloneNode());
    const ours = doc.createElement('account-helper');
    ours.innerHTML =
      '<ul><li>Read your mail</li><li>Send mail as you</li></ul><h1>Permissions requested</h1>';
    doc.body.prepend(ours);
    const read = readConsentPage(doc, ours);
    expect(JSON.stringify(read)).not.toContain(typed);
    expect(read?.permissionNames).not.toContain('Read your mail');
    // The hidden form fields Microsoft posts back stay unread too.
    expect(JSON.stringify(page('ms-consent-unverified.html'))).not.toContain('flowToken');
    expect(JSON.stringify(page('ms-consent-unverified.html'))).not.toContain('AQABAAEAAAD');
  });

  it('recognises the prompt’s titles in the shipped languages, and nothing like them', () => {
    for (const title of [
      'Permissions requested',
      'Let this app access your info? (ben@outlook.com)',
      'Angeforderte Berechtigungen',
      'Autorisations demandées',
      'Permisos solicitados',
    ]) {
      expect(isConsentTitle(title), title).toBe(true);
    }
    for (const text of ['Sign in', 'Stay signed in?', 'Requested permissions were granted', '']) {
      expect(isConsentTitle(text), text).toBe(false);
    }
    expect(appNameFromPermissionLine('Contoso Notes needs your permission to:')).toBe(
      'Contoso Notes',
    );
    expect(appNameFromPermissionLine('This app would like to:')).toBeNull();
  });
});

describe('reading the device-code page', () => {
  it('reads the app Microsoft names on “Are you trying to sign in to …?”', () => {
    expect(readDeviceConfirmation(fixture('ms-device-code-confirm.html'), null)).toEqual({
      app: 'Microsoft Azure CLI',
    });
    expect(readDeviceConfirmation(fixture('ms-device-code.html'), null)).toBeNull();
    expect(appOfDeviceConfirmation('Versuchen Sie, sich bei Contoso TV anzumelden?')).toBe(
      'Contoso TV',
    );
    expect(appOfDeviceConfirmation('Essayez-vous de vous connecter à Contoso TV ?')).toBe(
      'Contoso TV',
    );
    expect(appOfDeviceConfirmation('¿Estás intentando iniciar sesión en Contoso TV?')).toBe(
      'Contoso TV',
    );
    expect(appOfDeviceConfirmation('Are you trying to sign in?')).toBe('');
    expect(appOfDeviceConfirmation('Enter code')).toBeNull();
  });

  it('tells a link from another site apart from a step of the same flow and from no referrer', () => {
    const host = 'login.microsoftonline.com';
    expect(arrivalOf('https://mail.example.com/inbox', host)).toBe('link');
    expect(arrivalOf('https://outlook.live.com/', host)).toBe('link');
    expect(arrivalOf('https://login.microsoftonline.com/common/oauth2/deviceauth', host)).toBe(
      'same-site',
    );
    expect(arrivalOf('', host)).toBe('unknown');
    expect(arrivalOf('not a url', host)).toBe('unknown');
  });
});
