import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Filing } from '../parser';
import { emptyRows, positionsOf, submissionToFiling, type SubmissionRows } from './convert';
import type { RowFailure } from './errors';
import { spillTables } from './spill';
import { TABLE_NAMES } from './tables';
import { ZipEntries } from './zip-entries';

export interface DatasetProgress {
  zip: string;
  phase: 'reading' | 'converting';
  rows: number;
  submissions: number;
}

export type DatasetItem = { filing: Filing; origin: string } | { failure: RowFailure };

/**
 * The submissions of one data-set zip as canonical filings, bucket by bucket (see spillTables), so
 * memory holds one bucket's rows at a time whatever the zip's size. Shape errors (DatasetError) come
 * before the first filing: a zip refused is refused whole.
 */
export async function* readDataset(path: string, onProgress: (p: DatasetProgress) => void = () => undefined): AsyncGenerator<DatasetItem> {
  const zipName = basename(path);
  const dir = mkdtempSync(join(tmpdir(), 'insider-graph-dataset-'));
  try {
    const zip = await ZipEntries.open(path, zipName);
    let spilled;
    try {
      spilled = await spillTables(zipName, zip, dir, (rows) => onProgress({ zip: zipName, phase: 'reading', rows, submissions: 0 }));
    } finally {
      zip.close();
    }
    const positions = positionsOf(spilled.headers);
    let submissions = 0;
    for (let b = 0; b < spilled.buckets; b++) {
      const byAccession = new Map<string, SubmissionRows>();
      for (const line of readFileSync(join(dir, `bucket-${b}.tsv`), 'utf8').split('\n')) {
        if (line === '') continue;
        const t1 = line.indexOf('\t');
        const t2 = line.indexOf('\t', t1 + 1);
        const table = TABLE_NAMES[Number(line.slice(0, t1))]!;
        const fields = line.slice(t2 + 1).split('\t');
        const accession = fields[0]!.trim();
        let rows = byAccession.get(accession);
        if (!rows) byAccession.set(accession, (rows = emptyRows()));
        rows[table].push({ line: Number(line.slice(t1 + 1, t2)), fields });
      }
      for (const accession of [...byAccession.keys()].sort()) {
        const out = submissionToFiling(zipName, accession, byAccession.get(accession)!, positions);
        submissions++;
        if (submissions % 5000 === 0) onProgress({ zip: zipName, phase: 'converting', rows: spilled.rows, submissions });
        yield 'filing' in out ? { filing: out.filing, origin: `${zipName}#${accession}` } : out;
      }
    }
    onProgress({ zip: zipName, phase: 'converting', rows: spilled.rows, submissions });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
