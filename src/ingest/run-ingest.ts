import { openGraphStore } from '../graph/open';
import { StorageError } from '../graph/storage-errors';
import { GraphStoreError, type GraphStore } from '../graph/store';
import { isParseError } from '../parser';
import { defaultParseWorkers, inlineParser, workerParser } from './parse-pool';
import { silentReporter, type ProgressReporter } from './progress';
import { expandFilingPaths } from '../files/filing-paths';
import { fileInputs, type IngestInput } from './sources';
import type { IngestFailure, IngestSummary } from './summary';
import type { IngestWarning, ParsedFiling } from './types';
import { writeBatch, type BatchResult } from './write-batch';

export interface IngestOptions {
  /** A store to write to; when absent one is opened from the environment and closed at the end. */
  store?: GraphStore;
  /** Filings per write transaction. */
  batchSize?: number;
  reporter?: ProgressReporter;
  /** Worker threads that parse; 0 parses on the main thread. Default: cores - 1 (0 under ts-jest). */
  parseWorkers?: number;
}

/** Grafeo slows per row as one transaction's write set grows; a few hundred filings is the sweet spot. */
export const DEFAULT_BATCH_SIZE = 250;

/** `insider-graph ingest PATH...`: files and folders (searched recursively) into the graph. */
export async function runIngest(paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const files = expandFilingPaths(paths);
  return ingestInputs(fileInputs(files), { ...options, total: files.length });
}

/**
 * Parses inputs and writes them in batches, one transaction each. The next batch is parsed while the
 * previous one is being written. A batch the store refuses is written again filing by filing, so one
 * bad filing costs only itself: it leaves nothing in the graph and is listed in the summary.
 */
export async function ingestInputs(
  inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
  options: IngestOptions & { total?: number } = {},
): Promise<IngestSummary> {
  const store = options.store ?? (await openGraphStore());
  const reporter = options.reporter ?? silentReporter;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const started = Date.now();
  const tally = { files: 0, written: 0, skipped: 0, transactions: 0, failures: [] as IngestFailure[], warnings: [] as IngestWarning[] };
  const report = (): void =>
    reporter.update({
      files: tally.files,
      total: options.total,
      written: tally.written,
      skipped: tally.skipped,
      errors: tally.failures.length,
      transactions: tally.transactions,
      elapsedMs: Date.now() - started,
    });

  const workers = options.parseWorkers ?? defaultParseWorkers();
  const parser = workers > 0 ? workerParser(workers) : inlineParser;
  // Two stages overlap: batch N is written while batch N+1 is parsed; never more than that in memory.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (raw: IngestInput[]): Promise<void> => {
    const parsing = parser.parse(raw);
    await inFlight;
    inFlight = parsing
      .then((results) => {
        const batch: ParsedFiling[] = [];
        for (const r of results) {
          if (r.ok) batch.push(r.parsed);
          else tally.failures.push(r.failure);
        }
        return batch.length > 0 ? writeIsolating(store, batch) : { results: [], failures: [] };
      })
      .then(({ results, failures }) => {
        for (const r of results) {
          tally.written += r.written.length;
          tally.skipped += r.skipped.length;
          tally.transactions += r.transactions;
          tally.warnings.push(...r.warnings);
        }
        tally.failures.push(...failures);
        report();
      });
  };

  try {
    let raw: IngestInput[] = [];
    for await (const input of inputs) {
      tally.files++;
      raw.push(input);
      if (raw.length >= batchSize) {
        await flush(raw);
        raw = [];
      }
    }
    if (raw.length > 0) await flush(raw);
    await inFlight;
  } catch (e) {
    // A full or read-only disk, or a database gone, fails every filing alike: stop, and say how far the ingest got.
    const note = `the ingest stopped after ${tally.written} new filings, each written whole (ingest again once fixed: those are skipped)`;
    if (e instanceof StorageError) throw e.withNote(note);
    if (stopsIngest(e)) throw new GraphStoreError(e.code, `${e.message}; ${note}`, { cause: e.cause });
    throw e;
  } finally {
    await parser.close();
    if (!options.store) await store.close();
  }

  const durationMs = Date.now() - started;
  const summary: IngestSummary = {
    engine: store.engine,
    files: tally.files,
    written: tally.written,
    skipped: tally.skipped,
    failures: tally.failures,
    warnings: tally.warnings,
    transactions: tally.transactions,
    durationMs,
    filingsPerSecond: durationMs > 0 ? (tally.written * 1000) / durationMs : 0,
    transactionsPerSecond: durationMs > 0 ? (tally.transactions * 1000) / durationMs : 0,
  };
  reporter.finish(summary);
  return summary;
}

/** Errors that every later filing would meet too: written again one by one, each would only wait and fail. */
function stopsIngest(e: unknown): e is GraphStoreError {
  return e instanceof StorageError || (e instanceof GraphStoreError && e.code === 'UNAVAILABLE');
}

async function writeIsolating(store: GraphStore, batch: ParsedFiling[]): Promise<{ results: BatchResult[]; failures: IngestFailure[] }> {
  try {
    return { results: [await writeBatch(store, batch)], failures: [] };
  } catch (e) {
    if (stopsIngest(e)) throw e;
    if (batch.length === 1) return { results: [], failures: [failure(batch[0]!.origin, 'write', e)] };
  }
  const results: BatchResult[] = [];
  const failures: IngestFailure[] = [];
  for (const one of batch) {
    try {
      results.push(await writeBatch(store, [one]));
    } catch (e) {
      if (stopsIngest(e)) throw e;
      failures.push(failure(one.origin, 'write', e));
    }
  }
  return { results, failures };
}

function failure(origin: string, stage: IngestFailure['stage'], e: unknown): IngestFailure {
  const code = isParseError(e) ? e.code : e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : 'WRITE_FAILED';
  return { origin, stage, code, message: e instanceof Error ? e.message : String(e) };
}
