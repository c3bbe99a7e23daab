import { useState } from 'preact/hooks';
import type { LookupRecord } from '../../storage/records';
import { t } from '../shared/i18n';
import { checkedAgo, outcomeTitle } from './text';

/** Earlier answers from Microsoft, folded away until opened. */
export function SavedResults({
  results,
  onClear,
}: {
  results: LookupRecord[];
  onClear: () => Promise<void>;
}) {
  const [failed, setFailed] = useState(false);
  const now = Date.now();

  async function clear() {
    try {
      await onClear();
    } catch {
      setFailed(true);
    }
  }

  return (
    <details class="ac-saved" data-testid="saved-lookups">
      <summary>{t('saved.summary', { count: results.length })}</summary>
      <ul class="plain">
        {results.map((result) => (
          <li key={result.address} data-outcome={result.outcome}>
            <strong>{result.address}</strong>{' '}
            <span class="muted">
              {outcomeTitle(result.outcome)} · {checkedAgo(result.checkedAt, now)}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={clear} data-testid="clear-saved">
        {t('saved.clear')}
      </button>
      {failed && <p role="alert">{t('saved.clear-failed')}</p>}
    </details>
  );
}
