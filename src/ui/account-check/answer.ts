import { type AccountAnswer, answerFor, type KnownAccount } from '../../core/accounts/answer-for';
import type { QuestionId } from '../../core/accounts/follow-up-questions';
import { suggestConsumerDomain } from '../../core/accounts/lookalike-domains';
import type { NextStepSituation } from '../../core/accounts/next-steps';
import { checkAddress } from '../../core/accounts/offline-answer';
import { ACCOUNTS_EN } from '../../core/i18n/messages/accounts/en';
import { said } from '../../core/i18n/text';
import type { AccountListing } from '../../messaging/messages';
import type { AccountKind as StoredKind } from '../../storage/records';

/** The account check's state of knowledge about one address. Pure, so it is unit tested. */

export type Questionnaire = Partial<Record<QuestionId, boolean>>;

export const EMPTY_LISTING: AccountListing = { accounts: [], signInAddresses: [] };

/** The account an address belongs to (plus aliases of Outlook.com belong to the base address). */
export function accountAddressOf(input: string): string | null {
  const checked = checkAddress(input);
  return checked.valid ? checked.accountAddress : null;
}

export function isListed(input: string, listing: AccountListing): boolean {
  const own = accountAddressOf(input);
  return own !== null && listing.accounts.some((a) => accountAddressOf(a.address) === own);
}

/**
 * answerFor with the person's list: accounts listed with a known kind answer by themselves; one
 * listed without a kind still means "you have this account", so it answers with high confidence
 * and keeps whatever else is known.
 */
export function answerWith(
  input: string,
  listing: AccountListing,
  questionnaire: Questionnaire,
): AccountAnswer {
  const knownAccounts: KnownAccount[] = listing.accounts.flatMap((a) =>
    a.kind === 'unknown' ? [] : [{ address: a.address, kind: a.kind }],
  );
  const answer = withoutDoubt(
    answerFor(input, {
      knownAccounts,
      sightings: listing.signInAddresses,
      questionnaire,
    }),
  );
  if (answer.address === null || answer.source === 'your-accounts') return answer;
  const own = accountAddressOf(input);
  const listedWithoutKind = listing.accounts.some(
    (a) => a.kind === 'unknown' && accountAddressOf(a.address) === own,
  );
  if (!listedWithoutKind) return answer;
  const reason = {
    code: 'in-your-accounts',
    ...said(ACCOUNTS_EN, 'account.reason.in-your-accounts'),
  };
  return withoutDoubt(
    answer.confidence === 'high'
      ? { ...answer, reasons: [reason, ...answer.reasons] }
      : {
          ...answer,
          confidence: 'high',
          source: 'your-accounts',
          reasons: [reason, ...answer.reasons],
        },
  );
}

/** Sentences that doubt an account exists, which an account in the person's list answers. */
const DOUBTS = new Set(['any-address', 'other-provider', 'no-hints']);

/** In the list, it is an account: no "could be … or not a Microsoft account yet" beside it. */
function withoutDoubt(answer: AccountAnswer): AccountAnswer {
  if (answer.source !== 'your-accounts') return answer;
  return { ...answer, reasons: answer.reasons.filter((r) => !DOUBTS.has(r.code)) };
}

/**
 * The address with its Microsoft mail domain spelt right (`jane@outlok.com` → `jane@outlook.com`),
 * or null. A misspelt address is the answer's headline, with a one-click fix; it gets no next
 * steps: creating an account with a typo, or listing it, would only make the mistake stick.
 */
export function typoFix(answer: AccountAnswer): string | null {
  const address = answer.address;
  if (address === null || !answer.reasons.some((r) => r.code === 'possible-typo')) return null;
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const suggestion = suggestConsumerDomain(address.slice(at + 1));
  return suggestion ? `${address.slice(0, at)}@${suggestion}` : null;
}

/** Whether to offer the follow-up questions: nothing about the address itself answers. */
export function needsQuestions(answer: AccountAnswer): boolean {
  return answer.address !== null && (answer.source === 'none' || answer.source === 'questionnaire');
}

/** What Microsoft said, when it said yes or no; anything else leaves the offline answer in charge. */
export function onlineKind(code: string | null): NextStepSituation['kind'] | null {
  switch (code) {
    case 'exists-personal':
      return 'personal';
    case 'exists-work-school':
      return 'work-school';
    case 'exists-both':
      return 'both';
    case 'not-found':
      return 'none';
    default:
      return null;
  }
}

export function situationFor(
  answer: AccountAnswer,
  onlineCode: string | null,
  listed: boolean,
): NextStepSituation | null {
  if (answer.address === null) return null;
  const fromMicrosoft = onlineKind(onlineCode);
  // A high-confidence offline kind is the address's domain or the person's list; a lower one
  // (a sighting, the questionnaire) says "you may have one", not which kind.
  const offline = answer.confidence === 'high' ? answer.kind : 'unknown';
  return {
    address: answer.address,
    isEmail: answer.address.includes('@'),
    kind: fromMicrosoft ?? offline,
    listed,
  };
}

/** The kind to store when the person adds the address to their accounts. */
export function kindToStore(situation: NextStepSituation): StoredKind {
  return situation.kind === 'personal' || situation.kind === 'work-school'
    ? situation.kind
    : 'unknown';
}
