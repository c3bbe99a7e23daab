import { describe, expect, it } from 'vitest';
import type { AccountListing } from '../../../src/messaging/messages';
import {
  answerWith,
  EMPTY_LISTING,
  isListed,
  kindToStore,
  needsQuestions,
  situationFor,
} from '../../../src/ui/account-check/answer';
import {
  answerHeadline,
  checkedAgo,
  outcomeCode,
  outcomeTitle,
  QUESTION_LABELS,
} from '../../../src/ui/account-check/text';

const listing = (overrides: Partial<AccountListing>): AccountListing => ({
  ...EMPTY_LISTING,
  ...overrides,
});

describe('the account check’s answer', () => {
  it('answers personal, work-school and unknown addresses from the address alone', () => {
    const personal = answerWith('Jane@Outlook.com', EMPTY_LISTING, {});
    expect(answerHeadline(personal)).toEqual({
      tone: 'yes',
      text: 'This is a personal Microsoft account.',
    });
    const work = answerWith('ann@contoso.onmicrosoft.com', EMPTY_LISTING, {});
    expect(answerHeadline(work).text).toBe('This is a work or school account.');
    const unknown = answerWith('someone@example.org', EMPTY_LISTING, {});
    expect(answerHeadline(unknown)).toEqual({
      tone: 'maybe',
      text: 'It may be a personal account, a work or school account, or none yet.',
    });
    expect(needsQuestions(unknown)).toBe(true);
    expect(needsQuestions(personal)).toBe(false);
  });

  it('turns a "yes" to a follow-up question into "very likely", with where to look', () => {
    const answer = answerWith('someone@example.org', EMPTY_LISTING, { xbox: true });
    expect(answerHeadline(answer).text).toBe('You very likely already have a Microsoft account.');
    expect(answer.reasons[0]?.message).toContain('On the console, open Settings');
    expect(needsQuestions(answer)).toBe(true);
  });

  it('answers from the person’s list, with or without a known kind', () => {
    const withKind = answerWith(
      'mine@example.org',
      listing({ accounts: [{ address: 'mine@example.org', kind: 'work-school' }] }),
      {},
    );
    expect(withKind).toMatchObject({ kind: 'work-school', source: 'your-accounts' });

    const withoutKind = answerWith(
      'Mine@Example.org',
      listing({ accounts: [{ address: 'mine@example.org', kind: 'unknown' }] }),
      {},
    );
    expect(withoutKind).toMatchObject({ confidence: 'high', source: 'your-accounts' });
    expect(answerHeadline(withoutKind).text).toBe('This address is in your list of accounts.');
    expect(needsQuestions(withoutKind)).toBe(false);
  });

  it('uses addresses seen signing in only as they are given (the background filters them)', () => {
    const seen = answerWith(
      'seen@example.org',
      listing({ signInAddresses: ['seen@example.org'] }),
      {},
    );
    expect(seen).toMatchObject({ confidence: 'medium', source: 'seen-signing-in' });
    expect(answerHeadline(seen).tone).toBe('likely');
  });

  it('says plainly when the text is not an address', () => {
    const answer = answerWith('jane at outlook', EMPTY_LISTING, {});
    expect(answerHeadline(answer).tone).toBe('invalid');
    expect(situationFor(answer, null, false)).toBeNull();
  });

  it('treats plus aliases as the account they belong to', () => {
    const list = listing({ accounts: [{ address: 'jane@outlook.com', kind: 'personal' }] });
    expect(isListed('jane+shop@outlook.com', list)).toBe(true);
    expect(isListed('john@outlook.com', list)).toBe(false);
  });
});

describe('next-step situation', () => {
  it('lets Microsoft’s yes or no decide the kind', () => {
    const unknown = answerWith('someone@example.org', EMPTY_LISTING, {});
    expect(situationFor(unknown, null, false)?.kind).toBe('unknown');
    expect(situationFor(unknown, 'exists-work-school', false)?.kind).toBe('work-school');
    expect(situationFor(unknown, 'exists-both', false)?.kind).toBe('both');
    expect(situationFor(unknown, 'not-found', false)?.kind).toBe('none');
    expect(situationFor(unknown, 'error:timeout', false)?.kind).toBe('unknown');
  });

  it('does not take a low-confidence kind for certain', () => {
    const hinted = answerWith('someone@example.org', EMPTY_LISTING, { xbox: true });
    expect(hinted.kind).toBe('personal');
    expect(situationFor(hinted, null, false)?.kind).toBe('unknown');
  });

  it('stores only kinds the answer is sure of', () => {
    const base = { address: 'a@b.com', isEmail: true, listed: false };
    expect(kindToStore({ ...base, kind: 'personal' })).toBe('personal');
    expect(kindToStore({ ...base, kind: 'work-school' })).toBe('work-school');
    expect(kindToStore({ ...base, kind: 'both' })).toBe('unknown');
    expect(kindToStore({ ...base, kind: 'unknown' })).toBe('unknown');
  });

  it('marks phone numbers as not email', () => {
    const phone = answerWith('+44 7700 900123', EMPTY_LISTING, {});
    expect(situationFor(phone, null, false)).toMatchObject({ isEmail: false, kind: 'unknown' });
  });
});

describe('account check text', () => {
  it('says when an answer was checked', () => {
    const now = 1_700_000_000_000;
    expect(checkedAgo(now - 10_000, now)).toBe('checked just now');
    expect(checkedAgo(now - 5 * 60_000, now)).toBe('checked 5 min ago');
    expect(checkedAgo(now - 3 * 3_600_000, now)).toBe('checked 3 h ago');
    expect(checkedAgo(now - 3 * 86_400_000, now)).toMatch(/^checked on /);
    expect(checkedAgo(now + 60_000, now)).toBe('checked just now');
  });

  it('gives every outcome its own title', () => {
    const codes = [
      'exists-personal',
      'exists-work-school',
      'exists-both',
      'not-found',
      'throttled',
      'unknown',
      'error:timeout',
      'error:network',
      'error:http',
      'error:malformed',
    ];
    const titles = codes.map(outcomeTitle);
    expect(new Set(titles).size).toBe(codes.length);
    expect(outcomeCode({ status: 'error', errorCode: 'http', message: '', reasons: [] })).toBe(
      'error:http',
    );
  });

  it('has a label for every follow-up question', () => {
    expect(Object.keys(QUESTION_LABELS)).toHaveLength(7);
  });
});

describe('issue 18: a typo, and another provider’s mail', () => {
  it('makes a misspelt Microsoft domain the headline, with the fixed address', async () => {
    const { typoFix } = await import('../../../src/ui/account-check/answer');
    const typo = answerWith('Jane@outlok.com', EMPTY_LISTING, {});
    expect(typoFix(typo)).toBe('jane@outlook.com');
    expect(typoFix(answerWith('jane@hotmial.co', EMPTY_LISTING, {}))).toBe('jane@hotmail.com');
    expect(typoFix(answerWith('jane@outlook.com', EMPTY_LISTING, {}))).toBeNull();
    expect(typoFix(answerWith('sam@example.org', EMPTY_LISTING, {}))).toBeNull();
  });

  it.each(['sam@gmail.com', 'sam@yahoo.fr', 'sam@gmx.de', 'sam@icloud.com'])(
    'never calls %s a possible work or school account',
    (address) => {
      const answer = answerWith(address, EMPTY_LISTING, {});
      const headline = answerHeadline(answer).text;
      expect(headline).toBe('It may be a personal Microsoft account, or none yet.');
      expect(answer.reasons.map((r) => r.code)).toEqual(['other-provider']);
      expect(answer.reasons[0]?.message).toContain('can’t be a work or school account');
      // Any other address still may be either.
      expect(answerHeadline(answerWith('sam@example.org', EMPTY_LISTING, {})).text).toContain(
        'work or school',
      );
    },
  );
});

describe('issue 18: an account in the list is not doubted', () => {
  it('drops "could be … or not a Microsoft account yet" once the address is listed', () => {
    const before = answerWith('sam@example.org', EMPTY_LISTING, {});
    expect(before.reasons.map((r) => r.code)).toContain('any-address');
    for (const kind of ['unknown', 'personal'] as const) {
      const after = answerWith(
        'sam@example.org',
        listing({ accounts: [{ address: 'sam@example.org', kind }] }),
        {},
      );
      expect(after.source).toBe('your-accounts');
      expect(after.reasons.map((r) => r.code)).not.toContain('any-address');
      expect(after.reasons.map((r) => r.code)).toContain('in-your-accounts');
    }
  });
});
