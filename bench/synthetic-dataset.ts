import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { TABLES, TABLE_NAMES, type TableName } from '../src/datasets/tables';

/**
 * A synthetic quarter of the SEC's Insider Transactions Data Sets at real size: the eight tables
 * with their real header lines, rows made from a seeded generator, streamed into the zip table by
 * table (never all in memory). Shapes follow a real quarter's proportions: about one owner and 2.5
 * table rows per submission, most of them Table I transactions, two footnotes per submission.
 */
export interface SyntheticQuarter {
  submissions: number;
  rows: number;
  tableRows: number;
}

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const CODES = ['P', 'S', 'A', 'M', 'F', 'G', 'S', 'S', 'A', 'M'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Sub {
  acc: string;
  day: number;
  issuer: number;
  owners: number[];
  ndt: number;
  ndh: number;
  dt: number;
  dh: number;
}

function plan(submissions: number, seed: number): Sub[] {
  const r = rng(seed);
  const out: Sub[] = [];
  for (let i = 0; i < submissions; i++) {
    const owners = r() < 0.1 ? 2 : 1;
    const ownerIds = Array.from({ length: owners }, () => Math.floor(r() * 25_000));
    out.push({
      acc: `${String(1_000_000_000 + Math.floor(i / 500)).padStart(10, '0')}-24-${String(i % 500 + 1).padStart(6, '0')}`,
      day: 1 + Math.floor(r() * 89),
      issuer: Math.floor(r() * 4_000),
      owners: ownerIds,
      ndt: r() < 0.9 ? 1 + Math.floor(r() * 2.8) : 0,
      ndh: r() < 0.25 ? 1 : 0,
      dt: r() < 0.35 ? 1 + Math.floor(r() * 1.6) : 0,
      dh: r() < 0.08 ? 1 : 0,
    });
  }
  return out;
}

const date = (day: number): string => {
  const d = new Date(Date.UTC(2024, 0, day));
  return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}`;
};

function* lines(t: TableName, subs: Sub[], seed: number): Generator<string> {
  const r = rng(seed + t.length);
  const cols = TABLES[t];
  const row = (v: Record<string, string>): string => cols.map((c) => v[c] ?? '').join('\t');
  yield cols.join('\t');
  let sk = 1;
  for (const s of subs) {
    const acc = s.acc;
    const cik = String(1_000_000 + s.issuer).padStart(10, '0');
    switch (t) {
      case 'SUBMISSION':
        yield row({
          ACCESSION_NUMBER: acc, FILING_DATE: date(s.day + 2), PERIOD_OF_REPORT: date(s.day), NOT_SUBJECT_SEC16: '0',
          DOCUMENT_TYPE: r() < 0.05 ? '4/A' : r() < 0.08 ? '3' : '4', ISSUERCIK: cik, ISSUERNAME: `Issuer ${s.issuer} Inc`,
          ISSUERTRADINGSYMBOL: `T${s.issuer}`, AFF10B5ONE: r() < 0.2 ? '1' : '0',
        });
        break;
      case 'REPORTINGOWNER':
        for (const o of s.owners) {
          yield row({
            ACCESSION_NUMBER: acc, RPTOWNERCIK: String(2_000_000 + o).padStart(10, '0'), RPTOWNERNAME: `Owner ${o} A`,
            RPTOWNER_RELATIONSHIP: o % 3 === 0 ? 'Director' : o % 3 === 1 ? 'Officer' : 'Director,TenPercentOwner',
            RPTOWNER_TITLE: o % 3 === 1 ? 'Chief Officer' : '', RPTOWNER_STREET1: `${o} Main Street`, RPTOWNER_CITY: 'Springfield', RPTOWNER_STATE: 'CA', RPTOWNER_ZIPCODE: '90000',
          });
        }
        break;
      case 'NONDERIV_TRANS':
        for (let k = 0; k < s.ndt; k++) {
          yield row({
            ACCESSION_NUMBER: acc, NONDERIV_TRANS_SK: String(sk++), SECURITY_TITLE: 'Common Stock', TRANS_DATE: date(s.day), TRANS_FORM_TYPE: '4',
            TRANS_CODE: CODES[Math.floor(r() * CODES.length)]!, EQUITY_SWAP_INVOLVED: '0', TRANS_SHARES: String(Math.floor(r() * 10_000) + 1),
            TRANS_PRICEPERSHARE: (r() * 200).toFixed(2), TRANS_PRICEPERSHARE_FN: k === 0 ? 'F1' : '', TRANS_ACQUIRED_DISP_CD: r() < 0.5 ? 'A' : 'D',
            SHRS_OWND_FOLWNG_TRANS: String(Math.floor(r() * 100_000)), DIRECT_INDIRECT_OWNERSHIP: 'D',
          });
        }
        break;
      case 'NONDERIV_HOLDING':
        for (let k = 0; k < s.ndh; k++) {
          yield row({ ACCESSION_NUMBER: acc, NONDERIV_HOLDING_SK: String(sk++), SECURITY_TITLE: 'Common Stock', SHRS_OWND_FOLWNG_TRANS: String(Math.floor(r() * 50_000)), DIRECT_INDIRECT_OWNERSHIP: 'I', NATURE_OF_OWNERSHIP: 'By Trust', NATURE_OF_OWNERSHIP_FN: 'F2' });
        }
        break;
      case 'DERIV_TRANS':
        for (let k = 0; k < s.dt; k++) {
          yield row({
            ACCESSION_NUMBER: acc, DERIV_TRANS_SK: String(sk++), SECURITY_TITLE: 'Stock Option (Right to Buy)', CONV_EXERCISE_PRICE: (r() * 100).toFixed(2),
            TRANS_DATE: date(s.day), TRANS_FORM_TYPE: '4', TRANS_CODE: 'M', EQUITY_SWAP_INVOLVED: '0', TRANS_SHARES: String(Math.floor(r() * 5_000) + 1),
            TRANS_PRICEPERSHARE: '0', TRANS_ACQUIRED_DISP_CD: 'D', EXCERCISE_DATE: date(1), EXPIRATION_DATE: '01-JAN-2030', UNDLYNG_SEC_TITLE: 'Common Stock',
            UNDLYNG_SEC_SHARES: String(Math.floor(r() * 5_000) + 1), SHRS_OWND_FOLWNG_TRANS: String(Math.floor(r() * 20_000)), DIRECT_INDIRECT_OWNERSHIP: 'D',
          });
        }
        break;
      case 'DERIV_HOLDING':
        for (let k = 0; k < s.dh; k++) {
          yield row({ ACCESSION_NUMBER: acc, DERIV_HOLDING_SK: String(sk++), SECURITY_TITLE: 'Restricted Stock Units', EXERCISE_DATE: date(10), EXPIRATION_DATE: '01-JAN-2031', UNDLYNG_SEC_TITLE: 'Common Stock', UNDLYNG_SEC_SHARES: '1000', SHRS_OWND_FOLWNG_TRANS: '1000', DIRECT_INDIRECT_OWNERSHIP: 'D' });
        }
        break;
      case 'FOOTNOTES':
        yield row({ ACCESSION_NUMBER: acc, FOOTNOTE_ID: 'F1', FOOTNOTE_TXT: 'The price reported is a weighted average price of shares sold in multiple transactions.' });
        yield row({ ACCESSION_NUMBER: acc, FOOTNOTE_ID: 'F2', FOOTNOTE_TXT: 'Held by a family trust of which the reporting person is a trustee.' });
        break;
      case 'OWNER_SIGNATURE':
        for (const o of s.owners) yield row({ ACCESSION_NUMBER: acc, OWNERSIGNATURENAME: `/s/ Owner ${o} A`, OWNERSIGNATUREDATE: date(s.day + 2) });
        break;
    }
  }
}

export async function writeSyntheticQuarter(path: string, submissions: number, seed = 2024_1): Promise<SyntheticQuarter> {
  const subs = plan(submissions, seed);
  const zip = new yazl.ZipFile();
  let rows = 0;
  for (const t of TABLE_NAMES) {
    const source = lines(t, subs, seed);
    let first = true;
    zip.addReadStream(
      Readable.from((function* () {
        for (const l of source) {
          if (!first) rows++;
          first = false;
          yield `${l}\n`;
        }
      })()),
      `${t}.tsv`,
    );
  }
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(path)).on('close', () => resolve()).on('error', reject));
  const tableRows = subs.reduce((n, s) => n + s.ndt + s.ndh + s.dt + s.dh, 0);
  return { submissions, rows, tableRows };
}
