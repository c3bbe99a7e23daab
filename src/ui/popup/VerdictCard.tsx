import type { Classification, Reason } from '../../core/detection/types';
import { say, t, tn } from '../shared/i18n';
import { pageKindLabel, serviceLabel, VERDICT_HEADLINES } from '../shared/labels';
import { ReportPage } from './ReportPage';

function ReasonItems({ reasons }: { reasons: readonly Reason[] }) {
  return reasons.map((reason) => (
    <li key={reason.code} data-code={reason.code}>
      {say(reason)}
    </li>
  ));
}

/**
 * What the page is, and why. A lookalike's first reason is enough to stop, and the rest fold
 * away so that the popup still fits 360 × 600 with however many there are. Other verdicts show
 * every reason: a genuine page's second one is the organisation's warning about its tenant.
 */
export function VerdictCard({
  classification,
  url = null,
}: {
  classification: Classification;
  /** The tab's address, for "Report this page to Microsoft" on a lookalike. */
  url?: string | null;
}) {
  const service = serviceLabel(classification.service);
  const kind = pageKindLabel(classification.kind);
  const folds = classification.verdict === 'lookalike' && classification.reasons.length > 1;
  const shown = folds ? classification.reasons.slice(0, 1) : classification.reasons;
  const folded = folds ? classification.reasons.slice(1) : [];
  const report = classification.verdict === 'lookalike' ? url : null;
  return (
    <section class="card" data-testid="verdict" data-verdict={classification.verdict}>
      <h1>{VERDICT_HEADLINES[classification.verdict]}</h1>
      {service && <p data-testid="service">{service}</p>}
      {kind && <p data-testid="page-kind">{kind}</p>}
      {shown.length > 0 && (
        <ul data-testid="reasons">
          <ReasonItems reasons={shown} />
        </ul>
      )}
      {classification.organisationSignIn && (
        <p data-testid="organisation-sign-in">
          {t(`org-sign-in.${classification.organisationSignIn.source}`, {
            organisation: classification.organisationSignIn.organisation,
          })}
        </p>
      )}
      {/* A lookalike's own reasons already say where it is published (and the popup must fit). */}
      {classification.hosting && classification.verdict !== 'lookalike' && (
        <div data-testid="shared-content-notice" class="notice">
          <p>{t('shared-content.notice', { product: classification.hosting.product })}</p>
          <p>{t('shared-content.trick')}</p>
        </div>
      )}
      {(folded.length > 0 || report) && (
        <div class="verdict-more">
          {folded.length > 0 && (
            <details data-testid="more-reasons">
              <summary>{tn('popup.more-reasons', folded.length)}</summary>
              <ul>
                <ReasonItems reasons={folded} />
              </ul>
            </details>
          )}
          {report && <ReportPage url={report} />}
        </div>
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
