import { startTestApi, type TestApi } from './helpers/api';

/*
 * Paging through the lists of a node (first/after): every item exactly once, in the documented order,
 * totalCount right on every page, the hard maximum refused. Expected values are hand-worked from the
 * seeds (see graph-walks.test.ts):
 *  Dillon at SONUS NETWORKS INC, balance after each row: 2007-12-05 M -> 39778, S -> 25500;
 *  2011-06-13 S -> 71642; 2013-03-11 S -> 180706. His Form 4 for 2007-12-05 reports M and S in
 *  Table I and M in Table II. Sonus insiders: Dillon, Harris, Polizzi.
 *  MARCHEX INC's February 2020 buyers (corpus 0001062993-20-000814): Brolin Jonathan, Edenbrook
 *  Capital, LLC and EDENBROOK LONG ONLY VALUE FUND, LP.
 */
let api: TestApi;
let dillon: string;
let sonus: string;

beforeAll(async () => {
  api = await startTestApi();
  dillon = (await api.gql(`{ people(search: "dillon") { edges { node { id } } } }`)).data.people.edges[0].node.id;
  sonus = (await api.gql(`{ issuer(ticker: "SONS") { id } }`)).data.issuer.id;
}, 120_000);
afterAll(() => api.dispose());

interface Conn<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node';

/**
 * Every node of a connection, fetched `size` at a time; `query` takes $first and $after and `at`
 * finds the connection in its answer. Checks the page bookkeeping on the way.
 */
async function walk<T>(query: string, variables: Record<string, unknown>, at: (d: any) => Conn<T>, size: number): Promise<{ nodes: T[]; pages: number; total: number }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- deep response shapes
  const nodes: T[] = [];
  let after: string | null = null;
  let total = -1;
  for (let pages = 1; pages < 1000; pages++) {
    const r = await api.gql(query, { ...variables, first: size, after });
    expect(r.errors).toBeUndefined();
    const c = at(r.data);
    if (total === -1) total = c.totalCount;
    expect(c.totalCount).toBe(total);
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(c.edges.length).toBeLessThanOrEqual(size);
    nodes.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage) return { nodes, pages, total };
    expect(c.edges.length).toBe(size);
    after = c.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

describe('walking a list page by page', () => {
  it("Dillon's holding history at Sonus, one point a page", async () => {
    const q = `query($p: ID, $i: ID!, $first: Int, $after: String) { person(id: $p) { holdingHistory(issuer: $i, first: $first, after: $after) { ${PAGE} { date shares code } } } } }`;
    const w = await walk(q, { p: dillon, i: sonus }, (d) => d.person.holdingHistory, 1);
    expect(w).toEqual({
      total: 4,
      pages: 4,
      nodes: [
        { date: '2007-12-05', shares: 39778, code: 'M' },
        { date: '2007-12-05', shares: 25500, code: 'S' },
        { date: '2011-06-13', shares: 71642, code: 'S' },
        { date: '2013-03-11', shares: 180706, code: 'S' },
      ],
    });
  });

  it("the rows of Dillon's 2007-12-05 Form 4, two a page, in document order", async () => {
    const f = await api.gql(`query($p: ID) { filings(filter: { person: $p, from: "2007-12-05", to: "2007-12-05" }) { edges { node { id } } } }`, { p: dillon });
    const id = f.data.filings.edges[0].node.id;
    const q = `query($f: ID, $first: Int, $after: String) { filing(id: $f) { transactions(first: $first, after: $after) { ${PAGE} { code derivative sharesOwnedAfter } } } } }`;
    const w = await walk<{ code: string; derivative: boolean; sharesOwnedAfter: number }>(q, { f: id }, (d) => d.filing.transactions, 2);
    expect(w.total).toBe(3);
    expect(w.pages).toBe(2);
    expect(w.nodes.map((n) => [n.code, n.derivative])).toEqual([['M', false], ['S', false], ['M', true]]);
    expect(w.nodes.slice(0, 2).map((n) => n.sharesOwnedAfter)).toEqual([39778, 25500]);
  });

  it("Dillon's issuers, one a page, with their roles", async () => {
    const q = `query($p: ID, $first: Int, $after: String) { person(id: $p) { issuers(first: $first, after: $after) { ${PAGE} { issuer { ticker }
      relationships(first: $first) { totalCount edges { node { role title } } } } } } } }`;
    const w = await walk(q, { p: dillon }, (d) => d.person.issuers, 1);
    expect(w.nodes).toEqual([{ issuer: { ticker: 'SONS' }, relationships: { totalCount: 1, edges: [{ node: { role: 'OFFICER', title: 'SVP, Global Support Services' } }] } }]);
  });

  it("Marchex's February 2020 buyers, one a page, by name", async () => {
    const q = `query($first: Int, $after: String) { clusterBuys(from: "2020-02-01", to: "2020-02-29", minInsiders: 3) { edges { node { insiders(first: $first, after: $after) { ${PAGE} { name } } } } } } }`;
    const w = await walk<{ name: string }>(q, {}, (d) => d.clusterBuys.edges[0].node.insiders, 1);
    expect(w.total).toBe(3);
    expect(w.nodes.map((n) => n.name)).toEqual(['Brolin Jonathan', 'EDENBROOK LONG ONLY VALUE FUND, LP', 'Edenbrook Capital, LLC']);
  });

  it('the co-insiders’ shared issuers: the first page, and nothing past it', async () => {
    const q = `query($p: ID, $a: String) { person(id: $p) { coInsiders { edges { node { person { name } sharedIssuers(first: 1, after: $a) { totalCount edges { node { ticker } } } } } } } }`;
    const first = await api.gql(q, { p: dillon, a: null });
    expect(first.data.person.coInsiders.edges.map((e: any) => e.node.sharedIssuers)).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any -- deep response shapes
      { totalCount: 1, edges: [{ node: { ticker: 'SONS' } }] },
      { totalCount: 1, edges: [{ node: { ticker: 'SONS' } }] },
    ]);
    const past = await api.gql(q, { p: dillon, a: Buffer.from('o:0').toString('base64url') });
    expect(past.data.person.coInsiders.edges.map((e: any) => e.node.sharedIssuers)).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any -- deep response shapes
      { totalCount: 1, edges: [] },
      { totalCount: 1, edges: [] },
    ]);
  });

  /** The corpus filing with the most of some list, for walks longer than the seeds give. */
  async function filingWithMost(field: 'footnotes' | 'transactions' | 'holdingRows'): Promise<{ id: string; n: number }> {
    const r = await api.gql(`{ filings(first: 100) { edges { node { id ${field} { totalCount } } } } }`);
    const all = r.data.filings.edges.map((e: { node: { id: string } & Record<string, { totalCount: number }> }) => ({ id: e.node.id, n: e.node[field]!.totalCount }));
    return all.sort((a: { n: number }, b: { n: number }) => b.n - a.n)[0];
  }

  it.each([['footnotes', 3], ['transactions', 3], ['holdingRows', 1]] as const)("a corpus filing's %s, %i a page: each once, as one page lists them", async (field, size) => {
    const { id, n } = await filingWithMost(field);
    expect(n).toBeGreaterThan(size);
    const sel = field === 'footnotes' ? 'id text' : 'id date code';
    const q = `query($f: ID, $first: Int, $after: String) { filing(id: $f) { ${field}(first: $first, after: $after) { ${PAGE} { ${sel} } } } } }`;
    const w = await walk<{ id: string }>(q, { f: id }, (d) => d.filing[field], size);
    expect(w.total).toBe(n);
    expect(w.nodes).toHaveLength(n);
    expect(new Set(w.nodes.map((x) => x.id)).size).toBe(n);
    expect(w.pages).toBe(Math.ceil(n / size));
    const whole = await api.gql(q, { f: id, first: 100, after: null });
    expect(w.nodes).toEqual(whole.data.filing[field].edges.map((e: { node: unknown }) => e.node));
    if (field === 'footnotes') {
      const numbers = w.nodes.map((x) => Number(x.id.replace(/^F/, '')));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it("a transaction's footnotes, one a page, as the first page lists them", async () => {
    const r = await api.gql(`{ transactions(first: 100, orderBy: DATE_ASC) { edges { node { id filing { id } footnotes { totalCount edges { node { id } } } } } } }`);
    type Row = { node: { id: string; filing: { id: string }; footnotes: { totalCount: number; edges: Array<{ node: { id: string } }> } } };
    const row = (r.data.transactions.edges as Row[]).map((e) => e.node).sort((a, b) => b.footnotes.totalCount - a.footnotes.totalCount)[0]!;
    expect(row.footnotes.totalCount).toBeGreaterThan(1);
    const q = `query($f: ID, $first: Int, $after: String) { filing(id: $f) { transactions(first: 100) { edges { node { id footnotes(first: $first, after: $after) { ${PAGE} { id } } } } } } } }`;
    const w = await walk<{ id: string }>(q, { f: row.filing.id }, (d) => d.filing.transactions.edges.find((e: Row) => e.node.id === row.id).node.footnotes, 1);
    expect(w.nodes).toEqual(row.footnotes.edges.map((e) => e.node));
    expect(w.total).toBe(row.footnotes.totalCount);
  });
});

describe('the hard maximum', () => {
  const lists: Array<[string, string]> = [
    ['Person.issuers', `query($p: ID) { person(id: $p) { issuers(first: 101) { totalCount } } }`],
    ['Person.holdings', `query($p: ID) { person(id: $p) { holdings(first: 101) { totalCount } } }`],
    ['Person.options', `query($p: ID) { person(id: $p) { options(first: 101) { totalCount } } }`],
    ['Person.holdingHistory', `query($p: ID, $i: ID!) { person(id: $p) { holdingHistory(issuer: $i, first: 101) { totalCount } } }`],
    ['PersonIssuer.relationships', `query($p: ID) { person(id: $p) { issuers { edges { node { relationships(first: 101) { totalCount } } } } } }`],
    ['Insider.relationships', `query($i: ID) { issuer(id: $i) { insiders { edges { node { relationships(first: 101) { totalCount } } } } } }`],
    ['CoInsider.sharedIssuers', `query($p: ID) { person(id: $p) { coInsiders { edges { node { sharedIssuers(first: 101) { totalCount } } } } } }`],
    ['Filing.transactions', `query($p: ID) { person(id: $p) { filings { edges { node { transactions(first: 101) { totalCount } } } } } }`],
    ['Filing.holdingRows', `query($p: ID) { person(id: $p) { filings { edges { node { holdingRows(first: 101) { totalCount } } } } } }`],
    ['Filing.reportingOwners', `query($p: ID) { person(id: $p) { filings { edges { node { reportingOwners(first: 101) { totalCount } } } } } }`],
    ['Filing.footnotes', `query($p: ID) { person(id: $p) { filings { edges { node { footnotes(first: 101) { totalCount } } } } } }`],
    ['Transaction.footnotes', `query($p: ID) { person(id: $p) { transactions { edges { node { footnotes(first: 101) { totalCount } } } } } }`],
    ['Transaction.reportingOwners', `query($p: ID) { person(id: $p) { transactions { edges { node { reportingOwners(first: 101) { totalCount } } } } } }`],
    ['ClusterBuy.insiders', `{ clusterBuys(minInsiders: 1) { edges { node { insiders(first: 101) { totalCount } } } } }`],
  ];

  it.each(lists)('%s refuses first: 101 with BAD_USER_INPUT naming first', async (_name, query) => {
    const r = await api.gql(query, { p: dillon, i: sonus });
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions!.issues).toEqual([{ path: ['first'], message: expect.stringContaining('100'), code: 'too_big' }]);
  });

  it('takes first: 100 and refuses a cursor it did not give out', async () => {
    const ok = await api.gql(`query($p: ID) { person(id: $p) { holdings(first: 100) { totalCount } } }`, { p: dillon });
    expect(ok.data.person.holdings.totalCount).toBe(1);
    const bad = await api.gql(`query($p: ID) { person(id: $p) { holdings(after: "nonsense") { totalCount } } }`, { p: dillon });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
