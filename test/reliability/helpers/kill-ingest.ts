import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GrafeoStore } from '../../../src/graph/grafeo-store';
import { filesUnder, REPO_ROOT } from '../../helpers/paths';

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

/** `insider-graph ingest paths` as a child on the data dir; killed with SIGKILL after killAfterMs when given. */
export function runIngest(dataDir: string, paths: string[], killAfterMs?: number): Promise<IngestRun> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, 'ingest', ...paths], { env: { ...process.env, INSIDER_GRAPH_DATA: dataDir, NEO4J_URI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** A deterministic stream of delays, so a failing run can be repeated. */
export function seededDelays(seed: number, n: number, minMs: number, maxMs: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return minMs + (s % (maxMs - minMs));
  });
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export interface GraphFingerprint {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** sha256 over every node's labels and properties and every relationship's type, properties and end nodes, sorted. */
  checksum: string;
}

/** What the graph in dataDir holds, read with the store (the child that wrote it is gone). */
export async function fingerprint(dataDir: string): Promise<GraphFingerprint> {
  const store = await GrafeoStore.open(dataDir);
  try {
    const nodes = await store.executeRead((tx) => tx.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p'));
    const rels = await store.executeRead((tx) => tx.run('MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, properties(a) AS a, properties(b) AS b'));
    const labels: Record<string, number> = {};
    const types: Record<string, number> = {};
    for (const n of nodes) for (const l of n.l as string[]) labels[l] = (labels[l] ?? 0) + 1;
    for (const r of rels) types[String(r.t)] = (types[String(r.t)] ?? 0) + 1;
    const lines = [...nodes.map((n) => `N${stable([[...(n.l as string[])].sort(), n.p])}`), ...rels.map((r) => `R${stable([r.t, r.p, r.a, r.b])}`)].sort();
    const h = createHash('sha256');
    for (const line of lines) h.update(line).update('\n');
    return { labels, types, checksum: h.digest('hex') };
  } finally {
    await store.close();
  }
}
