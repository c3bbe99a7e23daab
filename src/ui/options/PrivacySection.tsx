import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import { usePolicy } from '../shared/use-policy';
import type { SectionProps } from './MyData';

/**
 * Two choices, both about what leaves or stays: off by default where it keeps more. An
 * organisation's policy can hide the first and turn off the second (docs/managed-deployment.md).
 */
export function PrivacySection({ view, run, busy }: SectionProps) {
  const [saved, setSaved] = useState('');
  const policy = usePolicy();
  const rememberOffered = policy?.allowRememberSignInAddresses ?? true;
  const lookupsOffByPolicy = policy?.allowOnlineLookups === false;
  async function change(
    name: 'rememberSignInAddresses' | 'allowOnlineLookups',
    value: boolean,
  ): Promise<void> {
    setSaved('');
    const ok = await run(() => send({ type: 'my-data/save-settings', [name]: value }));
    if (ok) setSaved('Saved.');
  }
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      {rememberOffered && (
        <label class="rm-check">
          <input
            type="checkbox"
            data-testid="remember-sign-ins"
            checked={view.settings.rememberSignInAddresses}
            disabled={busy}
            aria-describedby="remember-sign-ins-help"
            onChange={(event) => change('rememberSignInAddresses', event.currentTarget.checked)}
          />
          <span>
            Remember the addresses I sign in with on Microsoft’s own pages
            <br />
            <span class="muted" id="remember-sign-ins-help">
              Adds them to Your accounts so they get reminders. Only the address and the date are
              kept, never a password. Off until you turn it on.
            </span>
          </span>
        </label>
      )}
      <label class="rm-check">
        <input
          type="checkbox"
          data-testid="allow-lookups"
          checked={view.settings.allowOnlineLookups && !lookupsOffByPolicy}
          disabled={busy || lookupsOffByPolicy}
          aria-describedby="allow-lookups-help"
          onChange={(event) => change('allowOnlineLookups', event.currentTarget.checked)}
        />
        <span>
          Allow checking an address with Microsoft when I ask
          <br />
          {lookupsOffByPolicy ? (
            <span class="muted" id="allow-lookups-help" data-testid="allow-lookups-managed">
              Your organisation turned this off: Account Helper never sends an address to Microsoft.
            </span>
          ) : (
            <span class="muted" id="allow-lookups-help">
              Only when you click “Ask Microsoft” in the account check; the address is sent to
              Microsoft and nowhere else.
            </span>
          )}
        </span>
      </label>
      <p role="status" class="muted">
        {saved}
      </p>
    </section>
  );
}
