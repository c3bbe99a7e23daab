import { describe, expect, it, vi } from 'vitest';
import type { Classification } from '../../../src/core/detection/types';
import { createRouter, type Handlers, type Sender } from '../../../src/messaging/router';
import { guidanceHandlerStubs } from './guidance-handler-stubs';
import { policyHandlerStubs } from './policy-handler-stubs';
import { reminderHandlerStubs } from './reminder-handler-stubs';

const EXTENSION_ID = 'account-helper-test-id';
const ORIGIN = 'chrome-extension://account-helper-test-id/';

const genuine: Classification = {
  verdict: 'microsoft',
  service: 'microsoft-account',
  kind: 'sign-in',
  reasons: [],
};

function makeRouter(overrides: Partial<Handlers> = {}) {
  const handlers: Handlers = {
    'page/report': vi.fn(async () => ({ classification: genuine, warningDismissed: false })),
    'guard/check': vi.fn(async () => null),
    'guard/dismiss': vi.fn(async () => null),
    'guard/leave': vi.fn(async () => null),
    'guard/report': vi.fn(async () => null),
    'tab/state': vi.fn(async ({ tabId }) => ({ tabId, url: null, classification: null })),
    'sightings/recent': vi.fn(async () => []),
    'accounts/list': vi.fn(async () => ({ accounts: [], signInAddresses: [] })),
    'accounts/add': vi.fn(async ({ address, kind }) => ({
      added: true,
      account: { address, kind },
    })),
    'lookup/run': vi.fn(async () => ({
      status: 'refused' as const,
      reason: 'lookups-off' as const,
      message: 'off',
    })),
    'lookup/list': vi.fn(async () => ({ allowed: true, results: [] })),
    'lookup/clear': vi.fn(async () => null),
    ...reminderHandlerStubs(),
    ...guidanceHandlerStubs(),
    ...policyHandlerStubs(),
    ...overrides,
  };
  const onHandlerError = vi.fn();
  const route = createRouter(handlers, {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    onHandlerError,
  });
  return { route, handlers, onHandlerError };
}

const contentScript: Sender = {
  id: EXTENSION_ID,
  url: 'https://login.live.com/login.srf',
  tab: { id: 7 },
};
const popup: Sender = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

describe('message router', () => {
  it('answers a valid content-script report with the handler’s result', async () => {
    const { route, handlers } = makeRouter();
    const answer = await route({ type: 'page/report', url: contentScript.url }, contentScript);
    expect(answer).toEqual({
      ok: true,
      data: { classification: genuine, warningDismissed: false },
    });
    expect(handlers['page/report']).toHaveBeenCalledWith(
      { type: 'page/report', url: contentScript.url },
      expect.objectContaining({ tabId: 7 }),
    );
  });

  it('answers a valid popup request', async () => {
    const { route } = makeRouter();
    const answer = await route({ type: 'tab/state', tabId: 3 }, popup);
    expect(answer).toEqual({ ok: true, data: { tabId: 3, url: null, classification: null } });
  });

  it.each([
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['no sender id', { url: contentScript.url, tab: { id: 7 } }],
    ['an undefined sender', undefined as unknown as Sender],
  ])('refuses %s', async (_label, sender) => {
    const { route, handlers } = makeRouter();
    const answer = await route({ type: 'page/report', url: 'https://x.test/' }, sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(handlers['page/report']).not.toHaveBeenCalled();
  });

  it('refuses a content-script message sent from an extension page, and vice versa', async () => {
    const { route } = makeRouter();
    expect(await route({ type: 'page/report', url: 'https://x.test/' }, popup)).toMatchObject({
      ok: false,
      error: { code: 'wrong-context' },
    });
    expect(await route({ type: 'tab/state', tabId: 1 }, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'wrong-context' },
    });
  });

  it('refuses a content message from a sender without a tab', async () => {
    const { route } = makeRouter();
    const answer = await route(
      { type: 'page/report', url: 'https://x.test/' },
      { id: EXTENSION_ID, url: 'https://x.test/' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'wrong-context' } });
  });

  it.each([
    ['null', null],
    ['a string', 'page/report'],
    ['a number', 42],
    ['an array', [{ type: 'page/report' }]],
  ])('rejects %s as an invalid message', async (_label, message) => {
    const { route } = makeRouter();
    const answer = await route(message, contentScript);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it.each([
    ['a missing type', { url: 'x' }],
    ['an unknown type', { type: 'tabs/close-all' }],
    ['an inherited property name', { type: 'constructor' }],
    ['a prototype key', { type: '__proto__' }],
    ['a non-string type', { type: 1 }],
  ])('rejects %s as unknown', async (_label, message) => {
    const { route } = makeRouter();
    const answer = await route(message, contentScript);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it.each([
    ['a missing field', { type: 'page/report' }, 'url'],
    ['a wrong field type', { type: 'tab/state', tabId: '3' }, 'tabId'],
    ['a negative tab id', { type: 'tab/state', tabId: -1 }, 'tabId'],
    ['an extra field', { type: 'tab/state', tabId: 1, evil: true }, ''],
    // Longer than any browser allows: one a page can really set is shortened (below).
    [
      'an over-long URL',
      { type: 'page/report', url: `https://x.test/${'a'.repeat(2_100_000)}` },
      'url',
    ],
    ['a limit out of range', { type: 'sightings/recent', limit: 10_000 }, 'limit'],
  ])('rejects %s with a message that says what is wrong', async (_label, message, field) => {
    const { route } = makeRouter();
    const sender = message.type === 'page/report' ? contentScript : popup;
    const answer = await route(message, sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    if (!answer.ok) {
      expect(answer.error.message).toContain(message.type);
      if (field) expect(answer.error.message).toContain(`"${field}"`);
    }
  });

  it('shortens, never refuses, a page report whose address a page made too long', async () => {
    const { route, handlers } = makeRouter();
    const url = `https://x.test/${'a'.repeat(9_000)}?code=1#${'f'.repeat(9_000)}`;
    const answer = await route({ type: 'page/report', url }, contentScript);
    expect(answer).toMatchObject({ ok: true });
    const passed = vi.mocked(handlers['page/report']).mock.calls[0]?.[0];
    expect(passed?.url.length).toBeLessThanOrEqual(8_192);
    expect(passed?.url.startsWith('https://x.test/aaa')).toBe(true);
  });

  it('passes on a handler error written for people, and only that', async () => {
    const handlers = {
      'sightings/recent': async () => {
        throw new Error('internal detail');
      },
      'tab/state': async () => {
        throw Object.assign(new Error('Update the extension to use it.'), { forPeople: true });
      },
    };
    const route = createRouter(handlers as unknown as Handlers, {
      extensionId: EXTENSION_ID,
      extensionOrigin: ORIGIN,
      publicMessage: (error) =>
        (error as { forPeople?: boolean }).forPeople ? (error as Error).message : null,
    });
    expect(await route({ type: 'tab/state', tabId: 1 }, popup)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'Update the extension to use it.' },
    });
    const hidden = await route({ type: 'sightings/recent', limit: 1 }, popup);
    expect(hidden.ok ? '' : hidden.error.message).not.toContain('internal detail');
  });

  it('turns a handler that throws into a typed error without crashing', async () => {
    const { route, onHandlerError } = makeRouter({
      'sightings/recent': async () => {
        throw new Error('disk on fire');
      },
    });
    const answer = await route({ type: 'sightings/recent', limit: 5 }, popup);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: expect.stringContaining('sightings/recent') },
    });
    expect(onHandlerError).toHaveBeenCalledOnce();
    // …and keeps working afterwards.
    expect(await route({ type: 'tab/state', tabId: 1 }, popup)).toMatchObject({ ok: true });
  });
});
