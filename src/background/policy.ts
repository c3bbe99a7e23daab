import { browser } from 'wxt/browser';
import type { Classification } from '../core/detection/types';
import { applyTenantPolicy, type ManagedPolicy, NO_POLICY, parsePolicy } from '../core/policy';
import type { PolicyMessageType } from '../messaging/policy-messages';
import type { Handlers } from '../messaging/router';
import { createSettingsRepo } from '../storage/settings-repo';
import { database } from './database';

/**
 * The organisation's policy, from the browser's managed storage. Chrome and Edge fill it from
 * `3rdparty` extension policy (checked against `managed-schema.json`), a moment after start-up;
 * Firefox from `3rdparty.Extensions` in its enterprise policies. Where there is no policy, reading
 * managed storage may answer `{}`, reject ("Managed storage manifest not found" in Firefox), throw,
 * or not exist at all: every one of those means "no policy".
 */

/** Managed storage answers from memory or a small file; longer than this and it isn't coming. */
const READ_TIMEOUT_MS = 3000;
/**
 * After a read that timed out (Chrome fills managed storage a moment after start-up, and a busy
 * machine can take longer), it is read again after these pauses until one answers: until then
 * the organisation's choices would be missing.
 */
export const RETRY_AFTER_MS = [1_000, 5_000, 15_000, 30_000] as const;

class ManagedStorageTimeout extends Error {}

let cached: Promise<ManagedPolicy> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

async function readManagedStorage(): Promise<unknown> {
  const managed = browser.storage?.managed;
  if (!managed) return {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new ManagedStorageTimeout('managed storage did not answer')),
      READ_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([managed.get(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the policy afresh (and keeps it for `currentPolicy`). Never rejects. */
export function readPolicy(): Promise<ManagedPolicy> {
  return readOnce().then(({ policy }) => policy);
}

function readOnce(): Promise<{ policy: ManagedPolicy; timedOut: boolean }> {
  const reading = readManagedStorage().then(
    (raw) => ({ policy: parsePolicy(raw), timedOut: false }),
    (error: unknown) => ({
      policy: { ...NO_POLICY },
      timedOut: error instanceof ManagedStorageTimeout,
    }),
  );
  cached = reading.then(({ policy }) => policy);
  return reading;
}

/** The policy as last read: read once per start of the background, and again when it changes. */
export function currentPolicy(): Promise<ManagedPolicy> {
  return cached ?? readPolicy();
}

/** For tests: forget what was read. */
export function forgetPolicy(): void {
  cached = null;
  clearTimeout(retryTimer);
}

/**
 * What the policy needs done to stored data: "never remember sign-in addresses" also switches the
 * person's own setting off, so that every reader of the setting (the guidance panel's included)
 * sees it off. Nothing is deleted; the addresses already remembered stay hidden while it is off.
 */
export async function enforcePolicy(policy: ManagedPolicy): Promise<void> {
  if (policy.allowRememberSignInAddresses) return;
  const settings = createSettingsRepo(await database());
  if (await settings.get('rememberSignInAddresses')) {
    await settings.set('rememberSignInAddresses', false);
  }
}

/** Reads the policy at start-up and follows its changes. Call once, synchronously, at start. */
export function startPolicy(): void {
  const apply = (attempt = 0): Promise<void> =>
    readOnce()
      .then(({ policy, timedOut }) => {
        clearTimeout(retryTimer);
        const pause = RETRY_AFTER_MS[attempt];
        if (timedOut && pause !== undefined) {
          retryTimer = setTimeout(() => void apply(attempt + 1), pause);
        }
        return enforcePolicy(policy);
      })
      .catch((error: unknown) =>
        console.error('Account Helper: could not apply the organisation’s policy', error),
      );
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void apply();
  });
  void apply();
}

/** A page's classification with the policy's say on it (today: the organisation's tenants). */
export async function withPolicy(
  url: string,
  classification: Classification,
): Promise<Classification> {
  const policy = await currentPolicy();
  return applyTenantPolicy(classification, url, policy.allowedTenants);
}

export const policyHandlers: Pick<Handlers, PolicyMessageType> = {
  // Read afresh: a page asks when it opens, and again when managed storage told it of a change,
  // possibly before the background's own listener has read the new policy.
  'policy/get': () => readPolicy(),
};
