import { gql } from './client';
import type {
  ActivityPeriod,
  Connection,
  Edges,
  Filing,
  Footnote,
  GraphView,
  Holding,
  HoldingPoint,
  IssuerRef,
  Listed,
  OptionHolding,
  Paged,
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
/** Every list is a connection; a person's roles at one issuer are a handful, so the default page holds them. */
const REL = 'relationships { edges { node { role title since until } } }';
const TX = `id kind date code codeDescription securityTitle derivative shares pricePerShare value acquiredDisposed sharesOwnedAfter ownership footnotes { edges { node { id text } } }`;
/** The API's hard maximum page: lists the pages show whole ask for this much and say when there is more. */
const ALL = 100;

/** The nodes of a connection, in its order. */
export function nodes<T>(c: Edges<T>): T[] {
  return c.edges.map((e) => e.node);
}

/** A list as the API sends it and as the pages use it: the first page, and how long the whole list is. */
function listOf<T>(c: Edges<T> & { totalCount: number }): Listed<T> {
  return { items: nodes(c), total: c.totalCount };
}

type Wire<T> = Omit<T, 'footnotes'> & { footnotes: Edges<Footnote> };
const withFootnotes = <T extends Transaction>(t: Wire<T>): T => ({ ...t, footnotes: nodes(t.footnotes) }) as T;

type SearchPerson = PersonRef & { issuers: Array<{ issuer: { name: string } }> };
type WireSearchPerson = PersonRef & { issuers: Edges<{ issuer: { name: string } }> };

export interface SearchResults {
  people: Connection<SearchPerson>;
  issuers: Connection<IssuerRef>;
}

const SEARCH_ISSUERS = 5;
const searchPerson = (p: WireSearchPerson): SearchPerson => ({ ...p, issuers: nodes(p.issuers) });

export function search(text: string, signal?: AbortSignal): Promise<SearchResults> {
  // The API's searches match a CIK (digits, with or without leading zeros) and forgive one-letter slips.
  return gql<{ people: Connection<WireSearchPerson>; issuers: Connection<IssuerRef> }>(
    `query Search($s: String) {
      people(search: $s, first: 10) { totalCount edges { node { ${PERSON_REF} issuers(first: ${SEARCH_ISSUERS}) { edges { node { issuer { name } } } } } } }
      issuers(search: $s, first: 10) { totalCount edges { node { ${ISSUER_REF} } } }
    }`,
    { s: text },
    signal,
  ).then((d) => ({ people: { ...d.people, edges: d.people.edges.map((e) => ({ node: searchPerson(e.node) })) }, issuers: d.issuers }));
}

export interface PersonPage extends PersonRef {
  issuers: Listed<{ issuer: IssuerRef; relationships: Relationship[] }>;
  holdings: Listed<Holding>;
  options: Listed<OptionHolding>;
  transactions: Connection<PersonTransaction>;
}

interface WirePersonPage extends PersonRef {
  issuers: Edges<{ issuer: IssuerRef; relationships: Edges<Relationship> }> & { totalCount: number };
  holdings: Edges<Holding> & { totalCount: number };
  options: Edges<OptionHolding> & { totalCount: number };
  transactions: Connection<Wire<PersonTransaction>>;
}

export const PERSON_TRANSACTIONS = 20;

const HOLDING = `securityTitle ownership natureOfOwnership shares asOf issuer { ${ISSUER_REF} }`;

export async function personPage(id: string, signal?: AbortSignal): Promise<PersonPage> {
  const d = await gql<{ person: WirePersonPage }>(
    `query PersonPage($id: ID) {
      person(id: $id) {
        ${PERSON_REF}
        issuers(first: ${ALL}) { totalCount edges { node { issuer { ${ISSUER_REF} } ${REL} } } }
        holdings(first: ${ALL}) { totalCount edges { node { ${HOLDING} } } }
        options(first: ${ALL}) { totalCount edges { node { id title exercisePrice expirationDate underlyingTitle underlyingShares ownership natureOfOwnership shares asOf issuer { ${ISSUER_REF} } } } }
        transactions(first: ${PERSON_TRANSACTIONS}) { totalCount edges { node { ${TX} issuer { ${ISSUER_REF} } } } }
      }
    }`,
    { id },
    signal,
  );
  const p = d.person;
  return {
    ...p,
    issuers: listOf({ ...p.issuers, edges: p.issuers.edges.map((e) => ({ node: { ...e.node, relationships: nodes(e.node.relationships) } })) }),
    holdings: listOf(p.holdings),
    options: listOf(p.options),
    transactions: { ...p.transactions, edges: p.transactions.edges.map((e) => ({ node: withFootnotes(e.node) })) },
  };
}

/** The API's alias limit is 15 per request; history for more issuers than this goes in several requests. */
const HISTORY_ALIASES = 12;

const POINT = 'date shares securityTitle ownership natureOfOwnership code';

/** A longer history than a chart reads well stops here; the chart says it is cut. */
const HISTORY_PAGES = 10;

/**
 * The holding after each reported row, per issuer: the first page of each in one request per dozen
 * issuers, then the rest of any longer history page by page.
 */
export async function holdingHistories(personId: string, issuerIds: readonly string[], signal?: AbortSignal): Promise<Map<string, HoldingPoint[]>> {
  const out = new Map<string, HoldingPoint[]>();
  const more: Array<{ issuer: string; after: string }> = [];
  for (let start = 0; start < issuerIds.length; start += HISTORY_ALIASES) {
    const chunk = issuerIds.slice(start, start + HISTORY_ALIASES);
    const vars: Record<string, unknown> = { p: personId };
    const fields = chunk.map((iid, n) => {
      vars[`i${n}`] = iid;
      return `h${n}: holdingHistory(issuer: $i${n}, first: ${ALL}) { pageInfo { hasNextPage endCursor } edges { node { ${POINT} } } }`;
    });
    const decl = chunk.map((_, n) => `$i${n}: ID!`).join(', ');
    const d = await gql<{ person: Record<string, Paged<HoldingPoint>> }>(`query History($p: ID, ${decl}) { person(id: $p) { ${fields.join('\n')} } }`, vars, signal);
    chunk.forEach((iid, n) => {
      const c = d.person[`h${n}`];
      out.set(iid, c ? nodes(c) : []);
      if (c?.pageInfo.hasNextPage && c.pageInfo.endCursor) more.push({ issuer: iid, after: c.pageInfo.endCursor });
    });
  }
  for (const m of more) {
    let after: string | null = m.after;
    for (let n = 1; after && n < HISTORY_PAGES; n++) {
      const d: { person: { holdingHistory: Paged<HoldingPoint> } } = await gql(
        `query HistoryPage($p: ID, $i: ID!, $a: String) { person(id: $p) { holdingHistory(issuer: $i, first: ${ALL}, after: $a) { pageInfo { hasNextPage endCursor } edges { node { ${POINT} } } } } }`,
        { p: personId, i: m.issuer, a: after },
        signal,
      );
      out.set(m.issuer, [...(out.get(m.issuer) ?? []), ...nodes(d.person.holdingHistory)]);
      after = d.person.holdingHistory.pageInfo.hasNextPage ? d.person.holdingHistory.pageInfo.endCursor : null;
    }
  }
  return out;
}

type IssuerTransaction = Transaction & { reportingOwners: PersonRef[] };

export interface IssuerPage extends IssuerRef {
  insiders: Connection<{ person: PersonRef; relationships: Relationship[] }>;
  activity: ActivityPeriod[];
  filings: Connection<Filing>;
  transactions: Connection<IssuerTransaction>;
}

interface WireIssuerPage extends IssuerRef {
  insiders: Connection<{ person: PersonRef; relationships: Edges<Relationship> }>;
  activity: ActivityPeriod[];
  filings: Connection<Omit<Filing, 'reportingOwners'> & { reportingOwners: Edges<PersonRef> }>;
  transactions: Connection<Wire<Omit<IssuerTransaction, 'reportingOwners'> & { reportingOwners: Edges<PersonRef> }>>;
}

/** A filing's reporting owners are one person, or a few joint filers: the default page holds them. */
const OWNERS = `reportingOwners { edges { node { ${PERSON_REF} } } }`;

export async function issuerPage(id: string, signal?: AbortSignal): Promise<IssuerPage> {
  const d = await gql<{ issuer: WireIssuerPage }>(
    `query IssuerPage($id: ID) {
      issuer(id: $id) {
        ${ISSUER_REF}
        insiders(first: ${ALL}) { totalCount edges { node { person { ${PERSON_REF} } ${REL} } } }
        activity(interval: MONTH) { period buys sells buyShares sellShares netShares netValue }
        filings(first: 20) { totalCount edges { node { id formType accessionNumber periodOfReport signatureDate isAmendment superseded ${OWNERS} } } }
        transactions(first: 10) { totalCount edges { node { ${TX} ${OWNERS} } } }
      }
    }`,
    { id },
    signal,
  );
  const i = d.issuer;
  return {
    ...i,
    insiders: { ...i.insiders, edges: i.insiders.edges.map((e) => ({ node: { ...e.node, relationships: nodes(e.node.relationships) } })) },
    filings: { ...i.filings, edges: i.filings.edges.map((e) => ({ node: { ...e.node, reportingOwners: nodes(e.node.reportingOwners) } })) },
    transactions: {
      ...i.transactions,
      edges: i.transactions.edges.map((e) => ({ node: { ...withFootnotes(e.node), reportingOwners: nodes(e.node.reportingOwners) } as IssuerTransaction })),
    },
  };
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

/** The holdings of people in a network view (the first hundred), drawn as edges beside their roles. */
export async function holdingsOf(personId: string, signal?: AbortSignal): Promise<Holding[]> {
  const d = await gql<{ person: { holdings: Edges<Holding> } }>(`query Holdings($id: ID) { person(id: $id) { holdings(first: ${ALL}) { edges { node { ${HOLDING} } } } } }`, { id: personId }, signal);
  return nodes(d.person.holdings);
}
