/**
 * `npm run bench:api [-- --duration S --connections C --warmup W --only TEXT --engine grafeo|neo4j|both]`:
 * a synthetic graph of at least 250,000 transactions (bench/synthetic-filings.ts, through the real ingest), the
 * API in a child process, and autocannon driving it over HTTP with C concurrent clients, one query of
 * the mix at a time (each after W seconds of warm-up, 5 by default), printing requests/s, p50/p99
 * latency and the server's CPU time per request for each query. BENCH_API_DATA keeps the graph
 * between runs (default: a folder in the OS temp dir). `--only TEXT` runs the queries whose name
 * contains TEXT; BENCH_API_CPU_PROF=dir writes a V8 CPU profile of the server process there. On
 * Neo4j (NEO4J_URI's, else a local 5.26 it starts with its data beside the Grafeo graph's) the same
 * graph and mix; with `both`, each engine in turn and the ratios per query at the end.
 *
 * Two reference figures come with every run: the floor, `{ __typename }` through the same server
 * (HTTP, Express, Apollo and no store work: no query can be faster), and for each query the least
 * mean latency its CPU allows: with C clients always waiting and the cores busy, a request
 * waits for C requests' worth of CPU shared by the cores (Little's law), C × CPU/request ÷ cores.
 */
import type { ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { machineLine } from './machine';
import type { ServerReady } from './api-server';
import { numberArg, stringArg } from './args';
import { benchGraphDir, startBenchServer } from './bench-server';
import { engineArg, stopNeo4j, type BenchEngine } from './engines';
import { MIX, type MixEntry } from './api-mix';

/** No store work: what HTTP, Express and Apollo alone cost on this machine. */
const FLOOR: MixEntry = { name: 'floor: { __typename }', query: '{ __typename }', variables: () => ({}) };

async function drive(url: string, entry: MixEntry, ready: ServerReady, connections: number, duration: number): Promise<autocannon.Result> {
  let n = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: entry.query, variables: entry.variables(ready, n++) }) }) }],
  });
  return result;
}

/** User + system CPU microseconds the server process has used so far. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: unknown): void => {
      if (m !== null && typeof m === 'object' && 'cpu' in m) {
        child.off('message', on);
        const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
        resolve(user + system);
      }
    };
    child.on('message', on);
    child.send('cpu');
  });
}

async function main(): Promise<void> {
  const duration = numberArg('duration', 10);
  const connections = numberArg('connections', 16);
  const transactions = numberArg('transactions', 250_000);
  const warmup = numberArg('warmup', 5);
  const only = stringArg('only');
  const mix = [FLOOR, ...(only === null ? MIX : MIX.filter((e) => e.name.includes(only)))];
  if (mix.length === 1) throw new Error(`--only ${only}: no query of the mix is named so; names: ${MIX.map((e) => e.name).join('; ')}`);
  console.log(`api bench: ${machineLine()}; ${connections} clients, ${duration} s per query after ${warmup} s of warm-up; graph in ${benchGraphDir(transactions)}`);
  const results = new Map<BenchEngine, Map<string, QueryFigures>>();
  try {
    for (const engine of engineArg()) results.set(engine, await runMix(engine, mix, { connections, duration, warmup, transactions }));
  } finally {
    await stopNeo4j();
  }
  const grafeo = results.get('grafeo');
  const neo4j = results.get('neo4j');
  if (grafeo && neo4j) {
    const rows = ['| query | Grafeo req/s | Neo4j req/s | Neo4j / Grafeo | Grafeo p99 ms | Neo4j p99 ms | Grafeo CPU ms/req | Neo4j CPU ms/req (API process only) |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
    for (const [name, g] of grafeo) {
      const n = neo4j.get(name)!;
      rows.push(`| ${name} | ${g.rps} | ${n.rps} | ${(n.rps / g.rps).toFixed(2)} | ${g.p99} | ${n.p99} | ${g.cpuMs.toFixed(2)} | ${n.cpuMs.toFixed(2)} |`);
    }
    console.log(`\nboth engines, one run:\n${rows.join('\n')}`);
  }
}

interface QueryFigures {
  rps: number;
  p99: number;
  cpuMs: number;
}

async function runMix(
  engine: BenchEngine,
  mix: MixEntry[],
  o: { connections: number; duration: number; warmup: number; transactions: number },
): Promise<Map<string, QueryFigures>> {
  const { connections, duration, warmup, transactions } = o;
  const { child, ready, stop, data } = await startBenchServer(transactions, engine);
  console.log(`engine ${engine}, graph in ${data}: ${ready.allTransactions} transactions (${ready.transactions} in current filings, the rest amended away)${ready.ingestSeconds !== null ? `, built in ${ready.ingestSeconds.toFixed(0)} s` : ' (reused)'}; ${ready.personIds.length} people and ${ready.issuerIds.length} issuers sampled`);
  const figures = new Map<string, QueryFigures>();
  try {
    // Every query once first: a GraphQL error comes back as HTTP 200, which autocannon would count as a success.
    for (const entry of MIX) {
      const res = await fetch(ready.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: entry.query, variables: entry.variables(ready, 1) }) });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${entry.name}: ${JSON.stringify(body.errors)}`);
    }
    const cores = availableParallelism();
    const rows: string[] = [
      `| query (${engine}) | req/s | p50 ms | p99 ms | server CPU ms/req | least mean latency its CPU allows (${connections} × CPU ÷ ${cores} cores), ms | errors | load avg (1 min) before → after | target |`,
      '|---|---:|---:|---:|---:|---:|---:|---|---|',
    ];
    for (const entry of mix) {
      // A warm-up of each query before it is measured: V8 needs a few thousand requests to optimise
      // a query's path (server CPU per request fell by half over the first 20 s of a fresh server),
      // and a long-running server is measured, not its first seconds.
      await drive(ready.url, entry, ready, connections, warmup);
      const load = loadavg()[0]!.toFixed(1);
      const cpu0 = await serverCpu(child);
      const r = await drive(ready.url, entry, ready, connections, duration);
      const cpu1 = await serverCpu(child);
      const cpuPerRequest = (cpu1 - cpu0) / 1000 / Math.max(1, r.requests.total);
      const bad = r.errors + r.non2xx + r.timeouts;
      const leastMean = (connections * cpuPerRequest) / cores;
      figures.set(entry.name, { rps: Math.round(r.requests.average), p99: r.latency.p99, cpuMs: cpuPerRequest });
      rows.push(`| ${entry.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${cpuPerRequest.toFixed(2)} | ${leastMean.toFixed(1)} | ${bad} | ${load} → ${loadavg()[0]!.toFixed(1)} | ${entry.target ?? ''} |`);
      console.log(rows[rows.length - 1]);
    }
    console.log(`\n${rows.join('\n')}`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await stop();
  }
  return figures;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
