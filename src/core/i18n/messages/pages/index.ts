import type { Catalogs } from '../../catalog';
import { PAGES_DE } from './de';
import { PAGES_EN, type PagesKey } from './en';
import { PAGES_ES } from './es';
import { PAGES_FR } from './fr';

export { PAGES_EN, type PagesKey };

export const PAGES_CATALOGS = {
  en: PAGES_EN,
  de: PAGES_DE,
  fr: PAGES_FR,
  es: PAGES_ES,
} as const satisfies Catalogs<PagesKey>;
