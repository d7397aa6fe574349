import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, graphConfigFromEnv, type GraphConfig } from '../graph/config';
import { UsageError } from './io';

/** What a command that opens the graph takes besides its own options. */
export interface GraphOptions {
  data?: string;
}

/**
 * `--data DIR` on a command that opens the graph, and a --help that says which graph it opens (the
 * environment as it is when the help is printed).
 */
export function withGraphOption(cmd: Command, env: NodeJS.ProcessEnv = process.env): Command {
  return cmd.option('--data <dir>', 'the embedded graph’s directory (else INSIDER_GRAPH_DATA, else ./data/graph)').addHelpText('after', () => `\nGraph: ${whereIsTheGraph(env)}`);
}

function whereIsTheGraph(env: NodeJS.ProcessEnv): string {
  try {
    const c = graphConfigFromEnv(env);
    return c.engine === 'neo4j'
      ? `Neo4j at ${c.uri} (NEO4J_URI)`
      : `embedded, in ${c.dataDir} (${env.INSIDER_GRAPH_DATA ? 'INSIDER_GRAPH_DATA' : `default ${DEFAULT_DATA_DIR}`}), unless --data names another directory`;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The graph a command opens: --data's directory, else the environment's choice. */
export function graphConfigOf(opts: GraphOptions, env: NodeJS.ProcessEnv = process.env): GraphConfig {
  if (opts.data === undefined) return graphConfigFromEnv(env);
  if (env.NEO4J_URI) throw new UsageError('--data names an embedded graph, but NEO4J_URI selects Neo4j: drop one of them');
  return graphConfigFromEnv({ ...env, INSIDER_GRAPH_DATA: opts.data });
}
