import type { Catalogs } from '../../catalog';
import { DATA_DE } from './de';
import { DATA_EN, type DataKey } from './en';
import { DATA_ES } from './es';
import { DATA_FR } from './fr';

export { DATA_EN, type DataKey };

export const DATA_CATALOGS = {
  en: DATA_EN,
  de: DATA_DE,
  fr: DATA_FR,
  es: DATA_ES,
} as const satisfies Catalogs<DataKey>;
