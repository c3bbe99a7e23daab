import { type Permission, SENSITIVE_PERMISSIONS } from './permissions';

/** What Microsoft's page says about the app's publisher. */
export type PublisherStatus = 'verified' | 'unverified' | 'unknown';

export type ConsentRisk = 'high' | 'low';

/**
 * `high` (the warning) when Microsoft doesn't mark the publisher verified (or the page doesn't
 * say) and the app asks for mail, files, contacts, or access that lasts while the person isn't
 * using it: what an illicit consent grant asks for. Otherwise `low`: a calm explanation.
 */
export function consentRisk(
  publisher: PublisherStatus,
  permissions: readonly Permission[],
): ConsentRisk {
  if (publisher === 'verified') return 'low';
  return permissions.some((permission) => SENSITIVE_PERMISSIONS.has(permission)) ? 'high' : 'low';
}
