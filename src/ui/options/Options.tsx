import { useState } from 'preact/hooks';
import { openAccountHelperDb } from '../../storage/open';
import { createSightingsRepo, DEFAULT_MAX_SIGHTINGS } from '../../storage/sightings-repo';
import { GuardPermission } from '../shared/GuardPermission';
import { t, tn } from '../shared/i18n';
import { ManagedNotice } from '../shared/ManagedNotice';
import { SightingsList } from '../shared/SightingsList';
import { useAsync } from '../shared/use-async';
import { MyData } from './MyData';

/** Microsoft's own pages only: a lookalike is no "Microsoft page you visited". */
async function loadSightings() {
  const db = await openAccountHelperDb();
  try {
    const all = await createSightingsRepo(db).listRecent(DEFAULT_MAX_SIGHTINGS);
    const visits = all.filter((sighting) => sighting.verdict === 'microsoft');
    return { total: visits.length, recent: visits.slice(0, 50) };
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
        {sightings.status === 'ready' &&
          (sightings.value.total === 0 ? (
            // One sentence when there is nothing: not "0 visits" and "none seen" both.
            <p class="muted" data-testid="sightings-total">
              {t('sightings.none')}
            </p>
          ) : (
            <>
              <p data-testid="sightings-total">
                {tn('options.visits.total', sightings.value.total)}
              </p>
              <SightingsList sightings={sightings.value.recent} />
            </>
          ))}
      </section>
      <GuardPermission />
      <p class="muted">{t('options.footer')}</p>
    </main>
  );
}
