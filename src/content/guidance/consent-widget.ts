import type { ConsentAssessment } from '../../core/guidance/consent/assess';
import type { ConsentText } from '../../core/guidance/types';
import { format } from '../../core/i18n/format';
import { externalLink, h } from '../dom';
import { send } from '../send';
import { type ConsentPage, readConsentPage } from './consent-page';

type Assess = (page: ConsentPage) => Promise<ConsentAssessment>;

const assessInBackground: Assess = (page) =>
  send({ type: 'guidance/consent', publisher: page.publisherStatus, names: page.permissionNames });

export interface ConsentWidget {
  element: HTMLElement;
  /** Reads the page again (the explanation follows when the background has weighed it). */
  update(): void;
}

/**
 * Microsoft's consent prompt, explained: the app and its publisher as the page names them,
 * whether Microsoft marks the publisher verified, and what the permissions mean in plain words.
 * An unverified publisher asking for mail, files, contacts or lasting access gets the warning
 * (`onWarning`). The host carries `data-consent-risk` (`high` | `low`) once the prompt shows, and
 * `data-consent-publisher` (`verified` | `unverified` | `unknown`).
 */
export function consentWidget(
  text: ConsentText,
  host: HTMLElement,
  doc: Document,
  onWarning: () => void,
  assess: Assess = assessInBackground,
): ConsentWidget {
  const element = h('div', { class: 'section consent', 'data-section': 'consent' });
  let asked = '';

  const render = (page: ConsentPage, assessment: ConsentAssessment) => {
    const warning = assessment.risk === 'high';
    host.setAttribute('data-consent-risk', assessment.risk);
    host.setAttribute('data-consent-publisher', page.publisherStatus);
    const lines = [
      ...assessment.known.map((permission) =>
        h(
          'li',
          { class: assessment.sensitive.includes(permission) ? 'sensitive' : undefined },
          text.permissions[permission],
        ),
      ),
      ...assessment.unknown.map((name) => h('li', {}, format(text.permissionOther, { name }))),
    ];
    const parts: (HTMLElement | false)[] = [
      h(
        'p',
        { class: 'consent-app' },
        page.app ? format(text.appNamed, { app: page.app }) : text.appUnnamed,
      ),
      page.admin && h('p', {}, text.admin),
      h('p', {}, format(text.publisher[page.publisherStatus], { publisher: page.publisher })),
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
    if (warning) onWarning();
  };

  const update = () => {
    const page = readConsentPage(doc, host);
    const key = JSON.stringify(page);
    if (key === asked) return;
    asked = key;
    if (!page) {
      host.removeAttribute('data-consent-risk');
      host.removeAttribute('data-consent-publisher');
      element.replaceChildren(h('p', {}, text.waiting));
      return;
    }
    assess(page)
      .then((assessment) => {
        // The page may have changed while the background was weighing it.
        if (asked === key) render(page, assessment);
      })
      .catch(() => {
        // Not weighed (the background was restarting): the next change of the page asks again.
        if (asked === key) asked = '';
      });
  };
  update();
  return { element, update };
}
