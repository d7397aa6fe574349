import { seedInputs, startTestApi, type TestApi } from './helpers/api';

/*
 * Hand-worked from the seeds (issuer SONUS NETWORKS INC):
 *  2007-12-05 Dillon  M 14278 A @4.48 (value 63965.44), S 14278 D @6.01 (85810.78); Table II M 14278 D @0
 *  2011-06-13 Dillon  S 15000 D @2.99 (44850)
 *  2011-09-15 Harris  F  5291 D @2.38 (12592.58)
 *  2013-03-11 Dillon  S 22000 D @2.35 (51700)
 *  2014-06-17 Polizzi F  2584 D @3.52 (9095.68)
 */
let api: TestApi;
let sonus: string;
let dillon: string;

beforeAll(async () => {
  api = await startTestApi({}, seedInputs());
  sonus = (await api.gql(`{ issuer(ticker: "SONS") { id } }`)).data.issuer.id;
  dillon = (await api.gql(`{ people(search: "dillon") { edges { node { id } } } }`)).data.people.edges[0].node.id;
}, 60_000);
afterAll(() => api.dispose());

type Row = { node: Record<string, unknown> };
const nodes = (c: { edges: Row[] }): Array<Record<string, unknown>> => c.edges.map((e) => e.node);
/** The edges of a connection holding these nodes, as a query selecting only `edges { node }` gets them. */
const conn = (...ns: Array<Record<string, unknown>>): { edges: Row[] } => ({ edges: ns.map((node) => ({ node })) });

describe('transactions(filter, orderBy)', () => {
  const Q = `query($f: TransactionFilter, $o: TransactionOrderBy) { transactions(filter: $f, orderBy: $o) { totalCount edges { node { date code value } } } }`;

  it('filters sales worth at least 45,000, newest first', async () => {
    const r = await api.gql(Q, { f: { issuer: sonus, codes: ['S'], minValue: 45000 } });
    expect(r.data.transactions.totalCount).toBe(2);
    expect(nodes(r.data.transactions)).toEqual([
      { date: '2013-03-11', code: 'S', value: 51700 },
      { date: '2007-12-05', code: 'S', value: 85810.78 },
    ]);
  });

  it('orders by value', async () => {
    const r = await api.gql(Q, { f: { codes: ['S', 'F'] }, o: 'VALUE_DESC' });
    expect(nodes(r.data.transactions).map((n) => n.value)).toEqual([85810.78, 51700, 44850, 12592.58, 9095.68]);
  });

  it('filters by dates and by acquired/disposed', async () => {
    const in2011 = await api.gql(Q, { f: { from: '2011-01-01', to: '2011-12-31' }, o: 'DATE_ASC' });
    expect(nodes(in2011.data.transactions)).toEqual([
      { date: '2011-06-13', code: 'S', value: 44850 },
      { date: '2011-09-15', code: 'F', value: 12592.58 },
    ]);
    const acquired = await api.gql(Q, { f: { acquiredDisposed: 'A' } });
    expect(nodes(acquired.data.transactions)).toEqual([{ date: '2007-12-05', code: 'M', value: 63965.44 }]);
  });

  it("filters by person: Dillon's five rows, three of them sales", async () => {
    const all = await api.gql(Q, { f: { person: dillon } });
    expect(all.data.transactions.totalCount).toBe(5);
    const sales = await api.gql(Q, { f: { person: dillon, issuer: sonus, codes: ['S'] }, o: 'DATE_ASC' });
    expect(nodes(sales.data.transactions).map((n) => n.date)).toEqual(['2007-12-05', '2011-06-13', '2013-03-11']);
  });
});

describe('filings(filter)', () => {
  it("lists Dillon's three Form 4s, latest period first, with their rows and owners", async () => {
    const r = await api.gql(`query($p: ID) { filings(filter: { person: $p, formType: "4" }) { totalCount edges { node { formType periodOfReport
      reportingOwners { edges { node { name } } } transactions { totalCount edges { node { code derivative } } } issuer { ticker } } } } }`, { p: dillon });
    expect(r.data.filings.totalCount).toBe(3);
    expect(nodes(r.data.filings)).toEqual([
      { formType: '4', periodOfReport: '2013-03-11', reportingOwners: conn({ name: 'Dillon Matthew S.' }), transactions: { totalCount: 1, ...conn({ code: 'S', derivative: false }) }, issuer: { ticker: 'SONS' } },
      { formType: '4', periodOfReport: '2011-06-13', reportingOwners: conn({ name: 'Dillon Matthew S.' }), transactions: { totalCount: 1, ...conn({ code: 'S', derivative: false }) }, issuer: { ticker: 'SONS' } },
      {
        formType: '4',
        periodOfReport: '2007-12-05',
        reportingOwners: conn({ name: 'Dillon Matthew S.' }),
        transactions: { totalCount: 3, ...conn({ code: 'M', derivative: false }, { code: 'S', derivative: false }, { code: 'M', derivative: true }) },
        issuer: { ticker: 'SONS' },
      },
    ]);
  });

  it('filters by issuer and period, and finds a filing by id', async () => {
    const r = await api.gql(`query($i: ID) { filings(filter: { issuer: $i, from: "2011-01-01", to: "2013-12-31" }) { edges { node { id periodOfReport } } } }`, { i: sonus });
    const periods = nodes(r.data.filings).map((n) => n.periodOfReport);
    expect(periods).toEqual(['2013-03-11', '2011-09-15', '2011-06-13']);
    const id = nodes(r.data.filings)[1]!.id;
    const one = await api.gql(`query($id: ID) { filing(id: $id) { periodOfReport reportingOwners { edges { node { name } } } footnotes { totalCount edges { node { id } } } } }`, { id });
    expect(one.data.filing).toEqual({ periodOfReport: '2011-09-15', reportingOwners: conn({ name: 'Harris Kathleen A.' }), footnotes: { totalCount: 1, ...conn({ id: 'F1' }) } });
  });
});

describe('people(role) and issuers(search)', () => {
  it('lists officers of any issuer', async () => {
    const r = await api.gql(`{ people(role: OFFICER) { totalCount } directors: people(role: DIRECTOR) { totalCount } }`);
    expect(r.data).toEqual({ people: { totalCount: 3 }, directors: { totalCount: 0 } });
  });

  it('finds the issuer by a garbled name or by its ticker', async () => {
    const r = await api.gql(`{ a: issuers(search: "s0nus networks") { edges { node { name } } } b: issuers(search: "sons") { edges { node { name } } } }`);
    expect(r.data).toEqual({ a: { edges: [{ node: { name: 'SONUS NETWORKS INC' } }] }, b: { edges: [{ node: { name: 'SONUS NETWORKS INC' } }] } });
  });
});
