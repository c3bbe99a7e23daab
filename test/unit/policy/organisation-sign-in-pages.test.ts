import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_POLICY, parsePolicy } from '../../../src/core/policy';
import { describePolicy } from '../../../src/core/policy/merge';

describe('policy: the organisation’s own sign-in pages', () => {
  it('reads hosts with their tenant, normalised, and names what it ignores', () => {
    const policy = parsePolicy({
      organisationSignInPages: [
        { host: 'STS.Fabrikam.com.', tenant: 'Fabrikam.com' },
        { host: 'fabrikam.okta.com', tenant: '11111111-2222-3333-4444-555555555555' },
        { host: 'sts.fabrikam.com', tenant: 'fabrikam.com' },
        { host: 'https://evil.example/', tenant: 'fabrikam.com' },
        { host: 'idp.fabrikam.com', tenant: 'not a tenant!' },
        { host: 'idp.fabrikam.com', tenant: 'fabrikam.com', password: 'x' },
      ],
    });
    expect(policy.managed).toBe(true);
    expect(policy.organisationSignInPages).toEqual([
      { host: 'sts.fabrikam.com', tenant: 'fabrikam.com' },
      { host: 'fabrikam.okta.com', tenant: '11111111-2222-3333-4444-555555555555' },
    ]);
    expect(policy.ignored).toEqual([
      'organisationSignInPages[3]',
      'organisationSignInPages[4]',
      'organisationSignInPages[5]',
    ]);
    expect(describePolicy(policy).join(' ')).toContain('sts.fabrikam.com, fabrikam.okta.com');
  });

  it('ignores a value that is not a list of host and tenant, and is empty without a policy', () => {
    for (const value of ['sts.fabrikam.com', ['sts.fabrikam.com'], [null], [{ host: 1 }]]) {
      const policy = parsePolicy({ organisationSignInPages: value });
      expect(policy.ignored, JSON.stringify(value)).toEqual(['organisationSignInPages']);
      expect(policy.organisationSignInPages).toEqual([]);
    }
    expect(NO_POLICY.organisationSignInPages).toEqual([]);
  });

  it('is declared in Chrome’s managed schema as a list of host and tenant', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../../../public/managed-schema.json'), 'utf8'),
    );
    expect(schema.properties.organisationSignInPages).toMatchObject({
      type: 'array',
      items: {
        type: 'object',
        properties: { host: { type: 'string' }, tenant: { type: 'string' } },
      },
    });
  });
});
