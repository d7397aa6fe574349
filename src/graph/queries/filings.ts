import type { GraphStore } from '../store';
import type { Row } from '../values';
import { pagesByParent, sliceParams, toPage, windowParams, type CountedPage, type Page, type PageWindow } from './page';
import { personOf, type PersonRecord } from './persons';
import type { FootnoteRecord } from './transactions';
import { bool, isoDate, num, reqStr, str } from './values';

export interface FilingRecord {
  key: string;
  formType: string;
  accessionNumber: string | null;
  periodOfReport: string | null;
  signatureDate: string | null;
  isAmendment: boolean;
  superseded: boolean;
  remarks: string | null;
  sourceFormat: string | null;
  issuerKey: string;
}

const FILING_FIELDS = `f.key AS key, f.formType AS formType, f.accessionNumber AS accessionNumber, f.period AS period,
       f.signatureDate AS signatureDate, f.isAmendment AS isAmendment, f.superseded AS superseded,
       f.remarks AS remarks, f.sourceFormat AS sourceFormat, i.key AS issuerKey`;

export const FILINGS_BY_KEYS = `
UNWIND $keys AS k
MATCH (f:Filing {key: k})-[:ABOUT]->(i:Issuer)
RETURN ${FILING_FIELDS}`;

/** A page of the reporting owners of each filing (by name, then key), for a page of filings at once. */
export const OWNERS_PAGES = `
UNWIND $keys AS k
MATCH (:Filing {key: k})<-[:FILED]-(p:Person)
WITH k, p
ORDER BY p.name, p.key
WITH k, collect({key: p.key, cik: p.cik, name: p.name}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

/**
 * A page of the footnotes the rows of each filing cite, by footnote number (F1, F2, ..., F10), for a
 * page of filings at once. Rows keep their footnotes as parallel id and text lists.
 */
export const FOOTNOTE_PAGES = `
UNWIND $keys AS k
MATCH (:Filing {key: k})-[:REPORTS]->(t)
UNWIND range(0, size(coalesce(t.footnoteIds, [])) - 1) AS n
WITH k, t.footnoteIds[n] AS id, t.footnotes[n] AS text
WITH k, id, head(collect(text)) AS text
ORDER BY toInteger(substring(id, 1)), id
WITH k, collect({id: id, text: text}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;

const FILTER = `($formType IS NULL OR f.formType = $formType)
  AND ($from IS NULL OR f.period >= date($from))
  AND ($to IS NULL OR f.period <= date($to))`;

/** Filings filtered, anchored where the filter allows (a person, an issuer, or all). */
const FILINGS_MATCH = {
  person: `
MATCH (:Person {key: $personKey})-[:FILED]->(f:Filing)-[:ABOUT]->(i:Issuer)
WHERE ($issuerKey IS NULL OR i.key = $issuerKey) AND ${FILTER}`,
  issuer: `
MATCH (i:Issuer {key: $issuerKey})<-[:ABOUT]-(f:Filing)
WHERE ${FILTER}`,
  all: `
MATCH (f:Filing)-[:ABOUT]->(i:Issuer)
WHERE ${FILTER}`,
} as const;

type Anchor = keyof typeof FILINGS_MATCH;

export const FILINGS: Record<Anchor, string> = {
  person: `${FILINGS_MATCH.person}\nRETURN ${FILING_FIELDS}\nORDER BY period DESC, key\nSKIP $skip LIMIT $limit`,
  issuer: `${FILINGS_MATCH.issuer}\nRETURN ${FILING_FIELDS}\nORDER BY period DESC, key\nSKIP $skip LIMIT $limit`,
  all: `${FILINGS_MATCH.all}\nRETURN ${FILING_FIELDS}\nORDER BY period DESC, key\nSKIP $skip LIMIT $limit`,
};

export const COUNT_FILINGS: Record<Anchor, string> = {
  person: `${FILINGS_MATCH.person}\nRETURN count(DISTINCT f) AS n`,
  issuer: `${FILINGS_MATCH.issuer}\nRETURN count(f) AS n`,
  all: `${FILINGS_MATCH.all}\nRETURN count(f) AS n`,
};

export function filingOf(r: Row): FilingRecord {
  return {
    key: reqStr(r, 'key'),
    formType: str(r.formType) ?? '',
    accessionNumber: str(r.accessionNumber),
    periodOfReport: isoDate(r.period),
    signatureDate: isoDate(r.signatureDate),
    isAmendment: bool(r.isAmendment) ?? false,
    superseded: bool(r.superseded) ?? false,
    remarks: str(r.remarks),
    sourceFormat: str(r.sourceFormat),
    issuerKey: reqStr(r, 'issuerKey'),
  };
}

export async function filingsByKeys(store: GraphStore, keys: readonly string[]): Promise<FilingRecord[]> {
  const rows = await store.executeRead((tx) => tx.run(FILINGS_BY_KEYS, { keys: [...keys] }));
  return rows.map(filingOf);
}

/** Filing keys are the accession number with a prefix (see the ingest's filingKey). */
export function filingKeyOfAccession(accession: string): string {
  return `acc:${accession}`;
}

export async function ownersPages(store: GraphStore, filingKeys: readonly string[], w: PageWindow): Promise<Map<string, CountedPage<PersonRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(OWNERS_PAGES, { keys: [...filingKeys], ...sliceParams(w) }));
  return pagesByParent(rows, w, personOf);
}

export async function footnotePages(store: GraphStore, filingKeys: readonly string[], w: PageWindow): Promise<Map<string, CountedPage<FootnoteRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(FOOTNOTE_PAGES, { keys: [...filingKeys], ...sliceParams(w) }));
  return pagesByParent(rows, w, (r) => ({ id: str(r.id) ?? '', text: str(r.text) ?? '' }));
}

export interface FilingFilter {
  issuerKey?: string | null;
  personKey?: string | null;
  formType?: string | null;
  from?: string | null;
  to?: string | null;
}

function filingParams(f: FilingFilter): { anchor: Anchor; params: Record<string, unknown> } {
  const anchor: Anchor = f.personKey ? 'person' : f.issuerKey ? 'issuer' : 'all';
  return {
    anchor,
    params: { personKey: f.personKey ?? null, issuerKey: f.issuerKey ?? null, formType: f.formType ?? null, from: f.from ?? null, to: f.to ?? null },
  };
}

export async function filings(store: GraphStore, f: FilingFilter, w: PageWindow): Promise<Page<FilingRecord>> {
  const { anchor, params } = filingParams(f);
  const rows = await store.executeRead((tx) => tx.run(FILINGS[anchor], { ...params, ...windowParams(w) }));
  return toPage(rows.map(filingOf), w);
}

export async function countFilings(store: GraphStore, f: FilingFilter): Promise<number> {
  const { anchor, params } = filingParams(f);
  const [row] = await store.executeRead((tx) => tx.run(COUNT_FILINGS[anchor], params));
  return num(row?.n) ?? 0;
}
