import { useState } from 'preact/hooks';
import { FOLLOW_UP_QUESTIONS, type QuestionId } from '../../core/accounts/follow-up-questions';
import { t } from '../shared/i18n';
import type { Questionnaire } from './answer';
import { QUESTION_LABELS, questionText } from './text';

/**
 * The follow-up questions, as checkboxes: ticking one is a "yes"; "None of these" answers "no"
 * to all. Unticked boxes stay unanswered, so the answer only changes when the person says so.
 * Once answered, they fold away as soon as the person moves on (focus leaves them), so the answer
 * and the cards below it fit the popup; the summary says what was ticked, and opens them again.
 */
export function Questions({
  answers,
  onChange,
}: {
  answers: Questionnaire;
  onChange: (answers: Questionnaire) => void;
}) {
  const noneOfThese =
    FOLLOW_UP_QUESTIONS.length > 0 && FOLLOW_UP_QUESTIONS.every((q) => answers[q.id] === false);
  const [open, setOpen] = useState(true);
  const ticked = FOLLOW_UP_QUESTIONS.filter((q) => answers[q.id] === true).map(
    (q) => QUESTION_LABELS[q.id],
  );
  const answered = ticked.length > 0 || noneOfThese;
  const said = noneOfThese ? t('questions.none') : ticked.join(', ');

  function toggle(id: QuestionId, yes: boolean) {
    const next: Questionnaire = {};
    for (const question of FOLLOW_UP_QUESTIONS) {
      if (answers[question.id] === true && question.id !== id) next[question.id] = true;
    }
    if (yes) next[id] = true;
    onChange(next);
  }

  function toggleNone(none: boolean) {
    onChange(none ? Object.fromEntries(FOLLOW_UP_QUESTIONS.map((q) => [q.id, false])) : {});
  }

  return (
    <details
      class="ac-questions"
      data-testid="questions"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (answered && !(next && event.currentTarget.contains(next))) setOpen(false);
      }}
    >
      <summary>
        {t('questions.legend')}
        {answered && !open && <span class="muted"> ({said})</span>}
      </summary>
      <fieldset aria-label={t('questions.legend')}>
        <p class="muted">{t('questions.intro')}</p>
        <div class="ac-choices">
          {FOLLOW_UP_QUESTIONS.map((question) => (
            <label key={question.id} title={questionText(question.id)}>
              <input
                type="checkbox"
                name={question.id}
                data-question={question.id}
                checked={answers[question.id] === true}
                onChange={(event) => toggle(question.id, event.currentTarget.checked)}
              />{' '}
              {QUESTION_LABELS[question.id]}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              name="none"
              data-question="none"
              checked={noneOfThese}
              onChange={(event) => toggleNone(event.currentTarget.checked)}
            />{' '}
            {t('questions.none')}
          </label>
        </div>
      </fieldset>
    </details>
  );
}
