import { coachStates } from '../../core/guidance/sign-up-steps';
import type { CoachText, SignUpStep } from '../../core/guidance/types';
import { h } from '../dom';

/**
 * The sign-up checklist. It follows the page: the step Microsoft shows is current, and only the
 * steps the person was really shown are done. A step that never came is "not asked", and an
 * optional one (a new username, a password, a phone number, a passkey) is listed only once
 * Microsoft shows it. A page it can't place (Microsoft changed it, or a step it doesn't know)
 * marks nothing current: the steps seen stay done, and when none was seen a line says the list
 * is complete rather than followed. The host's `data-coach-step` says the current step, or `all`.
 */
export function coachWidget(text: CoachText, host: HTMLElement) {
  const seen = new Set<SignUpStep>();
  const fallback = h('p', { class: 'fallback' }, text.fallback);
  const items = text.steps.map((step) => {
    const state = h('span', { class: 'sr' });
    const detail = h('span', { class: 'detail' }, step.detail);
    const item = h(
      'li',
      { 'data-step': step.id },
      state,
      h('span', { class: 'label' }, step.label),
      detail,
    );
    return { id: step.id, item, state, detail };
  });
  const element = h(
    'div',
    { class: 'coach' },
    h('h3', {}, text.heading),
    fallback,
    h('ol', { class: 'steps' }, ...items.map((entry) => entry.item)),
  );
  const prefix = { current: text.current, done: text.done, skipped: text.skipped };

  function show(current: SignUpStep | null) {
    if (current) seen.add(current);
    const states = coachStates(current, seen);
    const wholeList = current === null && seen.size === 0;
    fallback.hidden = !wholeList;
    for (const entry of items) {
      const state = states[entry.id];
      entry.item.setAttribute('data-state', state);
      entry.item.hidden = state === 'absent' && !wholeList;
      if (state === 'current') entry.item.setAttribute('aria-current', 'step');
      else entry.item.removeAttribute('aria-current');
      const said = state in prefix ? prefix[state as keyof typeof prefix] : '';
      entry.state.textContent = said ? `${said} ` : '';
      // Details for the current step, or for every step when nothing could be placed yet.
      entry.detail.hidden = !(state === 'current' || wholeList);
    }
    host.setAttribute('data-coach-step', current ?? 'all');
  }

  return { element, show };
}
