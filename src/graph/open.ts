import { graphConfigFromEnv, type GraphConfig } from './config';
import { GrafeoStore } from './grafeo-store';
import { Neo4jStore } from './neo4j-store';
import type { GraphStore } from './store';

/**
 * The store the configuration names, schema in place; the environment decides when none is given.
 * `create: false` (read-only commands) refuses an embedded data directory that holds no graph yet.
 */
export async function openGraphStore(config: GraphConfig = graphConfigFromEnv(), options: { create?: boolean } = {}): Promise<GraphStore> {
  if (config.engine === 'neo4j') {
    return Neo4jStore.open({ uri: config.uri, user: config.user, password: config.password, ...(config.database ? { database: config.database } : {}) });
  }
  return GrafeoStore.open(config.dataDir, undefined, options.create ?? true);
}
