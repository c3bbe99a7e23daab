import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/core/detection';
import { promptValues } from '../../../src/core/detection/hosts';

const kind = (url: string) => classifyUrl(url).kind;
const AUTHORIZE = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x';

describe('consent prompts named by their address', () => {
  it('names the admin consent endpoint, v1 and v2, with or without a tenant', () => {
    expect(kind('https://login.microsoftonline.com/common/adminconsent?client_id=x')).toBe(
      'consent',
    );
    expect(kind('https://login.microsoftonline.com/organizations/v2.0/adminconsent')).toBe(
      'consent',
    );
    expect(kind('https://login.microsoftonline.com/adminconsent')).toBe('consent');
    expect(kind('https://login.partner.microsoftonline.cn/common/adminconsent')).toBe('consent');
  });

  it('names the authorize endpoint only when it is asked to prompt for consent', () => {
    expect(kind(`${AUTHORIZE}&prompt=consent`)).toBe('consent');
    expect(kind(`${AUTHORIZE}&prompt=admin_consent`)).toBe('consent');
    expect(kind(`${AUTHORIZE}&prompt=CONSENT`)).toBe('consent');
    expect(kind(`${AUTHORIZE}&prompt=select_account%20consent`)).toBe('consent');
    expect(kind(AUTHORIZE)).toBe('sign-in');
    expect(kind(`${AUTHORIZE}&prompt=login`)).toBe('sign-in');
    expect(kind(`${AUTHORIZE}&prompt=consentx`)).toBe('sign-in');
    // Another parameter's value never counts.
    expect(kind(`${AUTHORIZE}&state=prompt%3Dconsent`)).toBe('sign-in');
    expect(kind(`${AUTHORIZE}&redirect_uri=https%3A%2F%2Fa.example%2F%3Fprompt%3Dconsent`)).toBe(
      'sign-in',
    );
  });

  it('names the personal account authorize endpoint the same way', () => {
    const live = 'https://login.live.com/oauth20_authorize.srf?client_id=x';
    expect(kind(`${live}&prompt=consent`)).toBe('consent');
    expect(kind(live)).toBe('sign-in');
  });

  it('keeps other paths to their own kind whatever prompt says', () => {
    expect(kind('https://login.microsoftonline.com/common/oauth2/deviceauth?prompt=consent')).toBe(
      'device-code',
    );
    expect(kind('https://login.live.com/login.srf?prompt=consent')).toBe('sign-in');
    expect(kind('https://evil.example/common/adminconsent')).toBeNull();
  });

  it('reads prompt values as OAuth writes them', () => {
    expect(promptValues(new URLSearchParams('prompt=select_account+Consent'))).toEqual([
      'select_account',
      'consent',
    ]);
    expect(promptValues(new URLSearchParams('a=1'))).toEqual([]);
  });
});
