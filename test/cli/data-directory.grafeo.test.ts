import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/run-cli';
import { CORPUS_DIR } from '../helpers/paths';

/*
 * Only ingest (and serve --ingest) create a graph; every graph command takes --data and its --help
 * says which graph it opens. Filing: Brin's 0001209191-22-024552 (6 Table I transactions, no Table II
 * transaction: 6 in all).
 */
const BRIN = join(CORPUS_DIR, 'DarkMindFX_InsidersTradeMonitor/GOOG/000120919122024552/doc4.xml');
// The embedded engine's data directory: Grafeo's alone (*.grafeo.test.ts).
describe('the data directory', () => {
  let root: string;
  const saved = process.env.INSIDER_GRAPH_DATA;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ig-data-'));
    delete process.env.INSIDER_GRAPH_DATA;
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    if (saved !== undefined) process.env.INSIDER_GRAPH_DATA = saved;
  });

  it('is not created by cypher on a mistyped path: one line, status 1, nothing on disk', async () => {
    const typo = join(root, 'no', 'such', 'dir');
    const r = await cli('cypher', '--data', typo, 'MATCH (n) RETURN count(n) AS n');
    expect(r.status).toBe(1);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toEqual([`insider-graph: no graph in ${typo} (no such directory): check --data or INSIDER_GRAPH_DATA, or create one with "insider-graph ingest FILES"`]);
    expect(existsSync(typo)).toBe(false);
  });

  it('is not created by cypher through INSIDER_GRAPH_DATA either', async () => {
    process.env.INSIDER_GRAPH_DATA = join(root, 'typo');
    try {
      const r = await cli('cypher', 'RETURN 1 AS one');
      expect(r.status).toBe(1);
      expect(r.stderr[0]).toMatch(/^insider-graph: no graph in .*typo \(no such directory\)/);
      expect(existsSync(join(root, 'typo'))).toBe(false);
    } finally {
      delete process.env.INSIDER_GRAPH_DATA;
    }
  });

  it('is created by ingest --data, which cypher --data then reads', async () => {
    const dir = join(root, 'graph');
    const ingest = await cli('ingest', '--quiet', '--data', dir, BRIN);
    expect(ingest.status).toBe(0);
    expect(ingest.stderr.at(-1)).toMatch(/^ingested 1 new filings \(0 already in the graph, 0 failed\) of 1 files; 6 transactions/);
    const r = await cli('cypher', '--json', '--data', dir, 'MATCH (t:Transaction) RETURN count(t) AS n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.join('\n'))).toEqual([{ n: 6 }]);
  });

  it('prints each failure of an ingest once', async () => {
    const r = await cli('ingest', '--quiet', '--data', join(root, 'graph'), '/no/such/file.xml');
    expect(r.stderr.filter((l) => l.includes('/no/such/file.xml'))).toEqual(['insider-graph: /no/such/file.xml: no such file (UNREADABLE_FILE)']);
  });

  it.each(['ingest', 'cypher', 'serve'])('%s --help says where the graph is and takes --data', async (command) => {
    const r = await cli(command, '--help');
    const help = r.stdout.join('\n');
    expect(help).toContain('--data <dir>');
    expect(help).toMatch(/Graph: embedded, in .*data\/graph \(default \.\/data\/graph\)/);
  });
});

describe('--data with NEO4J_URI', () => {
  it('is a usage error naming both', async () => {
    const saved = process.env.NEO4J_URI;
    process.env.NEO4J_URI = saved ?? 'bolt://127.0.0.1:1';
    try {
      const r = await cli('cypher', '--data', '/tmp/x', 'RETURN 1 AS one');
      expect(r.status).toBe(2);
      expect(r.stderr).toEqual(['insider-graph: --data names an embedded graph, but NEO4J_URI selects Neo4j: drop one of them']);
    } finally {
      if (saved === undefined) delete process.env.NEO4J_URI;
      else process.env.NEO4J_URI = saved;
    }
  });
});
