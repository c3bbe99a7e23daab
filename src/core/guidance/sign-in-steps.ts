import {
  firstMatch,
  hasMarker,
  isAddressInput,
  isCodeField,
  namesOf,
  type PageClues,
} from './page-clues';

/**
 * Which step of Microsoft's sign-in a page shows, on the converged (knockout) page and on the
 * newer React one. Null when it can't be told: the panel then shows only what fits every step.
 */
export const SIGN_IN_STEPS = [
  'address',
  'password',
  'passkey',
  'other-ways',
  'number-match',
  'code',
  'stay-signed-in',
] as const;
export type SignInStep = (typeof SIGN_IN_STEPS)[number];

const TESTS: Readonly<Record<SignInStep, (clues: PageClues) => boolean>> = {
  'number-match': (clues) => hasMarker(clues, 'id:idRichContext_DisplaySign', 'testid:displaySign'),
  code: (clues) =>
    hasMarker(clues, 'testid:codeEntry') ||
    clues.fields.some((f) => isCodeField(f) || /idtxtbx_saotcc_otc/.test(namesOf(f))),
  'stay-signed-in': (clues) =>
    hasMarker(clues, 'id:KmsiCheckboxField', 'testid:kmsiVideo') ||
    clues.fields.some((f) => /\bkmsi\b|dontshowagain/.test(namesOf(f))),
  passkey: (clues) => hasMarker(clues, 'testid:biometricVideo'),
  'other-ways': (clues) =>
    hasMarker(clues, 'id:idDiv_SAOTCS_Proofs', 'testid:tile') &&
    !clues.fields.some((f) => f.type === 'password'),
  password: (clues) =>
    hasMarker(clues, 'testid:passwordEntry') || clues.fields.some((f) => f.type === 'password'),
  address: (clues) => clues.fields.some(isAddressInput),
};

const PRIORITY: readonly SignInStep[] = [
  'number-match',
  'code',
  'stay-signed-in',
  'passkey',
  'other-ways',
  'password',
  'address',
];

export function detectSignInStep(clues: PageClues): SignInStep | null {
  return firstMatch(PRIORITY, TESTS, clues);
}
