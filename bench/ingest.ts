import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { GrafeoStore } from '../src/graph/grafeo-store';
import { openGraphStore } from '../src/graph/open';
import { graphConfigFromEnv } from '../src/graph/config';
import { ingestInputs, type IngestInput, type ProgressReporter } from '../src/ingest';
import { syntheticFilings } from './synthetic-filings';
import { numberArg } from './args';

/**
 * `npm run bench:ingest [-- --transactions N --batch B --runs R]`: synthetic ownership XML through
 * the whole ingest path (parse, resolve, batch write, derived holdings) into a fresh embedded graph
 * (or NEO4J_URI's), printing transactions/s and the process's peak RSS. Generating the XML is timed
 * apart and left out of the rate: it stands in for reading files, which a real run does instead.
 */

interface RunResult {
  rate: number;
  seconds: number;
  written: number;
  tx: number;
  genSeconds: number;
  /** CPU seconds of the whole process (all threads): unlike wall time, other load on the machine barely moves it. */
  cpuSeconds: number;
}

async function runOnce(transactions: number, batchSize: number): Promise<RunResult> {
  const config = graphConfigFromEnv();
  const dir = mkdtempSync(join(tmpdir(), 'insider-graph-bench-'));
  const store = config.engine === 'grafeo' ? await GrafeoStore.open(dir) : await openGraphStore(config);
  let genNs = 0n;
  function* inputs(): Generator<IngestInput> {
    const gen = syntheticFilings({ transactions });
    for (;;) {
      const t0 = process.hrtime.bigint();
      const next = gen.next();
      genNs += process.hrtime.bigint() - t0;
      if (next.done) return;
      yield { origin: next.value.name, bytes: Buffer.from(next.value.xml, 'utf8') };
    }
  }
  try {
    const started = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const s = await ingestInputs(inputs(), { store, batchSize, reporter: progressLines(transactions) });
    const seconds = Number(process.hrtime.bigint() - started - genNs) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6 - Number(genNs) / 1e9;
    if (s.failures.length > 0) throw new Error(`bench: ${s.failures.length} failures, first: ${JSON.stringify(s.failures[0])}`);
    return { rate: s.transactions / seconds, seconds, written: s.written, tx: s.transactions, genSeconds: Number(genNs) / 1e9, cpuSeconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A line every 30 s on long runs, so a run in the background shows how far it got and its memory. */
function progressLines(target: number): ProgressReporter {
  let last = 0;
  return {
    update(p) {
      if (p.elapsedMs - last < 30_000) return;
      last = p.elapsedMs;
      const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
      console.log(`  ${p.transactions}/${target} transactions, ${p.written} filings, ${(p.elapsedMs / 1000).toFixed(0)} s, ${Math.round((p.transactions * 1000) / p.elapsedMs)} transactions/s, RSS ${rss} MiB`);
    },
    finish: () => undefined,
  };
}

async function main(): Promise<void> {
  const transactions = numberArg('transactions', 200_000);
  const batchSize = numberArg('batch', 1000);
  const runs = numberArg('runs', 3);
  const engine = graphConfigFromEnv().engine;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const rates: number[] = [];
  console.log(`ingest bench: ${transactions} transactions, batch ${batchSize}, ${runs} run(s), engine ${engine}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  for (let r = 0; r < runs; r++) {
    const res = await runOnce(transactions, batchSize);
    rates.push(res.rate);
    console.log(
      `run ${r + 1}: ${res.tx} transactions in ${res.written} filings, ${res.seconds.toFixed(1)} s -> ${Math.round(res.rate)} transactions/s ` +
        `(generation ${res.genSeconds.toFixed(1)} s excluded); CPU ${res.cpuSeconds.toFixed(1)} s = ${Math.round(res.tx / res.cpuSeconds)} transactions per CPU-second; load average ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  clearInterval(sampler);
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
  console.log(`median: ${Math.round(median)} transactions/s; peak RSS ${(maxRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(JSON.stringify({ transactions, batchSize, runs, engine, medianTransactionsPerSecond: Math.round(median), peakRssBytes: maxRss }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
