import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GrafeoStore } from '../../src/graph/grafeo-store';
import { startServer } from '../../src/server';
import { read } from '../graph/helpers/store';
import { cli } from '../helpers/run-cli';
import { startEdgarServer, type EdgarTestServer } from './helpers/edgar-server';

// What only the embedded engine has: a data folder one process holds, which watch must go around.
const UA = 'Insider Graph Tests tests@example.com';
let edgar: EdgarTestServer;
let dir: string;
const savedData = process.env.INSIDER_GRAPH_DATA;

beforeAll(async () => {
  edgar = await startEdgarServer();
  dir = mkdtempSync(join(tmpdir(), 'edgar-watch-held-'));
  process.env.INSIDER_GRAPH_DATA = join(dir, 'graph');
});
afterAll(async () => {
  await edgar.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedData === undefined) delete process.env.INSIDER_GRAPH_DATA;
  else process.env.INSIDER_GRAPH_DATA = savedData;
});

const hosts = (): string[] => ['--edgar-url', edgar.url, '--data-url', edgar.url, '--user-agent', UA];
/** The feed is newest first; these are three of the corpus's filings, oldest first. */
const three = (): typeof edgar.filings => edgar.filings.slice(10, 13);

describe('insider-graph watch beside a serve that holds the embedded graph', () => {
  it('finds the embedded graph held by a running serve and goes through that server by itself', async () => {
    const data = process.env.INSIDER_GRAPH_DATA!;
    const held = await GrafeoStore.open(data);
    const api = await startServer({ store: held, port: 0, writeToken: 'held-token' });
    const saved = { token: process.env.INSIDER_GRAPH_WRITE_TOKEN, port: process.env.PORT };
    try {
      const filings = three();
      edgar.feed = [...filings].reverse();
      delete process.env.INSIDER_GRAPH_WRITE_TOKEN;
      const refused = await cli('watch', '--once', ...hosts());
      expect(refused.status).toBe(1);
      expect(refused.stderr.at(-1)).toMatch(/is in use by another process .*; set INSIDER_GRAPH_WRITE_TOKEN \(or give --server and --token\) to go through the running server$/);
      process.env.INSIDER_GRAPH_WRITE_TOKEN = 'held-token';
      process.env.PORT = new URL(api.url).port;
      const r = await cli('watch', '--once', ...hosts());
      expect(r.status).toBe(0);
      expect(r.stderr[0]).toBe(`watch: following Forms 3, 4, 5 and amendments every 60 s into http://127.0.0.1:${process.env.PORT}/graphql`);
      const rows = await read(held, 'MATCH (f:Filing) RETURN f.accessionNumber AS acc ORDER BY acc');
      expect(rows.map((x) => x.acc)).toEqual(filings.map((s) => s.accession).sort());
    } finally {
      for (const [k, v] of [['INSIDER_GRAPH_WRITE_TOKEN', saved.token], ['PORT', saved.port]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await api.close();
      await held.close();
    }
  });
});
