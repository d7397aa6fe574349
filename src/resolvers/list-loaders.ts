import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/store';
import { countFilingPages, filingPages, type FilingRecord } from '../graph/queries/filings';
import { countInsiderPages, insiderPages, type InsiderRecord, type IssuerRecord } from '../graph/queries/issuers';
import { countHoldings, countOptions, holdingsPages, optionsPages, type HoldingRecord, type HoldingsFilter, type OptionRecord } from '../graph/queries/holdings';
import { isCounted, toPage, type Page, type PageWindow } from '../graph/queries/page';
import { coInsiderPages, countCoInsiderPages, type CoInsiderRecord, type RoleFilter } from '../graph/queries/persons';
import { countTransactionPages, transactionPages, type TransactionOrder, type TransactionRecord } from '../graph/queries/transactions';
import { groupRequests, pageLoader, priming, type PageRequest } from './page-loaders';

/**
 * Loaders for the lists of a node whose size is not always counted while they are paged: a person's
 * or issuer's transactions and filings, insiders, co-insiders (long lists), and a person's holdings
 * and options (paged by flat rows when one person asks: cheaper than collecting them). Their size is
 * then a further statement, run only when a client selects totalCount; a page that a collecting
 * statement counted primes it. Both are batched per request: the pages of every parent for one window
 * and arguments in one statement, their counts in another, however many parents.
 */
export interface CountRequest<A> {
  parent: string;
  args: A;
}

export interface ListLoader<A, C, T> {
  pages: DataLoader<PageRequest<string, A>, Page<T>, string>;
  /** `C`: the arguments the size depends on (a list's order does not change its size). */
  counts: DataLoader<CountRequest<C>, number, string>;
  countArgsOf: (a: A) => C;
}

const countKey = (r: CountRequest<unknown>): string => JSON.stringify([r.parent, r.args]);

function countLoader<C>(count: (keys: string[], args: C) => Promise<Map<string, number>>): DataLoader<CountRequest<C>, number, string> {
  return new DataLoader(
    async (requests: readonly CountRequest<C>[]) => {
      const answers = new Map<string, number>();
      await Promise.all(
        groupRequests(requests, (r) => JSON.stringify(r.args)).map(async (batch) => {
          const found = await count([...new Set(batch.map((r) => r.parent))], batch[0]!.args);
          for (const r of batch) answers.set(countKey(r), found.get(r.parent) ?? 0);
        }),
      );
      return requests.map((r) => answers.get(countKey(r)) ?? 0);
    },
    { cacheKeyFn: countKey },
  );
}

function listLoader<A, C, T>(
  fetch: (keys: string[], args: A, w: PageWindow) => Promise<Map<string, Page<T>>>,
  count: (keys: string[], args: C) => Promise<Map<string, number>>,
  countArgsOf: (a: A) => C,
): ListLoader<A, C, T> {
  const counts = countLoader(count);
  const counting = async (keys: string[], args: A, w: PageWindow): Promise<Map<string, Page<T>>> => {
    const found = await fetch(keys, args, w);
    for (const [parent, page] of found) if (isCounted(page)) counts.prime({ parent, args: countArgsOf(args) }, page.total);
    return found;
  };
  return { pages: pageLoader<string, string, A, Page<T>>((k) => k, (k) => k, counting, (w) => toPage<T>([], w)), counts, countArgsOf };
}

/** The size of the list does not depend on its arguments (an order), or it depends on all of them (a filter). */
const noCountArgs = (): null => null;
const allArgs = <A>(a: A): A => a;

/** A page of a parent's list with the connection's totalCount, which costs a (batched) statement only if called and not known. */
export async function loadList<A, C, T>(loader: ListLoader<A, C, T>, parent: string, window: PageWindow, args: A): Promise<{ page: Page<T>; count: () => Promise<number> }> {
  const page = await loader.pages.load({ parent, window, args });
  return { page, count: () => (isCounted(page) ? Promise.resolve(page.total) : loader.counts.load({ parent, args: loader.countArgsOf(args) })) };
}

export interface ListLoaders {
  personTransactions: ListLoader<TransactionOrder, null, TransactionRecord>;
  issuerTransactions: ListLoader<TransactionOrder, null, TransactionRecord>;
  personFilings: ListLoader<null, null, FilingRecord>;
  issuerFilings: ListLoader<null, null, FilingRecord>;
  coInsiders: ListLoader<null, null, CoInsiderRecord>;
  insiders: ListLoader<Required<RoleFilter>, Required<RoleFilter>, InsiderRecord>;
  holdings: ListLoader<HoldingsFilter, HoldingsFilter, HoldingRecord>;
  options: ListLoader<HoldingsFilter, HoldingsFilter, OptionRecord>;
}

export function createListLoaders(store: GraphStore, issuer: DataLoader<string, IssuerRecord | null>): ListLoaders {
  return {
    personTransactions: listLoader(
      (keys, order: TransactionOrder, w) => transactionPages(store, 'person', keys, order, w),
      (keys, _c: null) => countTransactionPages(store, 'person', keys),
      noCountArgs,
    ),
    issuerTransactions: listLoader(
      (keys, order: TransactionOrder, w) => transactionPages(store, 'issuer', keys, order, w),
      (keys, _c: null) => countTransactionPages(store, 'issuer', keys),
      noCountArgs,
    ),
    personFilings: listLoader(
      (keys, _a: null, w) => filingPages(store, 'person', keys, w),
      (keys, _c: null) => countFilingPages(store, 'person', keys),
      noCountArgs,
    ),
    issuerFilings: listLoader(
      (keys, _a: null, w) => filingPages(store, 'issuer', keys, w),
      (keys, _c: null) => countFilingPages(store, 'issuer', keys),
      noCountArgs,
    ),
    coInsiders: listLoader(
      (keys, _a: null, w) => coInsiderPages(store, keys, w),
      (keys, _c: null) => countCoInsiderPages(store, keys),
      noCountArgs,
    ),
    insiders: listLoader(
      (keys, f: Required<RoleFilter>, w) => insiderPages(store, keys, f, w),
      (keys, f: Required<RoleFilter>) => countInsiderPages(store, keys, f),
      allArgs,
    ),
    holdings: listLoader(
      priming(issuer, (keys, f: HoldingsFilter, w) => holdingsPages(store, keys, f, w)),
      (keys, f: HoldingsFilter) => countHoldings(store, keys, f),
      allArgs,
    ),
    options: listLoader(
      priming(issuer, (keys, f: HoldingsFilter, w) => optionsPages(store, keys, f, w)),
      (keys, f: HoldingsFilter) => countOptions(store, keys, f),
      allArgs,
    ),
  };
}
