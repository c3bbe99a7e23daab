import type { PageKind } from '../../core/detection/types';
import { detectPageStep, showsOnStep } from '../../core/guidance/page-steps';
import { panelStateKey } from '../../core/guidance/panel-states';
import type { SignUpStep } from '../../core/guidance/types';
import type { PageReport } from '../../messaging/messages';
import type { OnMicrosoftPage } from '../main';
import type { PageMarker } from '../page-marker';
import { send } from '../send';
import { duplicateWidget } from './address-watch';
import { coachWidget } from './coach';
import { consentTitle } from './consent-page';
import { consentWidget } from './consent-widget';
import { deviceCheck } from './device-check';
import { accountsWidget } from './known-accounts';
import { pageLocale, panelLocale } from './locale';
import { describePage, findAddressField } from './page-fields';
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
export const mountGuidance: OnMicrosoftPage = async (marker, classification, report) => {
  const kind = kindShown(classification.kind, marker);
  if (!kind) return;
  if (kind === 'sign-in') watchSignIn(document);
  await mountPanel(marker, kind, report);
};

/**
 * What the page shows can differ from what its address says. Microsoft shows its consent prompt at
 * addresses that don't say so (after the sign-in form has posted, say), and an address asking for
 * consent first shows the sign-in form to someone not signed in yet. The page's own title, or its
 * address box, tells; the marker follows.
 */
function kindShown(kind: PageKind | null, marker: PageMarker): PageKind | null {
  let shown = kind;
  if (kind === 'sign-in' && consentTitle(document, marker.host)) shown = 'consent';
  else if (kind === 'consent' && !consentTitle(document, marker.host) && findAddressField(document))
    shown = 'sign-in';
  if (shown && shown !== kind) marker.host.setAttribute('data-page-kind', shown);
  return shown;
}

async function mountPanel(marker: PageMarker, kind: PageKind, report: PageReport): Promise<void> {
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

  const sections = view.sections.map((section) => ({ section, element: renderSection(section) }));
  const [first, ...rest] = sections;
  const coach = view.coach ? coachWidget(view.coach, marker.host) : null;
  const meter = view.strength ? strengthWidget(view.strength, marker.host, doc) : null;
  const consent = view.consent
    ? consentWidget(view.consent, marker.host, doc, () => panel.flag(true))
    : null;
  const device = view.deviceCode ? deviceCheck(view.deviceCode, marker.host, doc) : null;
  panel.body.append(
    ...[
      view.duplicate && duplicateWidget(view.duplicate, panel, doc).element,
      // Shown only while there is a new-password box: then it is what matters most.
      meter?.element,
      consent?.element,
      device?.element,
      first?.element,
      coach?.element,
      view.accounts && accountsWidget(view.accounts, doc, view.locale).element,
      ...rest.map((entry) => entry.element),
      view.review && reviewWidget(view.review, doc, view.locale).element,
    ].filter((part): part is HTMLElement => Boolean(part)),
  );
  let stop = () => {};
  // The step the page shows decides which sections apply; a page that can't be placed (null)
  // gets the sections meant for every step and for `unknown`, never another step's.
  const refresh = () => {
    // A sign-in page that turns into Microsoft's consent prompt gets the consent panel.
    if (kind === 'sign-in' && kindShown(kind, marker) === 'consent') {
      stop();
      void mountPanel(marker, 'consent', report);
      return;
    }
    let step: string | null = null;
    try {
      step = detectPageStep(kind, describePage(doc, marker.host));
    } catch {
      // A page built in a way Account Helper doesn't know: no step, no error in the panel.
    }
    for (const { section, element } of sections) element.hidden = !showsOnStep(section.steps, step);
    marker.host.setAttribute('data-page-step', step ?? 'unknown');
    coach?.show(step as SignUpStep | null);
    meter?.update();
    consent?.update();
    if (device?.update()) panel.flag(true);
    panel.replace();
  };
  refresh();
  stop = watchPage(doc, refresh);
  markPainted();
}

/** After the frame that shows the panel. */
function markPainted(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(PAINTED_MARK), 0));
}
