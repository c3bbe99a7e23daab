import { arrivalOf } from '../../core/guidance/consent/page-text';
import type { DeviceCodeText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { h } from '../dom';
import { readDeviceConfirmation } from './consent-page';

export interface DeviceCheck {
  element: HTMLElement;
  /** Reads the page again; true when it asks the person to cancel. */
  update(): boolean;
}

/**
 * The device-code page's checks. Arriving by a link (the page's referrer is another site) gets
 * "codes come only from your own device"; Microsoft's step "Are you trying to sign in to …?" gets
 * the app's name and "cancel unless you started it". The referrer only proves a link when it is
 * there: a desktop mail app or a `noreferrer` link sends none, so no referrer says nothing (the
 * code paragraph above says it to everyone). The host carries `data-device-arrival` (`link` |
 * `same-site` | `unknown`) and `data-device-step` (`code` | `confirm`).
 */
export function deviceCheck(
  text: DeviceCodeText,
  host: HTMLElement,
  doc: Document,
  referrer: string = doc.referrer,
): DeviceCheck {
  const element = h('div', { class: 'section device-check', 'data-section': 'device-check' });
  const arrival = arrivalOf(referrer, doc.location?.hostname ?? '');
  host.setAttribute('data-device-arrival', arrival);
  let shown = '';

  const update = () => {
    const confirmation = readDeviceConfirmation(doc, host);
    const step = confirmation ? 'confirm' : 'code';
    host.setAttribute('data-device-step', step);
    const key = JSON.stringify([step, confirmation?.app]);
    const asks = confirmation !== null || arrival === 'link';
    if (key === shown) return asks;
    shown = key;
    const parts: HTMLElement[] = [];
    // A link can carry the code too (`?otc=`), and land straight on the confirmation step.
    if (arrival === 'link')
      parts.push(h('h3', {}, text.linkHeading), h('p', { class: 'warning' }, text.linkBody));
    if (confirmation) {
      parts.push(
        h('h3', {}, text.confirmHeading),
        h(
          'p',
          { class: 'warning' },
          confirmation.app
            ? format(text.confirmNamed, { app: confirmation.app })
            : text.confirmUnnamed,
        ),
      );
    }
    element.replaceChildren(...parts);
    element.hidden = !asks;
    return asks;
  };
  update();
  return { element, update };
}
