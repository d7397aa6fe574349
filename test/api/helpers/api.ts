import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphStore, ReadOptions, TxWork } from '../../../src/graph/store';
import { ingestInputs } from '../../../src/ingest';
import { parseInput, type IngestInput } from '../../../src/ingest/sources';
import { startServer, type RunningServer, type ServerOptions } from '../../../src/server';
import { corpusFilingFiles, filesUnder, SEEDS_DIR } from '../../helpers/paths';
import { openTestStore } from '../../graph/helpers/store';

/**
 * The seeds as the OCR parser reads them; where it cannot yet (it is being written), the seed's
 * expected.json, which is the truth for the seeds either way.
 */
export function seedInputs(): IngestInput[] {
  return filesUnder(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((txt) => {
      const bytes = readFileSync(txt);
      try {
        parseInput({ origin: txt, bytes });
        return { origin: txt, bytes };
      } catch {
        const expected = txt.replace(/\.txt$/, '.expected.json');
        return { origin: expected, bytes: readFileSync(expected) };
      }
    });
}

export function corpusInputs(): IngestInput[] {
  return corpusFilingFiles().map((f) => ({ origin: f, bytes: readFileSync(f) }));
}

/** Counts statements sent through a real store: the measure of round trips per request. */
export class CountingStore implements GraphStore {
  statements = 0;
  readonly engine: GraphStore['engine'];
  constructor(private readonly inner: GraphStore) {
    this.engine = inner.engine;
  }
  private wrap<T>(work: TxWork<T>): TxWork<T> {
    return (tx) =>
      work({
        run: (q, p) => {
          this.statements++;
          return tx.run(q, p);
        },
      });
  }
  executeRead<T>(work: TxWork<T>, options?: ReadOptions): Promise<T> {
    return this.inner.executeRead(this.wrap(work), options);
  }
  executeWrite<T>(work: TxWork<T>): Promise<T> {
    return this.inner.executeWrite(this.wrap(work));
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

export interface GqlResponse<D = Record<string, unknown>> {
  status: number;
  data?: D | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
}

export interface TestApi {
  server: RunningServer;
  store: CountingStore;
  /**
   * `timing: true` marks a request whose answer depends on how fast the engine is (a time limit): on
   * Neo4j it is not also sent to the Grafeo twin.
   */
  gql: <D = any>(query: string, variables?: Record<string, unknown>, token?: string, options?: { timing?: boolean }) => Promise<GqlResponse<D>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read deep response shapes; asserting them is the check
  dispose: () => Promise<void>;
}

interface Served {
  server: RunningServer;
  store: CountingStore;
  dispose: () => Promise<void>;
}

async function serve(opened: { store: GraphStore; dispose: () => Promise<void> }, options: Omit<ServerOptions, 'store' | 'port'>, inputs: IngestInput[]): Promise<Served> {
  const summary = await ingestInputs(inputs, { store: opened.store });
  if (summary.written === 0) throw new Error(`nothing ingested: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  const store = new CountingStore(opened.store);
  const server = await startServer({ ...options, store, port: 0 });
  return {
    server,
    store,
    dispose: async () => {
      await server.close();
      await opened.dispose();
    },
  };
}

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

/**
 * A real server on a free port over a fresh graph of the seeds and the corpus. On Neo4j every request
 * also goes to a twin server on Grafeo that was given the same filings, and the two answers must be the
 * same bytes: that makes every query of the API tests a check that both engines answer alike.
 */
export async function startTestApi(options: Omit<ServerOptions, 'store' | 'port'> = {}, inputs: IngestInput[] = [...seedInputs(), ...corpusInputs()]): Promise<TestApi> {
  const main = await serve(await openTestStore(), options, inputs);
  const twin = main.store.engine === 'neo4j' ? await serve(await openTestStore('grafeo'), options, inputs) : undefined;
  const gql: TestApi['gql'] = async (query, variables = {}, token, options = {}) => {
    const answer = await post(main.server.url, query, variables, token);
    if (twin && !options.timing) {
      const grafeo = await post(twin.server.url, query, variables, token);
      if (grafeo.status !== answer.status || grafeo.text !== answer.text) {
        throw new Error(`Neo4j and Grafeo answer differently to ${query.replace(/\s+/g, ' ').slice(0, 200)} ${JSON.stringify(variables)}\nNeo4j  (${answer.status}): ${answer.text.slice(0, 2000)}\nGrafeo (${grafeo.status}): ${grafeo.text.slice(0, 2000)}`);
      }
    }
    return { status: answer.status, ...(JSON.parse(answer.text) as object) };
  };
  return {
    server: main.server,
    store: main.store,
    gql,
    dispose: async () => {
      await main.dispose();
      await twin?.dispose();
    },
  };
}

export const SEED_DIR = SEEDS_DIR;
export { join };
