import { EdgarFormatError } from './errors';
import { padCik } from './endpoints';

/** What EDGAR's listings say about one filing: enough to fetch it and to know when it was filed. */
export interface ListedFiling {
  accession: string;
  form: string;
  /** A CIK the filing is stored under in the archives (issuer or reporting owner). */
  cik: string;
  /** YYYY-MM-DD */
  filingDate: string | null;
}

const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;

function json(body: Buffer, what: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new EdgarFormatError(`${what} is not JSON`);
  }
}

/** company_tickers.json: {"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},...} -> ticker (upper case) to CIK. */
export function parseCompanyTickers(body: Buffer): Map<string, string> {
  const data = json(body, 'the company-tickers file');
  if (!data || typeof data !== 'object') throw new EdgarFormatError('the company-tickers file is not an object');
  const out = new Map<string, string>();
  for (const row of Object.values(data as Record<string, unknown>)) {
    if (!row || typeof row !== 'object') continue;
    const { cik_str, ticker } = row as { cik_str?: unknown; ticker?: unknown };
    if (typeof ticker === 'string' && (typeof cik_str === 'number' || typeof cik_str === 'string')) out.set(ticker.toUpperCase(), padCik(cik_str));
  }
  if (out.size === 0) throw new EdgarFormatError('the company-tickers file lists no tickers');
  return out;
}

export interface SubmissionsPage {
  filings: ListedFiling[];
  /** Names of older pages (the main file's `filings.files`), to fetch from the same folder. */
  olderPages: string[];
}

/**
 * A submissions file (CIK##########.json: columns under `filings.recent`, older pages named in
 * `filings.files`) or one of its older pages (the same columns at the top level).
 */
export function parseSubmissions(body: Buffer, cik: string, what: string): SubmissionsPage {
  const data = json(body, what) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') throw new EdgarFormatError(`${what} is not an object`);
  const filings = data.filings as { recent?: unknown; files?: unknown } | undefined;
  const columns = (filings ? filings.recent : data) as Record<string, unknown> | undefined;
  if (!columns || !Array.isArray(columns.accessionNumber) || !Array.isArray(columns.form)) {
    throw new EdgarFormatError(`${what} has no accessionNumber and form columns`);
  }
  const acc = columns.accessionNumber as unknown[];
  const form = columns.form as unknown[];
  const date = Array.isArray(columns.filingDate) ? (columns.filingDate as unknown[]) : [];
  const out: ListedFiling[] = [];
  for (let i = 0; i < acc.length; i++) {
    const a = acc[i];
    const f = form[i];
    if (typeof a !== 'string' || !ACCESSION.test(a) || typeof f !== 'string') continue;
    const d = date[i];
    out.push({ accession: a, form: f, cik: padCik(cik), filingDate: typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null });
  }
  const files = filings && Array.isArray(filings.files) ? (filings.files as unknown[]) : [];
  const olderPages = files
    .map((f) => (f && typeof f === 'object' ? (f as { name?: unknown }).name : undefined))
    .filter((n): n is string => typeof n === 'string' && /^[\w.-]+\.json$/.test(n));
  return { filings: out, olderPages };
}

/**
 * A form.idx (daily or quarterly): a free-text preamble, a header line, a line of dashes, then fixed-width
 * rows `Form Type  Company Name  CIK  Date Filed  File Name`. The company name may hold any spaces, so a
 * row is read from its end: the file name, the date, the CIK, and the form type at its start.
 */
export function parseFormIndex(body: Buffer, what: string): ListedFiling[] {
  const text = body.toString('latin1');
  const dashes = text.search(/^-{20,}\s*$/m);
  if (dashes < 0) throw new EdgarFormatError(`${what} is not a form index (no line of dashes under its header)`);
  const out: ListedFiling[] = [];
  const rows = text.slice(text.indexOf('\n', dashes) + 1).split('\n');
  const row = /^(\S+(?: \S+)*?)\s{2,}.*?\s(\d{1,10})\s+(\d{8}|\d{4}-\d{2}-\d{2})\s+(edgar\/data\/\S+)\s*$/;
  for (const line of rows) {
    const m = row.exec(line);
    if (!m) continue;
    const accession = /(\d{10}-\d{2}-\d{6})\.txt$/.exec(m[4]!)?.[1];
    if (!accession) continue;
    const d = m[3]!.replace(/-/g, '');
    out.push({ accession, form: m[1]!, cik: padCik(m[2]!), filingDate: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` });
  }
  return out;
}

/** One entry of the latest-filings Atom feed. */
export interface FeedEntry extends ListedFiling {
  updated: string | null;
}

/**
 * The getcurrent Atom feed. Each filing appears once per filer (the reporting owner and the issuer);
 * the accession is in the entry's id, the archive folder (and so a CIK) in its link.
 */
export function parseLatestFilingsFeed(body: Buffer, what: string): FeedEntry[] {
  const text = body.toString('latin1');
  if (!/<feed[\s>]/.test(text)) throw new EdgarFormatError(`${what} is not an Atom feed`);
  const out: FeedEntry[] = [];
  for (const m of text.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const entry = m[1]!;
    const accession = /accession-number=(\d{10}-\d{2}-\d{6})/.exec(entry)?.[1];
    const cik = /\/Archives\/edgar\/data\/(\d+)\//.exec(entry)?.[1];
    const form = /<category[^>]*\bterm="([^"]+)"/.exec(entry)?.[1] ?? /<title>([^<]+?) - /.exec(entry)?.[1];
    if (!accession || !cik || !form) continue;
    const updated = /<updated>([^<]+)<\/updated>/.exec(entry)?.[1] ?? null;
    const filed = /Filed:&lt;\/b&gt;\s*(\d{4}-\d{2}-\d{2})/.exec(entry)?.[1] ?? updated?.slice(0, 10) ?? null;
    out.push({ accession, form: decodeXml(form), cik: padCik(cik), filingDate: filed, updated });
  }
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
