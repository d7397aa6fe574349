export { runIngest, ingestInputs, DEFAULT_BATCH_SIZE, type IngestOptions } from './run-ingest';
export { expandPaths, parseInput, type IngestInput } from './sources';
export { barReporter, logReporter, defaultReporter, silentReporter, type ProgressReporter, type IngestProgress } from './progress';
export type { IngestSummary, IngestFailure } from './summary';
export { normalisePersonName, normaliseIssuerName } from './names';
