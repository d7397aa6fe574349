/**
 * The API's query mix: what the Explorer and typical clients ask, with variables drawn from sampled
 * ids. Shared by `npm run bench:api` and the load soak (test/reliability/api-load.soak.ts).
 */

/** Ids to query: people and issuers sampled from the graph. */
export interface MixIds {
  personIds: string[];
  issuerIds: string[];
}

export interface MixEntry {
  name: string;
  query: string;
  variables: (r: MixIds, n: number) => Record<string, unknown>;
  target?: string;
}

export const MIX: MixEntry[] = [
  {
    name: 'person + holdings + 20 latest transactions',
    query: `query($id: ID) { person(id: $id) { id name cik holdings { edges { node { securityTitle shares asOf issuer { name ticker } } } }
      transactions(first: 20) { edges { node { date code codeDescription shares pricePerShare value sharesOwnedAfter } } } } }`,
    variables: (r, n) => ({ id: r.personIds[n % r.personIds.length] }),
    target: 'p99 < 20 ms',
  },
  {
    name: 'network(depth: 2, limit: 200)',
    query: `query($id: ID!) { network(center: $id, depth: 2, limit: 200) { nodes { id kind label hops } edges { source target role title } } }`,
    variables: (r, n) => ({ id: r.personIds[(n * 7) % r.personIds.length] }),
    target: 'p99 < 100 ms',
  },
  {
    name: 'issuer insiders (first 20) with roles',
    query: `query($id: ID) { issuer(id: $id) { name insiders(first: 20) { edges { node { person { name } relationships { edges { node { role title since until } } } } } } } }`,
    variables: (r, n) => ({ id: r.issuerIds[n % r.issuerIds.length] }),
  },
  {
    name: 'person coInsiders (first 20)',
    query: `query($id: ID) { person(id: $id) { coInsiders(first: 20) { edges { node { person { name } sharedIssuers { edges { node { name } } } } } } } }`,
    variables: (r, n) => ({ id: r.personIds[(n * 3) % r.personIds.length] }),
  },
  {
    name: 'issuer activity by quarter',
    query: `query($id: ID) { issuer(id: $id) { activity(interval: QUARTER) { period buys sells netShares netValue } } }`,
    variables: (r, n) => ({ id: r.issuerIds[(n * 5) % r.issuerIds.length] }),
  },
  {
    name: 'people search (garbled name)',
    query: `query($s: String) { people(search: $s, first: 10) { edges { node { id name } } } }`,
    variables: (_r, n) => ({ s: ['sm1th james', 'JOHNS0N, mary', 'garcia', 'lee d'][n % 4] }),
  },
  {
    name: 'transactions of an issuer, P/S, by value',
    query: `query($id: ID) { transactions(filter: { issuer: $id, codes: [P, S] }, orderBy: VALUE_DESC, first: 20) { edges { node { date code value reportingOwners { edges { node { name } } } } } } }`,
    variables: (r, n) => ({ id: r.issuerIds[(n * 11) % r.issuerIds.length] }),
  },
];
