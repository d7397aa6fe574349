import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { MixEntry, MixIds } from '../../../bench/api-mix';
import { syntheticFilings } from '../../../bench/synthetic-filings';
import { REPO_ROOT } from '../../helpers/paths';
import { CLI } from './kill-ingest';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit status once the server has stopped (SIGTERM lets requests in flight finish). */
  stop(): Promise<number | null>;
  stderr(): string;
}

/** `insider-graph serve --port 0` on dataDir with a write token: the real server, in its own process. */
export async function startServe(dataDir: string, writeToken: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', CLI, 'serve', '--port', '0'], {
    env: { ...process.env, INSIDER_GRAPH_DATA: dataDir, NEO4J_URI: '', INSIDER_GRAPH_WRITE_TOKEN: writeToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      stdout += String(d);
      const m = /GraphQL API on (\S+)/.exec(stdout);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return {
    child,
    url,
    stderr: () => stderr,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * The cached 250,000-transaction benchmark graph, built the way `npm run bench:api` builds it
 * (dist/bench/api-server.js with BENCH_API_DATA) when it is not there yet: about 13 minutes.
 */
export async function buildBenchGraph(dir: string, transactions: number): Promise<void> {
  const child = fork(join(REPO_ROOT, 'dist', 'bench', 'api-server.js'), [], {
    env: { ...process.env, BENCH_API_DATA: dir, BENCH_API_TRANSACTIONS: String(transactions) },
    execArgv: ['--max-old-space-size=8192'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`bench graph build exited with ${code}`)));
  });
  const exited = new Promise((r) => child.once('exit', r));
  child.send('stop');
  await exited;
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]) * 1024;
}

export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`${query.slice(0, 60)}: HTTP ${res.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** People and issuers to query, paged through the API itself (the server owns the database). */
export async function sampleIds(url: string, people: number, issuers: number): Promise<MixIds> {
  const page = async (field: 'people' | 'issuers', want: number): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    while (ids.length < want) {
      type Page = Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> }>;
      const data: Page = await graphql<Page>(url, `query($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
      const conn = data[field]!;
      ids.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    return ids.slice(0, want);
  };
  return { personIds: await page('people', people), issuerIds: await page('issuers', issuers) };
}

export async function filingCount(url: string): Promise<number> {
  return (await graphql<{ filings: { totalCount: number } }>(url, '{ filings(first: 1) { totalCount } }')).filings.totalCount;
}

export interface QueryLoad {
  name: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and non-2xx answers. */
  failed: number;
  /** The same, by kind: 'errors', 'timeouts', and each non-2xx status. */
  failures: Record<string, number>;
  /** 200 answers carrying GraphQL errors. */
  graphqlErrors: number;
  firstError: string | null;
}

/** One query of the mix on `connections` clients for `seconds`; every answer's body is checked for errors. */
export async function driveQuery(url: string, entry: MixEntry, ids: MixIds, connections: number, seconds: number, timeoutSeconds: number): Promise<QueryLoad> {
  let n = 0;
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // A request with no answer by then counts as failed; slow answers are latencies, reported as such.
    timeout: timeoutSeconds,
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: entry.query, variables: entry.variables(ids, n++) }) }),
        onResponse: (status, body) => {
          // A GraphQL error comes back as HTTP 200: the body is the only place it shows.
          if (status === 200 && body.includes('"errors"')) {
            graphqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return {
    name: entry.name,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    failed: r.errors + r.timeouts + r.non2xx,
    failures: Object.fromEntries(
      [
        ['errors', r.errors],
        ['timeouts', r.timeouts],
        ...Object.entries(r.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, v]) => [`HTTP ${code}`, v.count]),
      ].filter(([, n]) => Number(n) > 0),
    ),
    graphqlErrors,
    firstError,
  };
}

export interface IngestLoad {
  sent: number;
  accepted: number;
  errors: string[];
  p50: number;
  p99: number;
}

const INGEST = 'mutation($d: String!, $f: String) { ingestFiling(document: $d, filename: $f) { formType periodOfReport } }';

/**
 * New synthetic filings through ingestFiling, one after another, until `until` resolves: the same
 * insiders and issuers as the graph (same generator sizes), another seed, so every filing is new.
 */
export async function feedFilings(url: string, token: string, seed: number, until: Promise<void>): Promise<IngestLoad> {
  let stop = false;
  void until.then(() => (stop = true));
  const out: IngestLoad = { sent: 0, accepted: 0, errors: [], p50: 0, p99: 0 };
  const times: number[] = [];
  for (let round = 0; !stop; round++) {
    for (const doc of syntheticFilings({ transactions: 250_000, seed: seed + round })) {
      if (stop) break;
      out.sent++;
      const t0 = performance.now();
      try {
        await graphql(url, INGEST, { d: doc.xml, f: `soak-${seed + round}-${doc.name}` }, token);
        out.accepted++;
      } catch (e) {
        out.errors.push(e instanceof Error ? e.message : String(e));
      }
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  out.p50 = Math.round(times[Math.floor(times.length * 0.5)] ?? 0);
  out.p99 = Math.round(times[Math.floor(times.length * 0.99)] ?? 0);
  return out;
}

/** Splits `total` connections over `parts` as evenly as whole numbers allow. */
export function splitConnections(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}
