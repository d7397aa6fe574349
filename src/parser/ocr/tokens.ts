/**
 * A table row as typed tokens. OCR glues, splits and decorates values (`5,2910 1)`, `$2 .38`,
 * `06/13/` with the year elsewhere, `•2011`), so a row is cut at white space and each piece is
 * classified by a small table of shapes; the row readers then work on kinds, not strings.
 */

export type Tok = TokValue & {
  /** The piece as printed, punctuation and stray marks kept: what titles and natures are made of. */
  text: string;
};

type TokValue =
  | { kind: 'date'; iso: string; raw: string }
  /** Month and day with the year split off (`09/15/`, `06/17`). */
  | { kind: 'monthDay'; month: number; day: number; raw: string }
  | { kind: 'money'; value: number; raw: string }
  /**
   * A number. `extra` holds digits OCR glued on past a well-formed thousands group (`5,2910` is
   * 5,291 and then `0`, a misread footnote bracket or the mark itself); `value` is without them.
   */
  | { kind: 'num'; value: number; raw: string; extra: string | null }
  | { kind: 'fn'; id: string; raw: string }
  | { kind: 'letter'; letter: string; raw: string }
  | { kind: 'word'; raw: string };

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁽': '(', '⁾': ')',
};

/**
 * Superscript digits and brackets are footnote marks; written out they tokenise like `(1)`. A run
 * of superscript digits outside brackets is one mark (`Stock¹²` is mark 12, `¹,²` marks 1 and 2),
 * set apart from the value it is printed against.
 */
const HAS_SUPERSCRIPT = /[\u00b2\u00b3\u00b9\u2070-\u207e]/;
function plainDigits(s: string): string {
  if (!HAS_SUPERSCRIPT.test(s)) return s;
  let out = '';
  let bracketed = false;
  let run = false;
  for (const ch of s) {
    const plain = SUPERSCRIPTS[ch];
    if (plain !== undefined && plain !== '(' && plain !== ')') {
      if (!bracketed && !run) {
        out += ' (';
        run = true;
      }
      out += plain;
      continue;
    }
    if (run) {
      out += ') ';
      run = false;
    }
    if (plain === '(' || ch === '(') bracketed = true;
    else if (plain === ')' || ch === ')') bracketed = false;
    out += plain ?? ch;
  }
  return run ? `${out}) ` : out;
}

/**
 * Mark styles other than `(1)`: several ids in one bracket (`(1,2)`, `(1, 2)`), square brackets
 * (`[1]`), and a mark glued to a word without its closing bracket (`Units(6`). Rows are tested by
 * index first (this runs on every row, and nearly every row has commas and brackets of `(1)` marks).
 */
function expandMarks(text: string): string {
  let list = false;
  let open = false;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    if (!isDigit(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 44 /* , */) list = true;
    else if (c !== 41 /* ) */ && j - i <= 3 && i > 0 && isLetter(text.charCodeAt(i - 1)) && (j === text.length || isWhite(c))) open = true;
  }
  let t = text;
  if (list) t = t.replace(/\((\d{1,2}(?:\s*,\s*\d{1,2})+)\)/g, (_, ids: string) => ` ${ids.split(',').map((n) => `(${n.trim()})`).join(' ')} `);
  if (t.includes('[')) t = t.replace(/\[(\d{1,2})\]/g, ' ($1) ');
  if (open) t = t.replace(/([A-Za-z])\((\d{1,2})(?=\s|$)/g, '$1 ($2)');
  return t;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function tokenize(raw: string): Tok[] {
  let text = plainDigits(raw);
  // Table rules read as bars and braces separate values; they are never part of one.
  if (/[|{}]/.test(text)) text = text.replace(/[|{}]/g, ' ');
  if (text.includes('(') || text.includes('[')) text = expandMarks(text);
  // A footnote glued to a value (`22,000(1)`) is two tokens.
  if (text.includes('(')) text = spaceMarks(text);
  // Plain OCR reads a superscript mark's bracket as ' or ! ("Stock'4)", "$225.87!7)").
  // A lone `!)` is the whole mark `(1)` run together; `?)` is a mark past reading.
  if (text.includes(')') && /['!?]/.test(text)) text = text.replace(/([A-Za-z0-9])['!](\d{1,2})\)/g, '$1 ($2) ').replace(/([A-Za-z0-9])!\)/g, '$1 (1) ').replace(/([A-Za-z0-9])\?\)/g, '$1 ');
  if (text.includes(')') && SCAN_DEBRIS.test(text)) text = cleanMarkDebris(text);
  const pieces = splitWhite(text);
  const out: Tok[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let original = pieces[i]!;
    // A price ending in a bracket with no opening one ends in the rest of a mark OCR lost.
    if (original.startsWith('$') && original.endsWith(')') && !original.includes('(')) original = original.slice(0, -1);
    // Stray marks (bullets, bars, quotes) that OCR sets beside values carry nothing.
    const p = isPlainEdged(original) ? original : stripEdges(original);
    // A piece of only punctuation (`-`, `&`) is a word of a title, nothing else.
    if (p === '') {
      // Brackets cut off a mark, bullets and commas are OCR debris; `-`, `&`, `/` are text.
      if (/[-&/+#]/.test(original)) out.push({ kind: 'word', raw: original, text: original });
      continue;
    }
    if (p.startsWith('$')) {
      let body = p.slice(1);
      let consumed = original;
      // `$2 .38`: the cents were cut off into the next piece.
      const next = pieces[i + 1];
      if (next !== undefined && /^\.\d+$/.test(next) && !body.includes('.')) {
        body += next;
        consumed += next;
        i++;
      }
      if (body === '' && next !== undefined && /^[\d,]*\.?\d+$/.test(next)) {
        body = next;
        consumed += next;
        i++;
      }
      const v = numberValue(body);
      if (v !== null) out.push({ kind: 'money', value: v.value, raw: p, text: consumed });
      else out.push({ kind: 'word', raw: p, text: consumed });
      continue;
    }
    const tok = classify(p, original);
    // A date OCR misread into no date (`92/01/2023`) is debris, not a word of a title.
    if (tok.kind === 'word' && isDigit(p.charCodeAt(0)) && /^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(p)) continue;
    // Words keep their punctuation (a title's comma), not the table rules OCR glued to them.
    if (tok.kind === 'word') out.push({ kind: 'word', raw: original, text: hasRuleEdge(original) ? original.replace(/^[[{]+|[\]}]+$/g, '') || original : original });
    else out.push(tok);
  }
  return out;
}

/**
 * What a scan makes of superscript marks: `@)`, `®)`, `¢3)`, `()`, `{e))`, `QQ)`, a digit glued to the
 * word before it (`L.P.2)`). A digit left in one is the mark's id; the rest is debris, taken off so
 * the value beside it comes out clean (an id past reading is lost, not guessed).
 */
const SCAN_DEBRIS = /[@®©¢]|\(\)|\(\?\)|[A-Za-z.,]\d{1,2}\)|[eQqGo]\)/;
function cleanMarkDebris(text: string): string {
  return text
    .replace(/\(\?\)/g, ' ')
    .replace(/([A-Za-z.,])(\d{1,2})[@®©¢]*\)/g, '$1 ($2) ')
    .replace(/[@®©¢]+\)?/g, ' ')
    .replace(/(^|\s)[({[]?[eQqGo]{0,2}(\d{0,2})[eQqGo]{0,2}[)}\]]+(?=\s|$)/g, (_, sp: string, d: string) => (d ? `${sp}(${d}) ` : `${sp} `));
}

/** `text.replace(/\((\d{1,2})\)/g, ' ($1) ')` by indexOf: a replace with a capture is slow. */
function spaceMarks(text: string): string {
  let out = '';
  let done = 0;
  let i = text.indexOf('(');
  while (i >= 0) {
    let j = i + 1;
    while (j < text.length && j - i - 1 < 2 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i + 1 && text.charCodeAt(j) === 41) {
      out += `${text.slice(done, i)} (${text.slice(i + 1, j)}) `;
      done = j + 1;
      i = text.indexOf('(', done);
    } else i = text.indexOf('(', i + 1);
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Whether a piece starts with `[`/`{` or ends with `]`/`}` (table rules glued to a word). */
function hasRuleEdge(s: string): boolean {
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a === 91 || a === 123 || z === 93 || z === 125;
}

/** White space as `\s` has it (ECMAScript WhiteSpace and LineTerminator). */
export function isWhite(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.split(/\s+/).filter((p) => p !== '')` in one pass without a regular expression: this runs
 * on every row and box of every document.
 */
function splitWhite(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (isWhite(text.charCodeAt(i))) {
      if (start >= 0) {
        out.push(text.slice(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(start === 0 ? text : text.slice(start));
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * `s.replace(/^[^\w$(.%-]+/u, '').replace(/[^\w)%.]+$/u, '')` by index: what may start a value
 * (a word character, `$`, `(`, `.`, `%`, `-`) and end one (a word character, `)`, `%`, `.`).
 * Surrogate pairs are in neither set, so stepping by code unit strips what the patterns strip.
 */
function stripEdges(s: string): string {
  let a = 0;
  let b = s.length;
  for (; a < b; a++) {
    const c = s.charCodeAt(a);
    if (isWordChar(c) || c === 36 || c === 40 || c === 46 || c === 37 || c === 45) break;
  }
  for (; b > a; b--) {
    const c = s.charCodeAt(b - 1);
    if (isWordChar(c) || c === 41 || c === 37 || c === 46) break;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Starts with a letter, digit or $ and ends with a letter, digit or ): nothing to strip. */
function isPlainEdged(s: string): boolean {
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  const alnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (alnum(a) || a === 36) && (alnum(z) || z === 41);
}

function classify(p: string, text: string): Tok {
  // A piece starting with a letter is no mark, date or number (each pattern below needs a digit,
  // a bracket or a point first): a letter or a word. Each pattern runs only where the character
  // it needs is there (a bracket at an end, a slash): this runs on every piece of every row.
  const c0 = p.charCodeAt(0);
  if ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) return p.length === 1 ? { kind: 'letter', letter: p, raw: p, text } : { kind: 'word', raw: p, text };
  if (c0 === 40 || p.charCodeAt(p.length - 1) === 41) {
    const m = /^\(?(\d{1,2})\)$/.exec(p) ?? /^\((\d{1,2})$/.exec(p);
    if (m) return { kind: 'fn', id: String(Number(m[1]!)), raw: p, text };
  }
  if (p.includes('/')) {
    let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(p);
    if (m) {
      const iso = isoDate(Number(m[3]), Number(m[1]), Number(m[2]));
      if (iso) return { kind: 'date', iso, raw: p, text };
    }
    m = /^(\d{1,2})\/(\d{1,2})\/?$/.exec(p);
    if (m) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { kind: 'monthDay', month, day, raw: p, text };
    }
  }
  const n = numberValue(p);
  if (n !== null) return { kind: 'num', value: n.value, raw: p, extra: n.extra, text };
  return { kind: 'word', raw: p, text };
}

/** Digits with optional thousands groups and decimals; a last group that runs long is split. */
export function numberValue(s: string): { value: number; extra: string | null } | null {
  if (!/^\d[\d,]*(\.\d+)?$/.test(s) && !/^\.\d+$/.test(s)) return null;
  // (indexOf and slice, not split: split is a runtime call, and this runs on every number.)
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? undefined : s.slice(dot + 1);
  let extra: string | null = null;
  let digits: string;
  let comma = intPart.indexOf(',');
  if (comma < 0) digits = intPart;
  else {
    digits = intPart.slice(0, comma);
    if (digits.length > 3 || digits === '') return null;
    for (;;) {
      const next = intPart.indexOf(',', comma + 1);
      const grp = next < 0 ? intPart.slice(comma + 1) : intPart.slice(comma + 1, next);
      if (grp.length === 3) digits += grp;
      else if (next < 0 && grp.length > 3 && grp.length <= 5 && frac === undefined) {
        extra = grp.slice(3);
        digits += grp.slice(0, 3);
      } else return null;
      if (next < 0) break;
      comma = next;
    }
  }
  const value = Number(frac !== undefined ? `${digits}.${frac}` : digits);
  return Number.isFinite(value) ? { value, extra } : null;
}

export function isoDate(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a piece is a plausible year that OCR split off a date. */
export function yearOf(t: Tok): number | null {
  if (t.kind !== 'num' || t.extra !== null || !/^\d{4}$/.test(t.raw)) return null;
  return t.value >= 1900 && t.value <= 2100 ? t.value : null;
}
