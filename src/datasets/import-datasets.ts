import type { GraphStore } from '../graph/store';
import { ingestInputs, silentReporter, type IngestInput, type IngestSummary } from '../ingest';
import { DatasetError, type RowFailure } from './errors';
import { readDataset, type DatasetProgress } from './read-dataset';

export interface DatasetImportSummary {
  zips: number;
  /** Submissions read from the zips, refused ones included. */
  submissions: number;
  /** Table rows read, all tables of all zips imported. */
  rows: number;
  refused: RowFailure[];
  /** Zips refused whole, each with the one line saying why. */
  refusedZips: string[];
  ingest: IngestSummary;
}

export interface DatasetImportOptions {
  store: GraphStore;
  batchSize?: number;
  onProgress?: (p: DatasetProgress) => void;
}

/**
 * Data-set zips into the graph through the same ingest as parsed documents: each submission becomes a
 * canonical filing (source format sec-dataset) and is written whole or not at all. A zip whose shape is
 * wrong is refused before any of it is written, and the next zip is read.
 */
export async function importDatasets(paths: string[], options: DatasetImportOptions): Promise<DatasetImportSummary> {
  const refused: RowFailure[] = [];
  const refusedZips: string[] = [];
  let submissions = 0;
  let rows = 0;
  async function* inputs(): AsyncGenerator<IngestInput> {
    for (const path of paths) {
      let zipRows = 0;
      try {
        const items = readDataset(path, (p) => {
          zipRows = p.rows;
          options.onProgress?.(p);
        });
        for await (const item of items) {
          submissions++;
          if ('failure' in item) refused.push(item.failure);
          else yield { origin: item.origin, filing: item.filing };
        }
        rows += zipRows;
      } catch (e) {
        if (!(e instanceof DatasetError)) throw e;
        refusedZips.push(e.message);
      }
    }
  }
  const ingest = await ingestInputs(inputs(), { store: options.store, reporter: silentReporter, parseWorkers: 0, ...(options.batchSize ? { batchSize: options.batchSize } : {}) });
  return { zips: paths.length, submissions, rows, refused, refusedZips, ingest };
}
