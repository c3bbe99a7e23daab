import { useEffect, useState } from 'preact/hooks';
import type { ReminderOverview } from '../../core/reminders/presentation';
import { send } from '../../messaging/client';
import { onAccountsChanged } from '../shared/accounts-changed';
import { t, tParts } from '../shared/i18n';
import { errorMessage, formatDate } from './format';
import { type ReminderActionName, ReminderList } from './ReminderList';
import './reminders.css';

type State =
  | { status: 'loading' }
  | { status: 'ready'; overview: ReminderOverview }
  | { status: 'failed'; message: string };

/**
 * The popup's compact list of recovery reminders that are due, with the same three actions as the
 * notification. It is also the way to act on a reminder in Firefox, whose notifications have no
 * buttons.
 */
export function DueReminders() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    const load = () =>
      send({ type: 'reminders/overview' }).then(
        (overview) => live && setState({ status: 'ready', overview }),
        (error: unknown) => live && setState({ status: 'failed', message: errorMessage(error) }),
      );
    void load();
    // An account added by the account check beside this card has reminders at once.
    const stop = onAccountsChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);

  async function act(id: string, action: ReminderActionName) {
    setBusy(true);
    try {
      const overview = await send({ type: 'reminders/act', id, action });
      setState({ status: 'ready', overview });
      setNote(action === 'done' ? t('reminders.marked-done') : t('reminders.snoozed'));
    } catch (error) {
      setNote(t('reminders.update-failed', { error: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  if (state.status === 'loading') return null;
  if (state.status === 'failed') {
    return (
      <section class="card rm-popup" data-testid="due-reminders" data-state="failed">
        <p role="alert">{t('reminders.read-failed', { error: state.message })}</p>
      </section>
    );
  }
  const { due, upcoming, now } = state.overview;
  const next = upcoming[0];
  return (
    <section
      class="card rm-popup"
      data-testid="due-reminders"
      data-state="ready"
      data-due-count={due.length}
      aria-labelledby="due-reminders-heading"
    >
      <h2 id="due-reminders-heading">
        {due.length === 0
          ? t('reminders.heading')
          : t('reminders.heading.due', { count: due.length })}
      </h2>
      {due.length > 0 && <ReminderList items={due} now={now} onAct={act} busy={busy} />}
      {due.length === 0 && next && (
        <p class="muted" data-testid="next-reminder">
          {t(`reminders.next.${next.type}`, {
            account: next.account,
            date: formatDate(next.dueAt),
          })}
        </p>
      )}
      {due.length === 0 && !next && (
        <p class="muted">
          {tParts('reminders.none', {
            link: (
              <a href="/options.html#accounts" target="_blank" rel="noopener">
                {t('reminders.none.link')}
              </a>
            ),
          })}
        </p>
      )}
      <p class="rm-note" role="status">
        {note}
      </p>
    </section>
  );
}
