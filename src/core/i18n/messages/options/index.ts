import type { Catalogs } from '../../catalog';
import { OPTIONS_DE } from './de';
import { OPTIONS_EN, type OptionsKey } from './en';
import { OPTIONS_ES } from './es';
import { OPTIONS_FR } from './fr';

export { OPTIONS_EN, type OptionsKey };

export const OPTIONS_CATALOGS = {
  en: OPTIONS_EN,
  de: OPTIONS_DE,
  fr: OPTIONS_FR,
  es: OPTIONS_ES,
} as const satisfies Catalogs<OptionsKey>;
