import { type ReminderItem, reminderCopy } from '../../core/reminders/presentation';
import type { AccountKind } from '../../storage/records';
import { errorText, formatDate, formatDue, t } from '../shared/i18n';

/** Dates in the page's language: "15 Jul 2025"; "today", "in 3 days"… */
export { formatDate, formatDue };

export const KIND_LABELS: Record<AccountKind, string> = {
  personal: t('account-kind.personal'),
  'work-school': t('account-kind.work-school'),
  unknown: t('account-kind.unknown'),
};

export const SET_UP_LABELS = {
  recoveryEmail: t('set-up.recoveryEmail'),
  phone: t('set-up.phone'),
  twoStep: t('set-up.twoStep'),
  authenticatorApp: t('set-up.authenticatorApp'),
  passkey: t('set-up.passkey'),
} as const;

export function errorMessage(error: unknown): string {
  return errorText(error);
}

/** A reminder's title and explanation in the page's language (the background sends English). */
export function reminderText(item: ReminderItem): { title: string; message: string } {
  return reminderCopy(item.type, item.account, item.label, t, item.kind);
}
