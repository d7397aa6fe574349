import type { DerivativeHolding, DerivativeTransaction, NonDerivativeHolding, NonDerivativeTransaction } from '../../src/parser';
import type { FormKind } from './truth';
import { amount, marks, mdy, money, oneLine } from './format';

/**
 * What the SEC's blank Forms 3, 4 and 5 print: titles, box captions in their own numbering, and
 * each table's columns. Written out here from the forms, not shared with the parser, so that a
 * mistake in one is not silently the other's truth.
 */
export interface FormText {
  number: FormKind;
  title: string;
  boxes: {
    name: string;
    issuer: string;
    period: string;
    amendment: string;
    relationship: string;
    joint: string;
  };
  tableI: { heading: string; captions: string[]; subCaptions: string[]; columns: Col[] };
  tableII: { heading: string; captions: string[]; subCaptions: string[]; columns: Col[] };
}

export type Col =
  | 'title' | 'date' | 'deemed' | 'code' | 'v' | 'amount' | 'ad' | 'amtA' | 'amtD' | 'price'
  | 'owned' | 'di' | 'nature' | 'conv' | 'exDate' | 'expDate' | 'undTitle' | 'undShares';

const NAME = '1. Name and Address of Reporting Person*';
const ISSUER = 'Issuer Name and Ticker or Trading Symbol';
const REL = 'Relationship of Reporting Person(s) to Issuer (Check all applicable)';

const T4_I_CAPTIONS = [
  '1. Title of Security (Instr. 3)', '2. Transaction Date (Month/Day/Year)', '2A. Deemed Execution Date, if any (Month/Day/Year)',
  '3. Transaction Code (Instr. 8)', '', '4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5)', '', '',
  '5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)',
  '6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)', '7. Nature of Indirect Beneficial Ownership (Instr. 4)',
];
const T4_II_CAPTIONS = [
  '1. Title of Derivative Security (Instr. 3)', '2. Conversion or Exercise Price of Derivative Security', '3. Transaction Date (Month/Day/Year)',
  '3A. Deemed Execution Date, if any (Month/Day/Year)', '4. Transaction Code (Instr. 8)', '',
  '5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)', '',
  '6. Date Exercisable and Expiration Date (Month/Day/Year)', '', '7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4)', '',
  '8. Price of Derivative Security (Instr. 5)', '9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)',
  '10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)', '11. Nature of Indirect Beneficial Ownership (Instr. 4)',
];

export const FORMS: Record<FormKind, FormText> = {
  '4': {
    number: '4',
    title: 'STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP',
    boxes: {
      name: NAME, issuer: `2. ${ISSUER}`, period: '3. Date of Earliest Transaction (Month/Day/Year)',
      amendment: '4. If Amendment, Date of Original Filed (Month/Day/Year)', relationship: `5. ${REL}`,
      joint: '6. Individual or Joint/Group Filing (Check Applicable Line)',
    },
    tableI: {
      heading: 'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
      captions: T4_I_CAPTIONS,
      subCaptions: ['', '', '', 'Code', 'V', 'Amount', '(A) or (D)', 'Price', '', '', ''],
      columns: ['title', 'date', 'deemed', 'code', 'v', 'amount', 'ad', 'price', 'owned', 'di', 'nature'],
    },
    tableII: {
      heading: 'Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)',
      captions: T4_II_CAPTIONS,
      subCaptions: ['', '', '', '', 'Code', 'V', '(A)', '(D)', 'Date Exercisable', 'Expiration Date', 'Title', 'Amount or Number of Shares', '', '', '', ''],
      columns: ['title', 'conv', 'date', 'deemed', 'code', 'v', 'amtA', 'amtD', 'exDate', 'expDate', 'undTitle', 'undShares', 'price', 'owned', 'di', 'nature'],
    },
  },
  '5': {
    number: '5',
    title: 'ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP',
    boxes: {
      name: NAME, issuer: `2. ${ISSUER}`, period: "3. Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
      amendment: '4. If Amendment, Date Original Filed (Month/Day/Year)', relationship: `5. ${REL}`,
      joint: '6. Individual or Joint/Group Reporting (check applicable line)',
    },
    tableI: {
      heading: 'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
      captions: T4_I_CAPTIONS.filter((_, i) => i !== 4).map((c) =>
        c.startsWith('5. Amount') ? "5. Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year (Instr. 3 and 4)" : c),
      subCaptions: ['', '', '', '', 'Amount', '(A) or (D)', 'Price', '', '', ''],
      columns: ['title', 'date', 'deemed', 'code', 'amount', 'ad', 'price', 'owned', 'di', 'nature'],
    },
    tableII: {
      heading: 'Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)',
      captions: T4_II_CAPTIONS.filter((_, i) => i !== 5),
      subCaptions: ['', '', '', '', '', '(A)', '(D)', 'Date Exercisable', 'Expiration Date', 'Title', 'Amount or Number of Shares', '', '', '', ''],
      columns: ['title', 'conv', 'date', 'deemed', 'code', 'amtA', 'amtD', 'exDate', 'expDate', 'undTitle', 'undShares', 'price', 'owned', 'di', 'nature'],
    },
  },
  '3': {
    number: '3',
    title: 'INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES',
    boxes: {
      name: NAME, period: '2. Date of Event Requiring Statement (Month/Day/Year)', issuer: `3. ${ISSUER}`,
      relationship: `4. ${REL}`, amendment: '5. If Amendment, Date of Original Filed (Month/Day/Year)',
      joint: '6. Individual or Joint/Group Filing (Check Applicable Line)',
    },
    tableI: {
      heading: 'Table I - Non-Derivative Securities Beneficially Owned',
      captions: ['1. Title of Security (Instr. 4)', '2. Amount of Securities Beneficially Owned (Instr. 4)', '3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)', '4. Nature of Indirect Beneficial Ownership (Instr. 5)'],
      subCaptions: [],
      columns: ['title', 'owned', 'di', 'nature'],
    },
    tableII: {
      heading: 'Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)',
      captions: ['1. Title of Derivative Security (Instr. 4)', '2. Date Exercisable and Expiration Date (Month/Day/Year)', '', '3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)', '', '4. Conversion or Exercise Price of Derivative Security', '5. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)', '6. Nature of Indirect Beneficial Ownership (Instr. 5)'],
      subCaptions: ['', 'Date Exercisable', 'Expiration Date', 'Title', 'Amount or Number of Shares', '', '', ''],
      columns: ['title', 'exDate', 'expDate', 'undTitle', 'undShares', 'conv', 'di', 'nature'],
    },
  },
};

type AnyRow = Partial<NonDerivativeTransaction & DerivativeTransaction> & (NonDerivativeHolding | DerivativeHolding);

/** Which column of the form an XML element's footnote mark is printed in. */
const FOOTNOTE_COLUMN: Record<string, Col> = {
  securityTitle: 'title', transactionDate: 'date', deemedExecutionDate: 'deemed', transactionCoding: 'code',
  transactionShares: 'amount', transactionPricePerShare: 'price', transactionAcquiredDisposedCode: 'ad',
  sharesOwnedFollowingTransaction: 'owned', directOrIndirectOwnership: 'di', natureOfOwnership: 'nature',
  conversionOrExercisePrice: 'conv', exerciseDate: 'exDate', expirationDate: 'expDate',
  underlyingSecurityTitle: 'undTitle', underlyingSecurityShares: 'undShares',
};

/** A row's value for each column, as printed, with its footnote marks. */
export function rowCells(row: AnyRow, columns: readonly Col[]): { col: Col; value: string; marks: string }[] {
  const byCol = new Map<Col, string[]>();
  const placed = new Set<string>();
  for (const [field, ids] of Object.entries(row.fieldFootnoteIds ?? {})) {
    let col = FOOTNOTE_COLUMN[field] ?? 'title';
    if (col === 'amount' && !columns.includes('amount')) col = row.acquiredDisposedCode === 'A' ? 'amtA' : 'amtD';
    if (!columns.includes(col)) col = 'title';
    byCol.set(col, [...(byCol.get(col) ?? []), ...ids]);
    ids.forEach((i) => placed.add(i));
  }
  const rest = row.footnoteIds.filter((i) => !placed.has(i));
  if (rest.length > 0) byCol.set('title', [...(byCol.get('title') ?? []), ...rest]);
  const isTx = row.transactionDate !== undefined;
  return columns.map((col) => {
    let value = '';
    switch (col) {
      case 'title': value = oneLine(row.securityTitle); break;
      case 'date': value = mdy(row.transactionDate ?? null); break;
      case 'deemed': value = mdy(row.deemedExecutionDate ?? null); break;
      case 'code': value = row.transactionCode ?? ''; break;
      case 'v': value = ''; break;
      case 'amount': value = amount(row.shares ?? null); break;
      case 'ad': value = row.acquiredDisposedCode ?? ''; break;
      case 'amtA': value = isTx && row.acquiredDisposedCode === 'A' ? amount(row.shares ?? null) : ''; break;
      case 'amtD': value = isTx && row.acquiredDisposedCode !== 'A' ? amount(row.shares ?? null) : ''; break;
      case 'price': value = money(row.pricePerShare ?? null); break;
      case 'owned': value = amount(row.sharesOwnedFollowingTransaction); break;
      case 'di': value = row.directOrIndirectOwnership ?? ''; break;
      case 'nature': value = oneLine(row.natureOfOwnership); break;
      case 'conv': value = money(row.conversionOrExercisePrice ?? null); break;
      case 'exDate': value = mdy(row.exerciseDate ?? null); break;
      case 'expDate': value = mdy(row.expirationDate ?? null); break;
      case 'undTitle': value = oneLine(row.underlyingSecurityTitle ?? null); break;
      case 'undShares': value = amount(row.underlyingSecurityShares ?? null); break;
    }
    return { col, value, marks: marks(byCol.get(col) ?? []) };
  });
}
