import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GUARD_EXPLANATION, GUARD_ORIGINS } from '../../core/permissions';
import { usePolicy } from './use-policy';

type GuardState = 'checking' | 'off' | 'on' | 'refused' | 'failed';

/**
 * Offers the lookalike guard and asks for its permission only when the user turns it on. When the
 * organisation requires the guard, there is no "Turn off", and a missing permission is asked for.
 */
export function GuardPermission() {
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
      <h2 id="guard-heading">Lookalike guard</h2>
      {state === 'on' ? (
        <>
          <p>On: every page you open is checked for fake Microsoft sign-in pages.</p>
          {required ? (
            <p data-testid="guard-required">Your organisation requires the lookalike guard.</p>
          ) : (
            // Not offered until the policy is known: it may require the guard.
            <button type="button" onClick={turnOff} disabled={policy === null}>
              Turn off
            </button>
          )}
        </>
      ) : (
        <>
          {required && (
            <p role="alert" data-testid="guard-required">
              Your organisation requires the lookalike guard, but your browser hasn’t allowed it
              yet. Please turn it on below.
            </p>
          )}
          <p>{GUARD_EXPLANATION}</p>
          {state === 'refused' && (
            <p role="status">The permission was not granted, so the guard stays off.</p>
          )}
          {state === 'failed' && (
            <p role="alert">Your browser did not let Account Helper change this permission.</p>
          )}
          <button type="button" class="primary" onClick={turnOn} disabled={state === 'checking'}>
            Turn on the lookalike guard
          </button>
        </>
      )}
    </section>
  );
}
