import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestStore } from '../graph/helpers/store';
import { cli } from '../helpers/run-cli';
import { filesUnder } from '../helpers/paths';
import { useEdgarServer } from './helpers/edgar-server';

const ctx = useEdgarServer('edgar-fetch-');
const downloaded = (): string[] => filesUnder(ctx.out).map((f) => f.slice(ctx.out.length + 1));

describe('insider-graph fetch', () => {
  it('fetches a company\'s Forms 4 by ticker through the submissions API and its older page, one whole .txt per accession', async () => {
    const r = await cli('fetch', '--out', ctx.out, '--ticker', 'aapl', ...ctx.hosts());
    expect(r.stderr.filter((l) => l.startsWith('insider-graph:'))).toEqual([]);
    expect(r.status).toBe(0);
    // Every AAPL Form 4 of the corpus (88), none of the 10-K and 10-Q rows.
    expect(ctx.server.filings).toHaveLength(88);
    expect(downloaded()).toEqual(ctx.server.filings.map((s) => `20${s.accession.slice(11, 13)}/${s.accession}.txt`).sort());
    for (const s of ctx.server.filings.slice(0, 5)) expect(readFileSync(join(ctx.out, `20${s.accession.slice(11, 13)}`, `${s.accession}.txt`))).toEqual(readFileSync(s.path));
    const paths = ctx.server.requests.map((q) => q.path);
    expect(paths.slice(0, 3)).toEqual(['/files/company_tickers.json', '/submissions/CIK0000320193.json', '/submissions/CIK0000320193-submissions-001.json']);
    expect(paths.filter((p) => /10-K|000032019324000123/.test(p))).toEqual([]);
    expect(r.stderr.at(-1)).toMatch(/^fetched 88 filings \([\d.]+ MB\), 0 already on disk, 0 failed, of 88, in [\d.]+ s$/);
    expect(readdirSync(ctx.out)).not.toContain('.partial');
  });

  it('fetches a reporting owner\'s filings by the owner\'s CIK, from the archive folder under that CIK', async () => {
    // The corpus's most frequent reporting owner.
    const counts = new Map<string, number>();
    for (const s of ctx.server.filings) for (const c of s.ownerCiks) counts.set(c, (counts.get(c) ?? 0) + 1);
    const owner = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const r = await cli('fetch', '--out', ctx.out, '--cik', owner, '--quiet', ...ctx.hosts());
    expect(r.status).toBe(0);
    const want = ctx.server.filings.filter((s) => s.ownerCiks.includes(owner));
    expect(want.length).toBeGreaterThan(1);
    expect(downloaded()).toEqual(want.map((s) => `20${s.accession.slice(11, 13)}/${s.accession}.txt`).sort());
    expect(ctx.server.requests.filter((q) => q.path.endsWith('.txt')).every((q) => q.path.startsWith(`/Archives/edgar/data/${Number(owner)}/`))).toBe(true);
  });

  it('runs again without a download: every file is already whole on disk', async () => {
    await cli('fetch', '--out', ctx.out, '--cik', '320193', '--from', '2024-03-01', '--to', '2024-03-31', ...ctx.hosts());
    const first = downloaded();
    ctx.server.requests.length = 0;
    const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--from', '2024-03-01', '--to', '2024-03-31', ...ctx.hosts());
    expect(r.status).toBe(0);
    expect(downloaded()).toEqual(first);
    expect(ctx.server.requests.filter((q) => q.path.endsWith('.txt'))).toEqual([]);
    expect(r.stderr.at(-1)).toMatch(new RegExp(`^fetched 0 filings \\(0.0 MB\\), ${first.length} already on disk, 0 failed, of ${first.length},`));
  });

  it('re-fetches a file that was cut short on disk', async () => {
    const s = ctx.server.filings[0]!;
    await cli('fetch', '--out', ctx.out, '--cik', '320193', '--from', s.filingDate, '--to', s.filingDate, ...ctx.hosts());
    const file = join(ctx.out, `20${s.accession.slice(11, 13)}`, `${s.accession}.txt`);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, 1000));
    await cli('fetch', '--out', ctx.out, '--cik', '320193', '--from', s.filingDate, '--to', s.filingDate, ...ctx.hosts());
    expect(readFileSync(file)).toEqual(whole);
  });

  it('selects a date range through the daily form indexes, each filing once though several filers list it', async () => {
    const r = await cli('fetch', '--out', ctx.out, '--from', '2024-02-26', '--to', '2024-03-04', ...ctx.hosts());
    expect(r.status).toBe(0);
    const want = ctx.server.filings.filter((s) => s.filingDate >= '2024-02-26' && s.filingDate <= '2024-03-04');
    expect(want.length).toBeGreaterThan(3);
    expect(downloaded()).toEqual(want.map((s) => `2024/${s.accession}.txt`).sort());
    // Weekdays only: 26 Feb to 1 Mar and 4 Mar.
    expect(ctx.server.requests.filter((q) => q.path.includes('daily-index')).map((q) => q.path.slice(-12))).toEqual(
      ['20240226.idx', '20240227.idx', '20240228.idx', '20240229.idx', '20240301.idx', '20240304.idx'],
    );
    expect(ctx.server.requests.filter((q) => q.path.endsWith('.txt'))).toHaveLength(want.length);
  });

  it('selects a long range through the quarterly indexes', async () => {
    const r = await cli('fetch', '--out', ctx.out, '--from', '2023-01-01', '--to', '2023-06-30', '--quiet', ...ctx.hosts());
    expect(r.status).toBe(0);
    const want = ctx.server.filings.filter((s) => s.filingDate >= '2023-01-01' && s.filingDate <= '2023-06-30');
    expect(downloaded()).toEqual(want.map((s) => `2023/${s.accession}.txt`).sort());
    expect(ctx.server.requests.filter((q) => q.path.includes('full-index')).map((q) => q.path)).toEqual(['/Archives/edgar/full-index/2023/QTR1/form.idx', '/Archives/edgar/full-index/2023/QTR2/form.idx']);
  });

  it('--forms 3 takes no Form 4; an unknown ticker or CIK is one line', async () => {
    const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--forms', '3', ...ctx.hosts());
    expect(r.status).toBe(0);
    expect(downloaded()).toEqual([]);
    const t = await cli('fetch', '--out', ctx.out, '--ticker', 'NOPE', ...ctx.hosts());
    expect(t.status).toBe(1);
    expect(t.stderr.at(-1)).toBe("insider-graph: fetch: ticker NOPE is not in EDGAR's company-tickers file");
    const c = await cli('fetch', '--out', ctx.out, '--cik', '12345', ...ctx.hosts());
    expect(c.status).toBe(1);
    expect(c.stderr.at(-1)).toBe(`insider-graph: fetch: CIK 0000012345 is not known to EDGAR (${ctx.server.url}/submissions/CIK0000012345.json: 404)`);
  });

  it('--ingest writes the filings into the graph as they arrive', async () => {
    const saved = process.env.INSIDER_GRAPH_DATA;
    process.env.INSIDER_GRAPH_DATA = `${ctx.out}-graph`;
    try {
      // Neo4j has one database, which other tests have written to: start from it emptied.
      if (process.env.NEO4J_URI) await (await openTestStore()).dispose();
      const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--from', '2024-02-01', '--to', '2024-03-31', '--ingest', '--quiet', ...ctx.hosts());
      const want = ctx.server.filings.filter((s) => s.filingDate >= '2024-02-01' && s.filingDate <= '2024-03-31');
      expect(r.stderr.at(-1)).toMatch(new RegExp(`^ingested ${want.length} new filings \\(0 already in the graph, 0 failed\\) on (grafeo|neo4j)$`));
      expect(r.status).toBe(0);
      const q = await cli('cypher', 'MATCH (f:Filing) RETURN f.accessionNumber AS acc ORDER BY acc');
      expect(q.stdout.slice(2, -1)).toEqual(want.map((s) => s.accession).sort());
    } finally {
      if (saved === undefined) delete process.env.INSIDER_GRAPH_DATA;
      else process.env.INSIDER_GRAPH_DATA = saved;
    }
  });

  it('refuses to start without a User-Agent or above 10 requests/s, before any request', async () => {
    const saved = process.env.EDGAR_USER_AGENT;
    delete process.env.EDGAR_USER_AGENT;
    try {
      const r = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--edgar-url', ctx.server.url, '--data-url', ctx.server.url);
      expect(r.status).toBe(2);
      expect(r.stderr).toEqual(['insider-graph: EDGAR requires a declared User-Agent: give --user-agent "Your Name you@example.com" or set EDGAR_USER_AGENT']);
      const fast = await cli('fetch', '--out', ctx.out, '--cik', '320193', '--rate', '20', ...ctx.hosts());
      expect(fast.status).toBe(2);
      expect(fast.stderr).toEqual(["insider-graph: --rate 20 is above EDGAR's fair-access limit of 10 requests per second"]);
      expect(ctx.server.requests).toEqual([]);
    } finally {
      if (saved !== undefined) process.env.EDGAR_USER_AGENT = saved;
    }
  });
});
