import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { MyDataView } from '../../messaging/reminder-messages';
import { errorMessage } from '../reminders/format';
import { t } from '../shared/i18n';
import '../reminders/reminders.css';
import { AccountsSection } from './AccountsSection';
import { DataSection } from './DataSection';
import { PrivacySection } from './PrivacySection';
import { ReminderSettingsSection } from './ReminderSettingsSection';
import { RemindersSection } from './RemindersSection';

/** Runs a change in the background and shows the data as it is afterwards. */
export type RunChange = (change: () => Promise<MyDataView>) => Promise<boolean>;

/**
 * The options page's sections about the user's accounts, reminders, privacy and data. They share
 * one view of the data, which every change returns fresh from the background.
 */
export function MyData({ onAllDeleted }: { onAllDeleted?(): void } = {}) {
  const [view, setView] = useState<MyDataView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    send({ type: 'my-data/view' }).then(setView, (error: unknown) =>
      setFailure(errorMessage(error)),
    );
  }, []);

  useEffect(() => {
    // Opened from a notification: go to the reminders.
    if (view && location.hash === '#reminders') {
      const heading = document.getElementById('reminders-heading');
      heading?.scrollIntoView();
      heading?.focus();
    }
  }, [view === null]);

  const run: RunChange = useCallback(async (change) => {
    setBusy(true);
    setFailure(null);
    try {
      setView(await change());
      return true;
    } catch (error) {
      setFailure(errorMessage(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  if (!view) {
    return failure ? (
      <p role="alert" class="card" data-testid="my-data-failed">
        {t('options.my-data.failed', { error: failure })}
      </p>
    ) : (
      <p class="muted">{t('options.my-data.loading')}</p>
    );
  }
  return (
    <div class="rm-page" data-testid="my-data" data-busy={busy}>
      {failure && (
        <p role="alert" class="card rm-error">
          {t('options.change-failed', { error: failure })}
        </p>
      )}
      <RemindersSection view={view} run={run} busy={busy} />
      <AccountsSection view={view} run={run} busy={busy} />
      <ReminderSettingsSection view={view} run={run} busy={busy} />
      <PrivacySection view={view} run={run} busy={busy} />
      <DataSection run={run} busy={busy} onAllDeleted={onAllDeleted} />
    </div>
  );
}

export interface SectionProps {
  view: MyDataView;
  run: RunChange;
  busy: boolean;
}
