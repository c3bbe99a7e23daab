import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GUARD_SCRIPT_ID } from '../../../src/core/permissions';

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
}

const state = vi.hoisted(() => ({
  /** Chrome before 119 refuses an option it doesn't know. */
  knowsMatchOriginAsFallback: true,
  granted: false,
  registered: [] as Registered[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    permissions: { contains: async () => state.granted },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        state.registered.filter((script) => ids.includes(script.id)),
      registerContentScripts: async (scripts: Registered[]) => {
        for (const script of scripts) {
          if (!state.knowsMatchOriginAsFallback && 'matchOriginAsFallback' in script) {
            throw new Error("Unexpected property: 'matchOriginAsFallback'.");
          }
          if (state.registered.some((old) => old.id === script.id)) {
            throw new Error(`Duplicate script ID '${script.id}'`);
          }
          state.registered.push(script);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((script) => !ids.includes(script.id));
      },
    },
  },
}));

const { GUARD_SCRIPT_FILE, syncGuardScript } = await import('../../../src/background/guard-script');

describe('syncGuardScript', () => {
  beforeEach(() => {
    state.knowsMatchOriginAsFallback = true;
    state.granted = false;
    state.registered = [];
  });

  it('registers the guard on every site but Microsoft’s own while the permission is granted', async () => {
    state.granted = true;
    await syncGuardScript();
    expect(state.registered).toHaveLength(1);
    const [script] = state.registered;
    expect(script?.id).toBe(GUARD_SCRIPT_ID);
    expect(script?.js).toEqual(['guard.js']);
    expect(script?.excludeMatches).toContain('https://login.live.com/*');
    await syncGuardScript();
    expect(state.registered).toHaveLength(1);
  });

  it('runs in every frame, about:blank and srcdoc ones too, so no frame hides a form', async () => {
    state.granted = true;
    await syncGuardScript();
    expect(state.registered[0]).toMatchObject({ allFrames: true, matchOriginAsFallback: true });
  });

  it('still registers in every frame where the browser lacks matchOriginAsFallback', async () => {
    state.granted = true;
    state.knowsMatchOriginAsFallback = false;
    await syncGuardScript();
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]).toMatchObject({ id: GUARD_SCRIPT_ID, allFrames: true });
  });

  it('replaces a registration kept from a version that ran in top frames only', async () => {
    state.granted = true;
    state.registered = [{ id: GUARD_SCRIPT_ID, js: [GUARD_SCRIPT_FILE], allFrames: false }];
    await syncGuardScript();
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]?.allFrames).toBe(true);
  });

  it('starts before the page’s own scripts, replacing a registration that started at idle', async () => {
    state.granted = true;
    state.registered = [
      { id: GUARD_SCRIPT_ID, js: [GUARD_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' },
    ];
    await syncGuardScript();
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]?.runAt).toBe('document_start');
  });

  it('unregisters it once the permission is gone', async () => {
    state.granted = true;
    await syncGuardScript();
    state.granted = false;
    await syncGuardScript();
    expect(state.registered).toEqual([]);
  });

  it('replaces a registration kept from a version whose guard lived elsewhere', async () => {
    state.granted = true;
    state.registered = [{ id: GUARD_SCRIPT_ID, js: ['content-scripts/guard.js'] }];
    await syncGuardScript();
    expect(state.registered.map((script) => script.js)).toEqual([[GUARD_SCRIPT_FILE]]);
  });

  it('accepts the browser reporting the file with a leading slash', async () => {
    state.granted = true;
    state.registered = [
      {
        id: GUARD_SCRIPT_ID,
        js: [`/${GUARD_SCRIPT_FILE}`],
        allFrames: true,
        runAt: 'document_start',
      },
    ];
    await syncGuardScript();
    expect(state.registered.map((script) => script.js)).toEqual([[`/${GUARD_SCRIPT_FILE}`]]);
  });
});
