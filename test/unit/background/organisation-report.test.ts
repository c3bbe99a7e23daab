import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Classification } from '../../../src/core/detection/types';
import { NO_POLICY } from '../../../src/core/policy';

const state = vi.hoisted(() => ({
  endpoint: null as string | null,
  session: {} as Record<string, unknown>,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '9.8.7' }) },
    storage: {
      session: {
        get: async (key: string) => (key in state.session ? { [key]: state.session[key] } : {}),
        set: async (items: Record<string, unknown>) => Object.assign(state.session, items),
      },
    },
  },
}));
vi.mock('../../../src/background/policy', () => ({
  currentPolicy: async () => ({ ...NO_POLICY, lookalikeReportEndpoint: state.endpoint }),
}));

const { tellOrganisation } = await import('../../../src/background/organisation-report');

const LOOKALIKE: Classification = {
  verdict: 'lookalike',
  service: null,
  kind: null,
  reasons: [
    { code: 'cloned-sign-in-page', message: 'x' },
    { code: 'credential-form', message: 'y' },
  ],
};

let calls: { url: string; init: RequestInit }[];
beforeEach(() => {
  state.endpoint = null;
  state.session = {};
  calls = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(null, { status: 204 });
  });
});

describe('tellOrganisation', () => {
  it('without the policy: nothing is sent and the warning says nothing', async () => {
    expect(await tellOrganisation('https://kit.example/login', LOOKALIKE)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('with the policy: one POST of the four fields, no cookies, no referrer', async () => {
    state.endpoint = 'https://soc.contoso.example/ah';
    expect(await tellOrganisation('https://kit.example/login#x', LOOKALIKE)).toBe(true);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const [call] = calls;
    expect(call?.url).toBe('https://soc.contoso.example/ah');
    expect(call?.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    const body = JSON.parse(String(call?.init.body));
    expect(body).toEqual({
      url: 'https://kit.example/login',
      reasons: ['cloned-sign-in-page', 'credential-form'],
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      version: '9.8.7',
    });
  });

  it('the same page again at once is not sent again, though the warning still says so', async () => {
    state.endpoint = 'https://soc.contoso.example/ah';
    await tellOrganisation('https://kit.example/login', LOOKALIKE);
    expect(await tellOrganisation('https://kit.example/login', LOOKALIKE)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
  });
});
