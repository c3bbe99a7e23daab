import { panelStateKey } from '../../core/guidance/panel-states';
import type { OnMicrosoftPage } from '../main';
import { send } from '../send';
import { duplicateWidget } from './address-watch';
import { coachWidget } from './coach';
import { accountsWidget } from './known-accounts';
import { pageLocale, panelLocale } from './locale';
import { createPanel } from './panel';
import { savePanelState } from './panel-state';
import { reviewWidget } from './recovery-review';
import { renderSection } from './sections';
import { watchSignIn } from './sign-in-watch';
import { strengthWidget } from './strength-meter';
import { watchPage } from './watch-page';

/** Measurable from the page: `performance.getEntriesByName(PAINTED_MARK)`. */
export const PAINTED_MARK = 'account-helper:panel-painted';
/** Phones and narrow windows: the panel starts collapsed there. */
const NARROW = '(max-width: 599px)';

/**
 * The guidance panel on a genuine Microsoft page, chosen by the page's kind. Its text (in the
 * page's language) and the states the person left it in come with the page report, asked for at
 * document_start, so the panel can show as soon as the page's DOM is ready and known to be
 * Microsoft's. The text comes from the background: bundling even English alone would add 3.4 KB
 * gzipped to this script (its budget is 12 KB), and every further language as much again.
 */
export const mountGuidance: OnMicrosoftPage = async (marker, { kind }, report) => {
  if (!kind) return;
  if (kind === 'sign-in') watchSignIn(document);
  const doc = document;
  const early = report.guidance;
  let view = early?.view;
  // `<html lang>` can only be read now: unless the address chose the language, it may change it.
  const htmlLocale = early?.localeFromAddress ? null : pageLocale(doc);
  if (!view || view.kind !== kind || (htmlLocale && htmlLocale !== view.locale)) {
    const locale = htmlLocale ?? view?.locale ?? panelLocale(doc);
    view = await send({ type: 'guidance/get', kind, locale });
  }
  const narrow = matchMedia(NARROW).matches;
  const key = panelStateKey(kind, narrow);
  const initial =
    early?.panelStates[key] ?? (view.panel.startOpen && !narrow ? 'open' : 'collapsed');
  const panel = createPanel(marker, view, initial, (state) => void savePanelState(key, state));

  const [first, ...rest] = view.sections;
  const coach = view.coach ? coachWidget(view.coach, marker.host) : null;
  const meter = view.strength ? strengthWidget(view.strength, marker.host, doc) : null;
  panel.body.append(
    ...[
      view.duplicate && duplicateWidget(view.duplicate, panel, doc).element,
      // Shown only while there is a new-password box: then it is what matters most.
      meter?.element,
      first && renderSection(first),
      coach?.element,
      view.accounts && accountsWidget(view.accounts, doc, view.locale).element,
      ...rest.map(renderSection),
      view.review && reviewWidget(view.review, doc, view.locale).element,
    ].filter((part): part is HTMLElement => Boolean(part)),
  );
  const refresh = () => {
    coach?.update(doc);
    meter?.update();
    panel.replace();
  };
  refresh();
  watchPage(doc, refresh);
  markPainted();
};

/** After the frame that shows the panel. */
function markPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(PAINTED_MARK), 0));
}
