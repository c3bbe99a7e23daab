import { contentApi } from '../ext';

export type PanelState = 'open' | 'collapsed';
type SavedStates = Record<string, PanelState>;

/**
 * Whether the panel was left open or collapsed, per page kind and per width (a phone and a
 * desktop window remember separately), in `storage.local` under one key. It holds nothing else:
 * no address, no page, no password.
 */
const KEY = 'guidance:panel-states';

export const stateKey = (kind: string, narrow: boolean) => `${kind}:${narrow ? 'narrow' : 'wide'}`;

export async function loadPanelStates(): Promise<SavedStates> {
  try {
    const stored = (await contentApi().storage.local.get(KEY))[KEY];
    return typeof stored === 'object' && stored !== null ? (stored as SavedStates) : {};
  } catch {
    return {};
  }
}

export async function savePanelState(key: string, state: PanelState): Promise<void> {
  try {
    const states = await loadPanelStates();
    await contentApi().storage.local.set({ [KEY]: { ...states, [key]: state } });
  } catch {
    // Not remembering the panel's state is no reason to disturb the page.
  }
}
