import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling } from '../../src/parser';
import { overall, scoreFiling, type FieldTallies } from '../../bench/ocr/score';
import { truthFor } from '../../bench/ocr/truth';
import { CORPUS_DIR, REPO_ROOT } from '../helpers/paths';

/**
 * Plain text as Tesseract 5 read a printed Form 4 page (made by `npm run bench:ocr-tesseract`
 * from the corpus filing beside it): no tabs, boxes read straight across, wrapped titles, one-letter
 * cells (A/D, D/I) lost. The corpus XML is the truth.
 */
const text = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ocr', 'tesseract-aapl-155718184308434.txt'), 'utf8');
const truth = truthFor(parseFiling(readFileSync(join(CORPUS_DIR, 'DarkMindFX_InsidersTradeMonitor', 'AAPL', 'wf-form4_155718184308434.xml'))), '4');

describe('Tesseract plain text', () => {
  const got = parseFiling(text);

  it('reads the header boxes laid across one line', () => {
    expect(got.reportingOwners[0]!.name).toBe('WILLIAMS JEFFREY E');
    expect(got.issuer).toMatchObject({ name: 'APPLE INC', tradingSymbol: 'AAPL' });
    expect(got.periodOfReport).toBe('2019-05-02');
    expect(got.reportingOwners[0]!.address).toMatchObject({ street1: 'ONE APPLE PARK WAY', city: 'CUPERTINO', state: 'CA', zipCode: '95014' });
    expect(got.reportingOwners[0]!.relationship).toMatchObject({ isOfficer: true, officerTitle: 'COO', isDirector: false });
  });

  it('reads rows with wrapped titles and infers the lost one-letter cells, with warnings', () => {
    const row = got.nonDerivativeTransactions[0]!;
    expect(row).toMatchObject({ securityTitle: 'Common Stock', transactionDate: '2019-05-02', transactionCode: 'S', shares: 13433, pricePerShare: 208.99, acquiredDisposedCode: 'D', sharesOwnedFollowingTransaction: 151187, directOrIndirectOwnership: 'D' });
    expect(got.warnings).toContainEqual(expect.objectContaining({ path: 'nonDerivativeTransactions[0].directOrIndirectOwnership' }));
    expect(got.warnings).toContainEqual(expect.objectContaining({ path: 'nonDerivativeTransactions[0].acquiredDisposedCode' }));
  });

  it('gets at least 90% of the fields right', () => {
    const tallies: FieldTallies = new Map();
    scoreFiling(truth, got, tallies);
    const o = overall(tallies);
    expect(o.right / o.total).toBeGreaterThanOrEqual(0.9);
  });
});
