import { findLabel, normalise } from './fuzzy';
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

export function findLabelCell(lines: readonly OcrLine[], label: string, from = 0, to = lines.length, minShare = 0.75): LabelHit | null {
  for (let l = from; l < to; l++) {
    const line = lines[l]!;
    for (let c = 0; c < line.cells.length; c++) {
      const cell = line.cells[c]!;
      if (cell === '') continue;
      const hit = labelInText(cell, label, minShare);
      if (hit !== null) return { line: l, cell: c, after: hit };
    }
  }
  return null;
}

/** The text after a label in a string, or null when the label is not there. */
export function labelInText(text: string, label: string, minShare = 0.75): string | null {
  const pieces = text.split(/\s+/).filter(Boolean);
  const words: string[] = [];
  const pieceOf: number[] = [];
  pieces.forEach((p, i) => {
    for (const w of normalise(p.replace(/<[^>]*>/g, ' ')).split(' ')) {
      if (w === '') continue;
      words.push(w);
      pieceOf.push(i);
    }
  });
  const hit = findLabel(words, label, minShare);
  if (hit === null) return null;
  const lastPiece = pieceOf[hit.end - 1] ?? pieces.length - 1;
  return pieces.slice(lastPiece + 1).join(' ');
}

/**
 * The first line at or after `from` whose text has the label; with `atStart`, only a line that
 * begins with it (captions such as "Remarks:" do, while footnote prose may use the same words).
 */
export function findLabelLine(lines: readonly OcrLine[], label: string, from = 0, to = lines.length, minShare = 0.75, atStart = false): number {
  for (let l = from; l < to; l++) {
    const text = atStart ? lines[l]!.text.slice(0, label.length + 8) : lines[l]!.text;
    if (labelInText(text, label, minShare) !== null) return l;
  }
  return -1;
}
