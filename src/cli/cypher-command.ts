import { Command } from 'commander';
import { parseParamPairs, runCypher, type PlainValue, type Row } from '../graph';
import type { CommandIO } from './io';
import { withGraphOption, type GraphOptions } from './graph-option';
import { withStore } from './with-store';

export function cypherCommand(io: CommandIO): Command {
  const cmd = new Command('cypher')
    .description('Run a read-only Cypher query on the configured graph and print the result')
    .argument('<query>', 'Cypher text; write clauses are refused')
    .option('--param <k=v>', 'a query parameter (JSON values stay typed); repeatable', (v: string, acc: string[]) => [...acc, v], [])
    .option('--json', 'print the rows as JSON instead of a table')
    .action(async (query: string, opts: { param: string[]; json?: boolean } & GraphOptions) => {
      const result = await withStore(io, (store) => runCypher(query, parseParamPairs(opts.param), { store }), { data: opts.data, create: false });
      if (!result) return;
      if (opts.json) io.out(JSON.stringify(result.rows, jsonValue, 2));
      else io.out(table(result.columns, result.rows));
    });
  return withGraphOption(cmd);
}

const jsonValue = (_key: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v);

function cell(v: PlainValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return JSON.stringify(v, jsonValue);
  return String(v);
}

/** Columns padded to their widest cell, as psql and cypher-shell print. */
function table(columns: string[], rows: Row[]): string {
  if (columns.length === 0) return '(no rows)';
  const cells = rows.map((r) => columns.map((c) => cell(r[c] ?? null)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}
