/**
 * Pure scheduling core for recovery reminders: no browser APIs, no DOM, no clock. Every function
 * takes `now` (epoch ms). The fire-once design is described in `occurrence.ts`; the storage
 * contract for racing wakes in `claim.ts`.
 *
 * One wake of the worker:
 * 1. In one readwrite transaction: read accounts, settings and reminders;
 *    `reconcile(stored, computeDueReminders(accounts, settings, now), now)`; write each upsert as
 *    `mergeUpsert(storedNow, upsert)`, apply deletes; then for each `toFire`,
 *    `claimFire(storedNow, occurrence)` and write the result when not null.
 * 2. After the transaction commits, notify for the claims won.
 * 3. Set the alarm to `nextWakeAt(reminders, now)`.
 */
export * from './actions';
export * from './claim';
export * from './compute';
export * from './months';
export * from './occurrence';
export * from './presentation';
export * from './reconcile';
export * from './schema';
export * from './settings';
export * from './summary';
export * from './types';
export * from './wake';
