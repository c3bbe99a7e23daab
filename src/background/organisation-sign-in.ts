import {
  asOrganisationSignIn,
  federationHandOff,
  federationHostOf,
  type KnownOrganisationHost,
  withOrganisationSignInCopy,
} from '../core/detection/organisation-sign-in';
import type { PageSnapshot } from '../core/detection/page-snapshot-schema';
import type { Classification } from '../core/detection/types';
import { normaliseTenant } from '../core/policy/tenant';
import { createOrganisationSignInsRepo } from '../storage/organisation-sign-ins-repo';
import { database } from './database';
import { currentPolicy } from './policy';

/**
 * The organisation's own sign-in pages: remembered when Microsoft's sign-in page hands a tab over
 * to one (or the account check names one), listed by the organisation's policy, never warned
 * about; a copy of one on another host is. Only the host and the organisation are kept.
 */

/** Every known host: the policy's first (they name the tenant), then those remembered. */
export async function knownOrganisationHosts(): Promise<KnownOrganisationHost[]> {
  const [policy, stored] = await Promise.all([
    currentPolicy(),
    database().then((db) => createOrganisationSignInsRepo(db).list()),
  ]);
  const listed = policy.organisationSignInPages.map(
    (page): KnownOrganisationHost => ({
      host: page.host,
      organisation: page.tenant,
      source: 'listed',
    }),
  );
  const reached = stored
    .filter((record) => !listed.some((page) => page.host === record.host))
    .map(
      (record): KnownOrganisationHost => ({
        host: record.host,
        organisation: record.organisation,
        source: 'reached',
      }),
    );
  return [...listed, ...reached];
}

async function remember(
  host: string,
  organisation: string,
  via: 'sign-in-page' | 'account-check',
): Promise<void> {
  const repo = createOrganisationSignInsRepo(await database());
  await repo.put({ host, organisation, via, reachedAt: Date.now() });
}

/** Remembers the identity provider when `url` is Microsoft's hand-off from `previous`. */
export async function rememberHandOff(previous: string | null, url: string): Promise<boolean> {
  const handOff = federationHandOff(previous, url);
  if (!handOff) return false;
  await remember(handOff.host, handOff.organisation, 'sign-in-page');
  return true;
}

/** The account check named the organisation's federation host for an address. */
export async function rememberFederationHost(host: string, address: string): Promise<void> {
  const organisation = normaliseTenant(address.slice(address.lastIndexOf('@') + 1));
  // Microsoft's own hosts are judged by the registry, never by what a lookup answer says.
  if (!organisation || federationHostOf(`https://${host}/`) !== host) return;
  await remember(host, organisation, 'account-check');
}

/**
 * A page's classification with the organisation's sign-in pages taken into account: on one of
 * them, the organisation's mark and never a warning; elsewhere, a copy of one is a lookalike.
 */
export async function withOrganisationSignIns(
  url: string,
  base: Classification,
  snapshot: PageSnapshot | undefined,
): Promise<Classification> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return base;
  }
  const known = await knownOrganisationHosts();
  const own = known.find((k) => k.host === host);
  if (own && new URL(url).protocol === 'https:') return asOrganisationSignIn(base, own);
  return withOrganisationSignInCopy(url, base, snapshot, known);
}
