export {
  allowedSettingChanges,
  describePolicy,
  effectiveSettings,
  lockedSettings,
  type PolicySettingName,
  type PolicySettings,
} from './merge';
export {
  MAX_ALLOWED_TENANTS,
  type ManagedPolicy,
  NO_POLICY,
  POLICY_ENTRIES,
  POLICY_ENTRY_NAMES,
  type PolicyEntryName,
  parsePolicy,
} from './schema';
export {
  applyTenantPolicy,
  CONSUMERS_TENANT_ID,
  checkTenant,
  ENTRA_SIGN_IN_HOSTS,
  normaliseTenant,
  TENANT_NOT_ALLOWED,
  type TenantCheck,
  type TenantRef,
  type TenantSource,
  tenantNotAllowedReason,
  tenantOfSignInUrl,
} from './tenant';
