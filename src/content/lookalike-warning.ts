import type { LookalikeText } from '../messaging/messages';
import { organisationLine, reportButton } from './lookalike-report';
import WARNING_CSS from './lookalike-warning.css?shadow';
import { holdPageBehind } from './page-inert';

export interface WarningActions {
  leave(): void;
  /** The user chose, deliberately, to stay on the page. */
  proceed(): void;
  /** Open Microsoft's form for reporting the page. */
  report(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Only real clicks and key presses count: the page can't press our buttons for the user. */
function onTrustedClick(button: HTMLElement, action: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}

/**
 * A full-page warning on a page that imitates Microsoft. "Leave this page" is the default and has
 * focus; staying needs a second, deliberate step.
 */
export function showLookalikeWarning(
  root: ShadowRoot,
  text: LookalikeText,
  actions: WarningActions,
): void {
  const doc = root.ownerDocument;
  const leave = element(doc, 'button', { type: 'button', className: 'leave' }, text.leave);
  const proceed = element(doc, 'button', { type: 'button', className: 'proceed' }, text.proceed);
  // The page behind stays out of reach (focus, clicks, keys, screen readers) until the user chooses.
  const release = holdPageBehind(root.host as HTMLElement, () => leave.focus());
  onTrustedClick(leave, actions.leave);
  onTrustedClick(proceed, () => {
    release();
    actions.proceed();
    showLookalikeChip(root, text);
  });

  // The words come from the background, in the browser's UI language: this script carries none.
  const dialog = element(
    doc,
    'div',
    { className: 'dialog', lang: text.lang },
    element(doc, 'h1', { id: 'ah-title' }, text.title),
    element(doc, 'p', { id: 'ah-summary' }, text.summary),
    element(doc, 'ul', {}, ...text.reasons.map((reason) => element(doc, 'li', {}, reason))),
    element(doc, 'p', {}, text.advice),
    ...organisationLine(doc, text),
    element(doc, 'div', { className: 'actions' }, leave, reportButton(doc, text, actions.report)),
    element(doc, 'details', {}, element(doc, 'summary', {}, text.know), proceed),
  );
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'ah-title');
  dialog.setAttribute('aria-describedby', 'ah-summary');

  const backdrop = element(doc, 'div', { className: 'backdrop' }, dialog);
  trapFocus(root, dialog);
  root.replaceChildren(element(doc, 'style', {}, WARNING_CSS), backdrop);
  leave.focus();
}

/** After the user chose to stay: a small, permanent reminder that this is not Microsoft. */
export function showLookalikeChip(
  root: ShadowRoot,
  text: Pick<LookalikeText, 'chip' | 'lang'>,
): void {
  const doc = root.ownerDocument;
  const chip = element(doc, 'div', { className: 'chip', lang: text.lang }, text.chip);
  chip.setAttribute('role', 'status');
  root.replaceChildren(element(doc, 'style', {}, WARNING_CSS), chip);
}

/** Tab and Shift+Tab cycle inside the warning, wherever focus is in it. */
function trapFocus(root: ShadowRoot, dialog: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, summary')).filter(
      (node) => node.getClientRects().length > 0,
    );
    if (focusable.length === 0) return;
    event.preventDefault();
    const at = focusable.indexOf(root.activeElement as HTMLElement);
    const step = event.shiftKey ? -1 : 1;
    const next = at < 0 ? 0 : (at + step + focusable.length) % focusable.length;
    focusable[next]?.focus();
  });
}
