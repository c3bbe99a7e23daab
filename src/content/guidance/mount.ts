import type { Classification } from '../../core/detection/types';
import type { GuidanceView } from '../../core/guidance/types';
import type { Locale } from '../../core/i18n/locales';
import type { OnMicrosoftPage } from '../main';
import type { PageMarker } from '../page-marker';
import { send } from '../send';
import { duplicateWidget } from './address-watch';
import { coachWidget } from './coach';
import { accountsWidget } from './known-accounts';
import { panelLocale } from './locale';
import { createPanel } from './panel';
import { loadPanelStates, type PanelState, savePanelState, stateKey } from './panel-state';
import { reviewWidget } from './recovery-review';
import { renderSection } from './sections';
import { watchSignIn } from './sign-in-watch';
import { strengthWidget } from './strength-meter';
import { watchPage } from './watch-page';

/** Measurable from the page: `performance.getEntriesByName(PAINTED_MARK)`. */
export const PAINTED_MARK = 'account-helper:panel-painted';
/** Phones and narrow windows: the panel starts collapsed there. */
const NARROW = '(max-width: 599px)';

interface Early {
  locale: Locale;
  /** The guidance for this page's kind, asked for alongside the page report. */
  view: Promise<GuidanceView | null>;
  saved: Promise<Record<string, PanelState>>;
}

/**
 * The guidance panel on a genuine Microsoft page, chosen by the page's kind. Called as the script
 * starts (at document_start, while the page is still loading): the panel's text and the saved
 * open/collapsed states are fetched alongside the page report, so the panel can show as soon as
 * the page's DOM is ready and known to be Microsoft's. The text comes from the background in the
 * page's language: bundling even English alone would add 3.4 KB gzipped to this script (its
 * budget is 12 KB), and every further language as much again.
 */
export function startGuidance(): OnMicrosoftPage {
  const locale = panelLocale(document);
  const early: Early = {
    locale,
    view: send({ type: 'guidance/get', locale }).catch(() => null),
    saved: loadPanelStates(),
  };
  return (marker, classification) => mountGuidance(marker, classification, early);
}

async function mountGuidance(
  marker: PageMarker,
  { kind }: Classification,
  early: Early,
): Promise<void> {
  if (!kind) return;
  if (kind === 'sign-in') watchSignIn(document);
  const doc = document;
  // `<html lang>` can only be read now; with it, the language may turn out to be another.
  const locale = panelLocale(doc);
  let view = await early.view;
  if (view?.kind !== kind || locale !== early.locale) {
    view = await send({ type: 'guidance/get', kind, locale });
  }
  const narrow = matchMedia(NARROW).matches;
  const key = stateKey(kind, narrow);
  const initial =
    (await early.saved)[key] ?? (view.panel.startOpen && !narrow ? 'open' : 'collapsed');
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
      view.accounts && accountsWidget(view.accounts, doc).element,
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
}

/** After the frame that shows the panel. */
function markPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(PAINTED_MARK), 0));
}
