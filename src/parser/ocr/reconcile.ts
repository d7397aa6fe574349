import type { Footnote, ParseWarning } from '../model';
import { isoDate } from './tokens';
import type { ReadRow } from './rows';

/**
 * Repairs that need the whole form: a year from the earliest-transaction date, a code from a
 * footnote, the holdings arithmetic. Each repair is a note on the row, later a warning with its path.
 */

/** A date printed without its year takes it from the earliest-transaction date (box 3). */
export function fillYears(rows: ReadRow[], period: string | null): void {
  for (const row of rows) {
    if (row.date !== null || row.monthDay === null) continue;
    if (period === null) {
      row.notes.push({ field: 'transactionDate', message: 'date printed without its year and no earliest-transaction date to take it from; read as null' });
      continue;
    }
    let year = Number(period.slice(0, 4));
    let iso = isoDate(year, row.monthDay.month, row.monthDay.day);
    // No transaction predates the earliest one; a month/day before it belongs to the next year.
    if (iso !== null && iso < period) {
      year++;
      iso = isoDate(year, row.monthDay.month, row.monthDay.day);
    }
    row.date = iso;
    row.notes.push({ field: 'transactionDate', message: `date printed without its year; year ${year} taken from the date of earliest transaction` });
  }
}

/** What the footnotes can tell of a missing code: withholding for tax is F, a gift G. */
const CODE_CLUES: { code: string; words: RegExp; meaning: string }[] = [
  { code: 'F', words: /\b(tax|withh[eo]ld)/i, meaning: 'payment of tax by delivering or withholding securities' },
  { code: 'G', words: /\bgift/i, meaning: 'a gift' },
];

export function inferCodes(rows: ReadRow[], footnotes: readonly Footnote[]): void {
  for (const row of rows) {
    if (row.code !== null || (row.date === null && row.monthDay === null)) continue;
    // An exercise or conversion shows in both tables: the derivative disposed of and the shares
    // acquired, on the same day and in the same amount. The partner's code, else M, is this one's.
    const partner = rows.find(
      (o) => o !== row && o.table !== row.table && o.date === row.date && o.amount !== null && o.amount === row.amount && (row.table === 'I' ? row.ad !== 'D' : o.ad !== 'D'),
    );
    if (partner && row.date !== null) {
      row.code = partner.code ?? 'M';
      row.notes.push({ field: 'transactionCode', message: `no transaction code read; ${row.code} because the other table has the matching exercise or conversion (same date and amount)` });
      continue;
    }
    const texts = row.fns.map((id) => footnotes.find((f) => f.id === id)?.text ?? '');
    const clue = CODE_CLUES.find((c) => texts.some((t) => c.words.test(t)));
    // Withholding and gifts dispose of shares; a clue contradicted by the A/D column is no clue.
    if (clue && row.ad !== 'A') {
      row.code = clue.code;
      row.notes.push({ field: 'transactionCode', message: `no transaction code on the form; inferred ${clue.code} because the row's footnote describes ${clue.meaning}` });
    } else {
      row.notes.push({ field: 'transactionCode', message: 'no transaction code could be read and the form does not say enough to infer one' });
    }
  }
}

/** Which way a code usually moves the securities of its table, when A/D itself is unreadable. */
function usualDirection(code: string, derivative: boolean): 'A' | 'D' | null {
  if ('PAIZ'.includes(code) || (!derivative && 'MXCEHOWL'.includes(code))) return 'A';
  if ('SFGDU'.includes(code) || (derivative && 'MXCEHO'.includes(code))) return 'D';
  return null;
}

/**
 * In a run of rows on one security and ownership form, each holding after equals the one before
 * plus or minus the row's amount. Where OCR left two readings (a glued digit), the sum chooses;
 * a missing A/D follows from it; what still does not add up is reported, not changed.
 */
export function checkArithmetic(rows: ReadRow[]): void {
  const last = new Map<string, ReadRow>();
  for (const row of rows) {
    if (row.date === null && row.monthDay === null) continue;
    // A derivative's run is one grant: same title, price and dates, not just the same title.
    const key = `${row.table}|${row.title.toLowerCase()}|${row.di ?? ''}|${row.conv ?? ''}|${row.exDate ?? ''}|${row.expDate ?? ''}`;
    const prev = last.get(key);
    last.set(key, row);
    if (row.ad === null && row.code !== null) {
      // The code says more than a sum over rows that may be different lots: the sum decides
      // only for codes that go either way (J, K...).
      const usual = usualDirection(row.code, row.table === 'II');
      const fromSum = usual === null && prev ? directionFromSum(prev.owned, row.owned, row.amount) : null;
      row.ad = usual ?? fromSum;
      if (row.ad !== null) {
        row.notes.push({
          field: 'acquiredDisposedCode',
          message: fromSum ? `(A)/(D) not read; ${row.ad} follows from the holdings before and after` : `(A)/(D) not read; ${row.ad} taken as usual for code ${row.code}`,
        });
      }
    }
    if (row.amount === null && prev && prev.owned !== null && row.owned !== null && row.ad !== null) {
      // An amount OCR lost is the difference of the holdings around it, when they move its way.
      const diff = row.ad === 'A' ? row.owned - prev.owned : prev.owned - row.owned;
      if (diff > 0) {
        row.amount = Math.round(diff * 1e6) / 1e6;
        row.notes.push({ field: 'shares', message: `amount not read; ${row.amount} is the difference of the holdings before and after` });
      }
    }
    if (!prev || prev.owned === null || row.owned === null || row.amount === null || row.ad === null) continue;
    const sign = row.ad === 'A' ? 1 : -1;
    const adds = (before: number, amount: number, after: number): boolean => Math.abs(before + sign * amount - after) < 0.005;
    if (adds(prev.owned, row.amount, row.owned)) {
      // The primary reading adds up; a glued digit was indeed a mark.
      continue;
    }
    const options: [number, number, number, string][] = [];
    if (row.amountAlt !== null) options.push([prev.owned, row.amountAlt, row.owned, 'shares']);
    if (row.ownedAlt !== null) options.push([prev.owned, row.amount, row.ownedAlt, 'sharesOwnedFollowingTransaction']);
    if (prev.ownedAlt !== null) options.push([prev.ownedAlt, row.amount, row.owned, 'prev']);
    const fix = options.find(([b, a, f]) => adds(b, a, f));
    // An amount or holding read in part ("5,890" as "890": a mark or a stray character beside the
    // number took its first digits) is what the sum needs when its digits end that sum's.
    const need = sign > 0 ? row.owned - prev.owned : prev.owned - row.owned;
    if (!fix && endsWithDigits(need, row.amount)) {
      row.notes.push({ field: 'shares', message: `read as ${row.amount}; ${need} (its digits ending the same) is what adds up with the holdings before and after` });
      row.amount = need;
      continue;
    }
    const after = prev.owned + sign * row.amount;
    if (!fix && endsWithDigits(after, row.owned)) {
      row.notes.push({ field: 'sharesOwnedFollowingTransaction', message: `read as ${row.owned}; ${after} (its digits ending the same) is what the holding before and the amount add up to` });
      row.owned = after;
      continue;
    }
    if (fix) {
      if (fix[3] === 'shares') { row.notes.push({ field: 'shares', message: `read as ${row.amountAlt} (the glued digit is part of the number): only that adds up with the holdings` }); row.amount = row.amountAlt; }
      else if (fix[3] === 'sharesOwnedFollowingTransaction') { row.notes.push({ field: 'sharesOwnedFollowingTransaction', message: `read as ${row.ownedAlt}: only that adds up with the holdings` }); row.owned = row.ownedAlt; }
      else { prev.notes.push({ field: 'sharesOwnedFollowingTransaction', message: `read as ${prev.ownedAlt}: only that adds up with the next row` }); prev.owned = prev.ownedAlt; }
      continue;
    }
    row.notes.push({
      field: 'sharesOwnedFollowingTransaction',
      message: `holdings do not add up: ${prev.owned} ${sign > 0 ? '+' : '-'} ${row.amount} is not ${row.owned}`,
    });
  }
}

/** Whether `part` is `full` with its first digits lost (both whole numbers, `full` the longer). */
function endsWithDigits(full: number, part: number): boolean {
  if (!Number.isInteger(full) || !Number.isInteger(part) || full <= 0 || part < 0) return false;
  const f = String(full);
  const p = String(part);
  return f.length > p.length && f.endsWith(p);
}

function directionFromSum(before: number | null, after: number | null, amount: number | null): 'A' | 'D' | null {
  if (before === null || after === null || amount === null) return null;
  if (Math.abs(before + amount - after) < 0.005) return 'A';
  if (Math.abs(before - amount - after) < 0.005) return 'D';
  return null;
}

export function notesToWarnings(row: ReadRow, path: string, warnings: ParseWarning[]): void {
  for (const n of row.notes) warnings.push({ path: `${path}.${n.field}`, message: n.message });
}
