import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { SectionProps } from './MyData';

/** Two choices, both about what leaves or stays: off by default where it keeps more. */
export function PrivacySection({ view, run, busy }: SectionProps) {
  const [saved, setSaved] = useState('');
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
      <label class="rm-check">
        <input
          type="checkbox"
          data-testid="allow-lookups"
          checked={view.settings.allowOnlineLookups}
          disabled={busy}
          aria-describedby="allow-lookups-help"
          onChange={(event) => change('allowOnlineLookups', event.currentTarget.checked)}
        />
        <span>
          Allow checking an address with Microsoft when I ask
          <br />
          <span class="muted" id="allow-lookups-help">
            Only when you click “Ask Microsoft” in the account check; the address is sent to
            Microsoft and nowhere else.
          </span>
        </span>
      </label>
      <p role="status" class="muted">
        {saved}
      </p>
    </section>
  );
}
