import { lookalikeReasons } from './lookalike-domains';
import { isBareTenantSuffix, isConsumerDomain, tenantSuffixOf } from './microsoft-domains';
import {
  type AddressProblem,
  type ParsedAddress,
  type ParsedEmail,
  type ParsedPhone,
  parseAddress,
} from './parse-address';
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
  error: string;
}

/** Parse, then answer from the address alone. */
export function checkAddress(input: string): OfflineAnswer | InvalidAnswer {
  const parsed = parseAddress(input);
  if (!parsed.ok) return { valid: false, code: parsed.code, error: parsed.message };
  return offlineAnswer(parsed);
}

export function offlineAnswer(parsed: ParsedAddress): OfflineAnswer {
  return parsed.kind === 'phone' ? phoneAnswer(parsed) : emailAnswer(parsed);
}

function phoneAnswer(parsed: ParsedPhone): OfflineAnswer {
  const reasons: Reason[] = [
    {
      code: 'phone-sign-in',
      message:
        'A phone number can be the sign-in name of a Microsoft account, often one made on a phone or for Skype. The number alone doesn’t tell us whether it is.',
    },
  ];
  if (!parsed.hasCountryCode) {
    reasons.push({
      code: 'phone-no-country-code',
      message:
        'Add your country code at the start, like +1 or +44, so it matches how Microsoft saved it.',
    });
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
    const reasons: Reason[] = [
      {
        code: 'consumer-domain',
        message: `Every @${domain} address is a personal Microsoft account. If this address is yours, you already have one.`,
      },
    ];
    if (base !== address) {
      reasons.push({
        code: 'plus-alias',
        message: `The part after the + is an alias. The account itself is ${base}.`,
      });
    }
    return { valid: true, address, accountAddress: base, kind: 'personal', reasons };
  }

  const suffix = tenantSuffixOf(domain);
  if (suffix) {
    return {
      valid: true,
      address,
      accountAddress: address,
      kind: 'work-school',
      reasons: [
        {
          code: 'tenant-domain',
          message: `Addresses ending in .${suffix} are made by an organisation for its work or school accounts.`,
        },
      ],
    };
  }

  const reasons: Reason[] = [];
  if (isBareTenantSuffix(domain)) {
    reasons.push({
      code: 'tenant-domain-incomplete',
      message: `Work and school addresses look like name@yourorg.${domain}. The organisation’s name is missing here.`,
    });
  }
  reasons.push(...lookalikeReasons(domain));
  reasons.push({
    code: 'any-address',
    message: `An @${parsed.domainUnicode} address could be a personal account, a work or school account, or not a Microsoft account yet. Any email address can become one.`,
  });
  return { valid: true, address, accountAddress: address, kind: 'unknown', reasons };
}
