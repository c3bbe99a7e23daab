import type { ReviewText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { h } from '../dom';
import { send } from '../send';

/**
 * Security-info pages: "I've reviewed my recovery info" records today's date on one of the
 * person's listed accounts, for the reminders. The account shown on the page is chosen when it
 * is one of them (the page's text is only searched for the listed addresses, in memory). With no
 * listed account, nothing is recorded, and the panel says so.
 */
export function reviewWidget(text: ReviewText, doc: Document, locale: string) {
  const choice = h('select', { id: 'ah-review-account' });
  const chooser = h(
    'p',
    { hidden: true },
    h('label', { for: 'ah-review-account' }, `${text.choose} `),
    choice,
  );
  const result = h('p', { class: 'answer', role: 'status' });
  const button = h('button', { type: 'button', class: 'action' }, text.button);
  let addresses: string[] = [];

  send({ type: 'guidance/accounts' }).then(
    (answer) => {
      addresses = answer.addresses;
      const pageText = (doc.body?.textContent ?? '').toLowerCase();
      const onPage = addresses.find((address) => pageText.includes(address));
      choice.replaceChildren(
        ...addresses.map((address) =>
          h('option', { value: address, selected: address === onPage }, address),
        ),
      );
      chooser.hidden = addresses.length === 0;
    },
    () => {},
  );

  button.addEventListener('click', async () => {
    if (addresses.length === 0) {
      result.textContent = text.noAccounts;
      return;
    }
    try {
      const answer = await send({ type: 'guidance/recovery-reviewed', address: choice.value });
      result.textContent = answer.recorded
        ? format(text.recorded, {
            address: answer.address,
            date: new Date(answer.reviewedAt).toLocaleDateString(locale),
          })
        : answer.reason === 'no-accounts'
          ? text.noAccounts
          : text.notListed;
    } catch {
      result.textContent = text.failed;
    }
  });

  const element = h(
    'div',
    { class: 'review' },
    h('h3', {}, text.heading),
    h('p', {}, text.intro),
    chooser,
    h('p', { class: 'actions' }, button),
    result,
  );
  return { element };
}
