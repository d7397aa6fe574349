import { resolve } from 'node:path';
import { z } from 'zod';
import { GraphStoreError } from './store';

export const DEFAULT_DATA_DIR = './data/graph';

const envSchema = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  INSIDER_GRAPH_DATA: z.string().min(1).optional(),
});

export type GraphConfig =
  | { engine: 'grafeo'; dataDir: string }
  | { engine: 'neo4j'; uri: string; user: string; password: string; database?: string };

/**
 * Which engine the environment asks for: Neo4j when NEO4J_URI is set (production), else the embedded
 * Grafeo in INSIDER_GRAPH_DATA or ./data/graph (laptops and CI need no server).
 */
export function graphConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse({ ...blankless, NEO4J_PASSWORD: env.NEO4J_PASSWORD ?? '' });
  if (!parsed.success) {
    throw new GraphStoreError('CONFIG', `graph configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(e.NEO4J_URI)) {
      throw new GraphStoreError('CONFIG', `NEO4J_URI must start with bolt://, neo4j:// (or their +s/+ssc forms), got ${e.NEO4J_URI}`);
    }
    return { engine: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}) };
  }
  return { engine: 'grafeo', dataDir: resolve(e.INSIDER_GRAPH_DATA ?? DEFAULT_DATA_DIR) };
}
