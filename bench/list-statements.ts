import { loadavg } from 'node:os';
import { GrafeoStore } from '../src/graph/grafeo-store';
import { countFilingPages, filingPages } from '../src/graph/queries/filings';
import { countHoldings, HOLDINGS, holdingsPages, type HoldingsFilter } from '../src/graph/queries/holdings';
import { countInsiderPages, insiderPages, searchIssuers } from '../src/graph/queries/issuers';
import { sliceParams, type PageWindow } from '../src/graph/queries/page';
import { coInsiderPages, searchPeople } from '../src/graph/queries/persons';
import { countTransactionPages, transactionPages } from '../src/graph/queries/transactions';
import { numberArg } from './args';
import { machineLine, median } from './machine';

/**
 * `BENCH_API_DATA=DIR npm run bench:list-statements [-- --batches N --batch B --passes P]`: the CPU
 * (whole process, Grafeo's threads included) of the statements behind the lists of a node, on a graph
 * `npm run bench:api` built in DIR (open a copy: one process owns a graph). For each list: its page
 * for one parent at a time (the flat statement a single parent runs), for B parents at once (the
 * batched statement), and the batched count. Passes alternate; medians.
 */
const WINDOW: PageWindow = { skip: 0, limit: 20 };
/** The lists as the API asks by default: current lines. */
const CURRENT: HoldingsFilter = { includeClosed: false, asOf: new Date().toISOString().slice(0, 10) };

interface Experiment {
  name: string;
  /** Runs the work for one batch of keys. */
  run: (keys: string[]) => Promise<unknown>;
}

async function main(): Promise<void> {
  const dir = process.env.BENCH_API_DATA;
  if (!dir) throw new Error('BENCH_API_DATA: the folder of a graph built by npm run bench:api (a copy of it: this opens it)');
  const batches = numberArg('batches', 100);
  const size = numberArg('batch', 20);
  const passes = numberArg('passes', 5);
  const store = await GrafeoStore.open(dir);
  try {
    const people = (await searchPeople(store, {}, { skip: 0, limit: 5000 })).items.map((p) => p.key);
    const issuers = (await searchIssuers(store, null, { skip: 0, limit: 1000 })).items.map((i) => i.key);
    // Batches spread over the sample, so neighbouring names do not share issuers.
    const batchesOf = (keys: string[]): string[][] => Array.from({ length: batches }, (_, b) => Array.from({ length: size }, (_, j) => keys[(b * size * 7 + j * 13) % keys.length]!));
    const personBatches = batchesOf(people);
    const issuerBatches = batchesOf(issuers);
    const eachAlone = (f: (key: string) => Promise<unknown>) => async (keys: string[]) => {
      for (const k of keys) await f(k);
    };
    const experiments: Array<Experiment & { batches: string[][] }> = [
      { name: `person transactions, flat x${size}`, batches: personBatches, run: eachAlone((k) => transactionPages(store, 'person', [k], 'DATE_DESC', WINDOW)) },
      { name: `person transactions, batched`, batches: personBatches, run: (keys) => transactionPages(store, 'person', keys, 'DATE_DESC', WINDOW) },
      { name: `person transactions, count batched`, batches: personBatches, run: (keys) => countTransactionPages(store, 'person', keys) },
      { name: `issuer transactions, flat x${size}`, batches: issuerBatches, run: eachAlone((k) => transactionPages(store, 'issuer', [k], 'DATE_DESC', WINDOW)) },
      { name: `issuer transactions, batched`, batches: issuerBatches, run: (keys) => transactionPages(store, 'issuer', keys, 'DATE_DESC', WINDOW) },
      { name: `issuer transactions, count batched`, batches: issuerBatches, run: (keys) => countTransactionPages(store, 'issuer', keys) },
      { name: `person filings, flat x${size}`, batches: personBatches, run: eachAlone((k) => filingPages(store, 'person', [k], WINDOW)) },
      { name: `person filings, batched`, batches: personBatches, run: (keys) => filingPages(store, 'person', keys, WINDOW) },
      { name: `person filings, count batched`, batches: personBatches, run: (keys) => countFilingPages(store, 'person', keys) },
      { name: `co-insiders, flat x${size}`, batches: personBatches, run: eachAlone((k) => coInsiderPages(store, [k], WINDOW)) },
      { name: `co-insiders, batched`, batches: personBatches, run: (keys) => coInsiderPages(store, keys, WINDOW) },
      { name: `insiders, flat x${size}`, batches: issuerBatches, run: eachAlone((k) => insiderPages(store, [k], { role: null, asOf: null }, WINDOW)) },
      { name: `insiders, batched`, batches: issuerBatches, run: (keys) => insiderPages(store, keys, { role: null, asOf: null }, WINDOW) },
      { name: `insiders, count batched`, batches: issuerBatches, run: (keys) => countInsiderPages(store, keys, { role: null, asOf: null }) },
      { name: `holdings, flat x${size}`, batches: personBatches, run: eachAlone((k) => holdingsPages(store, [k], CURRENT, WINDOW)) },
      { name: `holdings, flat count x${size}`, batches: personBatches, run: eachAlone((k) => countHoldings(store, [k], CURRENT)) },
      {
        name: `holdings, collecting x${size} (one person each)`,
        batches: personBatches,
        run: eachAlone((k) => store.executeRead((tx) => tx.run(HOLDINGS.pages, { keys: [k], ...CURRENT, ...sliceParams(WINDOW) }))),
      },
      { name: `holdings, collecting (batched)`, batches: personBatches, run: (keys) => holdingsPages(store, keys, CURRENT, WINDOW) },
    ];
    console.log(`list statements: ${machineLine()}; ${batches} batches of ${size} keys, ${passes} passes; graph in ${dir}`);
    const cpuMs: number[][] = experiments.map(() => []);
    const load0 = loadavg()[0]!;
    for (let pass = 0; pass < passes; pass++) {
      for (const [n, e] of experiments.entries()) {
        const c0 = process.cpuUsage();
        for (const keys of e.batches) await e.run(keys);
        const c = process.cpuUsage(c0);
        cpuMs[n]!.push((c.user + c.system) / 1000 / e.batches.length);
      }
    }
    console.log(`| statement | CPU ms per batch of ${size} keys, median | spread |\n|---|---:|---|`);
    for (const [n, e] of experiments.entries()) {
      const xs = cpuMs[n]!;
      console.log(`| ${e.name} | ${median(xs).toFixed(2)} | ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} |`);
    }
    console.log(`load average (1 min) ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:list-statements: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
