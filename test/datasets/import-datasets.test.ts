import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '../../src/datasets/import-datasets';
import { readDataset } from '../../src/datasets/read-dataset';
import { ingestInputs } from '../../src/ingest';
import { parseFiling, type Filing } from '../../src/parser';
import { openTestStore, read } from '../graph/helpers/store';
import { storeFingerprint } from '../helpers/graph-fingerprint';
import { CORPUS_DIR, corpusFilingFiles } from '../helpers/paths';
import { datasetFilingDate, emptyTables, filingRows, writeZip, type Rows } from './helpers/dataset-zip';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'datasets-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AUSTIN = join(CORPUS_DIR, 'johnxiao3_stockwise/sec-edgar-filings/AAPL/4/0000320193-24-000033/full-submission.txt');

/** The rows of accession 0000320193-24-000033 typed by hand from the filing itself, in the data sets' layout. */
function austinRows(): Rows {
  const rows = emptyTables();
  const acc = '0000320193-24-000033';
  rows.SUBMISSION.push({ ACCESSION_NUMBER: acc, FILING_DATE: '01-MAR-2024', PERIOD_OF_REPORT: '28-FEB-2024', NOT_SUBJECT_SEC16: '0', DOCUMENT_TYPE: '4', ISSUERCIK: '0000320193', ISSUERNAME: 'Apple Inc.', ISSUERTRADINGSYMBOL: 'AAPL', AFF10B5ONE: '0' });
  rows.REPORTINGOWNER.push({ ACCESSION_NUMBER: acc, RPTOWNERCIK: '0001690882', RPTOWNERNAME: 'Austin Wanda M', RPTOWNER_RELATIONSHIP: 'Director', RPTOWNER_STREET1: 'ONE APPLE PARK WAY', RPTOWNER_CITY: 'CUPERTINO', RPTOWNER_STATE: 'CA', RPTOWNER_ZIPCODE: '95014', FILE_NUMBER: '001-36743' });
  rows.DERIV_TRANS.push({
    ACCESSION_NUMBER: acc, DERIV_TRANS_SK: '2215403', SECURITY_TITLE: 'Restricted Stock Unit', SECURITY_TITLE_FN: 'F1', CONV_EXERCISE_PRICE_FN: 'F2',
    TRANS_DATE: '28-FEB-2024', TRANS_FORM_TYPE: '4', TRANS_CODE: 'A', EQUITY_SWAP_INVOLVED: '0', TRANS_SHARES: '1516.0', TRANS_PRICEPERSHARE: '0.0',
    TRANS_ACQUIRED_DISP_CD: 'A', EXCERCISE_DATE: '01-FEB-2025', EXCERCISE_DATE_FN: 'F3', EXPIRATION_DATE: '01-FEB-2025', EXPIRATION_DATE_FN: 'F3',
    UNDLYNG_SEC_TITLE: 'Common Stock', UNDLYNG_SEC_SHARES: '1516.0', SHRS_OWND_FOLWNG_TRANS: '1516.0', DIRECT_INDIRECT_OWNERSHIP: 'D',
  });
  rows.FOOTNOTES.push(
    { ACCESSION_NUMBER: acc, FOOTNOTE_ID: 'F1', FOOTNOTE_TXT: 'Automatic grant pursuant to the Apple Inc. Non-Employee Director Stock Plan.' },
    { ACCESSION_NUMBER: acc, FOOTNOTE_ID: 'F2', FOOTNOTE_TXT: 'Each restricted stock unit represents the right to receive, at settlement, one share of common stock.' },
    { ACCESSION_NUMBER: acc, FOOTNOTE_ID: 'F3', FOOTNOTE_TXT: '100% of these restricted stock units are scheduled to vest on February 1, 2025, assuming continued service through the vesting date.' },
  );
  rows.OWNER_SIGNATURE.push({ ACCESSION_NUMBER: acc, OWNERSIGNATURENAME: '/s/ Sam Whittington, Attorney-in-Fact for Wanda M. Austin', OWNERSIGNATUREDATE: '01-MAR-2024' });
  return rows;
}

async function filingsOf(zip: string): Promise<Filing[]> {
  const out: Filing[] = [];
  for await (const item of readDataset(zip)) {
    if ('failure' in item) throw new Error(`${item.failure.where}: ${item.failure.message}`);
    out.push(item.filing);
  }
  return out;
}

/**
 * Rows in the data sets' 2025q4 shape as a public project's test of its form345 reader gives them
 * (form345Dataset.test.ts: Redwire Corp, owner Schena Don; its accession numbers are shortened there,
 * so the importer keeps them but cannot use them as accession numbers).
 */
function redwireRows(): Rows {
  const rows = emptyTables();
  rows.SUBMISSION.push({ ACCESSION_NUMBER: '0001-25-000241', FILING_DATE: '31-OCT-2025', PERIOD_OF_REPORT: '29-OCT-2025', DOCUMENT_TYPE: '4', ISSUERCIK: '0001819810', ISSUERNAME: 'Redwire Corp', ISSUERTRADINGSYMBOL: 'RDW', AFF10B5ONE: '0' });
  rows.REPORTINGOWNER.push(
    { ACCESSION_NUMBER: '0001-25-000241', RPTOWNERCIK: '0001746356', RPTOWNERNAME: 'Schena Don', RPTOWNER_RELATIONSHIP: 'Officer', RPTOWNER_TITLE: 'Chief Customer Officer' },
    { ACCESSION_NUMBER: '0001-25-000241', RPTOWNERCIK: '0009999999', RPTOWNERNAME: 'Fund LP', RPTOWNER_RELATIONSHIP: 'Director, TenPercentOwner' },
  );
  rows.NONDERIV_TRANS.push({
    ACCESSION_NUMBER: '0001-25-000241', NONDERIV_TRANS_SK: '8835098', SECURITY_TITLE: 'Common Stock', TRANS_DATE: '29-OCT-2025', TRANS_FORM_TYPE: '4', TRANS_CODE: 'S',
    EQUITY_SWAP_INVOLVED: '0', TRANS_SHARES: '75974.0', TRANS_PRICEPERSHARE: '9.87', TRANS_ACQUIRED_DISP_CD: 'D', SHRS_OWND_FOLWNG_TRANS: '288032.0', DIRECT_INDIRECT_OWNERSHIP: 'D',
  });
  return rows;
}

describe('a data-set submission to the canonical filing', () => {
  it("reads a third party's sample rows: joint owners' relationship lists, the sale", async () => {
    const zip = join(dir, 'redwire.zip');
    await writeZip(zip, redwireRows());
    const [f] = await filingsOf(zip);
    expect(f!.source).toMatchObject({ format: 'sec-dataset', accessionNumber: null, filingDate: '2025-10-31' });
    expect(f!.issuer).toEqual({ cik: '0001819810', name: 'Redwire Corp', tradingSymbol: 'RDW' });
    expect(f!.reportingOwners.map((o) => [o.name, o.cik, o.relationship.isDirector, o.relationship.isOfficer, o.relationship.isTenPercentOwner, o.relationship.officerTitle])).toEqual([
      ['Schena Don', '0001746356', false, true, false, 'Chief Customer Officer'],
      ['Fund LP', '0009999999', true, false, true, null],
    ]);
    expect(f!.nonDerivativeTransactions).toEqual([
      expect.objectContaining({ securityTitle: 'Common Stock', transactionDate: '2025-10-29', transactionCode: 'S', shares: 75974, pricePerShare: 9.87, acquiredDisposedCode: 'D', sharesOwnedFollowingTransaction: 288032, directOrIndirectOwnership: 'D', equitySwapInvolved: false }),
    ]);
    expect(f!.aff10b5One).toBe(false);
    expect(f!.warnings).toEqual([]);
  });

  it('reads the SEC layout: DD-MON-YYYY dates, relationship lists, _FN footnote columns, the filing date', async () => {
    const zip = join(dir, 'austin.zip');
    await writeZip(zip, austinRows());
    const [f] = await filingsOf(zip);
    expect(f!.source).toMatchObject({ format: 'sec-dataset', accessionNumber: '0000320193-24-000033', filingDate: '2024-03-01', acceptedAt: null });
    expect(f!.periodOfReport).toBe('2024-02-28');
    expect(f!.reportingOwners[0]!.relationship).toEqual({ isDirector: true, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null });
    expect(f!.derivativeTransactions[0]).toMatchObject({
      securityTitle: 'Restricted Stock Unit', transactionDate: '2024-02-28', transactionCode: 'A', shares: 1516, pricePerShare: 0,
      exerciseDate: '2025-02-01', expirationDate: '2025-02-01', underlyingSecurityShares: 1516, sharesOwnedFollowingTransaction: 1516,
      footnoteIds: ['F1', 'F2', 'F3'], fieldFootnoteIds: { securityTitle: ['F1'], conversionOrExercisePrice: ['F2'], exerciseDate: ['F3'], expirationDate: ['F3'] },
    });
  });

  it('reads quarters from before 2023q1, whose SUBMISSION table has no AFF10B5ONE column', async () => {
    const zip = join(dir, 'austin-2022.zip');
    await writeZip(zip, austinRows(), (t, text) => {
      if (t !== 'SUBMISSION') return text;
      // The last column goes from the header and from every row.
      return text.split('\n').map((line) => (line === '' ? line : line.split('\t').slice(0, -1).join('\t'))).join('\n');
    });
    const [f] = await filingsOf(zip);
    expect(f!.aff10b5One).toBeNull();
    expect(f!.documentType).toBe('4');
    expect(f!.derivativeTransactions).toHaveLength(1);
  });

  it('is the filing the XML parser makes of the same submission, but for the source', async () => {
    const zip = join(dir, 'austin-same.zip');
    await writeZip(zip, austinRows());
    const [fromDataset] = await filingsOf(zip);
    const fromXml = parseFiling(readFileSync(AUSTIN), { filename: AUSTIN });
    const { source: a, ...restA } = fromDataset!;
    const { source: b, ...restB } = fromXml;
    expect(restA).toEqual(restB);
    expect(a!.accessionNumber).toBe(b!.accessionNumber);
  });
});

/** The data sets hold footnote ids only where they have an _FN column (docs/datasets.md): these fields. */
const FIELDS_WITH_FN = new Set([
  'securityTitle', 'conversionOrExercisePrice', 'transactionDate', 'deemedExecutionDate', 'transactionCoding', 'transactionTimeliness',
  'transactionShares', 'transactionTotalValue', 'transactionPricePerShare', 'transactionAcquiredDisposedCode', 'exerciseDate', 'expirationDate',
  'underlyingSecurityTitle', 'underlyingSecurityShares', 'underlyingSecurityValue', 'sharesOwnedFollowingTransaction',
  'valueOwnedFollowingTransaction', 'directOrIndirectOwnership', 'natureOfOwnership',
]);

/** What the data sets can carry of a parsed filing. */
function asDatasetsCarryIt(f: Filing): Filing {
  const rows = <T extends { footnoteIds: string[]; fieldFootnoteIds?: Record<string, string[]> | undefined }>(list: T[]): T[] =>
    list.map((r) => {
      const kept = Object.fromEntries(Object.entries(r.fieldFootnoteIds ?? {}).filter(([k]) => FIELDS_WITH_FN.has(k)));
      const ids = new Set(Object.values(kept).flat());
      return { ...r, fieldFootnoteIds: kept, footnoteIds: r.footnoteIds.filter((id) => ids.has(id)) };
    });
  return {
    ...f,
    source: { ...f.source!, filingDate: datasetFilingDate(f) },
    nonDerivativeTransactions: rows(f.nonDerivativeTransactions),
    nonDerivativeHoldings: rows(f.nonDerivativeHoldings),
    derivativeTransactions: rows(f.derivativeTransactions),
    derivativeHoldings: rows(f.derivativeHoldings),
  };
}

/** The corpus's filings with an accession number (the data sets' key), not the independent check's. */
function corpusFilings(): Filing[] {
  const seen = new Set<string>();
  const out: Filing[] = [];
  for (const path of corpusFilingFiles()) {
    if (path.includes('rs-kellogg_edgar2data')) continue;
    let f: Filing;
    try {
      f = parseFiling(readFileSync(path), { filename: path });
    } catch {
      continue;
    }
    const acc = f.source?.accessionNumber;
    if (!acc || seen.has(acc)) continue;
    seen.add(acc);
    out.push(f);
  }
  return out;
}

/**
 * Properties one source cannot give the other: the input's hash and format, the canonical document's
 * hash (each source's canonical filing is built apart, so it serialises apart), and EDGAR's acceptance
 * time, which the data sets do not carry (docs/datasets.md).
 */
const SOURCE_ONLY = ['sha256', 'sourceFormat', 'docHash', 'acceptedAt'];

async function sameGraph(filings: Filing[], name: string): Promise<void> {
  const rows = emptyTables();
  for (const f of filings) filingRows(f, rows);
  const zip = join(dir, `${name}.zip`);
  await writeZip(zip, rows);

  const xml = await openTestStore();
  let expected;
  try {
    const s = await ingestInputs(filings.map((f) => ({ origin: f.source!.accessionNumber!, filing: asDatasetsCarryIt(f) })), { store: xml.store, parseWorkers: 0 });
    expect(s.failures).toEqual([]);
    expected = await storeFingerprint(xml.store, SOURCE_ONLY);
  } finally {
    await xml.dispose();
  }
  const ds = await openTestStore();
  try {
    const s = await importDatasets([zip], { store: ds.store });
    expect(s.refusedZips).toEqual([]);
    expect(s.refused).toEqual([]);
    expect(s.ingest.written).toBe(filings.length);
    const formats = await read(ds.store, 'MATCH (f:Filing) RETURN DISTINCT f.sourceFormat AS format');
    expect(formats).toEqual([{ format: 'sec-dataset' }]);
    expect(await storeFingerprint(ds.store, SOURCE_ONLY)).toEqual(expected);
  } finally {
    await ds.dispose();
  }
}

describe('import-datasets gives the graph ingesting the XML gives', () => {
  const all = corpusFilings();
  // A held-out half: developed against the even-numbered filings, the odd ones checked at the end.
  const dev = all.filter((_, i) => i % 2 === 0);
  const heldOut = all.filter((_, i) => i % 2 === 1);

  it('has the corpus to compare', () => {
    expect(all.length).toBeGreaterThan(90);
  });
  it('development half', () => sameGraph(dev, 'dev'), 120_000);
  it('held-out half', () => sameGraph(heldOut, 'held-out'), 120_000);
});
