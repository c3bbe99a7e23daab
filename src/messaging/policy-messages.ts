import { z } from 'zod';
import type { ManagedPolicy } from '../core/policy/schema';

/**
 * The organisation's policy, for the extension's pages (popup, options), spread into
 * `messageSpecs`. See docs/managed-deployment.md.
 */

export const policyGetSchema = z.strictObject({ type: z.literal('policy/get') });

export const policyMessageSpecs = {
  'policy/get': { schema: policyGetSchema, from: 'extension-page' },
} as const;

export type PolicyMessageType = keyof typeof policyMessageSpecs;

export interface PolicyResponses {
  /** What the organisation decided; `managed: false` and no restriction when there is no policy. */
  'policy/get': ManagedPolicy;
}
