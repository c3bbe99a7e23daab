import { send } from '../../messaging/client';
import type { TabState } from '../../messaging/messages';
import type { SightingRecord } from '../../storage/records';
import { AccountCheck } from '../account-check/AccountCheck';
import { DueReminders } from '../reminders/DueReminders';
import { GuardPermission } from '../shared/GuardPermission';
import { t } from '../shared/i18n';
import { SightingsList } from '../shared/SightingsList';
import { useAsync } from '../shared/use-async';
import { targetTabId } from './target-tab';
import { UncheckedCard, VerdictCard } from './VerdictCard';

interface PopupData {
  tab: TabState | null;
  sightings: SightingRecord[];
}

async function loadPopupData(): Promise<PopupData> {
  const tabId = await targetTabId(location.search);
  const [tab, sightings] = await Promise.all([
    tabId === null ? null : send({ type: 'tab/state', tabId }),
    send({ type: 'sightings/recent', limit: 5 }),
  ]);
  return { tab, sightings };
}

export function Popup() {
  const state = useAsync(loadPopupData);
  return (
    <main class="popup" data-state={state.status}>
      {/* Every state names the page in the popup's one h1. */}
      {state.status === 'loading' && <h1 class="muted">{t('popup.checking')}</h1>}
      {state.status === 'failed' && <UncheckedCard failure={state.message} />}
      {state.status === 'ready' &&
        (state.value.tab?.classification ? (
          <VerdictCard classification={state.value.tab.classification} url={state.value.tab.url} />
        ) : (
          <UncheckedCard />
        ))}
      {/* Not behind the page's status: the check form works from the first render. */}
      <AccountCheck />
      <DueReminders />
      {state.status === 'ready' && (
        <>
          <GuardPermission compact />
          {/* Folded: the popup's main view fits 360 × 600 without scrolling. */}
          <details class="card popup-recent" data-testid="recent">
            <summary>{t('popup.recent')}</summary>
            <SightingsList sightings={state.value.sightings} />
          </details>
          <p class="popup-footer">
            <a href="/options.html" target="_blank" rel="noopener">
              {t('popup.settings-link')}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
