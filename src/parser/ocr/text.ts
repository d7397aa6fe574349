/**
 * The OCR text as lines of cells. OCR tools that export Markdown escape `$` and `*`, prefix headings
 * with `#` and bullets with `- `; none of that is the form's content, so it goes before anything
 * reads the text. Tabs are the only column boundary OCR gives us, so a line keeps its cells.
 */

import type { Analysed } from './labels';
import { isWhite } from './tokens';

export interface OcrLine {
  /** The whole line, cells joined by single spaces, markup kept (readers strip what they need). */
  text: string;
  /** Tab-separated cells, each trimmed; empty cells kept, since their position means a column. */
  cells: string[];
  /** Label search's analysis of each cell and of the whole line, filled in on first use. */
  analysed?: Analysed[];
  analysedWhole?: Analysed;
  analysedHead?: Analysed;
  analysedCells?: (Analysed | undefined)[];
  /** The cells lower-cased, for cheap substring tests before any analysis. */
  lower?: string[];
  lowerText?: string;
  lowerHead?: string;
  /**
   * For a line without tabs that has wide gaps (three spaces or more, where an OCR engine keeps the
   * space between two boxes), the line with each gap as U+0001: plain text's only column boundary.
   */
  gapped?: string;
}

/** No printed line of a form comes near this; longer ones are cut so no pattern runs long. */
const MAX_LINE_CHARS = 4000;

const NOT_BLANK = /\S/;
const MARKDOWN_PREFIX = /^\s*[#*-]/;

export function toLines(raw: string, maxLines = Infinity): OcrLine[] {
  const out: OcrLine[] = [];
  // (split's limit goes through ToUint32, where Infinity is 0.)
  const limit = Number.isFinite(maxLines) ? maxLines * 4 : undefined;
  const rawLines = raw.includes('\r') ? raw.split(/\r\n|\r|\n/, limit) : raw.split('\n', limit);
  for (const rawLine of rawLines) {
    if (out.length >= maxLines) break;
    if (!NOT_BLANK.test(rawLine)) continue;
    let line = rawLine.length > MAX_LINE_CHARS ? rawLine.slice(0, MAX_LINE_CHARS) : rawLine;
    // (Each pattern runs only where its character occurs: this is the hot path of every parse.)
    if (line.includes('\\')) line = line.replace(/\\([$*_#\-.()[\]])/g, '$1');
    if (MARKDOWN_PREFIX.test(line)) {
      line = line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*[-*]\s+(?=\S)/, '');
      if (!NOT_BLANK.test(line)) continue;
    }
    // Cut at tabs with indexOf, not split (a runtime call per line), and trim each cell by its
    // bounds before slicing it once: a broken-look page has some 400 cells, most of them caption
    // fragments, and slicing, trimming and collapsing each was the most of this function's time.
    const cells: string[] = [];
    let text = '';
    let start = 0;
    const n = line.length;
    // The next run of two spaces at or after the cell being cut (-1: none left on the line).
    let double = -2;
    for (;;) {
      const tab = line.indexOf('\t', start);
      const end = tab < 0 ? n : tab;
      let a = start;
      while (a < end && isWhite(line.charCodeAt(a))) a++;
      let b = end;
      while (b > a && isWhite(line.charCodeAt(b - 1))) b--;
      let cell = '';
      if (a < b) {
        if (double !== -1 && double < a) double = line.indexOf('  ', a);
        cell = a === 0 && b === n ? line : line.slice(a, b);
        // (Collapsing runs of spaces inside the trimmed cell is the same as before trimming it.)
        if (double >= 0 && double + 2 <= b) cell = collapseSpaces(cell);
        text = text === '' ? cell : `${text} ${cell}`;
      }
      cells.push(cell);
      if (tab < 0) break;
      start = tab + 1;
    }
    const line_: OcrLine = { text, cells };
    if (start === 0 && line.includes('   ')) line_.gapped = line.trim().replace(/ {3,}/g, '\u0001');
    out.push(line_);
  }
  return out;
}

/**
 * `s.replace(/ {2,}/g, ' ')` by indexOf and slice: the broken look pads its cells with runs of
 * spaces, and a global replace was the most of cutting lines into cells in profiles.
 */
function collapseSpaces(s: string): string {
  let out = '';
  let done = 0;
  let i = s.indexOf('  ');
  while (i >= 0) {
    let j = i + 2;
    while (s.charCodeAt(j) === 32) j++;
    out += s.slice(done, i + 1);
    done = j;
    i = s.indexOf('  ', j);
  }
  return out + s.slice(done);
}

/** Underlined cells (`<u>..</u>`) are the filled-in values of the clean look. */
export function underlined(s: string): string[] {
  const out: string[] = [];
  if (!s.includes('<u>')) return out;
  const re = /<u>([\s\S]*?)<\/u>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push(m[1]!.trim());
  return out;
}

/** The text without markup: checkboxes become a mark we can find, other tags go. */
export function stripMarkup(s: string): string {
  // Most text has no markup; it is only tidied.
  if (!s.includes('<')) return s.includes('  ') || s.includes('\t') ? s.replace(/\s+/g, ' ').trim() : s.trim();
  return s
    .replace(/<input\b[^>]*\bchecked\b[^>]*>/gi, ' X ')
    .replace(/<input\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
