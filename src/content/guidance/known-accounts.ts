import type { AccountsText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { h } from '../dom';
import { send } from '../send';
import { findAddressField } from './page-fields';

/**
 * Sign-in and device pages: the person's own accounts (addresses only, from the background), the
 * "pick the account you'll keep" warning for phones and other devices, and "Check this address",
 * the popup's offline answer for the address typed in Microsoft's box (answered by the background
 * from the address and the person's own data; nothing goes to the network).
 */
export function accountsWidget(text: AccountsText, doc: Document) {
  const list = h('div', { class: 'accounts' });
  const warning = h('p', { class: 'notice', hidden: !text.deviceAlways }, text.deviceWarning);
  const answer = h('p', { class: 'answer', role: 'status' });

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
    try {
      const status = await send({ type: 'guidance/address-status', address: typed });
      answer.textContent = format(text.answers[status.answer], {
        address: status.address,
        domain: status.domain,
      });
    } catch {
      answer.textContent = text.checkFailed;
    }
  });

  send({ type: 'guidance/accounts' }).then(
    ({ addresses }) => {
      list.replaceChildren(
        addresses.length === 0
          ? h('p', {}, text.none)
          : h(
              'div',
              {},
              h('p', {}, text.intro),
              h('ul', {}, ...addresses.map((address) => h('li', {}, address))),
            ),
      );
    },
    () => list.replaceChildren(h('p', {}, text.none)),
  );

  const element = h(
    'div',
    { class: 'known-accounts' },
    h('h3', {}, text.heading),
    list,
    device,
    warning,
    h('p', { class: 'actions' }, check),
    answer,
  );
  return { element };
}
