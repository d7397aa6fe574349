import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFiling, type Filing } from '../../src/parser';
import { engineName, openTestStore } from '../graph/helpers/store';
import { cli } from '../helpers/run-cli';
import { CORPUS_DIR } from '../helpers/paths';
import { emptyTables, filingRows, writeZip, type Rows } from './helpers/dataset-zip';

const engine = engineName();
const AAPL = join(CORPUS_DIR, 'johnxiao3_stockwise/sec-edgar-filings/AAPL/4');
const ACCESSIONS = ['0000320193-24-000033', '0000320193-24-000034', '0000320193-24-000035'];

let dir: string;
let n = 0;
const saved = process.env.INSIDER_GRAPH_DATA;
const filings: Filing[] = ACCESSIONS.map((a) => {
  const p = join(AAPL, a, 'full-submission.txt');
  return parseFiling(readFileSync(p), { filename: p });
});
const rows = (): Rows => {
  const r = emptyTables();
  for (const f of filings) filingRows(f, r);
  return r;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bad-datasets-'));
});
beforeEach(async () => {
  // A fresh graph per case, so "nothing written" can be seen.
  process.env.INSIDER_GRAPH_DATA = join(dir, `graph-${n++}`);
  if (engine === 'neo4j') await (await openTestStore()).dispose(); // Neo4j's one database, emptied
});
afterAll(() => {
  if (saved === undefined) delete process.env.INSIDER_GRAPH_DATA;
  else process.env.INSIDER_GRAPH_DATA = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function filingsInGraph(): Promise<string[]> {
  const r = await cli('cypher', 'MATCH (f:Filing) RETURN f.accessionNumber AS acc ORDER BY acc');
  return r.stdout.slice(2, -1).map((l) => l.trim());
}

const zip = async (name: string, edit?: Parameters<typeof writeZip>[2]): Promise<string> => {
  const path = join(dir, name);
  await writeZip(path, rows(), edit);
  return path;
};

describe('import-datasets: bad zips and rows', () => {
  it('imports a good zip and says what it did', async () => {
    const good = await zip('good.zip');
    const r = await cli('import-datasets', '--quiet', good);
    expect(r.stderr).toEqual([expect.stringMatching(new RegExp(`^imported 3 new filings \\(0 already in the graph, 0 refused\\) from 3 submissions, \\d+ rows of 1 of 1 zips; \\d+ transactions in [\\d.]+ s on ${engine} \\(\\d+ rows/s\\)$`))]);
    expect(r.status).toBe(0);
    expect(await filingsInGraph()).toEqual(ACCESSIONS);
    const again = await cli('import-datasets', '--quiet', good);
    expect(again.stderr.at(-1)).toMatch(/^imported 0 new filings \(3 already in the graph, 0 refused\)/);
  });

  it('refuses a zip without a table, naming the zip and the table; nothing written', async () => {
    const bad = await zip('no-footnotes.zip', (t, s) => (t === 'FOOTNOTES' ? null : s));
    const r = await cli('import-datasets', '--quiet', bad);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toBe(
      'insider-graph: import-datasets: no-footnotes.zip: no FOOTNOTES.tsv table (the SEC\'s Insider Transactions Data Sets have SUBMISSION.tsv, REPORTINGOWNER.tsv, NONDERIV_TRANS.tsv, NONDERIV_HOLDING.tsv, DERIV_TRANS.tsv, DERIV_HOLDING.tsv, FOOTNOTES.tsv, OWNER_SIGNATURE.tsv)',
    );
    expect(await filingsInGraph()).toEqual([]);
  });

  it('refuses a table whose header lacks a column, at line 1; nothing written', async () => {
    const bad = await zip('columns.zip', (t, s) => (t === 'DERIV_TRANS' ? s.replace('\tTRANS_CODE\t', '\tTRANS_KODE\t') : s));
    const r = await cli('import-datasets', '--quiet', bad);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toBe('insider-graph: import-datasets: columns.zip: DERIV_TRANS.tsv line 1: the header lacks column TRANS_CODE');
    expect(await filingsInGraph()).toEqual([]);
  });

  it('refuses a zip cut short; nothing written', async () => {
    const good = await zip('whole.zip');
    const bytes = readFileSync(good);
    const cut = join(dir, 'cut.zip');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const r = await cli('import-datasets', '--quiet', cut);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toMatch(/^insider-graph: import-datasets: cut\.zip: not a readable zip file \(.+\)$/);
    expect(await filingsInGraph()).toEqual([]);
  });

  it('refuses a zip with a damaged table, naming the table and line; nothing written', async () => {
    const good = await zip('to-damage.zip');
    const bytes = Buffer.from(readFileSync(good));
    // The local data of the first entries sits at the start: overwrite compressed bytes of SUBMISSION.tsv.
    for (let i = 60; i < 90; i++) bytes[i] = 0xff;
    const damaged = join(dir, 'damaged.zip');
    writeFileSync(damaged, bytes);
    const r = await cli('import-datasets', '--quiet', damaged);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toMatch(/^insider-graph: import-datasets: damaged\.zip: SUBMISSION\.tsv line \d+: the file is cut short or damaged \(.+\)$/);
    expect(await filingsInGraph()).toEqual([]);
  });

  it('refuses a row with a field missing: its submission only, with table and line; the others imported', async () => {
    // Line 3 of SUBMISSION is the second submission's row: drop its last field.
    const bad = await zip('short-row.zip', (t, s) => {
      if (t !== 'SUBMISSION') return s;
      const lines = s.split('\n');
      lines[2] = lines[2]!.split('\t').slice(0, -1).join('\t');
      return lines.join('\n');
    });
    const r = await cli('import-datasets', '--quiet', bad);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toBe(`insider-graph: import-datasets: short-row.zip: SUBMISSION.tsv line 3: 13 fields where the header has 14`);
    expect(r.stderr.at(-1)).toMatch(/^imported 2 new filings \(0 already in the graph, 1 refused\) from 3 submissions/);
    expect(await filingsInGraph()).toEqual([ACCESSIONS[0], ACCESSIONS[2]]);
  });

  it('refuses rows of an accession the SUBMISSION table lacks, and a submission without an owner', async () => {
    const bad = await zip('orphans.zip', (t, s) => {
      if (t === 'FOOTNOTES') return s + `0000000000-24-000001\tF1\tA footnote of nothing\n`;
      if (t === 'REPORTINGOWNER') return s.split('\n').filter((l) => !l.startsWith(ACCESSIONS[1]!)).join('\n');
      return s;
    });
    const r = await cli('import-datasets', '--quiet', bad);
    expect(r.status).toBe(1);
    const errors = r.stderr.filter((l) => l.startsWith('insider-graph:'));
    // The added footnote follows the header and the three filings' own footnotes.
    const line = 1 + filings.reduce((k, f) => k + f.footnotes.length, 0) + 1;
    expect(errors).toEqual([
      `insider-graph: import-datasets: orphans.zip: FOOTNOTES.tsv line ${line}: accession 0000000000-24-000001 is not in SUBMISSION.tsv`,
      `insider-graph: import-datasets: orphans.zip: SUBMISSION.tsv line 3: accession ${ACCESSIONS[1]} has no row in REPORTINGOWNER.tsv`,
    ]);
    expect(await filingsInGraph()).toEqual([ACCESSIONS[0], ACCESSIONS[2]]);
  });

  it('names a zip that is not there', async () => {
    const r = await cli('import-datasets', '--quiet', join(dir, 'missing.zip'));
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toBe('insider-graph: import-datasets: missing.zip: no such file');
  });

  it('a bad zip among good ones: the good ones imported, the bad one refused whole', async () => {
    const good = await zip('good-2.zip');
    const bad = await zip('bad-2.zip', (t, s) => (t === 'SUBMISSION' ? null : s));
    const r = await cli('import-datasets', '--quiet', bad, good);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toMatch(/^insider-graph: import-datasets: bad-2\.zip: no SUBMISSION\.tsv table/);
    expect(r.stderr.at(-1)).toMatch(/from 3 submissions, \d+ rows of 1 of 2 zips/);
    expect(await filingsInGraph()).toEqual(ACCESSIONS);
  });
});
