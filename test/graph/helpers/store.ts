import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearGraph } from '../../../src/graph/clear';
import { graphConfigFromEnv } from '../../../src/graph/config';
import { GrafeoStore } from '../../../src/graph/grafeo-store';
import { openGraphStore } from '../../../src/graph/open';
import type { GraphStore } from '../../../src/graph/store';
import type { Params, Row } from '../../../src/graph/values';
import { runIngest } from '../../../src/ingest';
import { storeFingerprint, type GraphFingerprint } from '../../helpers/graph-fingerprint';

/**
 * The engine under test comes from the environment, like the app's: Grafeo in a fresh temporary
 * directory by default, the Neo4j at NEO4J_URI (emptied first) when that is set. `engine` asks for
 * Grafeo whatever the environment says (a twin to compare the Neo4j under test with).
 */
export async function openTestStore(engine?: 'grafeo'): Promise<{ store: GraphStore; dispose: () => Promise<void> }> {
  const config = graphConfigFromEnv();
  if (config.engine === 'neo4j' && engine !== 'grafeo') {
    const store = await openGraphStore(config);
    await clearGraph(store);
    return { store, dispose: () => store.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'insider-graph-test-'));
  const store = await GrafeoStore.open(dir);
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function read(store: GraphStore, query: string, params: Params = {}): Promise<Row[]> {
  return store.executeRead((tx) => tx.run(query, params));
}

export const engineName = (): string => graphConfigFromEnv().engine;

/**
 * The graph of `files` ingested in batches of `batchSize` into an empty store of the engine under test
 * (or Grafeo, as a twin), as a fingerprint.
 */
export async function graphOf(files: string[], batchSize: number, engine?: 'grafeo'): Promise<GraphFingerprint> {
  const { store, dispose } = await openTestStore(engine);
  try {
    const summary = await runIngest(files, { store, batchSize });
    expect(summary.failures).toEqual([]);
    return await storeFingerprint(store);
  } finally {
    await dispose();
  }
}
