import { FIND_ISSUERS_BY_NAME, FIND_NAME_ONLY_PERSONS, FIND_PERSONS_BY_NAME } from '../graph/cypher/ingest';
import type { GraphTx } from '../graph/store';
import { issuerKeyOfCik, issuerKeyOfName, personKeyOfCik, personKeyOfName } from './keys';
import { normaliseIssuerName, normalisePersonName } from './names';
import type { IssuerRow, ParsedFiling, PersonMerge, PersonRow, ResolvedFiling } from './types';

/**
 * Entity resolution for one batch, inside its write transaction (so what it reads is what it writes
 * against). CIK first; without one, the normalised name, for a person together with the issuer:
 * first among this batch's CIK holders, then in the graph. A CIK holder that matches a name-only
 * person already in the graph absorbs it (returned as merges).
 */
export async function resolveBatch(tx: GraphTx, batch: ParsedFiling[]): Promise<{ filings: ResolvedFiling[]; merges: PersonMerge[] }> {
  const issuers = await resolveIssuers(tx, batch);
  const withIssuers = batch.map((p, i) => ({ ...p, issuer: issuers[i]! }));
  return resolvePersons(tx, withIssuers);
}

async function resolveIssuers(tx: GraphTx, batch: ParsedFiling[]): Promise<IssuerRow[]> {
  const byName = new Map<string, string>();
  for (const { filing } of batch) {
    if (filing.issuer.cik) byName.set(normaliseIssuerName(filing.issuer.name), issuerKeyOfCik(filing.issuer.cik));
  }
  const unknown = [...new Set(batch.filter((p) => !p.filing.issuer.cik).map((p) => normaliseIssuerName(p.filing.issuer.name)))].filter(
    (n) => !byName.has(n),
  );
  if (unknown.length > 0) {
    // Rows come ordered CIK holders first, so the first one seen per name is the one to use.
    for (const r of await tx.run(FIND_ISSUERS_BY_NAME, { rows: unknown.map((normName) => ({ normName })) })) {
      const n = String(r.normName);
      if (!byName.has(n)) byName.set(n, String(r.key));
    }
  }
  return batch.map(({ filing }) => {
    const normName = normaliseIssuerName(filing.issuer.name);
    const key = filing.issuer.cik ? issuerKeyOfCik(filing.issuer.cik) : (byName.get(normName) ?? issuerKeyOfName(normName));
    return { key, cik: filing.issuer.cik, name: filing.issuer.name, normName, ticker: filing.issuer.tradingSymbol };
  });
}

type WithIssuer = ParsedFiling & { issuer: IssuerRow };

async function resolvePersons(tx: GraphTx, batch: WithIssuer[]): Promise<{ filings: ResolvedFiling[]; merges: PersonMerge[] }> {
  const at = (normName: string, issuerKey: string): string => `${normName}\u0000${issuerKey}`;
  const cikHolders = new Map<string, string>();
  for (const p of batch) {
    for (const o of p.filing.reportingOwners) {
      if (o.cik) cikHolders.set(at(normalisePersonName(o.name), p.issuer.key), personKeyOfCik(o.cik));
    }
  }
  const lookups = new Map<string, { normName: string; issuerKey: string }>();
  for (const p of batch) {
    for (const o of p.filing.reportingOwners) {
      const normName = normalisePersonName(o.name);
      const k = at(normName, p.issuer.key);
      if (!o.cik && !cikHolders.has(k)) lookups.set(k, { normName, issuerKey: p.issuer.key });
    }
  }
  if (lookups.size > 0) {
    for (const r of await tx.run(FIND_PERSONS_BY_NAME, { rows: [...lookups.values()] })) {
      const k = at(String(r.normName), String(r.issuerKey));
      if (!cikHolders.has(k)) cikHolders.set(k, String(r.key));
    }
  }

  // A name-only node for a (name, issuer) that now has a CIK holder is the same person: absorb it.
  const candidates = new Map<string, string>();
  for (const [k, cikKey] of cikHolders) {
    const [normName, issuerKey] = k.split('\u0000') as [string, string];
    candidates.set(personKeyOfName(normName, issuerKey), cikKey);
  }
  const merges: PersonMerge[] = [];
  if (candidates.size > 0) {
    for (const r of await tx.run(FIND_NAME_ONLY_PERSONS, { keys: [...candidates.keys()] })) {
      const fromKey = String(r.key);
      merges.push({ fromKey, toKey: candidates.get(fromKey)! });
    }
  }

  const filings = batch.map((p): ResolvedFiling => {
    const owners = p.filing.reportingOwners.map((o): PersonRow => {
      const normName = normalisePersonName(o.name);
      const key = o.cik ? personKeyOfCik(o.cik) : (cikHolders.get(at(normName, p.issuer.key)) ?? personKeyOfName(normName, p.issuer.key));
      return { key, cik: o.cik, name: o.name, normName };
    });
    return { ...p, owners };
  });
  return { filings, merges };
}
