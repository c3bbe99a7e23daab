import { useState } from 'preact/hooks';
import { openAccountHelperDb } from '../../storage/open';
import { createSightingsRepo } from '../../storage/sightings-repo';
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
      <h1>Account Helper settings</h1>
      <ManagedNotice />
      <MyData onAllDeleted={() => setSightingsLoader(() => () => loadSightings())} />
      <section class="card" aria-labelledby="seen-heading">
        <h2 id="seen-heading">Microsoft pages you visited</h2>
        {sightings.status === 'loading' && <p class="muted">Loading…</p>}
        {sightings.status === 'failed' && (
          <p role="alert">Account Helper could not open its data: {sightings.message}</p>
        )}
        {sightings.status === 'ready' && (
          <>
            <p data-testid="sightings-total">
              {sightings.value.total === 1
                ? '1 visit recorded on this device.'
                : `${sightings.value.total} visits recorded on this device.`}
            </p>
            <SightingsList sightings={sightings.value.recent} />
          </>
        )}
      </section>
      <p class="muted">
        Account Helper keeps everything on this device. It never reads or stores your passwords.
      </p>
    </main>
  );
}
