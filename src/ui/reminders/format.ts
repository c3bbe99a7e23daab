import type { AccountKind } from '../../storage/records';

/** A date a person reads: "15 Jul 2025" (in their locale). */
export function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "today", "tomorrow", "in 3 days", "3 days ago", else the date. */
export function formatDue(epochMs: number, now: number): string {
  const startOfDay = (ms: number) => {
    const date = new Date(ms);
    date.setHours(0, 0, 0, 0);
    return date.getTime();
  };
  const days = Math.round((startOfDay(epochMs) - startOfDay(now)) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days > 1 && days < 14) return `in ${days} days`;
  if (days < -1 && days > -14) return `${-days} days ago`;
  return formatDate(epochMs);
}

export const KIND_LABELS: Record<AccountKind, string> = {
  personal: 'Personal Microsoft account',
  'work-school': 'Work or school account',
  unknown: 'Not sure',
};

export const SET_UP_LABELS = {
  recoveryEmail: 'Recovery email',
  phone: 'Recovery phone number',
  twoStep: 'Two-step verification',
  authenticatorApp: 'Authenticator app',
} as const;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
