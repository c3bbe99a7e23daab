import type { PageKind } from '../detection/types';
import type { PageClues } from './page-clues';
import { detectResetStep } from './reset-steps';
import { detectSignInStep } from './sign-in-steps';
import { detectSignUpStep } from './sign-up-steps';

/** A section's `steps` entry for a page whose step can't be told. */
export const UNKNOWN_STEP = 'unknown';

/**
 * The step a page of this kind shows, for the kinds that have steps; null when the kind has none
 * or the page can't be placed.
 */
export function detectPageStep(kind: PageKind, clues: PageClues): string | null {
  switch (kind) {
    case 'sign-up':
      return detectSignUpStep(clues);
    case 'sign-in':
      return detectSignInStep(clues);
    case 'password-reset':
      return detectResetStep(clues);
    case 'security-info':
      return detectSecurityInfoStep(clues);
    default:
      return null;
  }
}

/** Whether a section limited to `steps` shows on a page at `step`. */
export function showsOnStep(steps: readonly string[] | undefined, step: string | null): boolean {
  return steps === undefined || steps.includes(step ?? UNKNOWN_STEP);
}

/** Security info: whether one way to sign in is listed, or several (the last-way warning). */
export function detectSecurityInfoStep(clues: PageClues): 'one-way' | 'several-ways' | null {
  const count = clues.removeControls ?? 0;
  return count === 1 ? 'one-way' : count > 1 ? 'several-ways' : null;
}
