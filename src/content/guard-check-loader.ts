import { GUARD_CHECK_HOOK } from '../messaging/guard-frame-messages';
import { contentApi } from './ext';

/** What the rest of the guard offers the first look (entrypoints/guard-check.ts). */
export type GuardCheck = (inShadow: boolean) => unknown;

const RETRY_MS = 1000;

let loading = false;

/**
 * Asks the background for the rest of the guard in this frame ('guard/check'), then hands the
 * page over to it. The answer itself doesn't matter: the hook is there or it isn't. A worker that
 * is just starting may miss the first request: one more try, a second later. Once the rest is
 * here, a later call goes straight to it (a credential field got focus); while it loads, a later
 * call waits for nothing. (The runtime call as it is, not `send.ts`: its error class would be set
 * up on every page the first look runs on.)
 */
export async function loadGuardCheck(inShadow: boolean): Promise<void> {
  const hook = guardCheck();
  if (hook) return void hook(inShadow);
  if (loading) return;
  loading = true;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    await contentApi()
      .runtime.sendMessage({ type: 'guard/check' })
      .catch(() => null);
    const loaded = guardCheck();
    if (loaded) {
      loaded(inShadow);
      break;
    }
  }
  loading = false;
}

function guardCheck(): GuardCheck | undefined {
  const hook = (globalThis as unknown as Record<string, unknown>)[GUARD_CHECK_HOOK];
  return typeof hook === 'function' ? (hook as GuardCheck) : undefined;
}
