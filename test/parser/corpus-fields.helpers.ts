/**
 * Helpers for the hand-checked corpus tests: they only shape literals written in the tests (read from
 * the XML by eye) and pick from the parser's output the fields the contract names. They compute no
 * expected value from the input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling, type Filing } from '../../src/parser';
import { CORPUS_DIR } from '../helpers/paths';

export type Num = number | null;
export type Str = string | null;

/** Parse a corpus file by its path under ../shared/corpus, passing the path as the filename. */
export function parseCorpus(rel: string): Filing {
  const file = join(CORPUS_DIR, rel);
  return parseFiling(readFileSync(file), { filename: file });
}

export interface OwnerFlags {
  director?: boolean;
  officer?: boolean;
  tenPercent?: boolean;
  other?: boolean;
  officerTitle?: string;
  otherText?: string;
}

/** A reporting owner: [street1, street2, city, state, zip]; relationship flags not named are false. */
export function owner(cik: Str, name: string, addr: [Str, Str, Str, Str, Str], rel: OwnerFlags) {
  return {
    cik,
    name,
    address: { street1: addr[0], street2: addr[1], city: addr[2], state: addr[3], zipCode: addr[4] },
    relationship: {
      isDirector: rel.director ?? false,
      isOfficer: rel.officer ?? false,
      isTenPercentOwner: rel.tenPercent ?? false,
      isOther: rel.other ?? false,
      officerTitle: rel.officerTitle ?? null,
      otherText: rel.otherText ?? null,
    },
  };
}

/** The owning part of every row: holding after, D/I, nature, footnote ids. */
interface Owning {
  after: Num;
  di: 'D' | 'I' | null;
  nature: Str;
  fn: string[];
}
interface Tx {
  date: Str;
  deemed: Str;
  code: Str;
  swap: boolean;
  shares: Num;
  price: Num;
  ad: 'A' | 'D' | null;
}
interface Deriv {
  exercisePrice: Num;
  exerciseDate: Str;
  expirationDate: Str;
  underlyingTitle: Str;
  underlyingShares: Num;
}

const owning = (o: Owning) => ({
  sharesOwnedFollowingTransaction: o.after,
  directOrIndirectOwnership: o.di,
  natureOfOwnership: o.nature,
  footnoteIds: o.fn,
});
const tx = (t: Tx) => ({
  transactionDate: t.date,
  deemedExecutionDate: t.deemed,
  transactionCode: t.code,
  equitySwapInvolved: t.swap,
  shares: t.shares,
  pricePerShare: t.price,
  acquiredDisposedCode: t.ad,
});
const deriv = (d: Deriv) => ({
  conversionOrExercisePrice: d.exercisePrice,
  exerciseDate: d.exerciseDate,
  expirationDate: d.expirationDate,
  underlyingSecurityTitle: d.underlyingTitle,
  underlyingSecurityShares: d.underlyingShares,
});

export const ndTx = (title: string, r: Tx & Owning) => ({ securityTitle: title, ...tx(r), ...owning(r) });
export const ndHold = (title: string, r: Owning) => ({ securityTitle: title, ...owning(r) });
export const dTx = (title: string, r: Deriv & Tx & Owning) => ({ securityTitle: title, ...deriv(r), ...tx(r), ...owning(r) });
export const dHold = (title: string, r: Deriv & Owning) => ({ securityTitle: title, ...deriv(r), ...owning(r) });

const pick = (row: object, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  const rec = row as Record<string, unknown>;
  for (const k of keys) out[k] = k in rec ? rec[k] : '<absent>';
  return out;
};
const OWNING = ['sharesOwnedFollowingTransaction', 'directOrIndirectOwnership', 'natureOfOwnership', 'footnoteIds'] as const;
const TX = ['transactionDate', 'deemedExecutionDate', 'transactionCode', 'equitySwapInvolved', 'shares', 'pricePerShare', 'acquiredDisposedCode'] as const;
const DERIV = ['conversionOrExercisePrice', 'exerciseDate', 'expirationDate', 'underlyingSecurityTitle', 'underlyingSecurityShares'] as const;

/** The parser's rows reduced to the fields the literals above carry (a missing key shows as "<absent>"). */
export function rowsOf(f: Filing) {
  return {
    nonDerivativeTransactions: f.nonDerivativeTransactions.map((r) => pick(r, ['securityTitle', ...TX, ...OWNING])),
    nonDerivativeHoldings: f.nonDerivativeHoldings.map((r) => pick(r, ['securityTitle', ...OWNING])),
    derivativeTransactions: f.derivativeTransactions.map((r) => pick(r, ['securityTitle', ...DERIV, ...TX, ...OWNING])),
    derivativeHoldings: f.derivativeHoldings.map((r) => pick(r, ['securityTitle', ...DERIV, ...OWNING])),
  };
}

export interface Expected {
  format: 'edgar-xml' | 'edgar-submission';
  accessionNumber: Str;
  xmlSchemaVersion: string;
  documentType: string;
  periodOfReport: string;
  dateOfOriginalSubmission: Str;
  notSubjectToSection16: boolean;
  aff10b5One: boolean | null;
  issuer: { cik: Str; name: string; tradingSymbol: Str };
  reportingOwners: ReturnType<typeof owner>[];
  nonDerivativeTransactions: ReturnType<typeof ndTx>[];
  nonDerivativeHoldings: ReturnType<typeof ndHold>[];
  derivativeTransactions: ReturnType<typeof dTx>[];
  derivativeHoldings: ReturnType<typeof dHold>[];
  footnotes: { id: string; text: string }[];
  remarks: Str;
  signatures: { name: string; date: Str }[];
}

/** One test per part of the filing, so a failure names the part that is wrong. */
export function checkFiling(rel: string, e: Expected): void {
  describe(rel, () => {
    const f = parseCorpus(rel);
    test('source', () => {
      expect(f.source?.format).toBe(e.format);
      expect(f.source?.accessionNumber).toBe(e.accessionNumber);
      expect(f.source?.xmlSchemaVersion).toBe(e.xmlSchemaVersion);
      expect(f.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
    test('header: document type, period, flags, issuer', () => {
      expect(f.documentType).toBe(e.documentType);
      expect(f.periodOfReport).toBe(e.periodOfReport);
      expect(f.dateOfOriginalSubmission ?? null).toBe(e.dateOfOriginalSubmission);
      expect(f.notSubjectToSection16).toBe(e.notSubjectToSection16);
      expect(f.aff10b5One ?? null).toBe(e.aff10b5One);
      expect(f.issuer).toEqual(e.issuer);
    });
    test('reporting owners', () => {
      expect(f.reportingOwners).toEqual(e.reportingOwners);
    });
    test('non-derivative transactions', () => {
      expect(rowsOf(f).nonDerivativeTransactions).toEqual(e.nonDerivativeTransactions);
    });
    test('non-derivative holdings', () => {
      expect(rowsOf(f).nonDerivativeHoldings).toEqual(e.nonDerivativeHoldings);
    });
    test('derivative transactions', () => {
      expect(rowsOf(f).derivativeTransactions).toEqual(e.derivativeTransactions);
    });
    test('derivative holdings', () => {
      expect(rowsOf(f).derivativeHoldings).toEqual(e.derivativeHoldings);
    });
    test('footnotes', () => {
      expect(f.footnotes).toEqual(e.footnotes);
    });
    test('remarks and signatures', () => {
      expect(f.remarks).toBe(e.remarks);
      expect(f.signatures).toEqual(e.signatures);
    });
    test('no warnings', () => {
      expect(f.warnings ?? []).toEqual([]);
    });
  });
}
