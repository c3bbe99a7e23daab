import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsUtc } from '../../src/core/reminders/months';
import { openExtensionPage, readDatabase } from './support/extension';
import {
  BROWSERS,
  buildDir,
  type ExtensionBrowser,
  launchWithExtension,
  waitFor,
} from './support/launch';
import {
  addAccountInOptions,
  dueReminderIds,
  openNotificationIds,
  openOptions,
  setTestClockTo,
  shownNotifications,
  waitForShown,
  wakeAlarmTime,
} from './support/reminders';
import { stopServiceWorker } from './support/worker';

const ADDRESS = 'alex@outlook.com';
const REVIEW = `${ADDRESS}:review-recovery`;
const DAY_MS = 24 * 60 * 60 * 1000;

interface StoredReminder {
  id: string;
  dueAt: number;
  firedFor: number | null;
  snoozedUntil: number | null;
  doneAt: number | null;
}
interface StoredAccount {
  address: string;
  kind: string;
  addedAt: number;
  addedFrom: string;
  recoveryReviewedAt: number | null;
}

async function stored(ext: ExtensionBrowser) {
  const dump = await readDatabase(ext);
  return {
    accounts: (dump.accounts ?? []) as StoredAccount[],
    reminders: (dump.reminders ?? []) as StoredReminder[],
    outbox: dump.outbox ?? [],
  };
}

async function reminder(ext: ExtensionBrowser, id: string): Promise<StoredReminder> {
  const found = (await stored(ext)).reminders.find((r) => r.id === id);
  if (!found) throw new Error(`No reminder ${id}`);
  return found;
}

async function openPopup(ext: ExtensionBrowser): Promise<Page> {
  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.waitForSelector('[data-testid="due-reminders"][data-state="ready"]');
  return popup;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSERS)('recovery reminders in %s', (browserName) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e');
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('an account added in options whose recovery info was never reviewed is due at once', async () => {
    const options = await openOptions(ext);
    await addAccountInOptions(options, ADDRESS);
    // The options page lists it as due, not as coming up in six months.
    await options.waitForSelector('[data-testid="reminders-section"][data-due-count="1"]', {
      timeout: 15_000,
    });
    expect(await dueReminderIds(options)).toEqual([REVIEW]);
    await options.close();

    const { accounts, reminders } = await stored(ext);
    expect(accounts).toEqual([
      expect.objectContaining({
        address: ADDRESS,
        kind: 'personal',
        addedFrom: 'options',
        recoveryReviewedAt: null,
      }),
    ]);
    const addedAt = accounts[0]?.addedAt ?? 0;
    expect(reminders.map((r) => [r.id, r.dueAt]).sort()).toEqual([
      [`${ADDRESS}:inactive-account`, addMonthsUtc(addedAt, 18)],
      [REVIEW, addedAt],
    ]);

    // The popup's reminders card shows it as due too.
    const popup = await openPopup(ext);
    expect(await dueReminderIds(popup)).toEqual([REVIEW]);
    await popup.close();
  });

  it('shows one notification for the review that is due', async () => {
    const { dueAt } = await reminder(ext, REVIEW);
    const shown = await waitForShown(ext, 1);
    expect(shown).toEqual([{ id: REVIEW, title: `Review the recovery info of ${ADDRESS}` }]);
    // Headless Firefox has nowhere to show notifications and closes them at once: there the
    // e2e build's record of each notification created is the evidence.
    if (browserName === 'chromium') {
      expect(await openNotificationIds(ext)).toContain(`reminder:${REVIEW}`);
    }
    expect((await reminder(ext, REVIEW)).firedFor).toBe(dueAt);

    // More wakes (opening the popup is one) never show it again.
    const popup = await openPopup(ext);
    await popup.close();
    await pause(500);
    expect(await shownNotifications(ext)).toHaveLength(1);
    expect((await stored(ext)).outbox).toEqual([]);
  });

  it('the popup lists it; "Snooze 1 day" hides it until tomorrow', async () => {
    const popup = await openPopup(ext);
    expect(await dueReminderIds(popup)).toEqual([REVIEW]);
    const link = await popup.$eval('[data-action="review"]', (a) => a.getAttribute('href'));
    expect(link).toBe('https://account.microsoft.com/security');
    // The extension's clock is still the real one: no test clock was set yet.
    const snoozedAt = Date.now();
    await popup.click(`[data-reminder-id="${REVIEW}"] [data-action="snooze"]`);
    await popup.waitForSelector('[data-testid="due-reminders"][data-due-count="0"]');
    await popup.close();

    const { snoozedUntil } = await reminder(ext, REVIEW);
    expect(snoozedUntil).toBeGreaterThanOrEqual(snoozedAt + DAY_MS);
    expect(snoozedUntil).toBeLessThanOrEqual(Date.now() + DAY_MS);
    await waitFor(
      async () => !(await openNotificationIds(ext)).includes(`reminder:${REVIEW}`),
      'the snoozed notification to close',
    );
    expect(await shownNotifications(ext)).toHaveLength(1);
  });

  it('fires once more when the snooze ends, and "Done" records the review', async () => {
    const { snoozedUntil } = await reminder(ext, REVIEW);
    await setTestClockTo(ext, (snoozedUntil ?? 0) + 60_000);
    expect((await waitForShown(ext, 2)).map((n) => n.id)).toEqual([REVIEW, REVIEW]);

    const popup = await openPopup(ext);
    expect(await dueReminderIds(popup)).toEqual([REVIEW]);
    await popup.click(`[data-reminder-id="${REVIEW}"] [data-action="done"]`);
    await popup.waitForSelector('[data-testid="due-reminders"][data-due-count="0"]');
    await popup.close();

    const { accounts } = await stored(ext);
    const reviewedAt = accounts[0]?.recoveryReviewedAt ?? 0;
    expect(reviewedAt).toBeGreaterThan(snoozedUntil ?? 0);
    const after = await reminder(ext, REVIEW);
    expect(after).toMatchObject({ dueAt: addMonthsUtc(reviewedAt, 6), doneAt: null });
    await waitFor(
      async () => !(await openNotificationIds(ext)).includes(`reminder:${REVIEW}`),
      'the notification to close once done',
    );
    expect(await shownNotifications(ext)).toHaveLength(2);
  });

  it(`fires exactly once when its alarm goes off${browserName === 'chromium' ? ', with the service worker stopped' : ''}`, async () => {
    const { dueAt } = await reminder(ext, REVIEW);
    // Four seconds before the next review: the engine sets its alarm for then.
    await setTestClockTo(ext, dueAt - 4_000);
    await waitFor(async () => {
      const at = await wakeAlarmTime(ext);
      return at !== null && at < Date.now() + 10_000;
    }, 'the wake-up alarm');
    if (browserName === 'chromium') await stopServiceWorker(ext);

    const shown = await waitForShown(ext, 3, 30_000);
    expect(shown.map((n) => n.id)).toEqual([REVIEW, REVIEW, REVIEW]);
    expect((await reminder(ext, REVIEW)).firedFor).toBe(dueAt);

    // Stopped again and woken again (browser start runs the same wake): still once.
    if (browserName === 'chromium') await stopServiceWorker(ext);
    const popup = await openPopup(ext);
    expect(await dueReminderIds(popup)).toEqual([REVIEW]);
    await popup.close();
    await pause(500);
    expect(await shownNotifications(ext)).toHaveLength(3);
    if (browserName === 'chromium') {
      expect(await openNotificationIds(ext)).toEqual([`reminder:${REVIEW}`]);
    }
  });
});

describe('the production build', () => {
  it.each(['chromium', 'firefox'] as const)('has no test clock (%s)', (name) => {
    const dir = buildDir(name);
    const scripts = [
      ...readdirSync(dir).filter((f) => f.endsWith('.js')),
      ...readdirSync(`${dir}/chunks`).map((f) => `chunks/${f}`),
    ];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const text = readFileSync(`${dir}/${script}`, 'utf8');
      expect(text, script).not.toContain('test:clockOffsetMs');
      expect(text, script).not.toContain('test:shown');
    }
    const e2e = readFileSync(`${buildDir(name, 'e2e')}/background.js`, 'utf8');
    expect(e2e).toContain('test:clockOffsetMs');
  });
});
