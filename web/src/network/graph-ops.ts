import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { GraphView, NodeKind } from '../api/types';
import { viewElements } from './elements';
import { layout } from './layout';

/* What the network page does to the drawn graph, apart from React state. */

export interface NodeInfo {
  id: string;
  label: string;
  kind: NodeKind;
}

export const nodeInfo = (n: NodeSingular): NodeInfo => ({ id: n.id(), label: String(n.data('label')), kind: n.data('kind') as NodeKind });

/** Adds what is not drawn yet; nodes come before edges in every element list, as Cytoscape needs. */
export function merge(cy: Core, els: readonly ElementDefinition[]): { nodes: number; edges: number } {
  const fresh = els.filter((e) => e.data.id === undefined || cy.getElementById(e.data.id).empty());
  const seen = new Set<string>();
  const unique = fresh.filter((e) => (e.data.id ? !seen.has(e.data.id) && seen.add(e.data.id) : true));
  cy.add(unique);
  const nodes = unique.filter((e) => e.group === 'nodes').length;
  return { nodes, edges: unique.length - nodes };
}

/** Nodes just added sit at the origin; start them beside `near`, so the layout moves them out from there. */
export function placeNewNodes(cy: Core, near: string): void {
  const at = cy.getElementById(near).position();
  cy.nodes()
    .filter((n) => n.id() !== near && n.position().x === 0 && n.position().y === 0)
    .positions(() => ({ x: at.x + Math.random() * 20, y: at.y + Math.random() * 20 }));
}

/** Ids go into attribute selectors; quotes and backslashes in them must not end the string. */
function css(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}

/** Marks the paths' nodes and edges (drawing any not drawn yet) and fades everything else. */
export function highlightPaths(cy: Core, paths: readonly GraphView[]): void {
  clearPaths(cy);
  for (const path of paths) {
    const added = merge(cy, viewElements({ nodes: path.nodes, edges: [] }));
    for (const n of path.nodes) cy.getElementById(n.id).addClass('path');
    for (const e of path.edges) {
      // The same role may be drawn already under the network query's id: mark that one.
      const drawn = cy.edges(`[source = "${css(e.source)}"][target = "${css(e.target)}"][role = "${e.role}"]`);
      if (drawn.empty()) merge(cy, viewElements({ nodes: [], edges: [e] }));
      (drawn.empty() ? cy.getElementById(e.id) : drawn).addClass('path');
    }
    if (added.nodes > 0) layout(cy, false);
  }
  cy.elements().not('.path').addClass('faded');
}

export function clearPaths(cy: Core): void {
  cy.elements().removeClass('path faded');
}
