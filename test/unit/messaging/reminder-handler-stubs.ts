import { vi } from 'vitest';
import type { MyDataView, ReminderMessageType } from '../../../src/messaging/reminder-messages';
import type { Handlers } from '../../../src/messaging/router';

const overview = { now: 0, due: [], upcoming: [] };
const view: MyDataView = {
  now: 0,
  settings: { reminderIntervalMonths: 6, rememberSignInAddresses: false, allowOnlineLookups: true },
  accounts: [],
  reminders: overview,
};

/** Stand-ins for the reminder and data handlers, for tests of the router. */
export function reminderHandlerStubs(): Pick<Handlers, ReminderMessageType> {
  return {
    'reminders/overview': vi.fn(async () => overview),
    'reminders/act': vi.fn(async () => overview),
    'accounts/password-reset': vi.fn(async () => view),
    'accounts/seen-signing-in': vi.fn(async () => ({ remembered: false })),
    'my-data/view': vi.fn(async () => view),
    'my-data/save-account': vi.fn(async () => ({ ok: true as const, view })),
    'my-data/mark-reviewed': vi.fn(async () => view),
    'my-data/remove-account': vi.fn(async () => view),
    'my-data/save-settings': vi.fn(async () => view),
    'my-data/export': vi.fn(async () => ({ fileName: 'export.json', text: '{}' })),
    'my-data/preview-import': vi.fn(async () => ({ ok: false as const, problems: [] })),
    'my-data/import': vi.fn(async () => ({ ok: false as const, problems: [] })),
    'my-data/delete-all': vi.fn(async () => view),
  };
}
