import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '../src/datasets/import-datasets';
import { GrafeoStore } from '../src/graph/grafeo-store';
import { numberArg, stringArg } from './args';
import { machineLine, median } from './machine';
import { writeSyntheticQuarter } from './synthetic-dataset';

/**
 * `npm run bench:datasets [-- --submissions N --runs R]`: a synthetic quarter of the SEC's Insider
 * Transactions Data Sets at real size (60,000 submissions, about 150,000 Table I/II rows) imported into
 * a fresh embedded graph, each run in its own process so its peak RSS is the import's alone. Prints
 * table rows/s (all eight tables), transactions/s (to set beside bench:ingest) and peak memory.
 */
interface Run {
  seconds: number;
  rows: number;
  transactions: number;
  written: number;
  peakRssBytes: number;
  cpuSeconds: number;
}

async function importOnce(zip: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'insider-graph-bench-ds-'));
  const store = await GrafeoStore.open(dir);
  try {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const s = await importDatasets([zip], { store });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    if (s.refused.length || s.refusedZips.length || s.ingest.failures.length) throw new Error(`bench: refused ${JSON.stringify([s.refusedZips[0], s.refused[0], s.ingest.failures[0]])}`);
    const run: Run = { seconds, rows: s.rows, transactions: s.ingest.transactions, written: s.ingest.written, peakRssBytes: process.resourceUsage().maxRSS * 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    console.log(JSON.stringify(run));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const child = stringArg('import');
  if (child) return importOnce(child);
  const submissions = numberArg('submissions', 60_000);
  const runs = numberArg('runs', 3);
  const dir = mkdtempSync(join(tmpdir(), 'insider-graph-bench-zip-'));
  try {
    const zip = join(dir, '2024q1_form345.zip');
    const q = await writeSyntheticQuarter(zip, submissions);
    console.log(`datasets bench: ${q.submissions} submissions, ${q.tableRows} Table I/II rows, ${q.rows} rows in all tables, zip ${(statSync(zip).size / 1e6).toFixed(1)} MB; ${machineLine()}`);
    const results: Run[] = [];
    for (let r = 0; r < runs; r++) {
      const p = spawnSync(process.execPath, [__filename, '--import', zip], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (p.status !== 0) throw new Error(`bench: import run failed: ${p.stderr}`);
      const run = JSON.parse(p.stdout.trim().split('\n').at(-1)!) as Run;
      results.push(run);
      console.log(
        `run ${r + 1}: ${run.written} filings, ${run.rows} rows in ${run.seconds.toFixed(1)} s -> ${Math.round(run.rows / run.seconds)} rows/s, ` +
          `${Math.round(run.transactions / run.seconds)} transactions/s; CPU ${run.cpuSeconds.toFixed(1)} s; peak RSS ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB; load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
    const rowsPerSecond = median(results.map((r) => r.rows / r.seconds));
    const txPerSecond = median(results.map((r) => r.transactions / r.seconds));
    const peak = Math.max(...results.map((r) => r.peakRssBytes));
    console.log(`median: ${Math.round(rowsPerSecond)} rows/s, ${Math.round(txPerSecond)} transactions/s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (limit 2 GB)`);
    console.log(JSON.stringify({ submissions, rows: q.rows, runs, medianRowsPerSecond: Math.round(rowsPerSecond), medianTransactionsPerSecond: Math.round(txPerSecond), peakRssBytes: peak }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
