import type { Catalogs } from '../../catalog';
import { ACCOUNT_CHECK_DE } from './de';
import { ACCOUNT_CHECK_EN, type AccountCheckKey } from './en';
import { ACCOUNT_CHECK_ES } from './es';
import { ACCOUNT_CHECK_FR } from './fr';

export { ACCOUNT_CHECK_EN, type AccountCheckKey };

export const ACCOUNT_CHECK_CATALOGS = {
  en: ACCOUNT_CHECK_EN,
  de: ACCOUNT_CHECK_DE,
  fr: ACCOUNT_CHECK_FR,
  es: ACCOUNT_CHECK_ES,
} as const satisfies Catalogs<AccountCheckKey>;
