import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { connection, holdingsOf, network } from '../api/queries';
import type { GraphView, NodeKind } from '../api/types';
import { Link } from '../components/link';
import { holdingElements, viewElements } from '../network/elements';
import { layout } from '../network/layout';
import { GRAPH_STYLE } from '../network/style';
import { pageOf } from '../routes';
import { markRendered } from '../timing';

declare global {
  interface Window {
    /** The drawn graph, for the e2e test to read the model the page shows (ids, labels, edges, positions). */
    __cy?: Core;
  }
}

interface NodeInfo {
  id: string;
  label: string;
  kind: NodeKind;
}

const info = (n: NodeSingular): NodeInfo => ({ id: n.id(), label: String(n.data('label')), kind: n.data('kind') as NodeKind });

/** Adds what is not drawn yet; nodes come before edges in every element list, as Cytoscape needs. */
function merge(cy: Core, els: readonly ElementDefinition[]): { nodes: number; edges: number } {
  const fresh = els.filter((e) => e.data.id === undefined || cy.getElementById(e.data.id).empty());
  const seen = new Set<string>();
  const unique = fresh.filter((e) => (e.data.id ? !seen.has(e.data.id) && seen.add(e.data.id) : true));
  cy.add(unique);
  const nodes = unique.filter((e) => e.group === 'nodes').length;
  return { nodes, edges: unique.length - nodes };
}

async function withHoldings(view: GraphView, personIds: readonly string[], signal: AbortSignal): Promise<ElementDefinition[]> {
  const holdings = await Promise.all(personIds.map(async (p) => holdingElements(p, await holdingsOf(p, signal))));
  return [...viewElements(view), ...holdings.flat()];
}

export function NetworkView({ id }: { id: string }) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [depth, setDepth] = useState(2);
  const [selected, setSelected] = useState<NodeInfo | null>(null);
  const [from, setFrom] = useState<NodeInfo | null>(null);
  const [to, setTo] = useState<NodeInfo | null>(null);
  const [status, setStatus] = useState('Loading the network…');
  const [busy, setBusy] = useState(false);

  const expand = useCallback(async (node: NodeInfo) => {
    const cy = cyRef.current;
    if (!cy) return;
    setBusy(true);
    try {
      const ctrl = new AbortController();
      const view = await network(node.id, 1, 50, ctrl.signal);
      const els = await withHoldings(view, node.kind === 'PERSON' ? [node.id] : [], ctrl.signal);
      const at = cy.getElementById(node.id).position();
      const added = merge(cy, els);
      // New nodes start beside the one expanded, so the force layout moves them out from there.
      cy.nodes().filter((n) => n.position().x === 0 && n.position().y === 0 && n.id() !== node.id).positions(() => ({ x: at.x + Math.random() * 20, y: at.y + Math.random() * 20 }));
      layout(cy, false);
      const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
      setStatus(added.nodes + added.edges > 0 ? `Added ${plural(added.nodes, 'node')} and ${plural(added.edges, 'edge')} around ${node.label}.` : `${node.label} has nothing more to draw.`);
    } catch (e) {
      setStatus(`Could not expand: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }, []);
  const expandRef = useRef(expand);
  expandRef.current = expand;

  useEffect(() => {
    const ctrl = new AbortController();
    let cy: Core | undefined;
    setSelected(null);
    setFrom(null);
    setTo(null);
    setStatus('Loading the network…');
    (async () => {
      // Cytoscape is loaded only here, so the person and issuer pages do not wait for it.
      const [{ default: cytoscape }, view] = await Promise.all([import('cytoscape'), network(id, depth, 150, ctrl.signal)]);
      const els = await withHoldings(view, id.startsWith('Person:') ? [id] : [], ctrl.signal);
      if (ctrl.signal.aborted || !box.current) return;
      cy = cytoscape({ container: box.current, elements: els, style: GRAPH_STYLE, layout: { name: 'preset' }, minZoom: 0.2, maxZoom: 3 });
      cy.getElementById(id).addClass('center');
      layout(cy, true);
      cy.on('tap', 'node', (e) => setSelected(info(e.target as NodeSingular)));
      cy.on('tap', (e) => {
        if (e.target === cy) setSelected(null);
      });
      cy.on('dbltap', 'node', (e) => void expandRef.current(info(e.target as NodeSingular)));
      cyRef.current = cy;
      window.__cy = cy;
      setStatus(`${view.nodes.length} nodes, ${view.edges.length} roles${view.nodes.length >= 151 ? ' (cut at 150 nearest)' : ''}. Click a node to open or expand it; pick two for the path between them.`);
      markRendered('network');
    })().catch((e: unknown) => {
      if (!ctrl.signal.aborted) setStatus(`Could not load the network: ${e instanceof Error ? e.message : String(e)}`);
    });
    return () => {
      ctrl.abort();
      cy?.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, [id, depth]);

  const showPath = useCallback(async (a: NodeInfo, b: NodeInfo) => {
    const cy = cyRef.current;
    if (!cy) return;
    if (a.kind === 'ISSUER' && b.kind === 'ISSUER') {
      setStatus('A path needs a person at one end (the API walks from a person).');
      return;
    }
    // The API walks from a person; a path read backwards is the same path.
    const [p, q] = a.kind === 'PERSON' ? [a, b] : [b, a];
    setBusy(true);
    try {
      const r = await connection(p.id, q.id, 6);
      cy.elements().removeClass('path faded');
      if (r.hops === null) {
        setStatus(`No path between ${a.label} and ${b.label} within 6 hops.`);
        return;
      }
      for (const path of r.paths) {
        merge(cy, viewElements({ nodes: path.nodes, edges: [] }));
        for (const n of path.nodes) cy.getElementById(n.id).addClass('path');
        for (const e of path.edges) {
          // The same role may be drawn already under the network query's id: mark that one.
          const drawn = cy.edges(`[source = "${css(e.source)}"][target = "${css(e.target)}"][role = "${e.role}"]`);
          if (drawn.empty()) merge(cy, viewElements({ nodes: [], edges: [e] }));
          (drawn.empty() ? cy.getElementById(e.id) : drawn).addClass('path');
        }
      }
      cy.elements().not('.path').addClass('faded');
      if (cy.nodes().filter((n) => n.position().x === 0 && n.position().y === 0).nonempty()) layout(cy, false);
      setStatus(`${r.paths.length} shortest path${r.paths.length === 1 ? '' : 's'} of ${r.hops} hops between ${a.label} and ${b.label}.`);
    } catch (e) {
      setStatus(`Could not find a path: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    cy?.nodes().removeClass('endpoint');
    for (const n of [from, to]) if (n) cy?.getElementById(n.id).addClass('endpoint');
    if (from && to && from.id !== to.id) void showPath(from, to);
    if (!from || !to) cy?.elements().removeClass('path faded');
  }, [from, to, showPath]);

  return (
    <article className="network" data-testid="network-page">
      <header className="page-head">
        <h1>Network</h1>
        <label>
          Depth{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} aria-label="Depth">
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <Link to={pageOf(id)} className="button">
          Back to page
        </Link>
      </header>
      <p className="muted" role="status" data-testid="network-status">
        {busy ? 'Working… ' : ''}
        {status}
      </p>
      <div className="network-body">
        <div ref={box} className="graph" data-testid="graph" />
        <aside className="panel">
          <h2>Selected</h2>
          {selected ? (
            <div data-testid="selected">
              <p>
                <strong>{selected.label}</strong> <span className="muted">{selected.kind === 'PERSON' ? 'person' : 'issuer'}</span>
              </p>
              <p className="buttons">
                <Link to={pageOf(selected.id)} className="button">
                  Open page
                </Link>
                <button type="button" onClick={() => void expand(selected)} disabled={busy}>
                  Expand
                </button>
              </p>
              <p className="buttons">
                <button type="button" onClick={() => setFrom(selected)} data-testid="path-from">
                  Path from here
                </button>
                <button type="button" onClick={() => setTo(selected)} data-testid="path-to">
                  Path to here
                </button>
              </p>
            </div>
          ) : (
            <p className="muted">Click a node. Double-click expands it.</p>
          )}
          <h2>Path</h2>
          <p>
            From: {from ? <strong>{from.label}</strong> : <span className="muted">—</span>}
            <br />
            To: {to ? <strong>{to.label}</strong> : <span className="muted">—</span>}
          </p>
          {from || to ? (
            <button
              type="button"
              onClick={() => {
                setFrom(null);
                setTo(null);
              }}
            >
              Clear path
            </button>
          ) : null}
          <h2>Legend</h2>
          <ul className="legend-list">
            <li>
              <i className="dot person" /> person
            </li>
            <li>
              <i className="dot issuer" /> issuer
            </li>
            <li>
              <i className="line role" /> role (title)
            </li>
            <li>
              <i className="line holding" /> holding
            </li>
          </ul>
        </aside>
      </div>
    </article>
  );
}

/** Ids go into attribute selectors; quotes and backslashes in them must not end the string. */
function css(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}
