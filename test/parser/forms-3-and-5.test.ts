/**
 * Forms 3, 3/A, 4/A and 5 from hand-written fixtures (test/fixtures), written after the SEC's EDGAR
 * Ownership XML Technical Specification: noSecuritiesOwned (Form 3), form3HoldingsReported and
 * form4TransactionsReported (Form 5), dateOfOriginalSubmission (amendments), transactionFormType and
 * transactionTimeliness, the dollar-value fallbacks (transactionTotalValue, valueOwnedFollowingTransaction,
 * underlyingSecurityValue), dates with a time-zone suffix, booleans as 0/1/true/false, numbers with
 * trailing zeros, empty elements, an XML without a declaration, and a submission wrapping a Form 3.
 * Every expected value was read from the fixture by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { filingSchema, isParseError, parseFiling, type Filing } from '../../src/parser';
import { REPO_ROOT, SCHEMA_FILE } from '../helpers/paths';
import { dHold, dTx, ndHold, ndTx, owner, rowsOf } from './corpus-fields.helpers';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
const fixturePath = (name: string) => join(FIXTURES, name);
const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');
const parseFixture = (name: string): Filing => parseFiling(readFileSync(fixturePath(name)), { filename: fixturePath(name) });

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateJson = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>);

const FIXTURE_FILES = ['form3.xml', 'form3a.xml', 'form5.xml', 'form4a.xml', 'form3-submission.txt'];

describe.each(FIXTURE_FILES)('%s is a valid filing', (name) => {
  const f = parseFixture(name);
  test('validates against the JSON-schema contract and the zod model', () => {
    expect(validateJson(f) ? [] : validateJson.errors).toEqual([]);
    const z = filingSchema.safeParse(f);
    expect(z.success ? [] : z.error.issues).toEqual([]);
  });
  test('reads every value without a warning', () => {
    expect(f.warnings ?? []).toEqual([]);
  });
  test('the sha256 is of the file bytes', () => {
    expect(f.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** Optional extras of a transaction row, by position in the table. */
const formTypesOf = (rows: readonly { transactionFormType?: string | null | undefined }[]) => rows.map((r) => r.transactionFormType ?? null);
const timelinessOf = (rows: readonly { transactionTimeliness?: string | null | undefined }[]) => rows.map((r) => r.transactionTimeliness ?? null);

describe('form3.xml: a Form 3 with holdings only (Table I and Table II), X0306', () => {
  const f = parseFixture('form3.xml');

  test('source', () => {
    expect(f.source?.format).toBe('edgar-xml');
    expect(f.source?.accessionNumber).toBeNull();
    expect(f.source?.xmlSchemaVersion).toBe('X0306');
  });

  test('header: type, period with a time zone cut to the date, Form 3 flags', () => {
    expect(f.documentType).toBe('3');
    expect(f.periodOfReport).toBe('2011-06-13');
    expect(f.dateOfOriginalSubmission ?? null).toBeNull();
    expect(f.noSecuritiesOwned).toBe(false);
    expect(f.notSubjectToSection16).toBe(false);
    expect(f.aff10b5One ?? null).toBeNull();
    expect(f.form3HoldingsReported ?? null).toBeNull();
    expect(f.form4TransactionsReported ?? null).toBeNull();
  });

  test('issuer: a four-digit CIK padded to ten, "&amp;" decoded', () => {
    expect(f.issuer).toEqual({ cik: '0000001234', name: 'Example Widgets & Gadgets, Inc.', tradingSymbol: 'EWGI' });
  });

  test('owner: CIK trimmed, name white space collapsed, empty <rptOwnerStreet2/> → null', () => {
    expect(f.reportingOwners).toEqual([
      owner('0000987654', 'Roe Richard Q', ['100 MAIN STREET', null, 'SPRINGFIELD', 'IL', '62701'], {
        director: true, officer: true, officerTitle: 'Chief Financial Officer',
      }),
    ]);
  });

  test('a Form 3 has no transactions', () => {
    expect(f.nonDerivativeTransactions).toEqual([]);
    expect(f.derivativeTransactions).toEqual([]);
  });

  test('non-derivative holdings: "15000" → 15000, "2500.50" → 2500.5, footnotes in order without repeats', () => {
    expect(rowsOf(f).nonDerivativeHoldings).toEqual([
      ndHold('Common Stock, par value $0.01', { after: 15000, di: 'D', nature: null, fn: [] }),
      ndHold('Common Stock, par value $0.01', { after: 2500.5, di: 'I', nature: 'By Roe Family Trust', fn: ['F2', 'F1'] }),
    ]);
  });

  test('derivative holdings: "2.9900" → 2.99, no post-transaction amount on Form 3 → null, value-less footnoted fields → null', () => {
    expect(rowsOf(f).derivativeHoldings).toEqual([
      dHold('Stock Option (right to buy)', {
        exercisePrice: 2.99, exerciseDate: null, expirationDate: '2021-06-12', underlyingTitle: 'Common Stock', underlyingShares: 40000,
        after: null, di: 'D', nature: null, fn: ['F3'],
      }),
      dHold('Series A Convertible Preferred Stock', {
        exercisePrice: null, exerciseDate: '2011-06-13', expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: null,
        after: null, di: 'I', nature: 'By Roe Family Trust', fn: ['F4', 'F5', 'F1'],
      }),
    ]);
  });

  test('per-field footnote ids keep a footnote on a field with no value', () => {
    const preferred = f.derivativeHoldings[1];
    expect(preferred?.fieldFootnoteIds?.['conversionOrExercisePrice']).toEqual(['F4']);
    expect(preferred?.fieldFootnoteIds?.['underlyingSecurityShares']).toEqual(['F4']);
    expect(preferred?.fieldFootnoteIds?.['expirationDate']).toEqual(['F5']);
  });

  test('footnotes with line breaks and indentation collapsed, "&quot;" decoded', () => {
    expect(f.footnotes).toEqual([
      { id: 'F1', text: 'The reporting person is a trustee of the Roe Family Trust and disclaims beneficial ownership except to the extent of his pecuniary interest therein.' },
      { id: 'F2', text: 'Includes 0.50 shares acquired under a dividend reinvestment plan.' },
      { id: 'F3', text: 'One quarter of the option vests on each anniversary of the grant date.' },
      { id: 'F4', text: 'Each share of Series A Preferred converts into common stock at a rate that depends on "Adjusted EBITDA"; the number of shares cannot be stated.' },
      { id: 'F5', text: 'The preferred stock has no expiration date.' },
    ]);
  });

  test('remarks and a signature dated with a time zone', () => {
    expect(f.remarks).toBe('Exhibit 24 - Power of Attorney');
    expect(f.signatures).toEqual([{ name: '/s/ Jane Smith, attorney-in-fact for Richard Q. Roe', date: '2011-06-14' }]);
  });
});

describe('form3a.xml: a 3/A with no XML declaration, noSecuritiesOwned "true", two owners, empty tables', () => {
  const f = parseFixture('form3a.xml');

  test('the file really has no declaration (what this fixture is for)', () => {
    expect(fixtureText('form3a.xml').startsWith('<ownershipDocument>')).toBe(true);
  });

  test('source and header', () => {
    expect(f.source?.format).toBe('edgar-xml');
    expect(f.source?.accessionNumber).toBeNull();
    expect(f.source?.xmlSchemaVersion).toBe('X0206');
    expect(f.documentType).toBe('3/A');
    expect(f.periodOfReport).toBe('2023-10-03');
    expect(f.dateOfOriginalSubmission).toBe('2023-10-05');
    expect(f.noSecuritiesOwned).toBe(true);
    expect(f.notSubjectToSection16).toBe(false);
    expect(f.aff10b5One ?? null).toBeNull();
  });

  test('issuer with an empty trading symbol → null', () => {
    expect(f.issuer).toEqual({ cik: '0000055555', name: 'Sample Holdings plc', tradingSymbol: null });
  });

  test('owners: a seven-digit CIK padded, booleans true/false/TRUE, all-empty address → nulls', () => {
    expect(f.reportingOwners).toEqual([
      owner('0007654321', 'Poe Patricia', ['C/O SAMPLE HOLDINGS PLC', '1 HARBOUR ROAD', 'DUBLIN', 'L2', 'D02 X285'], {
        officer: true, other: true, officerTitle: 'SVP, General Counsel', otherText: 'Member of a Section 13(d) group',
      }),
      owner('0007654322', 'Poe Family LLC', [null, null, null, null, null], { tenPercent: true }),
    ]);
  });

  test('no rows, no footnotes; CDATA remarks; a signature with an empty date → null', () => {
    expect(f.nonDerivativeTransactions).toEqual([]);
    expect(f.nonDerivativeHoldings).toEqual([]);
    expect(f.derivativeTransactions).toEqual([]);
    expect(f.derivativeHoldings).toEqual([]);
    expect(f.footnotes).toEqual([]);
    expect(f.remarks).toBe("Amendment filed to correct the reporting person's CIK & address.");
    expect(f.signatures).toEqual([
      { name: '/s/ Patricia Poe', date: '2023-11-01' },
      { name: 'Poe Family LLC, by /s/ Patricia Poe, Manager', date: null },
    ]);
  });
});

describe('form5.xml: a Form 5 with transactions and holdings, X0508', () => {
  const f = parseFixture('form5.xml');

  test('source and header: Form 5 check boxes as 1/0, aff10b5One 0', () => {
    expect(f.source?.format).toBe('edgar-xml');
    expect(f.source?.accessionNumber).toBeNull();
    expect(f.source?.xmlSchemaVersion).toBe('X0508');
    expect(f.documentType).toBe('5');
    expect(f.periodOfReport).toBe('2024-12-31');
    expect(f.dateOfOriginalSubmission ?? null).toBeNull();
    expect(f.notSubjectToSection16).toBe(false);
    expect(f.form3HoldingsReported).toBe(true);
    expect(f.form4TransactionsReported).toBe(false);
    expect(f.aff10b5One).toBe(false);
    expect(f.noSecuritiesOwned ?? null).toBeNull();
  });

  test('issuer and owner', () => {
    expect(f.issuer).toEqual({ cik: '0000024680', name: 'Acme Mutual Bancorp', tradingSymbol: 'AMBC' });
    expect(f.reportingOwners).toEqual([
      owner('0001357913', 'Doe Jonathan', ['42 ELM AVENUE', 'SUITE 7', 'HARTFORD', 'CT', '06103'], { director: true }),
    ]);
  });

  test('non-derivative transactions: a late gift, and a dollar-valued row (transactionTotalValue, valueOwnedFollowingTransaction)', () => {
    expect(rowsOf(f).nonDerivativeTransactions).toEqual([
      ndTx('Common Stock', {
        date: '2024-03-15', deemed: null, code: 'G', swap: false, shares: 1200, price: 0, ad: 'D',
        after: 48800, di: 'D', nature: null, fn: ['F1'],
      }),
      ndTx('Units of the Acme Stock Fund (401(k) Plan)', {
        date: '2024-06-30', deemed: '2024-07-01', code: 'I', swap: true, shares: 12345.67, price: null, ad: 'A',
        after: 98765.43, di: 'I', nature: 'By 401(k) Plan', fn: ['F2'],
      }),
    ]);
  });

  test('transactionFormType 5 and transactionTimeliness L / E / absent', () => {
    expect(formTypesOf(f.nonDerivativeTransactions)).toEqual(['5', '5']);
    expect(timelinessOf(f.nonDerivativeTransactions)).toEqual(['L', 'E']);
    expect(formTypesOf(f.derivativeTransactions)).toEqual(['5']);
    expect(timelinessOf(f.derivativeTransactions)).toEqual([null]);
  });

  test('non-derivative holding', () => {
    expect(rowsOf(f).nonDerivativeHoldings).toEqual([
      ndHold('Common Stock', { after: 3000, di: 'I', nature: 'By Spouse', fn: ['F3'] }),
    ]);
  });

  test('a holding keeps the form it was first reported on (its <transactionCoding><transactionFormType>)', () => {
    // "Every value the XML gives is carried": a Form 5 holding row names the form (here 3) on which it
    // was reported. The canonical holding has no field for it yet.
    const holding = f.nonDerivativeHoldings[0] as Record<string, unknown> | undefined;
    expect(holding?.['transactionFormType']).toBe('3');
  });

  test('derivative transaction valued in dollars (underlyingSecurityValue) and a derivative holding', () => {
    expect(rowsOf(f).derivativeTransactions).toEqual([
      dTx('Phantom Stock Units', {
        exercisePrice: null, date: '2024-12-31', deemed: null, code: 'J', swap: false, shares: 310.25, price: 31, ad: 'A',
        exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: 9617.75,
        after: 2110.25, di: 'D', nature: null, fn: ['F4'],
      }),
    ]);
    expect(rowsOf(f).derivativeHoldings).toEqual([
      dHold('Stock Option (right to buy)', {
        exercisePrice: 18.5, exerciseDate: '2020-02-01', expirationDate: '2029-02-01', underlyingTitle: 'Common Stock', underlyingShares: 5000,
        after: 5000, di: 'D', nature: null, fn: [],
      }),
    ]);
  });

  test('footnotes, empty remarks → null, signature', () => {
    expect(f.footnotes).toEqual([
      { id: 'F1', text: 'Gift to a charitable foundation; this transaction should have been reported on Form 4.' },
      { id: 'F2', text: 'Dollar value of plan contributions; units have no stated price.' },
      { id: 'F3', text: 'The reporting person disclaims beneficial ownership of the shares held by his spouse.' },
      { id: 'F4', text: "Phantom stock units convert one-for-one into common stock upon the reporting person's separation from the board." },
    ]);
    expect(f.remarks).toBeNull();
    expect(f.signatures).toEqual([{ name: '/s/ Jonathan Doe', date: '2025-02-10' }]);
  });
});

describe('form4a.xml: a 4/A with dateOfOriginalSubmission, X0508', () => {
  const f = parseFixture('form4a.xml');

  test('source and header: original submission date with a time zone, aff10b5One "true", notSubjectToSection16 "false"', () => {
    expect(f.source?.format).toBe('edgar-xml');
    expect(f.source?.accessionNumber).toBeNull();
    expect(f.source?.xmlSchemaVersion).toBe('X0508');
    expect(f.documentType).toBe('4/A');
    expect(f.periodOfReport).toBe('2025-03-03');
    expect(f.dateOfOriginalSubmission).toBe('2025-03-05');
    expect(f.notSubjectToSection16).toBe(false);
    expect(f.aff10b5One).toBe(true);
  });

  test('issuer and owner (no <rptOwnerStateDescription>, no <otherText>)', () => {
    expect(f.issuer).toEqual({ cik: '0000013579', name: 'Placeholder Therapeutics Corp', tradingSymbol: 'PHTX' });
    expect(f.reportingOwners).toEqual([
      owner('0002468024', 'Moe Maria', ['1 LAB WAY', null, 'CAMBRIDGE', 'MA', '02139'], { officer: true, officerTitle: 'Chief Executive Officer' }),
    ]);
  });

  test('transactions: "2.9900" → 2.99, "1250.0000" → 1250, a dated row with a zone, <value/> nature → null', () => {
    expect(rowsOf(f).nonDerivativeTransactions).toEqual([
      ndTx('Common Stock', {
        date: '2025-03-03', deemed: null, code: 'S', swap: false, shares: 15000, price: 2.99, ad: 'D',
        after: 285000, di: 'D', nature: null, fn: ['F1', 'F2'],
      }),
      ndTx('Common Stock', {
        date: '2025-03-04', deemed: '2025-03-03', code: 'F', swap: false, shares: 1250, price: 3.05, ad: 'D',
        after: 283750, di: 'D', nature: null, fn: ['F3', 'F2'],
      }),
    ]);
    expect(formTypesOf(f.nonDerivativeTransactions)).toEqual(['4', '4']);
    expect(timelinessOf(f.nonDerivativeTransactions)).toEqual([null, null]);
    expect(f.nonDerivativeHoldings).toEqual([]);
    expect(f.derivativeTransactions).toEqual([]);
    expect(f.derivativeHoldings).toEqual([]);
  });

  test('footnotes, multi-line remarks collapsed, signature date "2025-03-10Z"', () => {
    expect(f.footnotes).toEqual([
      { id: 'F1', text: 'Weighted average price. Sold in multiple trades at prices from $2.95 to $3.02.' },
      { id: 'F2', text: 'This amendment corrects the number of shares owned after the transaction, which the original Form 4 misstated.' },
      { id: 'F3', text: 'Shares withheld to pay taxes on vesting of restricted stock units.' },
    ]);
    expect(f.remarks).toBe('This Form 4/A amends the Form 4 filed on March 5, 2025 to correct Column 5.');
    expect(f.signatures).toEqual([{ name: '/s/ Maria Moe', date: '2025-03-10' }]);
  });
});

describe('form3-submission.txt: an EDGAR submission wrapping a Form 3, with an EX-24 exhibit', () => {
  const f = parseFixture('form3-submission.txt');

  test('source: submission format, accession number from the header', () => {
    expect(f.source?.format).toBe('edgar-submission');
    expect(f.source?.accessionNumber).toBe('0009999999-21-000042');
    expect(f.source?.xmlSchemaVersion).toBe('X0206');
  });

  test('header, issuer and owner come from the ownership XML, not the SGML header', () => {
    expect(f.documentType).toBe('3');
    expect(f.periodOfReport).toBe('2021-03-01');
    expect(f.noSecuritiesOwned).toBe(false);
    expect(f.issuer).toEqual({ cik: '0000112233', name: 'Demo Semiconductor Ltd', tradingSymbol: 'DEMO' });
    expect(f.reportingOwners).toEqual([
      owner('0001122334', 'Loe Lucas', ['9 FOUNDRY ROAD', null, 'AUSTIN', 'TX', '78701'], { officer: true, officerTitle: 'VP, Engineering' }),
    ]);
  });

  test('holdings; the exhibit (which mentions <documentType>4</documentType>) is not read', () => {
    expect(f.nonDerivativeTransactions).toEqual([]);
    expect(f.derivativeTransactions).toEqual([]);
    expect(rowsOf(f).nonDerivativeHoldings).toEqual([ndHold('Ordinary Shares', { after: 7320, di: 'D', nature: null, fn: ['F1'] })]);
    expect(rowsOf(f).derivativeHoldings).toEqual([
      dHold('Restricted Stock Units', {
        exercisePrice: null, exerciseDate: null, expirationDate: null, underlyingTitle: 'Ordinary Shares', underlyingShares: 12000,
        after: null, di: 'D', nature: null, fn: ['F2', 'F3'],
      }),
    ]);
  });

  test('footnotes, no remarks element → null, signature', () => {
    expect(f.footnotes).toEqual([
      { id: 'F1', text: 'Includes 320 shares bought under the employee share purchase plan.' },
      { id: 'F2', text: 'Each restricted stock unit represents a contingent right to receive one ordinary share.' },
      { id: 'F3', text: 'The units vest in three equal annual installments beginning March 1, 2022; vested units settle on vesting, and the units do not expire.' },
    ]);
    expect(f.remarks).toBeNull();
    expect(f.signatures).toEqual([{ name: '/s/ Lucas Loe', date: '2021-03-10' }]);
  });
});

describe('the same filing read bare and wrapped', () => {
  const bodyOf = (f: Filing) => ({ ...f, source: undefined, warnings: undefined });
  /** A submission's <DOCUMENT> section with `xml` between <XML> and </XML>. */
  const xmlDocument = (head: string[], xml: string) => ['<DOCUMENT>', ...head, '<TEXT>', '<XML>', xml, '</XML>', '</TEXT>', '</DOCUMENT>'];

  test('form5.xml wrapped in an EDGAR submission (with an exhibit first) reads the same, with the header accession', () => {
    const xml = fixtureText('form5.xml');
    const submission = [
      '<SEC-DOCUMENT>0001357913-25-000007.txt : 20250210',
      '<SEC-HEADER>0001357913-25-000007.hdr.sgml : 20250210',
      'ACCESSION NUMBER:\t\t0001357913-25-000007',
      'CONFORMED SUBMISSION TYPE:\t5',
      'PUBLIC DOCUMENT COUNT:\t\t2',
      '</SEC-HEADER>',
      '<DOCUMENT>',
      '<TYPE>EX-24',
      '<SEQUENCE>2',
      '<TEXT>',
      'Power of attorney for Jonathan Doe.',
      '</TEXT>',
      '</DOCUMENT>',
      ...xmlDocument(['<TYPE>5', '<SEQUENCE>1'], xml),
      '</SEC-DOCUMENT>',
      '',
    ].join('\n');
    const wrapped = parseFiling(submission);
    expect(wrapped.source?.format).toBe('edgar-submission');
    expect(wrapped.source?.accessionNumber).toBe('0001357913-25-000007');
    expect(wrapped.documentType).toBe('5');
    expect(bodyOf(wrapped)).toEqual(bodyOf(parseFixture('form5.xml')));
  });

  test('the ownership XML is found after another <XML> document, though its own text says "XML>"; in an ASCII or a UTF-8 submission', () => {
    const text = fixtureText('form5.xml');
    const xml = text.replace('<ownershipDocument>', '<ownershipDocument><!-- an <XML> block ends at "</XML" and ">", not at a/XML> or <XML> -->');
    expect(xml).not.toBe(text);
    const wrap = (company: string) => [
      '<SEC-DOCUMENT>0001357913-25-000008.txt : 20250210',
      `COMPANY CONFORMED NAME:\t${company}`,
      ...xmlDocument(['<TYPE>EX-99'], '<note>XML> is not an end</note>'),
      ...xmlDocument(['<TYPE>5'], xml),
      '</SEC-DOCUMENT>',
    ].join('\n');
    const bare = bodyOf(parseFiling(xml));
    expect(bodyOf(parseFiling(wrap('Acme Corp')))).toEqual(bare);
    expect(bodyOf(parseFiling(wrap('Société Générale')))).toEqual(bare);
    expect(bare.documentType).toBe('5');
  });

  test('form3.xml without its declaration and comment reads the same', () => {
    const text = fixtureText('form3.xml');
    const bare = text.slice(text.indexOf('<ownershipDocument>'));
    expect(bare.startsWith('<?xml')).toBe(false);
    const f = parseFiling(bare);
    expect(f.source?.format).toBe('edgar-xml');
    expect(bodyOf(f)).toEqual(bodyOf(parseFixture('form3.xml')));
  });

  test('an accession number in the file name is used when the input has none', () => {
    const f = parseFiling(readFileSync(fixturePath('form4a.xml')), { filename: '/data/0002468024-25-000011/form4a.xml' });
    expect(f.source?.accessionNumber).toBe('0002468024-25-000011');
  });
});

describe('value rules on variations of form4a.xml', () => {
  const base = fixtureText('form4a.xml');
  const withAff = (element: string) => parseFiling(base.replace('<aff10b5One>true</aff10b5One>', element));

  test.each([
    ['<aff10b5One>1</aff10b5One>', true],
    ['<aff10b5One>0</aff10b5One>', false],
    ['<aff10b5One>true</aff10b5One>', true],
    ['<aff10b5One>false</aff10b5One>', false],
    ['<aff10b5One></aff10b5One>', null],
    ['', null],
  ] as const)('aff10b5One %j → %j', (element, expected) => {
    expect(withAff(element).aff10b5One ?? null).toBe(expected);
  });

  test.each([
    ['2025-03-03', '2025-03-03'],
    ['2025-03-03-05:00', '2025-03-03'],
    ['2025-03-03+09:30', '2025-03-03'],
    ['2025-03-03Z', '2025-03-03'],
    [' 2025-03-03 ', '2025-03-03'],
  ] as const)('periodOfReport %j → %j', (raw, expected) => {
    const f = parseFiling(base.replace('<periodOfReport>2025-03-03</periodOfReport>', `<periodOfReport>${raw}</periodOfReport>`));
    expect(f.periodOfReport).toBe(expected);
  });

  test.each([
    ['15000', 15000],
    ['15000.00', 15000],
    ['2.9900', 2.99],
    ['0.5', 0.5],
    ['0', 0],
    ['', null],
  ] as const)('transactionShares %j → %j', (raw, expected) => {
    const f = parseFiling(base.replace('<value>15000</value>', `<value>${raw}</value>`));
    expect(f.nonDerivativeTransactions[0]?.shares).toBe(expected);
  });

  test('an empty <transactionShares/> and an absent price are null, never 0', () => {
    const f = parseFiling(
      base
        .replace(/<transactionShares>\s*<value>15000<\/value>\s*<\/transactionShares>/, '<transactionShares/>')
        .replace(/<transactionPricePerShare>\s*<value>2\.9900<\/value>\s*<footnoteId id="F1"\/>\s*<\/transactionPricePerShare>/, ''),
    );
    expect(f.nonDerivativeTransactions[0]?.shares).toBeNull();
    expect(f.nonDerivativeTransactions[0]?.pricePerShare).toBeNull();
    expect(f.nonDerivativeTransactions[0]?.footnoteIds).toEqual(['F2']);
  });

  test('equitySwapInvolved as 1 and as true', () => {
    expect(parseFiling(base.replace('<equitySwapInvolved>false</equitySwapInvolved>', '<equitySwapInvolved>1</equitySwapInvolved>')).nonDerivativeTransactions[0]?.equitySwapInvolved).toBe(true);
    expect(parseFiling(base.replace('<equitySwapInvolved>false</equitySwapInvolved>', '<equitySwapInvolved>true</equitySwapInvolved>')).nonDerivativeTransactions[0]?.equitySwapInvolved).toBe(true);
  });

  test('documentType 5/A is accepted; 10-K is refused with the parser\'s own error', () => {
    expect(parseFiling(base.replace('<documentType>4/A</documentType>', '<documentType>5/A</documentType>')).documentType).toBe('5/A');
    let caught: unknown;
    try {
      parseFiling(base.replace('<documentType>4/A</documentType>', '<documentType>10-K</documentType>'));
    } catch (e) {
      caught = e;
    }
    expect(isParseError(caught)).toBe(true);
    expect((caught as { code?: string }).code).toBe('UNSUPPORTED_DOCUMENT_TYPE');
  });
});
