import { rmSync } from 'node:fs';

export default async function neo4jGlobalTeardown(): Promise<void> {
  const local = globalThis.__localNeo4j;
  if (!local) return;
  await local.neo4j.stop();
  rmSync(local.dataDir, { recursive: true, force: true });
}
