import type { GraphStore } from '../store';
import { toPage, windowParams, type Page, type PageWindow } from './page';
import { isoDate, num, reqStr, strList } from './values';

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
     CASE t.acquiredDisposed WHEN 'A' THEN 1 WHEN 'D' THEN -1 ELSE 0 END AS sign
RETURN month,
       coalesce(sum(CASE WHEN t.code = 'P' THEN 1 ELSE 0 END), 0) AS buys,
       coalesce(sum(CASE WHEN t.code = 'S' THEN 1 ELSE 0 END), 0) AS sells,
       coalesce(sum(CASE WHEN t.code = 'P' THEN coalesce(t.shares, 0) ELSE 0 END), 0) AS buyShares,
       coalesce(sum(CASE WHEN t.code = 'S' THEN coalesce(t.shares, 0) ELSE 0 END), 0) AS sellShares,
       coalesce(sum(sign * coalesce(t.shares, 0)), 0) AS netShares,
       coalesce(sum(sign * coalesce(t.shares * t.price, 0)), 0) AS netValue
ORDER BY month`;

/**
 * Issuers where at least $minInsiders different people bought in the open market (code P) in the
 * window: the "cluster buy" screen.
 */
const CLUSTER = `
MATCH (t:Transaction {code: 'P'})
WHERE t.derivative = false AND t.date >= date($from) AND t.date <= date($to)
MATCH (t)-[:OF_ISSUER]->(i:Issuer)
MATCH (t)<-[:REPORTS]-(f:Filing {superseded: false})<-[:FILED]-(p:Person)
WITH i, count(DISTINCT p) AS insiders, collect(DISTINCT p.key) AS people, collect(DISTINCT t) AS rows
WHERE insiders >= $minInsiders`;

export const CLUSTER_BUYS = `${CLUSTER}
UNWIND rows AS t
WITH i, insiders, people, count(t) AS buys, coalesce(sum(t.shares), 0) AS shares,
     coalesce(sum(coalesce(t.shares * t.price, 0)), 0) AS value, min(t.date) AS first, max(t.date) AS last
RETURN i.key AS issuerKey, insiders, people, buys, shares, value, first, last
ORDER BY insiders DESC, value DESC, issuerKey
SKIP $skip LIMIT $limit`;

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
  const out = new Map<string, ActivityRecord>();
  for (const r of rows) {
    const month = reqStr(r, 'month');
    const period = interval === 'MONTH' ? month : quarterOf(month);
    const acc = out.get(period) ?? { period, buys: 0, sells: 0, buyShares: 0, sellShares: 0, netShares: 0, netValue: 0 };
    acc.buys += num(r.buys) ?? 0;
    acc.sells += num(r.sells) ?? 0;
    acc.buyShares += num(r.buyShares) ?? 0;
    acc.sellShares += num(r.sellShares) ?? 0;
    acc.netShares += num(r.netShares) ?? 0;
    acc.netValue += num(r.netValue) ?? 0;
    out.set(period, acc);
  }
  return [...out.values()];
}

export interface ClusterBuyRecord {
  issuerKey: string;
  insiderKeys: string[];
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
      insiderKeys: strList(r.people).sort(),
      insiders: num(r.insiders) ?? 0,
      buys: num(r.buys) ?? 0,
      shares: num(r.shares) ?? 0,
      value: num(r.value) ?? 0,
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
