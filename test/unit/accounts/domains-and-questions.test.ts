import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_QUESTIONS,
  QUESTION_IDS,
  questionById,
} from '../../../src/core/accounts/follow-up-questions';
import { editDistance, suggestConsumerDomain } from '../../../src/core/accounts/lookalike-domains';
import {
  CONSUMER_DOMAINS,
  CONSUMER_DOMAINS_SOURCE,
  isConsumerDomain,
  tenantSuffixOf,
} from '../../../src/core/accounts/microsoft-domains';
import { parseAddress } from '../../../src/core/accounts/parse-address';

describe('Microsoft consumer domains', () => {
  it('names its source', () => {
    expect(CONSUMER_DOMAINS_SOURCE).toMatch(/thunderbird/i);
  });

  it('holds the domains the issue names', () => {
    for (const domain of [
      'outlook.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'passport.com',
      'windowslive.com',
      'hotmail.co.uk',
      'hotmail.fr',
      'live.co.uk',
      'live.fr',
      'outlook.fr',
      'outlook.de',
      'outlook.jp',
    ]) {
      expect(isConsumerDomain(domain), domain).toBe(true);
    }
  });

  it('is lower-case ASCII, unique, and every entry parses', () => {
    expect(new Set(CONSUMER_DOMAINS).size).toBe(CONSUMER_DOMAINS.length);
    for (const domain of CONSUMER_DOMAINS) {
      expect(domain).toMatch(/^[a-z.]+$/);
      expect(parseAddress(`a@${domain}`)).toMatchObject({ ok: true, domain });
    }
  });

  it('does not count lookalikes', () => {
    for (const domain of [
      'outlook.com.example.net',
      '0utlook.com',
      'hotmail.co',
      'mail.outlook.com',
      'outlook',
      'com',
    ]) {
      expect(isConsumerDomain(domain), domain).toBe(false);
    }
  });

  it('recognises tenant domains only below the suffix', () => {
    expect(tenantSuffixOf('contoso.onmicrosoft.com')).toBe('onmicrosoft.com');
    expect(tenantSuffixOf('onmicrosoft.com')).toBeNull();
    expect(tenantSuffixOf('contoso-onmicrosoft.com')).toBeNull();
  });
});

describe('typo suggestions', () => {
  it.each([
    ['hotmail.co', 'hotmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['0utlook.com', 'outlook.com'],
    ['outlook.con', 'outlook.com'],
    ['hotmial.con', 'hotmail.com'],
    ['hotmil.co.uk', 'hotmail.co.uk'],
    ['outlok.fr', 'outlook.fr'],
  ])('%s → %s', (typo, meant) => {
    expect(suggestConsumerDomain(typo)).toBe(meant);
  });

  it.each(['gmail.com', 'love.com', 'hotmail.com', 'example.co', 'outlookindia.com'])(
    '%s → none',
    (domain) => {
      expect(suggestConsumerDomain(domain)).toBeNull();
    },
  );

  it('measures edits including swaps', () => {
    expect(editDistance('hotmail', 'hotmial')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('outlook', 'outlook')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('follow-up questions', () => {
  it('covers every question id once, with plain sentences', () => {
    expect(FOLLOW_UP_QUESTIONS.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
    for (const question of FOLLOW_UP_QUESTIONS) {
      expect(question.question).toMatch(/\?$/);
      expect(question.whereToLook.length).toBeGreaterThan(20);
      expect(question.whereToLook.length).toBeLessThan(200);
    }
  });

  it('says where to look for the services the issue lists', () => {
    expect(questionById('xbox').whereToLook).toContain('Settings, then Account');
    expect(questionById('windows-sign-in').whereToLook).toContain('Accounts, then Your info');
    expect(questionById('office').whereToLook).toContain('File, then Account');
    expect(questionById('windows-phone').whereToLook).toContain('Email + accounts');
    expect(questionById('onedrive').whereToLook).toContain('Account');
    expect(questionById('skype').whereToLook).toContain('profile');
  });
});
