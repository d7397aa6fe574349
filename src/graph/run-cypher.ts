import { checkCypher, writeClauseIn } from './cypher-check';
import { openGraphStore } from './open';
import { GraphStoreError, type GraphStore } from './store';
import type { Params, Row } from './values';

export interface CypherResult {
  columns: string[];
  rows: Row[];
}

export interface RunCypherOptions {
  /** A store to use; when absent one is opened from the environment and closed afterwards. */
  store?: GraphStore;
  /** See ReadOptions.timeoutMs: over it, GraphStoreError TIMEOUT; BUSY while an earlier one still overruns. */
  timeoutMs?: number;
}

/**
 * Ad-hoc read-only Cypher for `insider-graph cypher`: the query is checked by Neo4j's parser first
 * (so it is refused the same way on either engine), any write clause is refused, and it runs in a
 * read transaction (which Grafeo rolls back and Neo4j runs in READ mode: a second guard).
 */
export async function runCypher(query: string, params: Params = {}, options: RunCypherOptions = {}): Promise<CypherResult> {
  const errors = checkCypher(query).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new GraphStoreError('ENGINE', `invalid Cypher: ${errors.map((e) => `${e.message} (at offset ${e.offset})`).join('; ')}`);
  }
  const write = writeClauseIn(query);
  if (write) throw new GraphStoreError('READ_ONLY', `refused: the cypher command is read-only, and ${write}; use ingest to change the graph`);
  const store = options.store ?? (await openGraphStore());
  try {
    const rows = await store.executeRead((tx) => tx.run(query, params), options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
    return { columns, rows };
  } finally {
    if (!options.store) await store.close();
  }
}

/** `k=v` pairs from the command line: numbers, booleans, null and JSON stay typed, the rest is text. */
export function parseParamPairs(pairs: string[]): Params {
  const out: Params = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new GraphStoreError('CONFIG', `--param expects k=v, got ${pair}`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // not JSON: a plain string such as a name or an ISO date
    }
    out[pair.slice(0, eq)] = value;
  }
  return out;
}
