import type { GraphStore } from '../store';
import type { PlainValue } from '../values';
import { ROLE_ALTERNATION, roleName } from './roles';
import { asRow, isoDate, num, reqStr, str } from './values';

/**
 * Graph walks for the front-end's graph view: people and issuers joined by role relationships
 * (officer, director, 10% owner, other). Filings and table rows are left out: through them every
 * insider of an issuer would sit two hops further than the role already says.
 */
export const WALK_LABELS = ['Person', 'Issuer'] as const;
export type WalkLabel = (typeof WALK_LABELS)[number];

/** Hop bounds of variable-length patterns must be literals, so there is one statement per bound. */
export const MAX_CONNECTION_HOPS = 6;
export const MAX_NETWORK_DEPTH = 3;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

const NODE_MAP = `{label: labels(n)[0], key: n.key, name: n.name}`;
const REL_MAP = `{type: type(r), fromLabel: labels(startNode(r))[0], from: startNode(r).key, toLabel: labels(endNode(r))[0], to: endNode(r).key, text: coalesce(r.title, r.text), since: r.since, until: r.until}`;

function connectionStatement(to: WalkLabel, hops: number): string {
  return `
MATCH (a:Person {key: $fromKey})
MATCH (b:${to} {key: $toKey})
MATCH path = allShortestPaths((a)-[:${ROLE_ALTERNATION}*..${hops}]-(b))
WITH path LIMIT $limit
RETURN [n IN nodes(path) | ${NODE_MAP}] AS nodes, [r IN relationships(path) | ${REL_MAP}] AS rels`;
}

/** CONNECTION[target label][max hops]: shortest paths from a person to a person or an issuer. */
export const CONNECTION: Record<WalkLabel, Record<number, string>> = {
  Person: Object.fromEntries(range(MAX_CONNECTION_HOPS).map((h) => [h, connectionStatement('Person', h)])),
  Issuer: Object.fromEntries(range(MAX_CONNECTION_HOPS).map((h) => [h, connectionStatement('Issuer', h)])),
};

/** Nearest first (fewest hops), then by key, so a cut by $limit keeps the closest neighbourhood. */
function networkStatement(center: WalkLabel, depth: number): string {
  return `
MATCH (c:${center} {key: $centerKey})
MATCH path = (c)-[:${ROLE_ALTERNATION}*1..${depth}]-(n)
WHERE n <> c
WITH n, min(length(path)) AS hops
ORDER BY hops, n.key
LIMIT $limit
RETURN labels(n)[0] AS label, n.key AS key, n.name AS name, hops`;
}

export const NETWORK_NODES: Record<WalkLabel, Record<number, string>> = {
  Person: Object.fromEntries(range(MAX_NETWORK_DEPTH).map((d) => [d, networkStatement('Person', d)])),
  Issuer: Object.fromEntries(range(MAX_NETWORK_DEPTH).map((d) => [d, networkStatement('Issuer', d)])),
};

/** The role relationships among a set of nodes: the edges of the view. */
export const EDGES_AMONG = `
UNWIND $personKeys AS pk
MATCH (p:Person {key: pk})-[r:${ROLE_ALTERNATION}]->(i:Issuer)
WHERE i.key IN $issuerKeys
RETURN p.key AS from, type(r) AS type, i.key AS to, coalesce(r.title, r.text) AS text, r.since AS since, r.until AS until
ORDER BY from, to, type`;

export const NODE_NAME = {
  Person: `MATCH (n:Person {key: $key}) RETURN n.name AS name`,
  Issuer: `MATCH (n:Issuer {key: $key}) RETURN n.name AS name`,
} as const;

export interface WalkNode {
  label: WalkLabel;
  key: string;
  name: string;
  hops: number;
}

export interface WalkEdge {
  type: string;
  fromLabel: WalkLabel;
  from: string;
  toLabel: WalkLabel;
  to: string;
  title: string | null;
  since: string | null;
  until: string | null;
}

export interface GraphView {
  nodes: WalkNode[];
  edges: WalkEdge[];
}

function walkLabel(v: PlainValue | undefined): WalkLabel {
  const s = str(v);
  if (s === 'Person' || s === 'Issuer') return s;
  throw new Error(`unexpected node label in a walk: ${s}`);
}

function edgeOf(v: PlainValue): WalkEdge {
  const r = asRow(v);
  return {
    type: roleName(reqStr(r, 'type')),
    fromLabel: walkLabel(r.fromLabel ?? 'Person'),
    from: reqStr(r, 'from'),
    toLabel: walkLabel(r.toLabel ?? 'Issuer'),
    to: reqStr(r, 'to'),
    title: str(r.text),
    since: isoDate(r.since),
    until: isoDate(r.until),
  };
}

/** Shortest paths, each as its own node and edge lists (in path order), up to `limit` paths. */
export async function connection(store: GraphStore, fromKey: string, to: { label: WalkLabel; key: string }, maxHops: number, limit: number): Promise<GraphView[]> {
  const rows = await store.executeRead((tx) => tx.run(CONNECTION[to.label][maxHops]!, { fromKey, toKey: to.key, limit: Math.trunc(limit) }));
  return rows.map((r) => {
    const nodes = (Array.isArray(r.nodes) ? r.nodes : []).map(asRow);
    return {
      nodes: nodes.map((n, i) => ({ label: walkLabel(n.label), key: reqStr(n, 'key'), name: str(n.name) ?? '', hops: i })),
      edges: (Array.isArray(r.rels) ? r.rels : []).map(edgeOf),
    };
  });
}

/** The neighbourhood of a node to `depth` role hops, at most `limit` nodes besides the centre, with the edges among them. */
export async function network(store: GraphStore, center: { label: WalkLabel; key: string }, depth: number, limit: number): Promise<GraphView | null> {
  return store.executeRead(async (tx) => {
    const [named] = await tx.run(NODE_NAME[center.label], { key: center.key });
    if (!named) return null;
    const rows = await tx.run(NETWORK_NODES[center.label][depth]!, { centerKey: center.key, limit: Math.trunc(limit) });
    const nodes: WalkNode[] = [
      { label: center.label, key: center.key, name: str(named.name) ?? '', hops: 0 },
      ...rows.map((r) => ({ label: walkLabel(r.label), key: reqStr(r, 'key'), name: str(r.name) ?? '', hops: num(r.hops) ?? 0 })),
    ];
    const personKeys = nodes.filter((n) => n.label === 'Person').map((n) => n.key);
    const issuerKeys = nodes.filter((n) => n.label === 'Issuer').map((n) => n.key);
    const edgeRows = personKeys.length && issuerKeys.length ? await tx.run(EDGES_AMONG, { personKeys, issuerKeys }) : [];
    return { nodes, edges: edgeRows.map((r) => edgeOf({ ...r, fromLabel: 'Person', toLabel: 'Issuer' })) };
  });
}
