/**
 * When a Form 4 is due: before the end of the second business day after the day the transaction was
 * executed (Exchange Act Rule 16a-3(g)(1)), or after the deemed execution date where the row gives
 * one (16a-3(g)(2), (3): 10b5-1 plans and discretionary transactions). Business days are weekdays
 * other than the federal holidays (5 U.S.C. 6103, with the Saturday/Sunday observance rule), which
 * is when EDGAR accepts filings as of that day.
 */

const DAY_MS = 86_400_000;

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);
}

/** The nth (1-based; -1 the last) given weekday (0 Sunday) of a month (0 January), as ISO. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return isoOf(new Date(Date.UTC(year, month, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7)));
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return isoOf(new Date(Date.UTC(year, month, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7))));
}

/** A fixed-date holiday on the weekday it is observed: Saturday's on Friday, Sunday's on Monday. */
function observed(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month, day));
  const shift = d.getUTCDay() === 6 ? -1 : d.getUTCDay() === 0 ? 1 : 0;
  return isoOf(new Date(d.getTime() + shift * DAY_MS));
}

const holidayCache = new Map<number, Set<string>>();

function federalHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set([
      observed(year, 0, 1),
      nthWeekday(year, 0, 1, 3), // Martin Luther King Jr. Day
      nthWeekday(year, 1, 1, 3), // Washington's Birthday
      nthWeekday(year, 4, 1, -1), // Memorial Day
      ...(year >= 2021 ? [observed(year, 5, 19)] : []), // Juneteenth
      observed(year, 6, 4),
      nthWeekday(year, 8, 1, 1), // Labor Day
      nthWeekday(year, 9, 1, 2), // Columbus Day
      observed(year, 10, 11),
      nthWeekday(year, 10, 4, 4), // Thanksgiving
      observed(year, 11, 25),
      observed(year + 1, 0, 1), // a New Year's Day observed on 31 December
    ]);
    holidayCache.set(year, set);
  }
  return set;
}

export function isBusinessDay(iso: string): boolean {
  const d = utc(iso);
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !federalHolidays(d.getUTCFullYear()).has(iso);
}

/** The business day `n` business days after `iso`. */
export function addBusinessDays(iso: string, n: number): string {
  let d = utc(iso);
  for (let left = n; left > 0; ) {
    d = new Date(d.getTime() + DAY_MS);
    if (isBusinessDay(isoOf(d))) left--;
  }
  return isoOf(d);
}

/** The last day a Form 4 reporting a transaction executed (or deemed executed) on `executed` is on time. */
export function form4DueDate(executed: string): string {
  return addBusinessDays(executed, 2);
}

/** Gifts (G) had to be reported within two business days only from this day on (SEC Release 33-11138). */
const GIFTS_DUE_IN_TWO_DAYS_FROM = '2023-02-27';

/** Codes a Form 5 may defer, so on a Form 4 they are early, never late: small acquisitions, wills. */
const DEFERRABLE_CODES = new Set(['L', 'W', 'V']);

/**
 * Whether a Form 4 transaction row was filed late: the filer's own timeliness mark first (L late,
 * E early), then the deadline from the deemed execution date where given, else the transaction
 * date. A transaction Form 5 may defer (DEFERRABLE_CODES, and gifts before 2023-02-27) is not late.
 */
export function isLateForm4Row(
  filed: string,
  r: { transactionDate?: string | null; deemedExecutionDate?: string | null; transactionCode?: string | null; transactionTimeliness?: 'E' | 'L' | null },
): boolean | null {
  if (r.transactionTimeliness === 'L') return true;
  if (r.transactionTimeliness === 'E') return false;
  const executed = r.deemedExecutionDate ?? r.transactionDate;
  if (!executed) return null;
  const code = r.transactionCode ?? '';
  if (DEFERRABLE_CODES.has(code) || (code === 'G' && executed < GIFTS_DUE_IN_TWO_DAYS_FROM)) return false;
  return filed > form4DueDate(executed);
}
