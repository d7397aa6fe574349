import type { ElementDefinition } from 'cytoscape';
import type { GraphView, Holding } from '../api/types';
import { roleName, shares } from '../format';

/*
 * The API's graph views (nodes and role edges) and a person's holdings, as Cytoscape elements.
 * Node ids are the API's ids, so a node found by two queries is one node, and the e2e test can find
 * a person or issuer in the drawn graph by the same id the API gives.
 */

export type EdgeKind = 'role' | 'holding';

export function viewElements(view: GraphView): ElementDefinition[] {
  const nodes: ElementDefinition[] = view.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, kind: n.kind, hops: n.hops },
  }));
  const edges: ElementDefinition[] = view.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      kind: 'role' satisfies EdgeKind,
      role: e.role,
      label: e.title ?? roleName(e.role),
    },
  }));
  return [...nodes, ...edges];
}

/** One edge per issuer a person holds securities of, labelled with the balance (or the count of lines). */
export function holdingElements(personId: string, holdings: readonly Holding[]): ElementDefinition[] {
  const byIssuer = new Map<string, Holding[]>();
  for (const h of holdings) byIssuer.set(h.issuer.id, [...(byIssuer.get(h.issuer.id) ?? []), h]);
  const out: ElementDefinition[] = [];
  for (const [issuerId, lines] of byIssuer) {
    const first = lines[0];
    if (!first) continue;
    out.push({ group: 'nodes', data: { id: issuerId, label: first.issuer.name, kind: 'ISSUER' } });
    out.push({
      group: 'edges',
      data: {
        id: `holds:${personId}:${issuerId}`,
        source: personId,
        target: issuerId,
        kind: 'holding' satisfies EdgeKind,
        label: lines.length === 1 ? `holds ${shares(first.shares)} ${first.securityTitle}` : `holds ${lines.length} security lines`,
      },
    });
  }
  return out;
}
