import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as unknown[]);

vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      executeScript: async (injection: unknown) => {
        calls.push(injection);
        return [];
      },
    },
  },
}));

const { GUARD_CHECK_FILE, injectForSender } = await import('../../../src/background/guard-check');

describe('the rest of the guard, on demand', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('goes into the very document that asked, where the browser names it (Chrome)', async () => {
    await injectForSender(7, { frameId: 3, documentId: 'DOC-1' });
    expect(calls).toEqual([
      { target: { tabId: 7, documentIds: ['DOC-1'] }, files: [GUARD_CHECK_FILE] },
    ]);
  });

  it('goes into the frame that asked otherwise (Firefox), the top frame by default', async () => {
    await injectForSender(7, { frameId: 3 });
    await injectForSender(8, {});
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: [GUARD_CHECK_FILE] },
      { target: { tabId: 8, frameIds: [0] }, files: [GUARD_CHECK_FILE] },
    ]);
  });

  it('is a file of the build, not code passed as a string', () => {
    expect(GUARD_CHECK_FILE).toBe('/guard-check.js');
  });
});
