import { FIND_ISSUERS_BY_NAME, FIND_NAME_ONLY_AT_ISSUERS, FIND_NAME_ONLY_PERSONS, FIND_PEOPLE_AT_ISSUERS, FIND_PERSONS_BY_NAME } from '../graph/cypher/ingest';
import type { GraphTx } from '../graph/store';
import { issuerKeyOfCik, issuerKeyOfName, personKeyOfCik, personKeyOfName } from './keys';
import { namesCompatible, normaliseIssuerName, normalisePersonName } from './names';
import type { IngestWarning, IssuerMerge, IssuerRow, ParsedFiling, PersonMerge, PersonRow, ResolvedFiling } from './types';

/**
 * Entity resolution for one batch, inside its write transaction (so what it reads is what it writes
 * against). CIK first; without one, the normalised name, for a person together with the issuer:
 * first among this batch's CIK holders, then in the graph. A CIK holder that matches a name-only
 * person or issuer already in the graph absorbs it (returned as merges). Issuers are resolved, and
 * their merges done by `absorbIssuers`, before people: a name-only person's key names its issuer.
 */
export async function resolveBatch(
  tx: GraphTx,
  batch: ParsedFiling[],
  absorbIssuers: (merges: IssuerMerge[]) => Promise<void>,
): Promise<{ filings: ResolvedFiling[]; merges: PersonMerge[]; issuerMerges: IssuerMerge[]; warnings: IngestWarning[] }> {
  const { issuers, merges: issuerMerges, warnings } = await resolveIssuers(tx, batch);
  if (issuerMerges.length > 0) await absorbIssuers(issuerMerges);
  const withIssuers = batch.map((p, i) => ({ ...p, issuer: issuers[i]! }));
  const people = await resolvePersons(tx, withIssuers);
  return { ...people, issuerMerges, warnings: [...warnings, ...people.warnings] };
}

async function resolveIssuers(tx: GraphTx, batch: ParsedFiling[]): Promise<{ issuers: IssuerRow[]; merges: IssuerMerge[]; warnings: IngestWarning[] }> {
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
  const { merges, warnings } = await nameOnlyIssuersToAbsorb(tx, batch);
  const absorbed = new Map(merges.map((m) => [m.fromKey, m.toKey]));
  const issuers = batch.map(({ filing }) => {
    const normName = normaliseIssuerName(filing.issuer.name);
    const found = filing.issuer.cik ? issuerKeyOfCik(filing.issuer.cik) : (byName.get(normName) ?? issuerKeyOfName(normName));
    const key = absorbed.get(found) ?? found;
    return { key, cik: filing.issuer.cik, name: filing.issuer.name, normName, ticker: filing.issuer.tradingSymbol };
  });
  return { issuers, merges, warnings };
}

/**
 * Name-only issuers (OCR filings) that a CIK holder of this batch absorbs: same normalised name, and
 * no other CIK holder of that name in the batch or the graph (then it is not clear whose it is: a
 * warning, and they stay apart). Two CIKs are never merged.
 */
async function nameOnlyIssuersToAbsorb(tx: GraphTx, batch: ParsedFiling[]): Promise<{ merges: IssuerMerge[]; warnings: IngestWarning[] }> {
  const holders = new Map<string, Map<string, { cik: string; name: string; origin: string }>>();
  for (const { filing, origin } of batch) {
    if (!filing.issuer.cik) continue;
    const n = normaliseIssuerName(filing.issuer.name);
    const m = holders.get(n) ?? new Map();
    m.set(issuerKeyOfCik(filing.issuer.cik), { cik: filing.issuer.cik, name: filing.issuer.name, origin });
    holders.set(n, m);
  }
  if (holders.size === 0) return { merges: [], warnings: [] };
  const nameOnly = new Map<string, string[]>();
  for (const r of await tx.run(FIND_ISSUERS_BY_NAME, { rows: [...holders.keys()].map((normName) => ({ normName })) })) {
    const n = String(r.normName);
    if (r.cik === null) nameOnly.set(n, [...(nameOnly.get(n) ?? []), String(r.key)]);
    else if (!holders.get(n)!.has(String(r.key))) holders.get(n)!.set(String(r.key), { cik: String(r.cik), name: '', origin: '' });
  }
  const merges: IssuerMerge[] = [];
  const warnings: IngestWarning[] = [];
  for (const [normName, fromKeys] of nameOnly) {
    const cikHolders = [...holders.get(normName)!.entries()];
    const [toKey, first] = cikHolders[0]!;
    if (cikHolders.length === 1) {
      for (const fromKey of fromKeys) merges.push({ fromKey, toKey, cik: first.cik, name: first.name, normName });
    } else {
      const origin = cikHolders.find(([, h]) => h.origin !== '')?.[1].origin ?? normName;
      warnings.push({ origin, message: `issuer ${fromKeys.join(', ')} (no CIK) may be any of ${cikHolders.map(([k]) => k).join(', ')}: kept apart` });
    }
  }
  return { merges, warnings };
}

type WithIssuer = ParsedFiling & { issuer: IssuerRow };

interface Candidate {
  key: string;
  normName: string;
  cik: string | null;
  /** In the graph already (else only in this batch). */
  inGraph?: boolean;
}

/** Of two name-only spellings new in one batch, the fuller one (more words, then the smaller key) keeps its key. */
const fuller = (a: Candidate, b: Candidate): boolean => {
  const wa = a.normName.split(' ').length;
  const wb = b.normName.split(' ').length;
  return wa !== wb ? wa > wb : a.key < b.key;
};

/** Candidates whose name fits `normName` another way (names.ts namesCompatible), other than itself. */
function variantsOf(normName: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.normName !== normName && namesCompatible(normName, c.normName));
}

async function resolvePersons(tx: GraphTx, batch: WithIssuer[]): Promise<{ filings: ResolvedFiling[]; merges: PersonMerge[]; warnings: IngestWarning[] }> {
  const warnings: IngestWarning[] = [];
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

  // Still unmatched: the same person spelled another way ("Matthew Dillon" for "Dillon Matthew S.")
  // among everyone at the issuer, in the graph and in this batch. Only a single fit is taken.
  const unmatched = [...lookups.entries()].filter(([k]) => !cikHolders.has(k));
  if (unmatched.length > 0) {
    const atIssuer = new Map<string, Candidate[]>();
    const add = (issuerKey: string, c: Candidate): void => {
      const list = atIssuer.get(issuerKey) ?? [];
      if (!list.some((x) => x.key === c.key)) list.push(c);
      atIssuer.set(issuerKey, list);
    };
    for (const r of await tx.run(FIND_PEOPLE_AT_ISSUERS, { issuerKeys: [...new Set(unmatched.map(([, v]) => v.issuerKey))] })) {
      add(String(r.issuerKey), { key: String(r.key), normName: String(r.normName), cik: r.cik === null ? null : String(r.cik), inGraph: true });
    }
    for (const p of batch) {
      for (const o of p.filing.reportingOwners) {
        const normName = normalisePersonName(o.name);
        add(p.issuer.key, { key: o.cik ? personKeyOfCik(o.cik) : personKeyOfName(normName, p.issuer.key), normName, cik: o.cik });
      }
    }
    for (const [k, { normName, issuerKey }] of unmatched) {
      const here = atIssuer.get(issuerKey) ?? [];
      const own: Candidate = { key: personKeyOfName(normName, issuerKey), normName, cik: null };
      // Known under this very spelling: that person it is.
      if (here.some((c) => c.inGraph && c.key === own.key)) continue;
      // A CIK holder wins over name-only spellings; a spelling new in this batch is joined only by a poorer one.
      const fits = variantsOf(normName, here).filter((c) => c.cik !== null || c.inGraph || fuller(c, own));
      const withCik = fits.filter((c) => c.cik !== null);
      const chosen = withCik.length > 0 ? withCik : fits;
      if (chosen.length === 1) cikHolders.set(k, chosen[0]!.key);
      else if (chosen.length > 1) warnings.push({ origin: originOf(batch, normName, issuerKey), message: `${normName} at ${issuerKey} may be any of ${chosen.map((c) => c.key).join(', ')}: kept apart` });
    }
  }

  // A name-only node for a (name, issuer) that now has a CIK holder is the same person: absorb it.
  const candidates = new Map<string, string>();
  for (const [k, cikKey] of cikHolders) {
    const [normName, issuerKey] = k.split('\u0000') as [string, string];
    if (cikKey.startsWith('cik:')) candidates.set(personKeyOfName(normName, issuerKey), cikKey);
  }
  // And a name-only node at the issuer spelled another way, where this batch's CIK holders offer it one fit.
  const holdersAt = new Map<string, Candidate[]>();
  for (const p of batch) {
    for (const o of p.filing.reportingOwners) {
      if (!o.cik) continue;
      const list = holdersAt.get(p.issuer.key) ?? [];
      if (!list.some((c) => c.cik === o.cik)) list.push({ key: personKeyOfCik(o.cik), normName: normalisePersonName(o.name), cik: o.cik });
      holdersAt.set(p.issuer.key, list);
    }
  }
  if (holdersAt.size > 0) {
    for (const r of await tx.run(FIND_NAME_ONLY_AT_ISSUERS, { issuerKeys: [...holdersAt.keys()] })) {
      const key = String(r.key);
      const normName = String(r.normName);
      if (candidates.has(key)) continue;
      const fits = variantsOf(normName, holdersAt.get(String(r.issuerKey)) ?? []);
      if (fits.length === 1) candidates.set(key, fits[0]!.key);
      else if (fits.length > 1) warnings.push({ origin: originOf(batch, null, String(r.issuerKey)), message: `${normName} at ${String(r.issuerKey)} may be any of ${fits.map((c) => c.key).join(', ')}: kept apart` });
    }
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
      return { key, cik: o.cik, name: o.name, normName, atIssuer: key.startsWith('name:') ? p.issuer.key : null };
    });
    return { ...p, owners };
  });
  return { filings, merges, warnings };
}

/** The input a warning is about: the first filing of the batch at that issuer (with that owner name, when given). */
function originOf(batch: WithIssuer[], normName: string | null, issuerKey: string): string {
  const p = batch.find((b) => b.issuer.key === issuerKey && (normName === null || b.filing.reportingOwners.some((o) => normalisePersonName(o.name) === normName)));
  return p?.origin ?? issuerKey;
}
