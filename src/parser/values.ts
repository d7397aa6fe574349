/**
 * Normalisers from the text a filing gives to the canonical value. Each returns null for an empty
 * or absent value (the contract: never 0 or "" for "not given") and for a value it cannot read.
 */

/** What JavaScript's \s (and String.prototype.trim) counts as white space. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What needsFolding's loop finds, as one pattern (\s is exactly isSpace's set). */
const FOLDABLE = /\s\s|[\t\n\v\f\r\u00a0]/;

/** Longer than this, native searches beat the loop (footnotes run to hundreds of characters). */
const LOOP_MAX = 32;

/** The white space needsFolding looks for in an ASCII text: a run, or any but the plain space. */
const ASCII_FOLDABLE = ['\n', '  ', '\t', '\r', '\v', '\f'];

/**
 * Whether to fold: a run of two white-space characters, or a tab, line end, form feed, vertical tab
 * or no-break space (other lone spaces, such as U+2003, stay as they are, as they always have). On
 * the short values filings mostly hold, a loop costs less than a regular expression call.
 */
function needsFolding(s: string): boolean {
  if (s.length > LOOP_MAX) {
    // In an ASCII text (every filing's), a few native searches; otherwise the pattern.
    if (Buffer.byteLength(s, 'utf8') !== s.length) return FOLDABLE.test(s);
    for (const w of ASCII_FOLDABLE) if (s.includes(w)) return true;
    return false;
  }
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (previousSpace || c < 0x20 || c === 0xa0) return true;
      previousSpace = true;
    } else previousSpace = false;
  }
  return false;
}

/** Trim and collapse runs of white space; empty becomes null. */
export function text(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const trimmed = raw.trim();
  // Most values are already clean; the replace is only worth its cost when there is a run to fold.
  const t = needsFolding(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return t === '' ? null : t;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Only ASCII digits, at least one (what \d+ matches). */
function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) if (!isDigit(t.charCodeAt(i))) return false;
  return true;
}

/** Ten digits, zero-padded, as EDGAR writes a CIK. */
export function cik(raw: string | null | undefined): string | null {
  const t = text(raw);
  return t === null ? null : cikOfText(t);
}

/**
 * The `...OfText` readers take what text() gave (trimmed, folded, not empty) and do not normalise
 * it again; text() of its own output is that output, so each gives what its raw version gives.
 */
export function cikOfText(t: string): string | null {
  return t.length > 10 || !isDigits(t) ? null : t.padStart(10, '0');
}

/**
 * YYYY-MM-DD. EDGAR sometimes appends a zone ("2011-06-13-05:00") or a time; older and hand-made
 * files use MM/DD/YYYY or YYYYMMDD.
 */
export function date(raw: string | null | undefined): string | null {
  const t = text(raw);
  return t === null ? null : dateOfText(t);
}

export function dateOfText(t: string): string | null {
  if (startsWithIsoDate(t)) {
    // What nearly every filing gives: YYYY-MM-DD, maybe followed by a zone, read without a pattern.
    if (!isValidDate(digitsAt(t, 0, 4), digitsAt(t, 5, 2), digitsAt(t, 8, 2))) return null;
    return t.length === 10 ? t : t.slice(0, 10);
  }
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return validDate(m[3]!, m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return validDate(m[1]!, m[2]!, m[3]!);
  return null;
}

/** Whether `t` starts with what /^\d{4}-\d{2}-\d{2}/ matches. */
function startsWithIsoDate(t: string): boolean {
  if (t.length < 10 || t.charCodeAt(4) !== 0x2d || t.charCodeAt(7) !== 0x2d) return false;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(t.charCodeAt(i))) return false;
  return true;
}

/** The number the ASCII digits t[from, from + n) write. */
function digitsAt(t: string, from: number, n: number): number {
  let value = 0;
  for (let i = from; i < from + n; i++) value = value * 10 + (t.charCodeAt(i) - 0x30);
  return value;
}

function validDate(y: string, mo: string, d: string): string | null {
  return isValidDate(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Arithmetic rather than a Date object per value; Date.UTC reads years 0-99 as 1900-1999, and
  // so does this, to keep every answer as it was.
  const gregorian = year <= 99 ? year + 1900 : year;
  const leap = gregorian % 4 === 0 && (gregorian % 100 !== 0 || gregorian % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= daysInMonth;
}

/** A decimal number; thousands separators and a leading $ are tolerated. */
export function number(raw: string | null | undefined): number | null {
  const t = text(raw);
  return t === null ? null : numberOfText(t);
}

export function numberOfText(t: string): number | null {
  if (isPlainDecimal(t)) {
    // The usual value ("15000", "2.9900"): the patterns below would take it unchanged.
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  const cleaned = t.replace(/[$,\s]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** An optional sign, then ASCII digits with at most one point among them, at least one digit. */
function isPlainDecimal(t: string): boolean {
  const first = t.charCodeAt(0);
  let digits = 0;
  let points = 0;
  for (let i = first === 0x2d || first === 0x2b ? 1 : 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c !== 0x2e || ++points > 1) return false;
  }
  return digits > 0;
}

/** 0/1/true/false (any case, also Y/N); anything else is not a boolean. */
export function bool(raw: string | null | undefined): boolean | null {
  const t = text(raw);
  return t === null ? null : boolOfText(t);
}

export function boolOfText(t: string): boolean | null {
  switch (t.toLowerCase()) {
    case '1': case 'true': case 'y': case 'yes': return true;
    case '0': case 'false': case 'n': case 'no': return false;
    default: return null;
  }
}
