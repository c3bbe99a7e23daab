import {
  buildCredentialTypeRequest,
  CREDENTIAL_TYPE_URL,
  fetchFailureOutcome,
  interpretCredentialType,
  LOOKUP_TIMEOUT_MS,
  type LookupOutcome,
  type LookupStatus,
  lookupSaid,
  parseAddress,
  takeSlot,
} from '../core/accounts';
import { type MessageRef, ref } from '../core/i18n/text';
import type { LookupRunResult } from '../messaging/messages';
import type { LookupRecord } from '../storage/records';

/**
 * Asks Microsoft whether an address is an account: only ever because the person clicked
 * "Ask Microsoft" for that address. Everything that touches the outside world is injected, so
 * the unit tests can run every outcome with a fake fetch and a fake clock.
 */

/** The local stand-in for Microsoft's endpoint in `--mode e2e` builds; compiled out of the store build. */
export const E2E_LOOKUP_URL = 'http://127.0.0.1:47613/common/GetCredentialType?mkt=en-US';

/** Vite replaces `import.meta.env.MODE` at build time, so the store build keeps one string. */
export const LOOKUP_URL =
  (import.meta.env as { MODE?: string }).MODE === 'e2e' ? E2E_LOOKUP_URL : CREDENTIAL_TYPE_URL;

export interface LookupDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  url?: string;
  /** Defaults to AbortSignal.timeout; tests pass a signal they abort themselves. */
  timeoutSignal?: (ms: number) => AbortSignal;
  /** Whether the setting `allowOnlineLookups` is on. */
  lookupsAllowed: () => Promise<boolean>;
  /** The rate limiter's timestamps, kept where a restarted worker finds them again. */
  loadTimestamps: () => Promise<number[]>;
  saveTimestamps: (timestamps: number[]) => Promise<void>;
  results: {
    get(address: string): Promise<LookupRecord | undefined>;
    put(record: LookupRecord): Promise<unknown>;
  };
}

/** Statuses that answer the question; anything else is "no answer this time". */
const ANSWERS: readonly LookupStatus[] = [
  'exists-personal',
  'exists-work-school',
  'exists-both',
  'not-found',
];

/**
 * How an outcome is kept in the `lookups` store: the status, and for errors why
 * (`error:timeout`, `error:network`, `error:http`, `error:malformed`).
 */
export function savedOutcomeCode(outcome: LookupOutcome): string {
  return outcome.status === 'error' ? `error:${outcome.errorCode ?? 'unknown'}` : outcome.status;
}

export function isAnswerCode(code: string): boolean {
  return (ANSWERS as readonly string[]).includes(code);
}

// One lookup at a time takes its slot: the read-modify-write of the timestamps must not interleave.
let slotQueue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = slotQueue.then(task, task);
  slotQueue = run.catch(() => undefined);
  return run;
}

export async function runLookup(input: string, deps: LookupDeps): Promise<LookupRunResult> {
  const parsed = parseAddress(input);
  if (!parsed.ok) {
    return {
      status: 'refused',
      reason: 'invalid-address',
      message: parsed.message,
      text: parsed.text,
    };
  }
  if (parsed.kind === 'phone') {
    return {
      status: 'refused',
      reason: 'phone-number',
      ...lookupSaid('lookup.refused.phone-number'),
    };
  }
  if (!(await deps.lookupsAllowed())) {
    return {
      status: 'refused',
      reason: 'lookups-off',
      ...lookupSaid('lookup.refused.lookups-off'),
    };
  }

  const slot = await serialised(async () => {
    const decision = takeSlot(await deps.loadTimestamps(), deps.now());
    // Saved either way: the limiter also drops timestamps that fell out of its windows.
    await deps.saveTimestamps(decision.timestamps);
    return decision;
  });
  if (!slot.allowed) {
    const seconds = Math.max(1, Math.ceil(slot.retryAfterMs / 1000));
    return {
      status: 'refused',
      reason: 'rate-limited',
      retryAfterMs: slot.retryAfterMs,
      ...lookupSaid('lookup.refused.rate-limited', { wait: waitRef(seconds) }),
    };
  }

  const outcome = await ask(parsed.address, deps);
  const checkedAt = deps.now();
  await keepResult(parsed.address, outcome, checkedAt, deps);
  return { status: 'answered', address: parsed.address, outcome, checkedAt };
}

async function ask(address: string, deps: LookupDeps): Promise<LookupOutcome> {
  const request = buildCredentialTypeRequest(address);
  const signal = (deps.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms)))(LOOKUP_TIMEOUT_MS);
  try {
    const response = await deps.fetch(deps.url ?? LOOKUP_URL, {
      ...request.init,
      // Belt and braces: never the person's cookies, never a redirect to somewhere else.
      credentials: 'omit',
      redirect: 'error',
      signal,
    });
    // The timeout covers reading the body too: the signal stays attached to the stream.
    const body = await response.text();
    return interpretCredentialType(response.status, body);
  } catch (error) {
    return fetchFailureOutcome(error);
  }
}

/**
 * Only an answer is kept (yes or no, with its time): a failed attempt (an error, throttling, or an
 * answer that said neither) is shown once and never saved, so it can't stand in for an answer.
 */
async function keepResult(
  address: string,
  outcome: LookupOutcome,
  checkedAt: number,
  deps: LookupDeps,
): Promise<void> {
  const code = savedOutcomeCode(outcome);
  if (!isAnswerCode(code)) return;
  await deps.results.put({ address, outcome: code, checkedAt });
}

/** "1 second", "30 seconds", "a minute", "5 minutes". */
function waitRef(seconds: number): MessageRef {
  if (seconds < 60) {
    return ref(seconds === 1 ? 'wait.seconds.one' : 'wait.seconds.other', { count: seconds });
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? ref('wait.minute') : ref('wait.minutes', { count: minutes });
}
