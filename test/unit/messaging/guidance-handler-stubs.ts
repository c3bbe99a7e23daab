import { vi } from 'vitest';
import { guidanceView } from '../../../src/core/guidance/view';
import type { GuidanceMessageType } from '../../../src/messaging/guidance-messages';
import type { Handlers } from '../../../src/messaging/router';

/** Stand-ins for the guidance panel's handlers, for tests of the router. */
export function guidanceHandlerStubs(): Pick<Handlers, GuidanceMessageType> {
  return {
    'guidance/get': vi.fn(async ({ kind, locale }) => guidanceView(kind ?? 'sign-in', locale)),
    'guidance/address-status': vi.fn(async () => ({
      valid: false,
      address: '',
      domain: '',
      answer: 'invalid' as const,
      existing: null,
      signInUrl: null,
      recoverUrl: null,
    })),
    'guidance/accounts': vi.fn(async () => ({ addresses: [] })),
    'guidance/consent': vi.fn(async () => ({
      known: [],
      sensitive: [],
      unknown: [],
      risk: 'low' as const,
    })),
    'guidance/recovery-reviewed': vi.fn(async () => ({
      recorded: false as const,
      reason: 'no-accounts' as const,
    })),
  };
}
