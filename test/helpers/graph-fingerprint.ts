import { createHash } from 'node:crypto';
import type { GraphStore } from '../../src/graph/store';

export interface GraphFingerprint {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** sha256 over every node's labels and properties and every relationship's type, properties and end nodes, sorted. */
  checksum: string;
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/**
 * Everything the graph holds, as counts and one checksum: two graphs with equal fingerprints hold the same facts.
 * `ignore` names properties left out everywhere (what one source cannot carry, when comparing two).
 */
export async function storeFingerprint(store: GraphStore, ignore: readonly string[] = []): Promise<GraphFingerprint> {
  const nodes = await store.executeRead((tx) => tx.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p'));
  const rels = await store.executeRead((tx) => tx.run('MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, properties(a) AS a, properties(b) AS b'));
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of nodes) for (const l of n.l as string[]) labels[l] = (labels[l] ?? 0) + 1;
  for (const r of rels) types[String(r.t)] = (types[String(r.t)] ?? 0) + 1;
  const drop = (p: unknown): unknown => {
    if (ignore.length === 0 || p === null || typeof p !== 'object') return p;
    return Object.fromEntries(Object.entries(p as Record<string, unknown>).filter(([k]) => !ignore.includes(k)));
  };
  const lines = [
    ...nodes.map((n) => `N${stable([[...(n.l as string[])].sort(), drop(n.p)])}`),
    ...rels.map((r) => `R${stable([r.t, drop(r.p), drop(r.a), drop(r.b)])}`),
  ].sort();
  const h = createHash('sha256');
  for (const line of lines) h.update(line).update('\n');
  return { labels, types, checksum: h.digest('hex') };
}
