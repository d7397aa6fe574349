import type { EngineName } from '../graph/store';
import type { IngestWarning } from './types';

export interface IngestFailure {
  origin: string;
  /** parse: the document could not become a filing; write: the graph refused it. */
  stage: 'read' | 'parse' | 'write';
  code: string;
  message: string;
}

/** What an ingest run did; the CLI prints it, tests and the benchmark read it. */
export interface IngestSummary {
  engine: EngineName;
  files: number;
  /** Filings newly written to the graph. */
  written: number;
  /** Filings already in the graph (ingest is idempotent) or given twice. */
  skipped: number;
  failures: IngestFailure[];
  /** Filings written, with something the user may want to check (see IngestWarning). */
  warnings: IngestWarning[];
  /** Table I and II transaction rows of the filings written (holdings rows not counted). */
  transactions: number;
  durationMs: number;
  filingsPerSecond: number;
  transactionsPerSecond: number;
}
