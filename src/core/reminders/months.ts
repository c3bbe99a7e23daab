/** Calendar-correct month arithmetic in UTC: time zones and DST never move a due date. */

export function daysInMonthUtc(year: number, monthIndex: number): number {
  const date = new Date(0);
  // Day 0 of the next month is the last day of this one; setUTCFullYear has no 2-digit-year quirk.
  date.setUTCFullYear(year, monthIndex + 1, 0);
  return date.getUTCDate();
}

/**
 * Adds whole calendar months, keeping the UTC time of day and clamping the day to the target
 * month's last day: Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year).
 */
export function addMonthsUtc(epochMs: number, months: number): number {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a time: ${epochMs}`);
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const start = new Date(epochMs);
  const totalMonths = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(totalMonths / 12);
  const monthIndex = totalMonths - year * 12;
  const day = Math.min(start.getUTCDate(), daysInMonthUtc(year, monthIndex));
  const result = new Date(epochMs);
  result.setUTCFullYear(year, monthIndex, day);
  return result.getTime();
}
