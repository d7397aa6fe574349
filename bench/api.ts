/**
 * `npm run bench:api [-- --duration S --connections C]`: a synthetic embedded graph of at least
 * 250,000 transactions (bench/synthetic-filings.ts, through the real ingest), the API in a child
 * process, and autocannon driving it over HTTP with C concurrent clients, one query of the mix at a
 * time, printing requests/s and p50/p99 latency per query. BENCH_API_DATA keeps the graph between
 * runs (default: a folder in the OS temp dir).
 */
import type { ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { machineLine } from './machine';
import type { ServerReady } from './api-server';
import { numberArg } from './args';
import { benchGraphDir, startBenchServer } from './bench-server';


interface MixEntry {
  name: string;
  query: string;
  variables: (r: ServerReady, n: number) => Record<string, unknown>;
  target?: string;
}

const MIX: MixEntry[] = [
  {
    name: 'person + holdings + 20 latest transactions',
    query: `query($id: ID) { person(id: $id) { id name cik holdings { edges { node { securityTitle shares asOf issuer { name ticker } } } }
      transactions(first: 20) { edges { node { date code codeDescription shares pricePerShare value sharesOwnedAfter } } } } }`,
    variables: (r, n) => ({ id: r.personIds[n % r.personIds.length] }),
    target: 'p99 < 20 ms',
  },
  {
    name: 'network(depth: 2, limit: 200)',
    query: `query($id: ID!) { network(center: $id, depth: 2, limit: 200) { nodes { id kind label hops } edges { source target role title } } }`,
    variables: (r, n) => ({ id: r.personIds[(n * 7) % r.personIds.length] }),
    target: 'p99 < 100 ms',
  },
  {
    name: 'issuer insiders (first 20) with roles',
    query: `query($id: ID) { issuer(id: $id) { name insiders(first: 20) { edges { node { person { name } relationships { edges { node { role title since until } } } } } } } }`,
    variables: (r, n) => ({ id: r.issuerIds[n % r.issuerIds.length] }),
  },
  {
    name: 'person coInsiders (first 20)',
    query: `query($id: ID) { person(id: $id) { coInsiders(first: 20) { edges { node { person { name } sharedIssuers { edges { node { name } } } } } } } }`,
    variables: (r, n) => ({ id: r.personIds[(n * 3) % r.personIds.length] }),
  },
  {
    name: 'issuer activity by quarter',
    query: `query($id: ID) { issuer(id: $id) { activity(interval: QUARTER) { period buys sells netShares netValue } } }`,
    variables: (r, n) => ({ id: r.issuerIds[(n * 5) % r.issuerIds.length] }),
  },
  {
    name: 'people search (garbled name)',
    query: `query($s: String) { people(search: $s, first: 10) { edges { node { id name } } } }`,
    variables: (_r, n) => ({ s: ['sm1th james', 'JOHNS0N, mary', 'garcia', 'lee d'][n % 4] }),
  },
  {
    name: 'transactions of an issuer, P/S, by value',
    query: `query($id: ID) { transactions(filter: { issuer: $id, codes: ["P", "S"] }, orderBy: VALUE_DESC, first: 20) { edges { node { date code value reportingOwners { edges { node { name } } } } } } }`,
    variables: (r, n) => ({ id: r.issuerIds[(n * 11) % r.issuerIds.length] }),
  },
];

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
  const data = benchGraphDir(transactions);
  console.log(`api bench: ${machineLine()}; ${connections} clients, ${duration} s per query; graph in ${data}`);
  const { child, ready, stop } = await startBenchServer(transactions);
  console.log(`graph: ${ready.allTransactions} transactions (${ready.transactions} in current filings, the rest amended away)${ready.ingestSeconds !== null ? `, built in ${ready.ingestSeconds.toFixed(0)} s` : ' (reused)'}; ${ready.personIds.length} people and ${ready.issuerIds.length} issuers sampled`);
  try {
    // Every query once first: a GraphQL error comes back as HTTP 200, which autocannon would count as a success.
    for (const entry of MIX) {
      const res = await fetch(ready.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: entry.query, variables: entry.variables(ready, 1) }) });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${entry.name}: ${JSON.stringify(body.errors)}`);
    }
    // One short warm-up so the first query measured does not pay for JIT and caches alone.
    await drive(ready.url, MIX[0]!, ready, 4, 2);
    const rows: string[] = ['| query | req/s | p50 ms | p99 ms | server CPU ms/req | errors | target |', '|---|---:|---:|---:|---:|---:|---|'];
    for (const entry of MIX) {
      const cpu0 = await serverCpu(child);
      const r = await drive(ready.url, entry, ready, connections, duration);
      const cpu1 = await serverCpu(child);
      const cpuPerRequest = (cpu1 - cpu0) / 1000 / Math.max(1, r.requests.total);
      const bad = r.errors + r.non2xx + r.timeouts;
      rows.push(`| ${entry.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${cpuPerRequest.toFixed(2)} | ${bad} | ${entry.target ?? ''} |`);
      console.log(rows[rows.length - 1]);
    }
    console.log(`\n${rows.join('\n')}`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
