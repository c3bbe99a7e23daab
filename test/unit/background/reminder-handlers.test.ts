import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message, Responses } from '../../../src/messaging/messages';
import type { ReminderMessageType } from '../../../src/messaging/reminder-messages';
import {
  createAccountsRepo,
  createRemindersRepo,
  createSettingsRepo,
  createSightingsRepo,
  newAccountRecord,
} from '../../../src/storage';
import { useFreshDb } from '../storage/harness';

/** The browser as far as the reminder handlers use it. */
const notifications = new Map<string, { title: string; buttons?: unknown[] }>();
const alarms = new Map<string, { scheduledTime: number }>();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
    notifications: {
      create: async (id: string, options: { title: string; buttons?: unknown[] }) => {
        notifications.set(id, options);
        return id;
      },
      getAll: async () => Object.fromEntries([...notifications.keys()].map((id) => [id, true])),
      clear: async (id: string) => notifications.delete(id),
    },
    alarms: {
      create: async (name: string, info: { when: number }) => {
        alarms.set(name, { scheduledTime: info.when });
      },
      clear: async (name: string) => alarms.delete(name),
    },
    storage: { local: { get: async () => ({}) } },
  },
}));

const fresh = useFreshDb();
let db: Awaited<ReturnType<typeof fresh.open>>;
vi.mock('../../../src/background/database', () => ({ database: async () => db }));

const { reminderHandlers } = await import('../../../src/background/reminder-handlers');

const PAGE = { id: 'test', url: 'chrome-extension://test/options.html' };
const SIGN_IN_PAGE = { id: 'test', url: 'https://login.live.com/login.srf', tabId: 3 };

function call<T extends ReminderMessageType>(
  message: Message<T> & { type: T },
  sender: { id: string; url: string; tabId?: number } = PAGE,
): Promise<Responses[T]> {
  const handler = reminderHandlers[message.type] as unknown as (
    m: Message<T>,
    s: typeof sender,
  ) => Promise<Responses[T]>;
  return handler(message, sender);
}

const NOTHING_SET_UP = {
  recoveryEmail: null,
  phone: null,
  twoStep: null,
  authenticatorApp: null,
  passkey: null,
};

describe('reminder and data handlers', () => {
  beforeEach(async () => {
    db = await fresh.open();
    notifications.clear();
    alarms.clear();
  });

  it('adds an account from the options page, and says why an address is refused', async () => {
    const save = (address: string, create = true) =>
      call({
        type: 'my-data/save-account',
        create,
        address,
        kind: 'personal',
        label: ' Home ',
        setUp: NOTHING_SET_UP,
        reminderIntervalMonths: 2,
      });
    const added = await save(' Alex+news@Outlook.com ');
    expect(added.ok).toBe(true);
    expect(await createAccountsRepo(db).get('alex@outlook.com')).toMatchObject({
      label: 'Home',
      addedFrom: 'options',
      reminderIntervalMonths: 2,
    });
    expect(added.ok && added.view.accounts[0]?.nextReviewAt).toEqual(expect.any(Number));
    // The wake set the alarm for the first review.
    expect(alarms.get('reminders:wake')).toBeDefined();

    expect(await save('alex@outlook.com')).toMatchObject({
      ok: false,
      message: 'alex@outlook.com is already in your list.',
    });
    // A phone number is a Microsoft sign-in name too: kept as `+` and digits, with its reminder.
    const phone = await save('+44 20 7946 0958');
    expect(phone.ok).toBe(true);
    expect(await createAccountsRepo(db).get('+442079460958')).toMatchObject({
      address: '+442079460958',
      addedFrom: 'options',
    });
    const listed = phone.ok ? phone.view.accounts.find((a) => a.address === '+442079460958') : null;
    expect(listed?.nextReviewAt).toEqual(expect.any(Number));
    expect(await save('+44 (20) 7946-0958')).toMatchObject({ ok: false, field: 'address' });
    expect(await save('+44 20')).toMatchObject({ ok: false, field: 'address' });
    expect(await save('bob@')).toMatchObject({ ok: false, field: 'address' });
    await expect(save('nobody@outlook.com', false)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('"I just reset my password" brings the sign-devices-in notification, with buttons', async () => {
    // Recovery info reviewed when listed, so only the password reset makes something due.
    await createAccountsRepo(db).put({
      ...newAccountRecord({ address: 'alex@outlook.com', addedFrom: 'options', kind: 'personal' }),
      recoveryReviewedAt: Date.now(),
    });
    const view = await call({ type: 'accounts/password-reset', address: 'Alex@Outlook.com' });
    expect(view.reminders.due.map((item) => item.type)).toEqual(['sign-devices-in']);
    const shown = notifications.get('reminder:alex@outlook.com:sign-devices-in');
    expect(shown).toMatchObject({
      title: 'Sign your devices back in to alex@outlook.com',
      // The main button does what the reminder says: not "Review now".
      buttons: [{ title: 'See your devices' }, { title: 'Snooze 1 day' }],
    });

    const after = await call({
      type: 'reminders/act',
      id: 'alex@outlook.com:sign-devices-in',
      action: 'done',
    });
    expect(after.due).toEqual([]);
    expect(notifications.size).toBe(0);
  });

  describe('accounts/seen-signing-in', () => {
    const seen = (sender = SIGN_IN_PAGE) =>
      call({ type: 'accounts/seen-signing-in', address: 'Jo@Hotmail.com' }, sender);

    it('keeps nothing unless the user turned remembering on', async () => {
      expect(await seen()).toEqual({ remembered: false });
      expect(await createAccountsRepo(db).count()).toBe(0);
    });

    it('keeps nothing from a page that is not Microsoft’s', async () => {
      await createSettingsRepo(db).set('rememberSignInAddresses', true);
      const lookalike = { id: 'test', url: 'https://login-live.com.example/login', tabId: 3 };
      expect(await seen(lookalike)).toEqual({ remembered: false });
      expect(await createAccountsRepo(db).count()).toBe(0);
    });

    it('once allowed, adds the address and then notes each sign-in', async () => {
      await createSettingsRepo(db).set('rememberSignInAddresses', true);
      expect(await seen()).toEqual({ remembered: true });
      const first = await createAccountsRepo(db).get('jo@hotmail.com');
      expect(first).toMatchObject({ addedFrom: 'sign-in', kind: 'personal' });
      expect(first?.lastSeenAt).toEqual(expect.any(Number));
      expect(await seen()).toEqual({ remembered: true });
      expect(await createAccountsRepo(db).count()).toBe(1);
    });
  });

  it('marks reviewed, changes settings, removes an account with its reminders', async () => {
    await call({
      type: 'my-data/save-account',
      create: true,
      address: 'sam@contoso.com',
      kind: 'work-school',
      label: '',
      setUp: NOTHING_SET_UP,
      reminderIntervalMonths: null,
    });
    const reviewed = await call({ type: 'my-data/mark-reviewed', address: 'sam@contoso.com' });
    expect(reviewed.accounts[0]?.recoveryReviewedAt).toEqual(expect.any(Number));

    const settings = await call({
      type: 'my-data/save-settings',
      reminderIntervalMonths: 12,
      allowOnlineLookups: false,
    });
    expect(settings.settings).toEqual({
      reminderIntervalMonths: 12,
      rememberSignInAddresses: false,
      allowOnlineLookups: false,
    });

    expect(await createRemindersRepo(db).listForAccount('sam@contoso.com')).toHaveLength(1);
    const removed = await call({ type: 'my-data/remove-account', address: 'sam@contoso.com' });
    expect(removed.accounts).toEqual([]);
    expect(await createRemindersRepo(db).list()).toEqual([]);
  });

  it('exports, deletes everything, previews and imports; a hostile file changes nothing', async () => {
    await createAccountsRepo(db).put(
      newAccountRecord({ address: 'alex@outlook.com', addedFrom: 'options', kind: 'personal' }),
    );
    await createSightingsRepo(db).record({
      url: 'https://login.live.com/login.srf?token=secret',
      verdict: 'microsoft',
      service: 'microsoft-account',
      kind: 'sign-in',
    });
    await call({ type: 'my-data/view' });
    const { text, fileName } = await call({ type: 'my-data/export' });
    expect(fileName).toMatch(/^account-helper-\d{4}-\d{2}-\d{2}\.json$/);
    expect(text).not.toContain('secret');

    const cleared = await call({ type: 'my-data/delete-all', confirm: true });
    expect(cleared.accounts).toEqual([]);
    expect(await createSightingsRepo(db).count()).toBe(0);

    const hostile = text.replace('"label": ""', '"label": "", "__proto__": {}');
    const refused = await call({ type: 'my-data/import', text: hostile });
    expect(refused).toMatchObject({ ok: false, problems: [{ path: 'accounts[0].__proto__' }] });
    expect(await createAccountsRepo(db).count()).toBe(0);

    const preview = await call({ type: 'my-data/preview-import', text });
    expect(preview).toMatchObject({ ok: true, preview: { accounts: { added: 1 } } });
    expect(await createAccountsRepo(db).count()).toBe(0);
    expect(await call({ type: 'my-data/import', text })).toMatchObject({ ok: true });
    const again = await call({ type: 'my-data/export' });
    expect({ ...JSON.parse(again.text), exportedAt: 0 }).toEqual({
      ...JSON.parse(text),
      exportedAt: 0,
    });
  });
});
