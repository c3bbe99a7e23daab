import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import { t } from '../shared/i18n';
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
    if (ok) setSaved(t('options.saved'));
  }
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.heading')}</h2>
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
            {t('privacy.remember')}
            <br />
            <span class="muted" id="remember-sign-ins-help">
              {t('privacy.remember.help')}
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
          {t('privacy.lookups')}
          <br />
          {lookupsOffByPolicy ? (
            <span class="muted" id="allow-lookups-help" data-testid="allow-lookups-managed">
              {t('privacy.lookups.managed')}
            </span>
          ) : (
            <span class="muted" id="allow-lookups-help">
              {t('privacy.lookups.help')}
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
