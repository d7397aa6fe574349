import { COLUMNS, type Column, type FormKind, type TableKind } from './layout';
import { isoDate, tokenize, yearOf, type Tok } from './tokens';
import { stripMarkup } from './text';

/** A table row as read, before the filing-wide repairs (year, names, codes, arithmetic). */
export interface ReadRow {
  table: TableKind;
  title: string;
  date: string | null;
  /** Month and day of a transaction date whose year OCR lost. */
  monthDay: { month: number; day: number } | null;
  deemed: string | null;
  code: string | null;
  amount: number | null;
  /** Other readings of the amount (a glued digit kept), for the arithmetic to choose from. */
  amountAlt: number | null;
  ad: 'A' | 'D' | null;
  price: number | null;
  owned: number | null;
  ownedAlt: number | null;
  di: 'D' | 'I' | null;
  nature: string | null;
  conv: number | null;
  exDate: string | null;
  expDate: string | null;
  undTitle: string | null;
  undShares: number | null;
  fns: string[];
  /** Repairs made while reading, keyed by canonical field name, for warnings. */
  notes: { field: string; message: string }[];
}

function emptyRow(table: TableKind, title: string): ReadRow {
  return {
    table, title, date: null, monthDay: null, deemed: null, code: null, amount: null, amountAlt: null, ad: null,
    price: null, owned: null, ownedAlt: null, di: null, nature: null, conv: null, exDate: null, expDate: null,
    undTitle: null, undShares: null, fns: [], notes: [],
  };
}

const CANONICAL_FIELD: Partial<Record<Column, string>> = {
  date: 'transactionDate', deemed: 'deemedExecutionDate', code: 'transactionCode', amount: 'shares', amtA: 'shares',
  amtD: 'shares', ad: 'acquiredDisposedCode', price: 'pricePerShare', owned: 'sharesOwnedFollowingTransaction',
  di: 'directOrIndirectOwnership', nature: 'natureOfOwnership', conv: 'conversionOrExercisePrice', exDate: 'exerciseDate',
  expDate: 'expirationDate', undTitle: 'underlyingSecurityTitle', undShares: 'underlyingSecurityShares',
};

/**
 * A row whose tab cells line up with the form's columns (the clean look) is read cell by cell;
 * if a cell does not hold what its column should, the row is not clean after all.
 */
export function readCleanRow(cells: readonly string[], form: FormKind, table: TableKind): ReadRow | null {
  const cols = COLUMNS[form][table];
  // A clean row has one cell per column, empty ones included (a trailing tab may add one more).
  const trimmed = cells.length === cols.length + 1 && cells[cols.length] === '' ? cells.slice(0, cols.length) : [...cells];
  if (trimmed.length !== cols.length) return null;
  const row = emptyRow(table, '');
  for (let c = 0; c < cols.length; c++) {
    const col = cols[c]!;
    const cell = stripMarkup(trimmed[c] ?? '');
    if (col === 'title' || col === 'nature' || col === 'undTitle') {
      // A text cell holding a date or an amount of money is columns run together: not clean.
      // (A title may name a par value in dollars, a nature may date a trust; neither reads like
      // a title ending in a date, or amounts beside a D/I code.)
      const toks = tokenize(cell);
      if (col === 'title' && toks.some((t) => t.kind === 'date' || t.kind === 'monthDay')) return null;
      if ((col === 'title' || col === 'undTitle') && toks[toks.length - 1]?.kind === 'num') return null;
      // An amount then a D/I letter closing a title is the holding and its form run into it.
      if ((col === 'title' || col === 'undTitle') && endsWithHolding(toks)) return null;
      if (col === 'nature' && toks.some((t) => t.kind === 'num' || t.kind === 'money') && toks.some((t) => t.kind === 'letter' && /^[ADI]$/.test(t.letter))) return null;
      // Text cells are kept as printed; only the footnote marks at their end are taken off.
      let s = cell;
      const marks = /(\s*[(⁽]\d{1,2}[)⁾])+\s*$/.exec(s);
      if (marks) {
        for (const t of tokenize(marks[0])) if (t.kind === 'fn') addFn(row, t.id);
        if (col === 'nature' && FOOTNOTE_REF.test(s)) keepReference(row);
        else s = s.slice(0, marks.index).trim();
      }
      if (col === 'title') row.title = s;
      else if (col === 'nature') row.nature = s === '' ? null : s;
      else row.undTitle = s === '' ? null : s;
      continue;
    }
    const toks = tokenize(cell);
    const values = toks.filter((t) => t.kind !== 'fn');
    for (const t of toks) if (t.kind === 'fn') addFn(row, t.id);
    if (values.length === 0) continue;
    if (values.length > 1 && !(col === 'exDate' || col === 'expDate')) return null;
    const v = values[0]!;
    if (!assign(row, col, v)) return null;
  }
  if (row.title === '') return null;
  // A derivative with amounts but neither underlying title nor amount: the titles ran together
  // and the cells after them slid left; the broken reader places them by kind instead.
  if (table === 'II' && row.undTitle === null && row.undShares === null && (row.conv !== null || row.owned !== null || row.price !== null)) return null;
  return row;
}

function endsWithHolding(toks: readonly Tok[]): boolean {
  let end = toks.length;
  while (end > 0 && toks[end - 1]!.kind === 'fn') end--;
  const last = toks[end - 1];
  const before = toks[end - 2];
  return last !== undefined && last.kind === 'letter' && /^[DI]$/.test(last.letter) && before !== undefined && (before.kind === 'num' || before.kind === 'money');
}

/**
 * "See Footnote (2)": a number set apart after the word footnote is the text's own reference (a
 * mark is printed against the word, "See footnote(2)"). Kept in the text, still counted as a mark.
 */
const FOOTNOTE_REF = /\bfootnotes?\s+[(⁽]\d{1,2}[)⁾]\s*$/i;
function keepReference(row: ReadRow): void {
  row.notes.push({ field: 'natureOfOwnership', message: 'the bracketed number after "footnote" is kept as part of the text, not taken off as a footnote mark' });
}

function addFn(row: ReadRow, id: string): void {
  const f = `F${id}`;
  if (!row.fns.includes(f)) row.fns.push(f);
}

/** Puts one token in its column; false when it cannot belong there. */
function assign(row: ReadRow, col: Column, t: Tok): boolean {
  const num = t.kind === 'num' || t.kind === 'money' ? t.value : null;
  switch (col) {
    case 'date': case 'deemed': case 'exDate': case 'expDate': {
      if (t.kind === 'date') {
        if (col === 'date') row.date = t.iso;
        else if (col === 'deemed') row.deemed = t.iso;
        else if (col === 'exDate') row.exDate = t.iso;
        else row.expDate = t.iso;
        return true;
      }
      if (t.kind === 'monthDay' && col === 'date') { row.monthDay = { month: t.month, day: t.day }; return true; }
      // Dates a filer wrote as words ("Immediately", "(1)") are not dates: null, still clean.
      return t.kind === 'word' && (col === 'exDate' || col === 'expDate');
    }
    case 'code': {
      if (t.kind !== 'letter') return false;
      setCode(row, t.letter);
      return true;
    }
    case 'v': return t.kind === 'letter';
    case 'ad': case 'di': {
      if (t.kind !== 'letter') return false;
      const L = t.letter.toUpperCase();
      if (col === 'ad' && (L === 'A' || L === 'D')) { row.ad = L; return true; }
      if (col === 'di' && (L === 'D' || L === 'I')) { row.di = L; return true; }
      return false;
    }
    case 'amount': case 'amtA': case 'amtD': case 'owned': case 'undShares': case 'price': case 'conv': {
      if (num === null) return false;
      if (t.kind === 'num' && t.extra !== null) gluedDigits(row, col, t);
      if (col === 'amount' || col === 'amtA' || col === 'amtD') {
        row.amount = num;
        if (col !== 'amount') row.ad = col === 'amtA' ? 'A' : 'D';
      } else if (col === 'owned') row.owned = num;
      else if (col === 'undShares') row.undShares = num;
      else if (col === 'price') row.price = num;
      else row.conv = num;
      return true;
    }
    default: return false;
  }
}

function setCode(row: ReadRow, letter: string): void {
  const up = letter.toUpperCase();
  if (up !== letter) row.notes.push({ field: 'transactionCode', message: `code read as lower-case "${letter}"; taken as ${up}` });
  row.code = up;
}

/** `5,2910`: the digit past the last group is a footnote mark or its bracket, misread. */
function gluedDigits(row: ReadRow, col: Column, t: Extract<Tok, { kind: 'num' }>): void {
  const whole = Number(t.raw.replace(/,/g, ''));
  if (col === 'amount' || col === 'amtA' || col === 'amtD') row.amountAlt = whole;
  if (col === 'owned') row.ownedAlt = whole;
  row.notes.push({
    field: CANONICAL_FIELD[col] ?? col,
    message: `"${t.raw}" read as ${t.raw.slice(0, t.raw.length - (t.extra ?? '').length)} with the trailing "${t.extra}" taken as a footnote mark`,
  });
}

/**
 * A par value in a title ("Common Stock, $0.01 par value"): money followed by more words, or,
 * in a table with no price before the holding (Table I holdings), money before the first amount.
 */
function moneyInTitle(toks: readonly Tok[], i: number, table: TableKind, form: FormKind): boolean {
  const next = toks[i + 1];
  if (next !== undefined && next.kind === 'word') return true;
  if (table === 'I' || form === '3') {
    const hasDate = toks.some((t) => t.kind === 'date' || t.kind === 'monthDay');
    return !hasDate && toks.slice(i + 1).some((t) => t.kind === 'num');
  }
  return false;
}

const isValue = (t: Tok): boolean => t.kind === 'num' || t.kind === 'money' || t.kind === 'date' || t.kind === 'monthDay';

/**
 * A row whose cells do not line up (the broken look): read by the order of kinds the form's
 * columns imply. Dates and the code are read from the front, ownership from the back, since a
 * stray piece in the middle must not shift everything after it.
 */
export function readBrokenRow(line: string, form: FormKind, table: TableKind): ReadRow | null {
  const toks = tokenize(stripMarkup(line));
  // The title: the words before the first value.
  let i = 0;
  const titleWords: string[] = [];
  const row = emptyRow(table, '');
  // In Table I the date is the second column: a title runs to it, whatever dollars it names
  // ("Common Stock, par value $0.0001").
  const firstDate = table === 'I' && form !== '3' ? toks.findIndex((t) => t.kind === 'date' || t.kind === 'monthDay') : -1;
  const firstFn = toks.findIndex((t) => t.kind === 'fn');
  const titleEnd = firstDate > 0 && (firstFn < 0 || firstFn > firstDate) && toks.slice(0, firstDate).every((t) => t.kind !== 'num') ? firstDate : -1;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    if (titleEnd >= 0 && i < titleEnd) { titleWords.push(t.text); continue; }
    if (t.kind === 'money' && moneyInTitle(toks, i, table, form)) { titleWords.push(t.text); continue; }
    if (isValue(t)) break;
    if (t.kind === 'fn') { addFn(row, t.id); i++; break; }
    titleWords.push(t.text);
  }
  row.title = titleWords.join(' ');
  if (row.title === '' || !/[A-Za-z]{2}/.test(row.title)) return null;
  const rest = toks.slice(i);
  if (!rest.some((t) => t.kind === 'num' || t.kind === 'money' || t.kind === 'date' || t.kind === 'monthDay')) return null;

  // From the back: nature words, then D/I, then what was owned after.
  let end = rest.length;
  const natureWords: string[] = [];
  let di = -1;
  // D/I is the last D or I right after an amount (or its mark); the nature after it may itself
  // hold numbers ("By LGI 401 (k) Plan").
  for (let k = rest.length - 1; k >= 0; k--) {
    const t = rest[k]!;
    const prev = rest[k - 1];
    if (t.kind === 'letter' && /^[DIdi]$/.test(t.letter) && (prev === undefined || prev.kind === 'num' || prev.kind === 'money' || prev.kind === 'fn' || prev.kind === 'date')) { di = k; break; }
  }
  if (di >= 0) {
    for (let k = di + 1; k < rest.length; k++) {
      const t = rest[k]!;
      if (t.kind === 'fn') {
        addFnLater(row, t.id);
        // Spacing is lost in the tokens: the line itself says whether the number stood apart.
        if (k === rest.length - 1 && /^footnotes?$/i.test(natureWords[natureWords.length - 1] ?? '') && FOOTNOTE_REF.test(stripMarkup(line).trimEnd())) {
          natureWords.push(`(${t.id})`);
          keepReference(row);
        }
      } else natureWords.push(t.text);
    }
    row.di = rest[di]!.kind === 'letter' ? ((rest[di] as { letter: string }).letter.toUpperCase() as 'D' | 'I') : null;
    row.nature = natureWords.length > 0 ? natureWords.join(' ') : null;
    end = di;
  } else {
    // D/I lost (plain OCR drops one-letter cells): words after the last amount are the nature.
    let k = rest.length;
    while (k > 0 && (rest[k - 1]!.kind === 'word' || rest[k - 1]!.kind === 'fn')) k--;
    const words = rest.slice(k).filter((t) => t.kind === 'word');
    if (k > 0 && words.some((t) => /[A-Za-z]{2}/.test(t.raw)) && (rest[k - 1]!.kind === 'num' || rest[k - 1]!.kind === 'money')) {
      for (const t of rest.slice(k)) if (t.kind === 'fn') addFnLater(row, t.id);
      row.nature = words.map((t) => t.text).join(' ');
      end = k;
    }
  }
  const mid = rest.slice(0, end);
  if (form === '3') readForm3(row, mid, table);
  else if (table === 'I') readTableI(row, mid);
  else readTableII(row, mid, form);
  row.fns.push(...pendingFns(row));
  if (table === 'II' && row.undTitle === null && row.undShares !== null) splitUnderlying(row);
  return row;
}

/**
 * With no dates between them, the derivative's title and its underlying title run together
 * ("Warrant to Purchase Common Shares Common Shares"). The underlying is an equity class, so the
 * last run that names one ends the text; the rest is the derivative's own title.
 */
export const EQUITY_CLASS = /^(class [a-z0-9]+ )?(common|ordinary|preferred|capital)( [a-z]+)?( stock| shares?)$/i;
const PAR_VALUE = /,? par value \$?[\d.,]+$/i;
function splitUnderlying(row: ReadRow): void {
  const words = row.title.split(' ');
  const isClass = (tail: string): boolean => EQUITY_CLASS.test(tail.replace(PAR_VALUE, ''));
  for (let k = words.length - 2; k >= 1; k--) {
    let tail = words.slice(k).join(' ');
    if (isClass(tail)) {
      // "Class A" before the class name belongs to it: "... Stock Class A Common Stock".
      if (k >= 3 && isClass(words.slice(k - 2).join(' '))) {
        k -= 2;
        tail = words.slice(k).join(' ');
      }
      row.title = words.slice(0, k).join(' ');
      row.undTitle = tail;
      row.notes.push({ field: 'underlyingSecurityTitle', message: `"${tail}" read off the end of the title, which OCR ran together with it` });
      // Where one title ends is a guess when both name equity classes ("Class B Common Stock Class A").
      row.notes.push({ field: 'securityTitle', message: `title and underlying title ran together; split before the last equity-class name, leaving "${row.title}"` });
      return;
    }
  }
}

// Footnotes read after D/I belong at the end of the row's list, after those met on the way.
const laterFns = new WeakMap<ReadRow, string[]>();
function addFnLater(row: ReadRow, id: string): void {
  const l = laterFns.get(row) ?? [];
  l.push(`F${id}`);
  laterFns.set(row, l);
}
function pendingFns(row: ReadRow): string[] {
  return (laterFns.get(row) ?? []).filter((f, i, a) => !row.fns.includes(f) && a.indexOf(f) === i);
}

/** Takes leading date pieces: a full date, or month/day with its year split off nearby. */
function takeDates(toks: readonly Tok[], from: number, row: ReadRow): number {
  let i = from;
  const dates: string[] = [];
  let md: { month: number; day: number } | null = null;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.kind === 'date') {
      if (md && isoDate(Number(t.iso.slice(0, 4)), md.month, md.day) === t.iso) {
        // `06/17` then `06/17/2014`: the same date, once cut and once whole.
        dates.push(t.iso);
        md = null;
      } else {
        if (md) break;
        dates.push(t.iso);
      }
      i++;
      continue;
    }
    if (t.kind === 'monthDay' && dates.length === 0 && md === null) { md = { month: t.month, day: t.day }; i++; continue; }
    if (t.kind === 'fn') { addFn(row, t.id); i++; continue; }
    const y = yearOf(t);
    if (md && y !== null) {
      const iso = isoDate(y, md.month, md.day);
      if (iso) {
        dates.push(iso);
        row.notes.push({ field: 'transactionDate', message: `date read from its month/day and a year ${y} that OCR had set apart` });
        md = null;
        i++;
        continue;
      }
    }
    if (t.kind === 'word' && !/[A-Za-z0-9]/.test(t.raw)) { i++; continue; }
    break;
  }
  if (md) row.monthDay = md;
  if (dates[0]) row.date = dates[0];
  if (dates[1]) row.deemed = dates[1];
  return i;
}

/** A year OCR moved past the code cell still completes a month/day that lacks one. */
function takeLateYear(toks: readonly Tok[], i: number, row: ReadRow): number {
  const t = toks[i];
  const y = t ? yearOf(t) : null;
  if (row.monthDay === null || y === null) return i;
  const iso = isoDate(y, row.monthDay.month, row.monthDay.day);
  if (iso === null) return i;
  row.date = iso;
  row.monthDay = null;
  row.notes.push({ field: 'transactionDate', message: `date read from its month/day and a year ${y} that OCR had set apart` });
  return i + 1;
}

function takeFns(toks: readonly Tok[], i: number, row: ReadRow): number {
  while (i < toks.length && toks[i]!.kind === 'fn') { addFn(row, (toks[i] as { id: string }).id); i++; }
  return i;
}

/** A number with a glued digit and an explicit mark after it: the digit was the mark's bracket. */
function takeNumber(toks: readonly Tok[], i: number, row: ReadRow, col: Column): number {
  const t = toks[i];
  if (!t || (t.kind !== 'num' && t.kind !== 'money')) return i;
  assign(row, col, t);
  i++;
  const before = row.fns.length;
  i = takeFns(toks, i, row);
  if (t.kind === 'num' && t.extra !== null && row.fns.length === before && Number(t.extra) > 0) {
    // No mark follows: the glued digit is the mark itself.
    addFn(row, String(Number(t.extra)));
  }
  return i;
}

function readTableI(row: ReadRow, mid: Tok[]): void {
  // Ownership from the back: [price] owned.
  let end = mid.length;
  while (end > 0 && mid[end - 1]!.kind === 'fn') end--;
  const ownedAt = lastIndex(mid, end, (t) => t.kind === 'num' || t.kind === 'money');
  if (ownedAt < 0) return;
  takeNumber(mid, ownedAt, row, 'owned');
  const hasDate = mid.slice(0, ownedAt).some((t) => t.kind === 'date' || t.kind === 'monthDay');
  let i = takeDates(mid, 0, row);
  if (!hasDate && row.date === null && row.monthDay === null) return; // a holding: title, owned, D/I
  // The code, if OCR kept it, and the V column.
  const c = mid[i];
  if (c && c.kind === 'letter' && c.letter.toUpperCase() !== 'V' && ownedAt > i) { setCode(row, c.letter); i++; i = takeFns(mid, i, row); }
  i = takeLateYear(mid, i, row);
  const v = mid[i];
  if (v && v.kind === 'letter' && v.letter.toUpperCase() === 'V' && mid[i + 1]?.kind !== 'letter') i++;
  // A/D is the last A or D letter before the owned amount; the price sits between them.
  const adAt = lastIndex(mid, ownedAt, (t) => t.kind === 'letter' && /^[ADad]$/.test(t.letter));
  const amountEnd = adAt >= i ? adAt : ownedAt;
  if (adAt >= i) row.ad = (mid[adAt] as { letter: string }).letter.toUpperCase() as 'A' | 'D';
  let priceFrom = adAt >= i ? adAt + 1 : -1;
  for (let k = i; k < amountEnd; k++) {
    const t = mid[k]!;
    // The amount is never money; with (A)/(D) lost, a $ value before the holding is the price.
    if (t.kind === 'money' && adAt < i) { priceFrom = k; break; }
    if (t.kind === 'num') {
      k = takeNumber(mid, k, row, 'amount');
      if (adAt < i) priceFrom = k;
      break;
    }
    if (t.kind === 'fn') addFn(row, t.id);
  }
  if (priceFrom >= 0) {
    for (let k = priceFrom; k < ownedAt; k++) {
      const t = mid[k]!;
      if (t.kind === 'num' || t.kind === 'money') { k = takeNumber(mid, k, row, 'price') - 1; continue; }
      if (t.kind === 'fn') addFn(row, t.id);
    }
  }
}

function readTableII(row: ReadRow, mid: Tok[], form: FormKind): void {
  // Front: [conversion price] dates code [V] amount.
  let i = 0;
  if (mid[0] && (mid[0].kind === 'money' || mid[0].kind === 'num')) i = takeNumber(mid, 0, row, 'conv');
  i = takeFns(mid, i, row);
  const afterConv = i;
  i = takeDates(mid, i, row);
  // Dates followed straight by words are exercisable/expiration dates before the underlying
  // title: a holding's row, which has no transaction date, code or amount.
  const next = mid[i];
  const isTransaction = (i > afterConv || row.monthDay !== null) && !(next !== undefined && next.kind === 'word' && row.monthDay === null);
  if (!isTransaction) {
    row.date = null;
    row.deemed = null;
    i = afterConv;
    row.exDate = null;
    readDerivativeTail(row, mid, i);
    return;
  }
  const c = mid[i];
  if (c && c.kind === 'letter') { setCode(row, c.letter); i++; i = takeFns(mid, i, row); }
  i = takeLateYear(mid, i, row);
  const v = mid[i];
  if (form === '4' && v && v.kind === 'letter' && v.letter.toUpperCase() === 'V') i++;
  if (mid[i]?.kind === 'num') i = takeNumber(mid, i, row, 'amount');
  readDerivativeTail(row, mid, i);
}

/** One of the two dates, without its column: taken as the expiration date, and both fields say so. */
function oneDate(row: ReadRow, iso: string): void {
  row.expDate = iso;
  const message = `only one of the exercisable/expiration dates was read (${iso}); taken as the expiration date, the exercisable date left null`;
  row.notes.push({ field: 'exerciseDate', message }, { field: 'expirationDate', message });
}

/** Exercisable and expiration dates, underlying title and amount, [price], owned. */
function readDerivativeTail(row: ReadRow, mid: Tok[], i: number): void {
  const dates: string[] = [];
  while (i < mid.length && (mid[i]!.kind === 'date' || mid[i]!.kind === 'fn')) {
    const t = mid[i]!;
    if (t.kind === 'date') dates.push(t.iso);
    else if (t.kind === 'fn') addFn(row, t.id);
    i++;
  }
  // Words ("Immediately") that stand for a date; anything before the underlying title's first
  // capital-led run of words is taken as that.
  const titleWords: string[] = [];
  // The underlying amount follows the title; a dollar amount before it is a par value in the title.
  const isTitlePart = (k: number): boolean => {
    const t = mid[k]!;
    if (t.kind === 'word' || t.kind === 'letter' || t.kind === 'fn') return true;
    return t.kind === 'money' && (mid[k + 1]?.kind === 'word' || mid.slice(k + 1).some((x) => x.kind === 'num'));
  };
  while (i < mid.length && isTitlePart(i)) {
    const t = mid[i]!;
    if (t.kind === 'fn') addFn(row, t.id);
    else titleWords.push(t.text);
    i++;
  }
  while (i < mid.length && mid[i]!.kind === 'date') { dates.push((mid[i] as { iso: string }).iso); i++; }
  if (dates.length >= 2) { row.exDate = dates[0]!; row.expDate = dates[1]!; }
  else if (dates.length === 1) oneDate(row, dates[0]!);
  row.undTitle = titleWords.length > 0 ? titleWords.join(' ') : null;
  const nums: number[] = [];
  for (let k = i; k < mid.length; k++) {
    const t = mid[k]!;
    if (t.kind === 'num' || t.kind === 'money') nums.push(k);
  }
  const at = (n: number | undefined, col: Column): void => {
    if (n !== undefined) takeNumber(mid, n, row, col);
  };
  // The underlying amount is never money; the price always is where the form printed a $.
  const plain = nums.filter((k) => mid[k]!.kind === 'num');
  const money = nums.filter((k) => mid[k]!.kind === 'money');
  const und = plain[0];
  at(und, 'undShares');
  const rest = plain.slice(1);
  if (money.length > 0) at(money[money.length - 1], 'price');
  else if (rest.length >= 2) at(rest[0], 'price');
  if (rest.length > 0) at(rest[rest.length - 1], 'owned');
  for (let k = i; k < mid.length; k++) { const t = mid[k]!; if (t.kind === 'fn') addFn(row, t.id); }
}

function readForm3(row: ReadRow, mid: Tok[], table: TableKind): void {
  if (table === 'I') {
    const at = lastIndex(mid, mid.length, (t) => t.kind === 'num');
    if (at >= 0) takeNumber(mid, at, row, 'owned');
    for (const t of mid) if (t.kind === 'fn') addFn(row, t.id);
    return;
  }
  // Title, exercisable, expiration, underlying title, amount, conversion price.
  let i = 0;
  const dates: string[] = [];
  while (i < mid.length && (mid[i]!.kind === 'date' || mid[i]!.kind === 'fn' || (mid[i]!.kind === 'word' && /^\W*$/.test(mid[i]!.raw)))) {
    const t = mid[i]!;
    if (t.kind === 'date') dates.push(t.iso);
    else if (t.kind === 'fn') addFn(row, t.id);
    i++;
  }
  const words: string[] = [];
  // A par value belongs to the underlying title when a plain amount still follows it.
  const inTitle = (k: number): boolean => {
    const t = mid[k]!;
    return t.kind === 'word' || t.kind === 'letter' || (t.kind === 'money' && words.length > 0 && mid.slice(k + 1).some((x) => x.kind === 'num'));
  };
  while (i < mid.length && inTitle(i)) { words.push(mid[i]!.text); i++; }
  while (i < mid.length && mid[i]!.kind === 'date') { dates.push((mid[i] as { iso: string }).iso); i++; }
  if (dates.length >= 2) { row.exDate = dates[0]!; row.expDate = dates[1]!; }
  else if (dates.length === 1) oneDate(row, dates[0]!);
  row.undTitle = words.length > 0 ? words.join(' ') : null;
  const nums: number[] = [];
  for (let k = i; k < mid.length; k++) {
    const t = mid[k]!;
    if (t.kind === 'num' || t.kind === 'money') nums.push(k);
    else if (t.kind === 'fn') addFn(row, t.id);
  }
  if (nums[0] !== undefined) takeNumber(mid, nums[0], row, 'undShares');
  if (nums[1] !== undefined) takeNumber(mid, nums[1], row, 'conv');
}

function lastIndex(toks: readonly Tok[], before: number, pred: (t: Tok) => boolean): number {
  for (let k = before - 1; k >= 0; k--) if (pred(toks[k]!)) return k;
  return -1;
}
