import type { GraphStore } from '../store';
import type { Row } from '../values';
import { pagesByParent, sliceParams, type CountedPage, type PageWindow } from './page';
import { isoDate, num, reqStr, str } from './values';
import type { IssuerRecord } from './issuers';

/** The issuer joined into a row (issuerKey, issuerName, ...), so callers need no second look-up. */
export function joinedIssuer(r: Row): IssuerRecord {
  return { key: reqStr(r, 'issuerKey'), name: str(r.issuerName) ?? '', cik: str(r.issuerCik), ticker: str(r.issuerTicker) };
}

export interface HoldingRecord {
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

const JOINED_ISSUER = 'issuerKey: i.key, issuerName: i.name, issuerCik: i.cik, issuerTicker: i.ticker';

/*
 * The per-person lists are paged for a page of people at once: each person's list is ordered and
 * collected, and only the slice asked for leaves the store, with the list's size for totalCount.
 */

/** Current holdings (the HOLDS edges ingest derives): by issuer name, issuer, security, ownership, nature. */
export const HOLDINGS_PAGES = `
UNWIND $keys AS k
MATCH (:Person {key: k})-[h:HOLDS]->(i:Issuer)
WITH k, h, i
ORDER BY i.name, i.key, h.security, coalesce(h.ownership, ''), coalesce(h.nature, '')
WITH k, collect({${JOINED_ISSUER}, security: h.security, ownership: h.ownership, nature: h.nature, shares: h.shares, asOf: h.asOf}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

/** Options held: by title, expiration (none first), key. */
export const OPTIONS_PAGES = `
UNWIND $keys AS k
MATCH (:Person {key: k})-[h:HOLDS]->(o:Option)
MATCH (i:Issuer {key: o.issuerKey})
WITH k, h, o, i
ORDER BY o.title, coalesce(toString(o.expirationDate), ''), o.key
WITH k, collect({key: o.key, ${JOINED_ISSUER}, title: o.title, exercisePrice: o.exercisePrice, exerciseDate: o.exerciseDate,
                 expirationDate: o.expirationDate, underlyingTitle: o.underlyingTitle, underlyingShares: o.underlyingShares,
                 shares: h.shares, asOf: h.asOf}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

/**
 * The balance after each non-derivative row of current filings, in order (date, filing, row): the
 * holding over time, for (person, issuer) pairs at once. Superseded filings are left out, as ingest
 * leaves them out of HOLDS.
 */
export const HOLDING_HISTORY_PAGES = `
UNWIND $pairs AS pr
MATCH (:Person {key: pr.person})-[:FILED]->(f:Filing {superseded: false})-[:ABOUT]->(:Issuer {key: pr.issuer})
MATCH (f)-[:REPORTS]->(t)
WHERE t.derivative = false AND t.sharesAfter IS NOT NULL
WITH pr, t
ORDER BY t.orderKey
WITH pr, collect({date: t.date, shares: t.sharesAfter, security: t.security, ownership: t.ownership, nature: t.nature, code: t.code, rowKey: t.key}) AS xs
RETURN pr.id AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

function holdingOf(r: Row): HoldingRecord {
  return {
    issuerKey: reqStr(r, 'issuerKey'),
    issuer: joinedIssuer(r),
    security: str(r.security) ?? '',
    ownership: str(r.ownership),
    nature: str(r.nature),
    shares: num(r.shares),
    asOf: isoDate(r.asOf),
  };
}

function optionOf(r: Row): OptionRecord {
  return {
    key: reqStr(r, 'key'),
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
  };
}

function pointOf(r: Row): HoldingPointRecord {
  return {
    date: isoDate(r.date),
    shares: num(r.shares) ?? 0,
    security: str(r.security) ?? '',
    ownership: str(r.ownership),
    nature: str(r.nature),
    code: str(r.code),
    rowKey: reqStr(r, 'rowKey'),
  };
}

/** A page of holdings for each of a page of people (one statement). */
export async function holdingsPages(store: GraphStore, personKeys: readonly string[], w: PageWindow): Promise<Map<string, CountedPage<HoldingRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(HOLDINGS_PAGES, { keys: [...personKeys], ...sliceParams(w) }));
  return pagesByParent(rows, w, holdingOf);
}

export async function optionsPages(store: GraphStore, personKeys: readonly string[], w: PageWindow): Promise<Map<string, CountedPage<OptionRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(OPTIONS_PAGES, { keys: [...personKeys], ...sliceParams(w) }));
  return pagesByParent(rows, w, optionOf);
}

export interface PersonIssuerPair {
  /** Names the pair in the answer. */
  id: string;
  person: string;
  issuer: string;
}

export async function holdingHistoryPages(store: GraphStore, pairs: readonly PersonIssuerPair[], w: PageWindow): Promise<Map<string, CountedPage<HoldingPointRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(HOLDING_HISTORY_PAGES, { pairs: pairs.map((p) => ({ ...p })), ...sliceParams(w) }));
  return pagesByParent(rows, w, pointOf);
}
