import { describe, expect, it } from 'vitest';
import {
  createAccountUrl,
  isMicrosoftNextStepUrl,
  NEXT_STEP_HOSTS,
  type NextStepSituation,
  newOutlookAddressUrl,
  nextStepsFor,
  recoverUrl,
  signInUrl,
} from '../../../src/core/accounts/next-steps';

const situation = (overrides: Partial<NextStepSituation>): NextStepSituation => ({
  address: 'jane@example.com',
  isEmail: true,
  kind: 'unknown',
  listed: false,
  ...overrides,
});

describe('next-step URLs', () => {
  it('signs a personal account in at login.live.com with the address as the username', () => {
    const url = new URL(signInUrl('personal', 'jane@outlook.com'));
    expect(url.origin).toBe('https://login.live.com');
    expect(url.pathname).toBe('/login.srf');
    expect(url.searchParams.get('username')).toBe('jane@outlook.com');
    expect([...url.searchParams.keys()]).toEqual(['username']);
  });

  it('signs a work or school account in at login.microsoftonline.com with login_hint', () => {
    const url = new URL(signInUrl('work-school', 'ann@contoso.onmicrosoft.com'));
    expect(url.origin).toBe('https://login.microsoftonline.com');
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('login_hint')).toBe('ann@contoso.onmicrosoft.com');
    expect([...url.searchParams.keys()]).toEqual(['login_hint']);
  });

  it('encodes the address so it cannot add parameters or change the path', () => {
    const tricky = "a&b=c#x+y'@example.com";
    for (const href of [signInUrl('personal', tricky), signInUrl('work-school', tricky)]) {
      const url = new URL(href);
      expect(url.hash).toBe('');
      expect([...url.searchParams.values()]).toEqual([tricky]);
      expect(href).not.toContain('#');
    }
    const reset = new URL(recoverUrl('work-school', tricky));
    expect(reset.searchParams.get('username')).toBe(tricky);
    expect([...reset.searchParams.keys()]).toEqual(['username']);
  });

  it('creates accounts on Microsoft’s sign-up pages', () => {
    expect(createAccountUrl()).toBe('https://signup.live.com/signup?lic=1');
    expect(newOutlookAddressUrl()).toBe('https://outlook.live.com/owa/?nlp=1&signup=1');
  });

  it('recovers personal accounts at account.live.com and work accounts at passwordreset', () => {
    expect(recoverUrl('personal', 'jane@outlook.com')).toBe(
      'https://account.live.com/password/reset',
    );
    expect(recoverUrl('work-school', 'ann@contoso.com')).toBe(
      'https://passwordreset.microsoftonline.com/?username=ann%40contoso.com',
    );
  });

  it('only ever links to https Microsoft hosts', () => {
    const kinds = ['personal', 'work-school', 'both', 'unknown', 'none'] as const;
    const urls = kinds.flatMap((kind) =>
      [true, false].flatMap((isEmail) =>
        nextStepsFor(situation({ kind, isEmail })).flatMap((step) => step.url ?? []),
      ),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(isMicrosoftNextStepUrl(url), url).toBe(true);
      expect(NEXT_STEP_HOSTS).toContain(new URL(url).hostname);
    }
  });

  it.each([
    'http://login.live.com/',
    'https://login.live.com.evil.example/',
    'https://user@login.live.com/',
    'https://login.live.com:8443/',
    'javascript:alert(1)',
    'not a url',
  ])('rejects %s as a next-step URL', (url) => {
    expect(isMicrosoftNextStepUrl(url)).toBe(false);
  });
});

describe('nextStepsFor', () => {
  const ids = (s: Partial<NextStepSituation>) => nextStepsFor(situation(s)).map((step) => step.id);

  it('offers sign-in, recovery and listing for a personal account', () => {
    expect(ids({ kind: 'personal' })).toEqual([
      'sign-in-personal',
      'recover-personal',
      'review-personal',
      'add-to-accounts',
    ]);
  });

  it('offers the work or school pages for a work or school account', () => {
    expect(ids({ kind: 'work-school' })).toEqual([
      'sign-in-work-school',
      'recover-work-school',
      'review-work-school',
      'add-to-accounts',
    ]);
  });

  it('offers both sign-ins when the address has both kinds', () => {
    expect(ids({ kind: 'both' })).toEqual([
      'sign-in-personal',
      'sign-in-work-school',
      'add-to-accounts',
    ]);
  });

  it('offers to sign in or create an account when nobody knows yet', () => {
    const steps = nextStepsFor(situation({ kind: 'unknown' }));
    expect(steps.map((s) => s.id)).toEqual([
      'sign-in',
      'create-account',
      'new-outlook-address',
      'add-to-accounts',
    ]);
    expect(new URL(steps[0]?.url ?? '').hostname).toBe('login.microsoftonline.com');
  });

  it('offers only creating an account when Microsoft knows no account', () => {
    expect(ids({ kind: 'none' })).toEqual(['create-account', 'new-outlook-address']);
  });

  it('signs phone numbers in as personal accounts and never lists them', () => {
    const steps = nextStepsFor(
      situation({ address: '+447700900123', isEmail: false, kind: 'unknown' }),
    );
    expect(steps.map((s) => s.id)).toEqual([
      'sign-in-personal',
      'create-account',
      'new-outlook-address',
    ]);
    expect(new URL(steps[0]?.url ?? '').searchParams.get('username')).toBe('+447700900123');
  });

  it('does not offer to list an address that is already listed', () => {
    expect(ids({ kind: 'personal', listed: true })).not.toContain('add-to-accounts');
  });
});
