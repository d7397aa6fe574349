import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/run-cli';
import { CORPUS_DIR } from '../helpers/paths';
import { engineName, openTestStore } from '../graph/helpers/store';

const engine = engineName();
// Counts from MANIFEST.tsv: wave_derivatives has 11 + 5 transactions, Becton Dickinson 1 + 0.
const wave = join(CORPUS_DIR, 'RxDataLab_go-edgar/form4/wave_derivatives/input.xml');
const bdx = join(CORPUS_DIR, 'RxDataLab_go-edgar/form4/beckton_dickerson_remarks_10b51/input.xml');

describe('insider-graph ingest and cypher', () => {
  const saved = process.env.INSIDER_GRAPH_DATA;
  beforeAll(async () => {
    process.env.INSIDER_GRAPH_DATA = join(mkdtempSync(join(tmpdir(), 'ig-cli-')), 'graph');
    // Neo4j has one database, which other suites have written to: start this one from it emptied.
    if (engine === 'neo4j') await (await openTestStore()).dispose();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.INSIDER_GRAPH_DATA;
    else process.env.INSIDER_GRAPH_DATA = saved;
  });

  it('ingests files, lists failures, and says what it did', async () => {
    const r = await cli('ingest', '--quiet', wave, bdx, '/no/such/file.xml');
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toBe('insider-graph: /no/such/file.xml: no such file (UNREADABLE_FILE)');
    expect(r.stderr[1]).toMatch(new RegExp(`^ingested 2 new filings \\(0 already in the graph, 1 failed\\) of 3 files; 17 transactions in [\\d.]+ s on ${engine}$`));
  });

  it('is idempotent: the same files again add nothing', async () => {
    const r = await cli('ingest', '--quiet', wave, bdx);
    expect(r.status).toBe(0);
    expect(r.stderr.at(-1)).toMatch(/^ingested 0 new filings \(2 already in the graph, 0 failed\) of 2 files; 0 transactions/);
  });

  it('cypher prints a table', async () => {
    const r = await cli('cypher', 'MATCH (i:Issuer) WHERE i.ticker IS NOT NULL RETURN i.ticker AS ticker ORDER BY ticker');
    expect(r.status).toBe(0);
    expect(r.stdout.join('\n')).toBe(['ticker', '------', 'BDX', 'WVE', '(2 rows)'].join('\n'));
  });

  it('cypher --json takes typed parameters', async () => {
    const r = await cli('cypher', '--json', '--param', 'sym="WVE"', 'MATCH (t:Transaction)-[:OF_ISSUER]->(i:Issuer {ticker: $sym}) RETURN count(t) AS n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.join('\n'))).toEqual([{ n: 16 }]);
  });

  it.each([
    ['CREATE (:Person {name: "x"})', /refused: the cypher command is read-only, and CREATE changes the graph/],
    ['MATCH (n) DETACH DELETE n', /refused: the cypher command is read-only/],
    ['MATCH (n RETURN n', /^insider-graph: invalid Cypher:/],
  ])('cypher refuses %j with one line and status 1', async (query, reason) => {
    const r = await cli('cypher', query);
    expect(r.status).toBe(1);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(reason);
  });
});
