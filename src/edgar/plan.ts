import { companyTickersUrl, dailyIndexUrl, padCik, quarterOf, quarterlyIndexUrl, submissionsPageUrl, submissionsUrl } from './endpoints';
import { EdgarError } from './errors';
import type { EdgarHttpClient } from './http-client';
import { parseCompanyTickers, parseFormIndex, parseSubmissions, type ListedFiling } from './listings';
import { inRange, wantedForms, type Selection } from './selection';

/** A selection EDGAR cannot answer (an unknown ticker, nothing to select by). */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

/** Ranges up to this many days are read from the daily indexes; longer ones from the quarterly ones. */
const DAILY_INDEX_MAX_DAYS = 31;

/**
 * The filings a selection names, each once (by accession), oldest first. Companies and people are
 * listed through the submissions API, date ranges through the form indexes; both are then filtered
 * by form and date.
 */
export async function planFetch(client: EdgarHttpClient, sel: Selection, log: (line: string) => void = () => undefined): Promise<ListedFiling[]> {
  const forms = wantedForms(sel);
  const listed: ListedFiling[] = [];
  const ciks = sel.ciks.map((c) => {
    if (!/^\d{1,10}$/.test(c.trim())) throw new PlanError(`not a CIK: ${c}`);
    return padCik(c.trim());
  });
  if (sel.tickers.length > 0) ciks.push(...(await tickerCiks(client, sel.tickers)));
  if (ciks.length > 0) {
    for (const cik of new Set(ciks)) listed.push(...(await listCik(client, cik, sel, log)));
  } else if (sel.from || sel.to) {
    listed.push(...(await listIndexes(client, sel, log)));
  } else {
    throw new PlanError('choose the filings: --cik, --ticker, or a date range with --from and --to');
  }
  const seen = new Set<string>();
  const out: ListedFiling[] = [];
  for (const f of listed) {
    if (!forms.has(f.form) || !inRange(f.filingDate, sel) || seen.has(f.accession)) continue;
    seen.add(f.accession);
    out.push(f);
  }
  return out.sort((a, b) => (a.filingDate ?? '').localeCompare(b.filingDate ?? '') || a.accession.localeCompare(b.accession));
}

async function tickerCiks(client: EdgarHttpClient, tickers: string[]): Promise<string[]> {
  const map = parseCompanyTickers((await client.get(companyTickersUrl(client.config))).body);
  return tickers.map((t) => {
    const cik = map.get(t.trim().toUpperCase());
    if (!cik) throw new PlanError(`ticker ${t} is not in EDGAR's company-tickers file`);
    return cik;
  });
}

async function listCik(client: EdgarHttpClient, cik: string, sel: Selection, log: (line: string) => void): Promise<ListedFiling[]> {
  const url = submissionsUrl(client.config, cik);
  let first;
  try {
    first = parseSubmissions((await client.get(url)).body, cik, url);
  } catch (e) {
    if (e instanceof EdgarError && e.status === 404) throw new PlanError(`CIK ${cik} is not known to EDGAR (${url}: 404)`);
    throw e;
  }
  const out = [...first.filings];
  for (const page of first.olderPages) {
    const pageUrl = submissionsPageUrl(client.config, page);
    const older = parseSubmissions((await client.get(pageUrl)).body, cik, pageUrl);
    out.push(...older.filings);
    // Pages run newest to oldest: once one ends before the range, the rest do too.
    const newest = older.filings.reduce<string | null>((m, f) => (f.filingDate && (!m || f.filingDate > m) ? f.filingDate : m), null);
    if (sel.from && newest && newest < sel.from) break;
  }
  log(`CIK ${cik}: ${out.length} filings listed`);
  return out;
}

async function listIndexes(client: EdgarHttpClient, sel: Selection, log: (line: string) => void): Promise<ListedFiling[]> {
  const to = sel.to ?? new Date().toISOString().slice(0, 10);
  const from = sel.from ?? to;
  if (from > to) throw new PlanError(`--from ${from} is after --to ${to}`);
  const out: ListedFiling[] = [];
  if (daysBetween(from, to) < DAILY_INDEX_MAX_DAYS) {
    for (const day of weekdays(from, to)) {
      const url = dailyIndexUrl(client.config, day);
      try {
        out.push(...parseFormIndex((await client.get(url)).body, url));
      } catch (e) {
        // No index on a market holiday: nothing was filed that day.
        if (e instanceof EdgarError && e.status === 404) continue;
        throw e;
      }
    }
  } else {
    for (const [year, quarter] of quarters(from, to)) {
      const url = quarterlyIndexUrl(client.config, year, quarter);
      out.push(...parseFormIndex((await client.get(url)).body, url));
      log(`index ${year} Q${quarter} read`);
    }
  }
  return out;
}

const dayMs = 86_400_000;
const daysBetween = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs;

function* weekdays(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += dayMs) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) yield d.toISOString().slice(0, 10);
  }
}

function* quarters(from: string, to: string): Generator<[number, number]> {
  let y = Number(from.slice(0, 4));
  let q = quarterOf(Number(from.slice(5, 7)));
  const endY = Number(to.slice(0, 4));
  const endQ = quarterOf(Number(to.slice(5, 7)));
  while (y < endY || (y === endY && q <= endQ)) {
    yield [y, q];
    if (++q > 4) {
      q = 1;
      y++;
    }
  }
}
