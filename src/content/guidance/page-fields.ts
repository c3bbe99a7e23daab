import {
  type FieldInfo,
  MARKER_IDS,
  type PageClues,
  REMOVE_WORDS,
} from '../../core/guidance/page-clues';

/**
 * What the panel reads of Microsoft's form: attributes and labels to tell the step, and which
 * field is the address or the new password. A field's value is read only by the two widgets that
 * need it (strength-meter.ts, address-watch.ts), at the moment they need it.
 */

const MAX_FIELDS = 100;
const MAX_LABEL = 200;
const MAX_MARKERS = 200;
const MAX_CONTROLS = 300;

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

/**
 * The visible fields (and iframes, for puzzles, and Fluent comboboxes, which are buttons) of the
 * page, outside Account Helper's element.
 */
export function describeFields(
  doc: Document,
  host: Element,
  visible: (element: Element) => boolean = isVisible,
): FieldInfo[] {
  const fields: FieldInfo[] = [];
  const selector = 'input, select, textarea, iframe, [role="combobox"]';
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    if (fields.length >= MAX_FIELDS) break;
    const tag = element.tagName.toLowerCase();
    const type = tag === 'input' ? (attribute(element, 'type') || 'text').toLowerCase() : tag;
    if (type === 'hidden' || host.contains(element) || !visible(element)) continue;
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

/**
 * Everything the step detectors read (core/guidance/page-clues.ts): the fields, the visible
 * `data-testid` landmarks and known ids, and (security info) how many controls remove a way to
 * sign in. Only attributes and the text of buttons and links are read.
 */
/** `visible` is for the unit tests, which run this on the fixtures without a layout engine. */
export function describePage(
  doc: Document,
  host: Element,
  visible: (element: Element) => boolean = isVisible,
): PageClues {
  const markers: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('[data-testid]'))) {
    if (markers.length >= MAX_MARKERS) break;
    if (host.contains(element) || !visible(element)) continue;
    markers.push(`testid:${attribute(element, 'data-testid').toLowerCase()}`);
  }
  for (const id of MARKER_IDS) {
    const element = doc.getElementById(id);
    if (element && visible(element)) markers.push(`id:${id.toLowerCase()}`);
  }
  let removeControls = 0;
  const controls = Array.from(doc.querySelectorAll('button, a, [role="button"]'));
  for (const control of controls.slice(0, MAX_CONTROLS)) {
    if (host.contains(control)) continue;
    const text = `${control.textContent ?? ''} ${attribute(control, 'aria-label')}`.trim();
    if (REMOVE_WORDS.test(text) && visible(control)) removeControls++;
  }
  return { fields: describeFields(doc, host, visible), markers, removeControls };
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
