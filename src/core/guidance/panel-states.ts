/**
 * Whether the guidance panel was left open or collapsed, per page kind and per width (a phone and
 * a desktop window remember separately), kept in `storage.local` under one key. It holds nothing
 * else: no address, no page, no password.
 */
export type PanelState = 'open' | 'collapsed';
export type PanelStates = Record<string, PanelState>;

export const PANEL_STATES_KEY = 'guidance:panel-states';
/** Page kinds × two widths, with room to spare; anything beyond is not ours. */
const MAX_STATES = 64;

export const panelStateKey = (kind: string, narrow: boolean) =>
  `${kind}:${narrow ? 'narrow' : 'wide'}`;

/** What storage held, kept only where it is a panel state: storage is shared, so not trusted. */
export function panelStatesOf(stored: unknown): PanelStates {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const states: PanelStates = {};
  for (const [key, value] of Object.entries(stored).slice(0, MAX_STATES)) {
    if (key.length <= 64 && (value === 'open' || value === 'collapsed')) states[key] = value;
  }
  return states;
}
