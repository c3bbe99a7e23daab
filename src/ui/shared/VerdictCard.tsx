import type { Classification } from '../../core/detection/types';
import { say } from './i18n';
import { pageKindLabel, serviceLabel, VERDICT_HEADLINES } from './labels';

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
