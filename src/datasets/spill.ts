import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DatasetError, place } from './errors';
import { OPTIONAL_COLUMNS, TABLE_NAMES, TABLES, tableFile, type TableName } from './tables';
import type { ZipEntries } from './zip-entries';

/** A bucket holds about this much of the tables, so one bucket in memory stays small. */
const BUCKET_BYTES = 16 * 1024 * 1024;

/** The header of each table as the zip gives it (the columns' positions). */
export type Headers = Record<TableName, string[]>;

export interface Spilled {
  dir: string;
  buckets: number;
  headers: Headers;
  /** Data rows read, all tables. */
  rows: number;
}

/** FNV-1a: cheap, and spreads accession numbers evenly. */
function bucketOf(accession: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < accession.length; i++) h = Math.imul(h ^ accession.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/**
 * The tables are joined by accession number, and a quarter's tables are about 100 MB unpacked. Rather
 * than hold them all, every row goes to one of several bucket files by its accession, so all the rows
 * of a submission, whatever their table, are in the same bucket; buckets are then read one at a time.
 * A line in a bucket is `<table index>\t<line number>\t<the row as it was>`.
 *
 * Everything about the zip's shape is checked here, before anything is written to the graph: every
 * table present, every header with the columns read, every entry whole.
 */
export async function spillTables(zipName: string, zip: ZipEntries, dir: string, onRows: (n: number) => void = () => undefined): Promise<Spilled> {
  for (const t of TABLE_NAMES) if (!zip.entries.has(tableFile(t).toUpperCase())) {
    throw new DatasetError(`${zipName}: no ${tableFile(t)} table (the SEC's Insider Transactions Data Sets have ${TABLE_NAMES.map(tableFile).join(', ')})`);
  }
  const buckets = Math.max(1, Math.ceil(zip.size / BUCKET_BYTES));
  const writers: WriteStream[] = Array.from({ length: buckets }, (_, i) => createWriteStream(join(dir, `bucket-${i}.tsv`)));
  const headers = {} as Headers;
  let rows = 0;
  try {
    for (const [ti, t] of TABLE_NAMES.entries()) {
      const file = tableFile(t);
      let line = 0;
      try {
        const lines = createInterface({ input: await zip.stream(zip.entries.get(file.toUpperCase())!), crlfDelay: Infinity });
        for await (const text of lines) {
          line++;
          if (line === 1) {
            headers[t] = checkHeader(zipName, t, text);
            continue;
          }
          if (text === '') continue;
          const tab = text.indexOf('\t');
          const accession = tab < 0 ? text : text.slice(0, tab);
          const w = writers[bucketOf(accession, buckets)]!;
          if (!w.write(`${ti}\t${line}\t${text}\n`)) await once(w, 'drain');
          if (++rows % 10_000 === 0) onRows(rows);
        }
      } catch (e) {
        if (e instanceof DatasetError) throw e;
        throw new DatasetError(`${place(zipName, file, line + 1)}: the file is cut short or damaged (${e instanceof Error ? e.message : String(e)})`);
      }
      if (line === 0) throw new DatasetError(`${place(zipName, file, 1)}: empty, not even a header`);
    }
  } finally {
    await Promise.all(writers.map((w) => new Promise((resolve) => w.end(resolve))));
  }
  onRows(rows);
  return { dir, buckets, headers, rows };
}

function checkHeader(zipName: string, t: TableName, text: string): string[] {
  const columns = text.split('\t').map((c) => c.trim().toUpperCase());
  const missing = TABLES[t].filter((c) => !OPTIONAL_COLUMNS.has(c) && !columns.includes(c));
  if (missing.length > 0) {
    throw new DatasetError(`${place(zipName, tableFile(t), 1)}: the header lacks ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}`);
  }
  return columns;
}
