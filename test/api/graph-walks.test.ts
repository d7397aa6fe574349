import { EXAMPLE_QUERY } from '../../src/cli/serve-command';
import { startTestApi, type TestApi } from './helpers/api';

/*
 * Hand-worked from ../shared/seeds/*.expected.json (issuer SONUS NETWORKS INC, ticker SONS, no CIKs):
 *  003 Dillon  2007-12-05  M 14278 A @4.48 -> 39778; S 14278 D @6.01 -> 25500   (officer "VP, Global Services")
 *  000 Dillon  2011-06-13  S 15000 D @2.99 -> 71642                            (officer "SVP, Global Support Services")
 *  002 Harris  2011-09-15  F  5291 D @2.38 -> 54162                            (officer "VP, Human Resources")
 *  001 Dillon  2013-03-11  S 22000 D @2.35 -> 180706
 *  004 Polizzi 2014-06-17  F  2584 D @3.52 -> 22416                            (officer "VP, Global Services")
 * The corpus adds other issuers and people, none of them at Sonus.
 */
/** The nodes of a connection, in order. */
const nodes = <T>(c: { edges: Array<{ node: T }> }): T[] => c.edges.map((e) => e.node);

let api: TestApi;
let dillon: string;
let sonus: string;

beforeAll(async () => {
  api = await startTestApi();
  const r = await api.gql(`{ people(search: "Dillon") { edges { node { id issuers { edges { node { issuer { id } } } } } } } }`);
  dillon = r.data.people.edges[0].node.id;
  sonus = r.data.people.edges[0].node.issuers.edges[0].node.issuer.id;
}, 120_000);
afterAll(() => api.dispose());

describe('people search', () => {
  it.each([['DiIlon, matthew'], ['dillon'], ['MATTHEW S. DILLON'], ['d1llon']])('finds Dillon from %j', async (search) => {
    const r = await api.gql(`query($s: String) { people(search: $s) { totalCount edges { node { name cik } } } }`, { s: search });
    expect(r.data.people).toEqual({ totalCount: 1, edges: [{ node: { name: 'Dillon Matthew S.', cik: null } }] });
  });

  it('filters by issuer and role', async () => {
    const r = await api.gql(`query($i: ID) { people(issuer: $i, role: OFFICER) { totalCount edges { node { name } } } }`, { i: sonus });
    expect(r.data.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Dillon Matthew S.', 'Harris Kathleen A.', 'Polizzi Peter']);
    const directors = await api.gql(`query($i: ID) { people(issuer: $i, role: DIRECTOR) { totalCount } }`, { i: sonus });
    expect(directors.data.people.totalCount).toBe(0);
  });
});

describe('Dillon', () => {
  it('has Harris and Polizzi as co-insiders through SONUS NETWORKS INC', async () => {
    const r = await api.gql(`query($id: ID) { person(id: $id) { coInsiders { totalCount edges { node { person { name } sharedIssuers { totalCount edges { node { name ticker } } } } } } } }`, { id: dillon });
    expect(r.data.person.coInsiders).toEqual({
      totalCount: 2,
      edges: [
        { node: { person: { name: 'Harris Kathleen A.' }, sharedIssuers: { totalCount: 1, edges: [{ node: { name: 'SONUS NETWORKS INC', ticker: 'SONS' } }] } } },
        { node: { person: { name: 'Polizzi Peter' }, sharedIssuers: { totalCount: 1, edges: [{ node: { name: 'SONUS NETWORKS INC', ticker: 'SONS' } }] } } },
      ],
    });
  });

  it('holds 25,500 after 2007-12-05, 71,642 after 2011-06-13 and 180,706 after 2013-03-11', async () => {
    const r = await api.gql(`query($id: ID, $i: ID!) { person(id: $id) { holdingHistory(issuer: $i) { totalCount edges { node { date shares code ownership } } } } }`, { id: dillon, i: sonus });
    expect(r.data.person.holdingHistory.totalCount).toBe(4);
    expect(nodes(r.data.person.holdingHistory)).toEqual([
      { date: '2007-12-05', shares: 39778, code: 'M', ownership: 'DIRECT' },
      { date: '2007-12-05', shares: 25500, code: 'S', ownership: 'DIRECT' },
      { date: '2011-06-13', shares: 71642, code: 'S', ownership: 'DIRECT' },
      { date: '2013-03-11', shares: 180706, code: 'S', ownership: 'DIRECT' },
    ]);
  });

  it('holds 180,706 common shares now; the option left after the exercise expired on 2010-05-27, so it is closed', async () => {
    const q = `query($id: ID, $closed: Boolean, $asOf: LocalDate) { person(id: $id) { holdings { totalCount edges { node { securityTitle shares asOf issuer { name } } } }
      options(includeClosed: $closed, asOf: $asOf) { totalCount edges { node { title exercisePrice expirationDate shares underlyingTitle underlyingShares issuer { ticker } } } } } }`;
    const option = { title: 'Employee Stock Option (right to buy)', exercisePrice: 4.48, expirationDate: '2010-05-27', shares: 1660, underlyingTitle: 'Common Stock', underlyingShares: null, issuer: { ticker: 'SONS' } };
    const now = await api.gql(q, { id: dillon });
    expect(now.data.person).toEqual({
      holdings: { totalCount: 1, edges: [{ node: { securityTitle: 'Common Stock', shares: 180706, asOf: '2013-03-11', issuer: { name: 'SONUS NETWORKS INC' } } }] },
      options: { totalCount: 0, edges: [] },
    });
    expect((await api.gql(q, { id: dillon, closed: true })).data.person.options).toEqual({ totalCount: 1, edges: [{ node: option }] });
    expect((await api.gql(q, { id: dillon, asOf: '2009-06-30' })).data.person.options).toEqual({ totalCount: 1, edges: [{ node: option }] });
  });

  /*
   * Brin in the corpus: at Alphabet (0001652044), 0001209191-22-024552's three Class B holdings rows
   * (18,509,696 direct; 8,635 in each of two trusts) and Class A sold down to 0; at Google Inc.
   * (0001288776), 0001127602-15-028697's Class B conversion (C 16,670, column 7 "16670 Class A
   * Common Stock") leaving 21,109,310 directly, its Class A sold down to 0 too, and a holdings row of
   * 21,169,379 Class C Capital Stock held directly.
   */
  it("returns Brin's Class B lines with ownership form and nature, ids distinct, and Class A at 0 only when closed lines are asked for", async () => {
    const q = `query($closed: Boolean) { person(id: "Person:cik:0001295032") { holdings(includeClosed: $closed) { edges { node { securityTitle ownership shares issuer { cik } } } }
      options { totalCount edges { node { id title ownership natureOfOwnership shares underlyingShares issuer { cik } } } } } }`;
    const r = await api.gql(q);
    const lines = nodes(r.data.person.options) as Array<{ id: string }>;
    const alphabet = { issuer: { cik: '0001652044' } };
    expect(lines.map(({ id: _id, ...rest }) => rest)).toEqual([
      // The conversion's 16,670 is not what the 21,109,310 held convert into: no amount.
      { title: 'Class B Common Stock', ownership: 'DIRECT', natureOfOwnership: null, shares: 21109310, underlyingShares: null, issuer: { cik: '0001288776' } },
      { title: 'Class B Common Stock', ownership: 'DIRECT', natureOfOwnership: null, shares: 18509696, underlyingShares: 18509696, ...alphabet },
      { title: 'Class B Common Stock', ownership: 'INDIRECT', natureOfOwnership: 'SMB Pacific 2021 Charitable Remainder Unitrust I', shares: 8635, underlyingShares: 8635, ...alphabet },
      { title: 'Class B Common Stock', ownership: 'INDIRECT', natureOfOwnership: 'SMB Pacific 2021 Charitable Remainder Unitrust II', shares: 8635, underlyingShares: 8635, ...alphabet },
    ]);
    expect(new Set(lines.map((l) => l.id)).size).toBe(4);
    const classC = { securityTitle: 'Class C Capital Stock', ownership: 'DIRECT', shares: 21169379, issuer: { cik: '0001288776' } };
    expect(nodes(r.data.person.holdings)).toEqual([classC]);
    expect(nodes((await api.gql(q, { closed: true })).data.person.holdings)).toEqual([
      { securityTitle: 'Class A Common Stock', ownership: 'DIRECT', shares: 0, ...alphabet },
      { securityTitle: 'Class A Common Stock', ownership: 'DIRECT', shares: 0, issuer: { cik: '0001288776' } },
      classC,
    ]);
  });

  it('is what the query `serve` prints answers: his holding of Sonus', async () => {
    const r = await api.gql(EXAMPLE_QUERY);
    expect(r.errors).toBeUndefined();
    expect(r.data.people.totalCount).toBe(1);
    expect(r.data.people.edges[0].node.holdings).toEqual({
      totalCount: 1,
      edges: [{ node: { securityTitle: 'Common Stock', shares: 180706, asOf: '2013-03-11', issuer: { name: 'SONUS NETWORKS INC', ticker: 'SONS' } } }],
    });
  });

  it('lists his latest transactions with code descriptions and value = shares × price', async () => {
    const r = await api.gql(`query($id: ID) { person(id: $id) { transactions(first: 2) { totalCount pageInfo { hasNextPage } edges { node { date code codeDescription shares pricePerShare value acquiredDisposed } } } } }`, { id: dillon });
    expect(r.data.person.transactions).toEqual({
      totalCount: 5,
      pageInfo: { hasNextPage: true },
      edges: [
        { node: { date: '2013-03-11', code: 'S', codeDescription: 'Open market or private sale of securities', shares: 22000, pricePerShare: 2.35, value: 51700, acquiredDisposed: 'D' } },
        { node: { date: '2011-06-13', code: 'S', codeDescription: 'Open market or private sale of securities', shares: 15000, pricePerShare: 2.99, value: 44850, acquiredDisposed: 'D' } },
      ],
    });
  });

  it('is an officer of Sonus from 2007-12-05 to 2013-03-11 with his latest title', async () => {
    const r = await api.gql(`query($id: ID) { person(id: $id) { issuers { totalCount edges { node { issuer { name } relationships { totalCount edges { node { role title since until } } } } } } } }`, { id: dillon });
    expect(r.data.person.issuers).toEqual({
      totalCount: 1,
      edges: [
        { node: { issuer: { name: 'SONUS NETWORKS INC' }, relationships: { totalCount: 1, edges: [{ node: { role: 'OFFICER', title: 'SVP, Global Support Services', since: '2007-12-05', until: '2013-03-11' } }] } } },
      ],
    });
  });
});

describe('SONUS NETWORKS INC', () => {
  it('is found by ticker, with its insiders, titles and dates', async () => {
    const r = await api.gql(`{ issuer(ticker: "sons") { id name insiders { totalCount edges { node { person { name } relationships { edges { node { role title since until } } } } } } } }`);
    expect(r.data.issuer.id).toBe(sonus);
    expect(r.data.issuer.insiders).toEqual({
      totalCount: 3,
      edges: [
        { node: { person: { name: 'Dillon Matthew S.' }, relationships: { edges: [{ node: { role: 'OFFICER', title: 'SVP, Global Support Services', since: '2007-12-05', until: '2013-03-11' } }] } } },
        { node: { person: { name: 'Harris Kathleen A.' }, relationships: { edges: [{ node: { role: 'OFFICER', title: 'VP, Human Resources', since: '2011-09-15', until: '2011-09-15' } }] } } },
        { node: { person: { name: 'Polizzi Peter' }, relationships: { edges: [{ node: { role: 'OFFICER', title: 'VP, Global Services', since: '2014-06-17', until: '2014-06-17' } }] } } },
      ],
    });
  });

  it('keeps only the insiders whose span covers asOf', async () => {
    const r = await api.gql(`query($i: ID) { issuer(id: $i) { insiders(asOf: "2010-01-01") { edges { node { person { name } } } } } }`, { i: sonus });
    expect(r.data.issuer.insiders.edges).toEqual([{ node: { person: { name: 'Dillon Matthew S.' } } }]);
  });

  it('sums activity per quarter', async () => {
    const r = await api.gql(`query($i: ID) { issuer(id: $i) { activity(interval: QUARTER) { period buys sells buyShares sellShares netShares netValue } } }`, { i: sonus });
    // 2007-Q4: M +14278 @4.48 and S -14278 @6.01 -> net 0 shares, 14278 × (4.48 - 6.01) = -21845.34
    expect(r.data.issuer.activity).toEqual([
      { period: '2007-Q4', buys: 0, sells: 1, buyShares: 0, sellShares: 14278, netShares: 0, netValue: -21845.34 },
      { period: '2011-Q2', buys: 0, sells: 1, buyShares: 0, sellShares: 15000, netShares: -15000, netValue: -44850 },
      { period: '2011-Q3', buys: 0, sells: 0, buyShares: 0, sellShares: 0, netShares: -5291, netValue: -12592.58 },
      { period: '2013-Q1', buys: 0, sells: 1, buyShares: 0, sellShares: 22000, netShares: -22000, netValue: -51700 },
      { period: '2014-Q2', buys: 0, sells: 0, buyShares: 0, sellShares: 0, netShares: -2584, netValue: -9095.68 },
    ]);
  });

  it('has monthly activity within from/to only', async () => {
    const r = await api.gql(`query($i: ID) { issuer(id: $i) { activity(from: "2011-01-01", to: "2011-12-31", interval: MONTH) { period netShares } } }`, { i: sonus });
    expect(r.data.issuer.activity).toEqual([
      { period: '2011-06', netShares: -15000 },
      { period: '2011-09', netShares: -5291 },
    ]);
  });
});

describe('graph views', () => {
  it('connects Dillon to Polizzi through Sonus in two hops', async () => {
    const polizzi = (await api.gql(`{ people(search: "polizzi") { edges { node { id } } } }`)).data.people.edges[0].node.id;
    const r = await api.gql(`query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 4) { hops paths { nodes { id kind label } edges { source target role } } } }`, { a: dillon, b: polizzi });
    expect(r.data.connection).toEqual({
      hops: 2,
      paths: [
        {
          nodes: [
            { id: dillon, kind: 'PERSON', label: 'Dillon Matthew S.' },
            { id: sonus, kind: 'ISSUER', label: 'SONUS NETWORKS INC' },
            { id: polizzi, kind: 'PERSON', label: 'Polizzi Peter' },
          ],
          edges: [
            { source: dillon, target: sonus, role: 'OFFICER' },
            { source: polizzi, target: sonus, role: 'OFFICER' },
          ],
        },
      ],
    });
  });

  it('finds no path from Dillon to an issuer of the corpus', async () => {
    const other = (await api.gql(`{ issuer(ticker: "AIR") { id } }`)).data.issuer.id;
    const r = await api.gql(`query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 6) { hops paths { nodes { id } } } }`, { a: dillon, b: other });
    expect(r.data.connection).toEqual({ hops: null, paths: [] });
  });

  it("draws Dillon's network: Sonus at one hop, Harris and Polizzi at two, three officer edges", async () => {
    const r = await api.gql(`query($c: ID!) { network(center: $c, depth: 2, limit: 200) { nodes { label kind hops } edges { role title } } }`, { c: dillon });
    expect(r.data.network).toEqual({
      nodes: [
        { label: 'Dillon Matthew S.', kind: 'PERSON', hops: 0 },
        { label: 'SONUS NETWORKS INC', kind: 'ISSUER', hops: 1 },
        { label: 'Harris Kathleen A.', kind: 'PERSON', hops: 2 },
        { label: 'Polizzi Peter', kind: 'PERSON', hops: 2 },
      ],
      edges: [
        { role: 'OFFICER', title: 'SVP, Global Support Services' },
        { role: 'OFFICER', title: 'VP, Human Resources' },
        { role: 'OFFICER', title: 'VP, Global Services' },
      ],
    });
  });

  it('cuts the network at limit, nearest first', async () => {
    const r = await api.gql(`query($c: ID!) { network(center: $c, depth: 2, limit: 1) { nodes { label } edges { role } } }`, { c: dillon });
    expect(r.data.network).toEqual({ nodes: [{ label: 'Dillon Matthew S.' }, { label: 'SONUS NETWORKS INC' }], edges: [{ role: 'OFFICER' }] });
  });
});

describe('cluster buys', () => {
  /* From the corpus filing rs-kellogg_edgar2data/.../1665975_1_0001062993-20-000814.txt, read by hand:
   * MARCHEX INC (MCHX), joint filers Edenbrook Capital, LLC / EDENBROOK LONG ONLY VALUE FUND, LP /
   * Brolin Jonathan, open-market purchases (P): 2020-02-11 1393 @ 3.95 and 35145 @ 3.9089,
   * 2020-02-12 16054 @ 4.0045, 2020-02-13 80000 @ 3.1364.
   * Shares 132592; value 5502.35 + 137378.2905 + 64288.243 + 250912 = 458080.8835, 458080.88 to the cent. */
  it('finds Marchex, three insiders buying in February 2020', async () => {
    const r = await api.gql(`{ clusterBuys(from: "2020-02-01", to: "2020-02-29", minInsiders: 3) { totalCount edges { node {
      issuer { name ticker } insiderCount buys shares value firstDate lastDate insiders { totalCount edges { node { name } } } } } } }`);
    expect(r.data.clusterBuys).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            issuer: { name: 'MARCHEX INC', ticker: 'MCHX' },
            insiderCount: 3,
            buys: 4,
            shares: 132592,
            value: 458080.88,
            firstDate: '2020-02-11',
            lastDate: '2020-02-13',
            // by name, in code-point order (upper case before lower)
            insiders: { totalCount: 3, edges: [{ node: { name: 'Brolin Jonathan' } }, { node: { name: 'EDENBROOK LONG ONLY VALUE FUND, LP' } }, { node: { name: 'Edenbrook Capital, LLC' } }] },
          },
        },
      ],
    });
  });

  it('counts only the buys inside the window', async () => {
    const r = await api.gql(`{ clusterBuys(from: "2020-02-12", to: "2020-02-29", minInsiders: 3) { edges { node { issuer { ticker } buys shares firstDate } } } }`);
    expect(r.data.clusterBuys.edges).toEqual([{ node: { issuer: { ticker: 'MCHX' }, buys: 2, shares: 96054, firstDate: '2020-02-12' } }]);
  });
});
