import { describePolicy } from '../../core/policy/merge';
import { usePolicy } from './use-policy';

/** Says what the organisation decided, when Account Helper is managed; nothing otherwise. */
export function ManagedNotice() {
  const policy = usePolicy();
  if (!policy || (!policy.managed && policy.ignored.length === 0)) return null;
  const lines = describePolicy(policy);
  return (
    <section class="card" data-testid="managed-notice" aria-labelledby="managed-heading">
      <h2 id="managed-heading">Managed by your organisation</h2>
      {lines.length > 0 && (
        <>
          <p>Your organisation set up Account Helper for everyone who works there:</p>
          <ul data-testid="managed-rules">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {policy.ignored.length > 0 && (
        <p class="muted" data-testid="policy-ignored">
          Some of your organisation’s settings for Account Helper were not understood and are
          ignored ({policy.ignored.join(', ')}). Your IT administrator can correct them.
        </p>
      )}
    </section>
  );
}
