import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isParseError, parseFiling } from '../../src/parser';
import { renderPaper } from '../../bench/ocr/render-paper';
import { printedTruth } from '../../bench/ocr/truth';
import { CORPUS_DIR, REPO_ROOT, SEEDS_DIR, SHARED_DIR } from '../helpers/paths';

// The seeds, one Tesseract reading and one paper-look rendering for the plain-text path, and a
// pre-XML typed filing (edgar-text) for its reader.
const paperOf = (file: string): string => renderPaper(printedTruth(parseFiling(readFileSync(file))), '4', 2);
const seeds = [
  ...readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8')),
  readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ocr', 'tesseract-aapl-155718184308434.txt'), 'utf8'),
  paperOf(join(CORPUS_DIR, 'DarkMindFX_InsidersTradeMonitor', 'AAPL', 'wf-form4_155718184308434.xml')),
  readFileSync(join(SHARED_DIR, 'corpus-extra', 'dgunning_edgartools', 'data', 'sgml', '0001094891-00-000193.txt'), 'latin1'),
];

/** Parses or throws a ParseError about the input, and does so quickly; anything else fails. */
function parsesOrRefuses(text: string): boolean {
  const t0 = Date.now();
  try {
    parseFiling(text);
  } catch (e) {
    if (!isParseError(e)) throw e;
    // parseFiling wraps a bug of ours as INVALID_FILING; the OCR reader must not have such bugs.
    if (e.code === 'INVALID_FILING') throw e;
  }
  return Date.now() - t0 < 2000;
}

/** Edits OCR makes and worse: characters dropped, replaced, inserted; lines dropped and swapped. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom('\t', 'X', '0', '(1)', '/', '$', '<u>', '</u>', '\n', ' ', 'l', '•', '|', '[', '@)', '   ') }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: readonly Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const at = s.length === 0 ? 0 : m.at % s.length;
    if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'replace') s = s.slice(0, at) + m.text + s.slice(at + 1);
    else {
      const lines = s.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'dropLine') lines.splice(i, 1);
      else {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      s = lines.join('\n');
    }
  }
  return s;
}

describe('the OCR reader on damaged and random text', () => {
  it('throws only ParseError and returns quickly on mutated seeds', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 30 }), (i, ms) => parsesOrRefuses(mutate(seeds[i]!, ms))),
      { numRuns: 600 },
    );
  });

  it('throws only ParseError on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => parsesOrRefuses(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom('Name and Address of Reporting Person', 'FORM 4', '\t', '\n', 'Table I', '12/05/', '2011', '5,2910', 'X', 'below)', '(Street)', 'Remarks:', '$', 'D', 'Title of Derivative Security', 'Explanation of Responses:', '** Signature of Reporting Person', 'Issuer Name and Ticker or Trading Symbol'), { maxLength: 200 }), (parts) => parsesOrRefuses(parts.join(' '))), { numRuns: 300 });
  });

  it('refuses text that is not an ownership form, saying so', () => {
    expect(() => parseFiling('Dear shareholder,\nThe annual meeting will be held on 05/01/2024.\n')).toThrow(expect.objectContaining({ code: 'UNRECOGNISED_FORMAT' }));
  });

  it('reads a very long line and many lines without hanging', () => {
    expect(parsesOrRefuses(seeds[0]! + '<input '.repeat(500_000))).toBe(true);
    expect(parsesOrRefuses(seeds[1]! + '\nCommon Stock 01/01/2020 S 1,000 D $1 5,000 D'.repeat(50_000))).toBe(true);
  });
});
