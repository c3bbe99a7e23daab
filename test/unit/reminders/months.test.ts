import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonthsUtc, daysInMonthUtc } from '../../../src/core/reminders';
import { iso, utc } from './support';

function timeOfDay(date: Date): number {
  return date.getTime() - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

describe('addMonthsUtc', () => {
  it('clamps the day to the end of a shorter month', () => {
    expect(iso(addMonthsUtc(utc(2025, 1, 31), 1))).toBe('2025-02-28T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2025, 3, 31), 1))).toBe('2025-04-30T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2025, 8, 31), 6))).toBe('2026-02-28T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2025, 11, 30), 3))).toBe('2026-02-28T00:00:00.000Z');
  });

  it('lands on Feb 29 in leap years only', () => {
    expect(iso(addMonthsUtc(utc(2024, 1, 31), 1))).toBe('2024-02-29T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2024, 2, 29), 12))).toBe('2025-02-28T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2024, 2, 29), 48))).toBe('2028-02-29T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2099, 8, 31), 6))).toBe('2100-02-28T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(1999, 8, 31), 6))).toBe('2000-02-29T00:00:00.000Z');
  });

  it('does not carry a clamped day into later months', () => {
    const feb = addMonthsUtc(utc(2025, 1, 31), 1);
    expect(iso(addMonthsUtc(feb, 1))).toBe('2025-03-28T00:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2025, 1, 31), 2))).toBe('2025-03-31T00:00:00.000Z');
  });

  it('keeps the UTC time of day and crosses year boundaries both ways', () => {
    expect(iso(addMonthsUtc(utc(2025, 10, 31, 23, 59) + 999, 4))).toBe('2026-02-28T23:59:00.999Z');
    expect(iso(addMonthsUtc(utc(2025, 3, 31, 12), -1))).toBe('2025-02-28T12:00:00.000Z');
    expect(iso(addMonthsUtc(utc(2025, 1, 15), -13))).toBe('2023-12-15T00:00:00.000Z');
    expect(addMonthsUtc(utc(2025, 5, 5), 0)).toBe(utc(2025, 5, 5));
  });

  it('ignores daylight saving: a month across a DST change is whole UTC days', () => {
    // US DST starts 2025-03-09, EU DST 2025-03-30: neither shifts a UTC result.
    const start = utc(2025, 3, 1, 1, 30);
    expect(addMonthsUtc(start, 1) - start).toBe(31 * 24 * 60 * 60 * 1000);
  });

  describe('under a local time zone with DST', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
    });

    it('gives the same instants whatever TZ is', () => {
      const starts = [utc(2025, 1, 31, 23, 30), utc(2025, 3, 9, 7), utc(2025, 10, 26, 0, 30)];
      const inUtc = starts.map((start) => addMonthsUtc(start, 1));
      process.env.TZ = 'America/New_York';
      expect(starts.map((start) => addMonthsUtc(start, 1))).toEqual(inUtc);
      process.env.TZ = 'Australia/Lord_Howe';
      expect(starts.map((start) => addMonthsUtc(start, 1))).toEqual(inUtc);
    });
  });

  it('rejects fractional months and non-times', () => {
    expect(() => addMonthsUtc(utc(2025, 1, 1), 1.5)).toThrow(RangeError);
    expect(() => addMonthsUtc(Number.NaN, 1)).toThrow(RangeError);
  });

  it('lands in the right month on the clamped day at the same time of day (property)', () => {
    const times = fc.integer({ min: utc(1971, 1, 1), max: utc(2200, 1, 1) });
    const months = fc.integer({ min: -600, max: 600 });
    fc.assert(
      fc.property(times, months, (start, n) => {
        const from = new Date(start);
        const to = new Date(addMonthsUtc(start, n));
        const monthsApart =
          (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
          to.getUTCMonth() -
          from.getUTCMonth();
        expect(monthsApart).toBe(n);
        const lastDay = daysInMonthUtc(to.getUTCFullYear(), to.getUTCMonth());
        expect(to.getUTCDate()).toBe(Math.min(from.getUTCDate(), lastDay));
        expect(timeOfDay(to)).toBe(timeOfDay(from));
      }),
      { seed: 20_250_131, numRuns: 500 },
    );
  });
});

describe('daysInMonthUtc', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonthUtc(2025, 0)).toBe(31);
    expect(daysInMonthUtc(2025, 1)).toBe(28);
    expect(daysInMonthUtc(2024, 1)).toBe(29);
    expect(daysInMonthUtc(1900, 1)).toBe(28);
    expect(daysInMonthUtc(2000, 1)).toBe(29);
    expect(daysInMonthUtc(2025, 3)).toBe(30);
  });
});
