import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A page report that fails (whatever in the page made it fail) is sent again with the address's
 * origin and path only, so the background's address check still warns and sets the badge.
 */
const sent = vi.hoisted(() => [] as Record<string, unknown>[]);
const failures = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/content/send', () => ({
  send: async (message: Record<string, unknown>) => {
    sent.push(message);
    if (failures.count > 0) {
      failures.count -= 1;
      throw new Error('Invalid "page/report" message');
    }
    return {
      classification: { verdict: 'lookalike', service: null, kind: null, reasons: [] },
      warningDismissed: false,
    };
  },
}));

const { runContentScript } = await import('../../../src/content/main');

const PAGE = 'https://login-microsoftonline-com.secure-verify.net/common/login?code=SECRET#t=1';

describe('runContentScript', () => {
  beforeEach(() => {
    sent.length = 0;
    const { document } = parseHTML('<html><body><input type="password"></body></html>');
    vi.stubGlobal('document', document);
    vi.stubGlobal('location', new URL(PAGE));
    // The marker's keep-attached watch (page-marker.ts) has nothing to watch here.
    vi.stubGlobal(
      'MutationObserver',
      class {
        observe() {}
      },
    );
  });

  it('reports again by address only when the full report fails, and still warns', async () => {
    failures.count = 1;
    const onLookalike = vi.fn();
    await runContentScript({ snapshotPage: () => ({ title: 'x' }) as never, onLookalike });
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ url: PAGE, snapshot: { title: 'x' } });
    expect(sent[1]).toEqual({
      type: 'page/report',
      url: 'https://login-microsoftonline-com.secure-verify.net/common/login',
      guidance: undefined,
    });
    expect(onLookalike).toHaveBeenCalledOnce();
  });

  it('sends one report when it succeeds', async () => {
    failures.count = 0;
    await runContentScript({ onLookalike: () => undefined });
    expect(sent).toHaveLength(1);
  });
});
