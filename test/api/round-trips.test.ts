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

async function statementsFor(query: string): Promise<number> {
  const before = api.store.statements;
  const r = await api.gql(query);
  expect(r.errors).toBeUndefined();
  return api.store.statements - before;
}

const transactionsPage = (n: number): string => `{ transactions(first: ${n}) { edges { node { code issuer { name } reportingOwners { name }
  filing { formType issuer { ticker } reportingOwners { cik } transactions { code } } } } } }`;

const peoplePage = (n: number): string => `{ people(first: ${n}) { edges { node { name holdings { shares issuer { name } } options { title issuer { name } }
  issuers { issuer { ticker } relationships { role } } } } } }`;

it('sends as many statements for 50 transactions with issuer, filing and owners as for 2', async () => {
  const two = await statementsFor(transactionsPage(2));
  const fifty = await statementsFor(transactionsPage(50));
  // page, filings, issuers, filing owners, persons, filing rows: one statement each
  expect(two).toBe(6);
  expect(fifty).toBe(two);
});

it('sends as many statements for 50 people with holdings, options and issuers as for 2', async () => {
  // The page of people comes from the server's name index, loaded by its first search (one statement).
  expect(await statementsFor(`{ people(first: 1) { totalCount } }`)).toBe(1);
  const two = await statementsFor(peoplePage(2));
  const fifty = await statementsFor(peoplePage(50));
  // holdings, options, roles by issuer (the issuers come joined into the three lists)
  expect(two).toBe(3);
  expect(fifty).toBe(two);
});
