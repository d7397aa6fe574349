import { readFileSync } from 'node:fs';
import { parseFiling, type Filing } from '../../src/parser';
import { renderBroken } from '../../bench/ocr/render-broken';
import { renderClean } from '../../bench/ocr/render-clean';
import { Rng, seedOf } from '../../bench/ocr/rng';
import { overall, scoreFiling, type FieldTallies } from '../../bench/ocr/score';
import { truthFor, type FormKind } from '../../bench/ocr/truth';
import { corpusFilingFiles } from '../helpers/paths';

/**
 * The benchmark's renderings read back as the XML says (the XML parse is the truth, worked out
 * without the OCR reader). A sample of the corpus keeps this quick; `npm run bench:ocr` runs all.
 */
const sample = corpusFilingFiles().filter((_, i) => i % 12 === 0);
const truths: { file: string; filing: Filing }[] = sample.map((file) => ({ file, filing: parseFiling(readFileSync(file), { filename: file }) }));

describe('OCR renderings of corpus filings', () => {
  it('has a sample to test', () => expect(truths.length).toBeGreaterThan(10));

  it.each(['3', '4', '5'] as FormKind[])('clean Form %s renderings read back field for field', (form) => {
    const tallies: FieldTallies = new Map();
    const wrong: string[] = [];
    for (const { file, filing } of truths) {
      const truth = truthFor(filing, form);
      const got = parseFiling(renderClean(truth, form));
      expect(got.documentType).toBe(truth.documentType);
      scoreFiling(truth, got, tallies, (f, w, h) => wrong.push(`${file} ${f}: want ${w} got ${h}`));
    }
    const o = overall(tallies);
    expect(o.right / o.total).toBeGreaterThanOrEqual(0.99);
  });

  it('broken-look renderings at every strength read back at 97% of fields or better', () => {
    for (const strength of [1, 2, 3]) {
      const tallies: FieldTallies = new Map();
      for (const { file, filing } of truths) {
        const truth = truthFor(filing, '4');
        const text = renderBroken(truth, '4', new Rng(seedOf(`${file}|test|${strength}`)), strength);
        scoreFiling(truth, parseFiling(text), tallies);
      }
      const o = overall(tallies);
      expect(o.right / o.total).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('renders Form 3 with its own box numbers and holdings-only tables', () => {
    const text = renderClean(truthFor(truths[0]!.filing, '3'), '3');
    expect(text).toContain('INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES');
    expect(text).toContain('2. Date of Event Requiring Statement (Month/Day/Year)');
    expect(text).toContain('3. Issuer Name and Ticker or Trading Symbol');
    expect(text).toContain('5. If Amendment, Date of Original Filed (Month/Day/Year)');
    expect(text).not.toContain('Transaction Code');
  });
});
