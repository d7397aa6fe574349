import { HEALTH_TIMEOUT_MS } from '../../src/graph/queries/health';
import { Neo4jStore } from '../../src/graph/neo4j-store';
import { startServer, type RunningServer } from '../../src/server';
import { TcpProxy } from './helpers/tcp-proxy';
import { clearGraph } from '../../src/graph/clear';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import { corpusInputs } from '../api/helpers/api';
import { openTestStore } from '../graph/helpers/store';

/**
 * Neo4j losing its connection: the driver talks to the Neo4j under test (NEO4J_URI, set by the Neo4j
 * test project) through a TCP proxy the test cuts and restores. Always bolt:// to the proxy: with
 * neo4j:// the routing table would send the driver around it.
 */
const target = process.env.NEO4J_URI;
if (!target) throw new Error('neo4j-faults runs in the Neo4j test project, which sets NEO4J_URI');

const FILING_ROWS = 'MATCH (f:Filing) OPTIONAL MATCH (f)-[:REPORTS]->(t) RETURN f.key AS key, count(t) AS rows';
const CREATE_PROBE = 'CREATE (:ReliabilityProbe {id: $id})';
const COUNT_PROBES = 'MATCH (p:ReliabilityProbe {id: $id}) RETURN count(p) AS n';
const DELETE_PROBES = 'MATCH (p:ReliabilityProbe) DELETE p';

describe('Neo4j through a proxy that drops the connection', () => {
  let proxy: TcpProxy;
  let store: Neo4jStore;

  beforeAll(async () => {
    const u = new URL(target);
    proxy = await TcpProxy.start(u.hostname, Number(u.port || 7687));
    store = await Neo4jStore.open({
      uri: `bolt://127.0.0.1:${proxy.port}`,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
    });
  });

  afterEach(async () => {
    proxy.restore();
    await store.executeWrite((tx) => tx.run(DELETE_PROBES));
  });

  afterAll(async () => {
    await store.close();
    await proxy.close();
  });

  const probes = async (id: string): Promise<number> => Number((await store.executeRead((tx) => tx.run(COUNT_PROBES, { id })))[0]?.n);

  test('a write sent while the connection is down is retried with back-off and lands once, when the connection is back', async () => {
    proxy.cut();
    const started = Date.now();
    const restore = setTimeout(() => proxy.restore(), 3000);
    try {
      await store.executeWrite((tx) => tx.run(CREATE_PROBE, { id: 'down-then-up' }));
    } finally {
      clearTimeout(restore);
    }
    // It could only land after the restore: the driver kept retrying (1 s, 2 s, ... apart) until then.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    expect(await probes('down-then-up')).toBe(1);
  }, 60_000);

  test('a connection dropped in the middle of a transaction: the driver runs the work again and the answer is whole', async () => {
    let attempts = 0;
    const answer = await store.executeRead(async (tx) => {
      attempts++;
      const [a] = await tx.run('RETURN 1 AS n');
      if (attempts === 1) {
        proxy.cut();
        setTimeout(() => proxy.restore(), 1500);
      }
      const [b] = await tx.run('RETURN 2 AS n');
      return [a?.n, b?.n];
    });
    expect(answer).toEqual([1, 2]);
    expect(attempts).toBeGreaterThanOrEqual(2);
  }, 60_000);

  test('/healthz is 503 with a one-line reason (no host or port) while the connection is lost, and 200 again once it is back', async () => {
    const server: RunningServer = await startServer({ store, port: 0, web: false });
    const health = server.url.replace(/\/graphql$/, '/healthz');
    try {
      expect((await fetch(health)).status).toBe(200);

      proxy.cut();
      for (let i = 0; i < 2; i++) {
        // Every call asks Neo4j again, so the second is as down as the first.
        const started = Date.now();
        const res = await fetch(health);
        expect(Date.now() - started).toBeLessThan(HEALTH_TIMEOUT_MS + 1500);
        expect(res.status).toBe(503);
        const body = (await res.json()) as { status: string; engine: string; reason: string };
        expect(body).toEqual({ status: 'unavailable', engine: 'neo4j', reason: expect.any(String) });
        expect(body.reason).not.toMatch(/\n|127\.0\.0\.1|localhost/);
        expect(body.reason).not.toContain(String(proxy.port));
      }

      proxy.restore();
      const deadline = Date.now() + 15_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200) {
        status = (await fetch(health)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);

  test('an ingest that loses Neo4j for good stops with one error saying how far it got, and every filing it wrote is whole', async () => {
    const inputs = corpusInputs();
    await clearGraph(store);
    let cut = false;
    const reporter = {
      update: (p: { written: number }) => {
        if (!cut && p.written >= 10) {
          cut = true;
          proxy.cut();
        }
      },
      finish: () => undefined,
    };
    const run = ingestInputs(inputs, { store, batchSize: 5, reporter, parseWorkers: 0 });
    await expect(run).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/^lost the connection to Neo4j and could not get it back in 30 s of retries; the transaction was not committed; the ingest stopped after \d+ new filings, each written whole/),
    });
    proxy.restore();

    // What each filing holds, against the same filings ingested whole into Grafeo.
    const contents = (s: Neo4jStore | GraphStore) => s.executeRead((tx) => tx.run(FILING_ROWS)).then((rows) => new Map(rows.map((r) => [String(r.key), Number(r.rows)])));
    const twin = await openTestStore('grafeo');
    try {
      await ingestInputs(inputs, { store: twin.store });
      const whole = await contents(twin.store);
      const written = await contents(store);
      expect(written.size).toBeGreaterThanOrEqual(10);
      expect(written.size).toBeLessThan(whole.size);
      for (const [key, rows] of written) expect([key, rows]).toEqual([key, whole.get(key)]);
    } finally {
      await twin.dispose();
      await clearGraph(store);
    }
  }, 120_000);
});
