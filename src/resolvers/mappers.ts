import type { FilingRecord } from '../graph/queries/filings';
import type { HoldingRecord, HoldingPointRecord, OptionRecord } from '../graph/queries/holdings';
import type { IssuerRecord } from '../graph/queries/issuers';
import type { PersonRecord, RoleRecord } from '../graph/queries/persons';
import type { TransactionRecord } from '../graph/queries/transactions';
import type { GraphView as GraphViewRecord, WalkLabel } from '../graph/queries/paths';
import { AcquiredDisposed, NodeKind, ownershipOf, Role, RowKind, Rule10b5OneSource } from '../schema/enums';
import { toId } from '../schema/ids';
import { describeCode } from '../schema/transaction-codes';
import type { Filing, GraphView, Holding, HoldingPoint, Issuer, Option, Person, Relationship, Transaction } from '../schema/types';

/** Query records to schema objects: names as the SEC forms use them, enums for coded fields. */

export const toPerson = (r: PersonRecord): Person => ({ key: r.key, cik: r.cik, name: r.name });
export const toIssuer = (r: IssuerRecord): Issuer => ({ key: r.key, cik: r.cik, name: r.name, ticker: r.ticker });
export const toFiling = (r: FilingRecord): Filing => ({ ...r });

export function toTransaction(r: TransactionRecord): Transaction {
  // Rounded to a millionth: binary floating point makes 14278 × 4.48 come out as 63965.44000000001.
  const value = r.shares !== null && r.price !== null ? Math.round(r.shares * r.price * 1e6) / 1e6 : null;
  return {
    key: r.key,
    filingKey: r.filingKey,
    issuerKey: r.issuerKey,
    kind: r.kind === 'HOLDING' ? RowKind.HOLDING : RowKind.TRANSACTION,
    date: r.date,
    deemedExecutionDate: r.deemedDate,
    code: r.code,
    codeDescription: describeCode(r.code),
    securityTitle: r.security,
    derivative: r.derivative,
    shares: r.shares,
    pricePerShare: r.price,
    value,
    acquiredDisposed: r.acquiredDisposed === 'A' ? AcquiredDisposed.A : r.acquiredDisposed === 'D' ? AcquiredDisposed.D : null,
    sharesOwnedAfter: r.sharesAfter,
    ownership: ownershipOf(r.ownership),
    natureOfOwnership: r.nature,
    firstFootnotes: r.firstFootnotes,
    conversionOrExercisePrice: r.conversionPrice,
    exerciseDate: r.exerciseDate,
    expirationDate: r.expirationDate,
    underlyingSecurityTitle: r.underlyingTitle,
    underlyingShares: r.underlyingShares,
    filingLagDays: r.filingLag,
    lateFiling: r.lateFiling,
    rule10b5One: r.plan10b5One,
    rule10b5OneSource: r.plan10b5OneSource === null ? null : Rule10b5OneSource[r.plan10b5OneSource],
  };
}

export const toHolding = (r: HoldingRecord): Holding => ({
  issuerKey: r.issuerKey,
  securityTitle: r.security,
  ownership: ownershipOf(r.ownership),
  natureOfOwnership: r.nature,
  shares: r.shares,
  asOf: r.asOf,
});

export const toOption = (r: OptionRecord): Option => ({
  key: r.key,
  lineKey: `${r.key}|${r.ownership ?? ''}|${r.nature ?? ''}`,
  issuerKey: r.issuerKey,
  title: r.title,
  exercisePrice: r.exercisePrice,
  exerciseDate: r.exerciseDate,
  expirationDate: r.expirationDate,
  underlyingTitle: r.underlyingTitle,
  underlyingShares: r.underlyingShares,
  ownership: ownershipOf(r.ownership),
  natureOfOwnership: r.nature,
  shares: r.shares,
  asOf: r.asOf,
});

export const toHoldingPoint = (r: HoldingPointRecord): HoldingPoint => ({
  date: r.date,
  shares: r.shares,
  securityTitle: r.security,
  ownership: ownershipOf(r.ownership),
  natureOfOwnership: r.nature,
  code: r.code,
});

export const toRelationship = (r: RoleRecord): Relationship => ({ role: Role[r.role], title: r.title, since: r.since, until: r.until });

const kindOf = (l: WalkLabel): NodeKind => (l === 'Person' ? NodeKind.PERSON : NodeKind.ISSUER);

export function toGraphView(v: GraphViewRecord): GraphView {
  return {
    nodes: v.nodes.map((n) => ({ id: toId(n.label, n.key), kind: kindOf(n.label), label: n.name, hops: n.hops })),
    edges: v.edges.map((e) => {
      const source = toId(e.fromLabel, e.from);
      const target = toId(e.toLabel, e.to);
      return { id: `${source}|${e.type}|${target}`, source, target, role: Role[e.type as keyof typeof Role], title: e.title, since: e.since, until: e.until };
    }),
  };
}
