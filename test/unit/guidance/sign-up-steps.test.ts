import { describe, expect, it } from 'vitest';
import { detectSignUpStep, type FieldInfo } from '../../../src/core/guidance/sign-up-steps';

const field = (overrides: Partial<FieldInfo>): FieldInfo => ({
  tag: 'input',
  type: 'text',
  name: '',
  id: '',
  autocomplete: '',
  label: '',
  ...overrides,
});

describe('sign-up step from the page’s fields', () => {
  it.each([
    ['email', [field({ type: 'email', name: 'MemberName', id: 'MemberName', label: 'New email' })]],
    [
      'username',
      [
        field({ name: 'MemberNameLive', label: 'New email' }),
        field({ tag: 'select', type: 'select', id: 'LiveDomainBoxList', label: 'Domain name' }),
      ],
    ],
    [
      'password',
      [
        field({ type: 'password', id: 'PasswordInput', autocomplete: 'new-password' }),
        field({ type: 'checkbox', id: 'iOptinEmail', label: 'I would like information' }),
      ],
    ],
    [
      'birth-date',
      [
        field({ tag: 'select', type: 'select', id: 'Country', label: 'Country/region' }),
        field({ tag: 'select', type: 'select', id: 'BirthMonth', label: 'Birth month' }),
      ],
    ],
    [
      'phone',
      [
        field({ tag: 'select', type: 'select', id: 'PhoneCountry', name: 'country_code' }),
        field({ type: 'tel', id: 'PhoneNumber' }),
      ],
    ],
    [
      'verification',
      [field({ id: 'VerificationCode', autocomplete: 'one-time-code', label: 'Enter code' })],
    ],
    [
      'verification',
      [field({ tag: 'iframe', type: 'iframe', id: 'enforcementFrame', label: 'Verification' })],
    ],
  ] as const)('finds %s on Microsoft’s page', (step, fields) => {
    expect(detectSignUpStep(fields)).toBe(step);
  });

  it('falls back on standard attributes and English labels when names change', () => {
    expect(detectSignUpStep([field({ name: 'f1', autocomplete: 'email' })])).toBe('email');
    expect(detectSignUpStep([field({ name: 'x', autocomplete: 'bday-year' })])).toBe('birth-date');
    expect(detectSignUpStep([field({ name: 'f7', label: 'Date of birth' })])).toBe('birth-date');
    expect(detectSignUpStep([field({ name: 'f9', label: 'Mobile phone' })])).toBe('phone');
    expect(detectSignUpStep([field({ name: 'f3', label: 'Enter the characters you see' })])).toBe(
      'verification',
    );
  });

  it('has no step for a page it doesn’t know, so the panel shows the whole list', () => {
    expect(detectSignUpStep([])).toBeNull();
    expect(
      detectSignUpStep([
        field({ id: 'FirstName', label: 'First name' }),
        field({ id: 'LastName', label: 'Last name' }),
      ]),
    ).toBeNull();
    expect(detectSignUpStep([field({ name: 'q7', type: 'text' })])).toBeNull();
  });

  it('takes the furthest step when a page shows several', () => {
    expect(
      detectSignUpStep([
        field({ type: 'email', name: 'MemberName' }),
        field({ type: 'password', name: 'Password' }),
      ]),
    ).toBe('password');
  });
});
