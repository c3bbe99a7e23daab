import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { SectionProps } from './MyData';

export const INTERVAL_CHOICES = Array.from({ length: 12 }, (_, index) => index + 1);

export function monthsLabel(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

/** How often to review recovery info: 1 to 12 months (each account may override it). */
export function ReminderSettingsSection({ view, run, busy }: SectionProps) {
  const [saved, setSaved] = useState('');
  async function change(event: Event) {
    const months = Number((event.currentTarget as HTMLSelectElement).value);
    setSaved('');
    const ok = await run(() =>
      send({ type: 'my-data/save-settings', reminderIntervalMonths: months }),
    );
    if (ok) setSaved(`Saved: every ${monthsLabel(months)}.`);
  }
  return (
    <section class="card" id="reminder-settings" aria-labelledby="reminder-settings-heading">
      <h2 id="reminder-settings-heading">Reminder settings</h2>
      <label class="rm-field">
        <span>Remind me to review each account’s recovery info every</span>
        <select
          data-testid="interval-setting"
          value={String(view.settings.reminderIntervalMonths)}
          disabled={busy}
          onChange={change}
        >
          {INTERVAL_CHOICES.map((months) => (
            <option key={months} value={String(months)}>
              {monthsLabel(months)}
              {months === 6 ? ' (recommended)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">
        An account can have its own interval: edit it under Your accounts. Personal accounts also
        get a reminder to sign in before Microsoft closes them for inactivity, and after you reset a
        password, a reminder to sign your devices back in.
      </p>
      <p role="status" class="muted">
        {saved}
      </p>
    </section>
  );
}
