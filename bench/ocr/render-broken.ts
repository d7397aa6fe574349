import type { Filing } from '../../src/parser';
import { FORMS, rowCells, type Col } from './forms';
import { mdy, oneLine } from './format';
import type { Rng } from './rng';
import type { FormKind } from './truth';

/**
 * The broken look (seeds 000, 002, 004): OCR cut the page into columns, so a line holds pieces
 * of several boxes separated by runs of tabs, captions come in fragments, and values carry the
 * damage the seeds show. `strength` 1..3 scales how often each kind of damage happens; every kind
 * is one a person reading the text can still see through, as in the seeds.
 */
export function renderBroken(f: Filing, form: FormKind, rng: Rng, strength: number): string {
  const p = (base: number): boolean => rng.chance(Math.min(0.9, base * strength));
  const t = FORMS[form];
  const owner = f.reportingOwners[0]!;
  const a = owner.address;
  const r = owner.relationship;
  const tabs = (lo = 1, hi = 6): string => '\t'.repeat(rng.int(lo, hi));
  const label = (s: string): string => misreadLabel(s, rng, strength);
  const out: string[] = [];

  out.push(`FORM ${form}`, '', '## UNITED STATES SECURITIES AND EXCHANGE COMMISSION', '', 'Washington, D.C. 20549', '', t.title, '');
  out.push(`l\tOMB APP${tabs(1, 1)}ROVAL`, '\tOMB Number:\t3235-0287', `l\tEstimated average bu${tabs(1, 1)}rden`, '', '0.5', '', 'hours per response:', '');
  if (form !== '3') out.push(`${f.notSubjectToSection16 ? 'X ' : ''}Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).`, '');
  out.push('Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940', '');

  // The owner's name: the box's own text stays readable; the underlined copy OCR made of the
  // form's name cells is misread, as in seed 000. Rarely the box's text is misread too, where
  // the signature carries the same name to restore it from.
  const nameWords = owner.name.split(/\s+/);
  const sigName = f.signatures[0]?.name ?? '';
  let boxName = owner.name;
  if (strength >= 3 && nameWords.every((w) => sigName.includes(w)) && p(0.1)) boxName = slip(nameWords, rng).join(' ');
  const copy = misreadWord(nameWords, rng);
  const titleText = r.isOfficer ? r.officerTitle : r.isOther ? r.otherText : null;
  const mark = (): string => rng.pick(['X ', 'X\t', '• ', 'x ']);
  const relBoxes = [
    `${r.isDirector ? mark() : ''}Director`,
    `${r.isTenPercentOwner ? mark() : ''}10% Owner`,
    // Seed 004: the officer's mark landed away from its box; the filled-in title still tells.
    `${r.isOfficer && !(titleText && p(0.1)) ? mark() : ''}Officer (give title`,
    `${r.isOther ? mark() : ''}Other (specify`,
  ];
  const shownTitle = titleText === null ? '' : p(0.1) ? lowerFirstCapital(titleText) : oneLine(titleText);
  const issuerText = `${f.issuer.name}${f.issuer.tradingSymbol ? (p(0.2) ? ` [ ${f.issuer.tradingSymbol} ]` : ` [${f.issuer.tradingSymbol}]`) : ''}`;
  const period = `${label(t.boxes.period)} ${mdy(f.periodOfReport)}`;
  const amend = `${label(t.boxes.amendment)} ${mdy(f.dateOfOriginalSubmission ?? null)}`.trim();
  const streets = [a.street1, a.street2].filter((s) => s).map((s) => oneLine(s)).join(' ');
  const city = [a.city, a.state, a.zipCode].filter((s) => s).join(' ');
  const first = form === '3' ? period : `${label(t.boxes.issuer)} ${issuerText}`;
  const second = form === '3' ? `${label(t.boxes.issuer)} ${issuerText}` : period;

  out.push(`${label(t.boxes.name.replace(/^1\. /, p(0.3) ? '' : '1. '))}  ${boxName}${tabs()}${first}${tabs()}${fragments(t.boxes.relationship, rng)}`);
  out.push(`${copy.map((w) => `<u>${w}</u>`).join('\t')}${tabs()}110${tabs(1, 2)}0 111${tabs()}${relBoxes.join(tabs(1, 2))}`);
  out.push(`(Last) (First) (Middle) ${streets}${tabs()}${second}${tabs()}below) below) ${shownTitle}${tabs(1, 3)},`);
  out.push(`${tabs(1, 5)}4. If a\t${amend}${tabs()}${label(t.boxes.joint)}`);
  out.push(`(Street) ${city}${tabs(3, 10)}X\tForm filed by One Reporting Person  Form filed by More than One Reporting Person`);
  out.push(`(City)\t(S\ttate) (\t(Zip)${tabs()}1 013\tO11`);

  for (const which of ['I', 'II'] as const) {
    const spec = which === 'I' ? t.tableI : t.tableII;
    out.push(`\t\t${fragments(spec.heading, rng)}`);
    out.push(spec.captions.filter(Boolean).map((c, i) => (i === 0 ? c : fragments(c, rng))).join(tabs(1, 3)));
    if (spec.subCaptions.length > 0) out.push(`${tabs(2, 6)}${spec.subCaptions.filter(Boolean).join('\t')}`);
    const rows = which === 'I' ? [...f.nonDerivativeTransactions, ...f.nonDerivativeHoldings] : [...f.derivativeTransactions, ...f.derivativeHoldings];
    for (const row of rows) {
      const footnoteTexts = row.footnoteIds.map((id) => f.footnotes.find((x) => x.id === id)?.text ?? '').join(' ');
      out.push(brokenRow(rowCells(row, spec.columns), f.periodOfReport, footnoteTexts, rng, p));
    }
  }
  out.push('', 'Explanation of Responses:', '');
  for (const fn of f.footnotes) out.push(`${fn.id.slice(1)}. ${oneLine(fn.text)}`);
  out.push('', 'Remarks:', '');
  if (f.remarks) out.push(oneLine(f.remarks), '');
  const sig = f.signatures[0];
  if (sig) out.push(oneLine(sig.name), '', mdy(sig.date), '');
  out.push('\\*\\* Signature of Reporting Person', '', 'Date', '');
  out.push('Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.');
  return out.join('\n');
}

type Chance = (base: number) => boolean;

function brokenRow(cells: { col: Col; value: string; marks: string }[], period: string, footnoteTexts: string, rng: Rng, p: Chance): string {
  const parts: string[] = [];
  const sep = (): string => (rng.chance(0.5) ? ' ' : '\t'.repeat(rng.int(1, 6)));
  let pendingYear: string | null = null;
  for (const c of cells) {
    if (c.col === 'v') continue;
    let v = c.value;
    if (v === '' && c.marks === '') continue;
    if (c.col === 'date' && v !== '') {
      const [mm, dd, yyyy] = v.split('/') as [string, string, string];
      if (p(0.12)) {
        // Seed 000: the year cut off into a later cell.
        v = `${mm}/${dd}/`;
        pendingYear = `${rng.pick(['•', '', ''])}${yyyy}`;
      } else if (p(0.1) && yyyy === period.slice(0, 4) && `${yyyy}-${mm}-${dd}` >= period) {
        // Seed 002: the year lost; the earliest-transaction box has it.
        v = `${mm}/${dd}/`;
      } else if (p(0.1)) {
        // Seed 004: month/day cut, then the whole date again.
        v = `${mm}/${dd}${sep()}${v}`;
      }
    } else if (c.col === 'code' && v !== '') {
      if (v === 'F' && /tax|withh/i.test(footnoteTexts) && p(0.15)) v = '';
      else if (p(0.15)) v = v.toLowerCase();
    } else if ((c.col === 'amount' || c.col === 'amtA' || c.col === 'amtD' || c.col === 'owned') && v !== '' && c.marks !== '' && /,\d{3}$/.test(v) && p(0.3)) {
      // Seeds 002 and 004: the mark's bracket read as a digit glued on, or as a superscript.
      const m = c.marks.match(/^\((\d+)\)/)!;
      parts.push(`${v}${rng.pick(['0 ', ' ⁽'])}${m[1]})${c.marks.slice(m[0].length)}`);
      continue;
    } else if ((c.col === 'price' || c.col === 'conv') && /\.\d/.test(v) && p(0.1)) {
      // Seed 002: a stray space before the cents.
      v = v.replace('.', rng.pick([' .', '\t\t.']));
    }
    parts.push(`${v}${c.marks}`);
    // Seed 000: a stray 0 from a cell border between the amount and (A)/(D).
    if (c.col === 'amount' && v !== '' && p(0.03)) parts.push('0');
    if (pendingYear !== null) {
      // The year lands in the cell OCR read next, before the code (seed 000).
      parts.push(pendingYear);
      pendingYear = null;
    }
  }
  // Seed 000 puts the title and date in one cell: the first separator is a space.
  return parts.map((x, i) => (i === 0 ? x : (i === 1 ? ' ' : sep()) + x)).join('') + '\t';
}

/** A caption cut by OCR columns into pieces, as table headings come in the broken seeds. */
function fragments(s: string, rng: Rng): string {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const n = rng.int(3, 9);
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join('\t');
}

const CONFUSIONS: [string, string][] = [['w', 'v'], ['m', 'rn'], ['e', 'c'], ['l', '1'], ['o', '0'], ['a', 'o'], ['n', 'r']];

/** One letter of some longer words misread or dropped: a caption a person still reads. */
function misreadLabel(s: string, rng: Rng, strength: number): string {
  return s
    .split(' ')
    .map((w) => {
      if (w.length < 6 || !rng.chance(0.05 * strength)) return w;
      const k = rng.int(1, w.length - 2);
      const [from, to] = rng.pick(CONFUSIONS);
      if (w[k] === from) return w.slice(0, k) + to + w.slice(k + 1);
      return w.slice(0, k) + w.slice(k + 1);
    })
    .join(' ');
}

/** Seed 000's `viattnew` for `Matthew`: one word of a name misread beyond a simple slip. */
function misreadWord(words: readonly string[], rng: Rng): string[] {
  const i = rng.int(0, words.length - 1);
  return words.map((w, k) => {
    if (k !== i || w.length < 4) return w;
    return w
      .replace(/^M/, 'vi')
      .replace(/th/, 'tt')
      .replace(/w/, 'vv')
      .replace(/e(?=[a-z])/, 'c')
      .replace(/a/, 'o');
  });
}

/** Seed 004's `vP`: the capital of an abbreviation read as lower case. */
function lowerFirstCapital(s: string): string {
  return oneLine(s).replace(/\b([A-Z])([A-Z]+)\b/, (_, a: string, b: string) => a.toLowerCase() + b);
}

/** One letter of one longer word misread: the slip a signature elsewhere lets a reader undo. */
function slip(words: readonly string[], rng: Rng): string[] {
  const i = rng.int(0, words.length - 1);
  return words.map((w, k) => {
    if (k !== i || w.length < 5) return w;
    const at = rng.int(1, w.length - 2);
    return w.slice(0, at) + (w[at] === 'e' ? 'c' : 'e') + w.slice(at + 1);
  });
}
