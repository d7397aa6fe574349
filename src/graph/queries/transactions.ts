import type { GraphStore } from '../store';
import type { PlainValue, Row } from '../values';
import { countedPage, countsByParent, FIRST_PAGE, FIRST_PAGE_SLICE, pagesByParent, pagesOfRows, perParentStatement, sliceParams, toPage, windowParams, type CountedPage, type Page, type PageWindow, oneOrMany } from './page';
import { bool, isoDate, num, reqStr, str, strList } from './values';

/** A row of Table I or II of a filing: a transaction, or (kind HOLDING) a balance reported without one. */
export interface FootnoteRecord {
  id: string;
  text: string;
}

export interface TransactionRecord {
  key: string;
  kind: 'TRANSACTION' | 'HOLDING';
  filingKey: string;
  issuerKey: string;
  date: string | null;
  deemedDate: string | null;
  code: string | null;
  security: string;
  derivative: boolean;
  shares: number | null;
  price: number | null;
  acquiredDisposed: 'A' | 'D' | null;
  sharesAfter: number | null;
  ownership: 'D' | 'I' | null;
  nature: string | null;
  /** The first page of the row's footnotes, sliced by the statement. */
  firstFootnotes: CountedPage<FootnoteRecord>;
  conversionPrice: number | null;
  exerciseDate: string | null;
  expirationDate: string | null;
  underlyingTitle: string | null;
  underlyingShares: number | null;
  /** Days from the transaction to EDGAR's filing date, where both are known. */
  filingLag: number | null;
  /** An original Form 4 filed after its deadline (src/ingest/filing-deadline.ts); null where not judged. */
  lateFiling: boolean | null;
  plan10b5One: boolean | null;
  plan10b5OneSource: 'FOOTNOTE' | 'REMARKS' | 'CHECKBOX' | null;
}

/** The columns of a row; the footnotes are sliced to their first page, which the row brings along. */
const ROW_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['key', 't.key'],
  ['label', 'labels(t)[0]'],
  ['filingKey', 'f.key'],
  ['issuerKey', 'i.key'],
  ['date', 't.date'],
  ['deemedDate', 't.deemedDate'],
  ['code', 't.code'],
  ['security', 't.security'],
  ['derivative', 't.derivative'],
  ['shares', 't.shares'],
  ['price', 't.price'],
  ['acquiredDisposed', 't.acquiredDisposed'],
  ['sharesAfter', 't.sharesAfter'],
  ['ownership', 't.ownership'],
  ['nature', 't.nature'],
  ['footnoteIds', `t.footnoteIds${FIRST_PAGE_SLICE}`],
  ['footnotes', `t.footnotes${FIRST_PAGE_SLICE}`],
  ['footnoteCount', 'size(coalesce(t.footnoteIds, []))'],
  ['conversionPrice', 't.conversionPrice'],
  ['exerciseDate', 't.exerciseDate'],
  ['expirationDate', 't.expirationDate'],
  ['underlyingTitle', 't.underlyingTitle'],
  ['underlyingShares', 't.underlyingShares'],
  ['filingLag', 't.filingLag'],
  ['lateFiling', 't.lateFiling'],
  ['plan10b5One', 't.plan10b5One'],
  ['plan10b5OneSource', 't.plan10b5OneSource'],
];

export const ROW_FIELDS = ROW_COLUMNS.map(([name, expr]) => `${expr} AS ${name}`).join(', ');
const ROW_MAP = `{${ROW_COLUMNS.map(([name, expr]) => `${name}: ${expr}`).join(', ')}}`;

/** Table I and II rows of a page of filings, transactions or holdings-only rows, in document order. */
function filingRowsStatement(label: 'Transaction' | 'Holding'): string {
  return `
UNWIND $keys AS k
MATCH (f:Filing {key: k})-[:REPORTS]->(t:${label})-[:OF_ISSUER]->(i:Issuer)
WITH k, f, i, t
ORDER BY t.seq
WITH k, collect(${ROW_MAP}) AS xs
RETURN k AS parent, xs[$skip..$end] AS page, size(xs) AS total`;
}

export const FILING_ROWS_PAGES = { TRANSACTION: filingRowsStatement('Transaction'), HOLDING: filingRowsStatement('Holding') } as const;

/** A page of the footnotes of rows, in the order the row cites them; rows are found through their filing. */
export const ROW_FOOTNOTE_PAGES = `
UNWIND $pairs AS pr
MATCH (:Filing {key: pr.filing})-[:REPORTS]->(t {key: pr.row})
RETURN pr.id AS parent, t.footnoteIds[$skip..$end] AS ids, t.footnotes[$skip..$end] AS texts, size(coalesce(t.footnoteIds, [])) AS total`;

/**
 * Every filter of a transaction list. Roles are those of the row's reporting owners on that filing
 * (src/ingest/plan.ts ownerRoles), not the person's roles today.
 */
const FILTER = `($issuerKey IS NULL OR i.key = $issuerKey)
  AND ($codes IS NULL OR t.code IN $codes)
  AND ($from IS NULL OR t.date >= date($from))
  AND ($to IS NULL OR t.date <= date($to))
  AND ($acquiredDisposed IS NULL OR t.acquiredDisposed = $acquiredDisposed)
  AND ($minValue IS NULL OR t.shares * t.price >= $minValue)
  AND ($maxValue IS NULL OR t.shares * t.price <= $maxValue)
  AND ($derivative IS NULL OR t.derivative = $derivative)
  AND ($director IS NULL OR t.byDirector = $director)
  AND ($officer IS NULL OR t.byOfficer = $officer)
  AND ($tenPercentOwner IS NULL OR t.byTenPercentOwner = $tenPercentOwner)
  AND ($other IS NULL OR t.byOther = $other)
  AND ($titleContains IS NULL OR toLower(t.officerTitle) CONTAINS $titleContains)
  AND ($minFilingLag IS NULL OR t.filingLag >= $minFilingLag)
  AND ($maxFilingLag IS NULL OR t.filingLag <= $maxFilingLag)
  AND ($lateFiling IS NULL OR t.lateFiling = $lateFiling)
  AND ($plan10b5One IS NULL OR t.plan10b5One = $plan10b5One)`;

/** Current (not superseded) transactions of one person or issuer, named by the key expression given. */
const ROWS_OF: Record<ListAnchor, (key: string) => string> = {
  person: (key) => `MATCH (:Person {key: ${key}})-[:FILED]->(f:Filing {superseded: false})-[:REPORTS]->(t:Transaction)-[:OF_ISSUER]->(i:Issuer)`,
  issuer: (key) => `MATCH (i:Issuer {key: ${key}})<-[:OF_ISSUER]-(t:Transaction)<-[:REPORTS]-(f:Filing {superseded: false})`,
};

/** Current (not superseded) transactions, anchored on the person or issuer when the filter names one. */
const PATTERN = {
  person: ROWS_OF.person('$personKey'),
  issuer: ROWS_OF.issuer('$issuerKey'),
  all: `MATCH (f:Filing {superseded: false})-[:REPORTS]->(t:Transaction)-[:OF_ISSUER]->(i:Issuer)`,
} as const;

type Anchor = keyof typeof PATTERN;

/**
 * With the filter, and without it for the common case of a person's or issuer's latest rows: on
 * Grafeo the six "$x IS NULL OR ..." conjuncts cost more than the look-up (2.3 ms against 5.3 ms
 * for a person's 20 latest on a 250,000-transaction graph).
 */
const MATCH: Record<Anchor, string> = {
  person: `\n${PATTERN.person}\nWHERE ${FILTER}`,
  issuer: `\n${PATTERN.issuer}\nWHERE ${FILTER}`,
  all: `\n${PATTERN.all}\nWHERE ${FILTER}`,
};
const MATCH_UNFILTERED: Record<Anchor, string> = { person: `\n${PATTERN.person}`, issuer: `\n${PATTERN.issuer}`, all: `\n${PATTERN.all}` };

export const TRANSACTION_ORDERS = ['DATE_DESC', 'DATE_ASC', 'VALUE_DESC'] as const;
export type TransactionOrder = (typeof TRANSACTION_ORDERS)[number];

/** ORDER BY cannot be a parameter; orderKey is date, then filing, then row: a total order on both engines. */
const ORDER_BY: Record<TransactionOrder, string> = {
  DATE_DESC: 'ORDER BY t.orderKey DESC',
  DATE_ASC: 'ORDER BY t.orderKey',
  VALUE_DESC: 'ORDER BY coalesce(t.shares * t.price, -1.0) DESC, t.orderKey DESC',
};

/** The rows of a transactions page: every one is a Transaction, so no labels() per row. */
const TX_FIELDS = ROW_FIELDS.replace('labels(t)[0] AS label', "'Transaction' AS label");

/** The page of one list: its rows ordered, skipped and limited. */
const pageOf = (match: string, order: TransactionOrder): string => `${match}\nWITH t, f, i\n${ORDER_BY[order]}\nSKIP $skip LIMIT $limit\nRETURN ${TX_FIELDS}`;

function listStatements(match: Record<Anchor, string>): Record<Anchor, Record<TransactionOrder, string>> {
  const one = (anchor: Anchor, order: TransactionOrder): string => pageOf(match[anchor], order);
  const byOrder = (anchor: Anchor): Record<TransactionOrder, string> => ({ DATE_DESC: one(anchor, 'DATE_DESC'), DATE_ASC: one(anchor, 'DATE_ASC'), VALUE_DESC: one(anchor, 'VALUE_DESC') });
  return { person: byOrder('person'), issuer: byOrder('issuer'), all: byOrder('all') };
}

function countStatements(match: Record<Anchor, string>): Record<Anchor, string> {
  return { person: `${match.person}\nRETURN count(DISTINCT t) AS n`, issuer: `${match.issuer}\nRETURN count(t) AS n`, all: `${match.all}\nRETURN count(t) AS n` };
}

export const TRANSACTIONS = listStatements(MATCH);
export const TRANSACTIONS_UNFILTERED = listStatements(MATCH_UNFILTERED);
export const COUNT_TRANSACTIONS = countStatements(MATCH);
export const COUNT_TRANSACTIONS_UNFILTERED = countStatements(MATCH_UNFILTERED);

/** The lists of a node: a person's or an issuer's transactions (Person.transactions, Issuer.transactions). */
export type ListAnchor = 'person' | 'issuer';

const TX_COLUMNS = ROW_COLUMNS.map(([name]) => name);

function pagesStatements(anchor: ListAnchor): Record<TransactionOrder, string> {
  const one = (order: TransactionOrder): string => perParentStatement(`\n${pageOf(ROWS_OF[anchor]('k'), order)}`, TX_COLUMNS);
  return { DATE_DESC: one('DATE_DESC'), DATE_ASC: one('DATE_ASC'), VALUE_DESC: one('VALUE_DESC') };
}

/** A page of the transactions of each of many people or issuers, as the one-node statements page them. */
export const TRANSACTION_PAGES: Record<ListAnchor, Record<TransactionOrder, string>> = { person: pagesStatements('person'), issuer: pagesStatements('issuer') };

/** How many transactions each of many people or issuers has (counted as COUNT_TRANSACTIONS does). */
export const COUNT_TRANSACTION_PAGES: Record<ListAnchor, string> = {
  person: `\nUNWIND $keys AS k\n${ROWS_OF.person('k')}\nRETURN k AS parent, count(DISTINCT t) AS n`,
  issuer: `\nUNWIND $keys AS k\n${ROWS_OF.issuer('k')}\nRETURN k AS parent, count(t) AS n`,
};

export function transactionOf(r: Row): TransactionRecord {
  const ad = str(r.acquiredDisposed);
  const own = str(r.ownership);
  return {
    key: reqStr(r, 'key'),
    kind: str(r.label) === 'Holding' ? 'HOLDING' : 'TRANSACTION',
    filingKey: reqStr(r, 'filingKey'),
    issuerKey: reqStr(r, 'issuerKey'),
    date: isoDate(r.date),
    deemedDate: isoDate(r.deemedDate),
    code: str(r.code),
    security: str(r.security) ?? '',
    derivative: bool(r.derivative) ?? false,
    shares: num(r.shares),
    price: num(r.price),
    acquiredDisposed: ad === 'A' || ad === 'D' ? ad : null,
    sharesAfter: num(r.sharesAfter),
    ownership: own === 'D' || own === 'I' ? own : null,
    nature: str(r.nature),
    firstFootnotes: countedPage(footnotesOf(r.footnoteIds, r.footnotes), num(r.footnoteCount) ?? 0, FIRST_PAGE),
    conversionPrice: num(r.conversionPrice),
    exerciseDate: isoDate(r.exerciseDate),
    expirationDate: isoDate(r.expirationDate),
    underlyingTitle: str(r.underlyingTitle),
    underlyingShares: num(r.underlyingShares),
    filingLag: num(r.filingLag),
    lateFiling: bool(r.lateFiling),
    plan10b5One: bool(r.plan10b5One),
    plan10b5OneSource: planSourceOf(str(r.plan10b5OneSource)),
  };
}

function planSourceOf(s: string | null): TransactionRecord['plan10b5OneSource'] {
  return s === 'FOOTNOTE' || s === 'REMARKS' || s === 'CHECKBOX' ? s : null;
}

function footnotesOf(ids: PlainValue | undefined, texts: PlainValue | undefined): FootnoteRecord[] {
  const t = strList(texts);
  return strList(ids).map((id, n) => ({ id, text: t[n] ?? '' }));
}

export type RowKind = keyof typeof FILING_ROWS_PAGES;

export async function filingRowsPages(store: GraphStore, filingKeys: readonly string[], kind: RowKind, w: PageWindow): Promise<Map<string, CountedPage<TransactionRecord>>> {
  const rows = await store.executeRead((tx) => tx.run(FILING_ROWS_PAGES[kind], { keys: [...filingKeys], ...sliceParams(w) }));
  return pagesByParent(rows, w, transactionOf);
}

export interface FilingRowRef {
  id: string;
  filing: string;
  row: string;
}

export async function rowFootnotePages(store: GraphStore, rows: readonly FilingRowRef[], w: PageWindow): Promise<Map<string, CountedPage<FootnoteRecord>>> {
  const found = await store.executeRead((tx) => tx.run(ROW_FOOTNOTE_PAGES, { pairs: rows.map((r) => ({ ...r })), ...sliceParams(w) }));
  return new Map(found.map((r) => [reqStr(r, 'parent'), countedPage(footnotesOf(r.ids, r.texts), num(r.total) ?? 0, w)]));
}

export interface TransactionFilter {
  personKey?: string | null;
  issuerKey?: string | null;
  codes?: string[] | null;
  from?: string | null;
  to?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
  acquiredDisposed?: 'A' | 'D' | null;
  /** Table II (true) or Table I (false). */
  derivative?: boolean | null;
  /** With the role: true (a false, "without", is not supported: ingest writes only the boxes checked). */
  director?: true | null;
  officer?: true | null;
  tenPercentOwner?: true | null;
  other?: true | null;
  /** Part of an owner's officer title, any case. */
  titleContains?: string | null;
  minFilingLag?: number | null;
  maxFilingLag?: number | null;
  lateFiling?: boolean | null;
  plan10b5One?: boolean | null;
}

/** The filter parameters besides the anchor's keys, null where not asked for. */
const FILTER_PARAMS = [
  'from', 'to', 'acquiredDisposed', 'minValue', 'maxValue', 'derivative', 'director', 'officer', 'tenPercentOwner', 'other',
  'minFilingLag', 'maxFilingLag', 'lateFiling', 'plan10b5One',
] as const satisfies ReadonlyArray<keyof TransactionFilter>;

function txParams(f: TransactionFilter): { anchor: Anchor; filtered: boolean; params: Record<string, unknown> } {
  const anchor: Anchor = f.personKey ? 'person' : f.issuerKey ? 'issuer' : 'all';
  const params: Record<string, unknown> = {
    personKey: f.personKey ?? null,
    issuerKey: f.issuerKey ?? null,
    codes: f.codes && f.codes.length > 0 ? f.codes : null,
    titleContains: f.titleContains ? f.titleContains.toLowerCase() : null,
  };
  for (const k of FILTER_PARAMS) params[k] = f[k] ?? null;
  // The issuer is a filter only when the person anchors the pattern.
  const filtered = params.codes !== null || params.titleContains !== null || FILTER_PARAMS.some((k) => params[k] !== null) || (anchor === 'person' && Boolean(f.issuerKey));
  return { anchor, filtered, params };
}

export async function transactions(store: GraphStore, f: TransactionFilter, order: TransactionOrder, w: PageWindow): Promise<Page<TransactionRecord>> {
  const { anchor, filtered, params } = txParams(f);
  const statement = (filtered ? TRANSACTIONS : TRANSACTIONS_UNFILTERED)[anchor][order];
  const rows = await store.executeRead((tx) => tx.run(statement, { ...params, ...windowParams(w) }));
  return toPage(rows.map(transactionOf), w);
}

export async function countTransactions(store: GraphStore, f: TransactionFilter): Promise<number> {
  const { anchor, filtered, params } = txParams(f);
  const [row] = await store.executeRead((tx) => tx.run((filtered ? COUNT_TRANSACTIONS : COUNT_TRANSACTIONS_UNFILTERED)[anchor], params));
  return num(row?.n) ?? 0;
}

const anchorFilter = (anchor: ListAnchor, key: string): TransactionFilter => (anchor === 'person' ? { personKey: key } : { issuerKey: key });

/**
 * A page of the transactions of each of these people or issuers: one parent's is the flat statement
 * of `transactions` (cheaper alone), several parents' one statement for all of them.
 */
export function transactionPages(store: GraphStore, anchor: ListAnchor, keys: readonly string[], order: TransactionOrder, w: PageWindow): Promise<Map<string, Page<TransactionRecord>>> {
  return oneOrMany(
    keys,
    (key) => transactions(store, anchorFilter(anchor, key), order, w),
    async (many) => pagesOfRows(await store.executeRead((tx) => tx.run(TRANSACTION_PAGES[anchor][order], { keys: many, ...windowParams(w) })), w, transactionOf),
  );
}

/** How many transactions each of these people or issuers has; absent keys have none. */
export function countTransactionPages(store: GraphStore, anchor: ListAnchor, keys: readonly string[]): Promise<Map<string, number>> {
  return oneOrMany(
    keys,
    (key) => countTransactions(store, anchorFilter(anchor, key)),
    async (many) => countsByParent(await store.executeRead((tx) => tx.run(COUNT_TRANSACTION_PAGES[anchor], { keys: many }))),
  );
}
