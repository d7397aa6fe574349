import { Command, InvalidArgumentError } from 'commander';
import { LOCAL_NEO4J_DEFAULTS, LocalNeo4jError, startLocalNeo4j } from './local-neo4j';

/** npm run neo4j [-- --data DIR --port N]: a local Neo4j in the foreground until SIGINT/SIGTERM. */
const program = new Command('npm run neo4j --')
  .description('Run a local Neo4j 5.26 (Bolt on 127.0.0.1, user neo4j, password NEO4J_PASSWORD) until interrupted')
  .option('--data <dir>', 'data folder', LOCAL_NEO4J_DEFAULTS.dataDir)
  .option('--port <n>', 'Bolt port', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('expected a port number');
    return n;
  }, LOCAL_NEO4J_DEFAULTS.port)
  .parse();

async function main(): Promise<void> {
  const { data, port } = program.opts<{ data: string; port: number }>();
  const neo4j = await startLocalNeo4j({
    dataDir: data,
    port,
    password: process.env.NEO4J_PASSWORD || LOCAL_NEO4J_DEFAULTS.password,
    onLog: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`NEO4J_URI=${neo4j.uris[0]}\nNEO4J_USER=${neo4j.user}\n`);
  process.stderr.write('local-neo4j: ready; Ctrl-C stops it\n');
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void neo4j.stop().then(() => process.stderr.write('local-neo4j: stopped\n'));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof LocalNeo4jError ? e.message : `local-neo4j: ${String(e)}`}\n`);
  process.exit(1);
});
