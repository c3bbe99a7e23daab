import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { AccountListing, LookupRunResult, SavedLookups } from '../../messaging/messages';
import {
  answerWith,
  EMPTY_LISTING,
  isListed,
  needsQuestions,
  type Questionnaire,
  situationFor,
  typoFix,
} from './answer';
import './account-check.css';
import { announceAccountsChanged } from '../shared/accounts-changed';
import { say, t, tn } from '../shared/i18n';
import { CONSENT_DECLINED, requestLookupConsent } from './lookup-consent';
import { NextSteps } from './NextSteps';
import { OnlineCheck } from './OnlineCheck';
import { Questions } from './Questions';
import { SavedResults } from './SavedResults';
import { answerHeadline, kindHint, outcomeCode } from './text';

/**
 * "Do I already have a Microsoft account?" in the popup. The form works from the first render:
 * the person's accounts and saved results load in the background and refine the answer when
 * they arrive. Nothing leaves the device unless the person clicks "Ask Microsoft".
 */
export function AccountCheck() {
  const [input, setInput] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [questionnaire, setQuestionnaire] = useState<Questionnaire>({});
  const [listing, setListing] = useState<AccountListing>(EMPTY_LISTING);
  const [saved, setSaved] = useState<SavedLookups | null>(null);
  const [online, setOnline] = useState<{ address: string; result: LookupRunResult } | null>(null);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    let live = true;
    send({ type: 'accounts/list' }).then(
      (value) => live && setListing(value),
      () => {}, // The offline answer works without the list.
    );
    send({ type: 'lookup/list' }).then(
      (value) => live && setSaved(value),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  const answer = useMemo(
    () => (checked === null ? null : answerWith(checked, listing, questionnaire)),
    [checked, listing, questionnaire],
  );

  function check(value: string) {
    setChecked(value);
    setQuestionnaire({});
    setOnline(null);
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    check(input);
  }

  function applyFix(fixed: string) {
    setInput(fixed);
    check(fixed);
  }

  const address = answer?.address ?? null;
  const savedForAddress =
    address === null ? undefined : saved?.results.find((r) => r.address === address);
  const latest = online !== null && online.address === address ? online.result : null;
  const latestCode =
    latest?.status === 'answered'
      ? outcomeCode(latest.outcome)
      : (savedForAddress?.outcome ?? null);
  const listed = checked !== null && isListed(checked, listing);
  const fix = answer ? typoFix(answer) : null;
  const situation = answer && !fix ? situationFor(answer, latestCode, listed) : null;

  async function ask(target: string): Promise<LookupRunResult> {
    // First, while the click is still being handled: Firefox asks before the address leaves.
    const result = (await requestLookupConsent())
      ? await send({ type: 'lookup/run', address: target })
      : CONSENT_DECLINED;
    setOnline({ address: target, result });
    if (result.status === 'answered') {
      send({ type: 'lookup/list' }).then(setSaved, () => {});
    }
    return result;
  }

  async function clearSaved() {
    await send({ type: 'lookup/clear' });
    setSaved((current) => (current ? { ...current, results: [] } : current));
    setCleared(true);
  }

  async function addToAccounts(kind: 'personal' | 'work-school' | 'unknown') {
    if (address === null) return;
    await send({ type: 'accounts/add', address, kind });
    setListing(await send({ type: 'accounts/list' }));
    announceAccountsChanged();
  }

  const headline = fix
    ? { tone: 'typo' as const, text: t('answer.typo', { address: fix }) }
    : answer
      ? answerHeadline(answer)
      : null;
  const hint = answer ? kindHint(answer) : null;

  return (
    <section class="card account-check" aria-labelledby="account-check-heading">
      <h2 id="account-check-heading">{t('check.heading')}</h2>
      <form class="ac-form" onSubmit={onSubmit} data-testid="account-check-form">
        <label for="account-check-input" class="ac-label">
          {t('check.label')}
        </label>
        <div class="ac-row">
          <input
            id="account-check-input"
            name="address"
            type="text"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="off"
            spellcheck={false}
            maxLength={320}
            value={input}
            onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)}
            placeholder={t('check.placeholder')}
          />
          <button type="submit" class="primary">
            {t('check.button')}
          </button>
        </div>
      </form>

      <div aria-live="polite" data-testid="account-answer-region">
        {answer && headline && (
          <div
            class="ac-answer"
            data-testid="account-answer"
            data-tone={headline.tone}
            data-address={answer.address ?? ''}
          >
            <p class="ac-headline" data-kind={answer.kind} data-confidence={answer.confidence}>
              {headline.text}
            </p>
            {fix && (
              <p>
                <button
                  type="button"
                  class="primary"
                  data-testid="typo-fix"
                  onClick={() => applyFix(fix)}
                >
                  {t('answer.typo-fix', { address: fix })}
                </button>
              </p>
            )}
            {/* The strongest reason shows; the others fold, so the answer fits the popup. */}
            <ul class="ac-reasons" data-testid="account-reasons">
              {answer.reasons.slice(0, 1).map((reason) => (
                <li key={reason.code} data-code={reason.code}>
                  {say(reason)}
                </li>
              ))}
            </ul>
            {answer.reasons.length > 1 && (
              <details class="ac-more" data-testid="more-answer-reasons">
                <summary>{tn('popup.more-reasons', answer.reasons.length - 1)}</summary>
                <ul class="ac-reasons">
                  {answer.reasons.slice(1).map((reason) => (
                    <li key={reason.code} data-code={reason.code}>
                      {say(reason)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {hint && <p class="muted ac-hint">{hint}</p>}
          </div>
        )}
      </div>

      {answer && !fix && needsQuestions(answer) && (
        <Questions answers={questionnaire} onChange={setQuestionnaire} />
      )}

      {address !== null && !fix && (
        <OnlineCheck
          key={address}
          address={address}
          allowed={saved?.allowed ?? true}
          offByPolicy={saved?.offByPolicy ?? false}
          saved={savedForAddress}
          latest={latest}
          onAsk={ask}
        />
      )}

      {situation && (
        <NextSteps situation={situation} onAdd={addToAccounts} key={situation.address} />
      )}

      {saved && saved.results.length > 0 && (
        <SavedResults results={saved.results} onClear={clearSaved} />
      )}
      {cleared && saved?.results.length === 0 && (
        <p role="status" class="muted" data-testid="saved-cleared">
          {t('check.saved-cleared')}
        </p>
      )}
    </section>
  );
}
