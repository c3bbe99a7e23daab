import { useState } from 'preact/hooks';
import type { LookupRunResult } from '../../messaging/messages';
import type { LookupRecord } from '../../storage/records';
import { say, t } from '../shared/i18n';
import { checkedAgo, LOOKUP_NOTE, outcomeCode, outcomeTitle } from './text';

/** Yes or no from Microsoft; anything else (an error, throttling, "can't tell") is a failure. */
const ANSWER_CODES = new Set(['exists-personal', 'exists-work-school', 'exists-both', 'not-found']);

function isAnswer(result: Extract<LookupRunResult, { status: 'answered' }>): boolean {
  return ANSWER_CODES.has(outcomeCode(result.outcome));
}

/**
 * Asking Microsoft: only on a click, every time, for the address shown. The sentence right
 * before the button says exactly what is sent.
 */
export function OnlineCheck({
  address,
  allowed,
  offByPolicy = false,
  saved,
  latest,
  onAsk,
}: {
  address: string;
  allowed: boolean;
  /** Lookups are off because the organisation's policy says so. */
  offByPolicy?: boolean;
  saved: LookupRecord | undefined;
  latest: LookupRunResult | null;
  onAsk: (address: string) => Promise<LookupRunResult>;
}) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const isEmail = address.includes('@');
  // The outcome's own yes/no reason repeats its message; the rest (error codes, federation, an
  // unmanaged organisation) helps the person.
  const details =
    latest?.status === 'answered'
      ? latest.outcome.reasons.filter((reason) => !reason.code.startsWith('if-exists-'))
      : [];

  async function ask() {
    setAsking(true);
    setFailed(false);
    try {
      await onAsk(address);
    } catch {
      setFailed(true);
    } finally {
      setAsking(false);
    }
  }

  return (
    <div class="ac-online" data-testid="online-check">
      {!isEmail ? (
        <p class="muted">{t('online.email-only')}</p>
      ) : !allowed && offByPolicy ? (
        <p class="muted" data-testid="lookups-off" data-by="organisation">
          {t('online.off-by-organisation')}
        </p>
      ) : !allowed ? (
        <p class="muted" data-testid="lookups-off">
          {t('online.off')}
        </p>
      ) : (
        <>
          <p class="muted" id="ac-lookup-note">
            {LOOKUP_NOTE}
          </p>
          <button
            type="button"
            data-testid="ask-microsoft"
            aria-describedby="ac-lookup-note"
            onClick={ask}
            disabled={asking}
          >
            {asking
              ? t('online.asking')
              : latest || saved
                ? t('online.ask-again')
                : t('online.ask')}
          </button>
        </>
      )}
      <div aria-live="polite" data-testid="lookup-result-region">
        {asking && <p class="muted">{t('online.waiting')}</p>}
        {!asking && latest?.status === 'answered' && !isAnswer(latest) && (
          // A failed lookup: one sentence saying what happened and what to do, nothing kept.
          <div
            class="ac-result"
            data-testid="lookup-result"
            data-status={latest.outcome.status}
            data-error={latest.outcome.errorCode ?? ''}
          >
            <p>{say(latest.outcome)}</p>
          </div>
        )}
        {!asking && latest?.status === 'answered' && isAnswer(latest) && (
          <div
            class="ac-result"
            data-testid="lookup-result"
            data-status={latest.outcome.status}
            data-error={latest.outcome.errorCode ?? ''}
          >
            <p class="ac-headline">{outcomeTitle(outcomeCode(latest.outcome))}</p>
            <p>{say(latest.outcome)}</p>
            {details.length > 0 && (
              <ul class="ac-reasons muted">
                {details.map((reason) => (
                  <li key={reason.code} data-code={reason.code}>
                    {say(reason)}
                  </li>
                ))}
              </ul>
            )}
            <p class="muted">{checkedAgo(latest.checkedAt, Date.now())}</p>
          </div>
        )}
        {!asking && latest?.status === 'refused' && (
          <div
            class="ac-result"
            data-testid="lookup-result"
            data-status="refused"
            data-reason={latest.reason}
          >
            <p>{say(latest)}</p>
          </div>
        )}
        {!asking && !latest && saved && (
          <div
            class="ac-result"
            data-testid="lookup-result"
            data-status={saved.outcome}
            data-saved="true"
          >
            <p class="ac-headline">{outcomeTitle(saved.outcome)}</p>
            <p class="muted">{checkedAgo(saved.checkedAt, Date.now())}</p>
          </div>
        )}
        {failed && <p role="alert">{t('online.failed')}</p>}
      </div>
    </div>
  );
}
