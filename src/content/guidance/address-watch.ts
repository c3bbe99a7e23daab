import type { AddressStatus, DuplicateText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { externalLink, h } from '../dom';
import { setTestOnlyAttribute } from '../page-marker';
import { send } from '../send';
import { isAddressField } from './page-fields';
import type { Panel } from './panel';

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PAUSE_MS = 400;

/**
 * The duplicate-account warning on sign-up pages. When the address typed in Microsoft's box
 * (after a pause) already is a Microsoft account, the background says so from the extension's own
 * data (no network), and the panel offers to sign in or recover instead. Only the address is
 * sent, and the background keeps nothing. In e2e builds only, the host's `data-address-status`
 * is `existing-account` while the warning shows: whether an address is one of the person's is
 * theirs, and the host's attributes are in the page's reach.
 */
export function duplicateWidget(text: DuplicateText, panel: Panel, doc: Document) {
  const element = h('div', { class: 'notice', hidden: true });
  let asked = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (status: AddressStatus | null) => {
    if (!status?.existing || !status.signInUrl || !status.recoverUrl) {
      element.hidden = true;
      setTestOnlyAttribute(panel.host, 'data-address-status', null);
      panel.flag(false);
      return;
    }
    element.replaceChildren(
      h('h3', {}, text.title),
      h(
        'p',
        {},
        format(text.body, { address: status.address }),
        ' ',
        text.because[status.existing],
      ),
      h(
        'p',
        { class: 'actions' },
        externalLink(text.signIn, status.signInUrl, 'button primary'),
        externalLink(text.recover, status.recoverUrl, 'button'),
      ),
    );
    element.hidden = false;
    setTestOnlyAttribute(panel.host, 'data-address-status', 'existing-account');
    panel.announce(text.title);
    panel.flag(true);
    panel.replace();
  };

  const check = async (value: string) => {
    const address = value.trim();
    if (address === asked) return;
    asked = address;
    if (!LOOKS_LIKE_EMAIL.test(address)) {
      show(null);
      return;
    }
    const status = await send({ type: 'guidance/address-status', address }).catch(() => null);
    if (asked === address) show(status);
  };

  const onInput = (event: Event) => {
    if (!isAddressField(event.target)) return;
    const field = event.target;
    clearTimeout(timer);
    if (event.type === 'change') void check(field.value);
    else timer = setTimeout(() => void check(field.value), PAUSE_MS);
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
  return { element };
}
