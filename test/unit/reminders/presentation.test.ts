import { describe, expect, it } from 'vitest';
import { REMINDERS_EN } from '../../../src/core/i18n/messages/reminders/en';
import {
  DEVICE_PAGES,
  REMINDER_TYPES,
  reminderAction,
  reminderCopy,
  SECURITY_PAGES,
} from '../../../src/core/reminders';

/** Issue 18, item 10: each reminder's main button does what its words say. */
describe('a reminder’s main button', () => {
  const personal = { kind: 'personal' as const, address: 'alex@outlook.com' };
  const work = { kind: 'work-school' as const, address: 'ann@contoso.com' };

  it('"Review now" opens the security page, for review-recovery only', () => {
    expect(reminderAction('review-recovery', personal)).toEqual({
      action: 'review',
      url: SECURITY_PAGES.personal,
    });
    expect(reminderAction('review-recovery', work).url).toBe(SECURITY_PAGES['work-school']);
  });

  it('"Sign your devices back in" opens the list of devices, not the security page', () => {
    expect(reminderAction('sign-devices-in', personal)).toEqual({
      action: 'devices',
      url: DEVICE_PAGES.personal,
    });
    expect(reminderAction('sign-devices-in', work).url).toBe(DEVICE_PAGES['work-school']);
  });

  it('"Sign in to keep it open" opens Microsoft’s sign-in with the address', () => {
    const { action, url } = reminderAction('inactive-account', personal);
    expect(action).toBe('sign-in');
    expect(new URL(url).hostname).toBe('login.live.com');
    expect(new URL(url).searchParams.get('username')).toBe('alex@outlook.com');
  });

  it('every action has its words, and they name what the button does', () => {
    for (const type of REMINDER_TYPES) {
      const { action } = reminderAction(type, personal);
      expect(REMINDERS_EN[`reminders.action.${action}`]).toBeTruthy();
    }
    expect(REMINDERS_EN['reminders.action.devices']).not.toMatch(/review/i);
  });
});

describe('a reminder’s words', () => {
  it('never mention Xbox for a work or school account', () => {
    for (const type of REMINDER_TYPES) {
      const copy = reminderCopy(type, 'ann@contoso.com', '', undefined, 'work-school');
      expect(copy.message).not.toMatch(/xbox|console/i);
    }
    expect(
      reminderCopy('sign-devices-in', 'alex@outlook.com', '', undefined, 'personal').message,
    ).toContain('Xbox');
  });
});
