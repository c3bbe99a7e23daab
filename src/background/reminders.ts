import { browser } from 'wxt/browser';
import type { ReminderItem } from '../core/reminders';
import { REMINDER_TYPES, type ReminderType, reminderAction, reminderCopy } from '../core/reminders';
import { createAccountsRepo } from '../storage/accounts-repo';
import { now } from './clock';
import { database } from './database';
import { bt } from './i18n';
import { createReminderEngine, type WakeReport } from './reminder-engine';

/**
 * Recovery reminders in the browser: the engine (see reminder-engine.ts) given real alarms and
 * notifications, and woken on install, update, browser start, every worker start and every alarm.
 *
 * Notifications: Chromium shows two buttons, "Review now" and "Snooze 1 day" (it allows no more
 * than two); clicking the notification itself opens the options page at its reminders, where
 * "Done" is. Firefox supports no buttons: there the click opens the same list. The popup lists
 * what is due with all three actions in both browsers.
 */

const WAKE_ALARM = 'reminders:wake';
/** A safety net: a wake every few hours whatever happens (missed alarms, accounts added elsewhere). */
const SWEEP_ALARM = 'reminders:sweep';
const SWEEP_MINUTES = 6 * 60;
const NOTIFICATION_PREFIX = 'reminder:';
const BUTTONS = ['review', 'snooze'] as const;

const notificationId = (reminderId: string) => `${NOTIFICATION_PREFIX}${reminderId}`;
const reminderIdOf = (id: string) =>
  id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null;

function logError(what: string, error: unknown): void {
  console.error(`Account Helper: ${what} failed`, error);
}

async function showNotification(item: ReminderItem): Promise<void> {
  // In the browser's UI language, like the popup's list of the same reminders.
  const copy = reminderCopy(item.type, item.account, item.label, bt, item.kind);
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icons/icon-128.png'),
    title: copy.title,
    message: copy.message,
    ...(import.meta.env.FIREFOX
      ? {}
      : {
          buttons: [
            { title: bt(`reminders.action.${item.action}`) },
            { title: bt('reminders.snooze') },
          ],
          requireInteraction: true,
        }),
  };
  await browser.notifications.create(notificationId(item.id), options);
  if (import.meta.env.MODE === 'e2e') {
    // The e2e build records every notification it showed, to count them.
    const key = `test:shown:${item.id}:${item.firedFor}:${Date.now()}:${Math.random()}`;
    await browser.storage.local.set({ [key]: { id: item.id, title: item.title } });
  }
}

async function hideAllBut(dueIds: ReadonlySet<string>): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(shown).map((id) => {
      const reminderId = reminderIdOf(id);
      return reminderId !== null && !dueIds.has(reminderId)
        ? browser.notifications.clear(id)
        : null;
    }),
  );
}

async function scheduleWake(delayMs: number | null): Promise<void> {
  if (delayMs === null) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  // Alarms keep wall-clock time: `when` is right even if the worker is stopped meanwhile.
  await browser.alarms.create(WAKE_ALARM, { when: Date.now() + delayMs });
}

export const reminderEngine = createReminderEngine({
  database,
  now,
  show: showNotification,
  hideAllBut,
  scheduleWake,
  onError: logError,
});

export function wakeReminders(reason: string): Promise<WakeReport | null> {
  return reminderEngine.wake().catch((error: unknown) => {
    logError(`the reminder check (${reason})`, error);
    return null;
  });
}

async function openReminderList(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#reminders') });
}

async function reviewNow(reminderId: string): Promise<void> {
  const address = reminderId.slice(0, reminderId.lastIndexOf(':'));
  const account = await createAccountsRepo(await database()).get(address);
  const type = reminderId.slice(reminderId.lastIndexOf(':') + 1) as ReminderType;
  const { url } = reminderAction(REMINDER_TYPES.includes(type) ? type : 'review-recovery', {
    address,
    kind: account?.kind ?? 'unknown',
  });
  await browser.tabs.create({ url });
}

async function ensureSweepAlarm(): Promise<void> {
  if (!(await browser.alarms.get(SWEEP_ALARM))) {
    await browser.alarms.create(SWEEP_ALARM, {
      delayInMinutes: SWEEP_MINUTES,
      periodInMinutes: SWEEP_MINUTES,
    });
  }
}

/** Registers the listeners (synchronously, as MV3 requires) and runs a first wake. */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM || alarm.name === SWEEP_ALARM) void wakeReminders(alarm.name);
  });

  browser.notifications.onClicked.addListener((id) => {
    if (reminderIdOf(id) === null) return;
    void browser.notifications.clear(id);
    openReminderList().catch((error: unknown) => logError('opening the reminders', error));
  });

  // Firefox has no notification buttons (and no such event).
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const reminderId = reminderIdOf(id);
    if (reminderId === null) return;
    void browser.notifications.clear(id);
    const action = BUTTONS[index];
    const done =
      action === 'review'
        ? reviewNow(reminderId)
        : action === 'snooze'
          ? reminderEngine.act(reminderId, 'snooze')
          : Promise.resolve();
    done.catch((error: unknown) => logError(`the reminder's "${action}" button`, error));
  });

  browser.runtime.onStartup.addListener(() => void wakeReminders('browser start'));
  browser.runtime.onInstalled.addListener(({ reason }) => void wakeReminders(reason));

  if (import.meta.env.MODE === 'e2e') {
    // Moving the e2e build's test clock wakes the engine, as the alarm would at that time.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'test:clockOffsetMs' in changes) void wakeReminders('test clock');
    });
  }

  void ensureSweepAlarm().catch((error: unknown) => logError('setting the reminder sweep', error));
  void wakeReminders('worker start');
}
