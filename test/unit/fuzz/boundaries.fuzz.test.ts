import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAddress, parseAddress } from '../../../src/core/accounts';
import { analysePage, classifyUrl, VERDICTS } from '../../../src/core/detection';
import { PAGE_SNAPSHOT_LIMITS } from '../../../src/core/detection/page-snapshot-limits';
import { createRouter, type Handlers } from '../../../src/messaging/router';
import { parseExport } from '../../../src/storage/export-import';
import { fuzzParameters, hostileJsonText, hostileString, hostileValue } from './hostile';

/**
 * Every boundary that takes outside input gets 10,000 generated hostile inputs: none may throw
 * past it, and every rejection is typed with a message a person can read.
 */

function expectReadableMessage(message: unknown): void {
  expect(typeof message).toBe('string');
  expect((message as string).trim().length).toBeGreaterThan(5);
}

describe('fuzz: URL classifier', () => {
  it('classifies any string without throwing, in the shared vocabulary', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        const result = classifyUrl(input);
        expect(VERDICTS).toContain(result.verdict);
        for (const reason of result.reasons) {
          expect(typeof reason.code).toBe('string');
          expectReadableMessage(reason.message);
        }
      }),
      fuzzParameters(),
    );
  });
});

const snapshotLike = fc.record(
  {
    title: hostileString,
    fields: fc.array(
      fc.record({
        tag: fc.constantFrom('input', 'select', 'textarea'),
        type: hostileString,
        name: hostileString,
        id: hostileString,
        autocomplete: hostileString,
        placeholder: hostileString,
        ariaLabel: hostileString,
      }),
      { maxLength: PAGE_SNAPSHOT_LIMITS.fields + 5 },
    ),
    text: hostileString,
  },
  { requiredKeys: [] },
);

describe('fuzz: page-content analyser', () => {
  it('analyses any snapshot-shaped or arbitrary value without throwing', () => {
    fc.assert(
      fc.property(hostileString, fc.oneof(snapshotLike, hostileValue), (url, snapshot) => {
        const result = analysePage(url, snapshot as never);
        expect(VERDICTS).toContain(result.verdict);
      }),
      fuzzParameters(),
    );
  });
});

describe('fuzz: address parser', () => {
  it('parses any string; every rejection has a code and a message', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        const parsed = parseAddress(input);
        if (!parsed.ok) {
          expect(parsed.code).toMatch(/^[a-z-]+$/);
          expectReadableMessage(parsed.message);
        }
        const answer = checkAddress(input);
        if (!answer.valid) expectReadableMessage(answer.error);
      }),
      fuzzParameters(),
    );
  });
});

describe('fuzz: import parser', () => {
  it('rejects any hostile file with located, readable problems and never throws', () => {
    fc.assert(
      fc.property(hostileJsonText, (text) => {
        const result = parseExport(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(typeof problem.path).toBe('string');
            expectReadableMessage(problem.reason);
          }
        }
      }),
      fuzzParameters(),
    );
    // Nothing leaked onto Object.prototype along the way.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('fuzz: message router', () => {
  const ID = 'fuzz-extension';
  const ORIGIN = 'chrome-extension://fuzz-extension/';
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, type) => async () => {
      calls.push(String(type));
      return null;
    },
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN });

  const sender = fc.oneof(
    fc.constant({ id: ID, url: `${ORIGIN}popup.html` }),
    fc.constant({ id: ID, url: 'https://login.live.com/', tab: { id: 3 } }),
    fc.record({ id: hostileString, url: hostileString }, { requiredKeys: [] }),
    hostileValue,
  );

  it('answers any message from any sender with a typed result and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, sender, async (message, from) => {
        const answer = await route(message, from as never);
        expect(typeof answer.ok).toBe('boolean');
        if (!answer.ok) {
          expect(answer.error.code).toMatch(/^[a-z-]+$/);
          expectReadableMessage(answer.error.message);
        }
      }),
      fuzzParameters(),
    );
  });
});
