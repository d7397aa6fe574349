import { ROLE_TYPES, type FILING_PROPERTIES, type RoleType, type TABLE_ROW_PROPERTIES } from '../graph/cypher/ingest';
import type { Filing } from '../parser';
import { daysBetween, isLateForm4Row } from './filing-deadline';
import { holdingGroup, optionKey, optionTerms, orderKey } from './keys';
import { hasFootnotedPlanRows, plan10b5One } from './rule-10b5-1';
import type { IssuerRow, PersonRow, ResolvedFiling } from './types';

type Value = string | number | boolean | null | string[];
type Props = Record<string, Value>;
/** Keyed by the property lists the CREATE statements write: a property missing there fails to compile here. */
type FilingProps = Partial<Record<(typeof FILING_PROPERTIES)[number], Value>>;
type TableRowProps = Partial<Record<(typeof TABLE_ROW_PROPERTIES)[number], Value>>;

export interface FilingRow {
  key: string;
  issuerKey: string;
  period: string;
  signatureDate: string | null;
  dateOfOriginalSubmission: string | null;
  filingDate: string | null;
  props: FilingProps;
}

export interface RoleRow {
  personKey: string;
  issuerKey: string;
  first: string;
  last: string;
  text: string | null;
}

/** Dates other than `date` are often absent: absent keys cost nothing to send and read as null. */
export interface RowRow {
  key: string;
  date: string;
  deemedDate?: string;
  exerciseDate?: string;
  expirationDate?: string;
  props: TableRowProps;
}

/** One filing's rows of one kind: sent nested, so each row need not carry (and look up) its filing and issuer. */
export interface FilingRows {
  filingKey: string;
  rows: RowRow[];
}

/**
 * Which filing names a node: a CIK holder's spelling before a name-only alias, then the latest period,
 * then the filing key. Compared as strings, in the batch and against the node's, so the name (and an
 * issuer's ticker) a node ends with does not depend on batch size or file order.
 */
export type NameRank = string;

export interface IssuerWrite extends IssuerRow {
  nameRank: NameRank;
  /** The rank of the filing the ticker comes from (null with no ticker): a later filing without one keeps it. */
  tickerRank: NameRank | null;
}

export interface PersonWrite extends PersonRow {
  nameRank: NameRank;
}

/** Everything one batch writes, as the UNWIND parameters of src/graph/cypher/ingest.ts. */
export interface BatchRows {
  issuers: IssuerWrite[];
  persons: PersonWrite[];
  filings: FilingRow[];
  filed: Array<{ personKey: string; filingKey: string }>;
  roles: Record<RoleType, RoleRow[]>;
  /** Transaction rows in all. */
  transactionCount: number;
  /** Table I/II transaction rows of the filings that have any, by filing. */
  transactionRows: FilingRows[];
  /** Holding rows (no transaction) of the filings that have any, by filing. */
  holdingRows: FilingRows[];
  /** M, X and C rows of Table II with the option (per owner) each one used. */
  exercises: Array<{ transactionKey: string; optionKey: string }>;
  /** (person, issuer) pairs whose holdings these filings can change. */
  pairs: Array<{ personKey: string; issuerKey: string }>;
}

/** Resolved filings to rows, one row per key: a statement must not depend on its own earlier rows. */
export function planBatch(filings: ResolvedFiling[]): BatchRows {
  const issuers = new Map<string, IssuerWrite>();
  const persons = new Map<string, PersonWrite>();
  const filed = new Map<string, { personKey: string; filingKey: string }>();
  const roles = Object.fromEntries(ROLE_TYPES.map((t) => [t, new Map<string, RoleRow>()])) as Record<RoleType, Map<string, RoleRow>>;
  const pairs = new Map<string, { personKey: string; issuerKey: string }>();
  const out: Pick<BatchRows, 'filings' | 'transactionRows' | 'holdingRows' | 'exercises'> = { filings: [], transactionRows: [], holdingRows: [], exercises: [] };
  let transactionCount = 0;

  for (const rf of filings) {
    const { filing, key } = rf;
    const rank = (cik: string | null): NameRank => `${cik ? 1 : 0}|${filing.periodOfReport}|${key}`;
    addIssuer(issuers, { ...rf.issuer, nameRank: rank(rf.issuer.cik), tickerRank: rf.issuer.ticker ? rank(rf.issuer.cik) : null });
    out.filings.push(filingRow(rf));
    rf.owners.forEach((owner, i) => {
      const prev = persons.get(owner.key);
      const row = { ...owner, nameRank: rank(owner.cik) };
      if (!prev || row.nameRank > prev.nameRank) persons.set(owner.key, row);
      filed.set(`${owner.key} ${key}`, { personKey: owner.key, filingKey: key });
      pairs.set(`${owner.key} ${rf.issuer.key}`, { personKey: owner.key, issuerKey: rf.issuer.key });
      const rel = filing.reportingOwners[i]!.relationship;
      const seen: Array<[RoleType, boolean, string | null]> = [
        ['OFFICER_OF', rel.isOfficer, rel.officerTitle],
        ['DIRECTOR_OF', rel.isDirector, null],
        ['TEN_PERCENT_OWNER_OF', rel.isTenPercentOwner, null],
        ['OTHER_RELATION_TO', rel.isOther, rel.otherText],
      ];
      for (const [type, on, text] of seen) {
        if (on) addRole(roles[type], { personKey: owner.key, issuerKey: rf.issuer.key, first: filing.periodOfReport, last: filing.periodOfReport, text });
      }
    });
    const { transactions, holdings } = tableRows(rf, out.exercises);
    if (transactions.length > 0) out.transactionRows.push({ filingKey: key, rows: transactions });
    if (holdings.length > 0) out.holdingRows.push({ filingKey: key, rows: holdings });
    transactionCount += transactions.length;
  }
  return {
    issuers: [...issuers.values()],
    persons: [...persons.values()],
    filings: out.filings,
    filed: [...filed.values()],
    roles: Object.fromEntries(ROLE_TYPES.map((t) => [t, [...roles[t].values()]])) as Record<RoleType, RoleRow[]>,
    transactionCount,
    transactionRows: out.transactionRows,
    holdingRows: out.holdingRows,
    exercises: out.exercises,
    pairs: [...pairs.values()],
  };
}

function addIssuer(into: Map<string, IssuerWrite>, r: IssuerWrite): void {
  const prev = into.get(r.key);
  if (!prev) {
    into.set(r.key, r);
    return;
  }
  const named = r.nameRank > prev.nameRank ? r : prev;
  const ticked = (r.tickerRank ?? '') > (prev.tickerRank ?? '') ? r : prev;
  into.set(r.key, { ...named, ticker: ticked.ticker, tickerRank: ticked.tickerRank });
}

function addRole(into: Map<string, RoleRow>, r: RoleRow): void {
  const k = `${r.personKey} ${r.issuerKey}`;
  const prev = into.get(k);
  if (!prev) {
    into.set(k, r);
    return;
  }
  // The text seen last wins; on the same date the larger text, so batch order cannot change it.
  const later = r.last > prev.last || (r.last === prev.last && (r.text ?? '') > (prev.text ?? ''));
  into.set(k, {
    ...prev,
    first: r.first < prev.first ? r.first : prev.first,
    last: later ? r.last : prev.last,
    text: later ? r.text : prev.text,
  });
}

function filingRow(rf: ResolvedFiling): FilingRow {
  const f = rf.filing;
  const isAmendment = f.documentType.endsWith('/A');
  return {
    key: rf.key,
    issuerKey: rf.issuer.key,
    period: f.periodOfReport,
    signatureDate: signatureDate(f),
    dateOfOriginalSubmission: f.dateOfOriginalSubmission ?? null,
    filingDate: f.source?.filingDate ?? null,
    props: compact({
      formType: f.documentType,
      baseForm: f.documentType.replace('/A', ''),
      // Where an amendment and its original meet: same issuer, base form and period.
      amendGroup: `${rf.issuer.key}|${f.documentType.replace('/A', '')}|${f.periodOfReport}`,
      isAmendment,
      accessionNumber: f.source?.accessionNumber ?? null,
      sha256: f.source?.sha256 ?? null,
      docHash: rf.docHash,
      // The ticker as this filing gave it: an issuer's tickers over time, and who used a ticker when.
      issuerTicker: rf.issuer.ticker?.trim().toUpperCase() || null,
      sourceFormat: f.source?.format ?? null,
      notSubjectToSection16: f.notSubjectToSection16 ?? null,
      aff10b5One: f.aff10b5One ?? null,
      acceptedAt: f.source?.acceptedAt ?? null,
      remarks: f.remarks,
    }),
  };
}

function signatureDate(f: Filing): string | null {
  const dates = f.signatures.map((s) => s.date).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.sort()[dates.length - 1]! : null;
}

interface AnyRow {
  securityTitle: string;
  transactionDate?: string | null;
  deemedExecutionDate?: string | null;
  transactionCode?: string | null;
  shares?: number | null;
  pricePerShare?: number | null;
  acquiredDisposedCode?: 'A' | 'D' | null;
  equitySwapInvolved?: boolean;
  transactionTimeliness?: 'E' | 'L' | null;
  sharesOwnedFollowingTransaction: number | null;
  directOrIndirectOwnership: 'D' | 'I' | null;
  natureOfOwnership: string | null;
  footnoteIds: string[];
  fieldFootnoteIds?: Record<string, string[]>;
  conversionOrExercisePrice?: number | null;
  exerciseDate?: string | null;
  expirationDate?: string | null;
  underlyingSecurityTitle?: string | null;
  underlyingSecurityShares?: number | null;
}

/**
 * Table rows in document order: Table I transactions, Table I holdings, Table II transactions,
 * Table II holdings. A row's date is its transaction date, or the period of report when it has none
 * (holdings rows never do), so every balance has an as-of date.
 */
function tableRows(rf: ResolvedFiling, exercises: BatchRows['exercises']): { transactions: RowRow[]; holdings: RowRow[] } {
  const transactions: RowRow[] = [];
  const holdings: RowRow[] = [];
  const f = rf.filing;
  const footnoteText = new Map(f.footnotes.map((n) => [n.id, n.text]));
  const sig = signatureDate(f) ?? f.periodOfReport;
  const filed = f.source?.filingDate ?? null;
  const roles = ownerRoles(f);
  const footnotedPlans = hasFootnotedPlanRows(f);
  let seq = 0;
  const tables: Array<[AnyRow[], 'I' | 'II', boolean]> = [
    [f.nonDerivativeTransactions, 'I', true],
    [f.nonDerivativeHoldings, 'I', false],
    [f.derivativeTransactions, 'II', true],
    [f.derivativeHoldings, 'II', false],
  ];
  for (const [rows, table, isTransaction] of tables) {
    for (const r of rows) {
      seq++;
      const derivative = table === 'II';
      const date = r.transactionDate ?? f.periodOfReport;
      const ids = [...new Set([...r.footnoteIds, ...Object.values(r.fieldFootnoteIds ?? {}).flat()])].sort(byFootnoteNumber);
      const props: TableRowProps = {
        seq,
        table,
        derivative,
        security: r.securityTitle,
        code: r.transactionCode ?? null,
        shares: r.shares ?? null,
        price: r.pricePerShare ?? null,
        acquiredDisposed: r.acquiredDisposedCode ?? null,
        equitySwap: r.equitySwapInvolved ?? null,
        timeliness: r.transactionTimeliness ?? null,
        sharesAfter: r.sharesOwnedFollowingTransaction,
        ownership: r.directOrIndirectOwnership,
        nature: r.natureOfOwnership,
        footnoteIds: ids,
        footnotes: ids.map((id) => footnoteText.get(id) ?? ''),
        holdingGroup: holdingGroup(r.securityTitle, r.directOrIndirectOwnership, r.natureOfOwnership),
        orderKey: orderKey(date, sig, rf.key, seq),
        ...roles,
      };
      if (isTransaction) Object.assign(props, timing(f.documentType, filed, r), plan10b5OneProps(f, ids.map((id) => footnoteText.get(id) ?? ''), footnotedPlans));
      if (derivative) {
        props.conversionPrice = r.conversionOrExercisePrice ?? null;
        props.underlyingTitle = r.underlyingSecurityTitle ?? null;
        props.underlyingShares = r.underlyingSecurityShares ?? null;
        props.optionTerms = optionTerms({
          securityTitle: r.securityTitle,
          conversionOrExercisePrice: r.conversionOrExercisePrice ?? null,
          exerciseDate: r.exerciseDate ?? null,
          expirationDate: r.expirationDate ?? null,
          underlyingSecurityTitle: r.underlyingSecurityTitle ?? null,
        });
      }
      const row: RowRow = {
        key: `${rf.key}#${seq}`,
        date,
        props: compact(props),
      };
      if (r.deemedExecutionDate) row.deemedDate = r.deemedExecutionDate;
      if (r.exerciseDate) row.exerciseDate = r.exerciseDate;
      if (r.expirationDate) row.expirationDate = r.expirationDate;
      (isTransaction ? transactions : holdings).push(row);
      if (isTransaction && derivative && (r.transactionCode === 'M' || r.transactionCode === 'X' || r.transactionCode === 'C')) {
        for (const owner of rf.owners) exercises.push({ transactionKey: row.key, optionKey: optionKey(owner.key, rf.issuer.key, String(props.optionTerms)) });
      }
    }
  }
  return { transactions, holdings };
}

/**
 * Who reported the row: the union of its owners' boxes (a joint filing's director and 10% owner both
 * count). Only the boxes checked are written (true; absent reads as null): the filters ask "with this
 * role", and every property sent costs ingest time.
 */
function ownerRoles(f: Filing): TableRowProps {
  const rels = f.reportingOwners.map((o) => o.relationship);
  const titles = rels.map((r) => r.officerTitle).filter((t): t is string => Boolean(t));
  const checked = (on: boolean): true | null => (on ? true : null);
  return {
    byDirector: checked(rels.some((r) => r.isDirector)),
    byOfficer: checked(rels.some((r) => r.isOfficer)),
    byTenPercentOwner: checked(rels.some((r) => r.isTenPercentOwner)),
    byOther: checked(rels.some((r) => r.isOther)),
    officerTitle: titles.length > 0 ? titles.join('; ') : null,
  };
}

/**
 * Filing lag (days from the transaction to the filing date) where EDGAR's filing date is known, and
 * on an original Form 4 whether it came after the deadline (filing-deadline.ts isLateForm4Row).
 * Amendments are late by nature and not judged.
 */
function timing(documentType: string, filed: string | null, r: AnyRow): TableRowProps {
  if (!filed || !r.transactionDate) return {};
  return {
    filingLag: daysBetween(r.transactionDate, filed),
    lateFiling: documentType === '4' ? isLateForm4Row(filed, r) : null,
  };
}

function plan10b5OneProps(f: Filing, rowFootnotes: string[], footnotedRows: boolean): TableRowProps {
  const { plan, source } = plan10b5One(f, rowFootnotes, footnotedRows);
  return { plan10b5One: plan, plan10b5OneSource: source };
}

function byFootnoteNumber(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

/**
 * Without nulls and empty lists: an absent property reads as null anyway, and every value sent costs
 * conversion time at the engine's boundary (Grafeo's is about a microsecond a value).
 */
function compact<T extends Props>(props: T): T {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}
