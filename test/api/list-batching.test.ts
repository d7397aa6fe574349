import { startTestApi, type TestApi } from './helpers/api';

/*
 * The lists of a node that are counted apart (Person.transactions, Person.filings, Person.coInsiders,
 * Issuer.insiders, Issuer.transactions, Issuer.filings, and Person.holdings and Person.options) are
 * fetched by one statement for a single parent and by one statement for all the parents of a page
 * otherwise. Both must give every parent
 * the same page. Hand-worked from ../shared/seeds/*.expected.json (SONUS NETWORKS INC, ticker SONS,
 * no CIKs; the corpus has nothing at Sonus), value = shares x price:
 *  003 Dillon  2007-12-05  Table I M 14278 @4.48 -> 39778 (63,965.44); S 14278 @6.01 -> 25500 (85,810.78);
 *                          Table II M 14278 @0 -> 1660 (0)
 *  000 Dillon  2011-06-13  S 15000 @2.99 -> 71642 (44,850)
 *  002 Harris  2011-09-15  F  5291 @2.38 -> 54162 (12,592.58)
 *  001 Dillon  2013-03-11  S 22000 @2.35 -> 180706 (51,700)
 *  004 Polizzi 2014-06-17  F  2584 @3.52 -> 22416 (9,095.68)
 * Each is an officer; a role's span is its first to last period seen (Dillon 2007-12-05 to 2013-03-11).
 */
let api: TestApi;
let sonus: string;

beforeAll(async () => {
  // Cost and aliases well past the defaults: the comparison below asks many lists of 100 parents at once.
  api = await startTestApi({ limits: { maxCost: 1e9, maxAliases: 50 } });
  sonus = (await api.gql(`{ issuer(ticker: "SONS") { id } }`)).data.issuer.id;
}, 120_000);
afterAll(() => api.dispose());

type Edges<T> = { totalCount?: number; edges: Array<{ node: T }> };
const nodes = <T>(c: Edges<T>): T[] => c.edges.map((e) => e.node);
const cursor = (n: number): string => Buffer.from(`o:${n}`, 'utf8').toString('base64url');

const PERSON_LISTS = `
  latest: transactions(first: 2) { totalCount edges { node { date code sharesOwnedAfter } } }
  oldest: transactions(first: 3, orderBy: DATE_ASC) { edges { node { date code derivative sharesOwnedAfter } } }
  filings(first: 2, after: "${cursor(0)}") { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { periodOfReport } } }
  coInsiders { totalCount edges { node { person { name } sharedIssuers { edges { node { ticker } } } } } }`;

/** What the seeds say each Sonus insider's lists are (PERSON_LISTS). */
const SONUS_PEOPLE = {
  'Dillon Matthew S.': {
    latest: { totalCount: 5, edges: [{ node: { date: '2013-03-11', code: 'S', sharesOwnedAfter: 180706 } }, { node: { date: '2011-06-13', code: 'S', sharesOwnedAfter: 71642 } }] },
    oldest: {
      edges: [
        { node: { date: '2007-12-05', code: 'M', derivative: false, sharesOwnedAfter: 39778 } },
        { node: { date: '2007-12-05', code: 'S', derivative: false, sharesOwnedAfter: 25500 } },
        { node: { date: '2007-12-05', code: 'M', derivative: true, sharesOwnedAfter: 1660 } },
      ],
    },
    filings: { totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { periodOfReport: '2011-06-13' } }, { node: { periodOfReport: '2007-12-05' } }] },
    coInsiders: { totalCount: 2, edges: [{ node: { person: { name: 'Harris Kathleen A.' }, sharedIssuers: { edges: [{ node: { ticker: 'SONS' } }] } } }, { node: { person: { name: 'Polizzi Peter' }, sharedIssuers: { edges: [{ node: { ticker: 'SONS' } }] } } }] },
  },
  'Harris Kathleen A.': {
    latest: { totalCount: 1, edges: [{ node: { date: '2011-09-15', code: 'F', sharesOwnedAfter: 54162 } }] },
    oldest: { edges: [{ node: { date: '2011-09-15', code: 'F', derivative: false, sharesOwnedAfter: 54162 } }] },
    filings: { totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [] },
    coInsiders: { totalCount: 2, edges: [{ node: { person: { name: 'Dillon Matthew S.' }, sharedIssuers: { edges: [{ node: { ticker: 'SONS' } }] } } }, { node: { person: { name: 'Polizzi Peter' }, sharedIssuers: { edges: [{ node: { ticker: 'SONS' } }] } } }] },
  },
  'Polizzi Peter': {
    latest: { totalCount: 1, edges: [{ node: { date: '2014-06-17', code: 'F', sharesOwnedAfter: 22416 } }] },
    oldest: { edges: [{ node: { date: '2014-06-17', code: 'F', derivative: false, sharesOwnedAfter: 22416 } }] },
    filings: { totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [] },
    coInsiders: { totalCount: 2, edges: [{ node: { person: { name: 'Dillon Matthew S.' }, sharedIssuers: { edges: [{ node: { ticker: 'SONS' } }] } } }, { node: { person: { name: 'Harris Kathleen A.' }, sharedIssuers: { edges: [{ node: { ticker: 'SONS' } }] } } }] },
  },
};

const ISSUER_LISTS = `
  byValue: transactions(first: 6, orderBy: VALUE_DESC) { totalCount edges { node { value sharesOwnedAfter } } }
  filings(first: 3) { totalCount edges { node { periodOfReport } } }
  in2011: insiders(asOf: "2011-09-15") { totalCount edges { node { person { name } relationships { edges { node { role since until } } } } } }
  in2012: insiders(asOf: "2012-01-01", role: OFFICER) { totalCount edges { node { person { name } } } }
  directors: insiders(role: DIRECTOR) { totalCount edges { node { person { name } } } }`;

const SONUS_LISTS = {
  byValue: {
    totalCount: 7,
    edges: [
      { node: { value: 85810.78, sharesOwnedAfter: 25500 } },
      { node: { value: 63965.44, sharesOwnedAfter: 39778 } },
      { node: { value: 51700, sharesOwnedAfter: 180706 } },
      { node: { value: 44850, sharesOwnedAfter: 71642 } },
      { node: { value: 12592.58, sharesOwnedAfter: 54162 } },
      { node: { value: 9095.68, sharesOwnedAfter: 22416 } },
    ],
  },
  filings: { totalCount: 5, edges: [{ node: { periodOfReport: '2014-06-17' } }, { node: { periodOfReport: '2013-03-11' } }, { node: { periodOfReport: '2011-09-15' } }] },
  in2011: {
    totalCount: 2,
    edges: [
      { node: { person: { name: 'Dillon Matthew S.' }, relationships: { edges: [{ node: { role: 'OFFICER', since: '2007-12-05', until: '2013-03-11' } }] } } },
      { node: { person: { name: 'Harris Kathleen A.' }, relationships: { edges: [{ node: { role: 'OFFICER', since: '2011-09-15', until: '2011-09-15' } }] } } },
    ],
  },
  in2012: { totalCount: 1, edges: [{ node: { person: { name: 'Dillon Matthew S.' } } }] },
  directors: { totalCount: 0, edges: [] },
};

/** Values rounded to cents: shares x price in floating point. */
function roundValues<T>(x: T): T {
  return JSON.parse(JSON.stringify(x), (k, v: unknown) => (k === 'value' && typeof v === 'number' ? Math.round(v * 100) / 100 : v)) as T;
}

describe('the seeds, each list alone and in a page of parents', () => {
  it("Sonus's insiders' transactions, filings and co-insiders, asked for every insider at once", async () => {
    const r = await api.gql(`query($i: ID) { issuer(id: $i) { insiders { edges { node { person { name ${PERSON_LISTS} } } } } } }`, { i: sonus });
    expect(r.errors).toBeUndefined();
    const people = nodes<{ person: { name: string } }>(r.data.issuer.insiders).map((n) => n.person);
    expect(Object.fromEntries(people.map(({ name, ...lists }) => [name, lists]))).toEqual(SONUS_PEOPLE);
  });

  it('each Sonus insider alone', async () => {
    for (const [name, lists] of Object.entries(SONUS_PEOPLE)) {
      const r = await api.gql(`query($s: String) { people(search: $s) { edges { node { name } } } }`, { s: name });
      expect(nodes(r.data.people)).toEqual([{ name }]);
      const alone = await api.gql(`query($s: String) { people(search: $s) { edges { node { ${PERSON_LISTS} } } } }`, { s: name });
      expect(alone.errors).toBeUndefined();
      expect(nodes(alone.data.people)).toEqual([lists]);
    }
  });

  it("Sonus's transactions by value, filings and insiders as of a date, asked for every issuer at once and for Sonus alone", async () => {
    const all = await api.gql(`{ issuers(first: 100) { totalCount edges { node { ticker ${ISSUER_LISTS} } } } }`);
    expect(all.errors).toBeUndefined();
    expect(all.data.issuers.totalCount).toBeGreaterThan(10);
    const inPage = nodes<{ ticker: string | null }>(all.data.issuers).filter((n) => n.ticker === 'SONS');
    expect(inPage).toHaveLength(1);
    const { ticker: _t, ...lists } = inPage[0]!;
    expect(roundValues(lists)).toEqual(SONUS_LISTS);
    const alone = await api.gql(`query($i: ID) { issuer(id: $i) { ${ISSUER_LISTS} } }`, { i: sonus });
    expect(alone.errors).toBeUndefined();
    expect(roundValues(alone.data.issuer)).toEqual(SONUS_LISTS);
  });
});

/*
 * Every person and issuer of the seeds and corpus: each list alone (the one-parent statement) equals
 * the same list in a page of all of them (the many-parent statement), for several windows, orders and
 * filters. Both answers come from the server; what they must equal is each other.
 */
const WINDOWS = [`first: 2`, `first: 3, after: "${cursor(1)}"`, `first: 100`];
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node';

function personListsQuery(): string {
  const lists: string[] = [];
  WINDOWS.forEach((w, n) => {
    for (const order of ['DATE_DESC', 'DATE_ASC', 'VALUE_DESC']) lists.push(`t${n}${order}: transactions(${w}, orderBy: ${order}) { ${PAGE} { id date value } } }`);
    lists.push(`f${n}: filings(${w}) { ${PAGE} { id periodOfReport } } }`);
    lists.push(`c${n}: coInsiders(${w}) { ${PAGE} { person { id } sharedIssuers { totalCount edges { node { id } } } } } }`);
    lists.push(`h${n}: holdings(${w}) { ${PAGE} { issuer { id name } securityTitle ownership natureOfOwnership shares asOf } } }`);
    lists.push(`o${n}: options(${w}) { ${PAGE} { id issuer { id } title expirationDate shares } } }`);
  });
  return lists.join('\n');
}

function issuerListsQuery(): string {
  const lists: string[] = [];
  WINDOWS.forEach((w, n) => {
    for (const order of ['DATE_DESC', 'VALUE_DESC']) lists.push(`t${n}${order}: transactions(${w}, orderBy: ${order}) { ${PAGE} { id value } } }`);
    lists.push(`f${n}: filings(${w}) { ${PAGE} { id } } }`);
    lists.push(`i${n}: insiders(${w}) { ${PAGE} { person { id } relationships { totalCount edges { node { role since until } } } } } }`);
  });
  lists.push(`officers: insiders(role: OFFICER, asOf: "2015-06-30") { ${PAGE} { person { id } } } }`);
  lists.push(`owners: insiders(role: TEN_PERCENT_OWNER, first: 3) { ${PAGE} { person { id } } } }`);
  return lists.join('\n');
}

describe('one parent alone and many at once give the same pages', () => {
  it.each([
    ['people', 'person', personListsQuery],
    ['issuers', 'issuer', issuerListsQuery],
  ] as const)('every one of the %s', async (plural, single, lists) => {
    const many = await api.gql(`{ ${plural}(first: 100) { edges { node { id ${lists()} } } } }`);
    expect(many.errors).toBeUndefined();
    const parents = nodes<{ id: string }>(many.data[plural]);
    expect(parents.length).toBeGreaterThan(20);
    // Some lists are longer than the windows, so the windows cut into them.
    const longest = (list: string): number => Math.max(...parents.map((p) => (p as unknown as Record<string, { totalCount: number }>)[list]!.totalCount));
    expect(longest('f2')).toBeGreaterThan(3);
    expect(longest('t2DATE_DESC')).toBeGreaterThan(3);
    if (single === 'person') {
      expect(longest('c2')).toBeGreaterThan(3);
      expect(longest('h2')).toBeGreaterThan(2);
      expect(longest('o2')).toBeGreaterThan(2);
    } else expect(longest('i2')).toBeGreaterThan(3);
    let statementsAlone = 0;
    for (const parent of parents) {
      const before = api.store.statements;
      const alone = await api.gql(`query($id: ID) { ${single}(id: $id) { id ${lists()} } }`, { id: parent.id });
      statementsAlone = Math.max(statementsAlone, api.store.statements - before);
      expect(alone.errors).toBeUndefined();
      expect(alone.data[single]).toEqual(parent);
    }
    expect(statementsAlone).toBeGreaterThan(0);
  });
});
