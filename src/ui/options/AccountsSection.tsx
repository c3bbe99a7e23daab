import { useState } from 'preact/hooks';
import { checkAddress } from '../../core/accounts/offline-answer';
import { send } from '../../messaging/client';
import { ACCOUNT_KINDS, type AccountKind, isPhoneAddress } from '../../storage/records';
import { errorMessage, KIND_LABELS } from '../reminders/format';
import { say, t } from '../shared/i18n';
import { AccountCard } from './AccountCard';
import type { SectionProps } from './MyData';

const NOTHING_SET_UP = {
  recoveryEmail: null,
  phone: null,
  twoStep: null,
  authenticatorApp: null,
  passkey: null,
};

/** The user's Microsoft accounts: add one, and each account's details and actions. */
export function AccountsSection({ view, run, busy }: SectionProps) {
  const [address, setAddress] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<AccountKind>('unknown');
  const [kindTouched, setKindTouched] = useState(false);
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const [adding, setAdding] = useState(false);

  function onAddress(value: string) {
    setAddress(value);
    setError('');
    if (!kindTouched) {
      const checked = checkAddress(value);
      setKind(checked.valid ? checked.kind : 'unknown');
    }
  }

  async function add(event: Event) {
    event.preventDefault();
    setAdded('');
    const checked = checkAddress(address);
    if (!checked.valid) {
      setError(say({ message: checked.error, text: checked.text }));
      return;
    }
    setAdding(true);
    try {
      const result = await send({
        type: 'my-data/save-account',
        create: true,
        address,
        kind,
        label,
        setUp: NOTHING_SET_UP,
        reminderIntervalMonths: null,
      });
      if (!result.ok) {
        setError(say(result));
        return;
      }
      await run(async () => result.view);
      setAdded(
        isPhoneAddress(checked.accountAddress)
          ? t('accounts.added.phone', { phone: checked.accountAddress })
          : t('accounts.added', { address: checked.accountAddress }),
      );
      setAddress('');
      setLabel('');
      setKind('unknown');
      setKindTouched(false);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setAdding(false);
    }
  }

  return (
    <section class="card" id="accounts" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('accounts.heading')}</h2>
      <p class="muted">{t('accounts.intro')}</p>
      {view.accounts.length === 0 ? (
        <p data-testid="no-accounts">{t('accounts.none')}</p>
      ) : (
        <ul class="rm-accounts" data-testid="accounts">
          {view.accounts.map((account) => (
            <AccountCard
              key={account.address}
              account={account}
              view={view}
              run={run}
              busy={busy}
            />
          ))}
        </ul>
      )}
      <form data-testid="add-account" onSubmit={add} noValidate>
        <h3>{t('accounts.add.heading')}</h3>
        <label class="rm-field">
          <span>{t('accounts.add.address')}</span>
          <input
            type="text"
            name="address"
            autocomplete="off"
            spellcheck={false}
            required
            value={address}
            aria-invalid={error !== ''}
            aria-describedby={error ? 'add-account-error' : undefined}
            onInput={(event) => onAddress(event.currentTarget.value)}
          />
        </label>
        {error && (
          <p id="add-account-error" class="rm-error" role="alert" data-testid="add-account-error">
            {error}
          </p>
        )}
        <div class="rm-row">
          <label class="rm-field">
            <span>{t('accounts.add.kind')}</span>
            <select
              name="kind"
              value={kind}
              onChange={(event) => {
                setKindTouched(true);
                setKind(event.currentTarget.value as AccountKind);
              }}
            >
              {ACCOUNT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {KIND_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <label class="rm-field">
            <span>{t('accounts.add.label')}</span>
            <input
              type="text"
              name="label"
              maxLength={200}
              value={label}
              onInput={(event) => setLabel(event.currentTarget.value)}
            />
          </label>
        </div>
        <button type="submit" class="primary" disabled={busy || adding}>
          {t('accounts.add.button')}
        </button>
        <p role="status" class="muted">
          {added}
        </p>
      </form>
    </section>
  );
}
