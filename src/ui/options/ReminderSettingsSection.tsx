import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import { t, tn } from '../shared/i18n';
import type { SectionProps } from './MyData';

export const INTERVAL_CHOICES = Array.from({ length: 12 }, (_, index) => index + 1);

export function monthsLabel(months: number): string {
  return tn('months', months);
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
    if (ok) setSaved(t('reminder-settings.saved', { interval: monthsLabel(months) }));
  }
  return (
    <section class="card" id="reminder-settings" aria-labelledby="reminder-settings-heading">
      <h2 id="reminder-settings-heading">{t('reminder-settings.heading')}</h2>
      <label class="rm-field">
        <span>{t('reminder-settings.label')}</span>
        <select
          data-testid="interval-setting"
          value={String(view.settings.reminderIntervalMonths)}
          disabled={busy}
          onChange={change}
        >
          {INTERVAL_CHOICES.map((months) => (
            <option key={months} value={String(months)}>
              {months === 6
                ? t('interval.recommended', { interval: monthsLabel(months) })
                : monthsLabel(months)}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{t('reminder-settings.help')}</p>
      <p role="status" class="muted">
        {saved}
      </p>
    </section>
  );
}
