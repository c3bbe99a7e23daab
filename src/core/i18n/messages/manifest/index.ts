import type { Catalogs } from '../../catalog';
import { MANIFEST_DE } from './de';
import { MANIFEST_EN, type ManifestKey } from './en';
import { MANIFEST_ES } from './es';
import { MANIFEST_FR } from './fr';

export { MANIFEST_EN, type ManifestKey };

export const MANIFEST_CATALOGS = {
  en: MANIFEST_EN,
  de: MANIFEST_DE,
  fr: MANIFEST_FR,
  es: MANIFEST_ES,
} as const satisfies Catalogs<ManifestKey>;
