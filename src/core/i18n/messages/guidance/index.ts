import { GUIDANCE_DE } from './de';
import { GUIDANCE_ES } from './es';
import { GUIDANCE_FR } from './fr';

/** The guidance panel's translations; English is `EN` in `src/core/guidance/catalog.ts`. */
export const GUIDANCE_TRANSLATIONS = { de: GUIDANCE_DE, fr: GUIDANCE_FR, es: GUIDANCE_ES } as const;
