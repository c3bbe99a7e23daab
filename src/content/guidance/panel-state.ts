import { PANEL_STATES_KEY, type PanelState, panelStatesOf } from '../../core/guidance/panel-states';
import { contentApi } from '../ext';

/** Remembers the panel's state for next time; the background sends it with the page report. */
export async function savePanelState(key: string, state: PanelState): Promise<void> {
  try {
    const api = contentApi().storage.local;
    const states = panelStatesOf((await api.get(PANEL_STATES_KEY))[PANEL_STATES_KEY]);
    await api.set({ [PANEL_STATES_KEY]: { ...states, [key]: state } });
  } catch {
    // Not remembering the panel's state is no reason to disturb the page.
  }
}
