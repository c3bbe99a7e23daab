import { checkAddress } from '../core/accounts/offline-answer';
import { classifyUrl } from '../core/detection/classify-url';
import { DATA_EN } from '../core/i18n/messages/data/en';
import { type MessageRef, said } from '../core/i18n/text';
import { allowedSettingChanges } from '../core/policy/merge';
import type { ReminderOverview } from '../core/reminders';
import type { AccountView, MyDataView, ReminderMessageType } from '../messaging/reminder-messages';
import type { Handlers } from '../messaging/router';
import { createAccountsRepo, newAccountRecord } from '../storage/accounts-repo';
import { buildExport, exportFileName, serialiseExport } from '../storage/export-import';
import { createReminderSync } from '../storage/reminder-sync';
import { createSettingsRepo } from '../storage/settings-repo';
import { applyImport, deleteAllUserData, previewImport, readUserData } from '../storage/user-data';
import { database } from './database';
import { UserFacingError } from './i18n';
import { currentPolicy } from './policy';
import type { WakeReport } from './reminder-engine';
import { reminderEngine } from './reminders';

type ReminderHandlers = Pick<Handlers, ReminderMessageType>;

function overviewOf(report: WakeReport): ReminderOverview {
  return { now: report.now, due: report.due, upcoming: report.upcoming };
}

async function viewOf(report: WakeReport): Promise<MyDataView> {
  const settings = await createSettingsRepo(await database()).getAll();
  const items = [...report.due, ...report.upcoming];
  const accounts: AccountView[] = report.accounts.map((account) => {
    const reminders = items.filter((item) => item.account === account.address);
    const review = reminders.find((item) => item.type === 'review-recovery');
    return { ...account, reminders, nextReviewAt: review?.dueAt ?? null };
  });
  return {
    now: report.now,
    settings: {
      reminderIntervalMonths: settings.reminderIntervalMonths,
      rememberSignInAddresses: settings.rememberSignInAddresses,
      allowOnlineLookups: settings.allowOnlineLookups,
    },
    accounts,
    reminders: overviewOf(report),
  };
}

/** The sign-in name of an email address as typed, or why it can't be listed (and its key). */
function accountAddress(
  input: string,
): { ok: true; address: string } | { ok: false; message: string; text: MessageRef } {
  const checked = checkAddress(input);
  if (!checked.valid) return { ok: false, message: checked.error, text: checked.text };
  // A phone number can be a Microsoft account's sign-in name: it is kept as `+` and digits.
  return { ok: true, address: checked.accountAddress };
}

function listedAddress(input: string): string {
  const parsed = accountAddress(input);
  if (!parsed.ok) throw new UserFacingError(parsed);
  return parsed.address;
}

async function changeThenView<T>(change: (now: number) => Promise<T>): Promise<MyDataView> {
  const { report } = await reminderEngine.afterChange(change);
  return viewOf(report);
}

export const reminderHandlers: ReminderHandlers = {
  async 'reminders/overview'() {
    return overviewOf(await reminderEngine.wake());
  },

  async 'reminders/act'(message) {
    return overviewOf(await reminderEngine.act(message.id, message.action));
  },

  async 'accounts/password-reset'(message) {
    const address = listedAddress(message.address);
    const accounts = createAccountsRepo(await database());
    return changeThenView((now) => accounts.update(address, { lastPasswordResetAt: now }));
  },

  async 'accounts/seen-signing-in'(message, sender) {
    // Only a sign-in on a genuine Microsoft page, and only while the user allows it.
    if (classifyUrl(sender.url ?? '').verdict !== 'microsoft') return { remembered: false };
    const db = await database();
    if (
      !(await currentPolicy()).allowRememberSignInAddresses ||
      !(await createSettingsRepo(db).get('rememberSignInAddresses'))
    ) {
      return { remembered: false };
    }
    const checked = checkAddress(message.address);
    if (!checked.valid || !checked.accountAddress.includes('@')) return { remembered: false };
    const address = checked.accountAddress;
    const accounts = createAccountsRepo(db);
    await reminderEngine.afterChange(async (now) => {
      const existing = await accounts.get(address);
      if (existing) {
        await accounts.update(address, {
          lastSeenAt: now,
          ...(existing.kind === 'unknown' ? { kind: checked.kind } : {}),
        });
      } else {
        await accounts.put({
          ...newAccountRecord({ address, addedFrom: 'sign-in', kind: checked.kind, addedAt: now }),
          lastSeenAt: now,
        });
      }
    });
    return { remembered: true };
  },

  async 'my-data/view'() {
    return viewOf(await reminderEngine.wake());
  },

  async 'my-data/save-account'(message) {
    const parsed = accountAddress(message.address);
    if (!parsed.ok) {
      return { ok: false, field: 'address', message: parsed.message, text: parsed.text };
    }
    const accounts = createAccountsRepo(await database());
    const details = {
      kind: message.kind,
      label: message.label.trim(),
      setUp: message.setUp,
      reminderIntervalMonths: message.reminderIntervalMonths,
    };
    if (message.create && (await accounts.get(parsed.address))) {
      return {
        ok: false,
        field: 'address',
        ...said(DATA_EN, 'my-data.already-listed', { address: parsed.address }),
      };
    }
    const view = await changeThenView(async (now) => {
      if (message.create) {
        await accounts.put({
          ...newAccountRecord({ address: parsed.address, addedFrom: 'options', addedAt: now }),
          ...details,
        });
      } else {
        await accounts.update(parsed.address, details);
      }
    });
    return { ok: true, view };
  },

  async 'my-data/mark-reviewed'(message) {
    const address = listedAddress(message.address);
    const accounts = createAccountsRepo(await database());
    return changeThenView((now) => accounts.update(address, { recoveryReviewedAt: now }));
  },

  async 'my-data/remove-account'(message) {
    const address = listedAddress(message.address);
    const sync = createReminderSync(await database());
    return changeThenView(() => sync.removeAccount(address));
  },

  async 'my-data/save-settings'(message) {
    const { type: _type, ...asked } = message;
    // What the organisation's policy decides is not the person's to change (the page says so).
    const changes = allowedSettingChanges(asked, await currentPolicy());
    const settings = createSettingsRepo(await database());
    return changeThenView(() => settings.update(changes));
  },

  async 'my-data/export'() {
    const exportedAt = Date.now();
    const data = await readUserData(await database());
    return {
      text: serialiseExport(buildExport(data, exportedAt)),
      fileName: exportFileName(exportedAt),
    };
  },

  async 'my-data/preview-import'(message) {
    return previewImport(await database(), message.text);
  },

  async 'my-data/import'(message) {
    const { result } = await reminderEngine.afterChange(async () =>
      applyImport(await database(), message.text),
    );
    return result;
  },

  async 'my-data/delete-all'() {
    return changeThenView(async () => deleteAllUserData(await database()));
  },
};
