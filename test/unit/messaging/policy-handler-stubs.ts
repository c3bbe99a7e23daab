import { vi } from 'vitest';
import { NO_POLICY } from '../../../src/core/policy/schema';
import type { PolicyMessageType } from '../../../src/messaging/policy-messages';
import type { Handlers } from '../../../src/messaging/router';

/** Stand-ins for the policy handlers, for tests of the router. */
export function policyHandlerStubs(): Pick<Handlers, PolicyMessageType> {
  return { 'policy/get': vi.fn(async () => ({ ...NO_POLICY })) };
}
