/**
 * The tables of a typed (pre-XML) EDGAR Form 3, 4 or 5: ASCII drawn with `|` between columns and
 * `_`/`-` rules between rows, or columns at the positions of the `<S>`/`<C>` markers EDGAR's text
 * format puts under a table's caption. A value too long for its column wraps onto the next line of
 * the same column ("Options to Purchase Co" / "mmon Stock", "2/7/0" / "0"), so a row is the lines
 * between two rules, a cell the join of its column's pieces.
 */

/** A row's cells, one per column, and whether the row was pieced together from several lines. */
export interface TextRow {
  cells: string[];
  lines: number;
}

const RULE = /^[\s|_\-=+]*$/;
const MAX_TABLE_LINES = 2000;

/** Whether a line is a rule (only `_`, `-`, `=`, `|`, `+` and spaces, with at least 3 of a rule). */
function isRule(line: string): boolean {
  return RULE.test(line) && /[_\-=]{3}/.test(line);
}

/** A line cut at its `|` bars: each piece untrimmed, so a piece that fills its column can be seen. */
function barPieces(line: string): string[] {
  const pieces = line.split('|');
  // A bar ends the last column: what follows it is not a cell.
  if (pieces.length > 1 && pieces[pieces.length - 1]!.trim() === '') pieces.pop();
  return pieces;
}

/** A line cut at the column starts the `<S>`/`<C>` markers give. */
function positionPieces(line: string, starts: readonly number[]): string[] {
  return starts.map((s, i) => line.slice(i === 0 ? 0 : s, i + 1 < starts.length ? starts[i + 1] : undefined));
}

/** Where the `<S>` and `<C>` markers of a marker line stand. */
function markerStarts(line: string): number[] | null {
  if (!/^\s*<S>/i.test(line)) return null;
  const starts: number[] = [];
  const re = /<[SC]>/gi;
  for (let m = re.exec(line); m; m = re.exec(line)) starts.push(m.index);
  return starts;
}

/** Joins a column's piece onto the cell: no space where the piece before ran to the column's edge (a word cut). */
function joinPiece(cell: string, before: string, piece: string): string {
  const p = piece.trim();
  if (p === '') return cell;
  if (cell === '') return p;
  const filled = before.length > 0 && !/\s$/.test(before);
  return filled ? cell + p : `${cell} ${p}`;
}

/**
 * The data rows of one table's text (the lines from its heading to its end). Rows start after the
 * `<S>` marker line when there is one, else after the last rule that follows a caption line.
 */
export function readTextTable(lines: readonly string[]): TextRow[] {
  const body = lines.slice(0, MAX_TABLE_LINES);
  let start = body.findIndex((l) => markerStarts(l) !== null);
  const starts = start >= 0 ? markerStarts(body[start]!) : null;
  if (start < 0) {
    // No markers: the caption block ends at the last rule before the first line that holds a digit.
    const firstData = body.findIndex((l, i) => i > 0 && !isRule(l) && /\d/.test(l) && l.includes('|') && !/\b(Title|Instr|Date|Amount)\b/i.test(l));
    if (firstData < 0) return [];
    start = firstData - 1;
  }
  const rows: TextRow[] = [];
  let cells: string[] | null = null;
  let prev: string[] = [];
  let count = 0;
  const flush = (): void => {
    if (cells && cells.some((c) => c !== '')) rows.push({ cells, lines: count });
    cells = null;
    prev = [];
    count = 0;
  };
  for (let i = start + 1; i < body.length; i++) {
    const line = body[i]!;
    if (/^\s*<\/?(TABLE|CAPTION|S|C|FN|PAGE)>/i.test(line)) {
      if (/^\s*<\/TABLE>/i.test(line)) break;
      continue;
    }
    if (line.trim() === '' || isRule(line)) {
      flush();
      continue;
    }
    const pieces = line.includes('|') ? barPieces(line) : starts ? positionPieces(line, starts) : null;
    if (!pieces) continue;
    if (cells !== null && !continues(prev, pieces)) flush();
    const current: string[] = cells ?? pieces.map(() => '');
    while (current.length < pieces.length) current.push('');
    for (let c = 0; c < pieces.length; c++) current[c] = joinPiece(current[c]!, prev[c] ?? '', pieces[c]!);
    cells = current;
    prev = pieces;
    count++;
  }
  flush();
  return rows;
}

/**
 * Whether a line goes on with the row above rather than starting one: each of its pieces continues
 * a cut value above it (the piece above ran to the column's edge) or the wrapped words of a title.
 * A new row has a value in a column where the line above had a short value or none.
 */
function continues(prev: readonly string[], pieces: readonly string[]): boolean {
  if (prev.length === 0) return false;
  let any = false;
  for (let c = 0; c < pieces.length; c++) {
    if (pieces[c]!.trim() === '') continue;
    any = true;
    const above = prev[c] ?? '';
    if (above.trim() === '') return false;
    const filled = !/\s$/.test(above);
    if (!filled && c !== 0) return false;
  }
  return any;
}
