import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { filingSchema, ParseError, parseFiling } from '../../src/parser';
import { corpusFilingFiles } from '../helpers/paths';

/**
 * Whatever the bytes, parseFiling returns a filing that satisfies the canonical model or throws its
 * own ParseError: never another exception, never a filing the contract would reject.
 */
function parsesOrRefuses(input: Uint8Array | string): void {
  let filing;
  try {
    filing = parseFiling(input, { filename: 'generated.xml' });
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    expect(e.message).not.toMatch(/\n/);
    return;
  }
  const check = filingSchema.safeParse(filing);
  if (!check.success) throw new Error(`parser emitted an invalid filing: ${check.error.message}`);
}

const samples = corpusFilingFiles()
  .filter((_, i) => i % 12 === 0)
  .map((f) => readFileSync(f, 'utf8'));

/** An edit a damaged or hostile copy of a real filing might have. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  fc.record({
    kind: fc.constant('value' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom('', ' ', '-1', '1e400', 'NaN', '2011-02-30', '99/99/9999', 'true', 'X', '0001234567890'), fc.string({ maxLength: 12 })),
  }),
);

type Mutation = { kind: string; at: number; length?: number; text?: string };

function mutate(doc: string, m: Mutation): string {
  const at = m.at % (doc.length + 1);
  switch (m.kind) {
    case 'truncate': return doc.slice(0, at);
    case 'delete': return doc.slice(0, at) + doc.slice(at + (m.length ?? 1));
    case 'insert': return doc.slice(0, at) + (m.text ?? '') + doc.slice(at);
    default: {
      // Replace the text of one <value> element: well-formed XML with a hostile value in it.
      const open = doc.indexOf('<value>', at);
      if (open < 0) return doc;
      const close = doc.indexOf('</value>', open);
      const escaped = (m.text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return doc.slice(0, open + 7) + escaped + doc.slice(close);
    }
  }
}

describe('parser properties', () => {
  it('random strings are parsed or refused with a ParseError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => parsesOrRefuses(s)), { numRuns: 2000, seed: 42 });
  });

  it('random bytes are parsed or refused with a ParseError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => parsesOrRefuses(b)), { numRuns: 2000, seed: 43 });
  });

  it('mutated real filings are parsed or refused with a ParseError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }), (doc, ms) => {
        parsesOrRefuses(ms.reduce(mutate, doc));
      }),
      { numRuns: 1500, seed: 44 },
    );
  });

  it('a hostile value inside well-formed XML becomes null with a warning, never a wrong number', () => {
    const doc = readFileSync(corpusFilingFiles().find((f) => f.endsWith('wave_derivatives/input.xml'))!, 'utf8');
    const hostile = doc.replace(/(<transactionShares>\s*<value>)60000</, '$1sixty thousand<');
    expect(hostile).not.toBe(doc);
    const filing = parseFiling(hostile);
    expect(filing.nonDerivativeTransactions[0]!.shares).toBeNull();
    expect(filing.warnings).toEqual([{ path: 'nonDerivativeTransactions[0].shares', message: '"sixty thousand" is not a number; read as null' }]);
  });
});
