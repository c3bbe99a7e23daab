import { describe, expect, it } from 'vitest';
import { answerFor, mergeKinds } from '../../../src/core/accounts/answer-for';

const codes = (answer: { reasons: { code: string }[] }) => answer.reasons.map((r) => r.code);

describe('answerFor', () => {
  it('answers from the domain alone', () => {
    expect(answerFor('Jane@Outlook.com')).toMatchObject({
      address: 'jane@outlook.com',
      kind: 'personal',
      confidence: 'high',
      source: 'domain',
    });
    expect(answerFor('bob@contoso.onmicrosoft.com')).toMatchObject({
      kind: 'work-school',
      confidence: 'high',
      source: 'domain',
    });
  });

  it('says nothing certain about an ordinary address', () => {
    const answer = answerFor('jane@example.com');
    expect(answer).toMatchObject({ kind: 'unknown', confidence: 'none', source: 'none' });
    expect(codes(answer)).toEqual(['any-address']);
  });

  it('explains invalid input instead of answering', () => {
    expect(answerFor('jane@')).toMatchObject({
      address: null,
      kind: 'unknown',
      confidence: 'none',
      source: 'none',
      reasons: [{ code: 'empty-domain' }],
    });
  });

  it('trusts the person’s own list, matched case- and space-insensitively', () => {
    const answer = answerFor('jane@example.com', {
      knownAccounts: [{ address: '  JANE@Example.com', kind: 'work-school' }],
    });
    expect(answer).toMatchObject({
      kind: 'work-school',
      confidence: 'high',
      source: 'your-accounts',
    });
    expect(codes(answer)).toEqual(['in-your-accounts', 'any-address']);
  });

  it('merges a personal and a work entry for the same address into both', () => {
    const answer = answerFor('jane@example.com', {
      knownAccounts: [
        { address: 'jane@example.com', kind: 'personal' },
        { address: 'jane@example.com', kind: 'work-school' },
        { address: 'someone@else.com', kind: 'personal' },
      ],
    });
    expect(answer.kind).toBe('both');
  });

  it('matches an Outlook.com alias to the base account in the list', () => {
    const answer = answerFor('jane+shop@outlook.com', {
      knownAccounts: [{ address: 'jane@outlook.com', kind: 'personal' }],
    });
    expect(answer).toMatchObject({ kind: 'personal', confidence: 'high', source: 'your-accounts' });
    expect(codes(answer)).toEqual(['in-your-accounts', 'consumer-domain', 'plus-alias']);
  });

  it('merges equally strong list and domain evidence', () => {
    const answer = answerFor('jane@outlook.com', {
      knownAccounts: [{ address: 'jane@outlook.com', kind: 'work-school' }],
    });
    expect(answer.kind).toBe('both');
  });

  it('treats a sign-in sighting as a probable account of unknown kind', () => {
    const answer = answerFor('jane@example.com', { sightings: ['Jane@example.com'] });
    expect(answer).toMatchObject({
      kind: 'unknown',
      confidence: 'medium',
      source: 'seen-signing-in',
    });
    expect(codes(answer)).toEqual(['seen-signing-in', 'any-address']);
  });

  it('lets the domain outrank a sighting but keeps both reasons', () => {
    const answer = answerFor('jane@hotmail.com', { sightings: ['jane@hotmail.com'] });
    expect(answer).toMatchObject({ kind: 'personal', confidence: 'high', source: 'domain' });
    expect(codes(answer)).toEqual(['consumer-domain', 'seen-signing-in']);
  });

  it('ignores sightings of other addresses and invalid list entries', () => {
    const answer = answerFor('jane@example.com', {
      sightings: ['john@example.com', 'not an address'],
      knownAccounts: [{ address: 'jane@', kind: 'personal' }],
    });
    expect(answer.source).toBe('none');
  });

  it('reads the questionnaire only when the address itself says nothing', () => {
    const answer = answerFor('jane@example.com', { questionnaire: { xbox: true, office: false } });
    expect(answer).toMatchObject({ kind: 'personal', confidence: 'low', source: 'questionnaire' });
    expect(codes(answer)).toEqual(['used-xbox', 'any-address']);
    expect(answer.reasons[0]?.message).toContain('Settings');

    const decided = answerFor('jane@outlook.com', { questionnaire: { xbox: true } });
    expect(codes(decided)).toEqual(['consumer-domain']);
  });

  it('keeps the kind unknown when only services of either kind were used', () => {
    const answer = answerFor('jane@example.com', {
      questionnaire: { office: true, 'windows-sign-in': true },
    });
    expect(answer).toMatchObject({ kind: 'unknown', confidence: 'low', source: 'questionnaire' });
    expect(codes(answer)).toEqual(['used-office', 'used-windows-sign-in', 'any-address']);
  });

  it('says so gently when every answer was no', () => {
    const answer = answerFor('jane@example.com', { questionnaire: { xbox: false, skype: false } });
    expect(answer).toMatchObject({ kind: 'unknown', confidence: 'none', source: 'none' });
    expect(codes(answer)).toEqual(['no-hints', 'any-address']);
  });

  it('keeps typo warnings for unknown domains', () => {
    expect(codes(answerFor('jane@hotmail.co'))).toEqual(['possible-typo', 'any-address']);
  });

  it('works for phone numbers', () => {
    const answer = answerFor('+44 7700 900123', {
      knownAccounts: [{ address: '+447700900123', kind: 'personal' }],
    });
    expect(answer).toMatchObject({
      address: '+447700900123',
      kind: 'personal',
      source: 'your-accounts',
    });
  });
});

describe('mergeKinds', () => {
  it('combines kinds', () => {
    expect(mergeKinds([])).toBe('unknown');
    expect(mergeKinds(['unknown', 'personal'])).toBe('personal');
    expect(mergeKinds(['work-school', 'unknown'])).toBe('work-school');
    expect(mergeKinds(['personal', 'work-school'])).toBe('both');
    expect(mergeKinds(['both'])).toBe('both');
  });
});
