import type { Classification } from '../../core/detection/types';
import { say, t } from '../shared/i18n';
import { pageKindLabel, serviceLabel, VERDICT_HEADLINES } from '../shared/labels';

export function VerdictCard({ classification }: { classification: Classification }) {
  const service = serviceLabel(classification.service);
  const kind = pageKindLabel(classification.kind);
  return (
    <section class="card" data-testid="verdict" data-verdict={classification.verdict}>
      <h1>{VERDICT_HEADLINES[classification.verdict]}</h1>
      {service && <p data-testid="service">{service}</p>}
      {kind && <p data-testid="page-kind">{kind}</p>}
      {classification.reasons.length > 0 && (
        <ul data-testid="reasons">
          {classification.reasons.map((reason) => (
            <li key={reason.code} data-code={reason.code}>
              {say(reason)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** No verdict: the popup could not read the tab's address (a browser page), or failed to ask. */
export function UncheckedCard({ failure }: { failure?: string }) {
  return failure === undefined ? (
    <section class="card" data-testid="verdict" data-verdict="unknown">
      <h1>{t('popup.unchecked')}</h1>
      <p>{t('popup.not-checked')}</p>
    </section>
  ) : (
    <section class="card" data-testid="verdict" data-verdict="failed">
      <h1>{t('popup.unchecked')}</h1>
      <p role="alert">{t('popup.failed', { error: failure })}</p>
    </section>
  );
}
