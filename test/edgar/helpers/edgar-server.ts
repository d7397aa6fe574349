import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { AAPL_CIK, aaplSubmissions, type CorpusSubmission } from './corpus-filings';

const FIXTURES = join(__dirname, '..', 'fixtures');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

export interface RecordedRequest {
  at: number;
  path: string;
  userAgent: string | undefined;
  acceptEncoding: string | undefined;
  status: number;
}

/** What a test can make the server do to a request: fail it, slow it down. */
export type Fault = { status: number; headers?: Record<string, string> } | { destroy: true } | null;

export interface EdgarTestServer {
  url: string;
  requests: RecordedRequest[];
  filings: CorpusSubmission[];
  /** Consulted for every request before it is answered. */
  fault: (path: string, n: number) => Fault;
  /** Milliseconds before each answer. */
  latencyMs: number;
  /** Feed entries (newest first) the latest-filings feed shows. */
  feed: CorpusSubmission[];
  close(): Promise<void>;
}

/** The real daily index's preamble and header (see fixtures/SOURCES.md), then our rows. */
function indexText(title: string, received: string, rows: string[]): Buffer {
  const real = fixture('form.20220204.idx').toString('latin1');
  const top = real.slice(0, real.indexOf('\n', real.search(/^-{20,}/m)) + 1)
    .replace('Daily Index of EDGAR Dissemination Feed by Form Type', title)
    .replace('Feb  4, 2022', received);
  const sampleRows = real.slice(real.indexOf('\n', real.search(/^-{20,}/m)) + 1).split('\n').filter((l) => l.trim() && !/^[345](\/A)?\s/.test(l));
  return Buffer.from(top + [...sampleRows, ...rows].join('\n') + '\n', 'latin1');
}

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));

/** One form.idx row per filer of the submission, as EDGAR lists it (reporting owners and issuer). */
function indexRows(s: CorpusSubmission): string[] {
  const filers = [...s.ownerCiks.map((c, i) => [c, s.ownerNames[i]!] as const), [s.issuerCik, 'Apple Inc.'] as const];
  return filers.map(([cik, name]) => `${pad(s.form, 12)}${pad(name, 62)}${pad(String(Number(cik)), 12)}${pad(s.filingDate.replace(/-/g, ''), 12)}edgar/data/${Number(cik)}/${s.accession}.txt`);
}

/** Real AAPL filings of other forms, which the fetcher must leave out of a Forms 3/4/5 fetch. */
const OTHER_AAPL_FILINGS = [
  { accessionNumber: '0000320193-24-000123', filingDate: '2024-11-01', reportDate: '2024-09-28', acceptanceDateTime: '2024-11-01T06:01:36.000Z', form: '10-K', primaryDocument: 'aapl-20240928.htm', primaryDocDescription: '10-K' },
  { accessionNumber: '0000320193-24-000081', filingDate: '2024-08-02', reportDate: '2024-06-29', acceptanceDateTime: '2024-08-02T20:35:14.000Z', form: '10-Q', primaryDocument: 'aapl-20240629.htm', primaryDocDescription: '10-Q' },
];

/** Filings in the older page (filings.files) rather than filings.recent: the 2023 ones, to exercise paging. */
const OLDER_PAGE_BEFORE = '2024-01-01';

function submissionsColumns(rows: Array<Record<string, string>>): Record<string, unknown[]> {
  const cols = ['accessionNumber', 'filingDate', 'reportDate', 'acceptanceDateTime', 'act', 'form', 'fileNumber', 'filmNumber', 'items', 'size', 'isXBRL', 'isInlineXBRL', 'primaryDocument', 'primaryDocDescription'];
  const out: Record<string, unknown[]> = {};
  for (const c of cols) out[c] = rows.map((r) => (c === 'size' ? Number(r[c] ?? 0) : c.startsWith('is') ? Number(r[c] ?? 0) : r[c] ?? ''));
  return out;
}

function submissionRow(s: CorpusSubmission): Record<string, string> {
  return { accessionNumber: s.accession, filingDate: s.filingDate, reportDate: '', acceptanceDateTime: s.acceptanceDateTime, act: '', form: s.form, primaryDocument: 'xslF345X05/wk-form4.xml', primaryDocDescription: 'FORM 4', size: '5000' };
}

export function aaplSubmissionsJson(filings: CorpusSubmission[]): { main: Buffer; older: Buffer } {
  const recent = filings.filter((s) => s.filingDate >= OLDER_PAGE_BEFORE).map(submissionRow);
  const olderRows = filings.filter((s) => s.filingDate < OLDER_PAGE_BEFORE).map(submissionRow);
  const byDateDesc = (a: Record<string, string>, b: Record<string, string>): number => b.filingDate!.localeCompare(a.filingDate!);
  const main = {
    cik: '320193',
    entityType: 'operating',
    sic: '3571',
    sicDescription: 'Electronic Computers',
    name: 'Apple Inc.',
    tickers: ['AAPL'],
    exchanges: ['Nasdaq'],
    filings: {
      recent: submissionsColumns([...recent, ...OTHER_AAPL_FILINGS].sort(byDateDesc)),
      files: [{ name: 'CIK0000320193-submissions-001.json', filingCount: olderRows.length, filingFrom: olderRows.map((r) => r.filingDate!).sort()[0], filingTo: OLDER_PAGE_BEFORE }],
    },
  };
  return { main: Buffer.from(JSON.stringify(main)), older: Buffer.from(JSON.stringify(submissionsColumns(olderRows.sort(byDateDesc)))) };
}

function feedText(entries: CorpusSubmission[]): Buffer {
  const real = fixture('latest-filings-4.atom').toString('latin1');
  const head = real.slice(0, real.indexOf('<entry>'));
  const body = entries
    .flatMap((s) =>
      [...s.ownerCiks.map((c, i) => [c, `${s.ownerNames[i]} (${c}) (Reporting)`] as const), [s.issuerCik, `Apple Inc. (${s.issuerCik}) (Issuer)`] as const].map(
        ([cik, who]) => `<entry>
<title>${s.form} - ${who}</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${s.accession.replace(/-/g, '')}/${s.accession}-index.htm"/>
<summary type="html">
&lt;b&gt;Filed:&lt;/b&gt; ${s.filingDate} &lt;b&gt;AccNo:&lt;/b&gt; ${s.accession} &lt;b&gt;Size:&lt;/b&gt; 5 KB
</summary>
<updated>${s.filingDate}T18:00:00-04:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="${s.form}"/>
<id>urn:tag:sec.gov,2008:accession-number=${s.accession}</id>
</entry>`,
      ),
    )
    .join('\n');
  return Buffer.from(`${head}${body}\n</feed>\n`, 'latin1');
}

/** An HTTP server on 127.0.0.1 answering like EDGAR's two hosts, for the corpus's AAPL filings. */
export async function startEdgarServer(filings: CorpusSubmission[] = aaplSubmissions()): Promise<EdgarTestServer> {
  const byAccession = new Map(filings.map((s) => [s.accession, s]));
  const { main, older } = aaplSubmissionsJson(filings);
  const state: Omit<EdgarTestServer, 'url' | 'close'> = { requests: [], filings, fault: () => null, latencyMs: 0, feed: [] };

  const route = (path: string, query: URLSearchParams): Buffer | null => {
    if (path === '/files/company_tickers.json') return fixture('company_tickers.json');
    if (path === `/submissions/CIK${AAPL_CIK}.json`) return main;
    if (path === `/submissions/CIK${AAPL_CIK}-submissions-001.json`) return older;
    const owner = /^\/submissions\/CIK(\d{10})\.json$/.exec(path)?.[1];
    if (owner) {
      // A reporting owner's own submissions file: the filings they are a filer of, no older pages.
      const own = filings.filter((s) => s.ownerCiks.includes(owner));
      if (own.length === 0) return null;
      return Buffer.from(JSON.stringify({ cik: String(Number(owner)), entityType: 'other', name: own[0]!.ownerNames[own[0]!.ownerCiks.indexOf(owner)], filings: { recent: submissionsColumns(own.map(submissionRow)), files: [] } }));
    }
    if (path === '/cgi-bin/browse-edgar' && query.get('action') === 'getcurrent') {
      const type = query.get('type') ?? '';
      return feedText(state.feed.filter((s) => s.form === type || s.form === `${type}/A`));
    }
    let m = /^\/Archives\/edgar\/data\/(\d+)\/(\d{18})\/(\d{10}-\d{2}-\d{6})\.txt$/.exec(path);
    if (m) {
      const s = byAccession.get(m[3]!);
      if (!s || s.accession.replace(/-/g, '') !== m[2] || ![s.issuerCik, ...s.ownerCiks].some((c) => Number(c) === Number(m![1]))) return null;
      return readFileSync(s.path);
    }
    m = /^\/Archives\/edgar\/daily-index\/(\d{4})\/QTR([1-4])\/form\.(\d{8})\.idx$/.exec(path);
    if (m) {
      const day = `${m[3]!.slice(0, 4)}-${m[3]!.slice(4, 6)}-${m[3]!.slice(6, 8)}`;
      const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (wd === 0 || wd === 6) return null;
      return indexText('Daily Index of EDGAR Dissemination Feed by Form Type', day, filings.filter((s) => s.filingDate === day).flatMap(indexRows));
    }
    m = /^\/Archives\/edgar\/full-index\/(\d{4})\/QTR([1-4])\/form\.idx$/.exec(path);
    if (m) {
      const [y, q] = [Number(m[1]), Number(m[2])];
      const inQ = filings.filter((s) => Number(s.filingDate.slice(0, 4)) === y && Math.floor((Number(s.filingDate.slice(5, 7)) - 1) / 3) + 1 === q);
      return indexText('Full Index of EDGAR Dissemination Feed by Form Type', `${y}-Q${q}`, inQ.flatMap(indexRows));
    }
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const n = state.requests.length;
    const record = (status: number): void => {
      state.requests.push({ at, path: url.pathname + url.search, userAgent: req.headers['user-agent'], acceptEncoding: req.headers['accept-encoding'], status });
    };
    if (state.latencyMs > 0) await new Promise((r) => setTimeout(r, state.latencyMs));
    const fault = state.fault(url.pathname, n);
    if (fault && 'destroy' in fault) {
      record(0);
      req.socket.destroy();
      return;
    }
    if (fault) {
      record(fault.status);
      res.writeHead(fault.status, fault.headers ?? {}).end();
      return;
    }
    const body = route(url.pathname, url.searchParams);
    if (!body) {
      record(404);
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not Found</body></html>');
      return;
    }
    record(200);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const out = gzip ? gzipSync(body) : body;
    res.writeHead(200, { 'content-length': out.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) }).end(out);
  };

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The most requests that arrived within any one second. */
export function maxInAnySecond(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

export const TEST_USER_AGENT = 'Insider Graph Tests tests@example.com';

/**
 * One EDGAR test server for a test file and a fresh download folder per test: registers the jest hooks
 * and returns accessors (the values change from test to test).
 */
export interface EdgarTestContext {
  server: EdgarTestServer;
  out: string;
  /** The options that point the command line at the test server, with a User-Agent. */
  hosts(): string[];
}

export function useEdgarServer(prefix: string): EdgarTestContext {
  const ctx = {
    hosts: () => ['--edgar-url', ctx.server.url, '--data-url', ctx.server.url, '--user-agent', TEST_USER_AGENT],
  } as EdgarTestContext;
  beforeAll(async () => {
    ctx.server = await startEdgarServer();
  });
  afterAll(() => ctx.server.close());
  beforeEach(() => {
    ctx.out = mkdtempSync(join(tmpdir(), prefix));
    const s = ctx.server;
    s.requests.length = 0;
    s.fault = () => null;
    s.latencyMs = 0;
    s.feed = [];
  });
  afterEach(() => {
    rmSync(ctx.out, { recursive: true, force: true });
    rmSync(`${ctx.out}-graph`, { recursive: true, force: true });
  });
  return ctx;
}
