import { createWriteStream } from 'node:fs';
import yazl from 'yazl';
import type { Filing } from '../../../src/parser';
import { TABLES, type TableName } from '../../../src/datasets/tables';

/**
 * Writes canonical filings as the SEC's Insider Transactions Data Sets would hold them: the eight
 * tables, tab-separated, with the SEC's header lines, dates as DD-MON-YYYY, booleans 0/1, footnote
 * ids per value in the _FN columns. Test code: the inverse of what src/datasets reads, written from
 * the data sets' layout, not from the importer.
 */
export type Rows = Record<TableName, Array<Record<string, string>>>;

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const dmy = (iso: string | null | undefined): string => (iso ? `${iso.slice(8, 10)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)}` : '');
const num = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
const bool = (b: boolean | null | undefined): string => (b === null || b === undefined ? '' : b ? '1' : '0');
const str = (s: string | null | undefined): string => s ?? '';

export const emptyTables = (): Rows => ({ SUBMISSION: [], REPORTINGOWNER: [], NONDERIV_TRANS: [], NONDERIV_HOLDING: [], DERIV_TRANS: [], DERIV_HOLDING: [], FOOTNOTES: [], OWNER_SIGNATURE: [] });

/** Footnote ids of one field, as the _FN column for it. */
function fn(row: { fieldFootnoteIds?: Record<string, string[]> | undefined }, field: string): string {
  return (row.fieldFootnoteIds?.[field] ?? []).join(',');
}

let sk = 1000;

/**
 * The data sets always give a filing date; a bare XML file has none, so the zip made from it says the
 * signature's (else the period's), and the XML side of a comparison must be given the same.
 */
export function datasetFilingDate(f: Filing): string {
  return f.source?.filingDate ?? f.signatures[0]?.date ?? f.periodOfReport;
}

export function filingRows(f: Filing, into: Rows = emptyTables()): Rows {
  const acc = f.source!.accessionNumber!;
  into.SUBMISSION.push({
    ACCESSION_NUMBER: acc,
    FILING_DATE: dmy(datasetFilingDate(f)),
    PERIOD_OF_REPORT: dmy(f.periodOfReport),
    DATE_OF_ORIG_SUB: dmy(f.dateOfOriginalSubmission),
    NO_SECURITIES_OWNED: bool(f.noSecuritiesOwned),
    NOT_SUBJECT_SEC16: bool(f.notSubjectToSection16),
    FORM3_HOLDINGS_REPORTED: bool(f.form3HoldingsReported),
    FORM4_TRANS_REPORTED: bool(f.form4TransactionsReported),
    DOCUMENT_TYPE: f.documentType,
    ISSUERCIK: str(f.issuer.cik),
    ISSUERNAME: f.issuer.name,
    ISSUERTRADINGSYMBOL: str(f.issuer.tradingSymbol),
    REMARKS: str(f.remarks),
    AFF10B5ONE: bool(f.aff10b5One),
  });
  for (const o of f.reportingOwners) {
    const rel = o.relationship;
    into.REPORTINGOWNER.push({
      ACCESSION_NUMBER: acc,
      RPTOWNERCIK: str(o.cik),
      RPTOWNERNAME: o.name,
      RPTOWNER_RELATIONSHIP: [rel.isDirector && 'Director', rel.isOfficer && 'Officer', rel.isTenPercentOwner && 'TenPercentOwner', rel.isOther && 'Other'].filter(Boolean).join(','),
      RPTOWNER_TITLE: str(rel.officerTitle),
      RPTOWNER_TXT: str(rel.otherText),
      RPTOWNER_STREET1: str(o.address.street1),
      RPTOWNER_STREET2: str(o.address.street2),
      RPTOWNER_CITY: str(o.address.city),
      RPTOWNER_STATE: str(o.address.state),
      RPTOWNER_ZIPCODE: str(o.address.zipCode),
      RPTOWNER_STATE_DESC: '',
      FILE_NUMBER: '',
    });
  }
  const ownership = (r: Filing['nonDerivativeHoldings'][number]): Record<string, string> => ({
    SHRS_OWND_FOLWNG_TRANS: num(r.sharesOwnedFollowingTransaction),
    SHRS_OWND_FOLWNG_TRANS_FN: fn(r, 'sharesOwnedFollowingTransaction'),
    VALU_OWND_FOLWNG_TRANS_FN: fn(r, 'valueOwnedFollowingTransaction'),
    DIRECT_INDIRECT_OWNERSHIP: str(r.directOrIndirectOwnership),
    DIRECT_INDIRECT_OWNERSHIP_FN: fn(r, 'directOrIndirectOwnership'),
    NATURE_OF_OWNERSHIP: str(r.natureOfOwnership),
    NATURE_OF_OWNERSHIP_FN: fn(r, 'natureOfOwnership'),
  });
  const transaction = (r: Filing['nonDerivativeTransactions'][number]): Record<string, string> => ({
    TRANS_DATE: dmy(r.transactionDate),
    TRANS_DATE_FN: fn(r, 'transactionDate'),
    DEEMED_EXECUTION_DATE: dmy(r.deemedExecutionDate),
    DEEMED_EXECUTION_DATE_FN: fn(r, 'deemedExecutionDate'),
    TRANS_FORM_TYPE: str(r.transactionFormType),
    TRANS_CODE: str(r.transactionCode),
    EQUITY_SWAP_INVOLVED: bool(r.equitySwapInvolved),
    EQUITY_SWAP_TRANS_CD_FN: fn(r, 'transactionCoding'),
    TRANS_TIMELINESS: str(r.transactionTimeliness),
    TRANS_TIMELINESS_FN: fn(r, 'transactionTimeliness'),
    TRANS_SHARES: num(r.shares),
    TRANS_SHARES_FN: fn(r, 'transactionShares'),
    TRANS_TOTAL_VALUE_FN: fn(r, 'transactionTotalValue'),
    TRANS_PRICEPERSHARE: num(r.pricePerShare),
    TRANS_PRICEPERSHARE_FN: fn(r, 'transactionPricePerShare'),
    TRANS_ACQUIRED_DISP_CD: str(r.acquiredDisposedCode),
    TRANS_ACQUIRED_DISP_CD_FN: fn(r, 'transactionAcquiredDisposedCode'),
  });
  const derivative = (r: Filing['derivativeHoldings'][number], exercise: string): Record<string, string> => ({
    CONV_EXERCISE_PRICE: num(r.conversionOrExercisePrice),
    CONV_EXERCISE_PRICE_FN: fn(r, 'conversionOrExercisePrice'),
    [exercise]: dmy(r.exerciseDate),
    [`${exercise}_FN`]: fn(r, 'exerciseDate'),
    EXPIRATION_DATE: dmy(r.expirationDate),
    EXPIRATION_DATE_FN: fn(r, 'expirationDate'),
    UNDLYNG_SEC_TITLE: str(r.underlyingSecurityTitle),
    UNDLYNG_SEC_TITLE_FN: fn(r, 'underlyingSecurityTitle'),
    UNDLYNG_SEC_SHARES: num(r.underlyingSecurityShares),
    UNDLYNG_SEC_SHARES_FN: fn(r, 'underlyingSecurityShares'),
    UNDLYNG_SEC_VALUE_FN: fn(r, 'underlyingSecurityValue'),
  });
  const title = (r: { securityTitle: string; fieldFootnoteIds?: Record<string, string[]> }): Record<string, string> => ({ SECURITY_TITLE: r.securityTitle, SECURITY_TITLE_FN: fn(r, 'securityTitle') });
  for (const r of f.nonDerivativeTransactions) into.NONDERIV_TRANS.push({ ACCESSION_NUMBER: acc, NONDERIV_TRANS_SK: String(sk++), ...title(r), ...transaction(r), ...ownership(r) });
  for (const r of f.nonDerivativeHoldings) {
    into.NONDERIV_HOLDING.push({ ACCESSION_NUMBER: acc, NONDERIV_HOLDING_SK: String(sk++), ...title(r), TRANS_FORM_TYPE: str(r.transactionFormType), TRANS_FORM_TYPE_FN: fn(r, 'transactionCoding'), ...ownership(r) });
  }
  for (const r of f.derivativeTransactions) into.DERIV_TRANS.push({ ACCESSION_NUMBER: acc, DERIV_TRANS_SK: String(sk++), ...title(r), ...derivative(r, 'EXCERCISE_DATE'), ...transaction(r), ...ownership(r) });
  for (const r of f.derivativeHoldings) {
    into.DERIV_HOLDING.push({ ACCESSION_NUMBER: acc, DERIV_HOLDING_SK: String(sk++), ...title(r), TRANS_FORM_TYPE: str(r.transactionFormType), TRANS_FORM_TYPE_FN: fn(r, 'transactionCoding'), ...derivative(r, 'EXERCISE_DATE'), ...ownership(r) });
  }
  for (const n of f.footnotes) into.FOOTNOTES.push({ ACCESSION_NUMBER: acc, FOOTNOTE_ID: n.id, FOOTNOTE_TXT: n.text });
  for (const s of f.signatures) into.OWNER_SIGNATURE.push({ ACCESSION_NUMBER: acc, OWNERSIGNATURENAME: s.name, OWNERSIGNATUREDATE: dmy(s.date) });
  return into;
}

/** One table as the SEC writes it: its header line, then a line per row, tabs between, LF endings. */
export function tsv(table: TableName, rows: Array<Record<string, string>>, columns: readonly string[] = TABLES[table]): string {
  const clean = (v: string): string => v.replace(/[\t\r\n]+/g, ' ');
  return [columns.join('\t'), ...rows.map((r) => columns.map((c) => clean(r[c] ?? '')).join('\t'))].join('\n') + '\n';
}

/** The tables into a zip file (deflated, as the SEC's are); `edit` may change a table's text first. */
export function writeZip(path: string, rows: Rows, edit: (table: TableName, text: string) => string | null = (_t, s) => s): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const t of Object.keys(TABLES) as TableName[]) {
    const text = edit(t, tsv(t, rows[t]));
    if (text !== null) zip.addBuffer(Buffer.from(text, 'utf8'), `${t}.tsv`);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', () => resolve()).on('error', reject);
  });
}
