import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/store';
import { clusterInsidersPages, type BuyWindow } from '../graph/queries/activity';
import { footnotePages, ownersPages } from '../graph/queries/filings';
import { holdingHistoryPages, type HoldingPointRecord } from '../graph/queries/holdings';
import type { IssuerRecord } from '../graph/queries/issuers';
import { emptyPage, type CountedPage, type Page, type PageWindow } from '../graph/queries/page';
import { personIssuersPages, rolePages, sharedIssuersPages, type PersonIssuerRecord, type PersonRecord, type RoleFilter, type RoleRecord } from '../graph/queries/persons';
import { filingRowsPages, rowFootnotePages, type FootnoteRecord, type RowKind, type TransactionRecord } from '../graph/queries/transactions';

/**
 * Loaders for the lists of a page of nodes (a person's holdings, a filing's rows, ...): every request
 * for the same window and arguments made while one request resolves goes into one statement, which
 * pages each parent's list in the store. So 50 people with their holdings cost one statement, as 2 do.
 */
export interface PageRequest<P, A> {
  parent: P;
  window: PageWindow;
  args: A;
}

export type PageLoader<P, A, T> = DataLoader<PageRequest<P, A>, CountedPage<T>, string>;

const requestKey = (r: PageRequest<unknown, unknown>): string => JSON.stringify([r.parent, r.window, r.args]);

/** Requests grouped by what one statement can answer together (`groupOf`), in arrival order. */
export function groupRequests<R>(requests: readonly R[], groupOf: (r: R) => string): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of requests) {
    const k = groupOf(r);
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
}

/**
 * @param idOf names a parent in the statement's answer (its `parent` column)
 * @param toParam a parent as the statement takes it
 * @param empty the page of a parent the statement found nothing for
 */
export function pageLoader<P, Q, A, R>(
  idOf: (p: P) => string,
  toParam: (p: P, id: string) => Q,
  fetch: (parents: Q[], args: A, w: PageWindow) => Promise<Map<string, R>>,
  empty: (w: PageWindow) => R,
): DataLoader<PageRequest<P, A>, R, string> {
  return new DataLoader(
    async (requests: readonly PageRequest<P, A>[]) => {
      const answers = new Map<string, R>();
      await Promise.all(
        groupRequests(requests, (r) => JSON.stringify([r.window, r.args])).map(async (batch) => {
          const { args, window } = batch[0]!;
          const parents = new Map(batch.map((r) => [idOf(r.parent), r.parent]));
          const found = await fetch([...parents].map(([id, p]) => toParam(p, id)), args, window);
          for (const r of batch) answers.set(requestKey(r), found.get(idOf(r.parent)) ?? empty(window));
        }),
      );
      return requests.map((r) => answers.get(requestKey(r)) ?? empty(r.window));
    },
    { cacheKeyFn: requestKey },
  );
}

/** Lists of one node, named by its key. */
function keyedLoader<A, T>(fetch: (keys: string[], args: A, w: PageWindow) => Promise<Map<string, CountedPage<T>>>): PageLoader<string, A, T> {
  return pageLoader<string, string, A, CountedPage<T>>((k) => k, (k) => k, fetch, emptyPage);
}

/** Lists of a pair of nodes (a person at an issuer, ...), named in the statement by an id for the pair. */
function pairLoader<P extends Record<string, string>, A, T>(fetch: (pairs: Array<P & { id: string }>, args: A, w: PageWindow) => Promise<Map<string, CountedPage<T>>>): PageLoader<P, A, T> {
  return pageLoader<P, P & { id: string }, A, CountedPage<T>>((p) => JSON.stringify(p), (p, id) => ({ ...p, id }), fetch, emptyPage);
}

/**
 * Lists that name issuers bring the issuer along and prime the issuer loader with it: issuer look-ups
 * from lists that arrive at different moments would otherwise be separate batches.
 */
export function priming<T extends { issuer: IssuerRecord }, A, R extends Page<T>>(issuer: DataLoader<string, IssuerRecord | null>, fetch: (keys: string[], args: A, w: PageWindow) => Promise<Map<string, R>>) {
  return async (keys: string[], args: A, w: PageWindow): Promise<Map<string, R>> => {
    const found = await fetch(keys, args, w);
    for (const page of found.values()) for (const x of page.items) issuer.prime(x.issuer.key, x.issuer);
    return found;
  };
}

export interface PageLoaders {
  personIssuers: PageLoader<string, null, PersonIssuerRecord>;
  roles: PageLoader<{ person: string; issuer: string }, Required<RoleFilter>, RoleRecord>;
  holdingHistory: PageLoader<{ person: string; issuer: string }, null, HoldingPointRecord>;
  sharedIssuers: PageLoader<{ person: string; other: string }, null, IssuerRecord>;
  filingOwners: PageLoader<string, null, PersonRecord>;
  filingRows: PageLoader<string, RowKind, TransactionRecord>;
  filingFootnotes: PageLoader<string, null, FootnoteRecord>;
  rowFootnotes: PageLoader<{ filing: string; row: string }, null, FootnoteRecord>;
  clusterInsiders: PageLoader<string, BuyWindow, PersonRecord>;
}

export function createPageLoaders(store: GraphStore, issuer: DataLoader<string, IssuerRecord | null>): PageLoaders {
  return {
    personIssuers: keyedLoader(priming(issuer, (keys, _a: null, w) => personIssuersPages(store, keys, w))),
    roles: pairLoader((pairs, f, w) => rolePages(store, pairs, f, w)),
    holdingHistory: pairLoader((pairs, _a: null, w) => holdingHistoryPages(store, pairs, w)),
    sharedIssuers: pairLoader((pairs, _a: null, w) => sharedIssuersPages(store, pairs, w)),
    filingOwners: keyedLoader((keys, _a: null, w) => ownersPages(store, keys, w)),
    filingRows: keyedLoader((keys, kind: RowKind, w) => filingRowsPages(store, keys, kind, w)),
    filingFootnotes: keyedLoader((keys, _a: null, w) => footnotePages(store, keys, w)),
    rowFootnotes: pairLoader((rows, _a: null, w) => rowFootnotePages(store, rows, w)),
    clusterInsiders: keyedLoader((keys, f: BuyWindow, w) => clusterInsidersPages(store, keys, f, w)),
  };
}
