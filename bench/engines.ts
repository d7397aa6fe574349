import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearGraph } from '../src/graph/clear';
import { graphConfigFromEnv } from '../src/graph/config';
import { GrafeoStore } from '../src/graph/grafeo-store';
import { openGraphStore } from '../src/graph/open';
import type { GraphStore } from '../src/graph/store';
import { startLocalNeo4j, type LocalNeo4j } from '../tools/neo4j/local-neo4j';
import { stringArg } from './args';

export type BenchEngine = 'grafeo' | 'neo4j';

/** `--engine grafeo|neo4j|both`; without it, the engine the environment names (NEO4J_URI or not). */
export function engineArg(): BenchEngine[] {
  const arg = stringArg('engine');
  if (arg === null) return [graphConfigFromEnv().engine];
  if (arg === 'both') return ['grafeo', 'neo4j'];
  if (arg === 'grafeo' || arg === 'neo4j') return [arg];
  throw new Error(`--engine must be grafeo, neo4j or both, got ${arg}`);
}

let localNeo4j: Promise<LocalNeo4j> | undefined;

/**
 * The Neo4j a benchmark runs on: NEO4J_URI's when set, else a local Neo4j 5.26 (tools/neo4j) started
 * once for the process in `dataDir` (a fresh temporary folder by default) and stopped by stopNeo4j.
 */
export async function neo4jEnv(dataDir?: string): Promise<NodeJS.ProcessEnv> {
  if (process.env.NEO4J_URI) return { NEO4J_URI: process.env.NEO4J_URI, NEO4J_USER: process.env.NEO4J_USER, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD };
  localNeo4j ??= startLocalNeo4j({ dataDir: dataDir ?? mkdtempSync(join(tmpdir(), 'insider-graph-bench-neo4j-')), port: 17787 });
  const n = await localNeo4j;
  return { NEO4J_URI: n.uris[0], NEO4J_USER: n.user, NEO4J_PASSWORD: n.password };
}

export async function stopNeo4j(): Promise<void> {
  if (localNeo4j) await (await localNeo4j).stop();
  localNeo4j = undefined;
}

/** An empty graph on the engine: a new Grafeo folder, or the Neo4j database emptied. */
export async function emptyStore(engine: BenchEngine): Promise<{ store: GraphStore; dispose: () => Promise<void> }> {
  if (engine === 'grafeo') {
    const dir = mkdtempSync(join(tmpdir(), 'insider-graph-bench-'));
    const store = await GrafeoStore.open(dir);
    return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const store = await openGraphStore(graphConfigFromEnv({ ...process.env, ...(await neo4jEnv()) }));
  await clearGraph(store);
  return { store, dispose: () => store.close() };
}
