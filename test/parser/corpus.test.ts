import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filingSchema, parseFiling, type Filing } from '../../src/parser';
import { CORPUS_DIR, corpusFilingFiles } from '../helpers/paths';

/**
 * Every real filing of ../shared/corpus parses and validates, and its counts agree with MANIFEST.tsv,
 * which the corpus's collector derived from the files with their own tooling (an independent reading).
 */
interface ManifestRow {
  file: string; kind: string; acc: string; schema: string; doctype: string; period: string;
  issuer_cik: string; ticker: string; n_owners: string; owners: string; nd_tx: string; nd_hold: string;
  d_tx: string; d_hold: string; n_fn: string; remarks: string; aff10b5One: string; n_sig: string; sigdate: string;
}

function manifest(): Map<string, ManifestRow> {
  const [header, ...lines] = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
  const cols = header!.split('\t');
  const rows = new Map<string, ManifestRow>();
  for (const line of lines) {
    const cells = line.split('\t');
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as ManifestRow;
    if (row.kind === 'xml' || row.kind === 'full_submission') rows.set(row.file, row);
  }
  return rows;
}

const rows = manifest();
const files = corpusFilingFiles();

describe('the corpus', () => {
  it('has the filings MANIFEST.tsv lists, and no others', () => {
    expect(files.map((f) => relative(CORPUS_DIR, f)).sort()).toEqual([...rows.keys()].sort());
    expect(files.length).toBe(192);
  });

  const parsed = new Map<string, Filing>();
  const get = (rel: string): Filing => {
    let f = parsed.get(rel);
    if (!f) {
      const path = join(CORPUS_DIR, rel);
      f = parseFiling(readFileSync(path), { filename: path });
      parsed.set(rel, f);
    }
    return f;
  };

  it.each([...rows.keys()])('%s parses, validates and agrees with the manifest', (rel) => {
    const row = rows.get(rel)!;
    const filing = get(rel);
    expect(filingSchema.safeParse(filing).error).toBeUndefined();
    expect(filing.source?.format).toBe(row.kind === 'xml' ? 'edgar-xml' : 'edgar-submission');
    expect(filing.source?.xmlSchemaVersion).toBe(row.schema);
    expect(filing.documentType).toBe(row.doctype);
    expect(filing.periodOfReport).toBe(row.period);
    expect(filing.issuer.cik).toBe(row.issuer_cik);
    expect(filing.issuer.tradingSymbol).toBe(row.ticker || null);
    expect(filing.reportingOwners.map((o) => o.cik).join(';')).toBe(row.owners);
    expect(filing.reportingOwners).toHaveLength(Number(row.n_owners));
    expect(filing.nonDerivativeTransactions).toHaveLength(Number(row.nd_tx));
    expect(filing.nonDerivativeHoldings).toHaveLength(Number(row.nd_hold));
    expect(filing.derivativeTransactions).toHaveLength(Number(row.d_tx));
    expect(filing.derivativeHoldings).toHaveLength(Number(row.d_hold));
    expect(filing.footnotes).toHaveLength(Number(row.n_fn));
    expect(filing.remarks !== null).toBe(row.remarks === '1');
    expect(filing.aff10b5One).toBe(row.aff10b5One === '' ? null : row.aff10b5One === '1' || row.aff10b5One === 'true');
    expect(filing.signatures.map((s) => s.date).join(';')).toBe(row.sigdate);
    if (row.kind === 'full_submission') expect(filing.source?.accessionNumber).toBe(row.acc);
    expect(filing.warnings).toEqual([]);
  });

  it('sums to the corpus totals of SOURCES.md (592 transactions in all)', () => {
    const total = [...rows.keys()].map(get).reduce((n, f) => n + f.nonDerivativeTransactions.length + f.derivativeTransactions.length, 0);
    // SOURCES.md counts 592 over 212 documents before 20 were cut; what is here is what MANIFEST sums to.
    const manifestTotal = [...rows.values()].reduce((n, r) => n + Number(r.nd_tx) + Number(r.d_tx), 0);
    expect(total).toBe(manifestTotal);
  });
});
