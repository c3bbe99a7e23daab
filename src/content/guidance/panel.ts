import type { PanelState } from '../../core/guidance/panel-states';
import type { GuidanceView } from '../../core/guidance/types';
import { h } from '../dom';
import type { PageMarker } from '../page-marker';
import { pageScheme } from './page-scheme';
import PANEL_CSS from './panel.css?shadow';
import { keepPlaced } from './placement';

export interface Panel {
  readonly host: HTMLElement;
  /** Where the guidance goes. */
  readonly body: HTMLElement;
  /** Says something to screen readers, open or collapsed. */
  announce(text: string): void;
  /** A badge on the button, for a warning the person hasn't seen because the panel is closed. */
  flag(on: boolean): void;
  /**
   * Places the panel off Microsoft's form; again after the page or the panel changed. The first
   * call is the caller's, once the panel has its content.
   */
  replace(): void;
}

/**
 * The panel: a region named for the page, whose first element is a button that opens and
 * collapses it (`aria-expanded`). Collapsed, only the button shows, as a small pill. The host
 * carries `data-panel-state` so the page and the tests can see the state, and nothing else.
 */
export function createPanel(
  marker: PageMarker,
  view: GuidanceView,
  initial: PanelState,
  onToggle: (state: PanelState) => void,
): Panel {
  const { host, root } = marker;
  const badge = h('span', { class: 'badge', 'aria-hidden': 'true', hidden: true }, '!');
  const toggle = h(
    'button',
    { class: 'toggle', type: 'button', 'aria-controls': 'ah-body' },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, 'i'),
    h('span', {}, view.panel.toggle),
    badge,
    h('span', { class: 'chevron', 'aria-hidden': 'true' }, '▾'),
  );
  const live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'body', id: 'ah-body' }, h('h2', {}, view.panel.title));
  const panel = h(
    'section',
    { class: 'panel', role: 'region', 'aria-label': view.panel.region, 'data-layout': 'right' },
    toggle,
    live,
    body,
  );
  panel.lang = view.locale;
  // The panel's language, for the page and the tests (the page's own when it is one of ours).
  host.setAttribute('data-panel-lang', view.locale);

  const place = keepPlaced(panel, host);
  // Light or dark as the page is, not only as the system is: Microsoft's pages are often light
  // on a dark system. Looked at again whenever the page changes.
  const matchPage = () => panel.setAttribute('data-scheme', pageScheme(document));
  matchPage();
  const replace = () => {
    matchPage();
    place();
    scrollStop(body);
  };
  const show = (state: PanelState) => {
    const open = state === 'open';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    panel.classList.toggle('collapsed', !open);
    if (open) badge.hidden = true;
    host.setAttribute('data-panel-state', state);
  };
  toggle.addEventListener('click', () => {
    const next: PanelState = toggle.getAttribute('aria-expanded') === 'true' ? 'collapsed' : 'open';
    show(next);
    replace();
    if (next === 'open' && panel.getAttribute('data-layout') === 'inline') {
      panel.scrollIntoView({ block: 'nearest' });
    }
    onToggle(next);
  });

  root.replaceChildren(h('style', {}, PANEL_CSS), panel);
  show(initial);

  return {
    host,
    body,
    announce(text) {
      live.textContent = text;
    },
    flag(on) {
      badge.hidden = !on || toggle.getAttribute('aria-expanded') === 'true';
    },
    replace,
  };
}

/**
 * A body that scrolls with nothing inside to focus gets a Tab stop of its own, so the keyboard can
 * scroll it too (with a link or a button inside, focusing that scrolls it).
 */
function scrollStop(body: HTMLElement): void {
  const scrolls = body.scrollHeight > body.clientHeight;
  const focusable = Array.from(
    body.querySelectorAll('a[href], button, input, select, textarea, summary'),
  ).some((element) => element.getClientRects().length > 0);
  if (scrolls && !focusable) body.setAttribute('tabindex', '0');
  else body.removeAttribute('tabindex');
}
