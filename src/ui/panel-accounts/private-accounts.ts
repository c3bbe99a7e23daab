import { addressStatus } from '../../core/guidance/address-status';
import { CHECK_MESSAGE } from '../../core/guidance/private-frame';
import type { AccountsText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { send } from '../../messaging/client';

/**
 * The part of the guidance panel that shows the person's own data: their addresses and the answer
 * to "Check this address". It is an extension page in an iframe (entrypoints/panel-accounts), so
 * Microsoft's page can't read it: no `window.find()`, no selection, no DOM reaches into another
 * origin's document. Nothing goes back to the page, not even this page's height.
 */
export function mountPrivateAccounts(root: HTMLElement, text: AccountsText, win: Window): void {
  const list = document.createElement('div');
  list.className = 'accounts';
  const answer = document.createElement('p');
  answer.className = 'answer';
  answer.setAttribute('role', 'status');
  answer.setAttribute('data-testid', 'panel-answer');
  root.replaceChildren(list, answer);

  const say = (parent: HTMLElement, words: string) => {
    const p = document.createElement('p');
    p.textContent = words;
    parent.append(p);
    return p;
  };

  send({ type: 'accounts/list' }).then(
    (listing) => {
      const addresses = [
        ...listing.accounts.map((account) => account.address),
        ...listing.signInAddresses,
      ].sort();
      list.replaceChildren();
      if (addresses.length === 0) {
        say(list, text.none);
        return;
      }
      say(list, text.intro);
      const ul = document.createElement('ul');
      for (const address of addresses) {
        const li = document.createElement('li');
        li.textContent = address;
        ul.append(li);
      }
      list.append(ul);
    },
    () => {
      list.replaceChildren();
      say(list, text.none);
    },
  );

  win.addEventListener('message', async (event) => {
    // Only the window that embeds this frame; whatever it sends is only ever shown here.
    if (event.source !== win.parent) return;
    const data = event.data as { type?: unknown; address?: unknown } | null;
    if (data?.type !== CHECK_MESSAGE || typeof data.address !== 'string') return;
    const typed = data.address.trim().slice(0, 400);
    if (typed === '') {
      answer.textContent = text.checkEmpty;
      return;
    }
    try {
      const [listing, lookups] = await Promise.all([
        send({ type: 'accounts/list' }),
        send({ type: 'lookup/list' }),
      ]);
      const status = addressStatus(typed, {
        listed: listing.accounts,
        lookups: lookups.results,
      });
      answer.textContent = format(text.answers[status.answer], {
        address: status.address,
        domain: status.domain,
      });
    } catch {
      answer.textContent = text.checkFailed;
    }
  });
}
