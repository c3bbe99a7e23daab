/**
 * The extension's one IndexedDB database:
 *   const db = await openAccountHelperDb();
 *   const { settings, accounts, sightings, reminders, lookups } = createRepositories(db);
 */
export * from './accounts-repo';
export * from './errors';
export * from './export-import';
export * from './lookups-repo';
export {
  MIGRATIONS,
  type Migration,
  type MigrationDb,
  type MigrationTransaction,
  migrationsBetween,
  type OpenAtVersionOptions,
  openAtVersion,
} from './migrations';
export * from './open';
export { type ConnectionEvents, DEFAULT_BLOCKED_TIMEOUT_MS } from './open-request';
export * from './organisation-sign-ins-repo';
export * from './records';
export * from './reminder-sync';
export * from './reminders-repo';
export * from './repositories';
export * from './schema';
export * from './settings-repo';
export * from './settings-schema';
export * from './sightings-repo';
export * from './user-data';
export type { CorruptRecordHandler, CorruptRecordReport, RepoOptions } from './validation';
