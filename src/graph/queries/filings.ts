import type { GraphStore } from '../store';
import type { Row } from '../values';
import { countsByParent, pagesByParent, pagesOfRows, perParentStatement, sliceParams, toPage, windowParams, type CountedPage, type Page, type PageWindow, oneOrMany } from './page';
import { personOf, type PersonRecord } from './persons';
import type { FootnoteRecord } from './transactions';
import { bool, isoDate, num, reqStr, str, strList } from './values';

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
  issuerCik: string | null;
  /** EDGAR's filing date, where the source gave one (a submission header). */
  filingDate: string | null;
  /** EDGAR's acceptance time as given: Eastern time, no zone. */
  acceptedAt: string | null;
  aff10b5One: boolean | null;
}

const FILING_FIELDS = `f.key AS key, f.formType AS formType, f.accessionNumber AS accessionNumber, f.period AS period,
       f.signatureDate AS signatureDate, f.isAmendment AS isAmendment, f.superseded AS superseded,
       f.remarks AS remarks, f.sourceFormat AS sourceFormat, i.key AS issuerKey, i.cik AS issuerCik,
       f.filingDate AS filingDate, f.acceptedAt AS acceptedAt, f.aff10b5One AS aff10b5One`;
const FILING_COLUMNS = [
  'key', 'formType', 'accessionNumber', 'period', 'signatureDate', 'isAmendment', 'superseded', 'remarks', 'sourceFormat', 'issuerKey',
  'issuerCik', 'filingDate', 'acceptedAt', 'aff10b5One',
] as const;

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

/** The filings of one person or issuer, named by the key expression given. */
const FILINGS_OF: Record<ListAnchor, (key: string) => string> = {
  person: (key) => `MATCH (:Person {key: ${key}})-[:FILED]->(f:Filing)-[:ABOUT]->(i:Issuer)`,
  issuer: (key) => `MATCH (i:Issuer {key: ${key}})<-[:ABOUT]-(f:Filing)`,
};

/** Filings filtered, anchored where the filter allows (a person, an issuer, or all). */
const FILINGS_MATCH = {
  person: `
${FILINGS_OF.person('$personKey')}
WHERE ($issuerKey IS NULL OR i.key = $issuerKey) AND ${FILTER}`,
  issuer: `
${FILINGS_OF.issuer('$issuerKey')}
WHERE ${FILTER}`,
  all: `
MATCH (f:Filing)-[:ABOUT]->(i:Issuer)
WHERE ${FILTER}`,
} as const;

type Anchor = keyof typeof FILINGS_MATCH;

const FILINGS_PAGE = `RETURN ${FILING_FIELDS}\nORDER BY period DESC, key\nSKIP $skip LIMIT $limit`;

export const FILINGS: Record<Anchor, string> = {
  person: `${FILINGS_MATCH.person}\n${FILINGS_PAGE}`,
  issuer: `${FILINGS_MATCH.issuer}\n${FILINGS_PAGE}`,
  all: `${FILINGS_MATCH.all}\n${FILINGS_PAGE}`,
};

/** The lists of a node: Person.filings, Issuer.filings (no filter). */
export type ListAnchor = 'person' | 'issuer';

/**
 * A person's or issuer's filings without a filter: on Grafeo the "$x IS NULL OR ..." conjuncts cost
 * a person's page ~20% (390 against 501 us of CPU, 2,000 people of the 250,000-transaction graph).
 */
export const FILINGS_UNFILTERED: Record<ListAnchor, string> = {
  person: `\n${FILINGS_OF.person('$personKey')}\n${FILINGS_PAGE}`,
  issuer: `\n${FILINGS_OF.issuer('$issuerKey')}\n${FILINGS_PAGE}`,
};

/** A page of the filings of each of many people or issuers, in the order of FILINGS. */
export const FILING_PAGES: Record<ListAnchor, string> = {
  person: perParentStatement(`\n${FILINGS_OF.person('k')}\n${FILINGS_PAGE}`, FILING_COLUMNS),
  issuer: perParentStatement(`\n${FILINGS_OF.issuer('k')}\n${FILINGS_PAGE}`, FILING_COLUMNS),
};

/** How many filings each of many people or issuers has (counted as COUNT_FILINGS does). */
export const COUNT_FILING_PAGES: Record<ListAnchor, string> = {
  person: `\nUNWIND $keys AS k\n${FILINGS_OF.person('k')}\nRETURN k AS parent, count(DISTINCT f) AS n`,
  issuer: `\nUNWIND $keys AS k\n${FILINGS_OF.issuer('k')}\nRETURN k AS parent, count(f) AS n`,
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
    issuerCik: str(r.issuerCik),
    filingDate: isoDate(r.filingDate),
    acceptedAt: str(r.acceptedAt),
    aff10b5One: bool(r.aff10b5One),
  };
}

/**
 * Amendment links of a page of filings, both ways: what each amends, and what amends it (latest
 * signed last). Keys only: the filings themselves come through the filing loader.
 */
export const AMENDMENT_LINKS = `
UNWIND $keys AS k
MATCH (f:Filing {key: k})
OPTIONAL MATCH (f)-[:AMENDS]->(o:Filing)
WITH k, f, collect(o.key) AS amends
OPTIONAL MATCH (a:Filing)-[:AMENDS]->(f)
WITH k, amends, a ORDER BY a.signatureDate, a.key
RETURN k AS key, amends, collect(a.key) AS amendedBy`;

export interface AmendmentLinks {
  amends: string[];
  amendedBy: string[];
}

export async function amendmentLinks(store: GraphStore, keys: readonly string[]): Promise<Map<string, AmendmentLinks>> {
  const rows = await store.executeRead((tx) => tx.run(AMENDMENT_LINKS, { keys: [...keys] }));
  return new Map(rows.map((r) => [reqStr(r, 'key'), { amends: strList(r.amends).sort(), amendedBy: strList(r.amendedBy) }]));
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

function filingParams(f: FilingFilter): { anchor: Anchor; filtered: boolean; params: Record<string, unknown> } {
  const anchor: Anchor = f.personKey ? 'person' : f.issuerKey ? 'issuer' : 'all';
  // The issuer is a filter only when the person anchors the pattern.
  const filtered = Boolean(f.formType || f.from || f.to || (anchor === 'person' && f.issuerKey));
  return {
    anchor,
    filtered,
    params: { personKey: f.personKey ?? null, issuerKey: f.issuerKey ?? null, formType: f.formType ?? null, from: f.from ?? null, to: f.to ?? null },
  };
}

export async function filings(store: GraphStore, f: FilingFilter, w: PageWindow): Promise<Page<FilingRecord>> {
  const { anchor, filtered, params } = filingParams(f);
  const statement = !filtered && anchor !== 'all' ? FILINGS_UNFILTERED[anchor] : FILINGS[anchor];
  const rows = await store.executeRead((tx) => tx.run(statement, { ...params, ...windowParams(w) }));
  return toPage(rows.map(filingOf), w);
}

export async function countFilings(store: GraphStore, f: FilingFilter): Promise<number> {
  const { anchor, params } = filingParams(f);
  const [row] = await store.executeRead((tx) => tx.run(COUNT_FILINGS[anchor], params));
  return num(row?.n) ?? 0;
}

const anchorFilter = (anchor: ListAnchor, key: string): FilingFilter => (anchor === 'person' ? { personKey: key } : { issuerKey: key });

/** A page of the filings of each of these people or issuers: one parent's by the flat statement, several in one. */
export function filingPages(store: GraphStore, anchor: ListAnchor, keys: readonly string[], w: PageWindow): Promise<Map<string, Page<FilingRecord>>> {
  return oneOrMany(
    keys,
    (key) => filings(store, anchorFilter(anchor, key), w),
    async (many) => pagesOfRows(await store.executeRead((tx) => tx.run(FILING_PAGES[anchor], { keys: many, ...windowParams(w) })), w, filingOf),
  );
}

/** How many filings each of these people or issuers has; absent keys have none. */
export function countFilingPages(store: GraphStore, anchor: ListAnchor, keys: readonly string[]): Promise<Map<string, number>> {
  return oneOrMany(
    keys,
    (key) => countFilings(store, anchorFilter(anchor, key)),
    async (many) => countsByParent(await store.executeRead((tx) => tx.run(COUNT_FILING_PAGES[anchor], { keys: many }))),
  );
}
