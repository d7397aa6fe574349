import { ParseError } from '../errors';
import type { DerivativeHolding, DerivativeTransaction, Footnote, NonDerivativeHolding, NonDerivativeTransaction, ParseWarning, Signature, TransactionCode } from '../model';
import { TRANSACTION_CODES } from '../model';
import type { FilingBody } from '../ownership-xml';
import { findLabel, wordMatches } from './fuzzy';
import { readHeader, repairName } from './header';
import { findLabelLine, labelInText, lineWords } from './labels';
import type { FormKind, TableKind } from './layout';
import { checkArithmetic, fillYears, inferCodes, notesToWarnings } from './reconcile';
import { EQUITY_CLASS, readBrokenRow, readCleanRow, type ReadRow } from './rows';
import { stripMarkup, toLines, type OcrLine } from './text';
import { tokenize } from './tokens';

/** Lines read at most: a paper Form 4 runs to a few hundred; past this the text is not one. */
const MAX_LINES = 5000;

/**
 * OCR text of a paper Form 3, 4 or 5 to the canonical filing. Parts are found by their printed
 * labels; rows are read cell by cell where the columns survived, by the order of kinds where not;
 * then the form-wide repairs run and each is listed in warnings.
 */
export function readOcrText(raw: string): FilingBody {
  const lines = toLines(raw, MAX_LINES);
  const warnings: ParseWarning[] = [];
  const form = formKind(lines);
  let nameLine = findLabelLine(lines, 'Name and Address of Reporting Person', 0, Math.min(lines.length, 200));
  // A scan may break the name box's caption over lines ("1. Name and Addres" / "s of Reporting"):
  // with the form's title read, the issuer box's caption marks the boxes as well.
  if (nameLine < 0 && form !== null) nameLine = findLabelLine(lines, 'Issuer Name and Ticker or Trading Symbol', 0, Math.min(lines.length, 200));
  if (form === null || nameLine < 0) {
    throw new ParseError('UNRECOGNISED_FORMAT', 'input is neither ownership XML, an EDGAR submission, nor the text of a Form 3, 4 or 5 (no form title or "Name and Address of Reporting Person" box found)');
  }

  const explanation = findLabelLine(lines, 'Explanation of Responses', nameLine, lines.length, 1, true);
  const bodyEnd = explanation >= 0 ? explanation : lines.length;
  // Plain text (Tesseract and the like): no tab cells, no markup; boxes read straight across.
  const plain = !raw.includes('\t') && !raw.includes('<u>') && !raw.includes('<input');
  // Each table's first column caption ("1. Title of Security") starts its line in the OCR exports;
  // plain text may cut that caption over lines, and then the table's heading marks the table.
  let t2Head = findLabelLine(lines, 'Title of Derivative Security', nameLine, bodyEnd, 1, true);
  if (t2Head < 0) t2Head = tableHeading(lines, nameLine, bodyEnd, 'II');
  let t1Head = findLabelLine(lines, 'Title of Security', nameLine, t2Head >= 0 ? t2Head : bodyEnd, 1, true);
  if (t1Head < 0) t1Head = tableHeading(lines, nameLine, t2Head >= 0 ? t2Head : bodyEnd, 'I');
  const headerEnd = t1Head >= 0 ? t1Head : t2Head >= 0 ? t2Head : bodyEnd;

  // Plain text may run the name and the issuer together; what the footnotes, remarks and signature
  // say of each tells them apart.
  const tail = plain ? lines.slice(bodyEnd, Math.min(lines.length, bodyEnd + 200)).map((l) => l.text).join(' ') : '';
  const header = readHeader(lines, headerEnd, form, warnings, plain, tail);
  const rowsI = readRows(lines, t1Head >= 0 ? t1Head + 1 : headerEnd, t2Head >= 0 ? t2Head : bodyEnd, form, 'I', plain);
  const rowsII = t2Head >= 0 ? readRows(lines, t2Head + 1, bodyEnd, form, 'II', plain) : [];

  const { footnotes, remarks, signatures } = readTail(lines, explanation >= 0 ? explanation : bodyEnd);

  const all = rowsI.concat(rowsII);
  // The earliest date: ISO dates compare as strings.
  let firstDate: string | null = null;
  for (const r of all) if (r.date !== null && (firstDate === null || r.date < firstDate)) firstDate = r.date;
  let period = header.periodOfReport;
  if (period === null) {
    period = firstDate ?? signatures[0]?.date ?? null;
    if (period === null) throw new ParseError('MISSING_FIELD', 'no date of the reported event could be read (box of the earliest transaction, table rows, signature)');
    warnings.push({ path: 'periodOfReport', message: `period box not read; took ${period} from ${firstDate ? 'the earliest transaction date' : 'the signature date'}` });
  }
  fillYears(all, period);
  inferCodes(all, footnotes);
  checkArithmetic(all);

  const name = reconcileName(header.name, header.nameCopy, signatures, warnings);
  if (header.issuerName === null) throw new ParseError('MISSING_FIELD', 'the issuer name box could not be read');

  const out = {
    nonDerivativeTransactions: [] as NonDerivativeTransaction[],
    nonDerivativeHoldings: [] as NonDerivativeHolding[],
    derivativeTransactions: [] as DerivativeTransaction[],
    derivativeHoldings: [] as DerivativeHolding[],
  };
  for (const row of all) {
    const isTx = form !== '3' && row.date !== null;
    let di = row.di;
    if (di === null && (row.owned !== null || row.undShares !== null)) {
      // OCR loses one-letter cells first; an ownership with no nature of indirect ownership
      // written beside it is direct.
      di = row.nature === null ? 'D' : 'I';
      row.notes.push({ field: 'directOrIndirectOwnership', message: `D/I not read; ${di} because ${row.nature === null ? 'no' : 'a'} nature of indirect ownership is given` });
    }
    // Object literals written out, not spread from parts: a spread is a runtime call per row, and
    // the key order (which the JSON output keeps) is the canonical model's.
    const owned = row.owned;
    const nature = row.nature;
    const fns = row.fns;
    const code = toCode(row.code);
    let path: string;
    if (row.table === 'I') {
      if (isTx) {
        path = `nonDerivativeTransactions[${out.nonDerivativeTransactions.length}]`;
        out.nonDerivativeTransactions.push({
          securityTitle: row.title, transactionDate: row.date, deemedExecutionDate: row.deemed, transactionCode: code, shares: row.amount,
          pricePerShare: row.price, acquiredDisposedCode: row.ad,
          sharesOwnedFollowingTransaction: owned, directOrIndirectOwnership: di, natureOfOwnership: nature, footnoteIds: fns,
        });
      } else {
        path = `nonDerivativeHoldings[${out.nonDerivativeHoldings.length}]`;
        out.nonDerivativeHoldings.push({ securityTitle: row.title, sharesOwnedFollowingTransaction: owned, directOrIndirectOwnership: di, natureOfOwnership: nature, footnoteIds: fns });
      }
    } else if (isTx) {
      path = `derivativeTransactions[${out.derivativeTransactions.length}]`;
      out.derivativeTransactions.push({
        securityTitle: row.title,
        conversionOrExercisePrice: row.conv, exerciseDate: row.exDate, expirationDate: row.expDate, underlyingSecurityTitle: row.undTitle, underlyingSecurityShares: row.undShares,
        transactionDate: row.date, deemedExecutionDate: row.deemed, transactionCode: code, shares: row.amount, pricePerShare: row.price, acquiredDisposedCode: row.ad,
        sharesOwnedFollowingTransaction: owned, directOrIndirectOwnership: di, natureOfOwnership: nature, footnoteIds: fns,
      });
    } else {
      path = `derivativeHoldings[${out.derivativeHoldings.length}]`;
      out.derivativeHoldings.push({
        securityTitle: row.title,
        conversionOrExercisePrice: row.conv, exerciseDate: row.exDate, expirationDate: row.expDate, underlyingSecurityTitle: row.undTitle, underlyingSecurityShares: row.undShares,
        sharesOwnedFollowingTransaction: owned, directOrIndirectOwnership: di, natureOfOwnership: nature, footnoteIds: fns,
      });
    }
    notesToWarnings(row, path, warnings);
  }

  return {
    documentType: header.amendmentDate !== null ? `${form}/A` : form,
    periodOfReport: period,
    dateOfOriginalSubmission: header.amendmentDate,
    notSubjectToSection16: header.notSubjectToSection16,
    issuer: { cik: null, name: header.issuerName, tradingSymbol: header.tradingSymbol },
    reportingOwners: [{ cik: null, name, address: header.address, relationship: header.relationship }],
    ...out,
    footnotes,
    remarks,
    signatures,
    warnings,
  };
}

function toCode(c: string | null): TransactionCode | null {
  return c !== null && (TRANSACTION_CODES as readonly string[]).includes(c) ? (c as TransactionCode) : null;
}

/** Form 3, 4 or 5: the printed form number, else the statement's title. */
function formKind(lines: readonly OcrLine[]): FormKind | null {
  const top = lines.slice(0, 40);
  for (const l of top) {
    const m = /^\s*FORM\s+([345])\b/i.exec(l.text.slice(0, 12));
    if (m) return m[1] as FormKind;
  }
  for (const l of top) {
    const words = lineWords(l);
    if (findLabel(words, 'Statement of Beneficial Ownership of Securities', 0.8) && findLabel(words, 'Initial Statement', 1)) return '3';
    if (findLabel(words, 'Statement of Changes in Beneficial Ownership', 0.8)) return findLabel(words, 'Annual Statement', 1) ? '5' : '4';
  }
  return null;
}

/** A line that prints column captions (Instr., Month/Day/Year) is not a row, whatever digits it has. */
const CAPTION_WORDS = ['code', 'amount', 'price', 'exercisable', 'expiration', 'beneficially', 'transaction', 'reported'];
function isCaption(line: OcrLine): boolean {
  // Substrings, not words: every table line passes here, and a caption word is a caption word
  // wherever OCR cut it.
  const t = (line.lowerText ??= line.text.toLowerCase());
  if (t.includes('instr') || t.includes('month/day/year')) return true;
  let hits = 0;
  for (const w of CAPTION_WORDS) if (t.includes(w)) hits++;
  return hits >= 2;
}

function readRows(lines: readonly OcrLine[], from: number, to: number, form: FormKind, table: TableKind, plain: boolean): ReadRow[] {
  const rows: ReadRow[] = [];
  let last: ReadRow | null = null;
  for (let l = from; l < to; l++) {
    const line = lines[l]!;
    if (isCaption(line) || isTableHeading(line)) { last = null; continue; }
    const first = line.cells.find((c) => c !== '') ?? '';
    if (!/^[A-Za-z<]/.test(stripMarkup(first) || '')) {
      // A title wrapped after its comma may go on with a par value ("$0.01 per share").
      if (plain && last !== null && /^\$\d*\.?\d+ (per|par)\b/i.test(line.text)) continueTitle(last, line.text);
      continue;
    }
    const row = readCleanRow(line.cells, form, table) ?? readBrokenRow(line.text, form, table);
    if (row) {
      rows.push(row);
      last = row;
    } else if (plain && last !== null) {
      const firstWord = line.text.split(' ')[0]!;
      if (table === 'I' && firstWord.length > 2 && firstWord === last.title.split(' ')[0] && line.text.split(' ').length > 1) {
        // A row whose amounts OCR lost entirely starts like the row above ("Common By spouse"):
        // a holding with its title's first word and its nature, the amount unread.
        const row = holdingWithoutAmount(line.text, form);
        if (row) {
          rows.push(row);
          last = row;
        } else continueTitle(last, line.text);
      } else {
        // Plain text wraps a long title onto the lines after its row ("Common" / "Stock(1)").
        continueTitle(last, line.text);
      }
    }
  }
  if (plain) {
    for (const r of rows) {
      r.title = withoutMarkRemains(r.title);
      if (r.nature !== null) r.nature = withoutMarkRemains(r.nature);
      if (r.undTitle !== null) r.undTitle = withoutMarkRemains(r.undTitle);
    }
  }
  return rows;
}

function holdingWithoutAmount(text: string, form: FormKind): ReadRow | null {
  const [first = '', ...rest] = text.split(' ');
  // Read as if a 0 stood where the amount was, then say it was not there.
  const row = readBrokenRow(`${first} 0 ${rest.join(' ')}`, form, 'I');
  if (row === null) return null;
  row.owned = null;
  row.notes.push({ field: 'sharesOwnedFollowingTransaction', message: 'no amount could be read on this row' });
  return row;
}

/** The last word of a security's name. */
const SECURITY_END = /(stock|shares?|units?|options?|warrants?|rights?|notes?|debentures?|interests?|securities|equivalents?|awards?|\(right to buy\)|buy\)|sell\)|ads|adss)[.,;]?$/i;

function continueTitle(row: ReadRow, text: string): void {
  const words: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'fn') { if (!row.fns.includes(`F${t.id}`)) row.fns.push(`F${t.id}`); }
    else words.push(t.text);
  }
  // A wrapped line of Table II carries the rest of the titles and the nature in column order: the
  // word that completes the underlying title's equity class ("Common" + "Stock") is the
  // underlying's, the words before it the title's, the words after it the nature's.
  let natureDone = false;
  if (row.table === 'II' && row.undTitle !== null && !EQUITY_CLASS.test(row.undTitle)) {
    const k = words.findIndex((w) => EQUITY_CLASS.test(`${row.undTitle} ${w}`));
    if (k >= 0) {
      row.undTitle = `${row.undTitle} ${words[k]}`;
      const after = words.splice(k).slice(1);
      if (after.length > 0 && row.nature !== null) row.nature = `${row.nature} ${after.join(' ')}`;
      else words.push(...after);
      natureDone = after.length > 0 && row.nature !== null;
    }
  }
  // Lines wrapped in columns carry the rest of the title and the rest of the nature beside it. A
  // title short of the noun a security's name ends in takes the words up to it ("Series A" +
  // "Preferred Stock", leaving "Principals Fund, LLC" to the nature); one that ends in a comma
  // goes on, as does one a par value follows ("$0.01 par value"); else the first word is the
  // title's and the rest the nature's.
  if (!natureDone && row.nature !== null && words.length > 1) {
    let take = 1;
    let end = SECURITY_END.test(row.title) ? -1 : words.findIndex((w) => SECURITY_END.test(w));
    // The name goes on past its noun in a bracket ("Stock (right to buy)").
    if (end >= 0 && words[end + 1]?.startsWith('(')) {
      const close = words.findIndex((w, k) => k > end && w.endsWith(')'));
      if (close > end) end = close;
    }
    if (row.title.endsWith(',') || (end >= 0 && words[end]!.endsWith(',')) || (/^\$?[\d.]+$/.test(words[0]!) && /^(par|per)$/i.test(words[1]!))) take = words.length;
    else if (end >= 0) take = end + 1;
    if (take < words.length) row.nature = `${row.nature} ${words.slice(take).join(' ')}`;
    words.length = take;
  }
  if (words.length > 0) row.title = `${row.title} ${words.join(' ')}`;
}

/** A closing bracket left of a mark OCR broke up ("See Footnote)") is not the value's. */
function unmatchedClose(s: string): string {
  if (!s.endsWith(')')) return s;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 40) depth++;
    else if (s.charCodeAt(i) === 41) depth--;
  }
  return depth < 0 ? s.slice(0, -1).trimEnd() : s;
}

/** What is left of a mark's bracket after a word ("Stock‘", "Stock\"") is not the value's. */
function withoutMarkRemains(s: string): string {
  const t = unmatchedClose(s);
  return /[A-Za-z][‘’'"`!]+$/.test(t) ? t.replace(/[‘’'"`!]+$/, '') : t;
}

/** A table's heading line ("Table II - Derivative Securities ..."): never a row, nor a row's wrapped title. */
function isTableHeading(line: OcrLine): boolean {
  // Every table line passes here: the words are only analysed for a line that starts "table".
  const t = (line.lowerText ??= line.text.toLowerCase());
  let i = 0;
  while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  if (!t.startsWith('table', i)) return false;
  const words = lineWords(line);
  return words[0] === 'table' && (words[1] === 'i' || words[1] === 'ii' || words[1] === 'il' || words[1] === 'l' || words[1] === '1') && words.length > 4;
}

/** A table's heading ("Table II - Derivative Securities ..."), for text that lost its captions. */
function tableHeading(lines: readonly OcrLine[], from: number, to: number, which: TableKind): number {
  for (let l = from; l < to; l++) {
    const words = lineWords(lines[l]!);
    // The heading's words as OCR misreads them too ("Non-Derlvative").
    if (words[0] !== 'table' || !words.slice(1, 6).some((w) => wordMatches(w, 'derivative'))) continue;
    const non = words.slice(1, 6).includes('non');
    if ((which === 'I') === non) return l;
  }
  return -1;
}

/**
 * Footnotes run from "Explanation of Responses" to "Remarks"; the signature is the last name
 * (and date) before the "Signature of Reporting Person" caption; remarks are what lies between.
 */
function readTail(lines: readonly OcrLine[], from: number): { footnotes: Footnote[]; remarks: string | null; signatures: Signature[] } {
  const remarksAt = findLabelLine(lines, 'Remarks', from, lines.length, 1, true);
  // The caption follows the remarks: a footnote that speaks of the "Reporting Person" must not
  // be taken for it (the fuzzy match accepts three of its four words).
  const sigAt = findLabelLine(lines, 'Signature of Reporting Person', remarksAt >= 0 ? remarksAt : from, lines.length, 0.75, true);
  const footnotes: Footnote[] = [];
  const fnEnd = remarksAt >= 0 ? remarksAt : sigAt >= 0 ? sigAt : lines.length;
  for (let l = from + 1; l < fnEnd; l++) {
    const t = stripMarkup(lines[l]!.text);
    // "18.59% to outperform" is a wrapped line of a footnote, not footnote 18.
    const m = /^\(?(\d{1,2})[.)](?!\d)\s*(.*)$/.exec(t);
    if (m) footnotes.push({ id: `F${Number(m[1])}`, text: m[2]!.trim() });
    else if (footnotes.length > 0) footnotes[footnotes.length - 1]!.text += ` ${t}`;
  }
  const signatures: Signature[] = [];
  let remarks: string | null = null;
  if (sigAt >= 0) {
    const start = remarksAt >= 0 ? remarksAt : fnEnd;
    const block = lines.slice(start, sigAt).map((l) => stripMarkup(l.text));
    if (block.length > 0) block[0] = (labelInText(block[0]!, 'Remarks', 1) ?? block[0]!).trim();
    let date: string | null = null;
    let name: string | null = null;
    let k = block.length - 1;
    const lastToks = k >= 0 ? tokenize(block[k]!) : [];
    const lastTok = lastToks[lastToks.length - 1];
    if (lastTok && lastTok.kind === 'date') {
      date = lastTok.iso;
      const rest = block[k]!.slice(0, block[k]!.lastIndexOf(lastTok.raw)).trim();
      if (rest !== '') name = rest;
      else k--;
    }
    if (name === null && k >= 0 && block[k] !== '') name = block[k]!;
    const remarkLines = block.slice(0, name === null ? k + 1 : k).filter((s) => s !== '');
    remarks = remarkLines.length > 0 ? remarkLines.join(' ') : null;
    if (name !== null && name !== '') signatures.push({ name, date });
  } else if (remarksAt >= 0) {
    const rest = lines.slice(remarksAt).map((l) => stripMarkup(l.text));
    rest[0] = (labelInText(rest[0]!, 'Remarks', 1) ?? '').trim();
    const t = rest.filter(Boolean).join(' ');
    remarks = t === '' ? null : t;
  }
  return { footnotes, remarks, signatures };
}

/**
 * The name box's own text is the first copy; a misread word is restored from the signature; the
 * underlined copy OCR made beside the box is used only when the box's text is missing.
 */
function reconcileName(name: string | null, copy: string | null, signatures: readonly Signature[], warnings: ParseWarning[]): string {
  const path = 'reportingOwners[0].name';
  let out = name ?? copy;
  if (out === null) {
    const sig = signatures[0]?.name;
    if (!sig) throw new ParseError('MISSING_FIELD', 'the reporting person\'s name could not be read');
    const words = sig.split(' ');
    out = [words[words.length - 1], ...words.slice(0, -1)].join(' ');
    warnings.push({ path, message: `name box not read; taken from the signature "${sig}" (last name first)` });
    return out;
  }
  if (name === null) warnings.push({ path, message: `name box text not read; took the underlined copy "${copy}"` });
  for (const sig of signatures) {
    const repaired = repairName(out, sig.name);
    if (repaired !== out) {
      warnings.push({ path, message: `"${out}" restored to "${repaired}" from the signature "${sig.name}"` });
      out = repaired;
    }
  }
  if (name !== null && copy !== null && copy !== name) {
    warnings.push({ path, message: `the underlined copy "${copy}" differs from the name box; kept "${out}"` });
  }
  return out;
}
