import type { Catalogs } from '../../catalog';
import { ACCOUNTS_DE } from './de';
import { ACCOUNTS_EN, type AccountsKey } from './en';
import { ACCOUNTS_ES } from './es';
import { ACCOUNTS_FR } from './fr';

export { ACCOUNTS_EN, type AccountsKey };

export const ACCOUNTS_CATALOGS = {
  en: ACCOUNTS_EN,
  de: ACCOUNTS_DE,
  fr: ACCOUNTS_FR,
  es: ACCOUNTS_ES,
} as const satisfies Catalogs<AccountsKey>;
