/**
 * EDGAR's pre-XML ownership filings (`edgar-text`): typed Forms 3, 4 and 5 inside a submission,
 * often behind a `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` preamble. The real example is
 * ../shared/corpus-extra's 2000 Form 4 of Productivity Technologies Corp (accession
 * 0001094891-00-000193); every expected value below was read from that file by eye.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filingSchema, isParseError, parseFiling, type Filing } from '../../src/parser';
import { detectFormat } from '../../src/parser/detect';
import { REPO_ROOT, SHARED_DIR } from '../helpers/paths';

const TEXT_FORM_4 = join(SHARED_DIR, 'corpus-extra', 'dgunning_edgartools', 'data', 'sgml', '0001094891-00-000193.txt');
const raw = readFileSync(TEXT_FORM_4, 'latin1');
const PEM_PREAMBLE = raw.slice(0, raw.indexOf('<SEC-DOCUMENT>'));

describe('0001094891-00-000193: a typed Form 4 of 2000 behind a PEM preamble', () => {
  const f: Filing = parseFiling(readFileSync(TEXT_FORM_4), { filename: TEXT_FORM_4 });

  test('is read as edgar-text, with the header\'s accession number and filing date', () => {
    expect(detectFormat(raw)).toBe('edgar-text');
    expect(f.source?.format).toBe('edgar-text');
    expect(f.source?.accessionNumber).toBe('0001094891-00-000193');
    expect(f.source?.filingDate).toBe('2000-03-14');
    // This header (2000) has no <ACCEPTANCE-DATETIME> line.
    expect(f.source?.acceptedAt).toBeNull();
    expect(filingSchema.safeParse(f).success).toBe(true);
  });

  test('form, period, issuer: CIK from the header, name and ticker as typed in box 2', () => {
    expect(f.documentType).toBe('4');
    expect(f.periodOfReport).toBe('2000-02-29');
    expect(f.dateOfOriginalSubmission).toBeNull();
    expect(f.issuer).toEqual({ cik: '0000911787', name: 'Productivity Technologies Corp.', tradingSymbol: 'PRAC' });
  });

  test('the reporting owner: CIK and conformed name from the header, address from box 1, Director marked (X)', () => {
    expect(f.reportingOwners).toEqual([
      {
        cik: '0001050609',
        name: 'FOSTER ALAN H',
        // Box 1 says 520 Madison Avenue; the header's address (509 MADISON AVE) is not the one typed.
        address: { street1: 'c/o Productivity Technologies Corp.', street2: '520 Madison Avenue', city: 'New York', state: 'NY', zipCode: '10022' },
        relationship: { isDirector: true, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null },
      },
    ]);
  });

  test('Table I is empty; the one Table II row is put together from its two wrapped lines', () => {
    expect(f.nonDerivativeTransactions).toEqual([]);
    expect(f.nonDerivativeHoldings).toEqual([]);
    expect(f.derivativeHoldings).toEqual([]);
    expect(f.derivativeTransactions).toHaveLength(1);
    expect(f.derivativeTransactions[0]).toMatchObject({
      securityTitle: 'Options to Purchase Common Stock', // "Options to Purchase Co" + "mmon Stock"
      conversionOrExercisePrice: 1.375,
      transactionDate: '2000-02-07', // "2/7/0" + "0"
      transactionCode: 'A',
      shares: 12000,
      acquiredDisposedCode: 'A',
      exerciseDate: '2000-02-07',
      expirationDate: '2005-02-07', // "2/7/0" + "5"
      underlyingSecurityTitle: 'Common Stock',
      underlyingSecurityShares: 12000,
      pricePerShare: null, // "-"
      sharesOwnedFollowingTransaction: 12000,
      directOrIndirectOwnership: 'D',
      natureOfOwnership: null, // "-"
      footnoteIds: [],
    });
  });

  test('the (A)/(D) column reads "A,D": A is inferred from the grant code, and warned', () => {
    expect(f.warnings).toEqual([
      { path: 'derivativeTransactions[0].acquiredDisposedCode', message: expect.stringMatching(/"A,D".*inferred A from transaction code A/) },
    ]);
  });

  test('no footnotes, no remarks; the signature and its date', () => {
    expect(f.footnotes).toEqual([]);
    expect(f.remarks).toBeNull();
    expect(f.signatures).toEqual([{ name: '/s/ Alan H. Foster', date: '2000-03-13' }]);
  });
});

describe('detection of PEM-wrapped and typed submissions', () => {
  const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

  test('a PEM-wrapped submission whose document is ownership XML goes to the submission reader, and reads as unwrapped', () => {
    const submission = readFileSync(join(FIXTURES, 'form3-submission.txt'), 'utf8');
    const wrapped = `${PEM_PREAMBLE}${submission}\n-----END PRIVACY-ENHANCED MESSAGE-----\n`;
    expect(detectFormat(wrapped)).toBe('edgar-submission');
    const a = parseFiling(wrapped);
    const b = parseFiling(submission);
    expect(a.source?.format).toBe('edgar-submission');
    expect(a.source?.accessionNumber).toBe('0009999999-21-000042');
    expect({ ...a, source: undefined }).toEqual({ ...b, source: undefined });
  });

  test('the typed filing without its preamble is still edgar-text, and reads the same', () => {
    const bare = raw.slice(raw.indexOf('<SEC-DOCUMENT>'));
    expect(detectFormat(bare)).toBe('edgar-text');
    const a = parseFiling(bare);
    const b = parseFiling(raw);
    expect({ ...a, source: undefined }).toEqual({ ...b, source: undefined });
  });

  test('a PEM-wrapped submission of another form type is refused as a submission, not sent to the OCR reader', () => {
    const tenK = raw.replace('CONFORMED SUBMISSION TYPE:\t4', 'CONFORMED SUBMISSION TYPE:\t10-K').replace('<TYPE>4', '<TYPE>10-K');
    expect(detectFormat(tenK)).toBe('edgar-submission');
    try {
      parseFiling(tenK);
      throw new Error('expected a ParseError');
    } catch (e) {
      expect(isParseError(e) && e.code).toBe('NO_OWNERSHIP_DOCUMENT');
    }
  });

  test('the header period is the period; without it, box 4\'s typed "February 29,2000" is read', () => {
    const noPeriod = raw.replace(/CONFORMED PERIOD OF REPORT:\s*\d+\n/, '');
    expect(parseFiling(noPeriod).periodOfReport).toBe('2000-02-29');
  });

  test('without the header\'s owner section, the typed name box names the owner (no CIK), and the relationship still comes from box 6', () => {
    const noOwner = raw.replace(/<REPORTING-OWNER>[\s\S]*<\/REPORTING-OWNER>\n/, '');
    const f = parseFiling(noOwner);
    expect(f.reportingOwners[0]).toMatchObject({ cik: null, name: 'Foster, Alan H.', relationship: { isDirector: true, isOfficer: false } });
  });

  test('a pre-2003 submission whose form is an HTML document is refused whole, not read in part', () => {
    const html = raw.replace(/<TEXT>[\s\S]*<\/TEXT>/, '<TEXT>\n<HTML><BODY><TABLE><TR><TD>1.</TD><TD>Name and Address of Reporting Person</TD></TR></TABLE></BODY></HTML>\n</TEXT>');
    expect(() => parseFiling(html)).toThrow(/HTML document, not typed text/);
  });

  test('a Form 4 document that is no typed form (its text replaced by a one-line note) is refused, not read as a filing of header fields and warnings', () => {
    const note = raw.replace(/<TEXT>[\s\S]*<\/TEXT>/, '<TEXT>\nThis Form 4 was filed on paper.\n</TEXT>');
    try {
      parseFiling(note);
      throw new Error('expected a ParseError');
    } catch (e) {
      expect(isParseError(e) && [e.code, e.message]).toEqual(['UNRECOGNISED_FORMAT', "the submission's Form 4 document is not a typed form: it has none of the form's numbered boxes or tables"]);
    }
  });

  test('a truncated typed filing is read as far as it goes or refused with a ParseError, never a crash', () => {
    for (let cut = 200; cut < raw.length; cut += 97) {
      try {
        parseFiling(raw.slice(0, cut));
      } catch (e) {
        expect(isParseError(e)).toBe(true);
        expect((e as { code: string }).code).not.toBe('INVALID_FILING');
      }
    }
  });
});
