import { z } from 'zod';
import type { AccountsKey } from '../i18n/messages/accounts/en';
import {
  type CredentialTypeDetails,
  type LookupOutcome,
  lookupSaid,
  throttledOutcome,
} from './lookup-outcome';
import type { Reason } from './types';

/*
 * What the GetCredentialType response fields mean, and how sure we are.
 * Microsoft doesn't document this endpoint; it is the call its own sign-in page makes after
 * you type your address. Evidence, strongest first:
 *
 * IfExistsResult
 *   0  exists (in Microsoft Entra ID, the work/school directory answering at /common).
 *      AADInternals DoesUserExists (KillChain_utils.ps1) counts 0 and 6 as "exists";
 *      o365creeper, Oh365UserFinder and o365enum all read 0 as a valid user. High confidence.
 *   1  does not exist. o365creeper ("INVALID"), Oh365UserFinder ("UNKNOWN_USERNAME"). High.
 *   2  throttled. Oh365UserFinder and o365enum ("THROTTLE"). Medium: o365spray's enum says 3.
 *   4  error. Oh365UserFinder / o365enum ("ERROR"). Medium; we treat it as "no answer".
 *   5  exists in a different identity provider: asked with isOtherIdpSupported, Entra answers
 *      that the name belongs to a personal Microsoft account (MSA), and the sign-in page hands
 *      over to login.live.com. Oh365UserFinder/o365spray ("VALID_USERNAME_DIFFERENT_IDP").
 *      Medium-high: "different IdP" is well attested; "that IdP is MSA" follows from what the
 *      sign-in page does next, and is what this feature needs.
 *   6  exists in both: the page shows "this email is used with more than one account from
 *      Microsoft" and asks which one. AADInternals counts 6 as exists; Oh365UserFinder calls it
 *      VALID_USERNAME. Medium: "both" comes from the sign-in page's behaviour, not a document.
 *      (One security toolkit labels 6 "throttled"; nothing else agrees, so we don't.)
 *  -1  unknown error (Oh365UserFinder). Anything else: unknown to us.
 * ThrottleStatus
 *   1  throttled: AADInternals DoesUserExists discards the answer and warns "Requests
 *      throttled!". Medium: AADInternals' own Get-CredentialType example also shows 1 beside a
 *      real user, so 1 may mean "answer not to be trusted" rather than "refused"; either way we
 *      don't report existence.
 * EstsProperties.DomainType
 *   1 unknown, 2 consumer (MSA), 3 managed (cloud-only Entra), 4 federated, 5 cloud-federated:
 *   Oh365UserFinder / o365enum tables. AADInternals examples pair 3 with a managed tenant and 4
 *   with a federated one. Medium-high.
 * Credentials.PrefCredential
 *   1 password, 4 federated redirect (AADInternals examples); other values (authenticator app,
 *   FIDO…) are less certain, so we only pass the number on.
 * Credentials.HasPassword, Credentials.FederationRedirectUrl (the organisation's own sign-in
 *   page, e.g. AD FS; AADInternals example), IsUnmanaged (a tenant nobody administers, made when
 *   someone signed up with a work address; AADInternals blog on "viral" tenants), Display and
 *   Username (the name echoed back): informational, used only for the explanation.
 */

const nullableInt = z.number().int().nullish();

/** Lenient: extra fields are allowed (and dropped), missing ones are fine, wrong types fail. */
export const credentialTypeResponseSchema = z.object({
  Username: z.string().nullish(),
  Display: z.string().nullish(),
  IfExistsResult: nullableInt,
  ThrottleStatus: nullableInt,
  IsUnmanaged: z.boolean().nullish(),
  Credentials: z
    .object({
      PrefCredential: nullableInt,
      HasPassword: z.boolean().nullish(),
      FederationRedirectUrl: z.string().nullish(),
    })
    .nullish(),
  EstsProperties: z.object({ DomainType: nullableInt }).nullish(),
});
export type CredentialTypeResponse = z.infer<typeof credentialTypeResponseSchema>;

export const IF_EXISTS = {
  exists: 0,
  notFound: 1,
  throttled: 2,
  error: 4,
  existsInOtherIdp: 5,
  existsInBoth: 6,
} as const;

const DOMAIN_TYPES: Record<number, CredentialTypeDetails['domainType']> = {
  1: 'unknown',
  2: 'consumer',
  3: 'managed',
  4: 'federated',
  5: 'cloud-federated',
};

/** Turns the HTTP status and raw body of a GetCredentialType call into an outcome. Never throws. */
export function interpretCredentialType(httpStatus: number, bodyText: string): LookupOutcome {
  if (httpStatus === 429) {
    return throttledOutcome(
      { code: 'http-429', ...lookupSaid('lookup.throttled.http-429') },
      httpStatus,
    );
  }
  if (httpStatus < 200 || httpStatus > 299) return httpErrorOutcome(httpStatus);

  if (bodyText.trim() === '') return malformed(httpStatus, 'lookup.malformed.empty');
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return malformed(httpStatus, 'lookup.malformed.json');
  }
  const parsed = credentialTypeResponseSchema.safeParse(json);
  if (!parsed.success) {
    return malformed(httpStatus, 'lookup.malformed.shape');
  }
  return interpretResponse(parsed.data, httpStatus);
}

export function interpretResponse(
  response: CredentialTypeResponse,
  httpStatus = 200,
): LookupOutcome {
  const details = detailsOf(response);
  const code = details.ifExistsResult;

  if (response.ThrottleStatus === 1 || code === IF_EXISTS.throttled) {
    return {
      ...throttledOutcome(
        { code: 'throttle-status', ...lookupSaid('lookup.throttled.status') },
        httpStatus,
      ),
      details,
    };
  }

  const notes = detailNotes(details);
  switch (code) {
    case IF_EXISTS.exists:
      // 0 is Entra's own "yes"; a consumer domain type means it answered for an MSA instead.
      return details.domainType === 'consumer'
        ? existsPersonal(details, notes)
        : existsWorkSchool(details, notes);
    case IF_EXISTS.existsInOtherIdp:
      return existsPersonal(details, notes);
    case IF_EXISTS.existsInBoth:
      return {
        status: 'exists-both',
        ...lookupSaid('lookup.exists-both'),
        reasons: [{ code: 'if-exists-6', ...lookupSaid('lookup.exists-both.reason') }, ...notes],
        details,
      };
    case IF_EXISTS.notFound:
      return {
        status: 'not-found',
        ...lookupSaid('lookup.not-found'),
        reasons: [{ code: 'if-exists-1', ...lookupSaid('lookup.not-found.reason') }, ...notes],
        details,
      };
    default:
      return {
        status: 'unknown',
        ...lookupSaid('lookup.unknown'),
        reasons: [
          code === null
            ? { code: 'if-exists-missing', ...lookupSaid('lookup.unknown.missing') }
            : { code: `if-exists-${code}`, ...lookupSaid('lookup.unknown.code', { code }) },
          ...notes,
        ],
        details,
      };
  }
}

function existsPersonal(details: CredentialTypeDetails, notes: Reason[]): LookupOutcome {
  return {
    status: 'exists-personal',
    ...lookupSaid('lookup.exists-personal'),
    reasons: [
      {
        code: details.ifExistsResult === IF_EXISTS.exists ? 'if-exists-0-consumer' : 'if-exists-5',
        ...lookupSaid('lookup.exists-personal.reason'),
      },
      ...notes,
    ],
    details,
  };
}

function existsWorkSchool(details: CredentialTypeDetails, notes: Reason[]): LookupOutcome {
  return {
    status: 'exists-work-school',
    ...lookupSaid('lookup.exists-work-school'),
    reasons: [{ code: 'if-exists-0', ...lookupSaid('lookup.exists-work-school.reason') }, ...notes],
    details,
  };
}

function detailsOf(response: CredentialTypeResponse): CredentialTypeDetails {
  const domainTypeNumber = response.EstsProperties?.DomainType;
  return {
    ifExistsResult: response.IfExistsResult ?? null,
    domainType: domainTypeNumber == null ? null : (DOMAIN_TYPES[domainTypeNumber] ?? null),
    isUnmanaged: response.IsUnmanaged ?? null,
    hasPassword: response.Credentials?.HasPassword ?? null,
    prefCredential: response.Credentials?.PrefCredential ?? null,
    federationHost: hostOf(response.Credentials?.FederationRedirectUrl),
  };
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Extra sentences that help the person recognise the account. */
function detailNotes(details: CredentialTypeDetails): Reason[] {
  const notes: Reason[] = [];
  if (details.federationHost) {
    notes.push({
      code: 'federated',
      ...lookupSaid('lookup.federated', { host: details.federationHost }),
    });
  }
  if (details.isUnmanaged === true) {
    notes.push({ code: 'unmanaged-organisation', ...lookupSaid('lookup.unmanaged-organisation') });
  }
  return notes;
}

function httpErrorOutcome(httpStatus: number): LookupOutcome {
  const server = httpStatus >= 500;
  return {
    status: 'error',
    errorCode: 'http',
    httpStatus,
    ...lookupSaid(server ? 'lookup.http.server' : 'lookup.http.refused'),
    reasons: [
      {
        code: server
          ? 'http-server-error'
          : httpStatus >= 400
            ? 'http-client-error'
            : 'http-unexpected',
        ...lookupSaid('lookup.http.reason', { status: httpStatus }),
      },
    ],
  };
}

function malformed(httpStatus: number, detail: AccountsKey): LookupOutcome {
  return {
    status: 'error',
    errorCode: 'malformed',
    httpStatus,
    ...lookupSaid('lookup.malformed'),
    reasons: [{ code: 'malformed', ...lookupSaid(detail) }],
  };
}
