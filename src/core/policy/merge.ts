import type { ManagedPolicy } from './schema';

/**
 * The organisation's policy over the person's own settings: where the policy decides, it wins;
 * the person's choice is kept underneath and applies again if the policy is lifted (except the
 * remembered-addresses switch, which the background also writes off, see `src/background/policy.ts`).
 */

/** The settings a policy can decide. */
export interface PolicySettings {
  allowOnlineLookups: boolean;
  rememberSignInAddresses: boolean;
  lookalikeGuard: boolean;
}
export type PolicySettingName = keyof PolicySettings;

/** The settings the policy decides, which the person can't change. */
export function lockedSettings(policy: ManagedPolicy): PolicySettingName[] {
  const locked: PolicySettingName[] = [];
  if (!policy.allowOnlineLookups) locked.push('allowOnlineLookups');
  if (!policy.allowRememberSignInAddresses) locked.push('rememberSignInAddresses');
  if (policy.requireLookalikeGuard) locked.push('lookalikeGuard');
  return locked;
}

/** The settings as they apply: the person's, with the policy's decisions over them. */
export function effectiveSettings<S extends object>(settings: S, policy: ManagedPolicy): S {
  const effective = { ...settings } as S & Partial<PolicySettings>;
  if (!policy.allowOnlineLookups && 'allowOnlineLookups' in effective) {
    effective.allowOnlineLookups = false;
  }
  if (!policy.allowRememberSignInAddresses && 'rememberSignInAddresses' in effective) {
    effective.rememberSignInAddresses = false;
  }
  if (policy.requireLookalikeGuard && 'lookalikeGuard' in effective) {
    effective.lookalikeGuard = true;
  }
  return effective;
}

/** A change the person asked for, without the settings the policy decides. */
export function allowedSettingChanges<C extends Record<string, unknown>>(
  changes: C,
  policy: ManagedPolicy,
): Partial<C> {
  const locked = new Set<string>(lockedSettings(policy));
  return Object.fromEntries(
    Object.entries(changes).filter(([name]) => !locked.has(name)),
  ) as Partial<C>;
}

/** Plain sentences saying what the organisation decided, for the options page. */
export function describePolicy(policy: ManagedPolicy): string[] {
  const lines: string[] = [];
  if (!policy.allowOnlineLookups) {
    lines.push('Checking an address with Microsoft (“Ask Microsoft”) is turned off.');
  }
  if (!policy.allowRememberSignInAddresses) {
    lines.push('Addresses you sign in with are never remembered.');
  }
  if (policy.requireLookalikeGuard) {
    lines.push('The lookalike guard is required.');
  }
  if (policy.allowedTenants.length > 0) {
    lines.push(
      `Microsoft sign-in pages for organisations other than yours are pointed out. Yours: ${policy.allowedTenants.join(', ')}.`,
    );
  }
  if (policy.organisationSignInPages.length > 0) {
    lines.push(
      `Your organisation's own sign-in pages, never warned about: ${policy.organisationSignInPages.map((page) => page.host).join(', ')}.`,
    );
  }
  if (policy.lookalikeReportEndpoint) {
    lines.push('Your organisation is told when Account Helper warns you about a lookalike page.');
  }
  return lines;
}
