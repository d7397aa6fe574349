import neo4j, { type Driver, type ManagedTransaction, type Node, type Path, type Relationship } from 'neo4j-driver';
import { NEO4J_SCHEMA } from './cypher/schema';
import { PING } from './queries/health';
import { GraphStoreError, overTimeLimit, storeClosed, type GraphStore, type GraphTx, type ReadOptions, type TxWork } from './store';
import { narrowBigInt, type Params, type PlainValue, type Row } from './values';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/**
 * How the driver copes with a lost connection. Managed transactions (executeRead/executeWrite) retry
 * errors the driver calls retryable (ServiceUnavailable, SessionExpired, transient errors) with
 * exponential back-off (1 s, doubling, 20 % jitter) until maxTransactionRetryTime has passed since
 * the first attempt; a new connection gets connectionTimeout to open.
 */
export const NEO4J_DRIVER_CONFIG = {
  maxTransactionRetryTime: 30_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 60_000,
} as const;

/**
 * The production engine. executeRead/executeWrite go straight to the driver's managed transactions,
 * which retry transient errors and route reads and writes across a cluster (neo4j:// and neo4j+s://).
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static async open(c: Neo4jConnection): Promise<Neo4jStore> {
    const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: false, ...NEO4J_DRIVER_CONFIG });
    try {
      await driver.verifyConnectivity(c.database ? { database: c.database } : {});
    } catch (e) {
      await driver.close();
      throw new GraphStoreError('ENGINE', `cannot reach Neo4j at ${c.uri}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    const store = new Neo4jStore(driver, c.database);
    // Neo4j backs each uniqueness constraint with its own index (an extra index on the key is refused).
    for (const statement of NEO4J_SCHEMA) await store.executeWrite((tx) => tx.run(statement));
    return store;
  }

  /** A time limit goes to the server, which ends the transaction there (a client error: not retried). */
  async executeRead<T>(work: TxWork<T>, options: ReadOptions = {}): Promise<T> {
    const session = this.session(neo4j.session.READ);
    const { timeoutMs } = options;
    try {
      return await session.executeRead((tx) => work(wrap(tx)), timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    } catch (e) {
      if (timeoutMs !== undefined && isTimedOut(e)) throw overTimeLimit(timeoutMs);
      throw unavailable(e) ?? e;
    } finally {
      await session.close();
    }
  }

  async executeWrite<T>(work: TxWork<T>): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
    try {
      return await session.executeWrite((tx) => work(wrap(tx)));
    } catch (e) {
      throw unavailable(e) ?? e;
    } finally {
      await session.close();
    }
  }

  /** One auto-commit statement on a fresh session: no retries, so a lost connection fails at once. */
  async ping(timeoutMs: number): Promise<boolean> {
    const session = this.session(neo4j.session.READ);
    try {
      const result = await session.run(PING, {}, { timeout: timeoutMs });
      return fromNeo4j(result.records[0]?.get('ok')) === 1;
    } finally {
      await session.close();
    }
  }

  /** A session on the configured database; after close(), the same error Grafeo gives. */
  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    if (this.closed) throw storeClosed();
    return this.driver.session({ defaultAccessMode: mode, ...(this.database ? { database: this.database } : {}) });
  }

  close(): Promise<void> {
    this.closed = true;
    return this.driver.close();
  }
}

/**
 * The driver gave up reconnecting (its retries ran out): one error that says so without the server's
 * address, so an ingest can stop rather than fail every filing alike, and a client learns nothing of the network.
 */
function unavailable(e: unknown): GraphStoreError | null {
  const code = e !== null && typeof e === 'object' && 'code' in e ? e.code : undefined;
  if (code !== neo4j.error.SERVICE_UNAVAILABLE && code !== neo4j.error.SESSION_EXPIRED) return null;
  const seconds = NEO4J_DRIVER_CONFIG.maxTransactionRetryTime / 1000;
  return new GraphStoreError('UNAVAILABLE', `lost the connection to Neo4j and could not get it back in ${seconds} s of retries; the transaction was not committed`, { cause: e });
}

/** Neo.ClientError.Transaction.TransactionTimedOut, or …TimedOutClientConfiguration for a driver-set limit. */
function isTimedOut(e: unknown): boolean {
  return e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' && e.code.includes('TransactionTimedOut');
}

function wrap(tx: ManagedTransaction): GraphTx {
  return {
    async run(query: string, params: Params = {}): Promise<Row[]> {
      const result = await tx.run(query, toNeo4jParams(params));
      return result.records.map((r) => {
        const row: Row = {};
        for (const key of r.keys) row[String(key)] = fromNeo4j(r.get(key));
        return row;
      });
    },
  };
}

/**
 * JS numbers reach Neo4j as floats; a whole number must be an Integer or SKIP/LIMIT and integer
 * properties differ from Grafeo's. Whole numbers become Integers, everything else passes as is.
 */
export function toNeo4jParams(v: unknown): Record<string, unknown> {
  return toNeo4jValue(v) as Record<string, unknown>;
}

function toNeo4jValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (typeof v === 'bigint') return neo4j.int(v.toString());
  if (Array.isArray(v)) return v.map(toNeo4jValue);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jValue(x)]));
  }
  return v;
}

/** Neo4j values to plain ones, shaped like Grafeo's so callers see one format. */
export function fromNeo4j(v: unknown): PlainValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return narrowBigInt(BigInt(v.toString()));
  if (typeof v === 'bigint') return narrowBigInt(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (
    neo4j.isDate(v as never) ||
    neo4j.isDateTime(v as never) ||
    neo4j.isLocalDateTime(v as never) ||
    neo4j.isTime(v as never) ||
    neo4j.isLocalTime(v as never) ||
    neo4j.isDuration(v as never)
  ) {
    return String(v);
  }
  if (neo4j.isNode(v as never)) {
    const n = v as Node;
    return { _labels: [...n.labels], ...plainMap(n.properties) };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as Relationship;
    return { _type: r.type, ...plainMap(r.properties) };
  }
  if (neo4j.isPath(v as never)) {
    const p = v as Path;
    return p.segments.map((s) => [fromNeo4j(s.start), fromNeo4j(s.relationship), fromNeo4j(s.end)]);
  }
  if (Array.isArray(v)) return v.map(fromNeo4j);
  if (typeof v === 'object') return plainMap(v as Record<string, unknown>);
  return String(v);
}

function plainMap(m: Record<string, unknown>): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const [k, x] of Object.entries(m)) out[k] = fromNeo4j(x);
  return out;
}
