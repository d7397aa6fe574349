import { Command } from 'commander';
import { defaultReporter, runIngest, silentReporter, type IngestSummary } from '../ingest';
import type { CommandIO } from './io';
import { withGraphOption, type GraphOptions } from './graph-option';
import { withStore } from './with-store';

export function ingestCommand(io: CommandIO): Command {
  const cmd = new Command('ingest')
    .description('Parse filings (XML, submissions, OCR text; files and folders) and write them to the graph')
    .argument('<paths...>', 'filing files or folders of them, searched recursively')
    .option('--batch-size <n>', 'filings per write transaction', (v) => Number.parseInt(v, 10))
    .option('--quiet', 'no progress output, only the summary')
    .addHelpText('after', '\nIdempotent: ingesting the same files again changes nothing. Exit status 1 when any filing failed.')
    .action(async (paths: string[], opts: { batchSize?: number; quiet?: boolean } & GraphOptions) => {
      const summary = await withStore(
        io,
        (store) =>
          runIngest(paths, {
            store,
            reporter: opts.quiet ? silentReporter : defaultReporter(),
            ...(opts.batchSize && opts.batchSize > 0 ? { batchSize: opts.batchSize } : {}),
          }),
        // The one command (with serve --ingest) that may create a graph.
        { data: opts.data, create: true },
      );
      if (!summary) return;
      for (const line of summaryLines(summary)) io.err(line);
      io.exitCode = summary.failures.length > 0 ? 1 : 0;
    });
  return withGraphOption(cmd);
}

function summaryLines(s: IngestSummary): string[] {
  const lines = s.failures.map((f) => `insider-graph: ${f.origin}: ${f.message} (${f.code})`);
  for (const w of s.warnings) lines.push(`insider-graph: warning: ${w.origin}: ${w.message}`);
  lines.push(
    `ingested ${s.written} new filings (${s.skipped} already in the graph, ${s.failures.length} failed) of ${s.files} files; ` +
      `${s.transactions} transactions in ${(s.durationMs / 1000).toFixed(1)} s on ${s.engine}`,
  );
  return lines;
}
