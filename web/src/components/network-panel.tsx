import type { NodeInfo } from '../network/graph-ops';
import { pageOf } from '../routes';
import { Link } from './link';

/** The network view's side panel: the selected node's actions, the path's ends, the legend. */
export function NetworkPanel(props: {
  selected: NodeInfo | null;
  from: NodeInfo | null;
  to: NodeInfo | null;
  busy: boolean;
  onExpand: (n: NodeInfo) => void;
  onFrom: (n: NodeInfo) => void;
  onTo: (n: NodeInfo) => void;
  onClear: () => void;
}) {
  const { selected, from, to, busy } = props;
  return (
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
            <button type="button" onClick={() => props.onExpand(selected)} disabled={busy}>
              Expand
            </button>
          </p>
          <p className="buttons">
            <button type="button" onClick={() => props.onFrom(selected)} data-testid="path-from">
              Path from here
            </button>
            <button type="button" onClick={() => props.onTo(selected)} data-testid="path-to">
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
        <button type="button" onClick={props.onClear}>
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
  );
}
