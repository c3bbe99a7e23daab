import type { ManagedPolicy } from '../../core/policy/schema';
import { t } from './i18n';
import { usePolicy } from './use-policy';

/** What the policy decides, one sentence each (as `describePolicy` says it in English). */
function policyLines(policy: ManagedPolicy): string[] {
  return [
    !policy.allowOnlineLookups && t('managed.rule.lookups-off'),
    !policy.allowRememberSignInAddresses && t('managed.rule.remember-off'),
    policy.requireLookalikeGuard && t('managed.rule.guard-required'),
    policy.allowedTenants.length > 0 &&
      t('managed.rule.tenants', { tenants: policy.allowedTenants.join(', ') }),
    policy.organisationSignInPages.length > 0 &&
      t('managed.rule.sign-in-pages', {
        hosts: policy.organisationSignInPages.map((page) => page.host).join(', '),
      }),
    Boolean(policy.lookalikeReportEndpoint) && t('managed.rule.report-endpoint'),
  ].filter((line): line is string => typeof line === 'string');
}

/** Says what the organisation decided, when Account Helper is managed; nothing otherwise. */
export function ManagedNotice() {
  const policy = usePolicy();
  if (!policy || (!policy.managed && policy.ignored.length === 0)) return null;
  const lines = policyLines(policy);
  return (
    <section class="card" data-testid="managed-notice" aria-labelledby="managed-heading">
      <h2 id="managed-heading">{t('managed.heading')}</h2>
      {lines.length > 0 && (
        <>
          <p>{t('managed.intro')}</p>
          <ul data-testid="managed-rules">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {policy.ignored.length > 0 && (
        <p class="muted" data-testid="policy-ignored">
          {t('managed.ignored', { names: policy.ignored.join(', ') })}
        </p>
      )}
    </section>
  );
}
