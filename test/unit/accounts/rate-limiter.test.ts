import { describe, expect, it } from 'vitest';
import {
  createRateLimiter,
  LOOKUP_RATE_LIMITS,
  takeSlot,
} from '../../../src/core/accounts/rate-limiter';

function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('lookup rate limiter', () => {
  it('defaults to 3 per 30 seconds and 20 per hour', () => {
    expect(LOOKUP_RATE_LIMITS).toEqual([
      { max: 3, windowMs: 30_000 },
      { max: 20, windowMs: 3_600_000 },
    ]);
  });

  it('allows 3 quick lookups, refuses the 4th, and says when to retry', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    expect(limiter.tryAcquire().allowed).toBe(true);
    clock.advance(1_000);
    expect(limiter.tryAcquire().allowed).toBe(true);
    clock.advance(1_000);
    expect(limiter.tryAcquire().allowed).toBe(true);
    clock.advance(1_000);
    expect(limiter.tryAcquire()).toEqual({ allowed: false, retryAfterMs: 27_000 });
    clock.advance(26_999);
    expect(limiter.tryAcquire().allowed).toBe(false);
    clock.advance(1);
    expect(limiter.tryAcquire().allowed).toBe(true);
  });

  it('refused attempts do not use up a slot', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    for (let i = 0; i < 3; i++) limiter.tryAcquire();
    for (let i = 0; i < 10; i++) limiter.tryAcquire();
    expect(limiter.snapshot()).toHaveLength(3);
  });

  it('caps the hour at 20, even when spaced out', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    for (let i = 0; i < 20; i++) {
      expect(limiter.tryAcquire().allowed).toBe(true);
      clock.advance(31_000);
    }
    // 20 lookups took 20 × 31 s = 620 s; the first leaves the hour at 3600 s.
    const refused = limiter.tryAcquire();
    expect(refused).toEqual({ allowed: false, retryAfterMs: 3_600_000 - 620_000 });
    clock.advance(3_600_000 - 620_000);
    expect(limiter.tryAcquire().allowed).toBe(true);
  });

  it('forgets lookups older than the longest window', () => {
    const decision = takeSlot([0, 1, 2], 3_600_000 + 10);
    expect(decision).toEqual({ allowed: true, timestamps: [3_600_010] });
  });

  it('still counts timestamps from a clock that went backwards', () => {
    const decision = takeSlot([5_000, 6_000, 7_000], 1_000);
    expect(decision.allowed).toBe(false);
  });

  it('resumes from persisted timestamps', () => {
    const clock = fakeClock(100_000);
    const limiter = createRateLimiter({ now: clock.now, initial: [90_000, 95_000, 99_000] });
    expect(limiter.tryAcquire()).toEqual({ allowed: false, retryAfterMs: 20_000 });
  });

  it('takes custom limits', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now, limits: [{ max: 1, windowMs: 10 }] });
    expect(limiter.tryAcquire().allowed).toBe(true);
    expect(limiter.tryAcquire()).toEqual({ allowed: false, retryAfterMs: 10 });
  });
});
