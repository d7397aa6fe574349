import type { GraphStore } from '../store';
import type { Row } from '../values';
import { ROLE_ALTERNATION, ROLE_MAP, ROLE_ORDER, roleTypes } from './roles';
import { firstRolesPage, personOf, type PersonRecord, type RoleFilter, type RoleRecord } from './persons';
import { cikOfSearch, foldCypher, searchWords } from './search';
import { countsByParent, FIRST_PAGE_SLICE, pagesOfRows, perParentStatement, toPage, windowParams, type CountedPage, type Page, type PageWindow, oneOrMany } from './page';
import { isoDate, num, reqStr, str } from './values';

export interface IssuerRecord {
  key: string;
  cik: string | null;
  name: string;
  ticker: string | null;
}

/** An issuer that used a ticker, with the period of report of the latest filing that gave it. */
export interface TickerUseRecord {
  issuer: IssuerRecord;
  lastReported: string | null;
}

const ISSUER_FIELDS = 'i.key AS key, i.cik AS cik, i.name AS name, i.ticker AS ticker';

export const ISSUERS_BY_KEYS = `
UNWIND $keys AS k
MATCH (i:Issuer {key: k})
RETURN ${ISSUER_FIELDS}`;

/** An issuer with a CIK is keyed by it (see the ingest's issuerKeyOfCik). */
export const ISSUER_BY_CIK = `
MATCH (i:Issuer {key: 'cik:' + $cik})
RETURN ${ISSUER_FIELDS}`;

/** A ticker an issuer reported, and the periods of the first and last filings that gave it. */
export interface TickerPeriodRecord {
  ticker: string;
  firstReported: string | null;
  lastReported: string | null;
}

/**
 * A ticker passes from one company to another over the years (GOOG: Google Inc. until 2015, then
 * Alphabet), and a company changes its ticker: every issuer that any filing gave this ticker, the one
 * that used it most recently first, by the period of report of its latest such filing.
 */
export const ISSUERS_BY_TICKER = `
MATCH (f:Filing {issuerTicker: $ticker})-[:ABOUT]->(i:Issuer)
WITH i, max(f.period) AS lastUse
RETURN ${ISSUER_FIELDS}, toString(lastUse) AS tickerAsOf
ORDER BY tickerAsOf DESC, cik IS NULL, key`;

/** Each issuer's tickers as its filings gave them, the latest first. */
export const TICKER_HISTORIES = `
UNWIND $keys AS k
MATCH (f:Filing)-[:ABOUT]->(:Issuer {key: k})
WHERE f.issuerTicker IS NOT NULL
WITH k, f.issuerTicker AS ticker, min(f.period) AS first, max(f.period) AS last
RETURN k AS parent, ticker, toString(first) AS firstReported, toString(last) AS lastReported
ORDER BY parent, lastReported DESC, ticker`;

const FOLDED = foldCypher('i.normName');

const SEARCH = `
MATCH (i:Issuer)
WITH i, ${FOLDED} AS folded, toUpper(coalesce(i.ticker, '')) AS ticker
WHERE all(w IN $words WHERE folded CONTAINS w) OR (size($words) = 1 AND ticker = $raw) OR ($cik IS NOT NULL AND i.cik = $cik)`;

export const SEARCH_ISSUERS = `${SEARCH}
RETURN ${ISSUER_FIELDS}
ORDER BY name, key
SKIP $skip LIMIT $limit`;

export const COUNT_SEARCH_ISSUERS = `${SEARCH}
RETURN count(i) AS n`;

/**
 * Insiders of an issuer (by name, then key) with the first page of their roles (in ROLE_ORDER). With asOf, only relationships whose reported span (first
 * to last filing that showed them) covers the date.
 */
const insidersMatch = (key: string): string => `
MATCH (i:Issuer {key: ${key}})<-[r:${ROLE_ALTERNATION}]-(p:Person)
WHERE type(r) IN $types AND ($asOf IS NULL OR (r.since <= date($asOf) AND r.until >= date($asOf)))`;

const insidersOf = (key: string): string => `${insidersMatch(key)}
WITH p, r
ORDER BY ${ROLE_ORDER}
WITH p, collect(${ROLE_MAP}) AS roles
RETURN p.key AS key, p.cik AS cik, p.name AS name, roles${FIRST_PAGE_SLICE} AS firstRoles, size(roles) AS roleCount
ORDER BY name, key
SKIP $skip LIMIT $limit`;

export const INSIDERS = insidersOf('$issuerKey');

export const COUNT_INSIDERS = `${insidersMatch('$issuerKey')}
RETURN count(DISTINCT p) AS n`;

/** A page of the insiders of each of many issuers, as INSIDERS pages them. */
export const INSIDER_PAGES = perParentStatement(insidersOf('k'), ['key', 'cik', 'name', 'firstRoles', 'roleCount']);

export const COUNT_INSIDER_PAGES = `\nUNWIND $keys AS k${insidersMatch('k')}
RETURN k AS parent, count(DISTINCT p) AS n`;

export function issuerOf(r: Row): IssuerRecord {
  return { key: reqStr(r, 'key'), cik: str(r.cik), name: str(r.name) ?? '', ticker: str(r.ticker) };
}

export async function issuersByKeys(store: GraphStore, keys: readonly string[]): Promise<IssuerRecord[]> {
  const rows = await store.executeRead((tx) => tx.run(ISSUERS_BY_KEYS, { keys: [...keys] }));
  return rows.map(issuerOf);
}

export async function issuerByCik(store: GraphStore, cik: string): Promise<IssuerRecord | null> {
  const [row] = await store.executeRead((tx) => tx.run(ISSUER_BY_CIK, { cik }));
  return row ? issuerOf(row) : null;
}

/** Every issuer whose ticker this is, the most recent user first: more than one means the ticker is ambiguous. */
export async function issuersByTicker(store: GraphStore, ticker: string): Promise<TickerUseRecord[]> {
  const rows = await store.executeRead((tx) => tx.run(ISSUERS_BY_TICKER, { ticker: ticker.toUpperCase() }));
  return rows.map((r) => ({ issuer: issuerOf(r), lastReported: isoDate(r.tickerAsOf) || null }));
}

/** The tickers of each issuer asked for (none: an empty list), the latest first. */
export async function tickerHistories(store: GraphStore, keys: readonly string[]): Promise<Map<string, TickerPeriodRecord[]>> {
  const rows = await store.executeRead((tx) => tx.run(TICKER_HISTORIES, { keys: [...keys] }));
  const out = new Map<string, TickerPeriodRecord[]>(keys.map((k) => [k, []]));
  for (const r of rows) out.get(reqStr(r, 'parent'))?.push({ ticker: reqStr(r, 'ticker'), firstReported: isoDate(r.firstReported) || null, lastReported: isoDate(r.lastReported) || null });
  return out;
}

/** The issuer that used the ticker most recently. */
export async function issuerByTicker(store: GraphStore, ticker: string): Promise<IssuerRecord | null> {
  return (await issuersByTicker(store, ticker))[0]?.issuer ?? null;
}

function searchParams(search: string | null | undefined): Record<string, unknown> {
  return { words: searchWords(search), raw: (search ?? '').trim().toUpperCase(), cik: cikOfSearch(search) };
}

export async function searchIssuers(store: GraphStore, search: string | null | undefined, w: PageWindow): Promise<Page<IssuerRecord>> {
  const rows = await store.executeRead((tx) => tx.run(SEARCH_ISSUERS, { ...searchParams(search), ...windowParams(w) }));
  return toPage(rows.map(issuerOf), w);
}

export async function countIssuers(store: GraphStore, search: string | null | undefined): Promise<number> {
  const [row] = await store.executeRead((tx) => tx.run(COUNT_SEARCH_ISSUERS, searchParams(search)));
  return num(row?.n) ?? 0;
}

export interface InsiderRecord {
  person: PersonRecord;
  firstRoles: CountedPage<RoleRecord>;
}

export type InsiderFilter = RoleFilter;

function insiderOf(r: Row): InsiderRecord {
  return { person: personOf(r), firstRoles: firstRolesPage(r.firstRoles, r.roleCount) };
}

const filterParams = (f: InsiderFilter): { types: string[]; asOf: string | null } => ({ types: roleTypes(f.role), asOf: f.asOf ?? null });

/** A page of the insiders of each of these issuers: one issuer's by INSIDERS, several in one statement. */
export function insiderPages(store: GraphStore, issuerKeys: readonly string[], f: InsiderFilter, w: PageWindow): Promise<Map<string, Page<InsiderRecord>>> {
  const params = { ...filterParams(f), ...windowParams(w) };
  return oneOrMany<Page<InsiderRecord>>(
    issuerKeys,
    async (issuerKey) => toPage((await store.executeRead((tx) => tx.run(INSIDERS, { issuerKey, ...params }))).map(insiderOf), w),
    async (keys) => pagesOfRows(await store.executeRead((tx) => tx.run(INSIDER_PAGES, { keys, ...params })), w, insiderOf),
  );
}

/** How many insiders (in the filter) each of these issuers has; absent keys have none. */
export function countInsiderPages(store: GraphStore, issuerKeys: readonly string[], f: InsiderFilter): Promise<Map<string, number>> {
  const params = filterParams(f);
  return oneOrMany(
    issuerKeys,
    async (issuerKey) => num((await store.executeRead((tx) => tx.run(COUNT_INSIDERS, { issuerKey, ...params })))[0]?.n) ?? 0,
    async (keys) => countsByParent(await store.executeRead((tx) => tx.run(COUNT_INSIDER_PAGES, { keys, ...params }))),
  );
}
