import { describe, expect, it } from 'vitest';
import {
  credentialTypeResponseSchema,
  interpretCredentialType,
} from '../../../src/core/accounts/credential-type';
import {
  buildCredentialTypeRequest,
  CREDENTIAL_TYPE_URL,
} from '../../../src/core/accounts/credential-type-request';
import { LOOKUP_ERROR_CODES, LOOKUP_STATUSES } from '../../../src/core/accounts/lookup-outcome';
import cases from '../../fixtures/accounts/credential-type-responses.json';

interface Case {
  name: string;
  httpStatus: number;
  body?: unknown;
  bodyText?: string;
  expect: {
    status: string;
    errorCode?: string;
    details?: Record<string, unknown>;
    reasonCodes?: string[];
  };
}

describe('interpretCredentialType', () => {
  it.each((cases as Case[]).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const bodyText = c.bodyText ?? JSON.stringify(c.body);
    const outcome = interpretCredentialType(c.httpStatus, bodyText);
    expect(outcome.status).toBe(c.expect.status);
    expect(outcome.errorCode).toBe(c.expect.errorCode);
    expect(LOOKUP_STATUSES).toContain(outcome.status);
    if (outcome.errorCode) expect(LOOKUP_ERROR_CODES).toContain(outcome.errorCode);
    expect(outcome.message.length).toBeGreaterThan(10);
    expect(outcome.reasons.length).toBeGreaterThan(0);
    if (c.expect.details) expect(outcome.details).toMatchObject(c.expect.details);
    if (c.expect.reasonCodes) {
      expect(outcome.reasons.map((reason) => reason.code)).toEqual(c.expect.reasonCodes);
    }
  });

  it('keeps only the host of a federation URL, never the address in its query', () => {
    const outcome = interpretCredentialType(
      200,
      JSON.stringify({
        IfExistsResult: 0,
        Credentials: {
          FederationRedirectUrl: 'https://sts.contoso.com/adfs/ls/?username=jane%40contoso.com',
        },
      }),
    );
    expect(JSON.stringify(outcome)).not.toContain('jane');
    expect(outcome.details?.federationHost).toBe('sts.contoso.com');
  });

  it('records the HTTP status on errors', () => {
    expect(interpretCredentialType(503, '')).toMatchObject({ httpStatus: 503 });
    expect(interpretCredentialType(429, '')).toMatchObject({ httpStatus: 429 });
  });

  it('never throws on odd bodies', () => {
    for (const body of ['{', '"text"', '123', 'true', '\u0000', '{"IfExistsResult":1e999}']) {
      expect(() => interpretCredentialType(200, body)).not.toThrow();
    }
  });
});

describe('credentialTypeResponseSchema', () => {
  it('drops fields it does not know', () => {
    const parsed = credentialTypeResponseSchema.parse({ IfExistsResult: 1, Extra: true });
    expect(parsed).toEqual({ IfExistsResult: 1 });
  });

  it('rejects wrong types', () => {
    expect(credentialTypeResponseSchema.safeParse({ Display: 5 }).success).toBe(false);
    expect(
      credentialTypeResponseSchema.safeParse({ EstsProperties: { DomainType: 'x' } }).success,
    ).toBe(false);
  });
});

describe('buildCredentialTypeRequest', () => {
  const request = buildCredentialTypeRequest('jane@example.com');

  it('posts to the sign-in page endpoint without cookies', () => {
    expect(request.url).toBe(CREDENTIAL_TYPE_URL);
    expect(request.url).toBe(
      'https://login.microsoftonline.com/common/GetCredentialType?mkt=en-US',
    );
    expect(request.init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(request.init.headers['Content-Type']).toMatch(/^application\/json/);
    expect(Object.keys(request.init.headers).map((h) => h.toLowerCase())).not.toContain('cookie');
  });

  it('sends the same body as the sign-in page', () => {
    expect(JSON.parse(request.init.body)).toEqual({
      username: 'jane@example.com',
      isOtherIdpSupported: true,
      checkPhones: false,
      isRemoteNGCSupported: true,
      isCookieBannerShown: false,
      isFidoSupported: true,
      originalRequest: '',
      flowToken: '',
    });
  });

  it('escapes the username as JSON', () => {
    const tricky = buildCredentialTypeRequest('a"b@example.com');
    expect(JSON.parse(tricky.init.body).username).toBe('a"b@example.com');
  });
});
