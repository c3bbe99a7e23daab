import type { FieldInfo } from '../../core/guidance/sign-up-steps';

/**
 * What the panel reads of Microsoft's form: attributes and labels to tell the step, and which
 * field is the address or the new password. A field's value is read only by the two widgets that
 * need it (strength-meter.ts, address-watch.ts), at the moment they need it.
 */

const MAX_FIELDS = 100;
const MAX_LABEL = 200;

function isElement(target: EventTarget | null): target is Element {
  return typeof target === 'object' && target !== null && 'tagName' in target;
}

export function isInput(target: EventTarget | null): target is HTMLInputElement {
  return isElement(target) && target.tagName === 'INPUT';
}

export function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

function attribute(element: Element, name: string): string {
  return (element.getAttribute(name) ?? '').trim();
}

function labelOf(element: Element): string {
  const parts: string[] = [];
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) parts.push(label.textContent ?? '');
  for (const id of attribute(element, 'aria-labelledby').split(/\s+/)) {
    if (id) parts.push(element.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  parts.push(attribute(element, 'aria-label'), attribute(element, 'placeholder'));
  parts.push(attribute(element, 'title'));
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

/** The visible fields (and iframes, for puzzles) of the page, outside Account Helper's element. */
export function describeFields(doc: Document, host: Element): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const element of Array.from(doc.querySelectorAll('input, select, textarea, iframe'))) {
    if (fields.length >= MAX_FIELDS) break;
    const tag = element.tagName.toLowerCase();
    const type = tag === 'input' ? (attribute(element, 'type') || 'text').toLowerCase() : tag;
    if (type === 'hidden' || host.contains(element) || !isVisible(element)) continue;
    fields.push({
      tag,
      type,
      name: attribute(element, 'name'),
      id: attribute(element, 'id'),
      autocomplete: attribute(element, 'autocomplete').toLowerCase(),
      label: labelOf(element),
    });
  }
  return fields;
}

function namesOf(input: HTMLInputElement): string {
  return `${attribute(input, 'name')} ${attribute(input, 'id')}`.toLowerCase();
}

/** The box where the person types their email address (or phone number) to sign in or up. */
export function isAddressField(target: EventTarget | null): target is HTMLInputElement {
  if (!isInput(target)) return false;
  const type = (attribute(target, 'type') || 'text').toLowerCase();
  if (!['email', 'text', 'tel'].includes(type)) return false;
  return (
    type === 'email' ||
    /\b(username|email)\b/.test(attribute(target, 'autocomplete').toLowerCase()) ||
    /loginfmt|membername|e-?mail|username|signinname/.test(namesOf(target))
  );
}

export function findAddressField(doc: Document): HTMLInputElement | null {
  for (const input of Array.from(doc.querySelectorAll('input'))) {
    if (isAddressField(input) && isVisible(input)) return input;
  }
  return null;
}

const CONFIRM = /confirm|retype|re-?enter|repeat|again|verify/;
/** Password boxes seen as such: one stays "the new password" when its eye button shows the text. */
const passwordBoxes = new WeakSet<HTMLInputElement>();

/** The box for a new password (sign-up, reset), not the current one and not "type it again". */
export function isNewPasswordField(target: EventTarget | null): target is HTMLInputElement {
  if (!isInput(target)) return false;
  if (target.type === 'password') passwordBoxes.add(target);
  else if (!passwordBoxes.has(target)) return false;
  if (/current-password/.test(attribute(target, 'autocomplete'))) return false;
  return !CONFIRM.test(`${namesOf(target)} ${labelOf(target).toLowerCase()}`);
}
