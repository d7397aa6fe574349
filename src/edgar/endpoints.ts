import type { EdgarConfig } from './config';

/** EDGAR's addresses, each in one place; the two hosts come from the configuration. */

export const padCik = (cik: string | number): string => String(cik).replace(/^0+(?=\d)/, '').padStart(10, '0');
const bareCik = (cik: string): string => String(Number(cik));
const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

export const companyTickersUrl = (c: EdgarConfig): string => `${c.edgarUrl}/files/company_tickers.json`;

export const submissionsUrl = (c: EdgarConfig, cik: string): string => `${c.dataUrl}/submissions/CIK${padCik(cik)}.json`;

/** An older page named in a submissions file's `filings.files`. */
export const submissionsPageUrl = (c: EdgarConfig, name: string): string => `${c.dataUrl}/submissions/${encodeURIComponent(name)}`;

/** The quarter's form index (every filing of the quarter, sorted by form type). */
export function quarterlyIndexUrl(c: EdgarConfig, year: number, quarter: number): string {
  return `${c.edgarUrl}/Archives/edgar/full-index/${year}/QTR${quarter}/form.idx`;
}

/** One day's form index (YYYY-MM-DD); EDGAR has none for weekends and holidays (404). */
export function dailyIndexUrl(c: EdgarConfig, date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${c.edgarUrl}/Archives/edgar/daily-index/${y}/QTR${quarterOf(m)}/form.${date.replace(/-/g, '')}.idx`;
}

/** The full submission text of one filing, under any of its filers' CIKs. */
export function submissionTextUrl(c: EdgarConfig, cik: string, accession: string): string {
  return `${c.edgarUrl}/Archives/edgar/data/${bareCik(cik)}/${accession.replace(/-/g, '')}/${accession}.txt`;
}

/** The latest-filings feed (Atom) of one form type, newest first. */
export function latestFilingsUrl(c: EdgarConfig, form: string, count = 100): string {
  const q = new URLSearchParams({ action: 'getcurrent', type: form, company: '', dateb: '', owner: 'include', start: '0', count: String(count), output: 'atom' });
  return `${c.edgarUrl}/cgi-bin/browse-edgar?${q.toString()}`;
}

export { quarterOf };
