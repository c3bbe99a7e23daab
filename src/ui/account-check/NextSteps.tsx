import { useState } from 'preact/hooks';
import {
  isMicrosoftNextStepUrl,
  type NextStepSituation,
  nextStepsFor,
} from '../../core/accounts/next-steps';
import type { AccountKind } from '../../storage/records';
import { t } from '../shared/i18n';
import { kindToStore } from './answer';
import { BOTH_SIGN_IN_LABELS, NEXT_STEP_LABELS, PHONE_STEP_LABELS } from './text';

type AddState = 'idle' | 'adding' | 'added' | 'failed';

export function NextSteps({
  situation,
  onAdd,
}: {
  situation: NextStepSituation;
  onAdd: (kind: AccountKind) => Promise<void>;
}) {
  const [addState, setAddState] = useState<AddState>('idle');
  const steps = nextStepsFor(situation);
  if (steps.length === 0) return null;

  async function add() {
    setAddState('adding');
    try {
      await onAdd(kindToStore(situation));
      setAddState('added');
    } catch {
      setAddState('failed');
    }
  }

  return (
    <div class="ac-steps" data-testid="next-steps">
      <h3>{t('next.heading')}</h3>
      <ul>
        {steps.map((step) => {
          const label =
            (situation.kind === 'both' ? BOTH_SIGN_IN_LABELS[step.id] : undefined) ??
            (situation.isEmail ? undefined : PHONE_STEP_LABELS[step.id]) ??
            NEXT_STEP_LABELS[step.id];
          if (step.id === 'add-to-accounts') {
            return (
              <li key={step.id}>
                <button
                  type="button"
                  class="link"
                  data-step={step.id}
                  onClick={add}
                  disabled={addState === 'adding'}
                >
                  {label}
                </button>
              </li>
            );
          }
          if (!step.url || !isMicrosoftNextStepUrl(step.url)) return null;
          return (
            <li key={step.id}>
              <a href={step.url} target="_blank" rel="noopener noreferrer" data-step={step.id}>
                {label}
              </a>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {addState === 'added' && (
          <p class="ac-done" data-testid="added">
            {t('next.added')}
          </p>
        )}
        {addState === 'failed' && <p role="alert">{t('next.add-failed')}</p>}
      </div>
    </div>
  );
}
