import { distance } from 'fastest-levenshtein';
import type { Address, ParseWarning, Relationship } from '../model';
import { normalise, wordMatches } from './fuzzy';
import { cellAt, findLabelCell, type LabelHit } from './labels';
import type { FormKind } from './layout';
import { stripMarkup, underlined, type OcrLine } from './text';
import { lineSegments, type Segment } from './plain-segments';
import { tokenize } from './tokens';

/** The boxes above Table I, read from their labels. */
export interface Header {
  name: string | null;
  /** The underlined copy of the name OCR made beside the box, where there is one. */
  nameCopy: string | null;
  address: Address;
  issuerName: string | null;
  tradingSymbol: string | null;
  periodOfReport: string | null;
  amendmentDate: string | null;
  relationship: Relationship;
  notSubjectToSection16: boolean;
}

/** Box labels by form: Form 3 numbers its boxes differently and Form 5 asks for a fiscal year end. */
const PERIOD_LABEL: Record<FormKind, string> = {
  '4': 'Date of Earliest Transaction (Month/Day/Year)',
  '5': "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
  '3': 'Date of Event Requiring Statement (Month/Day/Year)',
};

export function readHeader(lines: readonly OcrLine[], end: number, form: FormKind, warnings: ParseWarning[], plain = false, tail = ''): Header {
  const nameHit = findLabelCell(lines, 'Name and Address of Reporting Person', 0, end);
  const { name, nameCopy } = readName(lines, nameHit, end);
  const issuerHit = findLabelCell(lines, 'Issuer Name and Ticker or Trading Symbol', 0, end);
  const issuer = readIssuer(issuerHit);
  if (plain) return readPlainHeader(lines, end, form, warnings, { name, issuer }, tail);
  return {
    name,
    nameCopy,
    address: readAddress(lines, nameHit, end, warnings),
    issuerName: issuer.name,
    tradingSymbol: issuer.symbol,
    periodOfReport: dateAfter(lines, findLabelCell(lines, PERIOD_LABEL[form], 0, end, 0.6)),
    amendmentDate: dateAfter(lines, findLabelCell(lines, 'If Amendment, Date of Original Filed (Month/Day/Year)', 0, end, 0.6)),
    ...readRelationship(lines, end, warnings),
  };
}

function firstUnderlinedOr(s: string): string {
  const u = underlined(s);
  return u.length > 0 ? u[0]! : stripMarkup(s);
}

function readName(lines: readonly OcrLine[], hit: LabelHit | null, end: number): { name: string | null; nameCopy: string | null } {
  if (!hit) return { name: null, nameCopy: null };
  const after = hit.after.replace(/^[*\s]+/, '');
  const beforeLast = after.split(/\(\s*Last\s*\)/i)[0] ?? '';
  const name = clean(firstUnderlinedOr(beforeLast));
  // In the broken look the form's own name cells follow on the next line, underlined.
  let nameCopy: string | null = null;
  // Only the broken look has a second copy: in the clean look the box's own cell is underlined.
  if (underlined(beforeLast).length > 0) return { name, nameCopy };
  for (let l = hit.line + 1; l < Math.min(end, hit.line + 3); l++) {
    const first = lines[l]!.cells.slice(0, 4).join(' ');
    if (/\(\s*Last\s*\)/i.test(first)) break;
    const u: string[] = [];
    for (const c of lines[l]!.cells) if (c.includes('<u>')) u.push(...underlined(c));
    if (u.length > 0 && /[A-Za-z]{2}/.test(u.join(''))) { nameCopy = clean(u.join(' ')); break; }
  }
  return { name, nameCopy };
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function readIssuer(hit: LabelHit | null): { name: string | null; symbol: string | null } {
  if (!hit) return { name: null, symbol: null };
  const s = firstUnderlinedOr(hit.after);
  const open = s.search(/[[(]/);
  if (open < 0) return { name: clean(s), symbol: null };
  const close = s.slice(open).search(/[\])]/);
  const symbol = clean(s.slice(open + 1, close < 0 ? undefined : open + close).replace(/\s+/g, ''));
  return { name: clean(s.slice(0, open)), symbol };
}

/** The date printed in a box: in the label's cell, else the next filled cell if it is a date. */
function dateAfter(lines: readonly OcrLine[], hit: LabelHit | null): string | null {
  if (!hit) return null;
  const inCell = firstDate(stripMarkup(hit.after));
  if (inCell) return inCell;
  const cells = lines[hit.line]!.cells;
  for (let c = hit.cell + 1; c < cells.length; c++) {
    if (cells[c] === '') continue;
    const toks = tokenize(stripMarkup(cells[c]!));
    return toks.length === 1 && toks[0]!.kind === 'date' ? toks[0]!.iso : null;
  }
  return null;
}

function firstDate(s: string): string | null {
  for (const t of tokenize(s)) if (t.kind === 'date') return t.iso;
  return null;
}

/**
 * Street lines sit between the (Middle) and (Street) captions, city, state and zip between
 * (Street) and (City). The clean look underlines each line; the broken look runs them together.
 */
function readAddress(lines: readonly OcrLine[], hit: LabelHit | null, end: number, warnings: ParseWarning[]): Address {
  const address: Address = { street1: null, street2: null, city: null, state: null, zipCode: null };
  if (!hit) return address;
  const box: string[] = [];
  // (Every cell of the header is tested: the bracket first, the pattern only where there is one.)
  for (let l = hit.line; l < Math.min(end, lines.length); l++) for (const c of lines[l]!.cells) if (c.includes('(') && ADDRESS_CAPTION.test(c)) box.push(c);
  const joined = box.join(' ');
  const streetPart = between(joined, /\(\s*Middle\s*\)/i, /\(\s*Street\s*\)/i);
  const cityPart = between(joined, /\(\s*Street\s*\)/i, /\(\s*City\s*\)|\(\s*S\s*$/i);
  if (streetPart !== null) {
    const u = underlined(streetPart);
    if (u.length > 0) {
      address.street1 = clean(u[0]!);
      address.street2 = u[1] !== undefined ? clean(u[1]) : null;
    } else {
      const [s1, s2] = splitStreet(stripMarkup(streetPart));
      address.street1 = s1;
      address.street2 = s2;
      if (s1 !== null) {
        const how = s2 === null ? 'read as one line' : `split into "${s1}" and "${s2}"`;
        warnings.push({ path: 'reportingOwners[0].address.street1', message: `street lines ran together in the text; ${how} by their wording` });
      }
    }
  }
  if (cityPart !== null) {
    const u = underlined(cityPart);
    const s = u.length > 0 ? u[0]! : stripMarkup(cityPart);
    Object.assign(address, cityStateZip(s));
  }
  return address;
}

const ADDRESS_CAPTION = /\((Middle|Street|Last)\)/i;

function between(s: string, start: RegExp, stop: RegExp): string | null {
  const a = start.exec(s);
  if (!a) return null;
  const rest = s.slice(a.index + a[0].length);
  const b = stop.exec(rest);
  return (b ? rest.slice(0, b.index) : rest).trim();
}

/**
 * Two street lines run together. A first line that starts with a number (a street address) ends
 * where a suite, floor or box starts; a care-of or company line ends before the house number
 * that follows the company's name (after INC., LLC, a comma...).
 */
const SECOND_LINE_WORDS = new Set(['ste', 'ste.', 'suite', 'floor', 'fl', 'fl.', 'unit', 'apt', 'apt.', 'room', 'rm', 'bldg', 'building', 'p.o.', 'po', 'attn', 'attn:']);
const COMPANY_END = /(inc|llc|l\.?l\.?c|lp|l\.?p|corp|corporation|co|ltd|plc|company|trust|partners|management|capital|group|holdings|fund|advisors|n\.a)\.?,?$/i;

export function splitStreet(s: string): [string | null, string | null] {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [null, null];
  const split = (i: number): [string, string] => [words.slice(0, i).join(' '), words.slice(i).join(' ')];
  const isNumber = (w: string | undefined): boolean => w !== undefined && /^\d+[A-Za-z-]?$/.test(w);
  if (/^\d/.test(words[0]!)) {
    for (let i = 2; i < words.length; i++) {
      const w = words[i]!.toLowerCase();
      if (SECOND_LINE_WORDS.has(w) || w.startsWith('#')) return split(i);
    }
    return [words.join(' '), null];
  }
  for (let i = 1; i < words.length; i++) {
    if (isNumber(words[i]) && words[i + 1] !== undefined && (COMPANY_END.test(words[i - 1]!) || words[i - 1]!.endsWith(','))) return split(i);
  }
  for (let i = 2; i < words.length; i++) {
    if (isNumber(words[i]) && words[i + 1] !== undefined && !/^c\/o$/i.test(words[i - 1]!)) return split(i);
  }
  for (let i = 1; i < words.length; i++) if (SECOND_LINE_WORDS.has(words[i]!.toLowerCase())) return split(i);
  return [words.join(' '), null];
}

/**
 * City, state and zip on one line. The state is the last two-character code (EDGAR codes foreign
 * places as a letter and a digit: L2, X0) followed by at most a two-part postal code.
 */
function cityStateZip(s: string): Pick<Address, 'city' | 'state' | 'zipCode'> {
  const words = s.split(/\s+/).filter(Boolean);
  for (let k = words.length - 1; k >= 1 && k >= words.length - 3; k--) {
    const rest = words.slice(k + 1);
    if (/^[A-Z][A-Z0-9]$/.test(words[k]!) && (rest.length === 0 || /\d/.test(rest.join('')))) {
      return { city: words.slice(0, k).join(' '), state: words[k]!, zipCode: rest.length > 0 ? rest.join(' ') : null };
    }
  }
  const last = words[words.length - 1];
  if (last !== undefined && /^\d{5}(-?\d{4})?$/.test(last)) return { city: words.slice(0, -1).join(' ') || null, state: null, zipCode: last };
  return { city: words.length > 0 ? words.join(' ') : null, state: null, zipCode: null };
}

/** A check mark standing alone, or check-box markup that is checked. */
const HAS_MARK = /(^|\s)(X|x|☒|☑|✓|✔|•|■|[[(]?[xX]{1,2}[\])]?|●|▪)(\s|$)|<input[^>]*checked/;

const MARK_CHARS = new Set(['☒', '☑', '✓', '✔', '•', '■', '●', '▪']);

/** s[from, to) is a check mark (as HAS_MARK has them): one of MARK_CHARS, or one or two x's, perhaps in brackets (`[x]`, `(X`). */
function isMarkPiece(s: string, from: number, to: number): boolean {
  if (to - from === 1 && MARK_CHARS.has(s[from]!)) return true;
  let a = from;
  let b = to;
  const open = s.charCodeAt(a);
  if (open === 91 || open === 40) a++;
  const close = s.charCodeAt(b - 1);
  if (b - 1 >= a && (close === 93 || close === 41)) b--;
  if (b - a < 1 || b - a > 2) return false;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c !== 120 && c !== 88) return false;
  }
  return true;
}

/** Check marks, then the box word right after each; officer title after the last "below)". */
function readRelationship(lines: readonly OcrLine[], end: number, warnings: ParseWarning[], plainTitle?: string | null): { relationship: Relationship; notSubjectToSection16: boolean } {
  const rel: Relationship = { isDirector: false, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null };
  let notSubject = false;
  const words: string[] = [];
  for (let l = 0; l < end; l++) {
    if (!HAS_MARK.test(lines[l]!.text)) continue;
    const cells = lines[l]!.cells;
    for (let c = 0; c < cells.length; c++) {
      // Only cells with a mark matter; a mark's box word may be in the next cell, so a marked
      // cell brings its neighbour. Check-box markup becomes a mark once stripped.
      const cell = cells[c]!;
      if (!HAS_MARK.test(cell)) continue;
      words.push(...stripMarkup(cell).split(' '));
      const next = cells.slice(c + 1).find((x) => x !== '');
      if (next !== undefined) words.push(...stripMarkup(next).split(' '), '|');
    }
  }
  let officerMarked = false;
  let otherMarked = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A scanned X is also read as %, * or ×: standing alone before a box's word it is the mark.
    if (w.length > 4 || !(isMarkPiece(w, 0, w.length) || (plainTitle !== undefined && (w === '%' || w === '*' || w === '×' || w === '¥')))) continue;
    const next = normalise(words.slice(i + 1, i + 3).join(' '));
    const [w1 = '', w2 = ''] = next.split(' ');
    if (wordMatches(w1, 'director')) rel.isDirector = true;
    else if (wordMatches(w1, 'officer') || w1 === 'office') officerMarked = true;
    else if (w1 === '10%' || (w1 === '10' && wordMatches(w2, 'owner'))) rel.isTenPercentOwner = true;
    else if (wordMatches(w1, 'other')) otherMarked = true;
    else if (wordMatches(w1, 'check') || wordMatches(w1, 'box')) notSubject = true;
  }
  // Plain text's reader has looked for the title itself (null: there is none).
  const title = plainTitle !== undefined ? plainTitle : titleAfterBelow(lines, end, warnings);
  rel.isOther = otherMarked;
  if (title !== null) {
    if (otherMarked && !officerMarked) rel.otherText = title;
    else {
      rel.officerTitle = title;
      if (!officerMarked) {
        warnings.push({ path: 'reportingOwners[0].relationship.isOfficer', message: `no check mark read by "Officer"; taken as officer because an officer title ("${title}") is filled in` });
      }
      rel.isOfficer = true;
    }
  } else rel.isOfficer = officerMarked;
  return { relationship: rel, notSubjectToSection16: notSubject };
}

function titleAfterBelow(lines: readonly OcrLine[], end: number, warnings: ParseWarning[]): string | null {
  let found: string | null = null;
  for (let l = 0; l < end; l++) {
    // "below" is printed in lower case; OCR keeps the case of the letters it reads.
    if (!lines[l]!.text.includes('bel')) continue;
    const cells = lines[l]!.cells;
    for (let c = 0; c < cells.length; c++) {
      if (!cells[c]!.includes('bel')) continue;
      const { pieces, words, pieceOf } = cellAt(lines[l]!, c);
      let last = -1;
      for (let k = 0; k < words.length; k++) if (wordMatches(words[k]!, 'below')) last = pieceOf[k]!;
      if (last < 0) continue;
      let rest = pieces.slice(last + 1).join(' ');
      if (stripMarkup(rest) === '') {
        const next = cells.slice(c + 1).find((x) => x !== '') ?? '';
        // The next box's caption ("5. If Amendment") is not a title.
        rest = /^\s*\d+[A-Z]?\.\s/.test(next) ? '' : next;
      }
      const u = underlined(rest);
      const text = clean(u.length > 0 ? u[0]! : stripMarkup(rest));
      if (text !== null && /[A-Za-z]{2}/.test(text) && !/^\(?(give|specify|check)/i.test(text)) found = text;
    }
  }
  if (found === null) return null;
  // `vP`: a capital read as lower case at the start of an abbreviation.
  const fixed = found.split(' ').map((w) => (/^[a-z][A-Z]+\b/.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  if (fixed !== found) warnings.push({ path: 'reportingOwners[0].relationship.officerTitle', message: `"${found}" read as "${fixed}" (lower-case capital)` });
  return fixed;
}

/**
 * Word-by-word repair of a misread name from another copy of it (the signature, say). Only a
 * word that differs from a word of the other copy by a letter or two is replaced, keeping its own
 * case; punctuation and case alone ("D" and "D.", "ADEOYE" and "/s/Adeoye") are no misreading.
 */
export function repairName(name: string, other: string): string {
  const letters = (w: string): string => w.replace(/[^A-Za-z]/g, '');
  const otherWords = other.replace(/\/s\//gi, ' ').split(/\s+/).map(letters).filter((w) => w.length >= 4);
  return name
    .split(/\s+/)
    .map((w) => {
      const core = letters(w);
      if (core.length < 4 || otherWords.some((o) => o.toLowerCase() === core.toLowerCase())) return w;
      let best: string | null = null;
      let bestD = Infinity;
      for (const o of otherWords) {
        const d = distance(core.toLowerCase(), o.toLowerCase());
        if (d < bestD) { bestD = d; best = o; }
      }
      if (best === null || bestD > Math.max(1, Math.floor(best.length / 4))) return w;
      const cased = core === core.toUpperCase() ? best.toUpperCase() : best;
      return w.replace(core, cased);
    })
    .join(' ');
}

/**
 * Plain text (Tesseract and the like): the header's boxes are read line by line across the page,
 * or box by box, so a line holds the values of one to three boxes with the captions of the others
 * between them. Each line is cut into its values (plain-segments.ts); a value is placed by what it
 * is (a date, an issuer with its ticker) or by where it stands: the name above "(Last) (First)
 * (Middle)", street lines above "(Street)", city, state and zip above "(City)", each the first value
 * of its line (box 1 is the page's left column); the officer's title is what is left on the lines
 * under "(specify below)".
 */
function readPlainHeader(
  lines: readonly OcrLine[],
  end: number,
  form: FormKind,
  warnings: ParseWarning[],
  fallback: { name: string | null; issuer: { name: string | null; symbol: string | null } },
  tail: string,
): Header {
  const texts = lines.slice(0, end).map((l) => stripMarkup(l.text));
  // Wide gaps, where the engine kept them, part the boxes of a line.
  const gapped = lines.slice(0, end).map((l, i) => (l.gapped ? stripMarkup(l.gapped) : texts[i]!));
  const segs = gapped.map(lineSegments);
  const used = new Set<Segment>();
  const find = (re: RegExp, from = 0): number => {
    for (let i = from; i < texts.length; i++) if (re.test(texts[i]!)) return i;
    return -1;
  };
  const before = (i: number, re: RegExp): Segment[] => lineSegments(gapped[i]!.split(re)[0] ?? '');
  const firstValue = (list: readonly Segment[]): Segment | undefined => list.find((x) => x.kind === 'value' && !used.has(x));
  /** Per line, the texts placed in a box (the segments of a caption's line are cut afresh). */
  const placed = new Map<number, string[]>();
  const place = (line: number, text: string): void => { placed.set(line, [...(placed.get(line) ?? []), text]); };
  const lastAt = find(/\(\s*Last\s*\)/);
  const streetAt = find(/\(\s*Street\s*\)/, Math.max(0, lastAt));
  const cityAt = find(/\(\s*City\s*\)/, Math.max(0, streetAt));

  // The issuer: the first value with a ticker in brackets.
  let issuerSeg: Segment | undefined;
  for (const list of segs) {
    issuerSeg = list.find((x) => x.kind === 'issuer');
    if (issuerSeg) break;
  }
  if (issuerSeg) used.add(issuerSeg);
  let issuerName = issuerSeg?.name ?? fallback.issuer.name;
  const symbol = issuerSeg?.ticker ?? fallback.issuer.symbol;

  let name: string | null = null;
  // A name is words of letters: what is left of a check box ("i i bel") or a value of digits is not.
  const nameLike = (x: Segment): boolean => x.kind === 'value' && /[A-Za-z]{2,}.*\s.*[A-Za-z]/.test(x.text) && !/\d/.test(x.text) && !used.has(x);
  if (lastAt >= 0) {
    const own = before(lastAt, /\(\s*Last\s*\)/).find((x) => x.kind === 'value');
    if (own) name = own.text;
    // The value line under the name's caption, when the lines above "(Last)" are other boxes'.
    const captionAt = find(/Name and Addr|Reporting\s+Person\*?\s*$|^Person\*?\s/i);
    for (let i = captionAt >= 0 ? captionAt + 1 : lastAt; name === null && i < lastAt; i++) {
      const v = segs[i]!.find(nameLike);
      if (v && segs[i]!.indexOf(v) === 0) {
        used.add(v);
        name = v.text;
      }
    }
    for (let i = lastAt - 1; name === null && i >= Math.max(0, lastAt - 2); i--) {
      const v = firstValue(segs[i]!);
      if (v) {
        used.add(v);
        name = v.text;
      } else if (issuerSeg && segs[i]!.includes(issuerSeg) && segs[i]![0] === issuerSeg) {
        // Name and issuer read as one value ("Sergey Brin Alphabet Inc. [GOOG]"): split by what
        // the rest of the filing says of each.
        const split = splitNameIssuer(issuerSeg.name!, tail);
        if (split) {
          name = split.name;
          issuerName = split.issuer;
          warnings.push({ path: 'reportingOwners[0].name', message: `the name and the issuer were read as one ("${issuerSeg.name}"); split as "${split.name}" and "${split.issuer}"` });
          warnings.push({ path: 'issuer.name', message: `the name and the issuer were read as one ("${issuerSeg.name}"); split as "${split.name}" and "${split.issuer}"` });
        }
      }
    }
  }
  // The caption's own text after "Name and Address" holds the name only where no other box's
  // caption follows it on the line.
  name ??= fallback.name === null ? null : (lineSegments(fallback.name).find((x) => x.kind === 'value')?.text ?? null);

  const streets: string[] = [];
  if (lastAt >= 0 && streetAt > lastAt) {
    for (let i = lastAt + 1; i < streetAt; i++) {
      const v = firstValue(segs[i]!);
      if (v) { used.add(v); streets.push(v.text); place(i, v.text); }
    }
    const own = before(streetAt, /\(\s*Street\s*\)/).find((x) => x.kind === 'value');
    if (own) { streets.push(own.text); place(streetAt, own.text); }
  }
  let cityText: string | null = null;
  const leftovers: { line: number; text: string }[] = [];
  if (streetAt >= 0 && cityAt > streetAt) {
    for (let i = streetAt + 1; i <= cityAt && cityText === null; i++) {
      const v = i === cityAt ? before(cityAt, /\(\s*City\s*\)/).find((x) => x.kind === 'value') : firstValue(segs[i]!);
      if (!v) continue;
      if (i !== cityAt) used.add(v);
      place(i, v.text);
      // Whatever follows the zip code is another box's (the officer's title, say).
      const m = /^(.*?[A-Z][A-Z0-9]\.?\s+\d{5}(?:-\d{4})?)\s+(\S.*)$/.exec(v.text);
      cityText = m ? m[1]! : v.text;
      if (m) leftovers.push({ line: i, text: m[2]! });
    }
  }
  const address: Address = { street1: streets[0] ?? null, street2: streets.length > 1 ? streets.slice(1).join(' ') : null, city: null, state: null, zipCode: null };
  if (cityText !== null) Object.assign(address, cityStateZip(cityText));

  const dateNear = (label: string, lookAhead: number, lookBack = 0): string | null => {
    const hit = findLabelCell(lines, label, 0, end, 0.6);
    if (!hit) return null;
    for (let i = hit.line; i <= Math.min(end - 1, hit.line + lookAhead); i++) {
      const text = i === hit.line ? hit.after : texts[i]!;
      for (const t of tokenize(text)) if (t.kind === 'date') return t.iso;
    }
    // An engine that reads the page in blocks may put a box's value before its caption: a date
    // alone on one of the lines just above (for the period box, whose date is the form's key).
    for (let i = hit.line - 1; i >= Math.max(0, hit.line - lookBack); i--) {
      const toks = tokenize(texts[i]!);
      if (toks.length === 1 && toks[0]!.kind === 'date') return toks[0]!.iso;
    }
    return null;
  };
  // The officer's title: the values left over on the lines under "(specify below)".
  const belowAt = find(/specify\s+bel/i);
  let title: string | null = null;
  if (belowAt >= 0) {
    const parts: string[] = [];
    for (let i = belowAt + 1; i < texts.length && parts.length < 3; i++) {
      if (/^\s*Table\s*[I1l|]/i.test(texts[i]!)) break;
      if (/Individual or|Joint\/Group/i.test(texts[i]!) && parts.length > 0) break;
      const fromZip = leftovers.find((x) => x.line === i);
      const v = fromZip ? { text: fromZip.text } : segs[i]!.find((x) => x.kind === 'value' && !used.has(x) && !(placed.get(i) ?? []).includes(x.text));
      if (v) parts.push(v.text);
      else if (parts.length > 0) break;
    }
    if (parts.length > 0 && /[A-Za-z]{2}/.test(parts.join(' '))) title = parts.join(' ');
  }
  const { relationship, notSubjectToSection16 } = readRelationship(lines, end, warnings, title);
  if (!relationship.isOfficer && !relationship.isOther && title !== null) {
    relationship.isOfficer = true;
    relationship.officerTitle = title;
  }
  return {
    name,
    nameCopy: null,
    address,
    issuerName,
    tradingSymbol: symbol,
    periodOfReport: dateNear(PERIOD_LABEL[form], 3, 3),
    amendmentDate: dateNear('If Amendment, Date of Original Filed', 1),
    relationship,
    notSubjectToSection16,
  };
}

/** Words that end a company's name. */
const ISSUER_END = /^(inc|corp|corporation|co|company|ltd|limited|plc|llc|lp|l\.p|n\.v|s\.a|ag|se|holdings|group|bancorp|trust|technologies|international|industries|partners)\.?,?$/i;

/**
 * A name and an issuer read as one run of words: the split whose first part the signature or the
 * remarks name and whose second part the footnotes or remarks mention (or that ends as a company
 * name does), else none.
 */
function splitNameIssuer(run: string, tail: string): { name: string; issuer: string } | null {
  const words = run.split(/\s+/).filter(Boolean);
  const hay = tail.toLowerCase();
  let best: { k: number; score: number } | null = null;
  for (let k = 1; k < words.length; k++) {
    const nameWords = words.slice(0, k);
    const issuer = words.slice(k).join(' ');
    let score = 0;
    if (nameWords.every((w) => w.length > 1 && hay.includes(w.toLowerCase().replace(/[.,]$/, '')))) score += 2;
    if (hay.includes(issuer.toLowerCase())) score += 3;
    if (k >= 2 && k <= 4) score += 1;
    if (ISSUER_END.test(words[k - 1]!)) score -= 3;
    if (!best || score > best.score) best = { k, score };
  }
  // With nothing else to go by, a two-word name before a company name ("Snow Jessica 2seventy bio,
  // Inc."): the most common shape, and warned as a guess.
  if (!best || best.score < 3) {
    if (words.length >= 3 && ISSUER_END.test(words[words.length - 1]!) && !ISSUER_END.test(words[1]!)) return { name: words.slice(0, 2).join(' '), issuer: words.slice(2).join(' ') };
    return null;
  }
  return { name: words.slice(0, best.k).join(' '), issuer: words.slice(best.k).join(' ') };
}
