/**
 * The server half of `npm run bench:api`, run as a child process so the load generator does not
 * share its event loop: builds (or reuses) a synthetic embedded graph, samples ids to query, starts
 * the API and tells the parent its URL over IPC. Exits when the parent says stop.
 */
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_COUNTS } from '../src/graph/cypher/queries';
import { clearGraph } from '../src/graph/clear';
import { graphConfigFromEnv } from '../src/graph/config';
import { GrafeoStore } from '../src/graph/grafeo-store';
import { openGraphStore } from '../src/graph/open';
import { countTransactions } from '../src/graph/queries/transactions';
import { searchIssuers } from '../src/graph/queries/issuers';
import { searchPeople } from '../src/graph/queries/persons';
import { ingestInputs, type IngestInput } from '../src/ingest';
import { toId } from '../src/schema/ids';
import { startServer } from '../src/server';
import { syntheticFilings } from './synthetic-filings';

export interface ServerReady {
  url: string;
  transactions: number;
  /** Transaction nodes, superseded (amended) filings' rows included. */
  allTransactions: number;
  ingestSeconds: number | null;
  personIds: string[];
  issuerIds: string[];
}

async function main(): Promise<void> {
  const dir = process.env.BENCH_API_DATA!;
  const transactions = Number(process.env.BENCH_API_TRANSACTIONS ?? 250_000);
  const marker = join(dir, 'bench-api.json');
  mkdirSync(dir, { recursive: true });
  // NEO4J_URI set by the parent: the Neo4j whose folder (local) or database (NEO4J_URI's) holds the graph.
  const config = graphConfigFromEnv();
  const store = config.engine === 'neo4j' ? await openGraphStore(config) : await GrafeoStore.open(dir);
  let ingestSeconds: number | null = null;
  // A graph built by an earlier run for the same size is reused: building it takes minutes. On Neo4j
  // the marker also records the row count, so a database emptied since (the tests do) is rebuilt.
  const rowsNow = async (): Promise<number> => Number((await store.executeRead((tx) => tx.run(GRAPH_COUNTS))).find((r) => r.label === 'Transaction')?.n ?? 0);
  const recorded = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { transactions: number; rows?: number }) : null;
  const built = recorded !== null && recorded.transactions === transactions && (config.engine === 'grafeo' || recorded.rows === (await rowsNow()));
  if (!built) {
    if (config.engine === 'neo4j') await clearGraph(store);
    const started = Date.now();
    function* inputs(): Generator<IngestInput> {
      for (const d of syntheticFilings({ transactions })) yield { origin: d.name, bytes: Buffer.from(d.xml, 'utf8') };
    }
    const s = await ingestInputs(inputs(), { store, batchSize: 1000 });
    if (s.failures.length > 0) throw new Error(`bench graph: ${s.failures.length} failures, first ${JSON.stringify(s.failures[0])}`);
    ingestSeconds = (Date.now() - started) / 1000;
    writeFileSync(marker, JSON.stringify({ transactions, rows: await rowsNow() }));
  }
  const total = await countTransactions(store, {});
  const counts = await store.executeRead((tx) => tx.run(GRAPH_COUNTS));
  const allRows = Number(counts.find((r) => r.label === 'Transaction')?.n ?? 0);
  const people = await searchPeople(store, {}, { skip: 0, limit: 2000 });
  const issuers = await searchIssuers(store, null, { skip: 0, limit: 500 });
  const server = await startServer({ store, port: 0 });
  const ready: ServerReady = {
    url: server.url,
    transactions: total,
    allTransactions: allRows,
    ingestSeconds,
    personIds: people.items.map((p) => toId('Person', p.key)),
    issuerIds: issuers.items.map((i) => toId('Issuer', i.key)),
  };
  process.send!(ready);
  process.on('message', (m) => {
    // CPU time of this process: the comparable figure on a machine others are using too.
    if (m === 'cpu') process.send!({ cpu: process.cpuUsage() });
    if (m === 'stop') void server.close().then(() => store.close()).then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
