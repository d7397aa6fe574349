import { Command, CommanderError } from 'commander';
import { cypherCommand } from './cypher-command';
import { fetchCommand } from './fetch-command';
import { importDatasetsCommand } from './import-datasets-command';
import { watchCommand } from './watch-command';
import { ingestCommand } from './ingest-command';
import { parseCommand } from './parse-command';
import { serveCommand } from './serve-command';
import { UsageError, type CommandIO } from './io';

export const EXIT_USAGE = 2;

export function buildProgram(io: CommandIO): Command {
  const program = new Command('insider-graph')
    .description('SEC ownership filings (Forms 3, 4 and 5) as a property graph, served over GraphQL')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  program.addCommand(parseCommand(io));
  program.addCommand(ingestCommand(io));
  program.addCommand(cypherCommand(io));
  program.addCommand(serveCommand(io));
  program.addCommand(fetchCommand(io));
  program.addCommand(importDatasetsCommand(io));
  program.addCommand(watchCommand(io));
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  return program;
}

/** Run the command line and return the exit status; nothing here calls process.exit. */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_USAGE;
    if (e instanceof UsageError) {
      io.err(`insider-graph: ${e.message}`);
      return EXIT_USAGE;
    }
    // Anything else is a bug of ours: one line for the user, the stack only when asked for.
    io.err(`insider-graph: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.INSIDER_GRAPH_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
