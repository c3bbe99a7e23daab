import {
  type Permission,
  readPermissions,
  SENSITIVE_PERMISSIONS,
  soundsSensitive,
} from './permissions';
import { type ConsentRisk, consentRisk, type PublisherStatus } from './risk';

/** What the panel needs to explain a consent prompt: plain permissions, and the risk. */
export interface ConsentAssessment {
  /** In catalog order. */
  known: Permission[];
  /** The ones among `known` that count towards the warning. */
  sensitive: Permission[];
  /** Display names no rule knows, as the page showed them. */
  unknown: string[];
  risk: ConsentRisk;
}

/**
 * Weighs what Microsoft's consent prompt shows. Done in the background: the mapping is data the
 * content script on every Microsoft page would otherwise carry.
 */
export function assessConsent(
  publisher: PublisherStatus,
  names: readonly string[],
  scopes: readonly string[] = [],
): ConsentAssessment {
  const { known, unknown } = readPermissions(names, scopes);
  return {
    known,
    sensitive: known.filter((permission) => SENSITIVE_PERMISSIONS.has(permission)),
    unknown,
    risk:
      publisher !== 'verified' && unknown.some(soundsSensitive)
        ? 'high'
        : consentRisk(publisher, known),
  };
}
