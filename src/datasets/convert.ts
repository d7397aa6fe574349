import { createHash } from 'node:crypto';
import {
  DOCUMENT_TYPES, TRANSACTION_CODES, filingSchema,
  type DocumentType, type Filing, type ParseWarning, type ReportingOwner,
} from '../parser';
import { boolOfText, cikOfText, numberOfText, text as readText } from '../parser/values';
import { place, type RowFailure } from './errors';
import { datasetDateOfText, footnoteIdsOf } from './values';
import { TABLE_NAMES, tableFile, type TableName } from './tables';

/** One data row: its line in its table and its fields. */
export interface TableRow {
  line: number;
  fields: string[];
}

/** All the rows of one accession, by table. */
export type SubmissionRows = Record<TableName, TableRow[]>;

export const emptyRows = (): SubmissionRows => Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as SubmissionRows;

/** Column positions of each table, from the zip's own headers. */
export type Positions = Record<TableName, Map<string, number>>;

export function positionsOf(headers: Record<TableName, string[]>): Positions {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, new Map(headers[t].map((c, i) => [c, i]))])) as unknown as Positions;
}

/** A refused submission, thrown inside the conversion and turned into a RowFailure. */
class RowError extends Error {
  constructor(
    readonly table: TableName,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Which canonical field each _FN column annotates, named like the XML element that holds the
 * footnoteId (fieldFootnoteIds' keys), in the ownership schema's element order, which is the order
 * the XML parser finds them in.
 */
const FOOTNOTE_COLUMNS: ReadonlyArray<[string, string]> = [
  ['SECURITY_TITLE_FN', 'securityTitle'],
  ['CONV_EXERCISE_PRICE_FN', 'conversionOrExercisePrice'],
  ['TRANS_DATE_FN', 'transactionDate'],
  ['DEEMED_EXECUTION_DATE_FN', 'deemedExecutionDate'],
  ['EQUITY_SWAP_TRANS_CD_FN', 'transactionCoding'],
  ['TRANS_FORM_TYPE_FN', 'transactionCoding'],
  ['TRANS_TIMELINESS_FN', 'transactionTimeliness'],
  ['TRANS_SHARES_FN', 'transactionShares'],
  ['TRANS_TOTAL_VALUE_FN', 'transactionTotalValue'],
  ['TRANS_PRICEPERSHARE_FN', 'transactionPricePerShare'],
  ['TRANS_ACQUIRED_DISP_CD_FN', 'transactionAcquiredDisposedCode'],
  ['EXCERCISE_DATE_FN', 'exerciseDate'],
  ['EXERCISE_DATE_FN', 'exerciseDate'],
  ['EXPIRATION_DATE_FN', 'expirationDate'],
  ['UNDLYNG_SEC_TITLE_FN', 'underlyingSecurityTitle'],
  ['UNDLYNG_SEC_SHARES_FN', 'underlyingSecurityShares'],
  ['UNDLYNG_SEC_VALUE_FN', 'underlyingSecurityValue'],
  ['SHRS_OWND_FOLWNG_TRANS_FN', 'sharesOwnedFollowingTransaction'],
  ['VALU_OWND_FOLWNG_TRANS_FN', 'valueOwnedFollowingTransaction'],
  ['DIRECT_INDIRECT_OWNERSHIP_FN', 'directOrIndirectOwnership'],
  ['NATURE_OF_OWNERSHIP_FN', 'natureOfOwnership'],
];

/** The surrogate key column of each row table: rows are numbered in filing order. */
const ROW_KEY: Partial<Record<TableName, string>> = {
  NONDERIV_TRANS: 'NONDERIV_TRANS_SK',
  NONDERIV_HOLDING: 'NONDERIV_HOLDING_SK',
  DERIV_TRANS: 'DERIV_TRANS_SK',
  DERIV_HOLDING: 'DERIV_HOLDING_SK',
};

type Fields = Record<string, unknown>;

/** Reads one row's columns, typed as the XML parser types them, warning where a value is unreadable. */
class RowReader {
  constructor(
    private readonly pos: Map<string, number>,
    private readonly row: TableRow,
    private readonly table: TableName,
    private readonly warnings: ParseWarning[],
  ) {}

  raw(column: string): string | null {
    const i = this.pos.get(column);
    return i === undefined ? null : readText(this.row.fields[i]);
  }

  private typed<V>(column: string, path: string, read: (t: string) => V | null, what: string): V | null {
    const t = this.raw(column);
    if (t === null) return null;
    const v = read(t);
    if (v === null) this.warnings.push({ path, message: `"${t}" is not ${what}; read as null (${tableFile(this.table)} line ${this.row.line})` });
    return v;
  }

  number = (c: string, path: string): number | null => this.typed(c, path, numberOfText, 'a number');
  date = (c: string, path: string): string | null => this.typed(c, path, datasetDateOfText, 'a date');
  bool = (c: string, path: string): boolean | null => this.typed(c, path, boolOfText, 'a boolean (0, 1, true or false)');
  cik = (c: string, path: string): string | null => this.typed(c, path, cikOfText, 'a CIK of up to ten digits');
  code<T extends string>(c: string, path: string, allowed: readonly T[]): T | null {
    return this.typed(c, path, (t) => (allowed.includes(t.toUpperCase() as T) ? (t.toUpperCase() as T) : null), `one of ${allowed.join(', ')}`);
  }

  footnotes(): { footnoteIds: string[]; fieldFootnoteIds: Record<string, string[]> } {
    const footnoteIds: string[] = [];
    const fieldFootnoteIds: Record<string, string[]> = {};
    for (const [column, field] of FOOTNOTE_COLUMNS) {
      for (const id of footnoteIdsOf(this.raw(column))) {
        if (!footnoteIds.includes(id)) footnoteIds.push(id);
        const list = (fieldFootnoteIds[field] ??= []);
        if (!list.includes(id)) list.push(id);
      }
    }
    return { footnoteIds, fieldFootnoteIds };
  }
}

const RELATIONSHIPS = ['director', 'officer', 'tenpercentowner', 'other'] as const;

/**
 * One accession's rows to the canonical filing the XML parser would make of the same submission,
 * apart from what the data sets do not carry (docs/datasets.md). Structural problems (a row with the
 * wrong number of fields, no reporting owner, an unknown form) refuse the whole submission with its
 * table and line; an unreadable value is null with a warning, as in the XML parser.
 */
export function submissionToFiling(zipName: string, accession: string, rows: SubmissionRows, positions: Positions): { filing: Filing } | { failure: RowFailure } {
  try {
    return { filing: convert(accession, rows, positions) };
  } catch (e) {
    if (e instanceof RowError) return { failure: { where: place(zipName, tableFile(e.table), e.line), accession, message: e.message } };
    throw e;
  }
}

function convert(accession: string, rows: SubmissionRows, positions: Positions): Filing {
  for (const t of TABLE_NAMES) {
    const width = positions[t].size;
    for (const r of rows[t]) if (r.fields.length !== width) throw new RowError(t, r.line, `${r.fields.length} fields where the header has ${width}`);
  }
  const subs = rows.SUBMISSION;
  if (subs.length === 0) {
    const [t, r] = TABLE_NAMES.map((n) => [n, rows[n][0]] as const).find(([, x]) => x !== undefined)!;
    throw new RowError(t, r!.line, `accession ${accession} is not in ${tableFile('SUBMISSION')}`);
  }
  if (subs.length > 1) throw new RowError('SUBMISSION', subs[1]!.line, `accession ${accession} is listed twice (also line ${subs[0]!.line})`);
  const sub = subs[0]!;
  const warnings: ParseWarning[] = [];
  const s = new RowReader(positions.SUBMISSION, sub, 'SUBMISSION', warnings);

  const type = s.raw('DOCUMENT_TYPE');
  if (!type || !(DOCUMENT_TYPES as readonly string[]).includes(type)) throw new RowError('SUBMISSION', sub.line, `document type ${type ?? '(none)'} is not one of ${DOCUMENT_TYPES.join(', ')}`);
  const period = s.date('PERIOD_OF_REPORT', 'periodOfReport');
  if (!period) throw new RowError('SUBMISSION', sub.line, 'no readable PERIOD_OF_REPORT');
  const issuerName = s.raw('ISSUERNAME');
  if (!issuerName) throw new RowError('SUBMISSION', sub.line, 'no ISSUERNAME');
  if (rows.REPORTINGOWNER.length === 0) throw new RowError('SUBMISSION', sub.line, `accession ${accession} has no row in ${tableFile('REPORTINGOWNER')}`);

  const reportingOwners = rows.REPORTINGOWNER.map((row, i) => owner(new RowReader(positions.REPORTINGOWNER, row, 'REPORTINGOWNER', warnings), row, i));
  const table = <T>(t: TableName, prefix: string, build: (r: RowReader, path: string) => T): T[] =>
    inFilingOrder(rows[t], positions[t], ROW_KEY[t]).map((row, i) => build(new RowReader(positions[t], row, t, warnings), `${prefix}[${i}]`));

  const nonDerivativeTransactions = table('NONDERIV_TRANS', 'nonDerivativeTransactions', (r, p) => ({ ...title(r, p, warnings), ...transaction(r, p), ...ownership(r, p) }));
  const nonDerivativeHoldings = table('NONDERIV_HOLDING', 'nonDerivativeHoldings', (r, p) => ({ ...title(r, p, warnings), transactionFormType: r.raw('TRANS_FORM_TYPE'), ...ownership(r, p) }));
  const derivativeTransactions = table('DERIV_TRANS', 'derivativeTransactions', (r, p) => ({ ...title(r, p, warnings), ...derivative(r, p, 'EXCERCISE_DATE'), ...transaction(r, p), ...ownership(r, p) }));
  const derivativeHoldings = table('DERIV_HOLDING', 'derivativeHoldings', (r, p) => ({ ...title(r, p, warnings), transactionFormType: r.raw('TRANS_FORM_TYPE'), ...derivative(r, p, 'EXERCISE_DATE'), ...ownership(r, p) }));

  const footnotes = rows.FOOTNOTES.flatMap((row) => {
    const r = new RowReader(positions.FOOTNOTES, row, 'FOOTNOTES', warnings);
    const id = r.raw('FOOTNOTE_ID');
    return id && /^F\d+$/.test(id) ? [{ id, text: r.raw('FOOTNOTE_TXT') ?? '' }] : [];
  });
  const signatures = rows.OWNER_SIGNATURE.map((row, i) => {
    const r = new RowReader(positions.OWNER_SIGNATURE, row, 'OWNER_SIGNATURE', warnings);
    return { name: r.raw('OWNERSIGNATURENAME') ?? '', date: r.date('OWNERSIGNATUREDATE', `signatures[${i}].date`) };
  });

  const filing = {
    schemaVersion: '1' as const,
    documentType: type as DocumentType,
    periodOfReport: period,
    dateOfOriginalSubmission: s.date('DATE_OF_ORIG_SUB', 'dateOfOriginalSubmission'),
    notSubjectToSection16: s.bool('NOT_SUBJECT_SEC16', 'notSubjectToSection16') ?? false,
    noSecuritiesOwned: s.bool('NO_SECURITIES_OWNED', 'noSecuritiesOwned'),
    aff10b5One: s.bool('AFF10B5ONE', 'aff10b5One'),
    form3HoldingsReported: s.bool('FORM3_HOLDINGS_REPORTED', 'form3HoldingsReported'),
    form4TransactionsReported: s.bool('FORM4_TRANS_REPORTED', 'form4TransactionsReported'),
    issuer: { cik: s.cik('ISSUERCIK', 'issuer.cik'), name: issuerName, tradingSymbol: s.raw('ISSUERTRADINGSYMBOL') },
    reportingOwners,
    nonDerivativeTransactions,
    nonDerivativeHoldings,
    derivativeTransactions,
    derivativeHoldings,
    footnotes,
    remarks: s.raw('REMARKS'),
    signatures,
    warnings,
    source: {
      format: 'sec-dataset' as const,
      accessionNumber: /^\d{10}-\d{2}-\d{6}$/.test(accession) ? accession : null,
      sha256: rowsHash(rows),
      xmlSchemaVersion: null,
      filingDate: s.date('FILING_DATE', 'source.filingDate'),
      acceptedAt: null,
    },
  };
  const checked = filingSchema.safeParse(filing);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new RowError('SUBMISSION', sub.line, `not a valid filing: ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

function owner(r: RowReader, row: TableRow, i: number): ReportingOwner {
  const name = r.raw('RPTOWNERNAME');
  if (!name) throw new RowError('REPORTINGOWNER', row.line, 'no RPTOWNERNAME');
  const roles = new Set((r.raw('RPTOWNER_RELATIONSHIP') ?? '').toLowerCase().split(/[,;]/).map((x) => x.replace(/[\s_-]/g, '')));
  const is = (role: (typeof RELATIONSHIPS)[number]): boolean => roles.has(role);
  return {
    cik: r.cik('RPTOWNERCIK', `reportingOwners[${i}].cik`),
    name,
    address: { street1: r.raw('RPTOWNER_STREET1'), street2: r.raw('RPTOWNER_STREET2'), city: r.raw('RPTOWNER_CITY'), state: r.raw('RPTOWNER_STATE'), zipCode: r.raw('RPTOWNER_ZIPCODE') },
    relationship: {
      isDirector: is('director'),
      isOfficer: is('officer'),
      isTenPercentOwner: is('tenpercentowner'),
      isOther: is('other'),
      officerTitle: r.raw('RPTOWNER_TITLE'),
      otherText: r.raw('RPTOWNER_TXT'),
    },
  };
}

function title(r: RowReader, path: string, warnings: ParseWarning[]): { securityTitle: string } {
  const t = r.raw('SECURITY_TITLE');
  if (t === null) warnings.push({ path: `${path}.securityTitle`, message: 'no security title given; read as ""' });
  return { securityTitle: t ?? '' };
}

function transaction(r: RowReader, p: string): Fields {
  return {
    transactionDate: r.date('TRANS_DATE', `${p}.transactionDate`),
    deemedExecutionDate: r.date('DEEMED_EXECUTION_DATE', `${p}.deemedExecutionDate`),
    transactionCode: r.code('TRANS_CODE', `${p}.transactionCode`, TRANSACTION_CODES),
    transactionFormType: r.raw('TRANS_FORM_TYPE'),
    equitySwapInvolved: r.bool('EQUITY_SWAP_INVOLVED', `${p}.equitySwapInvolved`) ?? false,
    transactionTimeliness: r.code('TRANS_TIMELINESS', `${p}.transactionTimeliness`, ['E', 'L'] as const),
    shares: r.number('TRANS_SHARES', `${p}.shares`) ?? r.number('TRANS_TOTAL_VALUE', `${p}.shares`),
    pricePerShare: r.number('TRANS_PRICEPERSHARE', `${p}.pricePerShare`),
    acquiredDisposedCode: r.code('TRANS_ACQUIRED_DISP_CD', `${p}.acquiredDisposedCode`, ['A', 'D'] as const),
  };
}

function ownership(r: RowReader, p: string): Fields {
  return {
    sharesOwnedFollowingTransaction:
      r.number('SHRS_OWND_FOLWNG_TRANS', `${p}.sharesOwnedFollowingTransaction`) ?? r.number('VALU_OWND_FOLWNG_TRANS', `${p}.sharesOwnedFollowingTransaction`),
    directOrIndirectOwnership: r.code('DIRECT_INDIRECT_OWNERSHIP', `${p}.directOrIndirectOwnership`, ['D', 'I'] as const),
    natureOfOwnership: r.raw('NATURE_OF_OWNERSHIP'),
    ...r.footnotes(),
  };
}

function derivative(r: RowReader, p: string, exerciseColumn: string): Fields {
  return {
    conversionOrExercisePrice: r.number('CONV_EXERCISE_PRICE', `${p}.conversionOrExercisePrice`),
    exerciseDate: r.date(exerciseColumn, `${p}.exerciseDate`),
    expirationDate: r.date('EXPIRATION_DATE', `${p}.expirationDate`),
    underlyingSecurityTitle: r.raw('UNDLYNG_SEC_TITLE'),
    underlyingSecurityShares: r.number('UNDLYNG_SEC_SHARES', `${p}.underlyingSecurityShares`) ?? r.number('UNDLYNG_SEC_VALUE', `${p}.underlyingSecurityShares`),
  };
}

/** By the table's surrogate key (the SEC numbers rows as it reads the filing), then by line. */
function inFilingOrder(rows: TableRow[], pos: Map<string, number>, keyColumn: string | undefined): TableRow[] {
  const k = keyColumn === undefined ? undefined : pos.get(keyColumn);
  if (k === undefined) return rows;
  const key = (r: TableRow): number => {
    const n = Number(r.fields[k]);
    return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
  };
  return [...rows].sort((a, b) => key(a) - key(b) || a.line - b.line);
}

/** A content hash of the submission's rows, standing for the sha256 of a document the data sets do not include. */
function rowsHash(rows: SubmissionRows): string {
  const h = createHash('sha256');
  for (const t of TABLE_NAMES) for (const r of rows[t]) h.update(t).update('\t').update(r.fields.join('\t')).update('\n');
  return h.digest('hex');
}
