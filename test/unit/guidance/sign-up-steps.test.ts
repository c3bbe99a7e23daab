import { describe, expect, it } from 'vitest';
import type { FieldInfo, PageClues } from '../../../src/core/guidance/page-clues';
import { coachStates, detectSignUpStep } from '../../../src/core/guidance/sign-up-steps';
import { SIGN_UP_STEPS, type SignUpStep } from '../../../src/core/guidance/types';

const field = (overrides: Partial<FieldInfo>): FieldInfo => ({
  tag: 'input',
  type: 'text',
  name: '',
  id: '',
  autocomplete: '',
  label: '',
  ...overrides,
});
const page = (fields: FieldInfo[], markers: string[] = []): PageClues => ({ fields, markers });

describe('sign-up step from the page', () => {
  it.each([
    ['email', page([field({ type: 'email', name: 'MemberName', id: 'MemberName' })])],
    [
      'username',
      page([
        field({ name: 'MemberName', label: 'New email' }),
        field({ tag: 'button', type: 'button', id: 'domainDropdownId', label: 'Domain name' }),
      ]),
    ],
    ['password', page([field({ type: 'password', id: 'PasswordInput' })])],
    [
      'email-code',
      page([field({ id: 'codeEntry-0', label: 'Code digit 1' })], ['testid:codeentry']),
    ],
    ['name', page([field({ id: 'firstNameInput', name: 'FirstName' })])],
    [
      'details',
      page([
        field({ tag: 'button', type: 'button', id: 'BirthMonthDropdown', name: 'BirthMonth' }),
        field({ type: 'number', name: 'BirthYear' }),
      ]),
    ],
    [
      'phone',
      page([
        field({ tag: 'select', type: 'select', id: 'PhoneCountry', name: 'country_code' }),
        field({ type: 'tel', id: 'PhoneNumber' }),
      ]),
    ],
    ['puzzle', page([field({ tag: 'iframe', type: 'iframe', id: 'enforcementFrame' })])],
    ['passkey', page([], ['testid:biometricvideo'])],
    ['stay-signed-in', page([field({ type: 'checkbox', name: 'DontShowAgain' })])],
  ] as const)('finds %s', (step, clues) => {
    expect(detectSignUpStep(clues)).toBe(step);
  });

  it('falls back on standard attributes and English labels when names change', () => {
    expect(detectSignUpStep(page([field({ name: 'f1', autocomplete: 'email' })]))).toBe('email');
    expect(detectSignUpStep(page([field({ autocomplete: 'bday-year' })]))).toBe('details');
    expect(detectSignUpStep(page([field({ label: 'Date of birth' })]))).toBe('details');
    expect(detectSignUpStep(page([field({ autocomplete: 'given-name' })]))).toBe('name');
    expect(detectSignUpStep(page([field({ autocomplete: 'one-time-code' })]))).toBe('email-code');
    expect(detectSignUpStep(page([field({ name: 'f9', label: 'Mobile phone' })]))).toBe('phone');
  });

  it('takes the most telling step when a page shows several', () => {
    expect(
      detectSignUpStep(
        page([
          field({ type: 'email', name: 'MemberName' }),
          field({ tag: 'select', type: 'select', id: 'LiveDomainBoxList', label: 'Domain name' }),
        ]),
      ),
    ).toBe('username');
  });
});

describe('the checklist’s states', () => {
  const states = (current: SignUpStep | null, seen: SignUpStep[]) =>
    coachStates(current, new Set(seen));

  it('ticks only the steps really shown', () => {
    const passwordless = states('name', ['email', 'email-code']);
    expect(passwordless).toMatchObject({
      email: 'done',
      'email-code': 'done',
      name: 'current',
      details: 'next',
      puzzle: 'next',
      // Never shown: not listed, and never ticked.
      username: 'absent',
      password: 'absent',
      phone: 'absent',
      passkey: 'absent',
    });
  });

  it('marks a step that never came as not asked, not done', () => {
    expect(states('details', ['email', 'password', 'name'])).toMatchObject({
      password: 'done',
      'email-code': 'skipped',
      name: 'done',
      details: 'current',
    });
  });

  it('marks nothing current and nothing unseen done on a page it can’t place', () => {
    const unknown = states(null, ['email', 'email-code']);
    expect(Object.values(unknown)).not.toContain('current');
    expect(unknown.name).toBe('next');
    expect(states(null, [])).toEqual(
      Object.fromEntries(
        SIGN_UP_STEPS.map((step) => [
          step,
          ['username', 'password', 'phone', 'passkey', 'stay-signed-in'].includes(step)
            ? 'absent'
            : 'next',
        ]),
      ),
    );
  });
});
