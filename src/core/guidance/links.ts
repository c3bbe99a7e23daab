import type { Audience, AudienceUrl } from './types';

/**
 * Microsoft's own pages the guidance links to. Every one is on a host the detection registry
 * knows as genuine (a unit test checks), and none carries anything about the person.
 */
export const LINKS = {
  passwordReset: {
    personal: 'https://account.live.com/password/reset',
    organisation: 'https://passwordreset.microsoftonline.com/',
  },
  /** The account recovery form, for people who can't use any of their security info. */
  recoveryForm: 'https://account.live.com/acsr',
  securityInfo: {
    personal: 'https://account.live.com/proofs/manage',
    organisation: 'https://mysignins.microsoft.com/security-info',
  },
  /** Apps with access to the account, where the person can remove one. */
  appAccess: {
    personal: 'https://account.live.com/consent/Manage',
    organisation: 'https://myapps.microsoft.com/',
  },
} as const satisfies Record<string, AudienceUrl>;

export function urlFor(url: AudienceUrl, audience: Audience): string {
  return typeof url === 'string' ? url : url[audience];
}
