import { Command, InvalidArgumentError } from 'commander';
import { edgarConfig, MAX_REQUESTS_PER_SECOND, type EdgarConfig } from '../edgar/config';
import { EdgarConfigError } from '../edgar/errors';
import { UsageError } from './io';

/** The options every command that talks to EDGAR takes, declared once. */
export interface EdgarOptions {
  userAgent?: string;
  rate?: number;
  edgarUrl?: string;
  dataUrl?: string;
  retries?: number;
}

export function positiveNumber(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

export function count(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function withEdgarOptions(cmd: Command): Command {
  return cmd
    .option('--user-agent <text>', 'who you are, as EDGAR requires: "Name email" (or EDGAR_USER_AGENT)')
    .option('--rate <n>', `requests per second, at most ${MAX_REQUESTS_PER_SECOND} (EDGAR's fair-access limit)`, positiveNumber)
    .option('--retries <n>', 'retries of a failed request (429, 5xx, network), with exponential back-off', count)
    .option('--edgar-url <url>', 'replaces https://www.sec.gov (or EDGAR_URL): a mirror, a proxy, a test server')
    .option('--data-url <url>', 'replaces https://data.sec.gov (or EDGAR_DATA_URL)');
}

export function edgarConfigOf(opts: EdgarOptions, env: NodeJS.ProcessEnv = process.env): EdgarConfig {
  try {
    return edgarConfig(opts, env);
  } catch (e) {
    if (e instanceof EdgarConfigError) throw new UsageError(e.message);
    throw e;
  }
}
