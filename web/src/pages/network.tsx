import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { connection, holdingsOf, network } from '../api/queries';
import type { GraphView } from '../api/types';
import { Link } from '../components/link';
import { NetworkPanel } from '../components/network-panel';
import { holdingElements, viewElements } from '../network/elements';
import { clearPaths, highlightPaths, merge, nodeInfo, placeNewNodes, type NodeInfo } from '../network/graph-ops';
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

const INITIAL_LIMIT = 150;
const EXPAND_LIMIT = 50;
const MAX_PATH_HOPS = 6;

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A view's elements plus the holdings of the given people, drawn as edges beside their roles. */
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
      const view = await network(node.id, 1, EXPAND_LIMIT, ctrl.signal);
      const added = merge(cy, await withHoldings(view, node.kind === 'PERSON' ? [node.id] : [], ctrl.signal));
      placeNewNodes(cy, node.id);
      layout(cy, false);
      setStatus(added.nodes + added.edges > 0 ? `Added ${plural(added.nodes, 'node')} and ${plural(added.edges, 'edge')} around ${node.label}.` : `${node.label} has nothing more to draw.`);
    } catch (e) {
      setStatus(`Could not expand: ${message(e)}`);
    } finally {
      setBusy(false);
    }
  }, []);
  // Cytoscape's handlers are bound once per drawing; they call the latest expand through this.
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
      const [{ default: cytoscape }, view] = await Promise.all([import('cytoscape'), network(id, depth, INITIAL_LIMIT, ctrl.signal)]);
      const els = await withHoldings(view, id.startsWith('Person:') ? [id] : [], ctrl.signal);
      if (ctrl.signal.aborted || !box.current) return;
      cy = cytoscape({ container: box.current, elements: els, style: GRAPH_STYLE, layout: { name: 'preset' }, minZoom: 0.2, maxZoom: 3 });
      cy.getElementById(id).addClass('center');
      layout(cy, true);
      cy.on('tap', 'node', (e) => setSelected(nodeInfo(e.target as NodeSingular)));
      cy.on('tap', (e) => {
        if (e.target === cy) setSelected(null);
      });
      cy.on('dbltap', 'node', (e) => void expandRef.current(nodeInfo(e.target as NodeSingular)));
      cyRef.current = cy;
      window.__cy = cy;
      const cut = view.nodes.length > INITIAL_LIMIT ? ` (cut at the ${INITIAL_LIMIT} nearest)` : '';
      setStatus(`${plural(view.nodes.length, 'node')}, ${plural(view.edges.length, 'role')}${cut}. Click a node to open or expand it; pick two for the path between them.`);
      markRendered('network');
    })().catch((e: unknown) => {
      if (!ctrl.signal.aborted) setStatus(`Could not load the network: ${message(e)}`);
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
      const r = await connection(p.id, q.id, MAX_PATH_HOPS);
      if (r.hops === null) {
        clearPaths(cy);
        setStatus(`No path between ${a.label} and ${b.label} within ${MAX_PATH_HOPS} hops.`);
        return;
      }
      highlightPaths(cy, r.paths);
      setStatus(`${plural(r.paths.length, 'shortest path')} of ${r.hops} hops between ${a.label} and ${b.label}.`);
    } catch (e) {
      setStatus(`Could not find a path: ${message(e)}`);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().removeClass('endpoint');
    for (const n of [from, to]) if (n) cy.getElementById(n.id).addClass('endpoint');
    if (from && to && from.id !== to.id) void showPath(from, to);
    else clearPaths(cy);
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
        <NetworkPanel
          selected={selected}
          from={from}
          to={to}
          busy={busy}
          onExpand={(n) => void expand(n)}
          onFrom={setFrom}
          onTo={setTo}
          onClear={() => {
            setFrom(null);
            setTo(null);
          }}
        />
      </div>
    </article>
  );
}
