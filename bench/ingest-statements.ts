import { loadavg } from 'node:os';
import * as C from '../src/graph/cypher/ingest';
import type { GraphStore, GraphTx, TxWork } from '../src/graph/store';
import { ingestInputs, type IngestInput } from '../src/ingest';
import { numberArg } from './args';
import { withScratchGrafeo } from './scratch-store';
import { syntheticFilings } from './synthetic-filings';

/**
 * `node dist/bench/ingest-statements.js [--transactions N --batch B]`: where ingest's CPU goes, by
 * statement. Parses on the main thread (no worker) so the process's CPU clock around each statement
 * is that statement's alone; prints CPU seconds and µs per transaction per statement, and the rest
 * (parse, resolve in JS, planning) as one line.
 */

const names = new Map<string, string>();
for (const [k, v] of Object.entries(C)) {
  if (typeof v === 'string') names.set(v, k);
  else if (v !== null && typeof v === 'object') for (const [t, q] of Object.entries(v)) if (typeof q === 'string') names.set(q, `${k}.${t}`);
}

/** Writes in flight, and who waits for there to be none: parsing must not overlap a timed statement. */
let writing = 0;
let idleWaiters: Array<() => void> = [];
const idle = (): Promise<void> => (writing === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r)));

/** CPU inside write transactions, statements included: the rest of it is resolve, plan and commit. */
let inWrites = 0;

const spent = new Map<string, { cpuUs: number; calls: number; rows: number }>();

function timed(store: GraphStore): GraphStore {
  const wrap = (tx: GraphTx): GraphTx => ({
    async run(query, params) {
      const c0 = process.cpuUsage();
      const out = await tx.run(query, params);
      const c = process.cpuUsage(c0);
      const name = names.get(query) ?? query.trim().split('\n')[0]!.slice(0, 40);
      const s = spent.get(name) ?? { cpuUs: 0, calls: 0, rows: 0 };
      s.cpuUs += c.user + c.system;
      s.calls++;
      const first = params ? Object.values(params)[0] : undefined;
      s.rows += Array.isArray(first) ? first.length : 1;
      spent.set(name, s);
      return out;
    },
  });
  return {
    engine: store.engine,
    executeRead: <T>(work: TxWork<T>) => store.executeRead((tx) => work(wrap(tx))),
    executeWrite: async <T>(work: TxWork<T>) => {
      writing++;
      const c0 = process.cpuUsage();
      try {
        return await store.executeWrite((tx) => work(wrap(tx)));
      } finally {
        const c = process.cpuUsage(c0);
        inWrites += c.user + c.system;
        if (--writing === 0) {
          for (const r of idleWaiters) r();
          idleWaiters = [];
        }
      }
    },
    close: () => store.close(),
  };
}

async function main(): Promise<void> {
  const transactions = numberArg('transactions', 20_000);
  const batchSize = numberArg('batch', 1000);
  await withScratchGrafeo('insider-graph-stmts-', async (store) => {
    const all: IngestInput[] = [];
    for (const f of syntheticFilings({ transactions })) all.push({ origin: f.name, bytes: Buffer.from(f.xml, 'utf8') });
    // Each batch is handed over only once the previous one is written, so parsing never runs inside a timed statement.
    async function* inputs(): AsyncGenerator<IngestInput> {
      for (let i = 0; i < all.length; i++) {
        if (i > 0 && i % batchSize === 0) await idle();
        yield all[i]!;
      }
    }
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const s = await ingestInputs(inputs(), { store: timed(store), batchSize, parseWorkers: 0 });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(cpu0);
    const cpuUs = c.user + c.system;
    const tx = s.transactions;
    console.log(`${tx} transactions, ${s.written} filings, batch ${batchSize}: CPU ${(cpuUs / 1e6).toFixed(1)} s (${Math.round(tx / (cpuUs / 1e6))} tx per CPU-second), wall ${wall.toFixed(1)} s; load ${loadavg()[0]!.toFixed(1)}`);
    let inStatements = 0;
    const lines = [...spent.entries()].sort((a, b) => b[1].cpuUs - a[1].cpuUs);
    for (const [name, v] of lines) {
      inStatements += v.cpuUs;
      console.log(`${name.padEnd(32)} ${(v.cpuUs / 1e6).toFixed(2).padStart(7)} s ${(v.cpuUs / tx).toFixed(1).padStart(7)} µs/tx ${((100 * v.cpuUs) / cpuUs).toFixed(1).padStart(5)}%  ${v.calls} calls ${v.rows} rows (${(v.cpuUs / Math.max(1, v.rows)).toFixed(1)} µs/row)`);
    }
    const line = (name: string, us: number): void =>
      console.log(`${name.padEnd(32)} ${(us / 1e6).toFixed(2).padStart(7)} s ${(us / tx).toFixed(1).padStart(7)} µs/tx ${((100 * us) / cpuUs).toFixed(1).padStart(5)}%`);
    line('(resolve, plan in JS, commit)', inWrites - inStatements);
    line('(parse, the rest)', cpuUs - inWrites);
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
