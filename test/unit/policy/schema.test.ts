import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedSettingChanges,
  describePolicy,
  effectiveSettings,
  lockedSettings,
  MAX_ALLOWED_TENANTS,
  NO_POLICY,
  parsePolicy,
} from '../../../src/core/policy';

describe('parsePolicy', () => {
  it('reads no policy from nothing, an empty object, or something that is no object', () => {
    for (const raw of [undefined, null, {}, [], 'x', 3, true]) {
      expect(parsePolicy(raw)).toEqual(NO_POLICY);
    }
  });

  it('reads every entry', () => {
    expect(
      parsePolicy({
        allowOnlineLookups: false,
        allowRememberSignInAddresses: false,
        requireLookalikeGuard: true,
        allowedTenants: ['Contoso.com', 'contoso.onmicrosoft.com', 'contoso.com'],
        organisationSignInPages: [{ host: 'sts.contoso.com', tenant: 'contoso.com' }],
        lookalikeReportEndpoint: 'https://soc.contoso.com/ah',
      }),
    ).toEqual({
      managed: true,
      allowOnlineLookups: false,
      allowRememberSignInAddresses: false,
      requireLookalikeGuard: true,
      allowedTenants: ['contoso.com', 'contoso.onmicrosoft.com'],
      organisationSignInPages: [{ host: 'sts.contoso.com', tenant: 'contoso.com' }],
      lookalikeReportEndpoint: 'https://soc.contoso.com/ah',
      ignored: [],
    });
  });

  it('true (or leaving an entry out) leaves the choice to the person', () => {
    expect(parsePolicy({ allowOnlineLookups: true })).toEqual({ ...NO_POLICY, managed: true });
  });

  it('names what it does not understand, takes the stricter choice for it, and applies the rest', () => {
    expect(
      parsePolicy({
        allowOnlineLookups: 'false',
        requireLookalikeGuard: true,
        AllowOnlineLookups: false,
        allowedTenants: ['contoso.com', 'common', 42, 'not a tenant!'],
      }),
    ).toEqual({
      ...NO_POLICY,
      managed: true,
      allowOnlineLookups: false,
      requireLookalikeGuard: true,
      allowedTenants: ['contoso.com'],
      ignored: [
        'allowOnlineLookups',
        'AllowOnlineLookups',
        'allowedTenants[1]',
        'allowedTenants[2]',
        'allowedTenants[3]',
      ],
    });
    expect(parsePolicy({ allowedTenants: ['contoso.com', 'common', 'not a tenant!'] })).toEqual({
      ...NO_POLICY,
      managed: true,
      allowedTenants: ['contoso.com'],
      ignored: ['allowedTenants[1]', 'allowedTenants[2]'],
    });
  });

  it('a wrong type ("false", 0, "true", null, a list) is the restrictive choice, never the permissive one', () => {
    for (const wrong of ['false', 'true', 0, 1, null, [], {}, 'no']) {
      const policy = parsePolicy({
        allowOnlineLookups: wrong,
        allowRememberSignInAddresses: wrong,
        requireLookalikeGuard: wrong,
      });
      expect(policy, JSON.stringify(wrong)).toMatchObject({
        managed: true,
        allowOnlineLookups: false,
        allowRememberSignInAddresses: false,
        requireLookalikeGuard: true,
      });
      expect(policy.ignored).toEqual([
        'allowOnlineLookups',
        'allowRememberSignInAddresses',
        'requireLookalikeGuard',
      ]);
    }
  });

  it('reads one text where the tenant list belongs as that list (pinned, not left open)', () => {
    expect(parsePolicy({ allowedTenants: 'Contoso.com, fabrikam.onmicrosoft.com' })).toEqual({
      ...NO_POLICY,
      managed: true,
      allowedTenants: ['contoso.com', 'fabrikam.onmicrosoft.com'],
      ignored: ['allowedTenants'],
    });
    expect(parsePolicy({ allowedTenants: 0 })).toMatchObject({ ignored: ['allowedTenants'] });
  });

  it('keeps at most MAX_ALLOWED_TENANTS tenants', () => {
    const many = Array.from({ length: MAX_ALLOWED_TENANTS + 2 }, (_, i) => `t${i}.example`);
    const policy = parsePolicy({ allowedTenants: many });
    expect(policy.allowedTenants).toHaveLength(MAX_ALLOWED_TENANTS);
    expect(policy.ignored).toEqual([
      `allowedTenants[${MAX_ALLOWED_TENANTS}]`,
      `allowedTenants[${MAX_ALLOWED_TENANTS + 1}]`,
    ]);
  });

  it('an empty tenant list pins nothing', () => {
    expect(parsePolicy({ allowedTenants: [] })).toEqual({ ...NO_POLICY, managed: true });
  });

  it('never throws and never restricts more than it was told, whatever it reads', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const policy = parsePolicy(raw);
        expect(policy.ignored.length).toBeLessThanOrEqual(50);
        if (!policy.managed) expect({ ...policy, ignored: [] }).toEqual(NO_POLICY);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('policy over settings', () => {
  const mine = { allowOnlineLookups: true, rememberSignInAddresses: true, lookalikeGuard: false };
  const strict = parsePolicy({
    allowOnlineLookups: false,
    allowRememberSignInAddresses: false,
    requireLookalikeGuard: true,
  });

  it('leaves the person’s settings alone without a policy', () => {
    expect(effectiveSettings(mine, NO_POLICY)).toEqual(mine);
    expect(lockedSettings(NO_POLICY)).toEqual([]);
    expect(allowedSettingChanges({ rememberSignInAddresses: true }, NO_POLICY)).toEqual({
      rememberSignInAddresses: true,
    });
    expect(describePolicy(NO_POLICY)).toEqual([]);
  });

  it('puts the policy’s decisions over them, without touching other settings', () => {
    expect(effectiveSettings({ ...mine, reminderIntervalMonths: 3 }, strict)).toEqual({
      allowOnlineLookups: false,
      rememberSignInAddresses: false,
      lookalikeGuard: true,
      reminderIntervalMonths: 3,
    });
    // Settings the caller doesn't have are not added.
    expect(effectiveSettings({ reminderIntervalMonths: 3 }, strict)).toEqual({
      reminderIntervalMonths: 3,
    });
    expect(lockedSettings(strict)).toEqual([
      'allowOnlineLookups',
      'rememberSignInAddresses',
      'lookalikeGuard',
    ]);
  });

  it('drops changes to what the policy decides, and keeps the rest', () => {
    expect(
      allowedSettingChanges(
        { rememberSignInAddresses: true, allowOnlineLookups: true, reminderIntervalMonths: 2 },
        strict,
      ),
    ).toEqual({ reminderIntervalMonths: 2 });
  });

  it('says in plain sentences what the organisation decided', () => {
    expect(
      describePolicy({ ...strict, allowedTenants: ['contoso.com', 'contoso.onmicrosoft.com'] }),
    ).toEqual([
      'Checking an address with Microsoft (“Ask Microsoft”) is turned off.',
      'Addresses you sign in with are never remembered.',
      'The lookalike guard is required.',
      'Microsoft sign-in pages for organisations other than yours are pointed out. Yours: contoso.com, contoso.onmicrosoft.com.',
    ]);
  });
});
