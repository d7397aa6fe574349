import type { GraphStore } from '../store';
import { countedPage, FIRST_PAGE, FIRST_PAGE_SLICE, pagesByParent, sliceParams, toPage, windowParams, type CountedPage, type Page, type PageWindow } from './page';
import { personOf, type PersonRecord } from './persons';
import { centsOfMicros, isoDate, micros, MICROS, num, reqStr, strList, unitsOfMicros } from './values';

export const FAR_PAST = '0001-01-01';
export const FAR_FUTURE = '9999-12-31';

/**
 * Non-derivative activity of an issuer per month: open-market buys (P) and sells (S), and net shares
 * and value over every acquired/disposed row. Quarters are rolled up from months in code, so one
 * statement serves both intervals (string slicing of the ISO date works the same on both engines).
 */
export const ISSUER_MONTHLY_ACTIVITY = `
MATCH (i:Issuer {key: $issuerKey})<-[:OF_ISSUER]-(t:Transaction)<-[:REPORTS]-(:Filing {superseded: false})
WHERE t.derivative = false AND t.date >= date($from) AND t.date <= date($to)
WITH substring(toString(t.date), 0, 7) AS month, t,
     CASE t.acquiredDisposed WHEN 'A' THEN 1 WHEN 'D' THEN -1 ELSE 0 END AS sign,
     ${MICROS('coalesce(t.shares, 0)')} AS shares, ${MICROS('coalesce(t.shares * t.price, 0)')} AS value
RETURN month,
       coalesce(sum(CASE WHEN t.code = 'P' THEN 1 ELSE 0 END), 0) AS buys,
       coalesce(sum(CASE WHEN t.code = 'S' THEN 1 ELSE 0 END), 0) AS sells,
       coalesce(sum(CASE WHEN t.code = 'P' THEN shares ELSE 0 END), 0) AS buyShares,
       coalesce(sum(CASE WHEN t.code = 'S' THEN shares ELSE 0 END), 0) AS sellShares,
       coalesce(sum(sign * shares), 0) AS netShares,
       coalesce(sum(sign * value), 0) AS netValue
ORDER BY month`;

/**
 * Issuers where at least $minInsiders different people bought in the open market (code P) in the
 * window: the "cluster buy" screen. The buyers are collected by name, so the first page of them
 * comes along.
 */
const CLUSTER = `
MATCH (t:Transaction {code: 'P'})
WHERE t.derivative = false AND t.date >= date($from) AND t.date <= date($to)
MATCH (t)-[:OF_ISSUER]->(i:Issuer)
MATCH (t)<-[:REPORTS]-(f:Filing {superseded: false})<-[:FILED]-(p:Person)
WITH t, i, p
ORDER BY p.name, p.key
WITH i, count(DISTINCT p) AS insiders, collect(DISTINCT p.key) AS people, collect(DISTINCT t) AS rows
WHERE insiders >= $minInsiders`;

export const CLUSTER_BUYS = `${CLUSTER}
UNWIND rows AS t
WITH i, insiders, people, count(t) AS buys, coalesce(sum(${MICROS('coalesce(t.shares, 0)')}), 0) AS shares,
     coalesce(sum(${MICROS('coalesce(t.shares * t.price, 0)')}), 0) AS value, min(t.date) AS first, max(t.date) AS last
RETURN i.key AS issuerKey, insiders, people${FIRST_PAGE_SLICE} AS people, buys, shares, value, first, last
ORDER BY insiders DESC, value DESC, issuerKey
SKIP $skip LIMIT $limit`;

/** A page of the open-market buyers of each of a page of issuers in the window, by name. */
export const CLUSTER_INSIDERS_PAGES = `
UNWIND $keys AS k
MATCH (:Issuer {key: k})<-[:OF_ISSUER]-(t:Transaction {code: 'P'})
WHERE t.derivative = false AND t.date >= date($from) AND t.date <= date($to)
MATCH (t)<-[:REPORTS]-(:Filing {superseded: false})<-[:FILED]-(p:Person)
WITH DISTINCT k, p
ORDER BY p.name, p.key
WITH k, collect({key: p.key, cik: p.cik, name: p.name}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

export const COUNT_CLUSTER_BUYS = `${CLUSTER}
RETURN count(i) AS n`;

export type Interval = 'MONTH' | 'QUARTER';

export interface ActivityRecord {
  period: string;
  buys: number;
  sells: number;
  buyShares: number;
  sellShares: number;
  netShares: number;
  netValue: number;
}

function quarterOf(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}

export async function issuerActivity(store: GraphStore, issuerKey: string, from: string | null, to: string | null, interval: Interval): Promise<ActivityRecord[]> {
  const rows = await store.executeRead((tx) => tx.run(ISSUER_MONTHLY_ACTIVITY, { issuerKey, from: from ?? FAR_PAST, to: to ?? FAR_FUTURE }));
  // Months add up to quarters in millionths, exactly; each total is rounded once at the end.
  const out = new Map<string, { period: string; buys: number; sells: number; buyShares: bigint; sellShares: bigint; netShares: bigint; netValue: bigint }>();
  for (const r of rows) {
    const month = reqStr(r, 'month');
    const period = interval === 'MONTH' ? month : quarterOf(month);
    const acc = out.get(period) ?? { period, buys: 0, sells: 0, buyShares: 0n, sellShares: 0n, netShares: 0n, netValue: 0n };
    acc.buys += num(r.buys) ?? 0;
    acc.sells += num(r.sells) ?? 0;
    acc.buyShares += micros(r.buyShares);
    acc.sellShares += micros(r.sellShares);
    acc.netShares += micros(r.netShares);
    acc.netValue += micros(r.netValue);
    out.set(period, acc);
  }
  return [...out.values()].map((a) => ({
    period: a.period,
    buys: a.buys,
    sells: a.sells,
    buyShares: unitsOfMicros(a.buyShares),
    sellShares: unitsOfMicros(a.sellShares),
    netShares: unitsOfMicros(a.netShares),
    netValue: centsOfMicros(a.netValue),
  }));
}

export interface ClusterBuyRecord {
  issuerKey: string;
  /** The first page of the buyers, by name. */
  firstInsiderKeys: CountedPage<string>;
  insiders: number;
  buys: number;
  shares: number;
  value: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ClusterFilter {
  from: string | null;
  to: string | null;
  minInsiders: number;
}

function clusterParams(f: ClusterFilter): Record<string, unknown> {
  return { from: f.from ?? FAR_PAST, to: f.to ?? FAR_FUTURE, minInsiders: Math.trunc(f.minInsiders) };
}

export async function clusterBuys(store: GraphStore, f: ClusterFilter, w: PageWindow): Promise<Page<ClusterBuyRecord>> {
  const rows = await store.executeRead((tx) => tx.run(CLUSTER_BUYS, { ...clusterParams(f), ...windowParams(w) }));
  return toPage(
    rows.map((r) => ({
      issuerKey: reqStr(r, 'issuerKey'),
      firstInsiderKeys: countedPage(strList(r.people), num(r.insiders) ?? 0, FIRST_PAGE),
      insiders: num(r.insiders) ?? 0,
      buys: num(r.buys) ?? 0,
      shares: unitsOfMicros(micros(r.shares)),
      value: centsOfMicros(micros(r.value)),
      firstDate: isoDate(r.first),
      lastDate: isoDate(r.last),
    })),
    w,
  );
}

export async function countClusterBuys(store: GraphStore, f: ClusterFilter): Promise<number> {
  const [row] = await store.executeRead((tx) => tx.run(COUNT_CLUSTER_BUYS, clusterParams(f)));
  return num(row?.n) ?? 0;
}

/** Whom clusterInsidersPages looks for: the window of the cluster-buy screen that found the issuers. */
export interface BuyWindow {
  from: string | null;
  to: string | null;
}

export async function clusterInsidersPages(store: GraphStore, issuerKeys: readonly string[], f: BuyWindow, w: PageWindow): Promise<Map<string, CountedPage<PersonRecord>>> {
  const params = { keys: [...issuerKeys], from: f.from ?? FAR_PAST, to: f.to ?? FAR_FUTURE, ...sliceParams(w) };
  const rows = await store.executeRead((tx) => tx.run(CLUSTER_INSIDERS_PAGES, params));
  return pagesByParent(rows, w, personOf);
}
