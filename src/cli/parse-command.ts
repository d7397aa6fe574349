import { Command } from 'commander';
import { expandFilingPaths, isDirectory } from '../files/filing-paths';
import { readFiling, type FileOutcome } from './read-filing';
import { UsageError, type CommandIO } from './io';

export function parseCommand(io: CommandIO): Command {
  return new Command('parse')
    .description('Parse ownership filings (EDGAR XML, EDGAR submission text or OCR text) to canonical JSON')
    .argument('<paths...>', 'filing files, or folders of them (with --ndjson)')
    .option('--ndjson', 'one JSON line per input file, {"file", "filing"} or {"file", "error"}; goes on past bad files')
    .addHelpText('after', '\nExit status: 0 when every file parsed, 1 when any failed, 2 for bad usage.')
    .action(async (paths: string[], opts: { ndjson?: boolean }) => {
      io.exitCode = opts.ndjson ? await parseToNdjson(paths, io) : await parseOne(paths, io);
    });
}

async function parseOne(paths: string[], io: CommandIO): Promise<number> {
  const [file] = paths;
  if (paths.length !== 1 || file === undefined || isDirectory(file)) {
    throw new UsageError('parse prints one filing; give several files or a folder with --ndjson');
  }
  const outcome = readFiling(file);
  if ('error' in outcome) {
    io.err(errorLine(outcome));
    return 1;
  }
  io.out(JSON.stringify(outcome.filing, null, 2));
  return 0;
}

async function parseToNdjson(paths: string[], io: CommandIO): Promise<number> {
  const files = expandFilingPaths(paths);
  let failed = 0;
  for (const file of files) {
    const outcome = readFiling(file);
    if ('error' in outcome) {
      failed++;
      io.err(errorLine(outcome));
    }
    io.out(JSON.stringify(outcome));
  }
  io.err(`parsed ${files.length - failed} of ${files.length} files${failed ? `, ${failed} failed` : ''}`);
  return failed > 0 ? 1 : 0;
}

function errorLine(outcome: Extract<FileOutcome, { error: unknown }>): string {
  return `insider-graph: ${outcome.file}: ${outcome.error.message} (${outcome.error.code})`;
}
