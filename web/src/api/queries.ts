import { gql, gqlOrNull } from './client';
import type {
  ActivityPeriod,
  Connection,
  Filing,
  GraphView,
  Holding,
  HoldingPoint,
  IssuerRef,
  OptionHolding,
  PersonRef,
  PersonTransaction,
  Relationship,
  Transaction,
} from './types';

/*
 * Every query the Explorer sends. Each page asks for what it shows in one request where the schema
 * allows, so a page costs one round trip before it renders.
 */

const ISSUER_REF = 'id name ticker cik';
const PERSON_REF = 'id name cik';
const REL = 'role title since until';
const TX = `id kind date code codeDescription securityTitle derivative shares pricePerShare value acquiredDisposed sharesOwnedAfter ownership footnotes { id text }`;

export interface SearchResults {
  people: Connection<PersonRef & { issuers: Array<{ issuer: { name: string } }> }>;
  issuers: Connection<IssuerRef>;
}

export async function search(text: string, signal?: AbortSignal): Promise<SearchResults> {
  const named = gql<SearchResults>(
    `query Search($s: String) {
      people(search: $s, first: 10) { totalCount edges { node { ${PERSON_REF} issuers { issuer { name } } } } }
      issuers(search: $s, first: 10) { totalCount edges { node { ${ISSUER_REF} } } }
    }`,
    { s: text },
    signal,
  );
  // A CIK names one person or one issuer exactly; names never hold only digits.
  if (!/^\d{1,10}$/.test(text)) return named;
  const [byName, person, issuer] = await Promise.all([
    named,
    gqlOrNull<{ person: SearchResults['people']['edges'][number]['node'] }>(`query($c: String) { person(cik: $c) { ${PERSON_REF} issuers { issuer { name } } } }`, { c: text }, signal),
    gqlOrNull<{ issuer: IssuerRef }>(`query($c: String) { issuer(cik: $c) { ${ISSUER_REF} } }`, { c: text }, signal),
  ]);
  const people = person ? [{ node: person.person }, ...byName.people.edges] : byName.people.edges;
  const issuers = issuer ? [{ node: issuer.issuer }, ...byName.issuers.edges] : byName.issuers.edges;
  return { people: { totalCount: people.length, edges: people }, issuers: { totalCount: issuers.length, edges: issuers } };
}

export interface PersonPage extends PersonRef {
  issuers: Array<{ issuer: IssuerRef; relationships: Relationship[] }>;
  holdings: Holding[];
  options: OptionHolding[];
  transactions: Connection<PersonTransaction>;
}

export const PERSON_TRANSACTIONS = 20;

export async function personPage(id: string, signal?: AbortSignal): Promise<PersonPage> {
  const d = await gql<{ person: PersonPage }>(
    `query PersonPage($id: ID) {
      person(id: $id) {
        ${PERSON_REF}
        issuers { issuer { ${ISSUER_REF} } relationships { ${REL} } }
        holdings { securityTitle ownership natureOfOwnership shares asOf issuer { ${ISSUER_REF} } }
        options { id title exercisePrice expirationDate underlyingTitle underlyingShares shares asOf issuer { ${ISSUER_REF} } }
        transactions(first: ${PERSON_TRANSACTIONS}) { totalCount edges { node { ${TX} issuer { ${ISSUER_REF} } } } }
      }
    }`,
    { id },
    signal,
  );
  return d.person;
}

/** The API's alias limit is 15 per request; history for more issuers than this goes in several requests. */
const HISTORY_ALIASES = 12;

/** The holding after each reported row, per issuer, in one request per dozen issuers. */
export async function holdingHistories(personId: string, issuerIds: readonly string[], signal?: AbortSignal): Promise<Map<string, HoldingPoint[]>> {
  const out = new Map<string, HoldingPoint[]>();
  for (let start = 0; start < issuerIds.length; start += HISTORY_ALIASES) {
    const chunk = issuerIds.slice(start, start + HISTORY_ALIASES);
    const vars: Record<string, unknown> = { p: personId };
    const fields = chunk.map((iid, n) => {
      vars[`i${n}`] = iid;
      return `h${n}: holdingHistory(issuer: $i${n}) { date shares securityTitle ownership natureOfOwnership code }`;
    });
    const decl = chunk.map((_, n) => `$i${n}: ID!`).join(', ');
    const d = await gql<{ person: Record<string, HoldingPoint[]> }>(`query History($p: ID, ${decl}) { person(id: $p) { ${fields.join('\n')} } }`, vars, signal);
    chunk.forEach((iid, n) => out.set(iid, d.person[`h${n}`] ?? []));
  }
  return out;
}

export interface IssuerPage extends IssuerRef {
  insiders: Connection<{ person: PersonRef; relationships: Relationship[] }>;
  activity: ActivityPeriod[];
  filings: Connection<Filing>;
  transactions: Connection<Transaction & { reportingOwners: PersonRef[] }>;
}

export async function issuerPage(id: string, signal?: AbortSignal): Promise<IssuerPage> {
  const d = await gql<{ issuer: IssuerPage }>(
    `query IssuerPage($id: ID) {
      issuer(id: $id) {
        ${ISSUER_REF}
        insiders(first: 100) { totalCount edges { node { person { ${PERSON_REF} } relationships { ${REL} } } } }
        activity(interval: MONTH) { period buys sells buyShares sellShares netShares netValue }
        filings(first: 20) { totalCount edges { node { id formType accessionNumber periodOfReport signatureDate isAmendment superseded reportingOwners { ${PERSON_REF} } } } }
        transactions(first: 10) { totalCount edges { node { ${TX} reportingOwners { ${PERSON_REF} } } } }
      }
    }`,
    { id },
    signal,
  );
  return d.issuer;
}

const VIEW = `nodes { id kind label hops } edges { id source target role title since until }`;

export async function network(center: string, depth: number, limit: number, signal?: AbortSignal): Promise<GraphView> {
  const d = await gql<{ network: GraphView }>(`query Network($c: ID!, $d: Int, $l: Int) { network(center: $c, depth: $d, limit: $l) { ${VIEW} } }`, { c: center, d: depth, l: limit }, signal);
  return d.network;
}

export interface Paths {
  hops: number | null;
  paths: GraphView[];
}

/** Shortest paths; the API wants a person at the `from` end, so callers put one there. */
export async function connection(from: string, to: string, maxHops = 6, signal?: AbortSignal): Promise<Paths> {
  const d = await gql<{ connection: Paths }>(`query Path($a: ID!, $b: ID!, $h: Int) { connection(from: $a, to: $b, maxHops: $h, limit: 5) { hops paths { ${VIEW} } } }`, { a: from, b: to, h: maxHops }, signal);
  return d.connection;
}

/** The holdings of people in a network view, drawn as edges beside their roles. */
export async function holdingsOf(personId: string, signal?: AbortSignal): Promise<Holding[]> {
  const d = await gql<{ person: { holdings: Holding[] } }>(`query Holdings($id: ID) { person(id: $id) { holdings { securityTitle ownership natureOfOwnership shares asOf issuer { ${ISSUER_REF} } } } }`, { id: personId }, signal);
  return d.person.holdings;
}
