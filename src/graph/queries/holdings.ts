import type { GraphStore } from '../store';
import type { Row } from '../values';
import { isoDate, num, reqStr, str } from './values';
import type { IssuerRecord } from './issuers';

/** The issuer joined into a row (issuerKey, issuerName, ...), so callers need no second look-up. */
export function joinedIssuer(r: Row): IssuerRecord {
  return { key: reqStr(r, 'issuerKey'), name: str(r.issuerName) ?? '', cik: str(r.issuerCik), ticker: str(r.issuerTicker) };
}

export interface HoldingRecord {
  personKey: string;
  issuerKey: string;
  issuer: IssuerRecord;
  security: string;
  ownership: string | null;
  nature: string | null;
  shares: number | null;
  asOf: string | null;
}

export interface OptionRecord {
  key: string;
  personKey: string;
  issuerKey: string;
  issuer: IssuerRecord;
  title: string;
  exercisePrice: number | null;
  exerciseDate: string | null;
  expirationDate: string | null;
  underlyingTitle: string | null;
  underlyingShares: number | null;
  shares: number | null;
  asOf: string | null;
}

export interface HoldingPointRecord {
  date: string | null;
  shares: number;
  security: string;
  ownership: string | null;
  nature: string | null;
  code: string | null;
  rowKey: string;
}

/*
 * Small per-person lists are sorted in TypeScript, not with ORDER BY: on Grafeo a sort costs more
 * than the look-up itself (0.3 ms without, 1 ms with, for a handful of rows).
 */

/** Current holdings (the HOLDS edges ingest derives) of a page of people at once. */
export const HOLDINGS_OF_PERSONS = `
UNWIND $keys AS k
MATCH (:Person {key: k})-[h:HOLDS]->(i:Issuer)
RETURN k AS personKey, i.key AS issuerKey, i.name AS issuerName, i.cik AS issuerCik, i.ticker AS issuerTicker, h.security AS security, h.ownership AS ownership, h.nature AS nature,
       h.shares AS shares, h.asOf AS asOf`;

export const OPTIONS_OF_PERSONS = `
UNWIND $keys AS k
MATCH (:Person {key: k})-[h:HOLDS]->(o:Option)
MATCH (i:Issuer {key: o.issuerKey})
RETURN k AS personKey, o.key AS key, o.issuerKey AS issuerKey, i.name AS issuerName, i.cik AS issuerCik, i.ticker AS issuerTicker, o.title AS title, o.exercisePrice AS exercisePrice,
       o.exerciseDate AS exerciseDate, o.expirationDate AS expirationDate, o.underlyingTitle AS underlyingTitle,
       o.underlyingShares AS underlyingShares, h.shares AS shares, h.asOf AS asOf`;

/**
 * The balance after each non-derivative row of current filings, in order (date, filing, row): the
 * holding over time. Superseded filings are left out, as ingest leaves them out of HOLDS.
 */
export const HOLDING_HISTORY = `
MATCH (:Person {key: $personKey})-[:FILED]->(f:Filing {superseded: false})-[:ABOUT]->(:Issuer {key: $issuerKey})
MATCH (f)-[:REPORTS]->(t)
WHERE t.derivative = false AND t.sharesAfter IS NOT NULL
RETURN t.date AS date, t.sharesAfter AS shares, t.security AS security, t.ownership AS ownership, t.nature AS nature,
       t.code AS code, t.key AS rowKey
ORDER BY t.orderKey`;

function holdingOf(r: Row): HoldingRecord {
  return {
    personKey: reqStr(r, 'personKey'),
    issuerKey: reqStr(r, 'issuerKey'),
    issuer: joinedIssuer(r),
    security: str(r.security) ?? '',
    ownership: str(r.ownership),
    nature: str(r.nature),
    shares: num(r.shares),
    asOf: isoDate(r.asOf),
  };
}

/** A comparator over string fields, compared in order (code-point order, as Cypher's ORDER BY on strings). */
export function byFields<T>(fields: (x: T) => string[]): (a: T, b: T) => number {
  return (a, b) => {
    const fa = fields(a);
    const fb = fields(b);
    for (let i = 0; i < fa.length; i++) {
      if (fa[i]! < fb[i]!) return -1;
      if (fa[i]! > fb[i]!) return 1;
    }
    return 0;
  };
}

function group<T extends { personKey: string }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) out.set(x.personKey, [...(out.get(x.personKey) ?? []), x]);
  return out;
}

export async function holdingsOfPersons(store: GraphStore, keys: readonly string[]): Promise<Map<string, HoldingRecord[]>> {
  const rows = await store.executeRead((tx) => tx.run(HOLDINGS_OF_PERSONS, { keys: [...keys] }));
  return group(rows.map(holdingOf).sort(byFields((h) => [h.issuer.name, h.issuerKey, h.security, h.ownership ?? '', h.nature ?? ''])));
}

export async function optionsOfPersons(store: GraphStore, keys: readonly string[]): Promise<Map<string, OptionRecord[]>> {
  const rows = await store.executeRead((tx) => tx.run(OPTIONS_OF_PERSONS, { keys: [...keys] }));
  return group(
    rows
      .map((r) => ({
      key: reqStr(r, 'key'),
      personKey: reqStr(r, 'personKey'),
      issuerKey: reqStr(r, 'issuerKey'),
      issuer: joinedIssuer(r),
      title: str(r.title) ?? '',
      exercisePrice: num(r.exercisePrice),
      exerciseDate: isoDate(r.exerciseDate),
      expirationDate: isoDate(r.expirationDate),
      underlyingTitle: str(r.underlyingTitle),
      underlyingShares: num(r.underlyingShares),
      shares: num(r.shares),
      asOf: isoDate(r.asOf),
    }))
      .sort(byFields((o) => [o.title, o.expirationDate ?? '', o.key])),
  );
}

export async function holdingHistory(store: GraphStore, personKey: string, issuerKey: string): Promise<HoldingPointRecord[]> {
  const rows = await store.executeRead((tx) => tx.run(HOLDING_HISTORY, { personKey, issuerKey }));
  return rows.map((r) => ({
    date: isoDate(r.date),
    shares: num(r.shares) ?? 0,
    security: str(r.security) ?? '',
    ownership: str(r.ownership),
    nature: str(r.nature),
    code: str(r.code),
    rowKey: reqStr(r, 'rowKey'),
  }));
}
