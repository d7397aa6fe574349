import type { GraphStore } from '../store';
import type { Row } from '../values';
import { everyParent, pagesByParent, sliceParams, toPage, windowParams, type CountedPage, type Page, type PageWindow, oneOrMany } from './page';
import { int, isoDate, num, reqStr, str } from './values';
import type { IssuerRecord } from './issuers';

/** The issuer joined into a row (issuerKey, issuerName, ...), so callers need no second look-up. */
export function joinedIssuer(r: Row): IssuerRecord {
  return { key: reqStr(r, 'issuerKey'), name: str(r.issuerName) ?? '', cik: str(r.issuerCik), ticker: str(r.issuerTicker) };
}

/**
 * Which lines a holdings list shows: current ones (shares above zero, and for a derivative not
 * expired as of `asOf`), or with `includeClosed` every line's latest balance, zeros and expired too.
 */
export interface HoldingsFilter {
  includeClosed: boolean;
  /** ISO date the expiration is judged at (today unless the client gives one). */
  asOf: string;
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
  /** Only where the line's latest row is a holdings row (see BUILD_OPTION_HOLDINGS). */
  underlyingShares: number | null;
  ownership: string | null;
  nature: string | null;
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

const mapOf = (columns: ReadonlyArray<readonly [string, string]>): string => `{${columns.map(([name, expr]) => `${name}: ${expr}`).join(', ')}}`;
const fieldsOf = (columns: ReadonlyArray<readonly [string, string]>): string => columns.map(([name, expr]) => `${expr} AS ${name}`).join(', ');

/**
 * The three statements of a per-person list. `pages` pages a page of people at once: each person's
 * list is ordered and collected, and only the slice asked for leaves the store, with the list's size
 * for totalCount. For one person, flat rows cost less than collecting (see page.ts): `flat` and
 * `count`. `matchOf` names the person by the key expression given and binds the HOLDS edge as `h`;
 * `vars` are the variables the columns read.
 */
interface PersonListStatements {
  pages: string;
  flat: string;
  count: string;
}

function personList(matchOf: (key: string) => string, vars: string, order: string, columns: ReadonlyArray<readonly [string, string]>): PersonListStatements {
  return {
    pages: `
UNWIND $keys AS k
${matchOf('k')}
WITH k, ${vars}
${order}
WITH k, collect(${mapOf(columns)}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`,
    flat: `
${matchOf('$personKey')}
WITH ${vars}
${order}
SKIP $skip LIMIT $limit
RETURN ${fieldsOf(columns)}`,
    count: `
${matchOf('$personKey')}
RETURN count(h) AS n`,
  };
}

/**
 * One person's holding lines (the HOLDS edges ingest derives), named by the key expression given:
 * the current ones unless $includeClosed.
 */
const holdingsOf = (key: string): string => `MATCH (:Person {key: ${key}})-[h:HOLDS]->(i:Issuer)
WHERE $includeClosed OR h.shares > 0`;
/** By issuer name, issuer, security, ownership, nature. */
const HOLDINGS_ORDER = `ORDER BY i.name, i.key, h.security, coalesce(h.ownership, ''), coalesce(h.nature, '')`;
const HOLDING_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['issuerKey', 'i.key'], ['issuerName', 'i.name'], ['issuerCik', 'i.cik'], ['issuerTicker', 'i.ticker'],
  ['security', 'h.security'], ['ownership', 'h.ownership'], ['nature', 'h.nature'], ['shares', 'h.shares'], ['asOf', 'h.asOf'],
];

export const HOLDINGS = personList(holdingsOf, 'h, i', HOLDINGS_ORDER, HOLDING_COLUMNS);

/**
 * One person's derivative holding lines with their issuer, named by the key expression given: the
 * current ones (a balance above zero, not expired as of $asOf) unless $includeClosed.
 */
const optionsOf = (key: string): string => `MATCH (:Person {key: ${key}})-[h:HOLDS]->(o:Option)
WHERE $includeClosed OR (h.shares > 0 AND (o.expirationDate IS NULL OR o.expirationDate >= date($asOf)))
MATCH (i:Issuer {key: o.issuerKey})`;
/** By title, expiration (none first), key, then the line: direct before indirect, nature. */
const OPTIONS_ORDER = `ORDER BY o.title, coalesce(toString(o.expirationDate), ''), o.key, coalesce(h.ownership, ''), coalesce(h.nature, '')`;
const OPTION_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['key', 'o.key'], ['issuerKey', 'i.key'], ['issuerName', 'i.name'], ['issuerCik', 'i.cik'], ['issuerTicker', 'i.ticker'],
  ['title', 'o.title'], ['exercisePrice', 'o.exercisePrice'], ['exerciseDate', 'o.exerciseDate'], ['expirationDate', 'o.expirationDate'],
  ['underlyingTitle', 'o.underlyingTitle'], ['underlyingShares', 'h.underlyingShares'], ['ownership', 'h.ownership'], ['nature', 'h.nature'],
  ['shares', 'h.shares'], ['asOf', 'h.asOf'],
];

export const OPTIONS = personList(optionsOf, 'h, o, i', OPTIONS_ORDER, OPTION_COLUMNS);

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
    ownership: str(r.ownership),
    nature: str(r.nature),
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

/**
 * A page of holdings for each of these people: one person's by flat rows (not counted: see
 * countHoldings), several people's in one statement that counts them as it pages.
 */
export function holdingsPages(store: GraphStore, personKeys: readonly string[], f: HoldingsFilter, w: PageWindow): Promise<Map<string, Page<HoldingRecord>>> {
  return personPages(store, personKeys, HOLDINGS, f, w, holdingOf);
}

export async function countHoldings(store: GraphStore, personKeys: readonly string[], f: HoldingsFilter): Promise<Map<string, number>> {
  return countEach(store, personKeys, HOLDINGS, f);
}

export function optionsPages(store: GraphStore, personKeys: readonly string[], f: HoldingsFilter, w: PageWindow): Promise<Map<string, Page<OptionRecord>>> {
  return personPages(store, personKeys, OPTIONS, f, w, optionOf);
}

export async function countOptions(store: GraphStore, personKeys: readonly string[], f: HoldingsFilter): Promise<Map<string, number>> {
  return countEach(store, personKeys, OPTIONS, f);
}

const filterParams = (f: HoldingsFilter): { includeClosed: boolean; asOf: string } => ({ includeClosed: f.includeClosed, asOf: f.asOf });

/** One person's list by flat rows, several people's by the collecting statement, which counts as it pages. */
function personPages<T>(store: GraphStore, personKeys: readonly string[], list: PersonListStatements, f: HoldingsFilter, w: PageWindow, item: (r: Row) => T): Promise<Map<string, Page<T>>> {
  const fp = filterParams(f);
  return oneOrMany<Page<T>>(
    personKeys,
    async (personKey) => toPage((await store.executeRead((tx) => tx.run(list.flat, { personKey, ...fp, ...windowParams(w) }))).map(item), w),
    async (keys) => everyParent(keys, pagesByParent(await store.executeRead((tx) => tx.run(list.pages, { keys, ...fp, ...sliceParams(w) })), w, item), w),
  );
}

/** Counts by the one-person count statement, or for several people by the paging statement's sizes (an empty page of each). */
function countEach(store: GraphStore, personKeys: readonly string[], list: PersonListStatements, f: HoldingsFilter): Promise<Map<string, number>> {
  const fp = filterParams(f);
  return oneOrMany(
    personKeys,
    async (personKey) => int((await store.executeRead((tx) => tx.run(list.count, { personKey, ...fp })))[0]?.n),
    async (keys) => new Map((await store.executeRead((tx) => tx.run(list.pages, { keys, ...fp, skip: 0, end: 0 }))).map((r) => [String(r.parent), int(r.total)])),
  );
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
