import {
  readPermissions,
  SENSITIVE_PERMISSIONS,
  scopesOfUrl,
} from '../../core/guidance/consent/permissions';
import { consentRisk } from '../../core/guidance/consent/risk';
import type { ConsentText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { externalLink, h } from '../dom';
import { readConsentPage } from './consent-page';

export interface ConsentWidget {
  element: HTMLElement;
  /** Reads the page again; true when the warning shows. */
  update(): boolean;
}

/**
 * Microsoft's consent prompt, explained: the app and its publisher as the page names them,
 * whether Microsoft marks the publisher verified, and what the permissions mean in plain words.
 * An unverified publisher asking for mail, files, contacts or lasting access gets the warning.
 * The host carries `data-consent-risk` (`high` | `low`) once the prompt shows, and
 * `data-consent-publisher` (`verified` | `unverified` | `unknown`).
 */
export function consentWidget(
  text: ConsentText,
  host: HTMLElement,
  doc: Document,
  url: () => string = () => location.href,
): ConsentWidget {
  const element = h('div', { class: 'section consent', 'data-section': 'consent' });
  let shown = '';
  let warning = false;

  const update = () => {
    const page = readConsentPage(doc, host);
    if (!page) {
      host.removeAttribute('data-consent-risk');
      host.removeAttribute('data-consent-publisher');
      if (shown !== 'waiting') element.replaceChildren(h('p', {}, text.waiting));
      shown = 'waiting';
      warning = false;
      return warning;
    }
    const permissions = readPermissions(page.permissionNames, scopesOfUrl(url()));
    const risk = consentRisk(page.publisherStatus, permissions.known);
    const key = JSON.stringify([page, permissions, risk]);
    warning = risk === 'high';
    if (key === shown) return warning;
    shown = key;
    host.setAttribute('data-consent-risk', risk);
    host.setAttribute('data-consent-publisher', page.publisherStatus);

    const lines = [
      ...permissions.known.map((permission) =>
        h(
          'li',
          { class: SENSITIVE_PERMISSIONS.has(permission) ? 'sensitive' : undefined },
          text.permissions[permission],
        ),
      ),
      ...permissions.unknown.map((name) => h('li', {}, format(text.permissionOther, { name }))),
    ];
    const parts: (HTMLElement | false)[] = [
      h(
        'p',
        { class: 'consent-app' },
        page.app ? format(text.appNamed, { app: page.app }) : text.appUnnamed,
      ),
      page.admin && h('p', {}, text.admin),
      h(
        'p',
        { class: 'consent-publisher' },
        format(text.publisher[page.publisherStatus], { publisher: page.publisher }),
      ),
      warning &&
        h(
          'div',
          { class: 'warning', 'data-warning': 'consent' },
          h('h3', {}, text.warningTitle),
          h('p', {}, text.warningBody),
          h('p', {}, text.warningAction),
          h('p', { class: 'actions' }, externalLink(text.removeLabel, text.removeUrl)),
        ),
      h('h3', {}, text.permissionsHeading),
      lines.length > 0
        ? h('ul', { class: 'permissions' }, ...lines)
        : h('p', {}, text.permissionsNone),
      !warning && h('p', {}, text.calm),
    ];
    element.replaceChildren(...parts.filter((part): part is HTMLElement => part !== false));
    return warning;
  };
  update();
  return { element, update };
}
