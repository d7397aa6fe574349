import { startTestApi, type TestApi } from './helpers/api';

/**
 * DataLoaders: the store round trips for a page must not grow with the page. The store counts the
 * statements it runs (a real Grafeo graph; only the counting is added).
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 120_000);
afterAll(() => api.dispose());

async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const before = api.store.statements;
  const r = await api.gql(query, variables);
  expect(r.errors).toBeUndefined();
  return api.store.statements - before;
}

/** The cursor of the first edge of any list: `after` it starts at the second item. */
const AFTER_FIRST = Buffer.from('o:0', 'utf8').toString('base64url');

const transactionsPage = (n: number): string => `{ transactions(first: ${n}) { edges { node { code issuer { name } reportingOwners { edges { node { name } } }
  footnotes { edges { node { id } } } later: footnotes(first: 1, after: "${AFTER_FIRST}") { totalCount edges { node { text } } }
  filing { formType issuer { ticker } } } } } }`;

const filingsPage = (n: number): string => `{ filings(first: ${n}) { edges { node { formType issuer { ticker } reportingOwners(first: 5) { totalCount edges { node { cik } } }
  transactions { totalCount edges { node { code } } } holdingRows { totalCount } footnotes { totalCount edges { node { id } } } } } } }`;

const peopleHoldingsPage = (n: number): string => `query($i: ID!) { people(first: ${n}) { edges { node { name
  holdings { totalCount edges { node { shares issuer { name } } } } options { totalCount edges { node { title issuer { name } } } }
  holdingHistory(issuer: $i) { totalCount edges { node { shares } } } } } } }`;

const peopleIssuersPage = (n: number): string => `{ people(first: ${n}) { edges { node { name
  issuers { totalCount edges { node { issuer { ticker } relationships { edges { node { role } } } later: relationships(first: 1, after: "${AFTER_FIRST}") { totalCount } } } } } } } }`;

const clusterPage = (n: number): string => `{ clusterBuys(minInsiders: 1, first: ${n}) { edges { node { issuer { name }
  insiders { totalCount edges { node { name } } } later: insiders(first: 1, after: "${AFTER_FIRST}") { edges { node { name } } } } } } }`;

const coInsidersPage = (n: number): string => `query($p: ID) { person(id: $p) { coInsiders(first: ${n}) { edges { node { person { name }
  sharedIssuers { totalCount edges { node { name } } } later: sharedIssuers(first: 1, after: "${AFTER_FIRST}") { edges { node { name } } } } } } } }`;

const insidersPage = (n: number): string => `query($i: ID) { issuer(id: $i) { insiders(first: ${n}) { edges { node { person { name }
  relationships { totalCount edges { node { role } } } later: relationships(first: 1, after: "${AFTER_FIRST}") { totalCount } } } } } }`;

it('sends as many statements for 50 transactions with issuer, filing, owners and footnotes as for 2', async () => {
  const two = await statementsFor(transactionsPage(2));
  const fifty = await statementsFor(transactionsPage(50));
  // page; issuers, owners, footnotes after the first, filings (the first page of a row's footnotes
  // comes with the row)
  expect(two).toBe(5);
  expect(fifty).toBe(two);
});

it('sends as many statements for 50 filings with owners, rows and footnotes as for 2', async () => {
  const two = await statementsFor(filingsPage(2));
  const fifty = await statementsFor(filingsPage(50));
  // page; issuers, owners, transaction rows, holding rows, footnotes
  expect(two).toBe(6);
  expect(fifty).toBe(two);
});

it('sends as many statements for 50 people with holdings, options, issuers, roles and history as for 2', async () => {
  const sonus = (await api.gql(`{ issuer(ticker: "SONS") { id } }`)).data.issuer.id;
  // The page of people comes from the server's name index, loaded by its first search (one statement).
  expect(await statementsFor(`{ people(first: 1) { totalCount } }`)).toBe(1);
  const two = await statementsFor(peopleHoldingsPage(2), { i: sonus });
  const fifty = await statementsFor(peopleHoldingsPage(50), { i: sonus });
  // holdings, options, history
  expect(two).toBe(3);
  expect(fifty).toBe(two);
  const twoIssuers = await statementsFor(peopleIssuersPage(2));
  const fiftyIssuers = await statementsFor(peopleIssuersPage(50));
  // issuers (each with its first page of roles), roles after the first
  expect(twoIssuers).toBe(2);
  expect(fiftyIssuers).toBe(twoIssuers);
});

it('sends as many statements for every cluster buy with its buyers as for 2', async () => {
  const all = (await api.gql(`{ clusterBuys(minInsiders: 1, first: 100) { totalCount } }`)).data.clusterBuys.totalCount;
  expect(all).toBeGreaterThan(10);
  const two = await statementsFor(clusterPage(2));
  const fifty = await statementsFor(clusterPage(all));
  // page; issuers; people of the first page of buyers; buyers after the first
  expect(two).toBe(4);
  expect(fifty).toBe(two);
});

it('sends as many statements for many co-insiders and insiders with their shared issuers and roles as for 2', async () => {
  // The issuer with the most insiders, and one of them: who has at least that many co-insiders less one.
  const r = await api.gql(`{ issuers(first: 100) { totalCount edges { node { id insiders { totalCount } } } } }`);
  expect(r.data.issuers.totalCount).toBeLessThanOrEqual(100);
  type IssuerRow = { node: { id: string; insiders: { totalCount: number } } };
  const biggest = (r.data.issuers.edges as IssuerRow[]).map((e) => e.node).sort((a, b) => b.insiders.totalCount - a.insiders.totalCount)[0]!;
  expect(biggest.insiders.totalCount).toBeGreaterThan(5);
  const person = (await api.gql(`query($i: ID) { issuer(id: $i) { insiders(first: 1) { edges { node { person { id } } } } } }`, { i: biggest.id })).data.issuer.insiders.edges[0].node.person.id;
  const two = await statementsFor(coInsidersPage(2), { p: person });
  const many = await statementsFor(coInsidersPage(50), { p: person });
  // person; co-insiders page; issuers of the first page shared; shared issuers after the first
  expect(two).toBe(4);
  expect(many).toBe(two);
  const twoInsiders = await statementsFor(insidersPage(2), { i: biggest.id });
  const manyInsiders = await statementsFor(insidersPage(50), { i: biggest.id });
  // issuer; insiders page (each with its first page of roles); roles after the first
  expect(twoInsiders).toBe(3);
  expect(manyInsiders).toBe(twoInsiders);
});

describe('the lists of a node counted apart, asked for every node of a page', () => {
  const lists: Array<[string, (n: number) => string, number]> = [
    ['Person.transactions', (n) => `{ people(first: ${n}) { edges { node { name transactions(first: 3) { totalCount edges { node { code date } } } } } } }`, 2],
    ['Person.filings', (n) => `{ people(first: ${n}) { edges { node { name filings(first: 2, after: "${AFTER_FIRST}") { totalCount edges { node { formType } } } } } } }`, 2],
    ['Person.coInsiders', (n) => `{ people(first: ${n}) { edges { node { name coInsiders(first: 3) { totalCount edges { node { person { name } } } } } } } }`, 2],
    ['Issuer.insiders', (n) => `{ issuers(first: ${n}) { edges { node { name insiders(first: 3, role: OFFICER) { totalCount edges { node { person { name } } } } } } } }`, 3],
    ['Issuer.transactions', (n) => `{ issuers(first: ${n}) { edges { node { name transactions(first: 3, orderBy: VALUE_DESC) { totalCount edges { node { value } } } } } } }`, 3],
    ['Issuer.filings', (n) => `{ issuers(first: ${n}) { edges { node { name filings(first: 2) { totalCount edges { node { periodOfReport } } } } } } }`, 3],
  ];

  // (the page of issuers, when the parents are issuers); the list's page; its count
  it.each(lists)('%s costs the same for 2, 10 and 50 parents', async (_name, page, expected) => {
    // People come from the server's name index, loaded by its first search (one statement at most).
    await statementsFor(`{ people(first: 1) { totalCount } }`);
    const two = await statementsFor(page(2));
    const ten = await statementsFor(page(10));
    const fifty = await statementsFor(page(50));
    expect(two).toBe(expected);
    expect(ten).toBe(two);
    expect(fifty).toBe(two);
  });

  it('asks for a count only when totalCount is selected, and once for the windows of one list', async () => {
    const page = (n: number, counted: boolean): string => `{ issuers(first: ${n}) { edges { node {
      a: transactions(first: 2) { ${counted ? 'totalCount' : ''} edges { node { code } } }
      b: transactions(first: 2, after: "${AFTER_FIRST}", orderBy: DATE_ASC) { ${counted ? 'totalCount' : ''} edges { node { code } } } } } } }`;
    // the page of issuers; the two windows (one statement each); their count (one for both: the order does not change it)
    expect(await statementsFor(page(2, true))).toBe(4);
    expect(await statementsFor(page(30, true))).toBe(4);
    expect(await statementsFor(page(30, false))).toBe(3);
  });

  it('costs one statement per list for a single node, plus its count when asked', async () => {
    const sonus = (await api.gql(`{ issuer(ticker: "SONS") { id } }`)).data.issuer.id;
    // the issuer; insiders, transactions, filings: one statement each, and one count each
    expect(await statementsFor(`query($i: ID) { issuer(id: $i) { name insiders { edges { node { person { name } } } } transactions { edges { node { code } } } filings { edges { node { formType } } } } }`, { i: sonus })).toBe(4);
    expect(await statementsFor(`query($i: ID) { issuer(id: $i) { name insiders { totalCount } transactions { totalCount } filings { totalCount } } }`, { i: sonus })).toBe(7);
    const dillon = (await api.gql(`{ people(search: "dillon") { edges { node { id } } } }`)).data.people.edges[0].node.id;
    // the person; holdings, options (flat rows); their counts when asked
    expect(await statementsFor(`query($p: ID) { person(id: $p) { holdings { edges { node { shares } } } options { edges { node { title } } } } }`, { p: dillon })).toBe(3);
    expect(await statementsFor(`query($p: ID) { person(id: $p) { holdings { totalCount edges { node { shares } } } options { totalCount } } }`, { p: dillon })).toBe(5);
  });
});
