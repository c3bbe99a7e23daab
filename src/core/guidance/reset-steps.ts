import { firstMatch, isAddressInput, isCodeField, namesOf, type PageClues } from './page-clues';

/**
 * Which step of Microsoft's password reset (account.live.com/password/reset) a page shows:
 * the address, the choice of where to send a code, the code, the new password. Null when it
 * can't be told: the panel then shows the reset's general guidance.
 */
export const RESET_STEPS = ['address', 'choose-proof', 'code', 'new-password'] as const;
export type ResetStep = (typeof RESET_STEPS)[number];

const TESTS: Readonly<Record<ResetStep, (clues: PageClues) => boolean>> = {
  'new-password': (clues) => clues.fields.some((f) => f.type === 'password'),
  code: (clues) => clues.fields.some(isCodeField),
  'choose-proof': (clues) =>
    clues.fields.some(
      (f) => f.type === 'radio' && /proof|iproof|option/.test(`${namesOf(f)} ${f.label}`),
    ),
  address: (clues) => clues.fields.some(isAddressInput),
};

const PRIORITY: readonly ResetStep[] = ['new-password', 'code', 'choose-proof', 'address'];

export function detectResetStep(clues: PageClues): ResetStep | null {
  return firstMatch(PRIORITY, TESTS, clues);
}
