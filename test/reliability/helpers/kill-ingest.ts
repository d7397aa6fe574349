import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GrafeoStore } from '../../../src/graph/grafeo-store';
import { openGraphStore } from '../../../src/graph/open';
import { storeFingerprint, type GraphFingerprint } from '../../helpers/graph-fingerprint';
import { filesUnder, REPO_ROOT } from '../../helpers/paths';
import { engineName, openTestStore } from '../../graph/helpers/store';

export type { GraphFingerprint };

export const CLI = join(REPO_ROOT, 'bin', 'insider-graph.js');

/** The CLI runs from dist; build the server half (not the web bundle) when it is missing or older than src. */
export function ensureBuilt(): void {
  const main = join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');
  const newestSource = Math.max(...filesUnder(join(REPO_ROOT, 'src')).map((f) => statSync(f).mtimeMs));
  if (existsSync(main) && statSync(main).mtimeMs >= newestSource) return;
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('tsc -p tsconfig.build.json failed');
}

export interface IngestRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `insider-graph ARGS...` as a child process; killed with SIGKILL after killAfterMs when given. */
export function runCliChild(args: string[], env: NodeJS.ProcessEnv = process.env, killAfterMs?: number): Promise<IngestRun> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** True when the graph under test is the Neo4j at NEO4J_URI (the Neo4j test project), not a data folder. */
const onNeo4j = (): boolean => engineName() === 'neo4j';

/**
 * `insider-graph ingest paths` as a child, killed with SIGKILL after killAfterMs when given. It writes to
 * the engine under test: the Grafeo data folder dataDir, or on Neo4j the database at NEO4J_URI (then
 * dataDir only names the graph for resetGraph).
 */
export function runIngest(dataDir: string, paths: string[], killAfterMs?: number): Promise<IngestRun> {
  const env = onNeo4j() ? { ...process.env } : { ...process.env, INSIDER_GRAPH_DATA: dataDir, NEO4J_URI: '' };
  return runCliChild(['ingest', ...paths], env, killAfterMs);
}

/** A deterministic stream of delays, so a failing run can be repeated. */
export function seededDelays(seed: number, n: number, minMs: number, maxMs: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return minMs + (s % (maxMs - minMs));
  });
}

/** Before a graph is written: Neo4j has one database, so what was there before (another graph, another test's) is emptied out of it. */
export async function resetGraph(): Promise<void> {
  // Opening the test store empties Neo4j's database (see openTestStore).
  if (onNeo4j()) await (await openTestStore()).dispose();
}

/** What the graph in dataDir (or the Neo4j under test) holds, read with the store (the child that wrote it is gone). */
export async function fingerprint(dataDir: string): Promise<GraphFingerprint> {
  const store = onNeo4j() ? await openGraphStore() : await GrafeoStore.open(dataDir);
  try {
    return await storeFingerprint(store);
  } finally {
    await store.close();
  }
}
