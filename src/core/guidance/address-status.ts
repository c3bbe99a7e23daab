import { recoverUrl, signInUrl } from '../accounts/next-steps';
import { checkAddress } from '../accounts/offline-answer';
import type { AddressAnswer, AddressStatus, ExistingAccountReason } from './types';

/** What the extension knows about the person's addresses (from its own data, never the network). */
export interface AddressKnowledge {
  /** The person's accounts, with the kind they gave. */
  listed: readonly { address: string; kind: string }[];
  /** Lookups the person asked for, with the saved outcome code (e.g. `exists-personal`). */
  lookups: readonly { address: string; outcome: string }[];
}

const LOOKED_UP_PERSONAL = new Set(['exists-personal', 'exists-both']);

/**
 * Whether an address typed on a Microsoft page already is a Microsoft account, as flags only.
 * "Already a personal account" (the duplicate warning on sign-up pages) needs one of: a consumer
 * domain (every @outlook.com address is one), the person's own list (unless they listed it as a
 * work or school account), or a lookup the person asked for that found a personal account.
 */
export function addressStatus(input: string, known: AddressKnowledge): AddressStatus {
  const checked = checkAddress(input);
  if (!checked.valid) {
    return {
      valid: false,
      address: '',
      domain: '',
      answer: 'invalid',
      existing: null,
      signInUrl: null,
      recoverUrl: null,
    };
  }
  const account = checked.accountAddress;
  const isEmail = account.includes('@');
  const domain = isEmail ? account.slice(account.lastIndexOf('@') + 1) : '';
  const listed = known.listed.find((entry) => sameAccount(entry.address, account));
  const lookedUp = known.lookups.find(
    (entry) => sameAccount(entry.address, account) && LOOKED_UP_PERSONAL.has(entry.outcome),
  );

  let existing: ExistingAccountReason | null = null;
  if (checked.kind === 'personal') existing = 'consumer-domain';
  else if (listed && listed.kind !== 'work-school') existing = 'listed';
  else if (lookedUp) existing = 'looked-up';

  let answer: AddressAnswer;
  if (!isEmail) answer = listed ? 'listed' : 'phone';
  else if (listed) answer = 'listed';
  else if (checked.kind === 'personal') answer = 'consumer-domain';
  else if (lookedUp) answer = 'looked-up';
  else if (checked.kind === 'work-school') answer = 'work-school';
  else answer = 'unknown';

  return {
    valid: true,
    address: checked.address,
    domain,
    answer,
    existing,
    signInUrl: existing ? signInUrl('personal', account) : null,
    recoverUrl: existing ? recoverUrl('personal', account) : null,
  };
}

function sameAccount(stored: string, account: string): boolean {
  const parsed = checkAddress(stored);
  return parsed.valid && parsed.accountAddress === account;
}
