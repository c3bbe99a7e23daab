import fc from 'fast-check';

/**
 * Hostile-input generators shared by the fuzz suites. Every suite runs with a fixed seed (override
 * with FUZZ_SEED=<n>) and prints it on failure so the case can be replayed.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

export const fuzzParameters = (runs = FUZZ_RUNS): fc.Parameters<unknown> => ({
  seed: FUZZ_SEED,
  numRuns: runs,
  verbose: fc.VerbosityLevel.None,
  endOnFailure: true,
  reporter: (details) => {
    if (details.failed) {
      throw new Error(
        `Fuzz failure; replay with FUZZ_SEED=${details.seed} (path ${details.counterexamplePath}): ` +
          `${fc.stringify(details.counterexample)}\n${String(details.errorInstance)}`,
      );
    }
  },
});

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Strings a page or a file might throw at us: odd Unicode, control characters, huge, URL-ish. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '\ufeff',
    '\ud800',
    'javascript:alert(1)',
    'https://',
    'https://@',
    'https://[::1',
    '%00',
    'ａ'.repeat(300),
    ...POLLUTING_KEYS,
  ),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc
    .tuple(fc.constantFrom('https://', 'http://', ''), fc.domain(), fc.webPath())
    .map(([scheme, domain, path]) => `${scheme}${domain}${path}`),
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)),
);

/** Any JSON-ish value, deeply nested, with prototype-pollution keys mixed in. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 12 },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...POLLUTING_KEYS)), tie('value'), {
      maxKeys: 5,
    }),
    fc
      .tuple(fc.constantFrom(...POLLUTING_KEYS), tie('value'))
      .map(([key, value]) =>
        JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`),
      ),
  ),
})).value;

/** JSON text, sometimes cut short or corrupted. */
export const hostileJsonText = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value) ?? 'undefined'),
  fc
    .tuple(
      hostileValue.map((value) => JSON.stringify(value) ?? ''),
      fc.nat(),
    )
    .map(([text, cut]) => text.slice(0, text.length === 0 ? 0 : cut % text.length)),
  hostileString,
);
