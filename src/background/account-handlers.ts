import { browser } from 'wxt/browser';
import { checkAddress, lookupSaid } from '../core/accounts';
import type { Handlers } from '../messaging/router';
import { createAccountsRepo, newAccountRecord } from '../storage/accounts-repo';
import { createLookupsRepo } from '../storage/lookups-repo';
import { createSettingsRepo } from '../storage/settings-repo';
import { type LookupDeps, runLookup } from './account-lookup';
import { database } from './database';
import { rememberFederationHost } from './organisation-sign-in';
import { currentPolicy } from './policy';
import { reminderEngine } from './reminders';

/**
 * The rate limiter's timestamps live in `storage.session`: it survives the service worker (or
 * Firefox's event page) being stopped between clicks, which is what the limit must outlast, and
 * only the extension's own pages and worker can read or write it (content scripts can't). It is
 * emptied when the browser closes, which costs nothing: the limit is about bursts of lookups,
 * minutes apart at most. IndexedDB would need a schema change for a value that is never exported.
 */
const TIMESTAMPS_KEY = 'lookup:timestamps';

async function loadTimestamps(): Promise<number[]> {
  const stored = (await browser.storage.session.get(TIMESTAMPS_KEY))[TIMESTAMPS_KEY];
  return Array.isArray(stored)
    ? stored.filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
    : [];
}

async function lookupDeps(): Promise<LookupDeps> {
  const db = await database();
  return {
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    lookupsAllowed: async () =>
      (await currentPolicy()).allowOnlineLookups &&
      (await createSettingsRepo(db).get('allowOnlineLookups')),
    loadTimestamps,
    saveTimestamps: (timestamps) => browser.storage.session.set({ [TIMESTAMPS_KEY]: timestamps }),
    results: createLookupsRepo(db),
  };
}

type AccountHandlers = Pick<
  Handlers,
  'accounts/list' | 'accounts/add' | 'lookup/run' | 'lookup/list' | 'lookup/clear'
>;

export const accountHandlers: AccountHandlers = {
  async 'accounts/list'() {
    const db = await database();
    const [accounts, remember] = await Promise.all([
      createAccountsRepo(db).list(),
      createSettingsRepo(db).get('rememberSignInAddresses'),
    ]);
    return {
      accounts: accounts
        .filter((account) => account.addedFrom !== 'sign-in')
        .map(({ address, kind }) => ({ address, kind })),
      // Addresses seen signing in count only while the person allows keeping them.
      signInAddresses: remember
        ? accounts.filter((account) => account.addedFrom === 'sign-in').map((a) => a.address)
        : [],
    };
  },

  async 'accounts/add'(message) {
    const checked = checkAddress(message.address);
    if (!checked.valid) throw new Error(`Not an address: ${checked.code}`);
    if (!checked.accountAddress.includes('@')) {
      throw new Error('Only email addresses can be listed as accounts.');
    }
    const address = checked.accountAddress;
    const repo = createAccountsRepo(await database());
    // Through the reminder engine, so the new account's reminders are scheduled in this step.
    const { result } = await reminderEngine.afterChange(async (now) => {
      // A plus alias (jane+shop@outlook.com) belongs to the account jane@outlook.com.
      const existing = await repo.get(address);
      if (!existing) {
        const account = await repo.put(
          newAccountRecord({
            address,
            kind: message.kind,
            addedFrom: 'account-check',
            addedAt: now,
          }),
        );
        return { added: true, account: { address: account.address, kind: account.kind } };
      }
      const kind =
        existing.kind === 'unknown' && message.kind !== 'unknown' ? message.kind : existing.kind;
      // Seen signing in, now listed on purpose: it becomes one of the person's own accounts.
      const claimed = existing.addedFrom === 'sign-in';
      const account =
        kind === existing.kind && !claimed
          ? existing
          : await repo.update(existing.address, {
              kind,
              ...(claimed ? { addedFrom: 'account-check' as const } : {}),
            });
      return { added: claimed, account: { address: account.address, kind: account.kind } };
    });
    return result;
  },

  async 'lookup/run'(message) {
    if (!(await currentPolicy()).allowOnlineLookups) {
      return {
        status: 'refused',
        reason: 'lookups-off',
        ...lookupSaid('lookup.refused.by-organisation'),
      };
    }
    const result = await runLookup(message.address, await lookupDeps());
    // Microsoft named the organisation's own sign-in page (a federated domain): remember its host.
    const federationHost =
      result.status === 'answered' ? result.outcome.details?.federationHost : null;
    if (result.status === 'answered' && federationHost) {
      await rememberFederationHost(federationHost, result.address).catch(() => {});
    }
    return result;
  },

  async 'lookup/list'() {
    const db = await database();
    const [allowed, results, policy] = await Promise.all([
      createSettingsRepo(db).get('allowOnlineLookups'),
      createLookupsRepo(db).list(),
      currentPolicy(),
    ]);
    return {
      allowed: allowed && policy.allowOnlineLookups,
      ...(policy.allowOnlineLookups ? {} : { offByPolicy: true }),
      results: results.sort((a, b) => b.checkedAt - a.checkedAt),
    };
  },

  async 'lookup/clear'() {
    await createLookupsRepo(await database()).clear();
    return null;
  },
};
