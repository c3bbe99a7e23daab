import { describe, expect, it, vi } from 'vitest';
import {
  E2E_LOOKUP_URL,
  isAnswerCode,
  LOOKUP_URL,
  type LookupDeps,
  runLookup,
  savedOutcomeCode,
} from '../../../src/background/account-lookup';
import { CREDENTIAL_TYPE_URL, LOOKUP_TIMEOUT_MS } from '../../../src/core/accounts';
import type { LookupRunResult } from '../../../src/messaging/messages';
import type { LookupRecord } from '../../../src/storage/records';

const START = 1_700_000_000_000;

type FakeFetch = (url: string, init: RequestInit) => Promise<Response>;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Everything the lookup touches, in memory, with a clock the test moves. */
function harness(respond: FakeFetch = async () => json({ IfExistsResult: 1 })) {
  let now = START;
  let timestamps: number[] = [];
  let allowed = true;
  const saved = new Map<string, LookupRecord>();
  const calls: { url: string; init: RequestInit }[] = [];
  let timeoutController = new AbortController();
  const timeouts: number[] = [];

  const deps: LookupDeps = {
    fetch: vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return respond(url, init);
    }),
    now: () => now,
    url: 'https://lookup.test/common/GetCredentialType?mkt=en-US',
    timeoutSignal: (ms) => {
      timeouts.push(ms);
      timeoutController = new AbortController();
      return timeoutController.signal;
    },
    lookupsAllowed: async () => allowed,
    loadTimestamps: async () => [...timestamps],
    saveTimestamps: async (next) => {
      timestamps = [...next];
    },
    results: {
      get: async (address) => saved.get(address),
      put: async (record) => {
        saved.set(record.address, record);
        return record;
      },
    },
  };

  return {
    deps,
    calls,
    saved,
    timeouts,
    advance: (ms: number) => {
      now += ms;
    },
    timestamps: () => timestamps,
    setAllowed: (value: boolean) => {
      allowed = value;
    },
    fireTimeout: () =>
      timeoutController.abort(new DOMException('The operation timed out.', 'TimeoutError')),
  };
}

/** A fetch that never answers until its signal aborts, like a server that hangs. */
const hanging: FakeFetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

function answered(result: LookupRunResult) {
  if (result.status !== 'answered') throw new Error(`Expected an answer, got ${result.reason}`);
  return result;
}

describe('runLookup', () => {
  it.each([
    [{ IfExistsResult: 5 }, 'exists-personal'],
    [{ IfExistsResult: 0, EstsProperties: { DomainType: 2 } }, 'exists-personal'],
    [{ IfExistsResult: 0, EstsProperties: { DomainType: 3 } }, 'exists-work-school'],
    [{ IfExistsResult: 6 }, 'exists-both'],
    [{ IfExistsResult: 1 }, 'not-found'],
  ])('reads %j as %s and keeps it with its time', async (body, status) => {
    const h = harness(async () => json(body));
    const result = answered(await runLookup('Jane@Example.com', h.deps));
    expect(result.outcome.status).toBe(status);
    expect(result.address).toBe('jane@example.com');
    expect(result.checkedAt).toBe(START);
    expect(h.saved.get('jane@example.com')).toEqual({
      address: 'jane@example.com',
      outcome: status,
      checkedAt: START,
    });
  });

  it.each([
    [{ IfExistsResult: 2 }, 'throttled'],
    [{ IfExistsResult: 0, ThrottleStatus: 1 }, 'throttled'],
    [{ IfExistsResult: 4 }, 'unknown'],
    [{}, 'unknown'],
  ])('reads %j as %s, shows it once and never saves it as an answer', async (body, status) => {
    const h = harness(async () => json(body));
    const result = answered(await runLookup('Jane@Example.com', h.deps));
    expect(result.outcome.status).toBe(status);
    expect(h.saved.has('jane@example.com')).toBe(false);
  });

  it('sends only the address, without cookies, with a timeout, to the configured URL', async () => {
    const h = harness();
    await runLookup('  jane@example.com ', h.deps);
    expect(h.calls).toHaveLength(1);
    const [call] = h.calls;
    expect(call?.url).toBe('https://lookup.test/common/GetCredentialType?mkt=en-US');
    expect(call?.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
    });
    expect(call?.init.signal).toBeInstanceOf(AbortSignal);
    expect(h.timeouts).toEqual([LOOKUP_TIMEOUT_MS]);
    const body = JSON.parse(String(call?.init.body));
    expect(body.username).toBe('jane@example.com');
    // Nothing personal besides the address: the rest are Microsoft's fixed flags.
    const strings = Object.values(body).filter((value) => typeof value === 'string' && value);
    expect(strings).toEqual(['jane@example.com']);
    expect(JSON.stringify(call?.init.headers).toLowerCase()).not.toContain('cookie');
  });

  it.each([
    [429, '', 'throttled', 'throttled'],
    [500, 'oops', 'error', 'http'],
    [503, '', 'error', 'http'],
    [403, '', 'error', 'http'],
    [200, '<html>not json</html>', 'error', 'malformed'],
    [200, '', 'error', 'malformed'],
    [200, '{"IfExistsResult":"yes"}', 'error', 'malformed'],
  ])('maps HTTP %i %j to %s (%s)', async (status, body, expected, errorCode) => {
    const h = harness(async () => new Response(body, { status }));
    const { outcome } = answered(await runLookup('jane@example.com', h.deps));
    expect(outcome.status).toBe(expected);
    expect(outcome.errorCode).toBe(errorCode);
    expect(outcome.message.length).toBeGreaterThan(10);
  });

  it('gives up after the timeout, with its own message', async () => {
    const h = harness(hanging);
    const pending = runLookup('jane@example.com', h.deps);
    await vi.waitFor(() => expect(h.calls).toHaveLength(1));
    h.fireTimeout();
    const { outcome } = answered(await pending);
    expect(outcome).toMatchObject({ status: 'error', errorCode: 'timeout' });
    expect(outcome.message).toContain('took too long');
    // Failed: shown, never saved as an answer.
    expect(h.saved.has('jane@example.com')).toBe(false);
  });

  it('times out while reading a body that never ends', async () => {
    const h = harness(
      async (_url, init) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"IfExists'));
              init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
            },
          }),
        ),
    );
    const pending = runLookup('jane@example.com', h.deps);
    await vi.waitFor(() => expect(h.calls).toHaveLength(1));
    h.fireTimeout();
    expect(answered(await pending).outcome.errorCode).toBe('timeout');
  });

  it('reports a network failure', async () => {
    const h = harness(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { outcome } = answered(await runLookup('jane@example.com', h.deps));
    expect(outcome).toMatchObject({ status: 'error', errorCode: 'network' });
    expect(outcome.message).toContain('couldn’t reach Microsoft');
  });

  it('refuses without asking when online lookups are turned off', async () => {
    const h = harness();
    h.setAllowed(false);
    const result = await runLookup('jane@example.com', h.deps);
    expect(result).toMatchObject({ status: 'refused', reason: 'lookups-off' });
    expect(h.calls).toHaveLength(0);
    expect(h.timestamps()).toEqual([]);
    expect(h.saved.size).toBe(0);
  });

  it('refuses what is not an address, and phone numbers, without asking', async () => {
    const h = harness();
    expect(await runLookup('jane at example', h.deps)).toMatchObject({
      status: 'refused',
      reason: 'invalid-address',
    });
    expect(await runLookup('+44 7700 900123', h.deps)).toMatchObject({
      status: 'refused',
      reason: 'phone-number',
    });
    expect(h.calls).toHaveLength(0);
  });

  it('allows 3 lookups in 30 seconds, then says how long to wait', async () => {
    const h = harness();
    for (let i = 0; i < 3; i++) {
      expect((await runLookup(`user${i}@example.com`, h.deps)).status).toBe('answered');
      h.advance(1_000);
    }
    const refused = await runLookup('user3@example.com', h.deps);
    expect(refused).toMatchObject({
      status: 'refused',
      reason: 'rate-limited',
      retryAfterMs: 27_000,
    });
    if (refused.status === 'refused') expect(refused.message).toContain('27 seconds');
    expect(h.calls).toHaveLength(3);
    expect(h.timestamps()).toEqual([START, START + 1_000, START + 2_000]);

    h.advance(27_000);
    expect((await runLookup('user3@example.com', h.deps)).status).toBe('answered');
    expect(h.calls).toHaveLength(4);
  });

  it('keeps the limit across a restart: the timestamps come from storage each time', async () => {
    const h = harness();
    for (let i = 0; i < 3; i++) await runLookup(`user${i}@example.com`, h.deps);
    // A new set of deps over the same stored timestamps, as after the worker restarted.
    const stored = h.timestamps();
    const restarted: LookupDeps = { ...h.deps, loadTimestamps: async () => [...stored] };
    expect(await runLookup('user3@example.com', restarted)).toMatchObject({
      reason: 'rate-limited',
    });
  });

  it('takes slots one at a time when lookups run together', async () => {
    const h = harness();
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => runLookup(`user${i}@example.com`, h.deps)),
    );
    expect(results.filter((r) => r.status === 'answered')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'refused')).toHaveLength(2);
    expect(h.calls).toHaveLength(3);
  });

  it('never lets a failed attempt replace an earlier answer', async () => {
    let reply: () => Response = () => json({ IfExistsResult: 5 });
    const h = harness(async () => reply());
    await runLookup('jane@example.com', h.deps);
    h.advance(60_000);
    reply = () => new Response('', { status: 500 });
    const second = answered(await runLookup('jane@example.com', h.deps));
    expect(second.outcome.errorCode).toBe('http');
    expect(h.saved.get('jane@example.com')).toEqual({
      address: 'jane@example.com',
      outcome: 'exists-personal',
      checkedAt: START,
    });

    h.advance(60_000);
    reply = () => json({ IfExistsResult: 1 });
    await runLookup('jane@example.com', h.deps);
    expect(h.saved.get('jane@example.com')?.outcome).toBe('not-found');
    expect(h.saved.get('jane@example.com')?.checkedAt).toBe(START + 120_000);
  });
});

describe('saved outcome codes', () => {
  it('names errors by their cause', () => {
    expect(
      savedOutcomeCode({ status: 'error', errorCode: 'timeout', message: '', reasons: [] }),
    ).toBe('error:timeout');
    expect(savedOutcomeCode({ status: 'exists-both', message: '', reasons: [] })).toBe(
      'exists-both',
    );
    expect(isAnswerCode('not-found')).toBe(true);
    expect(isAnswerCode('throttled')).toBe(false);
    expect(isAnswerCode('error:http')).toBe(false);
  });
});

describe('lookup URL', () => {
  it('is Microsoft’s endpoint outside e2e builds, and the local fake only in them', () => {
    expect(LOOKUP_URL).toBe(CREDENTIAL_TYPE_URL);
    expect(new URL(CREDENTIAL_TYPE_URL).hostname).toBe('login.microsoftonline.com');
    expect(new URL(E2E_LOOKUP_URL).host).toBe('127.0.0.1:47613');
  });
});
