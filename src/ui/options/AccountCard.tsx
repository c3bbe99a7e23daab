import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { AccountView, MyDataView } from '../../messaging/reminder-messages';
import {
  ACCOUNT_KINDS,
  type AccountKind,
  type AccountSetUp,
  isPhoneAddress,
} from '../../storage/records';
import { formatDate, KIND_LABELS, SET_UP_LABELS } from '../reminders/format';
import { t } from '../shared/i18n';
import type { RunChange } from './MyData';
import { INTERVAL_CHOICES, monthsLabel } from './ReminderSettingsSection';

interface AccountCardProps {
  account: AccountView;
  view: MyDataView;
  run: RunChange;
  busy: boolean;
}

const SET_UP_KEYS = Object.keys(SET_UP_LABELS) as (keyof AccountSetUp)[];

function setUpSummary(setUp: AccountSetUp): string {
  const on = SET_UP_KEYS.filter((key) => setUp[key] === true).map((key) => SET_UP_LABELS[key]);
  if (on.length > 0) return on.join(', ');
  return SET_UP_KEYS.every((key) => setUp[key] === null)
    ? t('account.set-up.unknown')
    : t('account.set-up.nothing');
}

/** One account: what is known, and what can be done with it. */
export function AccountCard({ account, view, run, busy }: AccountCardProps) {
  const [mode, setMode] = useState<'show' | 'edit' | 'remove'>('show');
  const [status, setStatus] = useState('');
  const { address } = account;
  const headingId = `account-${address.replace(/[^a-z0-9]/g, '-')}`;

  async function act(change: () => Promise<MyDataView>, done: string) {
    setStatus('');
    if (await run(change)) setStatus(done);
  }

  return (
    <li
      class="rm-account"
      data-testid="account"
      data-address={address}
      data-address-kind={isPhoneAddress(address) ? 'phone' : 'email'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {account.label ? `${account.label} · ` : ''}
        {address}
      </h3>
      {isPhoneAddress(address) && (
        <p class="muted" data-testid="account-phone">
          {t('account.phone')}
        </p>
      )}
      {mode === 'edit' ? (
        <AccountEditor
          account={account}
          defaultMonths={view.settings.reminderIntervalMonths}
          busy={busy}
          onCancel={() => setMode('show')}
          onSave={async (changes) => {
            const ok = await run(async () => {
              const result = await send({
                type: 'my-data/save-account',
                create: false,
                address,
                ...changes,
              });
              if (!result.ok) throw new Error(result.message);
              return result.view;
            });
            if (ok) {
              setMode('show');
              setStatus(t('options.saved'));
            }
          }}
        />
      ) : (
        <>
          <dl>
            <dt>{t('account.kind')}</dt>
            <dd data-field="kind">{KIND_LABELS[account.kind]}</dd>
            <dt>{t('account.set-up')}</dt>
            <dd data-field="set-up">{setUpSummary(account.setUp)}</dd>
            <dt>{t('account.reviewed')}</dt>
            <dd data-field="reviewed">
              {account.recoveryReviewedAt === null
                ? t('account.reviewed.never')
                : formatDate(account.recoveryReviewedAt)}
            </dd>
            <dt>{t('account.next-review')}</dt>
            <dd data-field="next-review">
              {account.nextReviewAt === null ? '—' : formatDate(account.nextReviewAt)}
              {account.reminderIntervalMonths !== null &&
                ` ${t('account.every', { interval: monthsLabel(account.reminderIntervalMonths) })}`}
            </dd>
            {account.reminders
              .filter((item) => item.type !== 'review-recovery')
              .map((item) => (
                <Fragment key={item.id}>
                  <dt>{t(`reminder-type.${item.type}`)}</dt>
                  <dd data-field={item.type}>{formatDate(item.dueAt)}</dd>
                </Fragment>
              ))}
          </dl>
          <div class="rm-actions">
            <button
              type="button"
              data-action="reviewed"
              aria-describedby={headingId}
              disabled={busy}
              onClick={() =>
                act(
                  () => send({ type: 'my-data/mark-reviewed', address }),
                  t('account.marked-reviewed'),
                )
              }
            >
              {t('account.mark-reviewed')}
            </button>
            <button
              type="button"
              data-action="password-reset"
              aria-describedby={headingId}
              disabled={busy}
              onClick={() =>
                act(
                  () => send({ type: 'accounts/password-reset', address }),
                  t('account.password-reset.noted'),
                )
              }
            >
              {t('account.password-reset')}
            </button>
            <button
              type="button"
              data-action="edit"
              aria-describedby={headingId}
              disabled={busy}
              onClick={() => {
                setStatus('');
                setMode('edit');
              }}
            >
              {t('account.edit')}
            </button>
            <button
              type="button"
              class="rm-danger"
              data-action="remove"
              aria-describedby={headingId}
              disabled={busy}
              onClick={() => setMode('remove')}
            >
              {t('account.remove')}
            </button>
          </div>
          {mode === 'remove' && (
            <fieldset class="rm-confirm" aria-label={t('account.remove.label', { address })}>
              <p>{t('account.remove.question', { address })}</p>
              <div class="rm-actions">
                <button
                  type="button"
                  class="rm-danger primary"
                  data-action="confirm-remove"
                  disabled={busy}
                  onClick={() => void run(() => send({ type: 'my-data/remove-account', address }))}
                >
                  {t('account.remove')}
                </button>
                <button type="button" onClick={() => setMode('show')}>
                  {t('options.cancel')}
                </button>
              </div>
            </fieldset>
          )}
        </>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </li>
  );
}

interface AccountChanges {
  kind: AccountKind;
  label: string;
  setUp: AccountSetUp;
  reminderIntervalMonths: number | null;
}

function AccountEditor({
  account,
  defaultMonths,
  busy,
  onSave,
  onCancel,
}: {
  account: AccountView;
  defaultMonths: number;
  busy: boolean;
  onSave(changes: AccountChanges): Promise<void>;
  onCancel(): void;
}) {
  const [kind, setKind] = useState<AccountKind>(account.kind);
  const [label, setLabel] = useState(account.label);
  const [setUp, setSetUp] = useState<AccountSetUp>(account.setUp);
  const [months, setMonths] = useState<number | null>(account.reminderIntervalMonths);

  return (
    <form
      data-testid="edit-account"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave({ kind, label, setUp, reminderIntervalMonths: months });
      }}
    >
      <label class="rm-field">
        <span>{t('account.editor.name')}</span>
        <input
          type="text"
          name="label"
          maxLength={200}
          value={label}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
      </label>
      <label class="rm-field">
        <span>{t('account.editor.kind')}</span>
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as AccountKind)}
        >
          {ACCOUNT_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend class="rm-legend">{t('account.editor.set-up')}</legend>
        {SET_UP_KEYS.map((key) => (
          <label class="rm-check" key={key}>
            <input
              type="checkbox"
              name={key}
              checked={setUp[key] === true}
              onChange={(event) => setSetUp({ ...setUp, [key]: event.currentTarget.checked })}
            />
            <span>{SET_UP_LABELS[key]}</span>
          </label>
        ))}
      </fieldset>
      <label class="rm-field">
        <span>{t('account.editor.interval')}</span>
        <select
          name="interval"
          value={months === null ? '' : String(months)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setMonths(value === '' ? null : Number(value));
          }}
        >
          <option value="">
            {t('account.editor.interval.default', { interval: monthsLabel(defaultMonths) })}
          </option>
          {INTERVAL_CHOICES.map((value) => (
            <option key={value} value={String(value)}>
              {monthsLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <div class="rm-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('account.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options.cancel')}
        </button>
      </div>
    </form>
  );
}
