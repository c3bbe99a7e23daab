import type { MessageRef } from '../i18n/text';
import { lookalikeReasons } from './lookalike-domains';
import { isBareTenantSuffix, isConsumerDomain, tenantSuffixOf } from './microsoft-domains';
import { isOtherProviderDomain } from './other-providers';
import {
  type AddressProblem,
  type ParsedAddress,
  type ParsedEmail,
  type ParsedPhone,
  parseAddress,
} from './parse-address';
import { reason } from './reason';
import type { OfflineKind, Reason } from './types';

/** What the address alone says, before asking anyone. */
export interface OfflineAnswer {
  valid: true;
  /** Normalised email address, or the normalised phone number. */
  address: string;
  /**
   * The sign-in name of the account this address belongs to: the same as `address`, except
   * that Outlook.com's plus aliases (jane+shop@outlook.com) belong to the base address.
   */
  accountAddress: string;
  kind: OfflineKind;
  reasons: Reason[];
}

export interface InvalidAnswer {
  valid: false;
  code: AddressProblem['code'];
  /** In English. */
  error: string;
  /** The sentence's catalog key and values, to say it in the reader's language. */
  text: MessageRef;
}

/** Parse, then answer from the address alone. */
export function checkAddress(input: string): OfflineAnswer | InvalidAnswer {
  const parsed = parseAddress(input);
  if (!parsed.ok) {
    return { valid: false, code: parsed.code, error: parsed.message, text: parsed.text };
  }
  return offlineAnswer(parsed);
}

export function offlineAnswer(parsed: ParsedAddress): OfflineAnswer {
  return parsed.kind === 'phone' ? phoneAnswer(parsed) : emailAnswer(parsed);
}

function phoneAnswer(parsed: ParsedPhone): OfflineAnswer {
  const reasons: Reason[] = [reason('phone-sign-in')];
  if (!parsed.hasCountryCode) {
    reasons.push(reason('phone-no-country-code'));
  }
  return {
    valid: true,
    address: parsed.phone,
    accountAddress: parsed.phone,
    kind: 'unknown',
    reasons,
  };
}

function emailAnswer(parsed: ParsedEmail): OfflineAnswer {
  const { address, domain } = parsed;

  if (isConsumerDomain(domain)) {
    const base = parsed.plusTag === null ? address : `${parsed.localPart.split('+')[0]}@${domain}`;
    const reasons: Reason[] = [reason('consumer-domain', { domain })];
    if (base !== address) reasons.push(reason('plus-alias', { base }));
    return { valid: true, address, accountAddress: base, kind: 'personal', reasons };
  }

  const suffix = tenantSuffixOf(domain);
  if (suffix) {
    return {
      valid: true,
      address,
      accountAddress: address,
      kind: 'work-school',
      reasons: [reason('tenant-domain', { suffix })],
    };
  }

  const reasons: Reason[] = [];
  if (isBareTenantSuffix(domain)) {
    reasons.push(reason('tenant-domain-incomplete', { domain }));
  }
  reasons.push(...lookalikeReasons(domain));
  reasons.push(
    isOtherProviderDomain(domain)
      ? reason('other-provider', { domain: parsed.domainUnicode })
      : reason('any-address', { domain: parsed.domainUnicode }),
  );
  return { valid: true, address, accountAddress: address, kind: 'unknown', reasons };
}
