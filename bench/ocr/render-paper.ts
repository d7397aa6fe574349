import type { Filing } from '../../src/parser';
import { FORMS, rowCells, type Col } from './forms';
import { oneLine } from './format';
import { Rng } from './rng';
import type { FormKind } from './truth';

/**
 * The "paper" look: a randomised layout of the printed form, read the way OCR engines read a page
 * (plain text, no tabs, no markup). Unlike the clean and broken looks, which follow the seeds, each
 * layout draws its own column widths, box arrangement (the top boxes read line by line across the
 * page, or box by box in either order), line breaks (long titles, captions and footnotes wrap;
 * a title may break after its comma), footnote-mark styles (`(1)(2)`, `(1,2)`, superscripts,
 * glued to the value or not), check-box glyphs, date styles and a "font" of caption misreadings.
 * Only what a person can still read is damaged: every value and mark stays legible.
 *
 * A layout is drawn from its own seed, so the seeds split into a development half (even) and a
 * held-out half (odd) that the reader is never tuned on (bench/ocr.ts reports both).
 */
export interface PaperLayout {
  seed: number;
  header: 'across' | 'boxes' | 'boxes-reversed';
  sep: string;
  pageWidth: number;
  titleWidth: number;
  markStyle: 'each' | 'comma' | 'comma-space' | 'super' | 'bracket-each';
  markGlue: boolean;
  checked: string;
  unchecked: string;
  dateStyle: 'padded' | 'bare';
  adStyle: 'letter' | 'paren';
  breakAfterComma: boolean;
  rules: number;
  font: readonly [string, string][];
  footnoteStyle: 'dot' | 'paren';
  signatureOneLine: boolean;
  /** How often an amount with a mark beside it loses its first group of digits, as OCR reads it. */
  partial: number;
}

const FONTS: readonly (readonly [string, string][])[] = [
  [],
  [['l', '1'], ['O', '0']],
  [['rn', 'm'], ['e', 'c']],
  [['i', 'l'], ['S', '5']],
  [['cl', 'd'], ['u', 'n']],
];

export function paperLayout(seed: number): PaperLayout {
  const rng = new Rng(seed);
  return {
    seed,
    header: rng.pick(['across', 'across', 'boxes', 'boxes-reversed'] as const),
    sep: rng.pick([' ', ' ', '  ', ' | ', '   ']),
    pageWidth: rng.int(110, 190),
    titleWidth: rng.int(10, 34),
    markStyle: rng.pick(['each', 'each', 'comma', 'comma-space', 'super', 'bracket-each'] as const),
    markGlue: rng.chance(0.6),
    checked: rng.pick(['[X]', '(X)', 'X', '[x]', '☒', '[xX]']),
    unchecked: rng.pick(['[ ]', '[_]', '', '( )', '☐', '[]']),
    dateStyle: rng.pick(['padded', 'bare'] as const),
    adStyle: rng.pick(['letter', 'paren'] as const),
    breakAfterComma: rng.chance(0.5),
    rules: rng.pick([0, 0, 0.1, 0.25]),
    font: rng.pick(FONTS),
    footnoteStyle: rng.pick(['dot', 'dot', 'paren'] as const),
    signatureOneLine: rng.chance(0.5),
    partial: rng.pick([0, 0, 0.1, 0.2]),
  };
}

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function marksOf(ids: readonly string[], l: PaperLayout): string {
  if (ids.length === 0) return '';
  const n = ids.map((id) => id.slice(1));
  switch (l.markStyle) {
    case 'each': return n.map((x) => `(${x})`).join('');
    case 'comma': return `(${n.join(',')})`;
    case 'comma-space': return `(${n.join(', ')})`;
    case 'super': return n.map((x) => [...x].map((d) => SUPER[Number(d)]).join('')).join(',');
    case 'bracket-each': return n.map((x) => `[${x}]`).join('');
  }
}

/** Marks parsed back out of the rowCells' "(1)(2)" form. */
function idsOf(marks: string): string[] {
  return [...marks.matchAll(/\((\d+)\)/g)].map((m) => `F${m[1]}`);
}

function date(iso: string | null, l: PaperLayout): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-') as [string, string, string];
  return l.dateStyle === 'padded' ? `${m}/${d}/${y}` : `${Number(m)}/${Number(d)}/${y}`;
}

function withFont(s: string, l: PaperLayout, rng: Rng): string {
  let out = s;
  for (const [from, to] of l.font) {
    // One misreading per caption word at most, and not in every word: a font's habit, not a rule.
    out = out.split(' ').map((w) => (w.length >= 6 && w.includes(from) && rng.chance(0.3) ? w.replace(from, to) : w)).join(' ');
  }
  return out;
}

/** Words wrapped to lines of at most `width` characters (a longer word stands alone). */
function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of s.split(/\s+/).filter(Boolean)) {
    if (cur !== '' && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur === '' ? w : `${cur} ${w}`;
  }
  if (cur !== '') lines.push(cur);
  return lines;
}

export function renderPaper(f: Filing, form: FormKind, layoutSeed: number): string {
  const l = paperLayout(layoutSeed);
  const rng = new Rng(layoutSeed ^ 0x5bd1e995);
  const t = FORMS[form];
  const owner = f.reportingOwners[0]!;
  const a = owner.address;
  const r = owner.relationship;
  const cap = (s: string): string => withFont(s, l, rng);
  const box = (on: boolean): string => (on ? l.checked : l.unchecked);
  const out: string[] = [];
  out.push(`FORM ${form}`, 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C. 20549', t.title);
  if (form !== '3') out.push(`${box(f.notSubjectToSection16 === true)} Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).`.trim());
  if (form === '5') out.push(`${box(f.form3HoldingsReported === true)} Form 3 Holdings Reported`.trim(), `${box(f.form4TransactionsReported === true)} Form 4 Transactions Reported`.trim());
  out.push(...wrap('Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940', l.pageWidth));

  // The boxes, each a column of lines; the page's top is three columns of boxes.
  const colWidth = Math.max(24, Math.floor(l.pageWidth / 3) - 2);
  const cityLine = [a.city, a.state, a.zipCode].filter((x) => x).join(' ');
  const nameBox = [
    ...wrap(cap(t.boxes.name), colWidth),
    oneLine(owner.name), '(Last) (First) (Middle)',
    ...[a.street1, a.street2].filter((x): x is string => !!x && x.trim() !== '').map(oneLine), '(Street)',
    cityLine, '(City) (State) (Zip)',
  ].filter((x) => x !== '');
  const ticker = f.issuer.tradingSymbol ? rng.pick([` [${f.issuer.tradingSymbol}]`, ` [ ${f.issuer.tradingSymbol} ]`]) : '';
  const issuerBox = [...wrap(cap(t.boxes.issuer), colWidth), `${oneLine(f.issuer.name)}${ticker}`];
  const periodBox = [...wrap(cap(t.boxes.period), colWidth), date(f.periodOfReport, l)];
  const amendBox = [...wrap(cap(t.boxes.amendment), colWidth), date(f.dateOfOriginalSubmission ?? null, l)].filter((x) => x !== '');
  const titleText = r.isOfficer ? r.officerTitle : r.isOther ? r.otherText : null;
  const relBox = [
    ...wrap(cap(t.boxes.relationship), colWidth),
    `${box(r.isDirector)} Director ${box(r.isTenPercentOwner)} 10% Owner`.trim(),
    `${box(r.isOfficer)} Officer (give title below) ${box(r.isOther)} Other (specify below)`.trim(),
    ...(titleText ? wrap(oneLine(titleText), Math.max(12, colWidth - 4)) : []),
  ];
  const jointBox = [...wrap(cap(t.boxes.joint), colWidth), `${l.checked} Form filed by One Reporting Person`, `${l.unchecked} Form filed by More than One Reporting Person`.trim()];
  // Where each box sits on the SEC's forms: Form 3 puts the date of event beside the name.
  const columns: string[][][] = form === '3'
    ? [[nameBox], [periodBox, relBox], [issuerBox, amendBox, jointBox]]
    : [[nameBox], [issuerBox, periodBox, amendBox], [relBox, jointBox]];
  if (l.header === 'across') {
    const cols = columns.map((c) => c.flat());
    const n = Math.max(...cols.map((c) => c.length));
    for (let i = 0; i < n; i++) out.push(cols.map((c) => c[i] ?? '').filter((x) => x !== '').join(l.sep));
  } else {
    const boxes = columns.flat();
    for (const b of l.header === 'boxes' ? boxes : [boxes[0]!, ...boxes.slice(1).reverse()]) out.push(...b);
  }

  for (const which of ['I', 'II'] as const) {
    const spec = which === 'I' ? t.tableI : t.tableII;
    out.push(...wrap(cap(spec.heading), l.pageWidth));
    out.push(...wrap(spec.captions.filter(Boolean).map(cap).join(l.sep), l.pageWidth));
    if (spec.subCaptions.length > 0) out.push(spec.subCaptions.filter(Boolean).join(' '));
    const rows = which === 'I' ? [...f.nonDerivativeTransactions, ...f.nonDerivativeHoldings] : [...f.derivativeTransactions, ...f.derivativeHoldings];
    for (const row of rows) out.push(...paperRow(rowCells(row, spec.columns), l, rng));
  }
  out.push('Explanation of Responses:');
  for (const fn of f.footnotes) {
    const n = fn.id.slice(1);
    out.push(...wrap(`${l.footnoteStyle === 'dot' ? `${n}.` : `(${n})`} ${oneLine(fn.text)}`, l.pageWidth));
  }
  out.push('Remarks:');
  if (f.remarks) out.push(...wrap(oneLine(f.remarks), l.pageWidth));
  const sig = f.signatures[0];
  if (sig) {
    if (l.signatureOneLine) out.push(`${oneLine(sig.name)} ${date(sig.date, l)}`.trim());
    else out.push(oneLine(sig.name), date(sig.date, l));
  }
  out.push('** Signature of Reporting Person Date');
  out.push('Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.');
  return out.filter((x) => x !== undefined).join('\n');
}

/** A table row: its cells on one line, the title wrapped to its column (the rest on the next line). */
function paperRow(cells: { col: Col; value: string; marks: string }[], l: PaperLayout, rng: Rng): string[] {
  const parts: string[] = [];
  let titleRest: string | null = null;
  for (const c of cells) {
    if (c.col === 'v') continue;
    let v = c.value;
    if (c.col === 'date' || c.col === 'deemed' || c.col === 'exDate' || c.col === 'expDate') v = v === '' ? '' : reDate(v, l);
    if (c.col === 'ad' && v !== '' && l.adStyle === 'paren') v = `(${v})`;
    const m = marksOf(idsOf(c.marks), l);
    // "5,890(1)" read as "890(1)": the issue's amounts read in part; the holdings around it still add up.
    if ((c.col === 'amount' || c.col === 'owned') && m !== '' && /^\d{1,3},\d{3}$/.test(v) && rng.chance(l.partial)) v = v.slice(v.indexOf(',') + 1);
    if (c.col === 'title' || c.col === 'undTitle') {
      const full = v;
      const width = c.col === 'title' ? l.titleWidth : Math.max(12, l.titleWidth - 4);
      if (full.length > width) {
        const comma = full.indexOf(', ');
        const cut = l.breakAfterComma && comma > 0 && comma < width ? comma + 1 : full.lastIndexOf(' ', width);
        if (cut > 0 && c.col === 'title') {
          parts.push(full.slice(0, cut).trim());
          titleRest = `${full.slice(cut).trim()}${m === '' ? '' : l.markGlue ? m : ` ${m}`}`;
          continue;
        }
      }
    }
    if (v === '' && m === '') continue;
    if (v === '') parts.push(m);
    else parts.push(m === '' ? v : l.markGlue ? `${v}${m}` : `${v} ${m}`);
  }
  const line = parts.map((p, i) => (i > 0 && l.rules > 0 && rng.chance(l.rules) ? `| ${p}` : p)).join(l.sep);
  return titleRest === null ? [line] : [line, titleRest];
}

function reDate(mdy: string, l: PaperLayout): string {
  const [m, d, y] = mdy.split('/') as [string, string, string];
  return l.dateStyle === 'padded' ? mdy : `${Number(m)}/${Number(d)}/${y}`;
}

