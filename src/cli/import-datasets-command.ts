import { Command } from 'commander';
import { importDatasets, type DatasetImportSummary } from '../datasets/import-datasets';
import type { DatasetProgress } from '../datasets/read-dataset';
import type { CommandIO } from './io';
import { withGraphOption, type GraphOptions } from './graph-option';
import { withStore } from './with-store';

export function importDatasetsCommand(io: CommandIO): Command {
  const cmd = new Command('import-datasets')
    .description("Import the SEC's Insider Transactions Data Sets (quarterly form345 zips) into the graph")
    .argument('<zips...>', 'data-set zip files, e.g. 2024q1_form345.zip')
    .option('--batch-size <n>', 'filings per write transaction', (v) => Number.parseInt(v, 10))
    .option('--quiet', 'no progress output, only the summary')
    .addHelpText(
      'after',
      '\nEach submission becomes the same canonical filing the XML parser makes (source format sec-dataset; see docs/datasets.md for what the data sets do not carry). Idempotent. A zip of the wrong shape is refused whole, a bad row refuses its submission only; exit status 1 when anything was refused.',
    )
    .action(async (zips: string[], opts: { batchSize?: number; quiet?: boolean } & GraphOptions) => {
      const progress = opts.quiet ? undefined : progressLines((l) => io.err(l));
      const summary = await withStore(io, (store) =>
        importDatasets(zips, { store, ...(progress ? { onProgress: progress } : {}), ...(opts.batchSize && opts.batchSize > 0 ? { batchSize: opts.batchSize } : {}) }),
        { data: opts.data, create: true },
      );
      if (!summary) return;
      for (const line of summaryLines(summary)) io.err(line);
      io.exitCode = summary.refused.length + summary.refusedZips.length + summary.ingest.failures.length > 0 ? 1 : 0;
    });
  return withGraphOption(cmd);
}

/** A line at most every two seconds, and one when a zip's reading ends. */
function progressLines(write: (line: string) => void, intervalMs = 2000): (p: DatasetProgress) => void {
  let last = 0;
  let phase = '';
  return (p) => {
    const now = Date.now();
    const changed = `${p.zip}|${p.phase}` !== phase;
    if (!changed && now - last < intervalMs) return;
    phase = `${p.zip}|${p.phase}`;
    last = now;
    write(p.phase === 'reading' ? `import-datasets: ${p.zip}: reading tables, ${p.rows.toLocaleString('en-US')} rows` : `import-datasets: ${p.zip}: ${p.submissions.toLocaleString('en-US')} submissions converted of ${p.rows.toLocaleString('en-US')} rows`);
  };
}

function summaryLines(s: DatasetImportSummary): string[] {
  const i = s.ingest;
  const lines = [
    ...s.refusedZips.map((m) => `insider-graph: import-datasets: ${m}`),
    ...s.refused.map((f) => `insider-graph: import-datasets: ${f.where}: ${f.message}`),
    ...i.failures.map((f) => `insider-graph: import-datasets: ${f.origin}: ${f.message} (${f.code})`),
  ];
  const seconds = i.durationMs / 1000;
  lines.push(
    `imported ${i.written} new filings (${i.skipped} already in the graph, ${s.refused.length + i.failures.length} refused) from ${s.submissions} submissions, ` +
      `${s.rows} rows of ${s.zips - s.refusedZips.length} of ${s.zips} zips; ${i.transactions} transactions in ${seconds.toFixed(1)} s on ${i.engine} ` +
      `(${seconds > 0 ? Math.round(s.rows / seconds) : 0} rows/s)`,
  );
  return lines;
}
