import type { Row } from '../values';
import { asRow, int } from './values';

/** Every list of the API pages: this many items unless the client asks otherwise, never more than the maximum. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One page request as the queries take it: integers on both engines, one extra row to see past the end. */
export interface PageWindow {
  skip: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  offset: number;
}

/** A page that knows the size of the whole list: the batched statements count while they page. */
export interface CountedPage<T> extends Page<T> {
  total: number;
}

/** SKIP/LIMIT parameters for a window, asking one row more so hasNextPage needs no second query. */
export function windowParams(w: PageWindow): { skip: number; limit: number } {
  return { skip: Math.trunc(w.skip), limit: Math.trunc(w.limit) + 1 };
}

export function toPage<T>(rows: T[], w: PageWindow): Page<T> {
  return { items: rows.slice(0, w.limit), hasNextPage: rows.length > w.limit, offset: w.skip };
}

/** The page a client gets without first/after: statements that bring a node's short list along slice it to this. */
export const FIRST_PAGE: PageWindow = { skip: 0, limit: DEFAULT_PAGE_SIZE };

/** A Cypher list slice for the first page, for statements that bring a parent's short list along. */
export const FIRST_PAGE_SLICE = `[0..${DEFAULT_PAGE_SIZE}]`;

export function isFirstPage(w: PageWindow): boolean {
  return w.skip === FIRST_PAGE.skip && w.limit === FIRST_PAGE.limit;
}

/**
 * List-slice parameters for the batched statements: each parent's list is ordered and collected in
 * Cypher, which hands back `xs[$skip..$end]` and `size(xs)`, so a page of any number of parents is
 * one statement and only the asked-for items leave the store.
 */
export function sliceParams(w: PageWindow): { skip: number; end: number } {
  const skip = Math.trunc(w.skip);
  return { skip, end: skip + Math.trunc(w.limit) };
}

export function countedPage<T>(items: T[], total: number, w: PageWindow): CountedPage<T> {
  return { items, total, offset: w.skip, hasNextPage: w.skip + items.length < total };
}

export function emptyPage<T>(w: PageWindow): CountedPage<T> {
  return countedPage<T>([], 0, w);
}

/**
 * One statement for the pages of many parents: `body` is the statement of one parent's page (the
 * parent's key as `k`, ending in ORDER BY, SKIP $skip LIMIT $limit and a RETURN of `columns`), run
 * per key in a CALL subquery. Each parent's page is thus exactly what the one-parent statement gives
 * it, and only the page's rows are built: ordering and collecting each parent's whole list to slice
 * it cost 1.5 to 3 times as much on Grafeo (see docs/benchmarks.md). `CALL (k) {}` is Neo4j 5.23+.
 */
export function perParentStatement(body: string, columns: readonly string[]): string {
  return `
UNWIND $keys AS k
CALL (k) {${body}
}
RETURN k AS parent, ${columns.join(', ')}`;
}

/**
 * A list's answer for each of a request's parents: one parent's by its own flat statement (`one`),
 * several parents' by one batched statement (`many`). Alone, the flat statement is the cheapest on
 * Grafeo (a person's holdings 284 against 384 µs collected; see docs/benchmarks.md), and it is what
 * a client asking about one node gets.
 */
export async function oneOrMany<V>(keys: readonly string[], one: (key: string) => Promise<V>, many: (keys: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
  if (keys.length === 1) return new Map([[keys[0]!, await one(keys[0]!)]]);
  return many([...keys]);
}

/** The rows of a perParentStatement (each parent's in its list order) as a page for each parent with any. */
export function pagesOfRows<T>(rows: Row[], w: PageWindow, item: (r: Row) => T): Map<string, Page<T>> {
  const grouped = new Map<string, T[]>();
  for (const r of rows) {
    const parent = String(r.parent);
    const items = grouped.get(parent);
    if (items) items.push(item(r));
    else grouped.set(parent, [item(r)]);
  }
  const out = new Map<string, Page<T>>();
  for (const [parent, items] of grouped) out.set(parent, toPage(items, w));
  return out;
}

/** Rows of `parent` and `n`: the size of each parent's list, for the parents that have any. */
export function countsByParent(rows: Row[]): Map<string, number> {
  return new Map(rows.map((r) => [String(r.parent), int(r.n)]));
}

/** Every parent asked for, with an empty (counted) page for those a collecting statement found nothing for. */
export function everyParent<T>(keys: readonly string[], found: Map<string, CountedPage<T>>, w: PageWindow): Map<string, CountedPage<T>> {
  for (const k of keys) if (!found.has(k)) found.set(k, emptyPage(w));
  return found;
}

/** Whether a page came with its list's size (a collecting statement's), so no count statement is needed. */
export function isCounted<T>(p: Page<T>): p is CountedPage<T> {
  return typeof (p as Partial<CountedPage<T>>).total === 'number';
}

/** Rows of `parent`, `page` (a list of maps) and `total`, one per parent with any items, by parent. */
export function pagesByParent<T>(rows: Row[], w: PageWindow, item: (r: Row) => T): Map<string, CountedPage<T>> {
  const out = new Map<string, CountedPage<T>>();
  for (const r of rows) {
    const page = Array.isArray(r.page) ? r.page.map((v) => item(asRow(v))) : [];
    out.set(String(r.parent), countedPage(page, int(r.total), w));
  }
  return out;
}
