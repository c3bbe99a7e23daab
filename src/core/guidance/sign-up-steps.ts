import { SIGN_UP_STEPS, type SignUpStep } from './types';

/**
 * Which step of Microsoft's sign-up a page shows, from the form fields on it. Only attributes and
 * labels are read, never a value. Microsoft's element names (MemberName, PasswordInput,
 * BirthMonth, …) are the first clue; the standard `type` and `autocomplete` values, and English
 * labels, the fallback when those change. When nothing matches, the answer is null and the panel
 * shows the whole checklist.
 */
export interface FieldInfo {
  tag: string;
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  /** The field's label, aria-label, placeholder or (iframes) title, as shown. */
  label: string;
}

type Matcher = (field: FieldInfo, names: string, label: string) => boolean;

const MATCHERS: Readonly<Record<SignUpStep, Matcher>> = {
  email: (f, names, label) =>
    f.tag === 'input' &&
    (f.type === 'email' ||
      /\b(email|username)\b/.test(f.autocomplete) ||
      /membername|e-?mail|signinname|username/.test(names) ||
      /e-?mail/.test(label)),
  username: (f, names, label) =>
    f.tag === 'select' && (/domain/.test(names) || /domain|@/.test(label)),
  password: (f, names) =>
    f.type === 'password' || /new-password/.test(f.autocomplete) || /password/.test(names),
  phone: (f, names, label) =>
    f.tag === 'input' &&
    (f.type === 'tel' ||
      /^tel\b|\btel(-national)?$/.test(f.autocomplete) ||
      /phone|mobile/.test(names) ||
      /phone|mobile/.test(label)),
  'birth-date': (f, names, label) =>
    /\bbday/.test(f.autocomplete) || /birth|bday|\bdob\b/.test(names) || /birth/.test(label),
  verification: (f, names, label) =>
    /one-time-code/.test(f.autocomplete) ||
    (f.tag === 'iframe' && /captcha|enforcement|challenge|verif|hip/.test(`${names} ${label}`)) ||
    (f.tag === 'input' &&
      (/verif|otc|captcha|\bhip|(^|[^a-z])code/.test(names) ||
        /verification|security code|enter (the )?code|characters/.test(label))),
  // Shown after the account exists: no field of its own; only ever "next".
  'confirmation-email': () => false,
};

/**
 * The furthest step the page shows a field for (a page with the new-address box and the domain
 * list is the username step, though the box alone would be the email step), or null when no
 * field fits any step.
 */
export function detectSignUpStep(fields: readonly FieldInfo[]): SignUpStep | null {
  let found: SignUpStep | null = null;
  let foundAt = -1;
  for (const field of fields) {
    const names = `${field.name} ${field.id}`.toLowerCase();
    const label = field.label.toLowerCase();
    SIGN_UP_STEPS.forEach((step, index) => {
      if (index > foundAt && MATCHERS[step](field, names, label)) {
        found = step;
        foundAt = index;
      }
    });
  }
  return found;
}
