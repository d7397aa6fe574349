import { SingleBar, Presets } from 'cli-progress';
import pino, { type Logger } from 'pino';
import type { IngestSummary } from './summary';

export interface IngestProgress {
  /** Inputs read so far, parsed or not. */
  files: number;
  /** Total inputs when known (a folder listing), else undefined (a stream). */
  total: number | undefined;
  written: number;
  skipped: number;
  errors: number;
  transactions: number;
  elapsedMs: number;
}

/** What ingest tells as it goes; the CLI picks one, a library caller may pass its own or none. */
export interface ProgressReporter {
  update(p: IngestProgress): void;
  finish(summary: IngestSummary): void;
}

export const silentReporter: ProgressReporter = { update: () => undefined, finish: () => undefined };

const rate = (n: number, ms: number): number => (ms > 0 ? Math.round((n * 1000) / ms) : 0);

/** A progress bar (files, filings/s, errors) for a person at a terminal. */
export function barReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const bar = new SingleBar(
    { format: 'ingest [{bar}] {value}/{total} files | {rate} filings/s | {errors} errors', stream, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = { rate: rate(p.written + p.skipped, p.elapsedMs), errors: p.errors };
      if (!started) {
        bar.start(p.total ?? 0, p.files, payload);
        started = true;
      }
      if (p.total === undefined) bar.setTotal(p.files);
      bar.update(p.files, payload);
    },
    finish() {
      if (started) bar.stop();
    },
  };
}

/** Plain structured log lines, at most one per interval, for logs and CI where a bar is noise. */
export function logReporter(logger: Logger = pino({ name: 'ingest' }, pino.destination(2)), intervalMs = 2000): ProgressReporter {
  let last = -Infinity;
  return {
    update(p) {
      if (p.elapsedMs - last < intervalMs) return;
      last = p.elapsedMs;
      logger.info({ ...p, filingsPerSecond: rate(p.written + p.skipped, p.elapsedMs) }, 'ingest progress');
    },
    finish(summary) {
      // The count only: the command prints each failure once, as a line of its own.
      logger.info({ ...summary, failures: summary.failures.length }, 'ingest done');
    },
  };
}

/** A bar on a terminal, log lines otherwise. */
export function defaultReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  return stream.isTTY ? barReporter(stream) : logReporter();
}
