import { estimateStrength } from '../../core/guidance/password-strength';
import type { StrengthLevel, StrengthText } from '../../core/guidance/types';
import { h } from '../dom';
import { setTestOnlyAttribute } from '../page-marker';
import { isNewPasswordField, isVisible } from './page-fields';

/**
 * The strength meter for a new password. On each keystroke in Microsoft's new-password box the
 * value is read into `estimateStrength` and dropped: it is never stored, logged, put in the DOM
 * or sent anywhere. What shows is a level and a hint, inside the closed shadow root. In e2e builds
 * only, the host's `data-password-strength` carries the level, so the tests can follow it.
 */
export function strengthWidget(text: StrengthText, host: HTMLElement, doc: Document) {
  const level = h('p', { class: 'level', 'aria-live': 'polite' }, text.levels.empty);
  const hint = h('p', { class: 'hint' }, text.hints.type);
  const element = h(
    'div',
    { class: 'meter', 'data-level': 'empty', hidden: true },
    h('h3', {}, text.heading),
    h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span')),
    level,
    hint,
    h('p', { class: 'small' }, text.rule),
    h('p', { class: 'small' }, text.privacy),
  );

  let shown: StrengthLevel = 'empty';
  const onInput = (event: Event) => {
    if (!isNewPasswordField(event.target)) return;
    const estimate = estimateStrength(event.target.value);
    hint.textContent = text.hints[estimate.hint];
    if (estimate.level === shown) return;
    shown = estimate.level;
    element.setAttribute('data-level', shown);
    level.textContent = text.levels[shown];
    setTestOnlyAttribute(host, 'data-password-strength', shown);
  };
  // Captured at the document: Microsoft's boxes come and go as the steps change.
  doc.addEventListener('input', onInput, true);
  setTestOnlyAttribute(host, 'data-password-strength', shown);
  return {
    element,
    /** Shows the meter only while the page has a box for a new password. */
    update() {
      const boxes = Array.from(doc.querySelectorAll('input[type="password"]'));
      element.hidden = !boxes.some((box) => isNewPasswordField(box) && isVisible(box));
    },
  };
}
