import type { Catalogs } from '../../catalog';
import { DETECTION_DE } from './de';
import { DETECTION_EN, type DetectionKey } from './en';
import { DETECTION_ES } from './es';
import { DETECTION_FR } from './fr';

export { DETECTION_EN, type DetectionKey };

export const DETECTION_CATALOGS = {
  en: DETECTION_EN,
  de: DETECTION_DE,
  fr: DETECTION_FR,
  es: DETECTION_ES,
} as const satisfies Catalogs<DetectionKey>;
