import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandIO } from '../../src/cli/io';
import { serveCommand } from '../../src/cli/serve-command';
import { GrafeoStore } from '../../src/graph/grafeo-store';
import { ingestInputs } from '../../src/ingest';
import { seedInputs } from '../api/helpers/api';

/** `serve` on a real embedded graph (the seeds), on a free port, stopped by the test instead of a signal. */
let dir: string;
const saved = process.env.INSIDER_GRAPH_DATA;
const savedUri = process.env.NEO4J_URI;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'insider-graph-serve-'));
  const store = await GrafeoStore.open(dir);
  await ingestInputs(seedInputs(), { store });
  await store.close();
  process.env.INSIDER_GRAPH_DATA = dir;
  delete process.env.NEO4J_URI;
});

afterAll(() => {
  if (saved === undefined) delete process.env.INSIDER_GRAPH_DATA;
  else process.env.INSIDER_GRAPH_DATA = saved;
  if (savedUri !== undefined) process.env.NEO4J_URI = savedUri;
  rmSync(dir, { recursive: true, force: true });
});

test('serve prints the URL and an example query, answers until stopped, then closes the graph', async () => {
  const out: string[] = [];
  const io: CommandIO = { out: (l) => out.push(l), err: (l) => out.push(l), exitCode: -1 };
  let answers: unknown[] = [];
  const cmd = serveCommand(io, {
    env: {},
    untilStopped: async (running) => {
      const health = await fetch(running.url.replace(/\/graphql$/, '/healthz'));
      const res = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ people(search: "polizzi") { edges { node { name } } } }' }) });
      answers = [health.status, await res.json()];
    },
  });
  await cmd.parseAsync(['--port', '0'], { from: 'user' });
  expect(answers).toEqual([200, { data: { people: { edges: [{ node: { name: 'Polizzi Peter' } }] } } }]);
  expect(out[0]).toMatch(/^insider-graph: GraphQL API on http:\/\/127\.0\.0\.1:\d+\/graphql \(grafeo graph\)/);
  expect(out[1]).toMatch(/^Try:\ncurl -s http:\/\/127\.0\.0\.1:\d+\/graphql .*people\(search: \\"dillon\\"/s);
  expect(io.exitCode).toBe(0);
  // The graph is closed again: another process (here: this one) can open it.
  const again = await GrafeoStore.open(dir);
  await again.close();
});

test('serve --ingest loads the bundled samples into an empty graph first', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'insider-graph-serve-empty-'));
  process.env.INSIDER_GRAPH_DATA = empty;
  try {
    const out: string[] = [];
    const io: CommandIO = { out: (l) => out.push(l), err: (l) => out.push(l), exitCode: -1 };
    let total: unknown;
    const seeds = ['000_f634a1f8fa0f4dc8', '001_512eeb9e10c94baa', '002_c242a1826b590505', '003_bc326234758fde37', '004_47b33eeacef7bd42'].map((s) => join(__dirname, '..', '..', 'samples', 'seeds', `${s}.txt`));
    const cmd = serveCommand(io, {
      env: {},
      untilStopped: async (running) => {
        const res = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ issuer(ticker: "SONS") { insiders { totalCount } } }' }) });
        total = await res.json();
      },
    });
    await cmd.parseAsync(['--port', '0', '--ingest', ...seeds], { from: 'user' });
    expect(out[0]).toBe(`insider-graph: ingested 5 new filings (0 already there, 0 failed) from ${seeds.join(' ')}`);
    expect(total).toEqual({ data: { issuer: { insiders: { totalCount: 3 } } } });
  } finally {
    process.env.INSIDER_GRAPH_DATA = dir;
    rmSync(empty, { recursive: true, force: true });
  }
});
