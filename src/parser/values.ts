/**
 * Normalisers from the text a filing gives to the canonical value. Each returns null for an empty
 * or absent value (the contract: never 0 or "" for "not given") and for a value it cannot read.
 */

/** What JavaScript's \s (and String.prototype.trim) counts as white space. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether to fold: a run of two white-space characters, or a tab, line end, form feed, vertical tab
 * or no-break space (other lone spaces, such as U+2003, stay as they are, as they always have). A loop here costs less than a regular expression call on the short values filings hold.
 */
function needsFolding(s: string): boolean {
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

/** Ten digits, zero-padded, as EDGAR writes a CIK. */
export function cik(raw: string | null | undefined): string | null {
  const t = text(raw);
  if (t === null || !/^\d{1,10}$/.test(t)) return null;
  return t.padStart(10, '0');
}

/**
 * YYYY-MM-DD. EDGAR sometimes appends a zone ("2011-06-13-05:00") or a time; older and hand-made
 * files use MM/DD/YYYY or YYYYMMDD.
 */
export function date(raw: string | null | undefined): string | null {
  const t = text(raw);
  if (t === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return validDate(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return validDate(m[3]!, m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return validDate(m[1]!, m[2]!, m[3]!);
  return null;
}

function validDate(y: string, mo: string, d: string): string | null {
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  // Arithmetic rather than a Date object per value; Date.UTC reads years 0-99 as 1900-1999, and
  // so does this, to keep every answer as it was.
  const year = Number(y);
  const gregorian = year <= 99 ? year + 1900 : year;
  const leap = gregorian % 4 === 0 && (gregorian % 100 !== 0 || gregorian % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day > daysInMonth ? null : `${y}-${mo}-${d}`;
}

/** A decimal number; thousands separators and a leading $ are tolerated. */
export function number(raw: string | null | undefined): number | null {
  const t = text(raw);
  if (t === null) return null;
  const cleaned = t.replace(/[$,\s]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** 0/1/true/false (any case, also Y/N); anything else is not a boolean. */
export function bool(raw: string | null | undefined): boolean | null {
  const t = text(raw);
  if (t === null) return null;
  switch (t.toLowerCase()) {
    case '1': case 'true': case 'y': case 'yes': return true;
    case '0': case 'false': case 'n': case 'no': return false;
    default: return null;
  }
}
