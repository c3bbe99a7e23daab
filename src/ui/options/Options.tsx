import { useState } from 'preact/hooks';
import { openAccountHelperDb } from '../../storage/open';
import { createSightingsRepo } from '../../storage/sightings-repo';
import { GuardPermission } from '../shared/GuardPermission';
import { t, tn } from '../shared/i18n';
import { ManagedNotice } from '../shared/ManagedNotice';
import { SightingsList } from '../shared/SightingsList';
import { useAsync } from '../shared/use-async';
import { MyData } from './MyData';

async function loadSightings() {
  const db = await openAccountHelperDb();
  try {
    const repo = createSightingsRepo(db);
    return { total: await repo.count(), recent: await repo.listRecent(50) };
  } finally {
    db.close();
  }
}

export function Options() {
  // A new loader reads the visits again (after "Delete everything").
  const [sightingsLoader, setSightingsLoader] = useState(() => loadSightings);
  const sightings = useAsync(sightingsLoader);
  return (
    <main class="page">
      <h1>{t('options.title')}</h1>
      <ManagedNotice />
      <MyData onAllDeleted={() => setSightingsLoader(() => () => loadSightings())} />
      <section class="card" aria-labelledby="seen-heading">
        <h2 id="seen-heading">{t('options.visits.heading')}</h2>
        {sightings.status === 'loading' && <p class="muted">{t('options.loading')}</p>}
        {sightings.status === 'failed' && (
          <p role="alert" data-testid="visits-failed">
            {t('options.visits.failed', { error: sightings.message })}
          </p>
        )}
        {sightings.status === 'ready' && (
          <>
            <p data-testid="sightings-total">{tn('options.visits.total', sightings.value.total)}</p>
            <SightingsList sightings={sightings.value.recent} />
          </>
        )}
      </section>
      <GuardPermission />
      <p class="muted">{t('options.footer')}</p>
    </main>
  );
}
