import { loadavg } from 'node:os';
import * as C from '../src/graph/cypher/ceiling';
import { numberArg } from './args';
import { withScratchGrafeo } from './scratch-store';

/**
 * `node dist/bench/grafeo-ceiling.js [--rows N --batch B]`: the cheapest Cypher writes of ingest's
 * shape (UNWIND a batch of rows, one transaction per batch) on embedded Grafeo, each timed in CPU
 * seconds of the whole process and wall seconds. This is an upper bound on what any ingest written in
 * Cypher can reach: ingest writes ~2.5 nodes and ~4 relationships per transaction row on top of this.
 */

type Rows = Array<Record<string, unknown>>;

const rowProps = (i: number): Record<string, unknown> => ({
  seq: i % 7,
  table: 'I',
  derivative: false,
  security: 'Common Stock',
  code: 'S',
  shares: 1000 + i,
  price: 12.5,
  acquiredDisposed: 'D',
  sharesAfter: 50_000 - i,
  ownership: 'D',
  footnoteIds: ['F1'],
  footnotes: ['Weighted average price.'],
  holdingGroup: 'common stock|D|',
  orderKey: `2024-01-01|2024-01-02|acc:${i}|00001`,
});

const experiments: Array<{ name: string; cypher: string; rows: (i: number) => Record<string, unknown> }> = [
  { name: 'UNWIND only (RETURN count)', cypher: C.CEILING_UNWIND_ONLY, rows: (i) => ({ key: `k${i}` }) },
  { name: 'UNWIND only, rows of 15 props', cypher: C.CEILING_UNWIND_ONLY, rows: (i) => ({ key: `k${i}`, ...rowProps(i) }) },
  { name: 'CREATE 1 node, 1 prop, no index', cypher: C.CEILING_CREATE_BARE, rows: (i) => ({ key: `k${i}` }) },
  { name: 'CREATE 1 node, 1 prop, unique+index key', cypher: C.CEILING_CREATE_KEYED, rows: (i) => ({ key: `k${i}` }) },
  { name: 'MERGE 1 node on unique+index key', cypher: C.CEILING_MERGE_KEYED, rows: (i) => ({ key: `k${i}` }) },
  { name: 'CREATE 1 node, 15 props (SET +=)', cypher: C.CEILING_CREATE_PROPS, rows: (i) => ({ key: `k${i}`, props: rowProps(i) }) },
  { name: 'CREATE 1 node, 15 props inline in CREATE', cypher: C.CEILING_CREATE_INLINE, rows: (i) => ({ key: `k${i}`, ...rowProps(i) }) },
  { name: 'CREATE 1 node, 15 props (SET = map)', cypher: C.CEILING_CREATE_SET_ALL, rows: (i) => ({ props: { key: `k${i}`, ...rowProps(i) } }) },
  { name: 'MATCH parent by key + CREATE rel + node', cypher: C.CEILING_CREATE_LINKED, rows: (i) => ({ key: `c${i}`, parent: `k${i}` }) },
];

async function main(): Promise<void> {
  const total = numberArg('rows', 100_000);
  const batch = numberArg('batch', 1000);
  await withScratchGrafeo('insider-graph-ceiling-', async (store) => {
    for (const s of C.CEILING_SCHEMA) await store.executeWrite((tx) => tx.run(s));
    console.log(`grafeo ceiling: ${total} rows per statement, ${batch} rows per transaction; load average ${loadavg()[0]!.toFixed(1)}`);
    for (const e of experiments) {
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (let start = 0; start < total; start += batch) {
        const rows: Rows = [];
        for (let i = start; i < Math.min(total, start + batch); i++) rows.push(e.rows(i));
        await store.executeWrite((tx) => tx.run(e.cypher, { rows }));
      }
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const c = process.cpuUsage(cpu0);
      const cpu = (c.user + c.system) / 1e6;
      console.log(`${e.name.padEnd(44)} ${Math.round(total / cpu).toString().padStart(8)} rows per CPU-second, ${Math.round(total / wall).toString().padStart(8)} rows/s wall (${((cpu * 1e6) / total).toFixed(1)} µs CPU per row)`);
    }
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
