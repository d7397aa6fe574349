import { dateOfText } from '../parser/values';

const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

/** The data sets write dates as DD-MON-YYYY (31-MAR-2025); ISO dates are taken too. Null when unreadable. */
export function datasetDateOfText(t: string): string | null {
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(t);
  if (!m) return dateOfText(t);
  const month = MONTHS[m[2]!.toUpperCase()];
  return month ? dateOfText(`${m[3]}-${month}-${m[1]!.padStart(2, '0')}`) : null;
}

/** A _FN column: footnote ids, comma separated (F1,F3). */
export function footnoteIdsOf(t: string | null): string[] {
  if (!t) return [];
  return t.split(/[\s,;]+/).filter((id) => /^F\d+$/.test(id));
}
