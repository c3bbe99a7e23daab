import type { SightingRecord } from '../../storage/records';
import { t } from './i18n';
import { formatWhen, pageKindLabel, VERDICT_HEADLINES } from './labels';

export function SightingsList({ sightings }: { sightings: SightingRecord[] }) {
  if (sightings.length === 0) {
    return <p class="muted">{t('sightings.none')}</p>;
  }
  return (
    <ul class="plain" data-testid="sightings">
      {sightings.map((s) => (
        <li key={s.id} data-verdict={s.verdict}>
          <strong>{s.host}</strong>{' '}
          <span class="muted">
            {s.verdict === 'lookalike' ? VERDICT_HEADLINES.lookalike : pageKindLabel(s.kind)} ·{' '}
            {formatWhen(s.seenAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
