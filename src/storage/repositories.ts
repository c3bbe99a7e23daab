import type { IDBPDatabase } from 'idb';
import { type AccountsRepo, createAccountsRepo } from './accounts-repo';
import { createLookupsRepo, type LookupsRepo } from './lookups-repo';
import {
  createOrganisationSignInsRepo,
  type OrganisationSignInsRepo,
} from './organisation-sign-ins-repo';
import { createRemindersRepo, type RemindersRepo } from './reminders-repo';
import type { AccountHelperSchema } from './schema';
import { createSettingsRepo, type SettingsRepo } from './settings-repo';
import {
  createSightingsRepo,
  type SightingsRepo,
  type SightingsRepoOptions,
} from './sightings-repo';

export interface Repositories {
  settings: SettingsRepo;
  accounts: AccountsRepo;
  sightings: SightingsRepo;
  reminders: RemindersRepo;
  lookups: LookupsRepo;
  organisationSignIns: OrganisationSignInsRepo;
}

/** Every repository over one open database. */
export function createRepositories(
  db: IDBPDatabase<AccountHelperSchema>,
  options: SightingsRepoOptions = {},
): Repositories {
  return {
    settings: createSettingsRepo(db, options),
    accounts: createAccountsRepo(db, options),
    sightings: createSightingsRepo(db, options),
    reminders: createRemindersRepo(db, options),
    lookups: createLookupsRepo(db, options),
    organisationSignIns: createOrganisationSignInsRepo(db, options),
  };
}
