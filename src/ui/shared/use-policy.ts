import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ManagedPolicy, NO_POLICY } from '../../core/policy/schema';
import { send } from '../../messaging/client';

/**
 * The organisation's policy, from the background; null until it answers. Follows changes: Chrome
 * and Edge deliver a policy a moment after start-up, and whenever an administrator changes it.
 */
export function usePolicy(): ManagedPolicy | null {
  const [policy, setPolicy] = useState<ManagedPolicy | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      send({ type: 'policy/get' }).then(
        (value) => live && setPolicy(value),
        // Without an answer, nothing is restricted here; the background still enforces its policy.
        () => live && setPolicy((current) => current ?? { ...NO_POLICY }),
      );
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'managed') void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return policy;
}
