import type { Catalogs } from '../../catalog';
import { REMINDERS_DE } from './de';
import { REMINDERS_EN, type RemindersKey } from './en';
import { REMINDERS_ES } from './es';
import { REMINDERS_FR } from './fr';

export { REMINDERS_EN, type RemindersKey };

export const REMINDERS_CATALOGS = {
  en: REMINDERS_EN,
  de: REMINDERS_DE,
  fr: REMINDERS_FR,
  es: REMINDERS_ES,
} as const satisfies Catalogs<RemindersKey>;
