import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling, type Filing } from '../../src/parser';
import { renderBroken } from '../../bench/ocr/render-broken';
import { renderClean } from '../../bench/ocr/render-clean';
import { Rng } from '../../bench/ocr/rng';
import { absentFromText, squeezeText } from '../../bench/ocr/in-text';

/**
 * Where the reader has to guess, it says so on the field's path; where the form holds enough to
 * read the value, it reads it. Filings are built by hand on seed 001's header, rendered as OCR
 * text, and the values expected are the ones written into them here.
 */
const SEEDS = join(__dirname, '../../../shared/seeds');
const base = JSON.parse(readFileSync(join(SEEDS, '001_512eeb9e10c94baa.expected.json'), 'utf8')) as Filing;
const filing = (over: Partial<Filing>): Filing => ({
  ...base, nonDerivativeTransactions: [], nonDerivativeHoldings: [], derivativeTransactions: [], derivativeHoldings: [], footnotes: [], warnings: [], ...over,
});
const paths = (f: Filing): string[] => (f.warnings ?? []).map((w) => w.path);

describe('the OCR reader names its guesses', () => {
  const classB: Filing = filing({
    documentType: '3',
    derivativeHoldings: [{
      securityTitle: 'Class B Common Stock', conversionOrExercisePrice: null, exerciseDate: null, expirationDate: null,
      underlyingSecurityTitle: 'Class A Common Stock', underlyingSecurityShares: 1200, sharesOwnedFollowingTransaction: null,
      directOrIndirectOwnership: 'D', natureOfOwnership: null, footnoteIds: [],
    }],
  });

  it('splits run-together derivative titles before "Class A", warning on both titles', () => {
    for (const seed of [1, 2, 3]) {
      const got = parseFiling(renderBroken(classB, '3', new Rng(seed), 1));
      expect(got.derivativeHoldings[0]).toMatchObject({ securityTitle: 'Class B Common Stock', underlyingSecurityTitle: 'Class A Common Stock', underlyingSecurityShares: 1200 });
      expect(paths(got)).toEqual(expect.arrayContaining(['derivativeHoldings[0].securityTitle', 'derivativeHoldings[0].underlyingSecurityTitle']));
    }
  });

  it('keeps "(2)" set apart after "Footnote" as text, and strips a mark printed against the word', () => {
    const f = filing({
      documentType: '3',
      nonDerivativeHoldings: [
        { securityTitle: 'Common Stock', sharesOwnedFollowingTransaction: 5000, directOrIndirectOwnership: 'I', natureOfOwnership: 'See Footnote (2)', footnoteIds: ['F2'] },
        { securityTitle: 'Common Stock', sharesOwnedFollowingTransaction: 700, directOrIndirectOwnership: 'I', natureOfOwnership: 'See footnote', footnoteIds: ['F1'] },
      ],
      footnotes: [{ id: 'F1', text: 'Held by a trust.' }, { id: 'F2', text: 'Held by an LLC.' }],
    });
    const clean = parseFiling(renderClean(f, '3'));
    expect(clean.nonDerivativeHoldings.map((h) => h.natureOfOwnership)).toEqual(['See Footnote (2)', 'See footnote']);
    expect(paths(clean)).toContain('nonDerivativeHoldings[0].natureOfOwnership');
    expect(paths(clean)).not.toContain('nonDerivativeHoldings[1].natureOfOwnership');
    const broken = parseFiling(renderBroken(f, '3', new Rng(7), 1));
    expect(broken.nonDerivativeHoldings.map((h) => [h.natureOfOwnership, h.sharesOwnedFollowingTransaction])).toEqual([['See Footnote (2)', 5000], ['See footnote', 700]]);
  });

  it('finds the signature below the remarks when a footnote speaks of the "Reporting Person"', () => {
    const f = filing({ footnotes: [{ id: 'F1', text: 'As of January 18, 2020, Reporting Person owns options.' }] });
    const got = parseFiling(renderClean(f, '4'));
    expect(got.signatures).toEqual([{ name: 'Matthew S. Dillon', date: '2013-03-12' }]);
  });

  it('warns on both date fields when a derivative row shows one of its two dates', () => {
    const f = filing({
      derivativeTransactions: [{
        securityTitle: 'Stock Option (right to buy)', conversionOrExercisePrice: 10, transactionDate: '2013-03-11', deemedExecutionDate: null,
        transactionCode: 'A', shares: 100, pricePerShare: 0, acquiredDisposedCode: 'A', exerciseDate: '2014-03-11', expirationDate: null,
        underlyingSecurityTitle: 'Common Stock', underlyingSecurityShares: 100, sharesOwnedFollowingTransaction: 100, directOrIndirectOwnership: 'D',
        natureOfOwnership: null, footnoteIds: [],
      }],
    });
    const got = parseFiling(renderBroken(f, '4', new Rng(3), 1));
    // Which column the lone date stood in is lost; the reader must say it chose.
    expect(got.derivativeTransactions[0]!.exerciseDate).toBeNull();
    expect(paths(got)).toEqual(expect.arrayContaining(['derivativeTransactions[0].exerciseDate', 'derivativeTransactions[0].expirationDate']));
  });
});

describe("the benchmark's test for a value the text did not contain", () => {
  const text = squeezeText('Common Stock 06/17/\t•2014 5,291(1) $2 .38\t<u>D</u>');
  it('finds values however the renderers print them, split or spaced', () => {
    expect(absentFromText('2014-06-17', 'nonDerivativeTransactions.transactionDate', text)).toBe(false);
    expect(absentFromText('5291', 'nonDerivativeTransactions.shares', text)).toBe(false);
    expect(absentFromText('2.38', 'nonDerivativeTransactions.pricePerShare', text)).toBe(false);
  });
  it('excuses only values that are missing, never null, flags or invented rows', () => {
    expect(absentFromText('2014-06-18', 'nonDerivativeTransactions.transactionDate', text)).toBe(true);
    expect(absentFromText('null', 'nonDerivativeTransactions.natureOfOwnership', text)).toBe(false);
    expect(absentFromText('true', 'owner.relationship.isDirector', text)).toBe(false);
    expect(absentFromText('(no row)', 'nonDerivativeHoldings.securityTitle', text)).toBe(false);
  });
});
