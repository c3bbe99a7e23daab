import { detectSignUpStep } from '../../core/guidance/sign-up-steps';
import type { CoachText, SignUpStep } from '../../core/guidance/types';
import { h } from '../dom';
import { describeFields } from './page-fields';

/**
 * The sign-up checklist. It follows the page: the step whose fields Microsoft shows is current,
 * the ones before it (or seen earlier) are done. A page it can't place (Microsoft changed it, or
 * a step it doesn't know) shows the whole list instead: the steps already seen stay done, and
 * when none was seen a line says the list is complete rather than followed.
 * The host's `data-coach-step` says the current step, or `all` for the whole list.
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

  function show(current: SignUpStep | null) {
    if (current) seen.add(current);
    const currentIndex = items.findIndex((entry) => entry.id === current);
    const wholeList = current === null;
    fallback.hidden = !wholeList || seen.size > 0;
    items.forEach((entry, index) => {
      const done = current ? index < currentIndex : seen.has(entry.id);
      const state = entry.id === current ? 'current' : done ? 'done' : 'next';
      entry.item.setAttribute('data-state', state);
      if (state === 'current') entry.item.setAttribute('aria-current', 'step');
      else entry.item.removeAttribute('aria-current');
      entry.state.textContent =
        state === 'current' ? `${text.current} ` : state === 'done' ? `${text.done} ` : '';
      // Details for the current step, or for every step when the page can't be placed.
      entry.detail.hidden = !(state === 'current' || wholeList);
    });
    host.setAttribute('data-coach-step', current ?? 'all');
  }

  return {
    element,
    /** Reads the page's fields again (on every throttled page change). */
    update(doc: Document) {
      show(detectSignUpStep(describeFields(doc, host)));
    },
  };
}
