import { describe, expect, it } from 'vitest';
import { type AddressKnowledge, addressStatus } from '../../../src/core/guidance/address-status';

const nothing: AddressKnowledge = { listed: [], lookups: [] };

describe('address status for the guidance panel', () => {
  it('knows a consumer-domain address already is a personal account', () => {
    expect(addressStatus(' Someone@Outlook.com ', nothing)).toEqual({
      valid: true,
      address: 'someone@outlook.com',
      domain: 'outlook.com',
      answer: 'consumer-domain',
      existing: 'consumer-domain',
      signInUrl: 'https://login.live.com/login.srf?username=someone%40outlook.com',
      recoverUrl: 'https://account.live.com/password/reset',
    });
  });

  it('treats a plus alias as its account', () => {
    const status = addressStatus('jane+shop@hotmail.com', nothing);
    expect(status.existing).toBe('consumer-domain');
    expect(status.signInUrl).toContain('jane%40hotmail.com');
  });

  it('knows an address in the person’s list, unless listed as work or school', () => {
    const listed = { listed: [{ address: 'sam@example.org', kind: 'personal' }], lookups: [] };
    expect(addressStatus('SAM@example.org', listed)).toMatchObject({
      answer: 'listed',
      existing: 'listed',
    });
    const work = { listed: [{ address: 'sam@example.org', kind: 'work-school' }], lookups: [] };
    expect(addressStatus('sam@example.org', work)).toMatchObject({
      answer: 'listed',
      existing: null,
      signInUrl: null,
    });
  });

  it('uses a lookup the person asked for only when it found a personal account', () => {
    const found = { listed: [], lookups: [{ address: 'kim@example.net', outcome: 'exists-both' }] };
    expect(addressStatus('kim@example.net', found)).toMatchObject({
      answer: 'looked-up',
      existing: 'looked-up',
    });
    const none = { listed: [], lookups: [{ address: 'kim@example.net', outcome: 'not-found' }] };
    expect(addressStatus('kim@example.net', none)).toMatchObject({
      answer: 'unknown',
      existing: null,
    });
  });

  it('says what the address alone says otherwise', () => {
    expect(addressStatus('alex@contoso.onmicrosoft.com', nothing)).toMatchObject({
      answer: 'work-school',
      existing: null,
    });
    expect(addressStatus('lee@example.com', nothing)).toMatchObject({
      answer: 'unknown',
      domain: 'example.com',
    });
    expect(addressStatus('+44 20 7946 0000', nothing)).toMatchObject({
      valid: true,
      answer: 'phone',
      domain: '',
      existing: null,
    });
    expect(addressStatus('not an address', nothing)).toMatchObject({
      valid: false,
      answer: 'invalid',
      existing: null,
    });
  });
});
