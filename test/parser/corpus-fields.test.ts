/**
 * Real filings from ../shared/corpus checked field by field. Every expected value below was read from
 * the filing's XML by eye and written here by hand; none was produced by running the parser. go-edgar's
 * expected.json files were used only to cross-check a reading.
 */
import { checkFiling, dHold, dTx, ndHold, ndTx, owner, parseCorpus } from './corpus-fields.helpers';

// Joint filing of 8 owners, X0508, aff10b5One 0; a price, an exercise price and both dates that carry
// only a footnote (no <value>) must be null with the footnote still listed.
const BEAVER = 'By SVF II Beaver (DE) LLC';
checkFiling('syeo-1_secform4project/softbank_derivative_acquisition.xml', {
  format: 'edgar-submission',
  accessionNumber: '0001493152-25-009612',
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2024-12-09',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: { cik: '0001835856', name: 'Better Home & Finance Holding Co', tradingSymbol: 'BETR' },
  reportingOwners: [
    owner('0001065521', 'SOFTBANK GROUP CORP.', ['1-7-1, KAIGAN', null, 'MINATO-KU TOKYO', 'M0', '105-7537'], { tenPercent: true }),
    owner('0001883884', 'SB Global Advisers Ltd', ['69 GROSVENOR STREET', null, 'LONDON,', 'X0', 'W1K 3JP'], { tenPercent: true }),
    owner('0001787613', 'SOFTBANK VISION FUND II-2 L.P.', ['C/O GEN II (JERSEY) LIMITED,', '47 ESPLANADE', 'ST. HELIER,', 'Y9', 'JE1 0BD'], { tenPercent: true }),
    owner('0001883559', 'SVF II Aggregator (Jersey) L.P.', ['C/O GEN II (JERSEY) LIMITED,', '47 ESPLANADE', 'ST. HELIER,', 'Y9', 'JE1 0BD'], { tenPercent: true }),
    owner('0001883900', 'SVF II Holdings (DE) LLC', ['251 LITTLE FALLS DRIVE', null, 'WILMINGTON,', 'DE', '19808'], { tenPercent: true }),
    owner('0001990707', 'SVF II Beaver (DE) LLC', ['251 LITTLE FALLS DRIVE', null, 'WILMINGTON,', 'DE', '19808'], { tenPercent: true }),
    owner('0001991269', 'Silver Brick Management PTE. LTD.', ['138 MARKET STREET #27-01A', null, 'CAPITAGREEN,', 'U0', '048926'], { tenPercent: true }),
    owner('0001818296', 'SB Management Ltd', ['C/O WALKERS, 190 ELGIN AVENUE', 'GEORGE TOWN,', 'GRAND CAYMAN,', 'E9', 'KY1-9008'], { tenPercent: true }),
  ],
  nonDerivativeTransactions: [
    ndTx('Class A Common Stock', {
      date: '2024-12-09', deemed: null, code: 'C', swap: false, shares: 628553, price: null, ad: 'A',
      after: 628553, di: 'I', nature: BEAVER, fn: ['F1', 'F2', 'F3'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx('Class B Common Stock', {
      exercisePrice: null, date: '2024-12-09', deemed: null, code: 'C', swap: false, shares: 628553, price: 0, ad: 'D',
      exerciseDate: null, expirationDate: null, underlyingTitle: 'Class A Common Stock', underlyingShares: 628553,
      after: 137545, di: 'I', nature: BEAVER, fn: ['F2', 'F1', 'F3'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Reflects a 1-for-50 reverse stock split effected by the Issuer on August 16, 2024, which was exempt from reporting pursuant to Rule 16a-9.' },
    { id: 'F2', text: 'Each outstanding share of Class B Common Stock is convertible at any time at the option of the holder into one share of Class A Common Stock or Class C Common Stock. In addition, each share of Class B Common Stock will convert automatically into one share of Class A Common Stock upon any transfer, except for certain permitted transfers, whether or not for value.' },
    { id: 'F3', text: "SoftBank Group Corp., which is a publicly traded company listed on the Tokyo Stock Exchange, is the sole shareholder of SB Global Advisers Limited, which has been appointed as manager and is responsible for making final decisions related to the acquisition, structuring, financing and disposal of SoftBank Vision Fund II-2 L.P.'s investments, including as held by SVF II Beaver (DE) LLC. SoftBank Vision Fund II-2 L.P. is the sole limited partner of SVF II Aggregator (Jersey) L.P., which is the sole member of SVF II Holdings (DE) LLC, which is the sole member of SVF II Beaver (DE) LLC. As a result of these relationships, each of these entities may be deemed to share beneficial ownership of the securities held of record by SVF II Beaver (DE) LLC." },
  ],
  remarks: null,
  signatures: [
    { name: 'SoftBank Group Corp., By : /s/ Yuko Yamamoto, Head of Corporate Legal Department', date: '2025-03-07' },
    { name: 'SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel', date: '2025-03-07' },
    { name: 'SoftBank Vision Fund II-2 L.P., By : /s/ SB Global Advisers Limited, its Manager, By : /s/ Stephen Lam, General Counsel', date: '2025-03-07' },
    { name: 'SVF II Aggregator (Jersey) LP, By : /s/ Michael Johnson, Director', date: '2025-03-07' },
    { name: 'SVF II Holdings (DE) LLC, By : /s/ Jonathan Duckles, Director', date: '2025-03-07' },
    { name: 'SVF II Beaver (DE) LLC, By : /s/ Jonathan Duckles, Director', date: '2025-03-07' },
    { name: 'Silver Brick Management PTE. LTD., By : /s/ Kozo Aramaki, Director', date: '2025-03-07' },
    { name: 'SB Northstar LP By : /s/ Stephen Lam, Director', date: '2025-03-07' },
  ],
});

// Joint filing of 10 owners, X0306, notSubjectToSection16 = 1, no officerTitle/otherText elements,
// a whitespace-only <remarks>, a signature name broken over two lines.
const CARLYLE_ADDR: [string, string, string, string, string] = ['C/O THE CARLYLE GROUP, 1001', 'PENNSYLVANIA AVE., N.W. SUITE 220 SOUTH', 'WASHINGTON', 'DC', '20004-2505'];
const carlyle = (cik: string, name: string) => owner(cik, name, CARLYLE_ADDR, { tenPercent: true });
const KG = '/s/ Kevin Gasque, Authorized Person';
checkFiling('rs-kellogg_edgar2data/form-4/sample/2020/1501695_3_0000950123-20-007937.txt', {
  format: 'edgar-submission',
  accessionNumber: '0000950123-20-007937',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2020-08-05',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: true,
  aff10b5One: null,
  issuer: { cik: '0001490892', name: 'CoreSite Realty Corp', tradingSymbol: 'COR' },
  reportingOwners: [
    carlyle('0001501294', 'Carlyle Realty III, GP, L.L.C.'),
    carlyle('0001501297', 'Carlyle Realty III, L.P.'),
    carlyle('0001501694', 'CoreSite CRP III Holdings, LLC'),
    carlyle('0001501300', 'CRP III AIV GP, L.L.C.'),
    carlyle('0001501301', 'CRP III AIV GP, L.P.'),
    carlyle('0001501512', 'CRQP III AIV, L.P.'),
    carlyle('0001641308', 'CoreSite CRP III Holdings (VCOC), LLC'),
    carlyle('0001501299', 'Carlyle Realty IV GP, L.L.C.'),
    carlyle('0001501302', 'Carlyle Realty IV, L.P.'),
    carlyle('0001501695', 'CoreSite CRP IV Holdings, LLC'),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2020-08-05', deemed: null, code: 'M', swap: false, shares: 230172, price: null, ad: 'A',
      after: 230172, di: 'I', nature: 'See footnote', fn: ['F1', 'F2'],
    }),
    ndTx('Common Stock', {
      date: '2020-08-05', deemed: null, code: 'S', swap: false, shares: 230172, price: 128.55, ad: 'D',
      after: 0, di: 'I', nature: 'See footnote', fn: ['F2'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx('Operating Partnership Units', {
      exercisePrice: null, date: '2020-08-05', deemed: null, code: 'M', swap: false, shares: 230172, price: null, ad: 'D',
      exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: 230172,
      after: 0, di: 'I', nature: 'See footnote', fn: ['F1', 'F2'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'The operating partnership units are redeemable at any time for cash or, at the election of the Issuer, exchangeable for shares of common stock on a one-for-one basis, and have no expiration date.' },
    { id: 'F2', text: 'Carlyle Realty III GP, L.L.C. is the general partner of Carlyle Realty III, L.P., which is the manager of CoreSite CRP III Holdings, LLC. CRP III AIV GP, L.L.C. is the general partner of CRP III AIV GP, L.P., which is the general partner of CRQP III AIV, L.P., which is the sole member of CoreSite CRP III Holdings (VCOC), LLC. Carlyle Realty IV GP, L.L.C. is the general partner of Carlyle Realty IV, L.P., which is the manager of CoreSite CRP IV Holdings, LLC. CRP IV AIV GP, L.L.C. is the general partner of CRP IV AIV GP, L.P., which is the general partner of each of CRP IV-A AIV, L.P. and CRQP IV AIV, L.P., which are the managing members of CoreSite CRP IV Holdings (VCOC I), LLC and CoreSite CRP IV Holdings (VCOC II), LLC, respectively.' },
  ],
  remarks: null,
  signatures: [
    { name: `Carlyle Realty III, GP, L.L.C., By: ${KG}`, date: '2020-08-07' },
    { name: `Carlyle Realty III, L.P., By: ${KG}`, date: '2020-08-07' },
    { name: `CoreSite CRP III Holdings, LLC, By: Carlyle Realty III, L.P., its managing member, By: ${KG}`, date: '2020-08-07' },
    { name: `CRP III AIV GP, L.L.C., By: ${KG}`, date: '2020-08-07' },
    { name: `CRP III AIV GP, L.P., By: ${KG}`, date: '2020-08-07' },
    { name: `CRQP III AIV, L.P., By: CRP III AIV GP, L.P., its general partner, By: ${KG}`, date: '2020-08-07' },
    { name: `CoreSite CRP III Holdings (VCOC), LLC, By: CRQP III AIV, L.P., its managing member, By: CRP III AIV GP, L.P., its general partner, By: ${KG}`, date: '2020-08-07' },
    { name: `Carlyle Realty IV GP, L.L.C., By: ${KG}`, date: '2020-08-07' },
    { name: `Carlyle Realty IV, L.P., By: ${KG}`, date: '2020-08-07' },
    { name: `CoreSite CRP IV Holdings, LLC, By: Carlyle Realty IV, L.P., its managing member, By: ${KG}`, date: '2020-08-07' },
  ],
});

// Bare XML, X0508, aff10b5One 1, <remarks> with a trailing newline, empty <footnotes/> and
// <derivativeTable/>, no deemedExecutionDate element at all, "&amp;" in names and titles.
checkFiling('RxDataLab_go-edgar/form4/beckton_dickerson_remarks_10b51/input.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-12-26',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: true,
  issuer: { cik: '0000010795', name: 'BECTON DICKINSON & CO', tradingSymbol: 'BDX' },
  reportingOwners: [
    owner('0002034349', 'Feld Michael', ['C/O BECTON, DICKINSON AND COMPANY', '1 BECTON DRIVE', 'FRANKLIN LAKES', 'NJ', '07417'], {
      officer: true, officerTitle: 'EVP, CRO & Pres. Life Sciences',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2025-12-26', deemed: null, code: 'S', swap: false, shares: 74, price: 196.08, ad: 'D',
      after: 16506, di: 'D', nature: null, fn: [],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [],
  footnotes: [],
  remarks: 'This reported transaction was made pursuant to a Rule 10b5-1 plan adopted by the reporting person on February 7, 2025.',
  signatures: [{ name: 'Donna Kalazdy, by power of attorney from Michael Feld', date: '2025-12-29' }],
});

// Bare XML, X0508, aff10b5One "false", booleans as true/false, a relationship that gives only
// isOfficer, no notSubjectToSection16 element, an exercise date that is only a footnote.
checkFiling('dgunning_edgartools/data/ownership/374WaterForm4.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-04-30',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: { cik: '0000933972', name: '374Water Inc.', tradingSymbol: 'SCWO' },
  reportingOwners: [
    owner('0002064133', 'Melkote Rajesh Ramaswamy', ['C/O 374 WATER INC.', '100 SOUTHCENTER COURT, SUITE 200', 'MORRISVILLE', 'NC', '27560'], {
      officer: true, officerTitle: 'Chief Technology Officer',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock (restricted stock units)', {
      date: '2025-04-30', deemed: null, code: 'A', swap: false, shares: 757756, price: 0, ad: 'A',
      after: 757756, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx('Stock options (right to buy)', {
      exercisePrice: 0.33, date: '2025-04-30', deemed: null, code: 'A', swap: false, shares: 757576, price: 0, ad: 'A',
      exerciseDate: null, expirationDate: '2035-04-29', underlyingTitle: 'Common Stock', underlyingShares: 757576,
      after: 757756, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: "Vesting commencement date is March 31, 2025. 25% of the shares vest and become exercisable on the first annual anniversary of the vesting commencement date and the balance vest and become exercisable equally on the last day of every month thereafter over the following 36 months, subject to the Reporting Person's continuous service through each vesting date." },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Rajesh Melkote', date: '2025-05-02' }],
});

// EDGAR .nc dissemination file (<SUBMISSION> header with <ACCESSION-NUMBER>), X0508, every boolean as
// true/false, numbers written "106150.00" and "0.00", a footnote on the security title, remarks.
checkFiling('dgunning_edgartools/data/localstorage/filings/20250108/0001562180-25-000280.nc', {
  format: 'edgar-submission',
  accessionNumber: '0001562180-25-000280',
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-01-06',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: { cik: '0001860782', name: '2seventy bio, Inc.', tradingSymbol: 'TSVT' },
  reportingOwners: [
    owner('0002009134', 'Snow Jessica', ['60 BINNEY STREET', null, 'CAMBRIDGE', 'MA', '02142'], { officer: true, officerTitle: 'See Remarks' }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2025-01-06', deemed: null, code: 'A', swap: false, shares: 106150, price: 0, ad: 'A',
      after: 253329, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx('Stock Option (Right to buy)', {
      exercisePrice: 2.64, date: '2025-01-06', deemed: null, code: 'A', swap: false, shares: 70750, price: 0, ad: 'A',
      exerciseDate: null, expirationDate: '2035-01-06', underlyingTitle: 'Common Stock', underlyingShares: 70750,
      after: 70750, di: 'D', nature: null, fn: ['F2'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: "This restricted stock unit award vests ratably over a four-year period in annual installments with the first installment vesting on January 2, 2026, subject to the Reporting Person's continued service through the applicable vesting date." },
    { id: 'F2', text: "This stock option vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly installments thereafter, subject to the Reporting Person's continued service through the applicable vesting date." },
  ],
  remarks: 'Title: Senior Vice President of Quality and Enabling Functions',
  signatures: [{ name: '/s/ Iya Kessler, Attorney-in-Fact', date: '2025-01-08' }],
});

// The other .nc file (Arrow Electronics): <SUBMISSION> header, footnotes on the security titles,
// "&quot;" in a footnote, a relationship that gives only isOfficer (as 1) and the title.
checkFiling('dgunning_edgartools/data/sgml/0001127602-25-004598.nc', {
  format: 'edgar-submission',
  accessionNumber: '0001127602-25-004598',
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-02-12',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: { cik: '0000007536', name: 'ARROW ELECTRONICS, INC.', tradingSymbol: 'ARW' },
  reportingOwners: [
    owner('0001870985', 'Jean-Claude Carine Lamercie', ['C/O ARROW ELECTRONICS, INC.', '9151 EAST PANORAMA CIRCLE', 'CENTENNIAL', 'CO', '80112'], {
      officer: true, officerTitle: 'SVP, CLO & Secretary',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2025-02-12', deemed: null, code: 'A', swap: false, shares: 2193, price: 106.82, ad: 'A',
      after: 21878, di: 'D', nature: null, fn: ['F1'],
    }),
    ndTx('Common Stock', {
      date: '2025-02-12', deemed: null, code: 'F', swap: false, shares: 1009, price: 106.82, ad: 'D',
      after: 20869, di: 'D', nature: null, fn: ['F2'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Represents Common Stock earned from the vesting and settlement of a Performance Stock Unit ("PSU") grant made on February 16, 2022, which grant was subject to a three-year performance period. The Company\'s PSUs settle, if earned over the related performance period, on a one-for-one basis in the Company\'s Common Stock.' },
    { id: 'F2', text: 'Represents shares withheld to satisfy tax withholding obligations upon the vesting of the above-described PSUs.' },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Nicholas De La Cruz, Attorney-in-Fact', date: '2025-02-13' }],
});

// A submission with two documents (the Form 4 and an EX-24 power of attorney); only the XML is read.
checkFiling('dgunning_edgartools/data/sgml/0001127602-25-001055.txt', {
  format: 'edgar-submission',
  accessionNumber: '0001127602-25-001055',
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-01-10',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: { cik: '0000001750', name: 'AAR CORP', tradingSymbol: 'AIR' },
  reportingOwners: [
    owner('0001806647', 'Garascia Jessica A.', ['1100 N. WOOD DALE ROAD', null, 'WOOD DALE', 'IL', '60191'], {
      officer: true, officerTitle: 'Senior VP, GC, CAO & Secretary',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2025-01-10', deemed: null, code: 'S', swap: false, shares: 1500, price: 66.903, ad: 'D',
      after: 37565, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $66.8350 to $66.9800 inclusive. The reporting person undertakes to provide AAR CORP. any security holder of AAR CORP. or the staff of the Securities Exchange Commission upon request, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.' },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Katherine Kwiat, power of attorney', date: '2025-01-10' }],
});

// X0407 (Apple), aff10b5One 1, empty <derivativeTable>, whitespace-only <remarks>.
const APPLE = { cik: '0000320193', name: 'Apple Inc.', tradingSymbol: 'AAPL' };
const APPLE_PARK: [string, null, string, string, string] = ['ONE APPLE PARK WAY', null, 'CUPERTINO', 'CA', '95014'];
checkFiling('johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000053/full-submission.txt', {
  format: 'edgar-submission',
  accessionNumber: '0000320193-23-000053',
  xmlSchemaVersion: 'X0407',
  documentType: '4',
  periodOfReport: '2023-04-06',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: true,
  issuer: APPLE,
  reportingOwners: [owner('0001513362', 'Maestri Luca', APPLE_PARK, { officer: true, officerTitle: 'Senior Vice President, CFO' })],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2023-04-06', deemed: null, code: 'S', swap: false, shares: 200, price: 164.92, ad: 'D',
      after: 177657, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'This transaction was made pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on November 15, 2022.' },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Sam Whittington, Attorney-in-Fact for Luca Maestri', date: '2023-04-10' }],
});

// X0407 (Apple), aff10b5One 0, a footnote on a price that has a value.
checkFiling('johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000066/full-submission.txt', {
  format: 'edgar-submission',
  accessionNumber: '0000320193-23-000066',
  xmlSchemaVersion: 'X0407',
  documentType: '4',
  periodOfReport: '2023-05-08',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: APPLE,
  reportingOwners: [owner('0001631982', 'KONDO CHRIS', APPLE_PARK, { officer: true, officerTitle: 'Principal Accounting Officer' })],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2023-05-08', deemed: null, code: 'S', swap: false, shares: 4092, price: 173.26, ad: 'D',
      after: 33946, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'This transaction was executed in multiple trades at prices ranging from $173.255 to $173.26; the price reported above reflects the weighted average sale price. The reporting person hereby undertakes to provide full information regarding the number of shares and prices at which the transactions were effected upon request to the SEC staff, Apple, or a security holder of Apple.' },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Sam Whittington, Attorney-in-Fact for Chris Kondo', date: '2023-05-10' }],
});

// Bare XML, X0306, derivative only (no <nonDerivativeTable> element), fractional shares "196.356" and
// "12629.042", an exercise price and both dates given only as footnotes.
checkFiling('dgunning_edgartools/data/ownership/VertexForm4.derivative-only.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2020-10-15',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0000875320', name: 'VERTEX PHARMACEUTICALS INC / MA', tradingSymbol: 'VRTX' },
  reportingOwners: [
    owner('0001197036', 'SACHS BRUCE I', ['C/O VERTEX PHARMACEUTICALS INCORPORATED', '50 NORTHERN AVENUE', 'BOSTON', 'MA', '02210'], { director: true }),
  ],
  nonDerivativeTransactions: [],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx('Deferred Stock Units', {
      exercisePrice: null, date: '2020-10-15', deemed: null, code: 'A', swap: false, shares: 196.356, price: 222.81, ad: 'A',
      exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: 196.356,
      after: 12629.042, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: "Each deferred stock unit represents one share of common stock and is paid out in common stock upon the earliest to occur of (i) termination of Mr. Sachs' service on our board of directors, (ii) a change of control of our company and (iii) Mr. Sachs' disability or death." },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Sabrina Yohai, Attorney-in-Fact', date: '2020-10-19' }],
});

// Derivative holdings interleaved with derivative transactions (KAR), a footnote inside
// <transactionCoding>, fractional holdings ("4957.775"), "593.0" → 593, ten footnotes F1..F10.
const RSU = 'Restricted Stock Units';
const rsuHold = (fnDates: string, underlying: number, after: number) =>
  dHold(RSU, {
    exercisePrice: null, exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: underlying,
    after, di: 'D', nature: null, fn: ['F3', fnDates],
  });
const KAR_VEST = 'These restricted stock units remain subject to a time-vesting requirement and are scheduled to vest and settle in common stock';
checkFiling('rs-kellogg_edgar2data/form-4/sample/2020/1395942_1_0001395942-20-000033.txt', {
  format: 'edgar-submission',
  accessionNumber: '0001395942-20-000033',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2020-02-21',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001395942', name: 'KAR Auction Services, Inc.', tradingSymbol: 'KAR' },
  reportingOwners: [
    owner('0001597236', 'Fisher Thomas J', ['C/O: KAR AUCTION SERVICES, INC.', '11299 NORTH ILLINOIS STREET', 'CARMEL', 'IN', '46032'], {
      officer: true, officerTitle: 'EVP, Chief Information Officer',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2020-02-22', deemed: null, code: 'M', swap: false, shares: 753, price: 0, ad: 'A',
      after: 2073, di: 'D', nature: null, fn: ['F1'],
    }),
    ndTx('Common Stock', {
      date: '2020-02-22', deemed: null, code: 'F', swap: false, shares: 216, price: 22.25, ad: 'D',
      after: 1857, di: 'D', nature: null, fn: ['F2'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx(RSU, {
      exercisePrice: null, date: '2020-02-22', deemed: null, code: 'M', swap: false, shares: 753, price: 0, ad: 'D',
      exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: 753,
      after: 1505, di: 'D', nature: null, fn: ['F3', 'F6'],
    }),
    dTx(RSU, {
      exercisePrice: null, date: '2020-02-21', deemed: null, code: 'A', swap: false, shares: 4776, price: 0, ad: 'A',
      exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: 4776,
      after: 4776, di: 'D', nature: null, fn: ['F3', 'F10'],
    }),
  ],
  derivativeHoldings: [
    rsuHold('F4', 593, 4957.775),
    rsuHold('F5', 1309, 1309),
    rsuHold('F7', 5666.813, 5666.813),
    rsuHold('F8', 6121.835, 6121.835),
    rsuHold('F9', 4957.775, 4957.775),
  ],
  footnotes: [
    { id: 'F1', text: 'Each restricted stock unit is convertible into a share of common stock on a 1-for-1 basis. The restricted stock units vested in common stock on February 22, 2020.' },
    { id: 'F2', text: 'Shares withheld by the Company to satisfy tax withholding requirements.' },
    { id: 'F3', text: 'Each restricted stock unit is convertible into a share of common stock on a 1-for-1 basis.' },
    { id: 'F4', text: `${KAR_VEST} as follows: one-third of these restricted stock units vested on May 12, 2018, one-third of these restricted stock units vested on May 12, 2019 and the remaining one-third of these restricted stock units vest on May 12, 2020, assuming continued employment through the applicable vesting date.` },
    { id: 'F5', text: `${KAR_VEST} as follows: one-third of these restricted stock units vested on March 2, 2019, one-third of these restricted stock units vest on March 2, 2020 and the remaining one-third of these restricted stock units vest on March 2, 2021, assuming continued employment through the applicable vesting date.` },
    { id: 'F6', text: `${KAR_VEST} as follows: one-third of these restricted stock units vested on February 22, 2020, one-third of these restricted stock units vest on February 22, 2021 and the remaining one-third of these restricted stock units vest on February 22, 2022, assuming continued employment through the applicable vesting date.` },
    { id: 'F7', text: `${KAR_VEST} on May 12, 2020, assuming continued employment through the applicable vesting date.` },
    { id: 'F8', text: `${KAR_VEST} on March 2, 2021, assuming continued employment through the applicable vesting date.` },
    { id: 'F9', text: `${KAR_VEST} on February 22, 2022, assuming continued employment through the applicable vesting date.` },
    { id: 'F10', text: `${KAR_VEST} as follows: one-third of these restricted stock units vest on February 21, 2021, one-third of these restricted stock units vest on February 21, 2022 and the remaining one-third of these restricted stock units vest on February 21, 2023, assuming continued employment through the applicable vesting date.` },
  ],
  remarks: null,
  signatures: [{ name: 'Charles S. Coleman as Attorney-In-Fact', date: '2020-02-25' }],
});

// Akamai: a submission with two documents, a footnote with a double space inside ("follows:  1/3")
// that must come out single, "0.0" → 0, "5063.0" → 5063.
checkFiling('rs-kellogg_edgar2data/form-4/sample/2020/1576905_1_0001086222-20-000053.txt', {
  format: 'edgar-submission',
  accessionNumber: '0001086222-20-000053',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2020-03-01',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001086222', name: 'AKAMAI TECHNOLOGIES INC', tradingSymbol: 'AKAM' },
  reportingOwners: [
    owner('0001576905', 'Blumofe Robert', ['C/O AKAMAI TECHNOLOGIES, INC.', '145 BROADWAY', 'CAMBRIDGE', 'MA', '02142'], {
      officer: true, officerTitle: 'EVP Platform & GM Enterprise',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2020-03-01', deemed: null, code: 'M', swap: false, shares: 2815, price: 0, ad: 'A',
      after: 14324, di: 'D', nature: null, fn: [],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx(RSU, {
      exercisePrice: 0, date: '2020-03-01', deemed: null, code: 'M', swap: false, shares: 5063, price: 0, ad: 'D',
      exerciseDate: null, expirationDate: '2022-03-01', underlyingTitle: 'Common Stock', underlyingShares: 5063,
      after: 10129, di: 'D', nature: null, fn: ['F1', 'F2'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Each restricted stock unit ("RSU") represents the right to receive one share of Akamai common stock upon vesting.' },
    { id: 'F2', text: 'RSU vests over three years as follows: 1/3 on each of March 1, 2020, 2021 and 2022.' },
  ],
  remarks: null,
  signatures: [{ name: '/s/ James H Hammons Jr, by power of attorney', date: '2020-03-03' }],
});

// Bare XML, X0508, aff10b5One "true", eleven sales/exercises with a footnote inside <transactionCoding>,
// "13.20" → 13.2, "20.025", a share count written "36.000" (read as 36, what the XML says), no
// <notSubjectToSection16>, <footnotes> F1..F7.
const ORD = 'Ordinary Shares';
const wave = (date: string, code: 'M' | 'S', shares: number, price: number, after: number, fn: string[]) =>
  ndTx(ORD, { date, deemed: null, code, swap: false, shares, price, ad: code === 'M' ? 'A' : 'D', after, di: 'D', nature: null, fn });
const waveOpt = (exercisePrice: number, date: string, shares: number, fnExercise: string, expirationDate: string, after: number) =>
  dTx('Share Option (right to buy)', {
    exercisePrice, date, deemed: null, code: 'A', swap: false, shares, price: 0, ad: 'D',
    exerciseDate: null, expirationDate, underlyingTitle: ORD, underlyingShares: shares,
    after, di: 'D', nature: null, fn: [fnExercise],
  });
const WEIGHTED = (range: string) =>
  `The price reflected is the weighted-average sale price for shares sold. The shares were sold in multiple transactions and the range of sale prices for the transactions reported was ${range} per share. The reporting person undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares sold at each separate price.`;
checkFiling('RxDataLab_go-edgar/form4/wave_derivatives/input.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-12-08',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: true,
  issuer: { cik: '0001631574', name: 'Wave Life Sciences Ltd.', tradingSymbol: 'WVE' },
  reportingOwners: [
    owner('0001657765', 'Moran Kyle', ['C/O WAVE LIFE SCIENCES LTD.,', '733 CONCORD AVE.', 'CAMBRIDGE', 'MA', '02138'], {
      officer: true, officerTitle: 'Chief Financial Officer',
    }),
  ],
  nonDerivativeTransactions: [
    wave('2025-12-08', 'M', 60000, 2.83, 149218, ['F1']),
    wave('2025-12-08', 'S', 60000, 13.2, 89218, ['F1']),
    wave('2025-12-08', 'M', 100000, 3.14, 189218, ['F1']),
    wave('2025-12-08', 'S', 50000, 15, 139218, ['F1', 'F4']),
    wave('2025-12-08', 'S', 50000, 13.2, 89218, ['F1']),
    wave('2025-12-08', 'M', 50000, 4.75, 139218, ['F1']),
    wave('2025-12-08', 'S', 50000, 18, 89218, ['F1']),
    wave('2025-12-09', 'M', 36000, 8.17, 125218, ['F1']),
    wave('2025-12-09', 'S', 36, 20.25, 89218, ['F1', 'F6']),
    wave('2025-12-09', 'M', 50000, 10.48, 139218, ['F1']),
    wave('2025-12-09', 'S', 50000, 20.025, 90365, ['F1', 'F6', 'F7']),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    waveOpt(2.83, '2025-12-08', 60000, 'F2', '2032-07-25', 0),
    waveOpt(3.14, '2025-12-08', 100000, 'F3', '2032-01-01', 75000),
    waveOpt(4.75, '2025-12-08', 50000, 'F5', '2033-02-17', 222700),
    waveOpt(8.17, '2025-12-09', 36000, 'F2', '2030-03-03', 0),
    waveOpt(10.48, '2025-12-09', 50000, 'F2', '2031-02-01', 0),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on March 13, 2025.' },
    { id: 'F2', text: 'These share options are fully vested.' },
    { id: 'F3', text: 'The share option represented a right to purchase a total of 175,000 ordinary shares that vest as to 25% of the shares on January 1, 2023 and vests as to an additional 6.25% of the shares quarterly thereafter until January 1, 2026.' },
    { id: 'F4', text: WEIGHTED('$15.00 to $15.045') },
    { id: 'F5', text: 'The share option represented a right to purchase a total of 272,200 ordinary shares that vest as to 25% of the shares on February 17, 2024 and vests as to an additional 6.25% of the shares quarterly thereafter until February 17, 2027.' },
    { id: 'F6', text: WEIGHTED('$20.00 to $20.22') },
    { id: 'F7', text: "Includes 1,147 ordinary shares acquired on July 14, 2025, under the issuer's 2019 Employee Share Purchase Plan." },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Kyle Moran', date: '2025-12-10' }],
});

// Two owners (a director and his LLC), X0306, code J with a footnote in <transactionCoding>, a
// footnote on directOrIndirectOwnership, an empty <natureOfOwnership><value></value>, two signatures,
// no <notSubjectToSection16>. The oldest filing of the corpus (2017).
const ALTIMMUNE: [string, string, string, string, string] = ['C/O ALTIMMUNE, INC.', '19 FIRSTFIELD ROAD, SUITE 200', 'GAITHERSBURG', 'MD', '20878'];
checkFiling('rs-kellogg_edgar2data/form-4/0001012975-17-000759.txt', {
  format: 'edgar-submission',
  accessionNumber: '0001012975-17-000759',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2017-10-13',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001326190', name: 'Altimmune, Inc.', tradingSymbol: 'ALT' },
  reportingOwners: [
    owner('0001705562', 'Hodges Philip', ALTIMMUNE, { director: true }),
    owner('0001705638', 'Redmont VAXN Capital Holdings, LLC', ALTIMMUNE, { director: true }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Stock, par value $0.0001', {
      date: '2017-10-17', deemed: null, code: 'J', swap: false, shares: 1278471, price: 0, ad: 'D',
      after: 0, di: 'I', nature: 'See Footnote', fn: ['F1', 'F2'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    dTx('Stock Options (option to buy)', {
      exercisePrice: 2.5, date: '2017-10-13', deemed: null, code: 'A', swap: false, shares: 20000, price: 0, ad: 'A',
      exerciseDate: '2018-04-30', expirationDate: '2027-10-13', underlyingTitle: 'Common Stock, par value $0.0001', underlyingShares: 20000,
      after: 20000, di: 'D', nature: null, fn: ['F3'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Redmont VAXN Capital Holdings, LLC, a Delaware limited liability company ("Redmont VAXN") distributed to its members, pro rata and without consideration, 1,278,471 shares of the Issuer\'s common stock.' },
    { id: 'F2', text: 'Consists of shares of Common Stock held by Redmont VAXN. Philip Hodges has sole voting and dispositive control with respect to all securities held by Redmont VAXN. Philip Hodges disclaims beneficial ownership of such securities, except to the extent of his pecuniary interest therein.' },
    { id: 'F3', text: 'Held by Philip Hodges.' },
  ],
  remarks: null,
  signatures: [
    { name: '/s/ Ori Solomon, Attorney in fact for Philip Hodges', date: '2017-10-17' },
    { name: '/s/ Ori Solomon, Attorney in fact for Redmont VAXN Capital Holdings, LLC', date: '2017-10-17' },
  ],
});

// Four owners (Accel / Slack), X0306: footnotes with double spaces after a full stop, "&quot;",
// prices "0.00" with a footnote, natures written with and without the final full stop.
const ACCEL: [string, null, string, string, string] = ['500 UNIVERSITY AVENUE', null, 'PALO ALTO', 'CA', '94301'];
const CLASS_A = 'Class A Common Stock';
const slackNd = (code: 'C' | 'J', shares: number, after: number, di: 'D' | 'I', nature: string | null, fn: string[]) =>
  ndTx(CLASS_A, { date: '2020-01-13', deemed: null, code, swap: false, shares, price: 0, ad: code === 'C' ? 'A' : 'D', after, di, nature, fn });
const slackD = (shares: number, after: number, di: 'D' | 'I', nature: string | null, fn: string[]) =>
  dTx('Class B Common Stock', {
    exercisePrice: null, date: '2020-01-13', deemed: null, code: 'C', swap: false, shares, price: 0, ad: 'D',
    exerciseDate: null, expirationDate: null, underlyingTitle: CLASS_A, underlyingShares: shares, after, di, nature, fn,
  });
const DISCLAIM = 'disclaims Section 16 beneficial ownership over the securities reported herein except to the extent of its pecuniary interest therein, if any, and this report shall not be deemed an admission that such reporting person is the beneficial owner of such securities for Section 16 or any other purpose.';
const RULES = 'All of the aforementioned distributions were made in accordance with the exemptions afforded by Rules 16a-13 and 16a-9 of the Securities Exchange Act of 1934, as amended.';
checkFiling('rs-kellogg_edgar2data/form-4/sample/2020/1430231_1_0000899243-20-001255.txt', {
  format: 'edgar-submission',
  accessionNumber: '0000899243-20-001255',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2020-01-13',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001764925', name: 'Slack Technologies, Inc.', tradingSymbol: 'WORK' },
  reportingOwners: [
    owner('0001419457', 'Accel X LP', ACCEL, { tenPercent: true }),
    owner('0001430231', 'ACCEL X STRATEGIC PARTNERS LP', ACCEL, { tenPercent: true }),
    owner('0001494996', 'Accel X Associates L.L.C.', ACCEL, { tenPercent: true }),
    owner('0001494979', 'Accel Investors 2009 L.L.C.', ACCEL, { tenPercent: true }),
  ],
  nonDerivativeTransactions: [
    slackNd('C', 4931850, 4931850, 'D', null, ['F1', 'F2']),
    slackNd('J', 4931850, 0, 'D', null, ['F3', 'F2']),
    slackNd('C', 370150, 370150, 'I', 'By Accel X Strategic Partners L.P.', ['F1', 'F4']),
    slackNd('J', 370150, 0, 'I', 'By Accel X Strategic Partners L.P.', ['F5', 'F4']),
    slackNd('C', 198000, 198000, 'I', 'By Accel Investors 2009 L.L.C.', ['F1', 'F6']),
    slackNd('J', 198000, 0, 'I', 'By Accel Investors 2009 L.L.C.', ['F7', 'F6']),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    slackD(4931850, 32267970, 'D', null, ['F1', 'F2']),
    slackD(370150, 2421840, 'I', 'By Accel X Strategic Partners L.P', ['F1', 'F4']),
    slackD(198000, 1295490, 'I', 'By Accel Investors 2009 L.L.C', ['F1', 'F6']),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Each share of Class B Common Stock is convertible without payment or consideration into one share of Class A Common Stock at the option of the holder and has no expiration date.' },
    { id: 'F2', text: `These shares are held by Accel X L.P. Accel X Associates L.L.C. ("Accel X GP") is the general partner of each of Accel X L.P. and Accel X Strategic Partners L.P. (together, the "Accel X Entities"). Accel X GP has sole voting and dispositive power with regard to the shares held by the Accel X Entities. Accel X GP ${DISCLAIM}` },
    { id: 'F3', text: `On January 13, 2020, Accel X L.P. distributed, for no consideration, 4,931,850 shares of Class A common stock of the Issuer (the "Accel X Shares") to its limited partners and to Accel X GP, the general partner of Accel X L.P., representing each such partner's pro rata interest in such Accel X Shares. On the same date, Accel X GP distributed, for no consideration, the Accel X Shares it received in the distribution by Accel X L.P. to its members, representing each such member's pro rata interest in such Accel X Shares. ${RULES}` },
    { id: 'F4', text: `These shares are held by Accel X Strategic Partners L.P. Accel X GP ${DISCLAIM}` },
    { id: 'F5', text: `On January 13, 2020, Accel X Strategic Partners L.P. distributed, for no consideration, 370,150 shares of Class A common stock of the Issuer (the "Accel X Strategic Shares") to its limited partners and to Accel X GP, the general partner of Accel X Strategic Partners L.P., representing each such partner's pro rata interest in such Accel X Strategic Shares. On the same date, Accel X GP distributed, for no consideration, the Accel X Strategic Shares it received in the distribution by the Fund to its members, representing each such member's pro rata interest in such Accel X Strategic Shares. ${RULES}` },
    { id: 'F6', text: 'These shares are held by Accel Investors 2009 L.L.C.' },
    { id: 'F7', text: `On January 13, 2020, Accel Investors 2009 L.L.C. distributed, for no consideration, 198,000 shares of Class A common stock of the Issuer (the "Accel 2009 Shares") to its members, representing each such member's pro rata interest in such Accel 2009 Shares. ${RULES}` },
  ],
  remarks: null,
  signatures: [{ name: '/s/ TRACY L. SEDLOCK, ATTORNEY IN FACT', date: '2020-01-15' }],
});

// Bare XML, X0508, transaction code X (warrant exercises) and P, aff10b5One 0, prices, exercise prices
// and dates given only as footnotes (16 fields with a footnote and no value), empty officerTitle.
const PMN_COMMON = 'Common Shares, no par value';
const pmnX = (fn: string, after: number) =>
  ndTx(PMN_COMMON, { date: '2025-07-25', deemed: null, code: 'X', swap: false, shares: 697674, price: null, ad: 'A', after, di: 'D', nature: null, fn: [fn] });
const pmnWarrant = (tranche: string, fn: string) =>
  dTx(`Tranche ${tranche} Common Share Purchase Warrants`, {
    exercisePrice: null, date: '2025-07-25', deemed: null, code: 'X', swap: false, shares: 697674, price: 0, ad: 'D',
    exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Shares', underlyingShares: 697674,
    after: 0, di: 'D', nature: null, fn: [fn],
  });
const PMN_EXERCISED = (tranche: string, trust: string, price: string) =>
  `On July 25, 2025, ${trust} exercised 697,674 Tranche ${tranche} purchase warrants, each exercisable to purchase one Common Share. These warrants were exercisable at an exercise price of ${price} per warrant share; however, following an offer by the JS Trust and an acceptance by the Issuer, were exercised in full at an exercise price of $0.83518 per share.`;
checkFiling('RxDataLab_go-edgar/form4/promis_neuro_x_codes/input.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0508',
  documentType: '4',
  periodOfReport: '2025-07-25',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: { cik: '0001374339', name: 'ProMIS Neurosciences Inc.', tradingSymbol: 'PMN' },
  reportingOwners: [
    owner('0002089163', 'Jeremy M. Sclar 2012 Irrevocable Family Trust', ['33 BOYLSTON STREET, SUITE 3000', null, 'CHESTNUT HILL', 'MA', '02467'], { tenPercent: true }),
  ],
  nonDerivativeTransactions: [pmnX('F1', 2315111), pmnX('F2', 3012785), pmnX('F3', 3710459)],
  nonDerivativeHoldings: [],
  derivativeTransactions: [
    pmnWarrant('A', 'F1'),
    pmnWarrant('B', 'F2'),
    pmnWarrant('C', 'F3'),
    dTx('Warrant to Purchase Common Shares', {
      exercisePrice: null, date: '2025-07-29', deemed: null, code: 'P', swap: false, shares: 3139533, price: null, ad: 'A',
      exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Shares', underlyingShares: 3139533,
      after: 3139533, di: 'D', nature: null, fn: ['F4'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: PMN_EXERCISED('A', 'the Jeremy M. Sclar 2012 Irrevocable Family Trust (the "JS Trust")', '$2.02') },
    { id: 'F2', text: PMN_EXERCISED('B', 'the JS Trust', '$2.02') },
    { id: 'F3', text: PMN_EXERCISED('C', 'the JS Trust', '$2.50') },
    { id: 'F4', text: 'On July 29, 2025, the JS Trust acquired a warrant to purchase 3,139,533 Common Shares at an exercise price of $1.25 per share. The purchase price for the warrant was $0.1875 per Common Share underlying the warrant. The warrant is currently exercisable and expires five years after the date of issuance.' },
  ],
  remarks: null,
  signatures: [{ name: 'Jeremy M. Sclar 2012 Irrevocable Family Trust By: /s/ Richard A. Marks, Trustee', date: '2025-09-30' }],
});

// Bare XML named without an accession number, X0306, a non-derivative holding (By Spouse) after the
// transactions, a director's option exercise, "23.8257" and "17500.0".
checkFiling('DarkMindFX_InsidersTradeMonitor/AAPL/wf-form4_156582182214854.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2019-08-12',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: APPLE,
  reportingOwners: [owner('0001214128', 'LEVINSON ARTHUR D', APPLE_PARK, { director: true })],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2019-08-12', deemed: null, code: 'M', swap: false, shares: 17500, price: 23.8257, ad: 'A',
      after: 1150783, di: 'D', nature: null, fn: [],
    }),
    ndTx('Common Stock', {
      date: '2019-08-12', deemed: null, code: 'S', swap: false, shares: 17500, price: 201.69, ad: 'D',
      after: 1133283, di: 'D', nature: null, fn: ['F1'],
    }),
  ],
  nonDerivativeHoldings: [ndHold('Common Stock', { after: 14000, di: 'I', nature: 'By Spouse', fn: [] })],
  derivativeTransactions: [
    dTx('Director Stock Option (Right to Buy)', {
      exercisePrice: 23.8257, date: '2019-08-12', deemed: null, code: 'M', swap: false, shares: 17500, price: 0, ad: 'D',
      exerciseDate: '2009-08-14', expirationDate: '2019-08-14', underlyingTitle: 'Common Stock', underlyingShares: 17500,
      after: 0, di: 'D', nature: null, fn: [],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'This transaction was executed in multiple trades at prices ranging from $201.68 to $201.70; the price reported above reflects the weighted average sale price. The reporting person hereby undertakes to provide full information regarding the number of shares and prices at which the transactions were effected upon request to the SEC staff, Apple, or a security holder of Apple.' },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Sam Whittington, Attorney-in-Fact for Arthur D. Levinson', date: '2019-08-14' }],
});

// Bare XML in a folder named by the 18-digit accession (EDGAR archive form), X0306, remarks, a director
// and ten-percent owner, three derivative holdings (Class B) with dates given only as footnotes,
// "0.00" → 0, prices with four decimals.
const BRIN_SALE = (shares: number, price: number, after: number, fn: string[]) =>
  ndTx('Class A Common Stock', { date: '2022-04-13', deemed: null, code: 'S', swap: false, shares, price, ad: 'D', after, di: 'D', nature: null, fn });
const classB = (shares: number, di: 'D' | 'I', nature: string | null) =>
  dHold('Class B Common Stock', {
    exercisePrice: 0, exerciseDate: null, expirationDate: null, underlyingTitle: 'Class A Common Stock', underlyingShares: shares,
    after: shares, di, nature, fn: ['F6', 'F7'],
  });
const WAP = (range: string) =>
  `The price reported in Column 4 is a weighted average price. The shares were sold in multiple transactions at prices ranging from ${range}, inclusive.`;
checkFiling('DarkMindFX_InsidersTradeMonitor/GOOG/000120919122024552/doc4.xml', {
  format: 'edgar-xml',
  accessionNumber: '0001209191-22-024552',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2022-04-13',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001652044', name: 'Alphabet Inc.', tradingSymbol: 'GOOG' },
  reportingOwners: [
    owner('0001295032', 'Sergey Brin', ['C/O ALPHABET INC.', '1600 AMPHITHEATRE PKWY', 'MOUNTAIN VIEW', 'CA', '94043'], { director: true, tenPercent: true }),
  ],
  nonDerivativeTransactions: [
    BRIN_SALE(400, 2598.325, 2310, ['F1', 'F2']),
    BRIN_SALE(1010, 2599.5213, 1300, ['F3']),
    BRIN_SALE(500, 2600.452, 800, ['F4']),
    BRIN_SALE(600, 2601.6983, 200, ['F5']),
    BRIN_SALE(100, 2603.14, 100, []),
    BRIN_SALE(100, 2604.73, 0, []),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [
    classB(18509696, 'D', null),
    classB(8635, 'I', 'SMB Pacific 2021 Charitable Remainder Unitrust I'),
    classB(8635, 'I', 'SMB Pacific 2021 Charitable Remainder Unitrust II'),
  ],
  footnotes: [
    { id: 'F1', text: 'Each share of Class A Common Stock was issued upon the conversion of one share of Class B Common Stock at the election of Reporting Person.' },
    { id: 'F2', text: `${WAP('$2,598.02 to $2,599.02')} The Reporting Person undertakes to provide to any security holder of Alphabet Inc. or the staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares sold at each separate price within the ranges set forth in footnotes (2) through (5) to this Form 4.` },
    { id: 'F3', text: WAP('$2,599.13 to $2,600.13') },
    { id: 'F4', text: WAP('$2,600.13 to $2,601.13') },
    { id: 'F5', text: WAP('$2,601.35 to $2,602.35') },
    { id: 'F6', text: 'All shares are exercisable as of the transaction date.' },
    { id: 'F7', text: "There is no expiration date for the Issuer's Class B Common Stock." },
  ],
  remarks: 'All transactions reported in this Form 4 were effected pursuant to a Rule 10b5-1 Trading Plan adopted by the Reporting Person. Related transactions effected by the Reporting Person on April 13, 2022 are reported on additional Form 4.',
  signatures: [{ name: '/s/ Valentina Margulis, as Attorney-in-Fact for Sergey Brin', date: '2022-04-15' }],
});

// Remarks and an empty <footnotes>, no <derivativeTable>, "Common Units (Limited Partner Interests)".
checkFiling('rs-kellogg_edgar2data/form-4/sample/2020/1619644_1_0001209191-20-001524.txt', {
  format: 'edgar-submission',
  accessionNumber: '0001209191-20-001524',
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2020-01-02',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001552000', name: 'MPLX LP', tradingSymbol: 'MPLX' },
  reportingOwners: [
    owner('0001619644', 'HAGEDORN CARL KRISTOPHER', ['C/O MPLX LP', '200 E. HARDIN STREET', 'FINDLAY', 'OH', '45840'], { officer: true, officerTitle: 'VP and Controller' }),
  ],
  nonDerivativeTransactions: [
    ndTx('Common Units (Limited Partner Interests)', {
      date: '2020-01-02', deemed: null, code: 'F', swap: false, shares: 948, price: 25.71, ad: 'D',
      after: 8925, di: 'D', nature: null, fn: [],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [],
  derivativeHoldings: [],
  footnotes: [],
  remarks: 'The Reporting Person is the Vice President and Controller of MPLX GP LLC, the general partner of the Issuer. The Issuer is managed by the directors and executive officers of MPLX GP LLC.',
  signatures: [{ name: '/s/ Molly R. Benson, Attorney-in-Fact for Carl Kristopher Hagedorn', date: '2020-01-06' }],
});

// Snowflake: a real XML with NO declaration (it starts with <ownershipDocument>), X0306, eight
// non-derivative holdings held in trusts, footnotes broken over several indented lines (collapsed to
// single spaces), <remarks/> and <otherText/> as empty elements, "200000.0" → 200000.
const SNOW_SALE = (shares: number, price: number, after: number, fnPrice: string) =>
  ndTx(CLASS_A, { date: '2022-12-13', deemed: null, code: 'S', swap: false, shares, price, ad: 'D', after, di: 'D', nature: null, fn: ['F2', fnPrice] });
const trust = (after: number, fn: string) => ndHold(CLASS_A, { after, di: 'I', nature: 'Trust', fn: [fn] });
const SNOW_WAP = (range: string) =>
  `The price reported in Column 4 is a weighted-average price. The shares were sold in multiple transactions ranging from ${range}, inclusive.`;
const FINTAIL = (kind: string, child: number, person: string) =>
  `The shares are held by the 2020 Fintail Irrevocable ${kind} Trust f/b/o Child ${child} dated 12/29/2020 for which the ${person} child is the beneficiary.`;
checkFiling('RxDataLab_go-edgar/form4/snow/input.xml', {
  format: 'edgar-xml',
  accessionNumber: null,
  xmlSchemaVersion: 'X0306',
  documentType: '4',
  periodOfReport: '2022-12-13',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: null,
  issuer: { cik: '0001640147', name: 'Snowflake Inc.', tradingSymbol: 'SNOW' },
  reportingOwners: [
    owner('0001402349', 'Scarpelli Michael', ['C/O SNOWFLAKE INC.', '106 EAST BABCOCK STREET, SUITE 3A', 'BOZEMAN', 'MT', '59715'], {
      officer: true, officerTitle: 'Chief Financial Officer',
    }),
  ],
  nonDerivativeTransactions: [
    ndTx(CLASS_A, { date: '2022-12-13', deemed: null, code: 'M', swap: false, shares: 200000, price: 8.88, ad: 'A', after: 301097, di: 'D', nature: null, fn: ['F1'] }),
    SNOW_SALE(73170, 150.841, 227927, 'F3'),
    SNOW_SALE(74907, 151.814, 153020, 'F4'),
    SNOW_SALE(41986, 152.655, 111034, 'F5'),
    SNOW_SALE(5496, 153.872, 105538, 'F6'),
    SNOW_SALE(4441, 154.76, 101097, 'F7'),
  ],
  nonDerivativeHoldings: [
    trust(577218, 'F8'), trust(178947, 'F9'), trust(9686, 'F10'), trust(2755, 'F11'),
    trust(9686, 'F12'), trust(2755, 'F13'), trust(9686, 'F14'), trust(2755, 'F15'),
  ],
  derivativeTransactions: [
    dTx('Stock Option (Right to Buy)', {
      exercisePrice: 8.88, date: '2022-12-13', deemed: null, code: 'M', swap: false, shares: 200000, price: 0, ad: 'A',
      exerciseDate: null, expirationDate: '2029-08-26', underlyingTitle: CLASS_A, underlyingShares: 200000,
      after: 2219299, di: 'D', nature: null, fn: ['F16'],
    }),
  ],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Includes shares to be issued in connection with the vesting of one or more restricted stock units.' },
    { id: 'F2', text: 'The sales reported in this Form 4 were effected for financial and tax planning purposes.' },
    { id: 'F3', text: `${SNOW_WAP('$150.300 to $151.295')} The Reporting Person undertakes to provide the Issuer, any security holder of the Issuer, or the Staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares sold at each separate price within the ranges set forth in these footnotes.` },
    { id: 'F4', text: SNOW_WAP('$151.300 to $152.295') },
    { id: 'F5', text: SNOW_WAP('$152.300 to $153.090') },
    { id: 'F6', text: SNOW_WAP('$153.405 to $154.362') },
    { id: 'F7', text: SNOW_WAP('$154.510 to $154.890') },
    { id: 'F8', text: 'The shares are held by the Michael P. Scarpelli 2019 Grantor Retained Annuity Trust for which the Reporting Person is a beneficiary.' },
    { id: 'F9', text: 'The shares are held by the Scarpelli Family Trust for which the Reporting Person is a trustee.' },
    { id: 'F10', text: FINTAIL('GST Exempt', 1, "Reporting Person's") },
    { id: 'F11', text: FINTAIL('Non-Exempt', 1, "Reporting Person's") },
    { id: 'F12', text: FINTAIL('GST Exempt', 2, "Reporting Person's") },
    { id: 'F13', text: FINTAIL('Non-Exempt', 2, "Reporting Person's") },
    { id: 'F14', text: FINTAIL('GST Exempt', 3, "Reporting Persons'") },
    { id: 'F15', text: FINTAIL('Non-Exempt', 3, "Reporting Person's") },
    { id: 'F16', text: "The shares subject to the option are immediately exercisable and vest in 48 equal monthly installments beginning on August 19, 2019, subject to Reporting Person's continuous service through each such vesting date." },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Travis Shrout, Attorney-in-Fact', date: '2022-12-14' }],
});

describe('per-field footnotes and transaction form types on real filings', () => {
  test('softbank: a price and an exercise price with no <value> keep their footnote per field', () => {
    const f = parseCorpus('syeo-1_secform4project/softbank_derivative_acquisition.xml');
    expect(f.nonDerivativeTransactions[0]?.fieldFootnoteIds).toEqual({
      transactionShares: ['F1'],
      transactionPricePerShare: ['F2'],
      sharesOwnedFollowingTransaction: ['F1'],
      natureOfOwnership: ['F3'],
    });
    expect(f.derivativeTransactions[0]?.fieldFootnoteIds).toEqual({
      conversionOrExercisePrice: ['F2'],
      transactionShares: ['F1'],
      exerciseDate: ['F2'],
      expirationDate: ['F2'],
      underlyingSecurityShares: ['F1'],
      sharesOwnedFollowingTransaction: ['F1'],
      natureOfOwnership: ['F3'],
    });
    expect(f.nonDerivativeTransactions.map((r) => r.transactionFormType)).toEqual(['4']);
    expect(f.derivativeTransactions.map((r) => r.transactionFormType)).toEqual(['4']);
    expect(f.nonDerivativeTransactions.map((r) => r.transactionTimeliness)).toEqual([null]);
  });

  test('KAR: a footnote inside <transactionCoding> is listed under transactionCoding', () => {
    const f = parseCorpus('rs-kellogg_edgar2data/form-4/sample/2020/1395942_1_0001395942-20-000033.txt');
    expect(f.nonDerivativeTransactions[1]?.fieldFootnoteIds).toEqual({ transactionCoding: ['F2'] });
  });
});

// X0407 with a derivative table (Apple RSU settlements): prices and exercise prices that are only a
// footnote, "4572.0" → 4572, "&quot;ESPP&quot;".
const aaplRsu = (shares: number, after: number, fnDates: string) =>
  dTx('Restricted Stock Unit', {
    exercisePrice: null, date: '2023-04-15', deemed: null, code: 'M', swap: false, shares, price: null, ad: 'D',
    exerciseDate: null, expirationDate: null, underlyingTitle: 'Common Stock', underlyingShares: shares,
    after, di: 'D', nature: null, fn: ['F1', fnDates],
  });
const AAPL_AWARD = (granted: string, first: string, ending: string) =>
  `This award was granted on ${granted}. 12.5% of the award vested on ${first} and the remaining restricted stock units vest 12.5% in semi-annual installments over the four-year period ending ${ending}, assuming continued employment through the applicable vesting date.`;
checkFiling('johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-23-000057/full-submission.txt', {
  format: 'edgar-submission',
  accessionNumber: '0000320193-23-000057',
  xmlSchemaVersion: 'X0407',
  documentType: '4',
  periodOfReport: '2023-04-15',
  dateOfOriginalSubmission: null,
  notSubjectToSection16: false,
  aff10b5One: false,
  issuer: APPLE,
  reportingOwners: [owner('0001631982', 'KONDO CHRIS', APPLE_PARK, { officer: true, officerTitle: 'Principal Accounting Officer' })],
  nonDerivativeTransactions: [
    ndTx('Common Stock', {
      date: '2023-04-15', deemed: null, code: 'M', swap: false, shares: 10792, price: null, ad: 'A',
      after: 42422, di: 'D', nature: null, fn: ['F1', 'F2'],
    }),
    ndTx('Common Stock', {
      date: '2023-04-15', deemed: null, code: 'F', swap: false, shares: 4384, price: 165.21, ad: 'D',
      after: 38038, di: 'D', nature: null, fn: ['F3'],
    }),
  ],
  nonDerivativeHoldings: [],
  derivativeTransactions: [aaplRsu(4572, 4568, 'F4'), aaplRsu(2227, 6679, 'F5'), aaplRsu(1915, 9571, 'F6'), aaplRsu(2078, 14542, 'F7')],
  derivativeHoldings: [],
  footnotes: [
    { id: 'F1', text: 'Each restricted stock unit represents the right to receive, at settlement, one share of common stock. This transaction represents the settlement of restricted stock units in shares of common stock on their scheduled vesting date.' },
    { id: 'F2', text: 'The number of securities reported reflects the acquisition on January 31, 2023 of 125 shares of Apple Inc.\'s common stock pursuant to the Apple Inc. Employee Stock Purchase Plan ("ESPP") for the ESPP purchase period of August 1, 2022 through January 31, 2023.' },
    { id: 'F3', text: 'Shares withheld by Apple to satisfy tax withholding requirements on vesting of restricted stock units. No shares were sold.' },
    { id: 'F4', text: AAPL_AWARD('September 29, 2019', 'April 15, 2020', 'October 15, 2023') },
    { id: 'F5', text: AAPL_AWARD('September 27, 2020', 'April 15, 2021', 'October 15, 2024') },
    { id: 'F6', text: AAPL_AWARD('September 26, 2021', 'April 15, 2022', 'October 15, 2025') },
    { id: 'F7', text: AAPL_AWARD('September 25, 2022', 'April 15, 2023', 'October 15, 2026') },
  ],
  remarks: null,
  signatures: [{ name: '/s/ Sam Whittington, Attorney-in-Fact for Chris Kondo', date: '2023-04-18' }],
});
