import type { GuidanceSection } from '../../core/guidance/types';
import { externalLink, h } from '../dom';

export function renderSection(section: GuidanceSection): HTMLElement {
  return h(
    'div',
    { class: 'section', 'data-section': section.id },
    h('h3', {}, section.heading),
    ...section.paragraphs.map((text) => h('p', {}, text)),
    section.links.length > 0 &&
      h(
        'p',
        { class: 'actions' },
        ...section.links.map((link) => externalLink(link.label, link.url)),
      ),
  );
}
