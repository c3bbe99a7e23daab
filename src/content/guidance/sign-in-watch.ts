import { send } from '../send';
import { isAddressField, isVisible } from './page-fields';

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MAX_ADDRESS = 320;

type Report = (address: string) => Promise<unknown>;

const remember: Report = (address) => send({ type: 'accounts/seen-signing-in', address });

/**
 * Sign-in pages: when the person moves on from the address step (clicks the form's Next button,
 * or presses Enter in the address box), tells the background the address, once per address. The
 * background keeps it only while the person allows remembering sign-in addresses (and their
 * organisation does); it decides, so a change of the setting counts at once. Only the person's
 * own (trusted) clicks and keys count, so the page can't make it send anything, and only the
 * address box is read: never a password box. Nothing is added to the page.
 */
export function watchSignIn(doc: Document, report: Report = remember): void {
  const sent = new Set<string>();
  const onEvent = (event: Event) => {
    if (!event.isTrusted) return;
    const value = addressMovedOnFrom(event)?.value.trim() ?? '';
    const address = value.toLowerCase();
    if (address.length > MAX_ADDRESS || !LOOKS_LIKE_EMAIL.test(address) || sent.has(address)) {
      return;
    }
    sent.add(address);
    // Not sent (the background was restarting): the next Next tries again.
    report(value).catch(() => sent.delete(address));
  };
  doc.addEventListener('click', onEvent, true);
  doc.addEventListener('keydown', onEvent, true);
}

/** The address box the person is moving on from with this event, if any. */
function addressMovedOnFrom(event: Event): HTMLInputElement | null {
  const target = event.target;
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    return key.key === 'Enter' && !key.isComposing && isAddressField(target) ? target : null;
  }
  // Clicks in Account Helper's own panel reach the page's document as clicks on its host element.
  const control = isElement(target) ? target.closest('button, input') : null;
  const form = control && isSubmit(control) ? control.closest('form') : null;
  if (!form) return null;
  for (const input of Array.from(form.querySelectorAll('input'))) {
    if (isAddressField(input) && isVisible(input)) return input;
  }
  return null;
}

function isElement(target: EventTarget | null): target is Element {
  return typeof (target as Element | null)?.closest === 'function';
}

/** A button that submits its form (a `<button>` does unless its type says otherwise). */
function isSubmit(control: Element): boolean {
  const type = (control.getAttribute('type') ?? '').trim().toLowerCase();
  if (control.tagName === 'BUTTON') return type === '' || type === 'submit';
  return type === 'submit' || type === 'image';
}
