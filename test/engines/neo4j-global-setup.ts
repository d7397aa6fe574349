import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_NEO4J_DEFAULTS, startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j/local-neo4j';
import { TEST_NEO4J } from './neo4j-env';

declare global {
  // eslint-disable-next-line no-var -- jest hands globals from set-up to tear-down only this way
  var __localNeo4j: { neo4j: LocalNeo4j; dataDir: string } | undefined;
}

const portFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createServer().once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/** The first of some bases whose `count` consecutive ports are all free (a developer's own Neo4j may hold 7687). */
async function freePorts(count: number): Promise<number> {
  for (let base = 17687; base < 27687; base += 100) {
    let free = true;
    for (let p = base; p < base + count && free; p++) free = await portFree(p);
    if (free) return base;
  }
  throw new Error('no free ports for the test Neo4j between 17687 and 27687');
}

export default async function neo4jGlobalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env[TEST_NEO4J.uris] = process.env.NEO4J_URI;
    process.env[TEST_NEO4J.user] = process.env.NEO4J_USER ?? LOCAL_NEO4J_DEFAULTS.user;
    process.env[TEST_NEO4J.password] = process.env.NEO4J_PASSWORD ?? '';
    return;
  }
  const instances = Math.max(1, globalConfig.maxWorkers);
  const dataDir = mkdtempSync(join(tmpdir(), 'insider-graph-neo4j-'));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ dataDir, instances, port: await freePorts(instances), onLog: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(`\nlocal Neo4j 5.26 for the tests: ${neo4j.uris.join(', ')} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  globalThis.__localNeo4j = { neo4j, dataDir };
  process.env[TEST_NEO4J.uris] = neo4j.uris.join(',');
  process.env[TEST_NEO4J.user] = neo4j.user;
  process.env[TEST_NEO4J.password] = neo4j.password;
}
