import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/store';
import { amendmentLinks, filingsByKeys, type AmendmentLinks, type FilingRecord } from '../graph/queries/filings';
import { issuersByKeys, tickerHistories, type IssuerRecord, type TickerPeriodRecord } from '../graph/queries/issuers';
import { personsByKeys, type PersonRecord } from '../graph/queries/persons';
import { createListLoaders, type ListLoaders } from './list-loaders';
import { createPageLoaders, type PageLoaders } from './page-loaders';

/**
 * Per-request loaders: every look-up of a node (or a page of a node's lists) made while one
 * request resolves is batched into one statement per kind, so a page of 100 transactions asking for
 * their issuer and filing costs two round trips, not 200. Per request, so no answer outlives it.
 */
export interface Loaders {
  person: DataLoader<string, PersonRecord | null>;
  issuer: DataLoader<string, IssuerRecord | null>;
  filing: DataLoader<string, FilingRecord | null>;
  /** What a filing amends and what amends it, by filing key. */
  amendments: DataLoader<string, AmendmentLinks>;
  /** An issuer's tickers over time, by issuer key. */
  tickers: DataLoader<string, TickerPeriodRecord[]>;
  /** The paged lists of nodes (holdings, a filing's rows, ...). */
  pages: PageLoaders;
  /** Lists of a node counted only when asked (transactions, filings, insiders, co-insiders, holdings, options). */
  lists: ListLoaders;
}

function byKey<T extends { key: string }>(fetch: (keys: readonly string[]) => Promise<T[]>) {
  return async (keys: readonly string[]): Promise<Array<T | null>> => {
    const found = new Map((await fetch(keys)).map((x) => [x.key, x]));
    return keys.map((k) => found.get(k) ?? null);
  };
}

export function createLoaders(store: GraphStore): Loaders {
  const issuer = new DataLoader(byKey((keys: readonly string[]) => issuersByKeys(store, keys)));
  return {
    person: new DataLoader(byKey((keys) => personsByKeys(store, keys))),
    issuer,
    filing: new DataLoader(byKey((keys) => filingsByKeys(store, keys))),
    amendments: new DataLoader(async (keys: readonly string[]) => {
      const found = await amendmentLinks(store, keys);
      return keys.map((k) => found.get(k) ?? { amends: [], amendedBy: [] });
    }),
    tickers: new DataLoader(async (keys: readonly string[]) => {
      const found = await tickerHistories(store, keys);
      return keys.map((k) => found.get(k) ?? []);
    }),
    pages: createPageLoaders(store, issuer),
    lists: createListLoaders(store, issuer),
  };
}
