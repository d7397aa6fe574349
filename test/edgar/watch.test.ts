import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchCommand } from '../../src/cli/watch-command';
import type { CommandIO } from '../../src/cli/io';
import { startServer } from '../../src/server';
import { engineName, openTestStore, read } from '../graph/helpers/store';
import { cli } from '../helpers/run-cli';
import { startEdgarServer, type EdgarTestServer } from './helpers/edgar-server';

const UA = 'Insider Graph Tests tests@example.com';
const engine = engineName();
let edgar: EdgarTestServer;
let dir: string;
let n = 0;
const savedData = process.env.INSIDER_GRAPH_DATA;

beforeAll(async () => {
  edgar = await startEdgarServer();
  dir = mkdtempSync(join(tmpdir(), 'edgar-watch-'));
});
afterAll(async () => {
  await edgar.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedData === undefined) delete process.env.INSIDER_GRAPH_DATA;
  else process.env.INSIDER_GRAPH_DATA = savedData;
});
beforeEach(async () => {
  edgar.requests.length = 0;
  edgar.fault = () => null;
  process.env.INSIDER_GRAPH_DATA = join(dir, `graph-${n++}`);
  // Neo4j has one database, which other tests have written to: each test starts from it emptied.
  if (engine === 'neo4j') await (await openTestStore()).dispose();
});

const hosts = (): string[] => ['--edgar-url', edgar.url, '--data-url', edgar.url, '--user-agent', UA];
/** The feed is newest first; these are three of the corpus's filings, oldest first. */
const three = (): typeof edgar.filings => edgar.filings.slice(10, 13);

describe('insider-graph watch', () => {
  it('fetches what the latest-filings feed shows, oldest first, into the graph; the next poll finds it there', async () => {
    const filings = three();
    edgar.feed = [...filings].reverse();
    const r = await cli('watch', '--once', ...hosts());
    expect(r.status).toBe(0);
    expect(r.stderr.filter((l) => / ingested$/.test(l))).toEqual(filings.map((s) => `watch: ${s.accession} (Form 4, filed ${s.filingDate}) ingested`));
    expect(r.stderr.at(-1)).toBe('watch: stopped after 1 polls: 3 ingested, 0 already in the graph, 0 refused');
    // One feed per form, each filing's text once though the feed lists it under every filer.
    expect(edgar.requests.filter((q) => q.path.startsWith('/cgi-bin/browse-edgar')).map((q) => new URLSearchParams(q.path.split('?')[1]).get('type'))).toEqual(['3', '4', '5']);
    expect(edgar.requests.filter((q) => q.path.endsWith('.txt'))).toHaveLength(3);
    const again = await cli('watch', '--once', ...hosts());
    expect(again.stderr.at(-1)).toBe('watch: stopped after 1 polls: 0 ingested, 3 already in the graph, 0 refused');
  });

  it('survives the network going away and coming back, and picks up filings as they appear', async () => {
    const filings = edgar.filings.slice(20, 23);
    edgar.feed = [filings[0]!];
    const started = Date.now();
    // The first 2.5 s every connection is dropped.
    edgar.fault = () => (Date.now() - started < 2500 ? { destroy: true } : null);
    const lines: string[] = [];
    const io: CommandIO = { out: (l) => lines.push(l), err: (l) => lines.push(l), exitCode: 0 };
    const ac = new AbortController();
    const until = async (pred: () => boolean, ms: number): Promise<void> => {
      for (const t0 = Date.now(); !pred(); ) {
        if (Date.now() - t0 > ms) throw new Error(`timed out; lines:\n${lines.join('\n')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const running = watchCommand(io, { signal: ac.signal }).parseAsync(['--every', '1s', '--retries', '0', ...hosts()], { from: 'user' });
    try {
      await until(() => lines.some((l) => l.endsWith(`${filings[0]!.accession} (Form 4, filed ${filings[0]!.filingDate}) ingested`)), 20_000);
      edgar.feed = [filings[2]!, filings[1]!, filings[0]!];
      await until(() => lines.filter((l) => l.endsWith(' ingested')).length === 3, 20_000);
    } finally {
      ac.abort();
      await running;
    }
    const down = lines.findIndex((l) => l.startsWith('watch: the latest-filings feed could not be read: GET ') && /network error .* after 1 attempts; trying again in 1 s$/.test(l));
    expect(down).toBeGreaterThan(-1);
    expect(down).toBeLessThan(lines.findIndex((l) => l.endsWith(' ingested')));
    expect(lines.filter((l) => l.endsWith(' ingested'))).toEqual(filings.map((s) => `watch: ${s.accession} (Form 4, filed ${s.filingDate}) ingested`));
    expect(lines.at(-1)).toMatch(/^watch: stopped after \d+ polls: 3 ingested, 0 already in the graph, 0 refused$/);
  }, 60_000);

  it('goes through a running server\'s token-guarded ingestFiling', async () => {
    const { store, dispose } = await openTestStore();
    const api = await startServer({ store, port: 0, writeToken: 'the-write-token' });
    try {
      const filings = three();
      edgar.feed = [...filings].reverse();
      const bad = await cli('watch', '--once', '--server', api.url, '--token', 'wrong', ...hosts());
      expect(bad.status).toBe(1);
      expect(bad.stderr.at(-1)).toBe('insider-graph: watch: the server refused the write token: ingestFiling needs the write token as "Authorization: Bearer <token>"');
      const r = await cli('watch', '--once', '--server', api.url, '--token', 'the-write-token', ...hosts());
      expect(r.status).toBe(0);
      expect(r.stderr[0]).toBe(`watch: following Forms 3, 4, 5 and amendments every 60 s into ${api.url}`);
      const rows = await read(store, 'MATCH (f:Filing) RETURN f.accessionNumber AS acc ORDER BY acc');
      expect(rows.map((x) => x.acc)).toEqual(filings.map((s) => s.accession).sort());
    } finally {
      await api.close();
      await dispose();
    }
  });
});
