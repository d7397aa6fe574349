import { cpus, loadavg, totalmem } from 'node:os';
import { ingestInputs, type IngestInput, type ProgressReporter } from '../src/ingest';
import { syntheticFilings } from './synthetic-filings';
import { numberArg } from './args';
import { emptyStore, engineArg, stopNeo4j, type BenchEngine } from './engines';
import { median } from './machine';

/**
 * `npm run bench:ingest [-- --transactions N --batch B --runs R --engine grafeo|neo4j|both]`: synthetic
 * ownership XML through the whole ingest path (parse, resolve, batch write, derived holdings) into a
 * fresh embedded graph or an emptied Neo4j (NEO4J_URI's, else a local one it starts), printing
 * transactions/s and the process's peak RSS; with `both`, the same workload on each and the ratio. Generating the XML is timed
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

async function runOnce(engine: BenchEngine, transactions: number, batchSize: number): Promise<RunResult> {
  const { store, dispose } = await emptyStore(engine);
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
    await dispose();
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
  const engines = engineArg();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const rates: Partial<Record<BenchEngine, number[]>> = {};
  const medians = new Map<BenchEngine, number>();
  console.log(`ingest bench: ${transactions} transactions, batch ${batchSize}, ${runs} run(s), engine ${engines.join(' and ')}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  // Runs alternate between the engines, so a slow spell of the machine falls on both.
  for (let r = 0; r < runs; r++) {
    for (const engine of engines) {
      const res = await runOnce(engine, transactions, batchSize);
      (rates[engine] ??= []).push(res.rate);
      console.log(
        `run ${r + 1} ${engine}: ${res.tx} transactions in ${res.written} filings, ${res.seconds.toFixed(1)} s -> ${Math.round(res.rate)} transactions/s ` +
          `(generation ${res.genSeconds.toFixed(1)} s excluded); CPU of this process ${res.cpuSeconds.toFixed(1)} s = ${Math.round(res.tx / res.cpuSeconds)} transactions per CPU-second; load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
  }
  clearInterval(sampler);
  await stopNeo4j();
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  for (const engine of engines) {
    medians.set(engine, median(rates[engine]!));
    console.log(`median ${engine}: ${Math.round(medians.get(engine)!)} transactions/s`);
  }
  if (engines.length === 2) console.log(`ratio neo4j / grafeo: ${(medians.get('neo4j')! / medians.get('grafeo')!).toFixed(2)}`);
  // The Node process only: a Neo4j's own memory is its JVM's.
  console.log(`peak RSS of this process ${(maxRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(JSON.stringify({ transactions, batchSize, runs, medianTransactionsPerSecond: Object.fromEntries([...medians].map(([e, m]) => [e, Math.round(m)])), peakRssBytes: maxRss }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
