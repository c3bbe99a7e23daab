import type { Classification } from '../core/detection/types';

export const MARKER_TAG = 'account-helper';

export interface PageMarker {
  host: HTMLElement;
  /** Closed: the page's scripts can't reach what Account Helper shows. */
  root: ShadowRoot;
}

/**
 * The one element Account Helper adds to a page. Its data attributes are a stable contract for
 * tests and tools: `data-account-helper`, `data-verdict`, `data-page-kind`; with the guidance
 * panel also `data-panel-state` (`open` | `collapsed`) and `data-panel-lang` (`en`, `de`, `fr`,
 * `es`), `data-page-step` (the step of Microsoft's page the panel follows, or `unknown`) and on
 * sign-up pages `data-coach-step`; on consent prompts `data-consent-risk` (`high` with the
 * warning, `low` otherwise) and `data-consent-publisher` (`verified` | `unverified` | `unknown`);
 * on device-code pages `data-device-arrival` (`link` | `same-site` | `unknown`) and
 * `data-device-step` (`code` | `confirm`); in e2e builds also `data-address-status` and
 * `data-password-strength` (a level), which say something about what the person typed.
 */
/** Marker attributes that say something about what the person typed: only e2e builds set them. */
type TestOnlyAttribute = 'data-address-status' | 'data-password-strength';

/**
 * Sets (or, with `null`, removes) a test-only attribute. In the store build this is an empty
 * function, so the bundler drops the calls and the attribute names with them (the accessibility
 * e2e checks the store bundles for the names).
 */
export function setTestOnlyAttribute(
  host: HTMLElement,
  name: TestOnlyAttribute,
  value: string | null,
): void {
  if (import.meta.env.MODE !== 'e2e') return;
  if (value === null) host.removeAttribute(name);
  else host.setAttribute(name, value);
}

/** One marker per page, however many reports (the page's own, a frame's) ask for one. */
const mounted = new WeakMap<Document, PageMarker>();

export function mountPageMarker(doc: Document, classification: Classification): PageMarker {
  const existing = mounted.get(doc);
  if (existing) return existing;
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute('data-account-helper', '');
  host.setAttribute('data-verdict', classification.verdict);
  if (classification.verdict === 'microsoft' && classification.kind) {
    host.setAttribute('data-page-kind', classification.kind);
  }
  // Always closed in the store build. The e2e build opens it for a page that asks (the
  // accessibility tests' fixtures, `<html data-account-helper-audit>`), so axe can look inside.
  const audit =
    import.meta.env.MODE === 'e2e' && doc.documentElement.hasAttribute('data-account-helper-audit');
  const root = host.attachShadow({ mode: audit ? 'open' : 'closed' });
  const parent = doc.body ?? doc.documentElement;
  parent.append(host);
  keepAttached(parent, host);
  const marker = { host, root };
  mounted.set(doc, marker);
  return marker;
}

/** A page that removes the marker (to hide a warning, say) gets it straight back. */
function keepAttached(parent: Element, host: HTMLElement): void {
  new MutationObserver(() => {
    if (!host.isConnected) parent.append(host);
  }).observe(parent, { childList: true });
}
