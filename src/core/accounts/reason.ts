import { ACCOUNTS_EN, type AccountsKey } from '../i18n/messages/accounts/en';
import { type RefValue, said } from '../i18n/text';
import type { Reason } from './types';

type CodeOf<Key> = Key extends `account.reason.${infer Code}` ? Code : never;
export type AccountReasonCode = CodeOf<AccountsKey>;

/** A reason about an address: its English sentence and the sentence's catalog key. */
export function reason(
  code: AccountReasonCode,
  params?: Readonly<Record<string, RefValue>>,
): Reason {
  return { code, ...said(ACCOUNTS_EN, `account.reason.${code}`, params) };
}
