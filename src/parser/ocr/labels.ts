import { findLabel } from './fuzzy';
import type { OcrLine } from './text';

/**
 * Where a printed label sits: the line and cell it is in and the text after it in that cell
 * (where the filled-in value is, in both looks). Labels are matched word by word, fuzzily.
 */
export interface LabelHit {
  line: number;
  cell: number;
  /** The cell's text after the label, as printed (markup kept). */
  after: string;
}

/** A text cut into printed pieces and normalised words, with the piece each word came from. */
export interface Analysed {
  pieces: string[];
  words: string[];
  pieceOf: number[];
}

/**
 * One pass over the characters (this runs on every cell of every document, so no regular
 * expressions): pieces split at white space, words at anything not a letter, digit or %, tags
 * (`<u>`) dropped, letters lower-cased, as normalise() does.
 */
function analyse(text: string): Analysed {
  const pieces: string[] = [];
  const words: string[] = [];
  const pieceOf: number[] = [];
  let pieceStart = -1;
  let wordStart = -1;
  let inTag = false;
  const n = text.length;
  // Words are ASCII letters, digits and %, so one lower-casing of the whole text serves every
  // word when it kept the text's length (no character grew, so positions line up).
  const lowered = text.toLowerCase();
  const lower = lowered.length === n ? lowered : null;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 37;
    if (wordStart >= 0 && (!isWordChar || inTag)) {
      words.push(lower !== null ? lower.slice(wordStart, i) : text.slice(wordStart, i).toLowerCase());
      pieceOf.push(pieces.length);
      wordStart = -1;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0) {
      if (pieceStart >= 0) {
        pieces.push(text.slice(pieceStart, i));
        pieceStart = -1;
      }
      continue;
    }
    if (pieceStart < 0) pieceStart = i;
    if (inTag) {
      if (c === 62) inTag = false;
      continue;
    }
    if (c === 60) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d === 47 || (d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
        inTag = true;
        continue;
      }
    }
    if (isWordChar && wordStart < 0) wordStart = i;
  }
  return { pieces, words, pieceOf };
}

// Every label search walks the same lines; each cell and line is analysed once per document and
// kept on the line itself (a WeakMap per line cost more than the analysis in profiles).
const EMPTY: Analysed = { pieces: [], words: [], pieceOf: [] };

function cellsOf(line: OcrLine): Analysed[] {
  if (!line.analysed) line.analysed = line.cells.map((_, c) => cellAt(line, c));
  return line.analysed;
}

/** The cells' analyses run together: the line's text is its non-empty cells joined. */
function wholeLine(line: OcrLine): Analysed {
  let a = line.analysedWhole;
  if (!a) {
    const whole: Analysed = { pieces: [], words: [], pieceOf: [] };
    for (const cell of cellsOf(line)) {
      const offset = whole.pieces.length;
      for (const p of cell.pieces) whole.pieces.push(p);
      for (const w of cell.words) whole.words.push(w);
      for (const p of cell.pieceOf) whole.pieceOf.push(p + offset);
    }
    a = whole;
    line.analysedWhole = a;
  }
  return a;
}

/** The normalised words of a whole line (cached per document). */
export function lineWords(line: OcrLine): readonly string[] {
  return wholeLine(line).words;
}

/** Printed pieces and normalised words of each cell of a line (cached per document). */
export function cellWords(line: OcrLine): readonly Readonly<Analysed>[] {
  return cellsOf(line);
}

function after(a: Analysed, label: string, minShare: number, maxStart: number): string | null {
  const hit = findLabel(a.words, label, minShare, maxStart);
  if (hit === null) return null;
  const lastPiece = a.pieceOf[hit.end - 1] ?? a.pieces.length - 1;
  return a.pieces.slice(lastPiece + 1).join(' ');
}

/**
 * The first three letters of a label's longer words. A cell that holds the label holds at least
 * two of them (or the one, for a label with one long word) even when OCR misread a word or two;
 * testing that with indexOf spares analysing the many cells that cannot match.
 */
const anchorCache = new Map<string, { anchors: string[]; need: number }>();
function anchorsOf(label: string): { anchors: string[]; need: number } {
  let a = anchorCache.get(label);
  if (!a) {
    const anchors = label.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4).map((w) => w.slice(0, 3));
    a = { anchors, need: Math.min(2, anchors.length) };
    anchorCache.set(label, a);
  }
  return a;
}

function mayHold(cellLower: string, label: string): boolean {
  const { anchors, need } = anchorsOf(label);
  let found = 0;
  for (const a of anchors) if (cellLower.includes(a) && ++found >= need) return true;
  return found >= need;
}

export function findLabelCell(lines: readonly OcrLine[], label: string, from = 0, to = lines.length, minShare = 0.75): LabelHit | null {
  for (let l = from; l < to; l++) {
    const line = lines[l]!;
    // The line first: most lines hold no part of the label at all.
    if (!mayHold((line.lowerText ??= line.text.toLowerCase()), label)) continue;
    const lower = (line.lower ??= line.cells.map((c) => c.toLowerCase()));
    for (let c = 0; c < lower.length; c++) {
      if (lower[c] === '' || !mayHold(lower[c]!, label)) continue;
      const cell = cellAt(line, c);
      const hit = after(cell, label, minShare, Infinity);
      if (hit !== null) return { line: l, cell: c, after: hit };
    }
  }
  return null;
}

/** One cell's analysis, made on first use. */
export function cellAt(line: OcrLine, c: number): Analysed {
  const cache = (line.analysedCells ??= new Array<Analysed | undefined>(line.cells.length));
  let a = cache[c];
  if (!a) {
    const text = line.cells[c]!;
    a = text === '' ? EMPTY : analyse(text);
    cache[c] = a;
  }
  return a;
}

/** The text after a label in a string, or null when the label is not there. */
export function labelInText(text: string, label: string, minShare = 0.75): string | null {
  return after(analyse(text), label, minShare, Infinity);
}

/**
 * The first line at or after `from` whose text has the label; with `atStart`, only a line that
 * begins with it (captions such as "Remarks:" do, while footnote prose may use the same words).
 */
export function findLabelLine(lines: readonly OcrLine[], label: string, from = 0, to = lines.length, minShare = 0.75, atStart = false): number {
  for (let l = from; l < to; l++) {
    const line = lines[l]!;
    if (atStart ? !mayHold((line.lowerHead ??= line.text.slice(0, 80).toLowerCase()), label) : !mayHold((line.lowerText ??= line.text.toLowerCase()), label)) continue;
    // A caption that starts its line is found in the line's first words: only those are read.
    const a = atStart ? (line.analysedHead ??= analyse(line.text.slice(0, 80))) : wholeLine(line);
    if (after(a, label, minShare, atStart ? 2 : Infinity) !== null) return l;
  }
  return -1;
}
