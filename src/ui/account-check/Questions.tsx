import { FOLLOW_UP_QUESTIONS, type QuestionId } from '../../core/accounts/follow-up-questions';
import type { Questionnaire } from './answer';
import { QUESTION_LABELS } from './text';

/**
 * The follow-up questions, as checkboxes: ticking one is a "yes"; "None of these" answers "no"
 * to all. Unticked boxes stay unanswered, so the answer only changes when the person says so.
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
    <fieldset class="ac-questions" data-testid="questions">
      <legend>Have you ever used any of these?</legend>
      <p class="muted">Each one needs a Microsoft account, so a tick tells us more.</p>
      <div class="ac-choices">
        {FOLLOW_UP_QUESTIONS.map((question) => (
          <label key={question.id} title={question.question}>
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
          None of these
        </label>
      </div>
    </fieldset>
  );
}
