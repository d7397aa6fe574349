import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GrafeoDB, type GrafeoValue, type QueryResult, type Transaction } from '@grafeo-db/js';
import { GRAFEO_SCHEMA } from './cypher/schema';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';
import { mkdirFailure, storageError } from './storage-errors';
import { GraphStoreError, overTimeLimit, storeClosed, type GraphStore, type GraphTx, type ReadOptions, type TxWork } from './store';
import { narrowBigInt, type Params, type PlainValue, type Row } from './values';

/** The database file inside the data directory; Grafeo 0.6 keeps a database as one file plus its WAL. */
export const GRAFEO_FILE = 'insider-graph.grafeo';

const OVER = Symbol('over the time limit');

/** Write-write conflicts between concurrent transactions; retrying on a fresh snapshot resolves them. */
export function isGrafeoTransient(e: unknown): boolean {
  return e instanceof Error && /GRAFEO-T001/.test(e.message);
}

/**
 * The embedded engine. Dates come back from Grafeo as ISO strings already; nodes and relationships as
 * maps carrying _id/_labels/_type, which we keep (minus internal ids) so both engines print alike.
 */
export class GrafeoStore implements GraphStore {
  readonly engine = 'grafeo' as const;
  private closed = false;
  /** Reads abandoned at their time limit whose statement still runs: the engine cannot stop one. */
  private overrunning = 0;

  private constructor(
    private readonly db: GrafeoDB,
    private readonly retry: RetryPolicy,
    /** null for an in-memory database. */
    private readonly dataDir: string | null,
  ) {}

  /**
   * Opens (or creates) the database in `dataDir`; `null` opens a throwaway in-memory one. With
   * `create: false` a directory without a graph is refused instead of created: a mistyped path given
   * to a read-only command must not answer "0 rows" from a fresh, empty graph.
   */
  static async open(dataDir: string | null, retry: RetryPolicy = DEFAULT_RETRY, create = true): Promise<GrafeoStore> {
    let db: GrafeoDB;
    if (dataDir === null) {
      db = GrafeoDB.create();
    } else {
      if (!create && !existsSync(join(dataDir, GRAFEO_FILE))) {
        throw new GraphStoreError(
          'NO_GRAPH',
          `no graph in ${dataDir}${existsSync(dataDir) ? '' : ' (no such directory)'}: check --data or INSIDER_GRAPH_DATA, or create one with "insider-graph ingest FILES"`,
        );
      }
      try {
        mkdirSync(dataDir, { recursive: true });
      } catch (e) {
        // A read-only file system, no permission, or a file in the way: the user's to fix, so one line, not "internal error".
        throw new GraphStoreError('CONFIG', `cannot create the graph's data directory ${dataDir} (INSIDER_GRAPH_DATA): ${mkdirFailure(dataDir, e)}`, { cause: e });
      }
      const file = join(dataDir, GRAFEO_FILE);
      try {
        db = GrafeoDB.create(file);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (/cannot be locked/.test(msg)) {
          throw new GraphStoreError(
            'IN_USE',
            `the graph in ${dataDir} is in use by another process (one process owns an embedded database: stop it, e.g. a running "serve", or send the work through it)`,
            { cause: e },
          );
        }
        // A read-only file system or a full disk: Grafeo writes a lock file and the database's header at open.
        throw storageError(e, dataDir, 'open') ?? new GraphStoreError('ENGINE', `could not open the graph in ${dataDir}: ${msg}`, { cause: e });
      }
    }
    const store = new GrafeoStore(db, retry, dataDir);
    try {
      // Grafeo needs an index beside each uniqueness constraint, or MERGE scans (a few hundred rows/s).
      for (const statement of GRAFEO_SCHEMA) await db.executeCypher(statement);
    } catch (e) {
      await store.close().catch(() => undefined);
      throw (dataDir !== null && storageError(e, dataDir, 'open')) || e;
    }
    return store;
  }

  executeRead<T>(work: TxWork<T>, options: ReadOptions = {}): Promise<T> {
    // A read runs in a transaction that is always rolled back: whatever it might write never lands.
    // Read committed, as Neo4j's transactions are: each statement reads what was committed when it
    // began. A snapshot transaction cost ~40% more CPU per short read statement (measured: holdings
    // of one person, 270 against 190-205 us), a price for a consistency across statements that no
    // read here needs (the few that run two statements hold up under a commit between them).
    const read = (): Promise<T> => this.inTransaction(work, 'read_committed', false);
    return options.timeoutMs === undefined ? read() : this.withinTimeLimit(read, options.timeoutMs);
  }

  /**
   * The caller gets its answer or, at the limit, TIMEOUT; the statement itself runs on to its end on
   * one of the engine's few threads. Until it ends, other limited reads (ad-hoc Cypher) are refused,
   * so an analyst retrying a runaway query cannot fill those threads and stall every other request.
   */
  private async withinTimeLimit<T>(read: () => Promise<T>, timeoutMs: number): Promise<T> {
    if (this.overrunning > 0) {
      throw new GraphStoreError('BUSY', 'an earlier query that ran over its time limit is still running, and the embedded engine cannot stop it: try again when it has ended');
    }
    const running = read();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<typeof OVER>((resolve) => {
      timer = setTimeout(() => resolve(OVER), timeoutMs);
    });
    try {
      const first = await Promise.race([running, limit]);
      if (first !== OVER) return first;
    } finally {
      clearTimeout(timer);
    }
    this.overrunning++;
    running.then(
      () => this.overrunning--,
      () => this.overrunning--,
    );
    throw overTimeLimit(timeoutMs);
  }

  executeWrite<T>(work: TxWork<T>): Promise<T> {
    return withRetry(() => this.inTransaction(work, 'snapshot', true), isGrafeoTransient, this.retry);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      // Closing checkpoints the write-ahead log into the database file, which needs disk space.
      this.db.close();
    } catch (e) {
      throw (this.dataDir !== null && storageError(e, this.dataDir, 'close')) || e;
    }
  }

  private async inTransaction<T>(work: TxWork<T>, isolation: 'read_committed' | 'snapshot', commit: boolean): Promise<T> {
    if (this.closed) throw storeClosed();
    const tx = this.db.beginTransaction(isolation);
    const graphTx = new GrafeoTx(tx);
    try {
      const result = await work(graphTx);
      // A statement still running would make commit throw; work functions await theirs, this is a guard.
      await graphTx.settled();
      if (commit) tx.commit();
      else tx.rollback();
      return result;
    } catch (e) {
      // Never commit after a failure: Grafeo would keep the statements before the failing one.
      await graphTx.settled();
      // A commit that failed writing its WAL record (full disk: GRAFEO-T009) has rolled itself back
      // but still says isActive; rolling back again would throw GRAFEO-T004 and hide the real error.
      if (tx.isActive) {
        try {
          tx.rollback();
        } catch {
          // already rolled back by the engine
        }
      }
      throw (commit && this.dataDir !== null && storageError(e, this.dataDir, 'write')) || e;
    }
  }
}

class GrafeoTx implements GraphTx {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly tx: Transaction) {}

  run(query: string, params: Params = {}): Promise<Row[]> {
    const p = this.tx.executeCypher(query, params).then(plainRows);
    this.pending = this.pending.then(() => p).catch(() => undefined);
    return p;
  }

  settled(): Promise<unknown> {
    return this.pending;
  }
}

/**
 * Rows as arrays plus the column names, not `toArray()`: building each row object in JS is 2.5x
 * cheaper than Grafeo building it through N-API (13 against 31 us for a 22-column transaction row,
 * plain values included), and this runs on the main thread for every row of every read.
 */
function plainRows(result: QueryResult): Row[] {
  const columns = result.columns;
  const rows = result.rows();
  const out: Row[] = new Array<Row>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const values = rows[r]!;
    const row: Row = {};
    for (let c = 0; c < columns.length; c++) {
      const v = values[c];
      row[columns[c]!] = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : plainValue(v);
    }
    out[r] = row;
  }
  return out;
}

export function plainValue(v: GrafeoValue | undefined): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return narrowBigInt(v);
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (v instanceof Float32Array) return Array.from(v);
  if (Array.isArray(v)) return v.map(plainValue);
  if ('termType' in v && typeof v.termType === 'string' && 'value' in v && typeof v.value === 'string') return v.value;
  const out: { [key: string]: PlainValue } = {};
  for (const [k, x] of Object.entries(v as { [key: string]: GrafeoValue })) {
    // Internal element ids differ between engines and runs; labels and type are kept as Neo4j's are.
    if (k === '_id' || k === '_source' || k === '_target') continue;
    out[k] = plainValue(x);
  }
  return out;
}
