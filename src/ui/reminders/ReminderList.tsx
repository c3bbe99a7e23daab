import type { ReminderItem } from '../../core/reminders/presentation';
import { formatDue } from './format';

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
      {items.map((item) => (
        <li
          key={item.id}
          class="rm-item"
          data-testid="reminder"
          data-reminder-id={item.id}
          data-type={item.type}
          data-status={item.status}
        >
          <p class="rm-title">
            <strong>{item.title}</strong>
          </p>
          {detailed && <p class="rm-message">{item.message}</p>}
          <p class="muted rm-when">Due {formatDue(item.dueAt, now)}</p>
          <div class="rm-actions">
            <a
              class="rm-button primary"
              href={item.reviewUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-action="review"
              aria-label={`Review now: ${item.title} (opens Microsoft’s security page)`}
            >
              Review now
            </a>
            <button
              type="button"
              data-action="snooze"
              disabled={busy}
              aria-label={`Snooze 1 day: ${item.title}`}
              onClick={() => onAct(item.id, 'snooze')}
            >
              Snooze 1 day
            </button>
            <button
              type="button"
              data-action="done"
              disabled={busy}
              aria-label={`Done: ${item.title}`}
              onClick={() => onAct(item.id, 'done')}
            >
              Done
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
