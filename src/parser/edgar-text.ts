import { ParseError } from './errors';
import { readTextTable, type TextRow } from './edgar-text-table';
import {
  DOCUMENT_TYPES, TRANSACTION_CODES,
  type Address, type DerivativeHolding, type DerivativeTransaction, type DocumentType, type Footnote,
  type NonDerivativeHolding, type NonDerivativeTransaction, type ParseWarning, type Relationship, type ReportingOwner,
  type Signature, type TransactionCode,
} from './model';
import { COLUMNS, type Column, type FormKind, type TableKind } from './ocr/layout';
import type { FilingBody } from './ownership-xml';
import { readSgmlHeader, submissionDocuments, type HeaderAddress, type HeaderEntity, type SgmlHeader } from './sgml-header';

/**
 * EDGAR's pre-XML ownership filings (until mid-2003): a submission whose Form 3, 4 or 5 is typed
 * ASCII, the boxes as numbered captions with their values on the lines below, the tables drawn with
 * bars and rules (see edgar-text-table.ts). CIKs, the accession number and the filing date come from
 * the SGML header, which EDGAR wrote itself; names, addresses and rows from the typed form. Every
 * value taken from elsewhere than its own box, or guessed, is warned.
 */
export interface EdgarTextResult {
  body: FilingBody;
  header: SgmlHeader;
}

const MAX_BODY_LINES = 5000;
/** Lines are cut here, as the OCR reader cuts them, so no pattern runs long. */
const MAX_LINE = 4000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readEdgarText(submission: string): EdgarTextResult {
  const header = readSgmlHeader(submission);
  const docs = submissionDocuments(submission);
  const doc = docs.find((d) => isOwnershipType(d.type)) ?? (docs.length === 1 && isOwnershipType(header.submissionType ?? '') ? docs[0] : undefined);
  if (!doc) {
    const type = header.submissionType ?? docs[0]?.type ?? 'unknown';
    if (!isOwnershipType(type)) throw new ParseError('UNSUPPORTED_DOCUMENT_TYPE', `the submission is a "${type}", not a Form 3, 4 or 5`);
    throw new ParseError('NO_OWNERSHIP_DOCUMENT', 'the submission holds no Form 3, 4 or 5 document');
  }
  const documentType = (isOwnershipType(doc.type) ? doc.type : header.submissionType!).toUpperCase() as DocumentType;
  // Some filers of 2001-2003 sent the form as HTML (a table per box, a table split over pages):
  // not typed text, and read by guesswork it would lose rows, so it is refused whole.
  if (/<(html|table|td)\b/i.test(doc.text.slice(0, 20_000)) && /<td\b/i.test(doc.text)) {
    throw new ParseError('UNRECOGNISED_FORMAT', `the submission's Form ${documentType} is an HTML document, not typed text; the edgar-text reader reads typed forms only`);
  }
  const form = documentType[0] as FormKind;
  const warnings: ParseWarning[] = [];
  const lines = doc.text.split(/\r?\n/, MAX_BODY_LINES).map((l) => l.slice(0, MAX_LINE).replace(/\t/g, '    '));
  const parts = findParts(lines);
  const boxes = readBoxes(lines.slice(0, parts.tableI ?? parts.tableII ?? parts.explanation ?? lines.length));
  // Without one numbered box or table the document is no typed form (a cover letter, "filed on
  // paper"): the header alone would make a filing of nothing but warnings.
  if (boxes.size === 0 && parts.tableI === null && parts.tableII === null) {
    throw new ParseError('UNRECOGNISED_FORMAT', `the submission's Form ${documentType} document is not a typed form: it has none of the form's numbered boxes or tables`);
  }

  const period = readPeriod(header, boxes.get('period'), form, warnings);
  const issuer = readIssuer(header, boxes.get('issuer'), warnings);
  const owners = readOwners(header, boxes, warnings);
  const footnotes = readFootnotes(lines, parts);
  const remarks = readRemarks(lines, parts);
  const signatures = readSignatures(lines, parts, warnings);
  const tables = readTables(lines, parts, form, warnings);
  const amendment = boxes.get('amendment');
  const originalDate = amendment ? findDate(amendment.join(' ')) : null;

  const body: FilingBody = {
    documentType,
    periodOfReport: period,
    dateOfOriginalSubmission: documentType.endsWith('/A') ? originalDate : null,
    issuer,
    reportingOwners: owners,
    ...tables,
    footnotes,
    remarks,
    signatures,
    warnings,
  };
  return { body, header };
}

function isOwnershipType(t: string): boolean {
  return (DOCUMENT_TYPES as readonly string[]).includes(t.trim().toUpperCase());
}

interface Parts {
  tableI: number | null;
  tableII: number | null;
  explanation: number | null;
  remarks: number | null;
  signature: number | null;
}

function findParts(lines: readonly string[]): Parts {
  const parts: Parts = { tableI: null, tableII: null, explanation: null, remarks: null, signature: null };
  lines.forEach((l, i) => {
    if (parts.tableII === null && /\bTable\s+II\b/i.test(l)) parts.tableII = i;
    else if (parts.tableI === null && /\bTable\s+I\b/i.test(l)) parts.tableI = i;
    else if (parts.explanation === null && /^\s*Explanation of Responses/i.test(l)) parts.explanation = i;
    else if (parts.remarks === null && /^\s*Remarks\s*:?/i.test(l)) parts.remarks = i;
    else if (parts.signature === null && (parts.explanation !== null || parts.tableII !== null) && /signature of reporting person|^\s*signature\b/i.test(l)) parts.signature = i;
  });
  return parts;
}

type BoxKind = 'name' | 'issuer' | 'period' | 'amendment' | 'relationship' | 'joint' | 'irs';

/** The numbered boxes above Table I: a caption line ("2. Issuer Name and Ticker…") and the lines below it. */
function readBoxes(lines: readonly string[]): Map<BoxKind, string[]> {
  const boxes = new Map<BoxKind, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const m = /^\s*(\d{1,2})\s*\.\s*(\S.*)$/.exec(line);
    const kind = m ? boxKind(m[2]!) : null;
    if (kind) {
      current = [];
      if (!boxes.has(kind)) boxes.set(kind, current);
      // Some typists put the value on the caption line itself, after a colon.
      const after = /:\s*(\S.*)$/.exec(m![2]!);
      if (after && kind !== 'relationship' && kind !== 'joint') current.push(after[1]!);
      continue;
    }
    if (current && line.trim() !== '') current.push(line.trim());
  }
  return boxes;
}

function boxKind(caption: string): BoxKind | null {
  const c = caption.toLowerCase();
  if (c.includes('name and address')) return 'name';
  if (c.includes('issuer name')) return 'issuer';
  if (c.includes('relationship')) return 'relationship';
  if (c.includes('amendment')) return 'amendment';
  if (c.includes('statement for') || c.includes('date of event') || c.includes('fiscal year') || c.includes('earliest transaction')) return 'period';
  if (c.includes('joint') || c.includes('individual')) return 'joint';
  if (c.includes('irs') || c.includes('i.r.s') || c.includes('social security')) return 'irs';
  return null;
}

/** A date written in a box or a cell: 2/7/00, 02/29/2000, February 29, 2000, Feb. 29,2000. */
export function findDate(s: string): string | null {
  let m = /(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/.exec(s);
  if (m) return iso(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\s*,\s*(\d{4})\b/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mo >= 0) return iso(Number(m[3]), mo + 1, Number(m[2]));
  }
  return null;
}

function fullYear(y: string): number {
  const n = Number(y);
  // Two-digit years of filings typed 1993-2003 (and of expirations up to the 2040s).
  return y.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

function iso(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readPeriod(header: SgmlHeader, box: string[] | undefined, form: FormKind, warnings: ParseWarning[]): string {
  const typed = box ? findDate(box.join(' ')) : null;
  if (header.periodOfReport) {
    if (typed && typed !== header.periodOfReport) {
      warnings.push({ path: 'periodOfReport', message: `the form's box says ${typed}; took the header's CONFORMED PERIOD OF REPORT ${header.periodOfReport}` });
    }
    return header.periodOfReport;
  }
  if (typed) return typed;
  throw new ParseError('MISSING_FIELD', `no period of report: neither the header nor the Form ${form}'s date box gives a readable date`);
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function readIssuer(header: SgmlHeader, box: string[] | undefined, warnings: ParseWarning[]): FilingBody['issuer'] {
  const h = header.issuer;
  let name: string | null = null;
  let ticker: string | null = null;
  for (const line of box ?? []) {
    const bracket = /^(.*?)\s*[([]\s*([A-Z][A-Z0-9.-]{0,9})\s*[)\]]\s*$/.exec(line);
    if (bracket) {
      name ??= clean(bracket[1]!);
      ticker ??= bracket[2]!;
      continue;
    }
    const tick = /^(?:ticker(?: or trading)?(?: symbol)?\s*:?\s*)?([A-Z][A-Z0-9.-]{0,9})$/i.exec(line);
    if (name !== null && tick && ticker === null && /^[A-Z0-9.:\s-]+$/i.test(line) && line.toUpperCase() === line) ticker = tick[1]!.toUpperCase();
    else name ??= clean(line);
  }
  if (name === null) {
    name = h?.name ? h.name.replace(/\s*\/[A-Z]{0,3}\s*$/, '').trim() : null;
    if (name === null) throw new ParseError('MISSING_FIELD', 'no issuer name: neither the form\'s issuer box nor the header gives one');
    warnings.push({ path: 'issuer.name', message: `the issuer box was not read; took the header's conformed name "${name}"` });
  }
  return { cik: h?.cik ?? null, name, tradingSymbol: ticker };
}

function readOwners(header: SgmlHeader, boxes: Map<BoxKind, string[]>, warnings: ParseWarning[]): ReportingOwner[] {
  const typed = readNameBox(boxes.get('name'));
  const relationship = readRelationship(boxes.get('relationship'));
  const owners: ReportingOwner[] = [];
  const heads: (HeaderEntity | null)[] = header.reportingOwners.length > 0 ? header.reportingOwners : [null];
  heads.forEach((h, i) => {
    const path = `reportingOwners[${i}]`;
    // The header's conformed name is EDGAR's name for the CIK, the one XML filings give too; the
    // typed box is the filer's spelling ("Foster, Alan H."), used when the header has none.
    let name = h?.name ?? null;
    if (name === null && i === 0) name = typed.name;
    if (name === null) throw new ParseError('MISSING_FIELD', 'no reporting person: neither the header nor the name box names one');
    let address: Address = i === 0 && typed.address ? typed.address : fromHeaderAddress(h?.mail ?? h?.business ?? null);
    if (!(i === 0 && typed.address)) {
      if (h?.mail || h?.business) warnings.push({ path: `${path}.address`, message: `${i === 0 ? 'the name box gives no address' : 'the form has one name box'}; took the header's ${h?.mail ? 'mail' : 'business'} address` });
      else address = fromHeaderAddress(null);
    }
    let rel: Relationship;
    if (i === 0 && relationship.marked) rel = relationship.value;
    else {
      rel = fromHeaderRelationship(h?.relationship ?? [], i === 0 ? relationship.value.officerTitle : null);
      warnings.push({ path: `${path}.relationship`, message: h?.relationship.length ? `no box of the relationship is marked on the form; took the header's RELATIONSHIP ${h.relationship.join(', ')}` : 'no relationship marked on the form or given in the header' });
    }
    owners.push({ cik: h?.cik ?? null, name, address, relationship: rel });
  });
  return owners;
}

function fromHeaderAddress(a: HeaderAddress | null): Address {
  return { street1: a?.street1 ?? null, street2: a?.street2 ?? null, city: a?.city ?? null, state: a?.state ?? null, zipCode: a?.zipCode ?? null };
}

function fromHeaderRelationship(rel: readonly string[], officerTitle: string | null): Relationship {
  const has = (w: string) => rel.some((r) => r.includes(w));
  return {
    isDirector: has('DIRECTOR'), isOfficer: has('OFFICER'), isTenPercentOwner: has('10') || has('PERCENT'), isOther: has('OTHER'),
    officerTitle: has('OFFICER') ? officerTitle : null, otherText: null,
  };
}

const COUNTRY = /^(USA|U\.S\.A\.?|UNITED STATES( OF AMERICA)?)$/i;
const CITY_STATE_ZIP = /^(.*?)[,\s]+([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?)$/;

function readNameBox(box: string[] | undefined): { name: string | null; address: Address | null } {
  const lines = (box ?? []).filter((l) => !/^\((last|street|city)\b/i.test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
  if (lines.length === 0) return { name: null, address: null };
  const [name, ...rest] = lines;
  while (rest.length > 0 && COUNTRY.test(rest[rest.length - 1]!)) rest.pop();
  if (rest.length === 0) return { name: name!, address: null };
  const last = CITY_STATE_ZIP.exec(rest[rest.length - 1]!);
  const streets = last ? rest.slice(0, -1) : rest;
  return {
    name: name!,
    address: {
      street1: streets[0] ?? null,
      street2: streets.length > 1 ? streets.slice(1).join(', ') : null,
      city: last ? last[1]!.replace(/,$/, '').trim() : null,
      state: last ? last[2]! : null,
      zipCode: last ? last[3]! : null,
    },
  };
}

/** `(X) Director ( ) 10% Owner`, `[X]`, `_X_` or a bare `X` before a box's word. */
const MARK_BEFORE = /(\(\s*[xX]\s*\)|\[\s*[xX]\s*\]|_+\s*[xX]\s*_+|(?:^|\s)[xX])\s*$/;
const BOX_WORDS: [keyof Pick<Relationship, 'isDirector' | 'isTenPercentOwner' | 'isOfficer' | 'isOther'>, RegExp][] = [
  ['isDirector', /director/i],
  ['isTenPercentOwner', /10\s*%\s*owner/i],
  ['isOfficer', /officer/i],
  ['isOther', /\bother\b/i],
];

function readRelationship(box: string[] | undefined): { marked: boolean; value: Relationship } {
  const value: Relationship = { isDirector: false, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null };
  const lines = box ?? [];
  let marked = false;
  let lastBoxLine = -1;
  lines.forEach((line, i) => {
    for (const [key, word] of BOX_WORDS) {
      const m = word.exec(line);
      if (!m) continue;
      lastBoxLine = i;
      if (MARK_BEFORE.test(line.slice(0, m.index))) {
        value[key] = true;
        marked = true;
      }
    }
    if (/\(specify below\)|\(give title below\)/i.test(line)) lastBoxLine = i;
  });
  const below = lines.slice(lastBoxLine + 1).map((l) => l.trim()).filter((l) => l !== '' && !/^\(?specify below\)?$/i.test(l));
  const title = below.length > 0 ? below.join(' ') : null;
  if (value.isOfficer) value.officerTitle = title;
  else if (value.isOther) value.otherText = title;
  return { marked, value };
}

/** Footnote marks in a cell: (1), (1)(2), (1,2), <F1>. */
const MARKS = /\(\s*(\d{1,2}(?:\s*,\s*\d{1,2})*)\s*\)|<F(\d{1,2})>/g;

function takeMarks(cell: string): { text: string; ids: string[] } {
  const ids: string[] = [];
  const text = cell.replace(MARKS, (_, list: string | undefined, f: string | undefined) => {
    for (const n of (list ?? f ?? '').split(',')) ids.push(`F${Number(n.trim())}`);
    return ' ';
  });
  return { text: text.replace(/\s+/g, ' ').trim(), ids };
}

const EMPTY = /^(-+|n\/?a|none|—)?$/i;

function numberIn(s: string): number | null {
  const m = /-?\$?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)/.exec(s);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

const ACQUIRING: readonly string[] = ['P', 'A', 'M', 'X', 'C', 'W', 'L', 'I'];
const DISPOSING: readonly string[] = ['S', 'F', 'D', 'G', 'E', 'H', 'U', 'O'];

interface Cells {
  get(col: Column): string;
  has(col: Column): boolean;
  ids: string[];
  fieldIds: Record<string, string[]>;
}

const FIELD_OF: Partial<Record<Column, string>> = {
  title: 'securityTitle', date: 'transactionDate', deemed: 'deemedExecutionDate', code: 'transactionCoding',
  amount: 'transactionShares', amtA: 'transactionShares', amtD: 'transactionShares', ad: 'transactionAcquiredDisposedCode',
  price: 'transactionPricePerShare', owned: 'sharesOwnedFollowingTransaction', di: 'directOrIndirectOwnership',
  nature: 'natureOfOwnership', conv: 'conversionOrExercisePrice', exDate: 'exerciseDate', expDate: 'expirationDate',
  undTitle: 'underlyingSecurityTitle', undShares: 'underlyingSecurityShares',
};

function cellsOf(row: TextRow, columns: readonly Column[]): Cells {
  const values = new Map<Column, string>();
  const ids: string[] = [];
  const fieldIds: Record<string, string[]> = {};
  columns.forEach((col, i) => {
    const { text, ids: found } = takeMarks(row.cells[i] ?? '');
    values.set(col, text);
    for (const id of found) {
      if (!ids.includes(id)) ids.push(id);
      const f = FIELD_OF[col]!;
      (fieldIds[f] ??= []).includes(id) || fieldIds[f]!.push(id);
    }
  });
  return { get: (c) => values.get(c) ?? '', has: (c) => values.has(c), ids, fieldIds };
}

/** The columns a typed table's row count of cells fits: the form of its day (no deemed date before 2002, A/D as amount and letter). */
function layoutFor(form: FormKind, table: TableKind, row: TextRow): readonly Column[] | null {
  const current = COLUMNS[form][table];
  const n = row.cells.length;
  const candidates: Column[][] = [];
  for (const deemed of [false, true]) {
    let cols = current.filter((c) => deemed || c !== 'deemed');
    candidates.push(cols);
    if (cols.includes('amtA')) {
      cols = cols.flatMap((c) => (c === 'amtA' ? ['amount'] : c === 'amtD' ? ['ad'] : [c])) as Column[];
      candidates.push(cols);
    }
  }
  const fitting = candidates.filter((c) => c.length === n);
  if (fitting.length === 0) return null;
  if (fitting.length === 1) return fitting[0]!;
  // Same count: (A)/(D) as two amount columns, or as amount and letter: the letter column holds no number.
  const byLetter = fitting.find((c) => c.includes('ad'));
  const split = fitting.find((c) => c.includes('amtD'));
  if (byLetter && split) {
    const at = byLetter.indexOf('ad');
    return /\d/.test(row.cells[at] ?? '') ? split : byLetter;
  }
  return fitting[0]!;
}

interface Tables {
  nonDerivativeTransactions: NonDerivativeTransaction[];
  nonDerivativeHoldings: NonDerivativeHolding[];
  derivativeTransactions: DerivativeTransaction[];
  derivativeHoldings: DerivativeHolding[];
}

function readTables(lines: readonly string[], parts: Parts, form: FormKind, warnings: ParseWarning[]): Tables {
  const out: Tables = { nonDerivativeTransactions: [], nonDerivativeHoldings: [], derivativeTransactions: [], derivativeHoldings: [] };
  const ends = [parts.tableII, parts.explanation, parts.remarks, parts.signature, lines.length].filter((x): x is number => x !== null);
  const specs: [TableKind, number | null][] = [['I', parts.tableI], ['II', parts.tableII]];
  for (const [table, start] of specs) {
    if (start === null) continue;
    const end = Math.min(...ends.filter((e) => e > start));
    const region = lines.slice(start, end);
    const rows = readTextTable(region);
    if (rows.length === 0 && region.some((l) => /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(l) && /\d{1,3}(,\d{3})+|\d{3,}/.test(l.replace(/\d{1,2}\/\d{1,2}\/\d{2,4}/g, '')))) {
      warnings.push({ path: table === 'I' ? 'nonDerivativeTransactions' : 'derivativeTransactions', message: `Table ${table} has lines with dates and amounts, but no columns (bars or <S>/<C> markers) to read them by; its rows were not read` });
    }
    for (const row of rows) {
      const columns = layoutFor(form, table, row);
      const list = table === 'I' ? 'nonDerivative' : 'derivative';
      if (!columns) {
        warnings.push({ path: `${list}Transactions`, message: `a row of Table ${table} has ${row.cells.length} columns, which no Form ${form} layout has; not read: "${row.cells.join(' | ').slice(0, 120)}"` });
        continue;
      }
      readRow(cellsOf(row, columns), form, table, out, warnings);
    }
  }
  return out;
}

function readRow(c: Cells, form: FormKind, table: TableKind, out: Tables, warnings: ParseWarning[]): void {
  const isTx = form !== '3' && (c.get('date') !== '' || c.get('code') !== '' || c.get('amount') !== '' || c.get('amtA') !== '' || c.get('amtD') !== '');
  const list = `${table === 'I' ? 'nonDerivative' : 'derivative'}${isTx ? 'Transactions' : 'Holdings'}`;
  const index = (out as unknown as Record<string, unknown[]>)[list]!.length;
  const path = `${list}[${index}]`;
  /** A cell read as a number or a date: empty ("-", "N/A") is null, anything else unreadable is null and warned. */
  const typed = <T>(read: (s: string) => T | null, what: string) => (col: Column, field: string): T | null => {
    const s = c.get(col);
    if (EMPTY.test(s)) return null;
    const v = read(s);
    if (v === null) warnings.push({ path: `${path}.${field}`, message: `"${s}" is not ${what}` });
    return v;
  };
  const num = typed(numberIn, 'a number');
  const date = typed(findDate, 'a date');
  const text = (col: Column): string | null => (EMPTY.test(c.get(col)) ? null : clean(c.get(col)));
  const securityTitle = text('title') ?? '';
  if (securityTitle === '') warnings.push({ path: `${path}.securityTitle`, message: 'the row has no security title' });
  const diRaw = c.get('di').toUpperCase().replace(/[^DI]/g, '');
  const directOrIndirectOwnership = diRaw === 'D' || diRaw === 'I' ? diRaw : null;
  if (directOrIndirectOwnership === null && !EMPTY.test(c.get('di'))) warnings.push({ path: `${path}.directOrIndirectOwnership`, message: `"${c.get('di')}" is not D or I` });
  const ownership = {
    // Form 3's Table II has no column for a holding (the underlying amount is it): null there.
    sharesOwnedFollowingTransaction: num('owned', 'sharesOwnedFollowingTransaction'),
    directOrIndirectOwnership,
    natureOfOwnership: text('nature'),
    footnoteIds: c.ids,
    fieldFootnoteIds: c.fieldIds,
  } as const;
  const derivative = table === 'II'
    ? {
        conversionOrExercisePrice: num('conv', 'conversionOrExercisePrice'),
        exerciseDate: date('exDate', 'exerciseDate'),
        expirationDate: date('expDate', 'expirationDate'),
        underlyingSecurityTitle: text('undTitle'),
        underlyingSecurityShares: num('undShares', 'underlyingSecurityShares'),
      }
    : null;
  if (!isTx) {
    const holding = { securityTitle, ...(derivative ?? {}), ...ownership };
    if (table === 'I') out.nonDerivativeHoldings.push(holding as NonDerivativeHolding);
    else out.derivativeHoldings.push(holding as DerivativeHolding);
    return;
  }
  const codeRaw = c.get('code').toUpperCase().replace(/[^A-Z]/g, '');
  const transactionCode = (TRANSACTION_CODES as readonly string[]).includes(codeRaw[0] ?? '') ? (codeRaw[0] as TransactionCode) : null;
  if (transactionCode === null && codeRaw !== '') warnings.push({ path: `${path}.transactionCode`, message: `"${c.get('code')}" is not a transaction code` });
  const amountCol: Column = c.has('amount') ? 'amount' : c.get('amtA') !== '' && !EMPTY.test(c.get('amtA')) ? 'amtA' : 'amtD';
  const shares = num(amountCol, 'shares');
  let acquiredDisposedCode: 'A' | 'D' | null = null;
  if (c.has('ad')) {
    const ad = c.get('ad').toUpperCase().replace(/[^AD]/g, '');
    if (ad === 'A' || ad === 'D') acquiredDisposedCode = ad;
  } else if (shares !== null) acquiredDisposedCode = amountCol === 'amtA' ? 'A' : 'D';
  if (acquiredDisposedCode === null && transactionCode !== null) {
    const inferred = ACQUIRING.includes(transactionCode) ? 'A' : DISPOSING.includes(transactionCode) ? 'D' : null;
    if (inferred) {
      acquiredDisposedCode = inferred;
      warnings.push({ path: `${path}.acquiredDisposedCode`, message: `the (A)/(D) column reads "${c.get('ad')}"; inferred ${inferred} from transaction code ${transactionCode}` });
    }
  }
  const tx = {
    securityTitle,
    ...(derivative ?? {}),
    transactionDate: date('date', 'transactionDate'),
    deemedExecutionDate: date('deemed', 'deemedExecutionDate'),
    transactionCode,
    shares,
    pricePerShare: num('price', 'pricePerShare'),
    acquiredDisposedCode,
    ...ownership,
  };
  if (table === 'I') out.nonDerivativeTransactions.push(tx as NonDerivativeTransaction);
  else out.derivativeTransactions.push(tx as DerivativeTransaction);
}

function sectionEnd(parts: Parts, start: number, total: number): number {
  const after = [parts.remarks, parts.signature, parts.tableI, parts.tableII].filter((x): x is number => x !== null && x > start);
  return after.length > 0 ? Math.min(...after) : total;
}

function readFootnotes(lines: readonly string[], parts: Parts): Footnote[] {
  if (parts.explanation === null) return [];
  const end = sectionEnd(parts, parts.explanation, lines.length);
  const notes: Footnote[] = [];
  const first = lines[parts.explanation]!.replace(/^\s*Explanation of Responses\s*:?/i, '');
  for (const raw of [first, ...lines.slice(parts.explanation + 1, end)]) {
    const line = raw.trim();
    if (line === '' || /^<\/?\w+>$/.test(line)) continue;
    if (/^\*\*?\s*(intentional|if the form|note:)/i.test(line)) break;
    const m = /^(?:\(\s*(\d{1,2})\s*\)|(\d{1,2})[.)]|<F(\d{1,2})>)\s*(.*)$/.exec(line);
    if (m) notes.push({ id: `F${Number(m[1] ?? m[2] ?? m[3])}`, text: m[4]!.trim() });
    else if (notes.length > 0) notes[notes.length - 1]!.text = `${notes[notes.length - 1]!.text} ${line}`.trim();
  }
  return notes.filter((n) => n.text !== '');
}

function readRemarks(lines: readonly string[], parts: Parts): string | null {
  if (parts.remarks === null) return null;
  const end = sectionEnd(parts, parts.remarks, lines.length);
  const first = lines[parts.remarks]!.replace(/^\s*Remarks\s*:?/i, '');
  return clean([first, ...lines.slice(parts.remarks + 1, end)].join(' '));
}

function readSignatures(lines: readonly string[], parts: Parts, warnings: ParseWarning[]): Signature[] {
  if (parts.signature === null) return [];
  const tail = lines.slice(parts.signature, parts.signature + 15).map((l) => l.trim());
  const sigLine = tail.find((l) => /\/s\//i.test(l));
  const named = sigLine ? clean(sigLine.replace(/\/s\/\s*/i, '/s/ ').replace(/\s{2,}.*(date|\d{4}).*$/i, '')) : null;
  if (!named) return [];
  let date: string | null = null;
  for (const l of tail) {
    if (l === sigLine && !/\d{4}|\d\/\d/.test(l.replace(/\/s\//i, ''))) continue;
    date = findDate(l);
    if (date) break;
  }
  if (date === null) warnings.push({ path: 'signatures[0].date', message: 'the signature has no readable date' });
  return [{ name: named, date }];
}
