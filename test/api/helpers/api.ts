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
  gql: <D = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GqlResponse<D>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read deep response shapes; asserting them is the check
  dispose: () => Promise<void>;
}

/** A real server on a free port over a fresh graph of the seeds and the corpus. */
export async function startTestApi(options: Omit<ServerOptions, 'store' | 'port'> = {}, inputs: IngestInput[] = [...seedInputs(), ...corpusInputs()]): Promise<TestApi> {
  const { store: raw, dispose: disposeStore } = await openTestStore();
  const summary = await ingestInputs(inputs, { store: raw });
  if (summary.written === 0) throw new Error(`nothing ingested: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  const store = new CountingStore(raw);
  const server = await startServer({ ...options, store, port: 0 });
  const gql: TestApi['gql'] = async (query, variables = {}, token) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    server,
    store,
    gql,
    dispose: async () => {
      await server.close();
      await disposeStore();
    },
  };
}

export const SEED_DIR = SEEDS_DIR;
export { join };
