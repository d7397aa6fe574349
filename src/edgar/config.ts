import { EdgarConfigError } from './errors';

/** The SEC's fair-access ceiling: https://www.sec.gov/os/accessing-edgar-data */
export const MAX_REQUESTS_PER_SECOND = 10;

export const DEFAULT_EDGAR_URL = 'https://www.sec.gov';
export const DEFAULT_DATA_URL = 'https://data.sec.gov';

export interface EdgarConfig {
  /** www.sec.gov: archives, indexes, the company-tickers file, the latest-filings feed. */
  edgarUrl: string;
  /** data.sec.gov: the submissions API. */
  dataUrl: string;
  userAgent: string;
  /** Requests per second across the whole process, at most MAX_REQUESTS_PER_SECOND. */
  rate: number;
}

export interface EdgarConfigInput {
  edgarUrl?: string;
  dataUrl?: string;
  userAgent?: string;
  rate?: number;
}

/**
 * Options first, then the environment (EDGAR_URL, EDGAR_DATA_URL, EDGAR_USER_AGENT), then the SEC's
 * hosts. The SEC asks every automated client to declare who it is ("Name email"), so there is no
 * default User-Agent: without one the command refuses to start.
 */
export function edgarConfig(input: EdgarConfigInput, env: NodeJS.ProcessEnv = process.env): EdgarConfig {
  const userAgent = (input.userAgent ?? env.EDGAR_USER_AGENT ?? '').trim();
  if (!userAgent) {
    throw new EdgarConfigError('EDGAR requires a declared User-Agent: give --user-agent "Your Name you@example.com" or set EDGAR_USER_AGENT');
  }
  if (!/\S+@\S+\.\S+/.test(userAgent) || !/[^\s@]+\s+\S+@/.test(userAgent)) {
    throw new EdgarConfigError(`the User-Agent must be a name and an email address, e.g. "Jane Doe jane@example.com" (got "${userAgent}")`);
  }
  const rate = input.rate ?? MAX_REQUESTS_PER_SECOND;
  if (!Number.isFinite(rate) || rate <= 0) throw new EdgarConfigError(`--rate must be a positive number of requests per second (got ${rate})`);
  if (rate > MAX_REQUESTS_PER_SECOND) {
    throw new EdgarConfigError(`--rate ${rate} is above EDGAR's fair-access limit of ${MAX_REQUESTS_PER_SECOND} requests per second`);
  }
  return {
    edgarUrl: baseUrl(input.edgarUrl ?? env.EDGAR_URL ?? DEFAULT_EDGAR_URL, '--edgar-url'),
    dataUrl: baseUrl(input.dataUrl ?? env.EDGAR_DATA_URL ?? DEFAULT_DATA_URL, '--data-url'),
    userAgent,
    rate,
  };
}

function baseUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EdgarConfigError(`${option} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EdgarConfigError(`${option} must be an http or https URL: ${value}`);
  return url.toString().replace(/\/+$/, '');
}
