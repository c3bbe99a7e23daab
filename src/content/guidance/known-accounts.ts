import { CHECK_MESSAGE } from '../../core/guidance/private-frame';
import type { AccountsText } from '../../core/guidance/types';
import { h } from '../dom';
import { contentApi } from '../ext';
import { findAddressField } from './page-fields';
import { pageScheme } from './page-scheme';

/** The extension page that shows the person's data inside the panel (entrypoints/panel-accounts). */
const PRIVATE_PAGE = '/panel-accounts.html';

/**
 * Sign-in and device pages: the person's own accounts, the "pick the account you'll keep" warning
 * for phones and other devices, and "Check this address", the popup's offline answer for the
 * address typed in Microsoft's box (from the address and the person's own data; nothing goes to
 * the network). The addresses and the answer are shown by an extension page in an iframe, never
 * in this document: a closed shadow root doesn't stop the page's `window.find()` or a selection,
 * and another origin's document does. Only the typed address goes in (the page has it anyway).
 */
export function accountsWidget(text: AccountsText, doc: Document, locale: string) {
  const warning = h('p', { class: 'notice', hidden: !text.deviceAlways }, text.deviceWarning);
  const answer = h('p', { class: 'answer', role: 'status' });
  const url = new URL(contentApi().runtime.getURL(PRIVATE_PAGE));
  url.searchParams.set('locale', locale);
  // The panel's look, so the frame's text stays readable on it.
  url.searchParams.set('scheme', pageScheme(doc));
  const frame = h('iframe', {
    class: 'private',
    src: url.href,
    title: text.heading,
    'data-testid': 'private-accounts',
  });
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve()));

  let device: HTMLElement | false = false;
  if (!text.deviceAlways) {
    const box = h('input', { type: 'checkbox', id: 'ah-device' });
    box.addEventListener('change', () => {
      warning.hidden = !box.checked;
    });
    device = h('p', { class: 'device' }, box, h('label', { for: 'ah-device' }, text.deviceToggle));
  }

  const check = h('button', { type: 'button', class: 'action' }, text.checkButton);
  check.addEventListener('click', async () => {
    const typed = findAddressField(doc)?.value.trim() ?? '';
    if (typed === '') {
      answer.textContent = text.checkEmpty;
      return;
    }
    answer.textContent = '';
    await loaded;
    frame.contentWindow?.postMessage({ type: CHECK_MESSAGE, address: typed }, url.origin);
  });

  const element = h(
    'div',
    { class: 'known-accounts' },
    h('h3', {}, text.heading),
    frame,
    device,
    warning,
    h('p', { class: 'actions' }, check),
    answer,
  );
  return { element };
}
