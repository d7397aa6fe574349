import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { filingSchema, ParseError, parseFiling } from '../../src/parser';
import { corpusFilingFiles, SEEDS_DIR, filesUnder } from '../helpers/paths';
import { applyEdit } from '../helpers/text-edits';

/** Real documents of all three shapes: bare ownership XML, EDGAR submissions and OCR text. */
function originals(): string[] {
  const corpus = corpusFilingFiles();
  const xml = corpus.filter((f) => f.endsWith('.xml')).slice(0, 8);
  const submissions = corpus.filter((f) => /\.(txt|nc)$/.test(f)).filter((_, i) => i % 20 === 0);
  const ocr = filesUnder(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
  return [...xml, ...submissions, ...ocr].map((f) => readFileSync(f, 'latin1'));
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('\u0000', '\uFFFD', '\uFEFF', ']]>', '<![CDATA[', '<!--', '-->', '<?xml version="1.0"?>', '&amp;', '&#0;', '&#x110000;', '</ownershipDocument>', '<XML>', '</XML>', '<DOCUMENT>', '\t\t\t', 'Table I', '1. Name and Address', '$', '(1)', '⁽¹⁾'),
);

/** One edit of the kind damaged, truncated or hostile copies have, applied at a random place. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: hostileText }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), c: fc.integer({ min: 0, max: 0xffff }) }),
);

/** Mutated real documents, as text or as bytes in one of the encodings people send. */
export function fuzzInput(): fc.Arbitrary<string | Uint8Array> {
  const docs = originals();
  const mutated = fc.tuple(fc.constantFrom(...docs), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([d, es]) => es.reduce(applyEdit, d));
  return fc.oneof(
    { arbitrary: mutated, weight: 8 },
    { arbitrary: mutated.map((t) => Buffer.from(t, 'latin1')), weight: 1 },
    { arbitrary: mutated.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])), weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 2000 }), weight: 1 },
  );
}

/**
 * Bounds for one input: no exception but the parser's own, no filing the contract would reject, and no
 * input taking longer than this. Half a second is hundreds of times a normal parse; it catches hangs
 * and runaway backtracking, not slowness (speed is measured by bench:parse).
 */
export const PER_INPUT_LIMIT_MS = 500;

export function checkOne(input: string | Uint8Array): void {
  const started = performance.now();
  try {
    const filing = parseFiling(input, { filename: 'fuzz-input' });
    const valid = filingSchema.safeParse(filing);
    if (!valid.success) throw new Error(`invalid filing emitted: ${valid.error.issues[0]?.message}`);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    if (e.message.includes('\n') || e.message.length > 300) throw new Error(`error message is not one short line: ${e.message.slice(0, 200)}`);
  }
  const ms = performance.now() - started;
  if (ms > PER_INPUT_LIMIT_MS) throw new Error(`one input took ${ms.toFixed(0)} ms (limit ${PER_INPUT_LIMIT_MS} ms)`);
}
