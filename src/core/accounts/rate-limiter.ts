/**
 * A sliding-window limit on our own lookups, so we never hammer Microsoft's endpoint.
 * Pure: the state is a list of timestamps the caller keeps (the MV3 background can be stopped
 * at any time, so it stores the list), and the clock is passed in.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** At most 3 lookups in 30 seconds and 20 in an hour. */
export const LOOKUP_RATE_LIMITS: readonly RateLimit[] = [
  { max: 3, windowMs: 30_000 },
  { max: 20, windowMs: 60 * 60_000 },
];

export type RateDecision =
  | { allowed: true; timestamps: number[] }
  | { allowed: false; timestamps: number[]; retryAfterMs: number };

function longestWindow(limits: readonly RateLimit[]): number {
  return Math.max(0, ...limits.map((limit) => limit.windowMs));
}

/**
 * Whether one more lookup may run at `now`; when allowed, the returned timestamps include it.
 * Timestamps older than the longest window are dropped; ones from the "future" (a clock that
 * went backwards) still count, so a clock change can't lift the limit.
 */
export function takeSlot(
  timestamps: readonly number[],
  now: number,
  limits: readonly RateLimit[] = LOOKUP_RATE_LIMITS,
): RateDecision {
  const horizon = longestWindow(limits);
  const kept = timestamps.filter((t) => now - t < horizon).sort((a, b) => a - b);
  let retryAfterMs = 0;
  for (const limit of limits) {
    const inWindow = kept.filter((t) => now - t < limit.windowMs);
    if (inWindow.length >= limit.max) {
      // The slot frees when the oldest lookup that still counts leaves the window.
      const oldestCounting = inWindow[inWindow.length - limit.max] ?? now;
      retryAfterMs = Math.max(retryAfterMs, oldestCounting + limit.windowMs - now);
    }
  }
  if (retryAfterMs > 0) return { allowed: false, timestamps: kept, retryAfterMs };
  return { allowed: true, timestamps: [...kept, now] };
}

export interface RateLimiter {
  /** Takes a slot if one is free. */
  tryAcquire(): { allowed: true } | { allowed: false; retryAfterMs: number };
  /** The timestamps to persist. */
  snapshot(): number[];
}

/** A stateful wrapper around takeSlot for callers that keep the limiter in memory. */
export function createRateLimiter(options: {
  limits?: readonly RateLimit[];
  now: () => number;
  initial?: readonly number[];
}): RateLimiter {
  let timestamps = [...(options.initial ?? [])];
  const limits = options.limits ?? LOOKUP_RATE_LIMITS;
  return {
    tryAcquire() {
      const decision = takeSlot(timestamps, options.now(), limits);
      timestamps = decision.timestamps;
      return decision.allowed
        ? { allowed: true }
        : { allowed: false, retryAfterMs: decision.retryAfterMs };
    },
    snapshot: () => [...timestamps],
  };
}
