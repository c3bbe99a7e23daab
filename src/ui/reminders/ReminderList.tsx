import type { ReminderItem } from '../../core/reminders/presentation';
import { t } from '../shared/i18n';
import { formatDue, reminderText } from './format';

export type ReminderActionName = 'done' | 'snooze';

interface ReminderListProps {
  items: ReminderItem[];
  now: number;
  /** Called for "Snooze" and "Done"; the list disables its buttons while `busy`. */
  onAct(id: string, action: ReminderActionName): void;
  busy?: boolean;
  /** Show the explanation under each title (the options page does; the popup is compact). */
  detailed?: boolean;
}

/** Reminders that are due, each with "Review now", "Snooze 1 day" and "Done". */
export function ReminderList({
  items,
  now,
  onAct,
  busy = false,
  detailed = false,
}: ReminderListProps) {
  return (
    <ul class="rm-list" data-testid="due-list">
      {items
        .map((item) => ({ item, text: reminderText(item) }))
        .map(({ item, text }) => (
          <li
            key={item.id}
            class="rm-item"
            data-testid="reminder"
            data-reminder-id={item.id}
            data-type={item.type}
            data-status={item.status}
          >
            <p class="rm-title">
              <strong>{text.title}</strong>
            </p>
            {detailed && <p class="rm-message">{text.message}</p>}
            <p class="muted rm-when">{t('reminders.due', { when: formatDue(item.dueAt, now) })}</p>
            <div class="rm-actions">
              <a
                class="rm-button primary"
                href={item.actionUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-action={item.action}
                aria-label={t(`reminders.action.${item.action}.label`, { title: text.title })}
              >
                {t(`reminders.action.${item.action}`)}
              </a>
              <button
                type="button"
                data-action="snooze"
                disabled={busy}
                aria-label={t('reminders.snooze.label', { title: text.title })}
                onClick={() => onAct(item.id, 'snooze')}
              >
                {t('reminders.snooze')}
              </button>
              <button
                type="button"
                data-action="done"
                disabled={busy}
                aria-label={t('reminders.done.label', { title: text.title })}
                onClick={() => onAct(item.id, 'done')}
              >
                {t('reminders.done')}
              </button>
            </div>
          </li>
        ))}
    </ul>
  );
}
