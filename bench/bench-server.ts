import { fork, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerReady } from './api-server';
import { neo4jEnv, type BenchEngine } from './engines';

export interface BenchServer {
  child: ChildProcess;
  ready: ServerReady;
  /** Where the synthetic graph lives; BENCH_API_DATA keeps it between runs (it takes minutes to build). */
  data: string;
  stop(): Promise<void>;
}

export function benchGraphDir(transactions: number): string {
  return process.env.BENCH_API_DATA ?? join(tmpdir(), `insider-graph-bench-api-${transactions}`);
}

/**
 * The API over the synthetic benchmark graph, in a child process so the load generator and the browser
 * do not share its event loop.
 */
export async function startBenchServer(transactions: number, engine: BenchEngine = 'grafeo'): Promise<BenchServer> {
  // On Neo4j the local database's folder sits beside the Grafeo one and is kept likewise.
  const data = engine === 'grafeo' ? benchGraphDir(transactions) : `${benchGraphDir(transactions)}-neo4j`;
  const engineEnv = engine === 'grafeo' ? { NEO4J_URI: '' } : await neo4jEnv(data);
  const child = fork(join(__dirname, 'api-server.js'), [], {
    env: { ...process.env, ...engineEnv, BENCH_API_DATA: data, BENCH_API_TRANSACTIONS: String(transactions) },
    // BENCH_API_CPU_PROF=dir: a V8 CPU profile of the server, written there when it stops.
    execArgv: ['--max-old-space-size=8192', ...(process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`] : [])],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServerReady));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const stop = async (): Promise<void> => {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  };
  return { child, ready, data, stop };
}
