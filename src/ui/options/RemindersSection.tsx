import { send } from '../../messaging/client';
import { formatDate } from '../reminders/format';
import { ReminderList } from '../reminders/ReminderList';
import { t } from '../shared/i18n';
import type { SectionProps } from './MyData';

/** What is due now (with the notification's three actions) and what comes next. */
export function RemindersSection({ view, run, busy }: SectionProps) {
  const { due, upcoming, now } = view.reminders;
  const act = (id: string, action: 'done' | 'snooze') =>
    void run(async () => {
      await send({ type: 'reminders/act', id, action });
      return send({ type: 'my-data/view' });
    });
  return (
    <section
      class="card"
      id="reminders"
      data-testid="reminders-section"
      data-due-count={due.length}
      aria-labelledby="reminders-heading"
    >
      <h2 id="reminders-heading" tabIndex={-1}>
        {t('reminders-section.heading')}
      </h2>
      {due.length === 0 ? (
        <p class="muted">{t('reminders-section.none')}</p>
      ) : (
        <ReminderList items={due} now={now} onAct={act} busy={busy} detailed />
      )}
      {upcoming.length > 0 && (
        <>
          <h3>{t('reminders-section.coming-up')}</h3>
          <ul class="plain" data-testid="upcoming-list">
            {upcoming.slice(0, 10).map((item) => (
              <li key={item.id} data-reminder-id={item.id} data-status={item.status}>
                {t(`reminder-type.${item.type}`)} · {item.label || item.account} ·{' '}
                <span class="muted">
                  {item.status === 'snoozed'
                    ? t('reminders-section.snoozed-until', { date: formatDate(item.dueAt) })
                    : formatDate(item.dueAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
