import { useState } from 'preact/hooks';
import { checkAddress } from '../../core/accounts/offline-answer';
import { send } from '../../messaging/client';
import { ACCOUNT_KINDS, type AccountKind } from '../../storage/records';
import { errorMessage, KIND_LABELS } from '../reminders/format';
import { AccountCard } from './AccountCard';
import type { SectionProps } from './MyData';

const NOTHING_SET_UP = { recoveryEmail: null, phone: null, twoStep: null, authenticatorApp: null };

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
      setError(checked.error);
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
        setError(result.message);
        return;
      }
      await run(async () => result.view);
      setAdded(`Added ${checked.accountAddress}.`);
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
      <h2 id="accounts-heading">Your accounts</h2>
      <p class="muted">
        Only addresses and dates are kept, on this device. Account Helper never asks for or stores a
        password.
      </p>
      {view.accounts.length === 0 ? (
        <p data-testid="no-accounts">No accounts listed yet.</p>
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
        <h3>Add an account</h3>
        <label class="rm-field">
          <span>Email address you sign in with</span>
          <input
            type="email"
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
            <span>Kind of account</span>
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
            <span>Name (optional), e.g. “Family” or “Work”</span>
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
          Add account
        </button>
        <p role="status" class="muted">
          {added}
        </p>
      </form>
    </section>
  );
}
