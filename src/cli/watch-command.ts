import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_RETRY, EdgarHttpClient } from '../edgar/http-client';
import { FilingFolder } from '../edgar/filing-folder';
import { serverSink, storeSink } from '../edgar/sinks';
import { SinkError, watchFilings, type FilingSink } from '../edgar/watch';
import { openGraphStore } from '../graph/open';
import { graphConfigOf, withGraphOption, type GraphOptions } from './graph-option';
import { GraphStoreError, type GraphStore } from '../graph/store';
import { DEFAULT_PORT } from './serve-command';
import { edgarConfigOf, withEdgarOptions, type EdgarOptions } from './edgar-options';
import { formsOption } from './fetch-command';
import { UsageError, type CommandIO } from './io';

interface WatchCommandOptions extends EdgarOptions, GraphOptions {
  every: number;
  forms: string[];
  amendments: boolean;
  out?: string;
  server?: string;
  token?: string;
  once?: boolean;
}

export interface WatchDeps {
  /** Stops the watch; by default SIGINT or SIGTERM. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/** 60s, 5m, 1h or plain seconds; at least a second. */
function interval(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a duration such as 60s, 5m or 1h');
  const ms = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const)[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (ms < 1000) throw new InvalidArgumentError('poll at most once a second');
  return ms;
}

function signalOnStop(): AbortSignal {
  const ac = new AbortController();
  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    ac.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return ac.signal;
}

export function watchCommand(io: CommandIO, deps: WatchDeps = {}): Command {
  const env = deps.env ?? process.env;
  const cmd = withEdgarOptions(
    new Command('watch')
      .description("Follow EDGAR's latest-filings feed: fetch each new Form 3, 4 or 5 and ingest it, until SIGINT/SIGTERM")
      .option('--every <duration>', 'how often to poll the feed (60s, 5m, ...)', interval, 60_000)
      .option('--forms <list>', 'forms to follow', formsOption, ['3', '4', '5'])
      .option('--no-amendments', 'leave out 3/A, 4/A and 5/A')
      .option('--out <dir>', 'also keep each filing in this folder, as fetch does')
      .option('--server <url>', 'ingest through a running serve\'s /graphql (ingestFiling) instead of opening the graph')
      .option('--token <token>', 'the server\'s write token (or INSIDER_GRAPH_WRITE_TOKEN)')
      .option('--once', 'poll once and stop'),
  )
    .addHelpText(
      'after',
      `\nWhen serve holds the embedded graph (it owns its folder), watch goes through it: give --server, or set INSIDER_GRAPH_WRITE_TOKEN and watch uses http://127.0.0.1:$PORT/graphql (default ${DEFAULT_PORT}). A feed or filing that cannot be read now is one line and is tried again at the next poll.`,
    )
    .action(async (opts: WatchCommandOptions) => {
      const config = edgarConfigOf(opts, env);
      const token = opts.token ?? env.INSIDER_GRAPH_WRITE_TOKEN;
      if (opts.server && !token) throw new UsageError('--server needs the write token: --token or INSIDER_GRAPH_WRITE_TOKEN');
      let store: GraphStore | undefined;
      let sink: FilingSink;
      if (opts.server) sink = serverSink(opts.server, token!);
      else {
        try {
          store = await openGraphStore(graphConfigOf(opts, env), { create: true });
          sink = storeSink(store);
        } catch (e) {
          if (!(e instanceof GraphStoreError)) throw e;
          if (e.code !== 'IN_USE' || !token) {
            io.err(`insider-graph: ${e.message}${e.code === 'IN_USE' ? '; set INSIDER_GRAPH_WRITE_TOKEN (or give --server and --token) to go through the running server' : ''}`);
            io.exitCode = 1;
            return;
          }
          sink = serverSink(`http://127.0.0.1:${env.PORT ?? DEFAULT_PORT}/graphql`, token);
        }
      }
      const client = new EdgarHttpClient(config, { ...DEFAULT_RETRY, ...(opts.retries !== undefined ? { retries: opts.retries } : {}) });
      const folder = opts.out ? new FilingFolder(opts.out) : undefined;
      await folder?.prepare();
      io.err(`watch: following Forms ${opts.forms.join(', ')}${opts.amendments ? ' and amendments' : ''} every ${Math.round(opts.every / 1000)} s into ${sink.description}`);
      try {
        const t = await watchFilings(client, {
          forms: opts.forms,
          amendments: opts.amendments,
          everyMs: opts.every,
          ...(folder ? { folder } : {}),
          sink,
          log: (l) => io.err(l),
          signal: deps.signal ?? signalOnStop(),
          once: opts.once ?? false,
        });
        io.err(`watch: stopped after ${t.polls} polls: ${t.written} ingested, ${t.skipped} already in the graph, ${t.failed} refused`);
        io.exitCode = t.failed > 0 ? 1 : 0;
      } catch (e) {
        if (!(e instanceof SinkError)) throw e;
        io.err(`insider-graph: watch: ${e.message}`);
        io.exitCode = 1;
      } finally {
        await folder?.finish();
        await store?.close();
      }
    });
  return withGraphOption(cmd, env);
}
