import { EN as GUIDANCE_EN } from '../../guidance/catalog';
import type { Catalog } from '../catalog';
import type { Locale } from '../locales';
import { ACCOUNT_CHECK_CATALOGS } from './account-check';
import { ACCOUNTS_CATALOGS } from './accounts';
import { DATA_CATALOGS } from './data';
import { DETECTION_CATALOGS } from './detection';
import { GUIDANCE_TRANSLATIONS } from './guidance';
import { MANIFEST_CATALOGS } from './manifest';
import { OPTIONS_CATALOGS } from './options';
import { PAGES_CATALOGS } from './pages';
import { REMINDERS_CATALOGS } from './reminders';

/**
 * Every catalog, by area, in every language: for the tests (complete, same placeholders) and the
 * build. Nothing that ships imports this file; each part imports the areas it shows.
 */
export const ALL_CATALOGS: Readonly<Record<string, Readonly<Record<Locale, Catalog<string>>>>> = {
  guidance: { en: GUIDANCE_EN, ...GUIDANCE_TRANSLATIONS },
  detection: DETECTION_CATALOGS,
  accounts: ACCOUNTS_CATALOGS,
  'account-check': ACCOUNT_CHECK_CATALOGS,
  reminders: REMINDERS_CATALOGS,
  options: OPTIONS_CATALOGS,
  data: DATA_CATALOGS,
  pages: PAGES_CATALOGS,
  manifest: MANIFEST_CATALOGS,
};
