/**
 * Plain OCR text (no tabs, no markup) laid out in ways the reader was not first written for: the
 * top boxes read line by line across the page (values of two or three boxes on one line, with the
 * other boxes' captions between them), boxes in another order, Form 3's own numbering, footnote
 * marks in several shapes, titles wrapped onto the next line. The texts are written here by hand in
 * the shapes `bench:ocr`'s paper look and Tesseract produce; every expected value is read off the
 * text by eye.
 */
import { parseFiling } from '../../src/parser';
import { tokenize } from '../../src/parser/ocr/tokens';

const form3Across = `FORM 3
UNITED STATES SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES
Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940
1. Name and Address of Reporting Person* 2. Date of Event Requiring Statement 3. Issuer Name and Ticker or Trading Symbol
BOTHA ROELOF (Month/Day/Year) Unity Software Inc. [ U ]
(Last) (First) (Middle) 9/17/2020 5. If Amendment, Date of Original Filed
2800 SAND HILL ROAD, SUITE 101 4. Relationship of Reporting Person(s) to (Month/Day/Year)
(Street) Issuer (Check all applicable) 6. Individual or Joint/Group Filing (Check
MENLO PARK CA 94025 X Director X 10% Owner Applicable Line)
(City) (State) (Zip) [_] Officer (give title below) [_] Other (specify below) X Form filed by One Reporting Person
[_] Form filed by More than One Reporting Person
Table I - Non-Derivative Securities Beneficially Owned
1. Title of Security (Instr. 4) 2. Amount of Securities Beneficially Owned (Instr. 4) 3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5) 4.
Nature of Indirect Beneficial Ownership (Instr. 5)
Common Stock 3,909,607 I Sequoia Capital Global Growth Fund III, L.P.(2, 3)
Class A 269,560 I Estate Planning Vehicle
Common Stock
Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)
1. Title of Derivative Security (Instr. 4) 2. Date Exercisable and Expiration Date (Month/Day/Year) 3. Title and Amount of Securities Underlying
Derivative Security (Instr. 4) 4. Conversion or Exercise Price of Derivative Security 5. Ownership Form: Direct (D) or Indirect (I) (Instr. 5) 6.
Nature of Indirect Beneficial Ownership (Instr. 5)
Date Exercisable Expiration Date Title Amount or Number of Shares
Series A Preferred Stock [1] [1] Common Stock 2,027,400 [1] I Sequoia Capital XII, L.P.[2][3]
Explanation of Responses:
1. The preferred stock converts into common stock on a 1:1 basis and has no expiration date.
2. The Reporting Person is a director of the general partner of the funds named.
3. The Reporting Person disclaims beneficial ownership except to the extent of his pecuniary interest.
Remarks:
/s/ Roelof Botha 9/18/2020
** Signature of Reporting Person Date
`;

describe('a Form 3 whose top boxes were read across the page', () => {
  const f = parseFiling(form3Across);

  test('box 2 is the date of the event and box 3 the issuer, though they share lines with the name box', () => {
    expect(f.documentType).toBe('3');
    expect(f.periodOfReport).toBe('2020-09-17');
    expect(f.issuer).toEqual({ cik: null, name: 'Unity Software Inc.', tradingSymbol: 'U' });
  });

  test('the name and address are the first values of their lines; the relationship marks are read', () => {
    const o = f.reportingOwners[0]!;
    expect(o.name).toBe('BOTHA ROELOF');
    expect(o.address).toEqual({ street1: '2800 SAND HILL ROAD, SUITE 101', street2: null, city: 'MENLO PARK', state: 'CA', zipCode: '94025' });
    expect(o.relationship).toEqual({ isDirector: true, isOfficer: false, isTenPercentOwner: true, isOther: false, officerTitle: null, otherText: null });
  });

  test('holdings with (2, 3) marks and a title wrapped onto the next line ("Class A" / "Common Stock")', () => {
    expect(f.nonDerivativeHoldings).toEqual([
      expect.objectContaining({ securityTitle: 'Common Stock', sharesOwnedFollowingTransaction: 3909607, directOrIndirectOwnership: 'I', natureOfOwnership: 'Sequoia Capital Global Growth Fund III, L.P.', footnoteIds: ['F2', 'F3'] }),
      expect.objectContaining({ securityTitle: 'Class A Common Stock', sharesOwnedFollowingTransaction: 269560, directOrIndirectOwnership: 'I', natureOfOwnership: 'Estate Planning Vehicle', footnoteIds: [] }),
    ]);
  });

  test('a derivative holding with [1] marks for its dates', () => {
    expect(f.derivativeHoldings).toHaveLength(1);
    expect(f.derivativeHoldings[0]).toMatchObject({
      securityTitle: 'Series A Preferred Stock', underlyingSecurityTitle: 'Common Stock', underlyingSecurityShares: 2027400,
      directOrIndirectOwnership: 'I', natureOfOwnership: 'Sequoia Capital XII, L.P.',
    });
    expect([...f.derivativeHoldings[0]!.footnoteIds].sort()).toEqual(['F1', 'F2', 'F3']);
  });

  test('footnotes and signature', () => {
    expect(f.footnotes.map((n) => n.id)).toEqual(['F1', 'F2', 'F3']);
    expect(f.signatures).toEqual([{ name: '/s/ Roelof Botha', date: '2020-09-18' }]);
  });
});

const form4Boxes = `FORM 4
UNITED STATES SECURITIES AND EXCHANGE COMMISSION
STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP
Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940
1. Name and Address of Reporting Person*
O'BRIEN DEIRDRE
(Last) (First) (Middle)
ONE APPLE PARK WAY
(Street)
CUPERTINO CA 95014
(City) (State) (Zip)
6. Individual or Joint/Group Filing (Check Applicable Line)
(X) Form filed by One Reporting Person
( ) Form filed by More than One Reporting Person
5. Relationship of Reporting Person(s) to Issuer (Check all applicable)
( ) Director ( ) 10% Owner
(X) Officer (give title below) ( ) Other (specify below)
Senior Vice President, Retail
and People
4. If Amendment, Date of Original Filed (Month/Day/Year)
3. Date of Earliest Transaction (Month/Day/Year)
4/1/2023
2. Issuer Name and Ticker or Trading Symbol
Apple Inc. [AAPL]
Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
1. Title of Security (Instr. 3) 2. Transaction Date (Month/Day/Year) 2A. Deemed Execution Date, if any (Month/Day/Year) 3. Transaction Code (Instr. 8) 4. Securities Acquired
(A) or Disposed Of (D) (Instr. 3, 4 and 5) 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)
Code V Amount (A) or (D) Price
Common Stock 4/1/2023 M 90,620 (A) (1) 227,064(2) D
Common Stock 4/1/2023 F 46,287 (D) $164.9(3) 180,777 D
Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)
1. Title of Derivative Security (Instr. 3) 2. Conversion or Exercise Price of Derivative Security 3. Transaction Date (Month/Day/Year)
Explanation of Responses:
1. Each restricted stock unit represents the right to receive one share of Apple's common stock.
2. Includes shares acquired under the employee stock purchase plan.
3. Shares withheld by Apple to satisfy tax withholding obligations.
Remarks:
/s/ Sam Whittington, Attorney-in-Fact for Deirdre O'Brien 04/04/2023
** Signature of Reporting Person Date
`;

describe('a Form 4 whose boxes were read one by one, last box first', () => {
  const f = parseFiling(form4Boxes);

  test('every box is found by its caption, in any order', () => {
    expect(f.periodOfReport).toBe('2023-04-01');
    expect(f.issuer).toEqual({ cik: null, name: 'Apple Inc.', tradingSymbol: 'AAPL' });
    expect(f.reportingOwners[0]!.name).toBe("O'BRIEN DEIRDRE");
    expect(f.reportingOwners[0]!.address).toMatchObject({ street1: 'ONE APPLE PARK WAY', city: 'CUPERTINO', state: 'CA', zipCode: '95014' });
  });

  test('an officer title wrapped onto two lines is read whole', () => {
    expect(f.reportingOwners[0]!.relationship).toEqual({
      isDirector: false, isOfficer: true, isTenPercentOwner: false, isOther: false, officerTitle: 'Senior Vice President, Retail and People', otherText: null,
    });
  });

  test('rows, with (A)/(D) in brackets and marks glued to the amount and the price', () => {
    expect(f.nonDerivativeTransactions).toEqual([
      expect.objectContaining({ securityTitle: 'Common Stock', transactionDate: '2023-04-01', transactionCode: 'M', shares: 90620, acquiredDisposedCode: 'A', sharesOwnedFollowingTransaction: 227064, directOrIndirectOwnership: 'D' }),
      expect.objectContaining({ securityTitle: 'Common Stock', transactionCode: 'F', shares: 46287, pricePerShare: 164.9, acquiredDisposedCode: 'D', sharesOwnedFollowingTransaction: 180777, footnoteIds: ['F3'] }),
    ]);
    expect([...f.nonDerivativeTransactions[0]!.footnoteIds].sort()).toEqual(['F1', 'F2']);
  });
});

describe('an amount read in part beside its mark', () => {
  // "5,890(2)" came out as "890(2)": 10,000 - 5,890 = 4,110, so the holdings tell the amount.
  const text = form4Boxes.replace(
    /Common Stock 4\/1\/2023 M[^\n]*\nCommon Stock 4\/1\/2023 F[^\n]*/,
    'Common Stock 4/1/2023 M 10,000 (A) (1) 10,000 D\nCommon Stock 4/1/2023 S 890(2) (D) $165.1 4,110 D',
  );
  const f = parseFiling(text);

  test('is repaired from the holdings before and after, with a warning', () => {
    expect(f.nonDerivativeTransactions.map((r) => r.shares)).toEqual([10000, 5890]);
    expect(f.nonDerivativeTransactions[1]!.sharesOwnedFollowingTransaction).toBe(4110);
    expect(f.warnings).toContainEqual({ path: 'nonDerivativeTransactions[1].shares', message: expect.stringMatching(/read as 890; 5890/) });
  });
});

describe('footnote marks in several shapes', () => {
  const marks = (s: string) => tokenize(s).filter((t) => t.kind === 'fn').map((t) => (t as { id: string }).id);
  const words = (s: string) => tokenize(s).filter((t) => t.kind === 'word').map((t) => t.text);

  test('(1,2), (1, 2) and (1)(2) are two marks each', () => {
    expect(marks('Common Stock(1,2)')).toEqual(['1', '2']);
    expect(marks('227,064 (1, 2)')).toEqual(['1', '2']);
    expect(marks('$12.50(1)(2)')).toEqual(['1', '2']);
  });

  test('square brackets and superscripts are marks, set apart from the value they touch', () => {
    expect(marks('Units[7]')).toEqual(['7']);
    expect(words('Stock¹²')).toEqual(['Stock']);
    expect(marks('Stock¹²')).toEqual(['12']);
    expect(marks('Stock¹,²')).toEqual(['1', '2']);
  });

  test('a mark glued to a title without its closing bracket', () => {
    expect(words('Restricted Stock Units(6')).toEqual(['Restricted', 'Stock', 'Units']);
    expect(marks('Restricted Stock Units(6')).toEqual(['6']);
  });
});
