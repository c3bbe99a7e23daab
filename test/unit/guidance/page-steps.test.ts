import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { describePage } from '../../../src/content/guidance/page-fields';
import type { PageKind } from '../../../src/core/detection/types';
import { NO_CLUES } from '../../../src/core/guidance/page-clues';
import { detectPageStep, showsOnStep } from '../../../src/core/guidance/page-steps';
import { GUIDANCE } from '../../../src/core/guidance/registry';

/**
 * Step recognition on every Microsoft-page fixture: each fixture's views are shown one at a time,
 * as its own script does, and the real content-script reader (describePage) reads the page. Only
 * linkedom's lack of layout is stood in for: an element counts as visible unless it is inside
 * something hidden.
 */
const SITES = new URL('../../fixtures/sites/', import.meta.url);
const visible = (element: Element) => element.closest('[hidden]') === null;

function stepOf(kind: PageKind, file: string, view?: string): string | null {
  const { document } = parseHTML(readFileSync(new URL(file, SITES), 'utf8'));
  if (view !== undefined) {
    for (const element of Array.from(document.querySelectorAll('[data-step]:not(form)'))) {
      if (element.getAttribute('data-step') === view) element.removeAttribute('hidden');
      else element.setAttribute('hidden', '');
    }
  }
  const host = document.createElement('account-helper');
  document.body.append(host);
  return detectPageStep(kind, describePage(document, host, visible));
}

describe('step recognition on the fixtures', () => {
  it.each([
    [
      'ms-sign-up.html',
      ['email', 'username', 'password', 'email-code', 'name', 'details', 'puzzle'],
    ],
    [
      'ms-sign-up-passwordless.html',
      ['email', 'username', 'email-code', 'name', 'details', 'puzzle', 'passkey', 'stay-signed-in'],
    ],
  ])('sign-up: %s', (file, views) => {
    for (const view of views) expect(stepOf('sign-up', file, view), view).toBe(view);
  });

  it.each([
    [
      'ms-sign-in-converged.html',
      ['address', 'password', 'number-match', 'other-ways', 'code', 'stay-signed-in'],
    ],
    [
      'ms-sign-in-passkey.html',
      ['address', 'passkey', 'other-ways', 'password', 'number-match', 'stay-signed-in'],
    ],
    ['ms-sign-in-steps.html', ['address', 'password']],
  ])('sign-in: %s', (file, views) => {
    for (const view of views) expect(stepOf('sign-in', file, view), view).toBe(view);
  });

  it('sign-in: the single-step pages', () => {
    expect(stepOf('sign-in', 'ms-sign-in.html')).toBe('address');
    expect(stepOf('sign-in', 'microsoft-sign-in.html')).toBe('address');
    expect(stepOf('sign-in', 'ms-sign-in-password.html')).toBe('password');
  });

  it('password reset: every step, and the new-password page on its own', () => {
    for (const view of ['address', 'choose-proof', 'code', 'new-password']) {
      expect(stepOf('password-reset', 'ms-password-reset-steps.html', view), view).toBe(view);
    }
    expect(stepOf('password-reset', 'ms-password-reset.html')).toBe('new-password');
    expect(stepOf('password-reset', 'ms-password-reset-steps.html', 'done')).toBeNull();
  });

  it('security info: several ways listed, or one, or a page without Remove', () => {
    expect(stepOf('security-info', 'ms-security-info.html')).toBe('several-ways');
    const { document } = parseHTML(readFileSync(new URL('ms-security-info.html', SITES), 'utf8'));
    for (const row of Array.from(document.querySelectorAll('li')).slice(1)) row.remove();
    const host = document.createElement('account-helper');
    expect(detectPageStep('security-info', describePage(document, host, visible))).toBe('one-way');
    expect(stepOf('security-info', 'ms-security-info-work.html')).toBeNull();
  });

  it('gives the kinds without steps none, on their fixtures', () => {
    expect(stepOf('account-home', 'ms-account-home.html')).toBeNull();
    expect(stepOf('account-recovery', 'ms-account-recovery.html')).toBeNull();
    expect(stepOf('sign-out', 'ms-sign-out.html')).toBeNull();
    expect(stepOf('device-code', 'ms-device-code.html')).toBeNull();
  });

  it('has no step for a page it doesn’t know (nothing current, no error)', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><main><h1>Let’s go</h1><form><input name="q7" aria-label="Your answer"><button>Continue</button></form></main></body></html>',
    );
    const host = document.createElement('account-helper');
    for (const kind of ['sign-up', 'sign-in', 'password-reset', 'security-info'] as const) {
      expect(detectPageStep(kind, describePage(document, host, visible)), kind).toBeNull();
      expect(detectPageStep(kind, NO_CLUES), kind).toBeNull();
    }
    expect(stepOf('sign-up', 'ms-sign-up-passwordless.html', 'nothing-shown')).toBeNull();
  });

  it('never reads what Account Helper’s own element holds', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const host = document.createElement('account-helper');
    host.innerHTML =
      '<input type="password"><div data-testid="kmsiVideo"></div><button>Remove</button>';
    document.body.append(host);
    expect(describePage(document, host, visible)).toEqual({
      fields: [],
      markers: [],
      removeControls: 0,
    });
  });
});

describe('sections that follow the step', () => {
  it('the reset explains asking for a code only until the code is typed', () => {
    const sections = GUIDANCE['password-reset'].sections.filter(
      (s) => s.audience !== 'organisation',
    );
    const on = (step: string | null) =>
      sections.filter((s) => showsOnStep(s.steps, step)).map((s) => s.id);
    expect(on('new-password')).not.toContain('ask');
    expect(on('new-password')).toContain('new-password');
    expect(on('address')).toContain('ask');
    expect(on('address')).not.toContain('new-password');
    expect(on(null)).toContain('ask');
  });

  it('sign-in shows number matching only on that step, and the passkey only on its own', () => {
    const sections = GUIDANCE['sign-in'].sections;
    const on = (step: string | null) =>
      sections.filter((s) => showsOnStep(s.steps, step)).map((s) => s.id);
    expect(on('number-match')).toEqual(['number-match']);
    expect(on('passkey')).toEqual(['passkey', 'passkey-what']);
    expect(on(null)).not.toContain('number-match');
    expect(on(null)).toContain('which');
  });
});
