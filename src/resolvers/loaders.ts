import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/store';
import { filingsByKeys, ownersOfFilings, type FilingRecord } from '../graph/queries/filings';
import { holdingsOfPersons, optionsOfPersons, type HoldingRecord, type OptionRecord } from '../graph/queries/holdings';
import { issuersByKeys, type IssuerRecord } from '../graph/queries/issuers';
import { issuersOfPersons, personsByKeys, type PersonIssuerRecord, type PersonRecord } from '../graph/queries/persons';
import { rowsOfFilings, type TransactionRecord } from '../graph/queries/transactions';

/**
 * Per-request loaders: every look-up of a node (or of a node's small fixed lists) made while one
 * request resolves is batched into one statement per kind, so a page of 100 transactions asking for
 * their issuer and filing costs two round trips, not 200. Per request, so no answer outlives it.
 */
export interface Loaders {
  person: DataLoader<string, PersonRecord | null>;
  issuer: DataLoader<string, IssuerRecord | null>;
  filing: DataLoader<string, FilingRecord | null>;
  filingOwners: DataLoader<string, string[]>;
  filingRows: DataLoader<string, TransactionRecord[]>;
  holdings: DataLoader<string, HoldingRecord[]>;
  options: DataLoader<string, OptionRecord[]>;
  personIssuers: DataLoader<string, PersonIssuerRecord[]>;
}

function byKey<T extends { key: string }>(fetch: (keys: readonly string[]) => Promise<T[]>) {
  return async (keys: readonly string[]): Promise<Array<T | null>> => {
    const found = new Map((await fetch(keys)).map((x) => [x.key, x]));
    return keys.map((k) => found.get(k) ?? null);
  };
}

function grouped<T>(fetch: (keys: readonly string[]) => Promise<Map<string, T[]>>) {
  return async (keys: readonly string[]): Promise<T[][]> => {
    const found = await fetch(keys);
    return keys.map((k) => found.get(k) ?? []);
  };
}

/**
 * Lists that name issuers bring the issuer along and prime the issuer loader with it: issuer look-ups
 * from lists that arrive at different moments would otherwise be separate batches.
 */
function priming<T extends { issuer: IssuerRecord }>(issuer: DataLoader<string, IssuerRecord | null>, fetch: (keys: readonly string[]) => Promise<Map<string, T[]>>) {
  return async (keys: readonly string[]): Promise<Map<string, T[]>> => {
    const found = await fetch(keys);
    for (const list of found.values()) for (const x of list) issuer.prime(x.issuer.key, x.issuer);
    return found;
  };
}

export function createLoaders(store: GraphStore): Loaders {
  const issuer = new DataLoader(byKey((keys: readonly string[]) => issuersByKeys(store, keys)));
  return {
    person: new DataLoader(byKey((keys) => personsByKeys(store, keys))),
    issuer,
    filing: new DataLoader(byKey((keys) => filingsByKeys(store, keys))),
    filingOwners: new DataLoader(grouped((keys) => ownersOfFilings(store, keys))),
    filingRows: new DataLoader(grouped((keys) => rowsOfFilings(store, keys))),
    holdings: new DataLoader(grouped(priming(issuer, (keys) => holdingsOfPersons(store, keys)))),
    options: new DataLoader(grouped(priming(issuer, (keys) => optionsOfPersons(store, keys)))),
    personIssuers: new DataLoader(grouped(priming(issuer, (keys) => issuersOfPersons(store, keys)))),
  };
}
