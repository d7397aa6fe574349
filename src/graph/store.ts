import type { Params, Row } from './values';

/** One statement runner inside a transaction; mirrors neo4j-driver's ManagedTransaction.run. */
export interface GraphTx {
  run(query: string, params?: Params): Promise<Row[]>;
}

export type TxWork<T> = (tx: GraphTx) => Promise<T>;

export interface ReadOptions {
  /**
   * Give up after this long with GraphStoreError TIMEOUT. Neo4j ends the transaction on the server.
   * The embedded engine cannot stop a running statement: it lets it finish unseen and refuses other
   * reads with a time limit (BUSY) until it has, so abandoned statements cannot pile up on its threads.
   */
  timeoutMs?: number;
}

export type EngineName = 'grafeo' | 'neo4j';

/**
 * The one door to the graph. Shaped like neo4j-driver's session API (executeRead / executeWrite with
 * managed, retried transactions) so the Neo4j engine is a thin wrapper and the code above it cannot
 * tell the engines apart. A work function may run more than once (retries): keep it free of side
 * effects outside the transaction.
 */
export interface GraphStore {
  readonly engine: EngineName;
  executeRead<T>(work: TxWork<T>, options?: ReadOptions): Promise<T>;
  executeWrite<T>(work: TxWork<T>): Promise<T>;
  /**
   * Whether the store answers right now, without the retries executeRead does (a health check must
   * fail fast while a connection is lost). Optional: without it, health runs a read transaction.
   */
  ping?(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Raised for anything the store itself refuses (bad config, a directory in use, a write in a read, a
 * full or read-only disk, a read over its time limit or while an earlier one still overruns its).
 */
export class GraphStoreError extends Error {
  override readonly name = 'GraphStoreError';
  constructor(
    readonly code: 'CONFIG' | 'NO_GRAPH' | 'IN_USE' | 'READ_ONLY' | 'ENGINE' | 'STORAGE' | 'TIMEOUT' | 'BUSY' | 'UNAVAILABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What every engine says to work sent after close(), so callers (and /healthz) see one message. */
export function storeClosed(): GraphStoreError {
  return new GraphStoreError('ENGINE', 'the graph store is closed');
}

export function overTimeLimit(timeoutMs: number): GraphStoreError {
  return new GraphStoreError('TIMEOUT', `the query ran over the ${timeoutMs} ms limit`);
}
