import { Presets, SingleBar } from 'cli-progress';
import type { FetchEvent } from './fetch-filings';
import type { RetryNotice } from './http-client';

export interface FetchTally {
  total: number;
  fetched: number;
  skipped: number;
  failed: Array<{ accession: string; reason: string }>;
  bytes: number;
  startedMs: number;
}

export const newTally = (total: number): FetchTally => ({ total, fetched: 0, skipped: 0, failed: [], bytes: 0, startedMs: Date.now() });

export function countEvent(t: FetchTally, ev: FetchEvent): void {
  if (ev.kind === 'fetched') {
    t.fetched++;
    t.bytes += ev.bytes;
  } else if (ev.kind === 'skipped') t.skipped++;
  else t.failed.push({ accession: ev.filing.accession, reason: ev.reason });
}

export interface FetchReporter {
  update(t: FetchTally): void;
  retry(n: RetryNotice): void;
  finish(t: FetchTally): void;
}

const done = (t: FetchTally): number => t.fetched + t.skipped + t.failed.length;
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const perSecond = (t: FetchTally): number => {
  const s = (Date.now() - t.startedMs) / 1000;
  return s > 0 ? t.fetched / s : 0;
};
function eta(t: FetchTally): string {
  const rate = perSecond(t);
  const left = t.total - done(t);
  if (rate <= 0 || left <= 0) return left <= 0 ? '0 s' : '?';
  const s = Math.round(left / rate);
  return s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** A bar for a person at a terminal: filings, MB, rate, ETA. */
export function fetchBar(stream: NodeJS.WriteStream = process.stderr): FetchReporter {
  const bar = new SingleBar(
    { format: 'fetch [{bar}] {value}/{total} filings | {mb} MB | {rate} filings/s | ETA {remaining}', stream, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  // `eta` is one of cli-progress's own tokens (bare seconds): ours is `remaining`.
  const payload = (t: FetchTally): Record<string, string> => ({ mb: mb(t.bytes), rate: perSecond(t).toFixed(1), remaining: eta(t) });
  return {
    update(t) {
      if (!started) {
        bar.start(t.total, done(t), payload(t));
        started = true;
      }
      bar.update(done(t), payload(t));
    },
    retry: () => undefined,
    finish() {
      if (started) bar.stop();
    },
  };
}

/** Plain lines for logs: progress at most every interval, and each retry. */
export function fetchLines(write: (line: string) => void, intervalMs = 5000): FetchReporter {
  let last = 0;
  return {
    update(t) {
      const now = Date.now();
      if (now - last < intervalMs && done(t) < t.total) return;
      last = now;
      write(`fetch: ${done(t)}/${t.total} filings (${t.fetched} fetched, ${t.skipped} on disk, ${t.failed.length} failed), ${mb(t.bytes)} MB, ${perSecond(t).toFixed(1)} filings/s, ETA ${eta(t)}`);
    },
    retry(n) {
      write(`fetch: ${n.url}: ${n.reason}; retry ${n.attempt} in ${(n.waitMs / 1000).toFixed(1)} s`);
    },
    finish: () => undefined,
  };
}

export const silentFetch: FetchReporter = { update: () => undefined, retry: () => undefined, finish: () => undefined };

export function fetchSummary(t: FetchTally): string {
  const s = (Date.now() - t.startedMs) / 1000;
  return `fetched ${t.fetched} filings (${mb(t.bytes)} MB), ${t.skipped} already on disk, ${t.failed.length} failed, of ${t.total}, in ${s.toFixed(1)} s`;
}
