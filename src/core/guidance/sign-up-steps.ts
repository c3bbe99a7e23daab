import {
  type FieldInfo,
  firstMatch,
  hasMarker,
  isAddressInput,
  isCodeField,
  isPuzzleFrame,
  namesOf,
  type PageClues,
} from './page-clues';
import { SIGN_UP_STEPS, type SignUpStep } from './types';

export type { FieldInfo } from './page-clues';

/**
 * Which step of Microsoft's sign-up a page shows. Microsoft's element names and test ids
 * (MemberName, PasswordInput, FirstName, BirthMonthDropdown, codeEntry, kmsiVideo…) are the first
 * clue; the standard `type` and `autocomplete` values, and English labels, the fallback when
 * those change. When nothing matches, the answer is null: the panel then marks no step current
 * rather than a wrong one.
 */

const some = (
  clues: PageClues,
  test: (field: FieldInfo, names: string, label: string) => boolean,
) => clues.fields.some((field) => test(field, namesOf(field), field.label.toLowerCase()));

const TESTS: Readonly<Record<SignUpStep, (clues: PageClues) => boolean>> = {
  'stay-signed-in': (clues) =>
    hasMarker(clues, 'testid:kmsiVideo', 'id:KmsiCheckboxField') ||
    some(clues, (_f, names) => /\bkmsi\b|dontshowagain/.test(names)),
  passkey: (clues) =>
    hasMarker(clues, 'testid:biometricVideo', 'testid:passkeyCreate', 'id:idA_PWD_SwitchToFido'),
  puzzle: (clues) =>
    hasMarker(clues, 'id:enforcementFrame', 'testid:humanIframe') || some(clues, isPuzzleFrame),
  phone: (clues) =>
    some(
      clues,
      (f, names, label) =>
        f.tag === 'input' &&
        (f.type === 'tel' ||
          /^tel\b|\btel(-national)?$/.test(f.autocomplete) ||
          /phone|mobile/.test(names) ||
          /phone|mobile/.test(label)) &&
        !isCodeField(f),
    ),
  details: (clues) =>
    some(
      clues,
      (f, names, label) =>
        /\bbday/.test(f.autocomplete) ||
        /birth|bday|\bdob\b/.test(names) ||
        (/country/.test(names) && !/phone|code/.test(names)) ||
        /birth|country\/region/.test(label),
    ),
  name: (clues) =>
    hasMarker(clues, 'testid:firstNameInput', 'testid:lastNameInput') ||
    some(
      clues,
      (f, names, label) =>
        f.tag === 'input' &&
        (/given-name|family-name/.test(f.autocomplete) ||
          /firstname|lastname/.test(names) ||
          /first name|last name|surname/.test(label)),
    ),
  password: (clues) =>
    some(clues, (f, names) => f.type === 'password' || /passwordinput|new-password/.test(names)),
  'email-code': (clues) => hasMarker(clues, 'testid:codeEntry') || some(clues, isCodeField),
  username: (clues) =>
    some(
      clues,
      (f, names, label) =>
        (f.tag === 'select' || f.tag === 'button') &&
        (/domain/.test(names) || /domain|@/.test(label)),
    ),
  email: (clues) => some(clues, isAddressInput),
};

/** Most telling first: a page with the address box and the domain list is the username step. */
const PRIORITY: readonly SignUpStep[] = [
  'stay-signed-in',
  'passkey',
  'puzzle',
  'details',
  'name',
  'password',
  'email-code',
  'phone',
  'username',
  'email',
];

export function detectSignUpStep(clues: PageClues): SignUpStep | null {
  return firstMatch(PRIORITY, TESTS, clues);
}

/** Steps Microsoft shows only to some people: listed once they are seen. */
export const OPTIONAL_SIGN_UP_STEPS: readonly SignUpStep[] = [
  'username',
  'password',
  'phone',
  'passkey',
  'stay-signed-in',
];

export type CoachState = 'current' | 'done' | 'skipped' | 'next' | 'absent';

/**
 * The checklist's state of every step: `done` only for a step the person was really shown,
 * `skipped` for a step before the current one that never came, `absent` (not listed) for an
 * optional step not seen. With no current step (a page Account Helper can't place) nothing is
 * current and nothing unseen is marked done.
 */
export function coachStates(
  current: SignUpStep | null,
  seen: ReadonlySet<SignUpStep>,
): Record<SignUpStep, CoachState> {
  const currentAt = current ? SIGN_UP_STEPS.indexOf(current) : -1;
  const lastSeenAt = Math.max(currentAt, ...[...seen].map((step) => SIGN_UP_STEPS.indexOf(step)));
  const states = {} as Record<SignUpStep, CoachState>;
  SIGN_UP_STEPS.forEach((step, index) => {
    if (step === current) states[step] = 'current';
    else if (seen.has(step)) states[step] = 'done';
    else if (OPTIONAL_SIGN_UP_STEPS.includes(step)) states[step] = 'absent';
    else states[step] = index < lastSeenAt ? 'skipped' : 'next';
  });
  return states;
}
