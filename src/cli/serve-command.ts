import { Command, InvalidArgumentError } from 'commander';
import { openGraphStore } from '../graph/open';
import { GraphStoreError } from '../graph/store';
import { runIngest } from '../ingest';
import { startServer, type RunningServer } from '../server';
import { corsOriginsFromEnv } from '../server/http-limits';
import { graphConfigOf, withGraphOption, type GraphOptions } from './graph-option';
import type { CommandIO } from './io';

export const DEFAULT_PORT = 4000;

export const EXAMPLE_QUERY = `{
  people(search: "dillon", first: 5) {
    totalCount
    edges { node { id name holdings { totalCount edges { node { securityTitle shares asOf issuer { name ticker } } } } } }
  }
}`;

export interface ServeDeps {
  /** Resolves when the server should stop; by default on SIGINT or SIGTERM. */
  untilStopped?: (running: RunningServer) => Promise<void>;
  env?: NodeJS.ProcessEnv;
}

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535');
  return n;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `insider-graph serve`: the GraphQL API over the graph the environment names (see graph config). */
export function serveCommand(io: CommandIO, deps: ServeDeps = {}): Command {
  const env = deps.env ?? process.env;
  const cmd = new Command('serve')
    .description('Serve the graph over GraphQL (POST/GET /graphql, GET /healthz) until SIGINT/SIGTERM')
    .option('--port <n>', `port to listen on (PORT, default ${DEFAULT_PORT}; 0 picks a free one)`, port)
    .option('--host <addr>', 'address to listen on (HOST, default 127.0.0.1; 0.0.0.0 for all)')
    .option('--ingest <paths...>', 'ingest these files and folders first (filings already in the graph are skipped)')
    .addHelpText(
      'after',
      '\nEnvironment: INSIDER_GRAPH_WRITE_TOKEN turns on the ingestFiling mutation, INSIDER_GRAPH_CYPHER_TOKEN the read-only cypher one; INSIDER_GRAPH_CORS_ORIGINS (comma-separated) lets pages of those origins call the API; NEO4J_URI selects Neo4j, else the embedded graph in --data, INSIDER_GRAPH_DATA or ./data/graph.',
    )
    .action(async (opts: { port?: number; host?: string; ingest?: string[] } & GraphOptions) => {
      // A graph that cannot be opened, written or closed (configuration, a full or read-only disk): one line, status 1.
      const refused = (e: unknown): void => {
        if (!(e instanceof GraphStoreError)) throw e;
        io.err(`insider-graph: ${e.message}`);
        io.exitCode = 1;
      };
      let store;
      try {
        // Only serve --ingest creates a graph; serving a mistyped directory would serve nothing.
        store = await openGraphStore(graphConfigOf(opts), { create: Boolean(opts.ingest?.length) });
      } catch (e) {
        return refused(e);
      }
      let running: RunningServer | undefined;
      let failed = false;
      try {
        if (opts.ingest?.length) {
          const s = await runIngest(opts.ingest, { store });
          io.out(`insider-graph: ingested ${s.written} new filings (${s.skipped} already there, ${s.failures.length} failed) from ${opts.ingest.join(' ')}`);
          for (const f of s.failures) io.err(`insider-graph: ${f.origin}: ${f.message} (${f.code})`);
        }
        running = await startServer({
          store,
          port: opts.port ?? (env.PORT ? port(env.PORT) : DEFAULT_PORT),
          host: opts.host ?? env.HOST ?? '127.0.0.1',
          ...(env.INSIDER_GRAPH_WRITE_TOKEN ? { writeToken: env.INSIDER_GRAPH_WRITE_TOKEN } : {}),
          ...(env.INSIDER_GRAPH_CYPHER_TOKEN ? { cypherToken: env.INSIDER_GRAPH_CYPHER_TOKEN } : {}),
          corsOrigins: corsOriginsFromEnv(env.INSIDER_GRAPH_CORS_ORIGINS),
        });
        io.out(`insider-graph: GraphQL API on ${running.url} (${store.engine} graph); health at ${running.url.replace(/\/graphql$/, '/healthz')}`);
        io.out(`Try:\ncurl -s ${running.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'`);
        if (running.explorerUrl) io.out(`Explorer: ${running.explorerUrl} (and GraphiQL at ${running.url} in a browser)`);
        await (deps.untilStopped ?? untilSignal)(running);
        io.out('insider-graph: stopping (letting requests in flight finish)');
      } catch (e) {
        failed = true;
        refused(e);
      } finally {
        await running?.close();
        await store.close().catch((e: unknown) => {
          // After a failure the first line has said it; a close failing for the same cause adds nothing.
          if (!failed) refused(e);
          failed = true;
        });
      }
      if (!failed) io.exitCode = 0;
    });
  return withGraphOption(cmd);
}
