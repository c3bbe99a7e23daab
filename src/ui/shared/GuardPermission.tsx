import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GUARD_ORIGINS } from '../../core/permissions';
import { t } from './i18n';
import { usePolicy } from './use-policy';

type GuardState = 'checking' | 'off' | 'on' | 'refused' | 'failed';

/**
 * Offers the lookalike guard and asks for its permission only when the user turns it on. When the
 * organisation requires the guard, there is no "Turn off", and a missing permission is asked for.
 * `compact` (the popup) folds the explanation under a disclosure: the card then takes the same
 * few lines in every language, and the popup fits 360 × 600 under a lookalike's warning.
 */
export function GuardPermission({
  compact = false,
  explanation,
}: {
  compact?: boolean;
  /** In place of the usual explanation, shown on and off (the welcome page's own words). */
  explanation?: ComponentChildren;
}) {
  const [state, setState] = useState<GuardState>('checking');
  const policy = usePolicy();
  const required = policy?.requireLookalikeGuard ?? false;

  useEffect(() => {
    browser.permissions.contains({ origins: GUARD_ORIGINS }).then(
      (granted) => setState(granted ? 'on' : 'off'),
      () => setState('failed'),
    );
  }, []);

  async function turnOn() {
    try {
      const granted = await browser.permissions.request({ origins: GUARD_ORIGINS });
      setState(granted ? 'on' : 'refused');
    } catch {
      setState('failed');
    }
  }

  async function turnOff() {
    await browser.permissions.remove({ origins: GUARD_ORIGINS }).catch(() => false);
    setState('off');
  }

  return (
    <section
      class="card"
      data-testid="guard"
      data-guard={state}
      data-required={required}
      aria-labelledby="guard-heading"
    >
      <h2 id="guard-heading">{t('guard.heading')}</h2>
      {explanation}
      {state === 'on' ? (
        <>
          <p>{t('guard.on')}</p>
          {required ? (
            <p data-testid="guard-required">{t('guard.required')}</p>
          ) : (
            // Not offered until the policy is known: it may require the guard.
            <button type="button" onClick={turnOff} disabled={policy === null}>
              {t('guard.turn-off')}
            </button>
          )}
        </>
      ) : (
        <>
          {required && (
            <p role="alert" data-testid="guard-required">
              {t('guard.required-missing')}
            </p>
          )}
          {explanation === undefined &&
            (compact ? (
              // What stays unprotected is what the popup says first; how it works unfolds below.
              <details data-testid="guard-explanation">
                <summary data-testid="guard-unprotected">{t('guard.off-unprotected')}</summary>
                <p>{t('guard.explanation')}</p>
              </details>
            ) : (
              <p>{t('guard.explanation')}</p>
            ))}
          {state === 'refused' && <p role="status">{t('guard.refused')}</p>}
          {state === 'failed' && <p role="alert">{t('guard.failed')}</p>}
          <button type="button" class="primary" onClick={turnOn} disabled={state === 'checking'}>
            {t('guard.turn-on')}
          </button>
        </>
      )}
    </section>
  );
}
