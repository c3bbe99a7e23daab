import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAddress } from '../../../src/core/accounts/offline-answer';
import { ADDRESS_PROBLEM_CODES, parseAddress } from '../../../src/core/accounts/parse-address';
import table from '../../fixtures/accounts/addresses.json';

interface Row {
  input: string;
  valid: boolean;
  address?: string;
  kind?: string;
  reasons?: string[];
  code?: string;
  note?: string;
}

const rows = table as Row[];

describe('address table', () => {
  it('has at least 100 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  it.each(rows.map((row) => [JSON.stringify(row.input).slice(0, 60), row] as const))(
    '%s',
    (_label, row) => {
      const answer = checkAddress(row.input);
      if (row.valid) {
        expect(answer).toMatchObject({ valid: true, address: row.address, kind: row.kind });
        if (answer.valid) expect(answer.reasons.map((reason) => reason.code)).toEqual(row.reasons);
      } else {
        expect(answer).toMatchObject({ valid: false, code: row.code });
        if (!answer.valid) expect(answer.error.length).toBeGreaterThan(10);
      }
    },
  );
});

describe('parseAddress details', () => {
  it('keeps the plus tag and the base account for Outlook.com aliases', () => {
    expect(parseAddress('Jane+News@Outlook.com')).toMatchObject({
      plusTag: 'news',
      localPart: 'jane+news',
    });
    expect(checkAddress('Jane+News@Outlook.com')).toMatchObject({
      accountAddress: 'jane@outlook.com',
    });
    expect(checkAddress('jane+news@gmail.com')).toMatchObject({
      accountAddress: 'jane+news@gmail.com',
    });
  });

  it('has no tag when the + starts the local part', () => {
    expect(parseAddress('+news@outlook.com')).toMatchObject({ ok: true, plusTag: null });
  });

  it('remembers the Unicode form of an IDN', () => {
    expect(parseAddress('user@Bücher.de')).toMatchObject({
      domain: 'xn--bcher-kva.de',
      domainUnicode: 'bücher.de',
    });
  });

  it('keeps the raw input', () => {
    expect(parseAddress('  Jane@Outlook.com ')).toMatchObject({ input: '  Jane@Outlook.com ' });
  });

  it('names the character that is wrong', () => {
    const result = parseAddress('jane,doe@example.com');
    expect(!result.ok && result.message).toContain('“,”');
  });

  it('suggests adding a name when only a domain is typed', () => {
    const result = parseAddress('Hotmail.co.uk');
    expect(!result.ok && result.message).toContain('jane@hotmail.co.uk');
  });
});

describe('parseAddress properties (seeded)', () => {
  const codes = new Set<string>(ADDRESS_PROBLEM_CODES);
  const anyText = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.emailAddress(),
    fc
      .tuple(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('@', '@@', '.', '+', '"', ' '),
        fc.string({ maxLength: 20 }),
      )
      .map((parts) => parts.join('')),
  );

  it('never throws, and every rejection has a known code and a message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseAddress(text);
        if (!result.ok) {
          expect(codes.has(result.code)).toBe(true);
          expect(result.message.trim().length).toBeGreaterThan(10);
        }
      }),
      { seed: 20250101, numRuns: 3000 },
    );
  });

  it('normalises valid emails to lower case, one @, no spaces, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseAddress(text);
        if (result.ok && result.kind === 'email') {
          expect(result.address).toBe(result.address.toLowerCase());
          expect(result.address.split('@')).toHaveLength(2);
          expect(result.address).not.toMatch(/\s/);
          expect(result.address.length).toBeLessThanOrEqual(254);
          expect(parseAddress(result.address)).toMatchObject({ ok: true, address: result.address });
        }
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('accepts generated email addresses except the few Microsoft rules exclude', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const result = parseAddress(email);
        if (!result.ok) {
          // fast-check's generator allows single-letter and numeric endings and very long parts.
          expect([
            'domain-bad-ending',
            'address-too-long',
            'local-too-long',
            'domain-too-long',
            'domain-ip-address',
          ]).toContain(result.code);
        }
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('reads phone numbers as + and digits, 7 to 15 of them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 15 }),
        fc.constantFrom(' ', '-', '.', ''),
        (digits, separator) => {
          const text = `+${digits.join(separator)}`;
          expect(parseAddress(text)).toMatchObject({
            ok: true,
            kind: 'phone',
            phone: `+${digits.join('')}`,
          });
        },
      ),
      { seed: 99, numRuns: 500 },
    );
  });
});
