import { TRANSACTION_CODES } from '../../src/parser/model';
import { TRANSACTION_CODE_DESCRIPTIONS } from '../../src/schema/transaction-codes';
import { seedInputs, startTestApi, type TestApi } from './helpers/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, seedInputs());
}, 60_000);
afterAll(() => api.dispose());

const codes = (r: { errors?: Array<{ extensions?: { code?: string } }> }): Array<string | undefined> => (r.errors ?? []).map((e) => e.extensions?.code);

describe('typed errors', () => {
  it('NOT_FOUND for a person that is not there', async () => {
    const r = await api.gql(`{ person(cik: "1234567") { name } }`);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toBe('no person with CIK 1234567');
    expect(r.data).toBeNull();
  });

  it('BAD_USER_INPUT with the zod issues for a page over the maximum', async () => {
    const r = await api.gql(`{ people(first: 101) { totalCount } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.issues).toEqual([{ path: ['first'], message: expect.stringContaining('100'), code: 'too_big' }]);
  });

  it('BAD_USER_INPUT for an id of the wrong kind and for an unknown transaction code', async () => {
    const wrongKind = await api.gql(`{ person(id: "Issuer:cik:0000000001") { name } }`);
    expect(codes(wrongKind)).toEqual(['BAD_USER_INPUT']);
    // Codes are the TransactionCode enum: an unknown one is refused before any resolver runs.
    const badCode = await api.gql(`{ transactions(filter: { codes: [Q] }) { totalCount } }`);
    expect(codes(badCode)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(badCode.errors![0]!.message).toContain('"Q"');
    const badVariable = await api.gql(`query($c: [TransactionCode!]) { transactions(filter: { codes: $c }) { totalCount } }`, { c: ['Q'] });
    expect(codes(badVariable)).toEqual(['BAD_USER_INPUT']);
  });

  it('BAD_USER_INPUT when a look-up names the thing twice or not at all', async () => {
    expect(codes(await api.gql(`{ issuer { name } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(`{ issuer(cik: "1", ticker: "X") { name } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('UNAUTHENTICATED for ingestFiling and cypher when the server has no tokens', async () => {
    expect(codes(await api.gql(`mutation { ingestFiling(document: "x") { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(`mutation { cypher(query: "RETURN 1 AS one") { rows } }`))).toEqual(['UNAUTHENTICATED']);
  });

  it('sends no stack traces outside development', async () => {
    const r = await api.gql(`{ person(cik: "1") { name } }`);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});

describe('query limits', () => {
  it('QUERY_TOO_COMPLEX past the depth limit', async () => {
    const deep = `{ people { edges { node { coInsiders { edges { node { person { coInsiders { edges { node { person { coInsiders { edges { node { person { name } } } } } } } } } } } } } } } }`;
    const r = await api.gql(deep);
    expect(codes(r)).toContain('QUERY_TOO_COMPLEX');
    expect(r.errors![0]!.message).toBe('Query too complex: Query depth limit of 12 exceeded, found 16.');
  });

  it('QUERY_TOO_COMPLEX past the alias limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: issuers { totalCount }`).join(' ');
    const r = await api.gql(`{ ${aliases} }`);
    expect(codes(r)).toContain('QUERY_TOO_COMPLEX');
    expect(r.errors!.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')!.message).toBe('Query too complex: Aliases limit of 15 exceeded, found 16.');
  });

  it('QUERY_TOO_COMPLEX past the cost limit', async () => {
    const nest = (fields: string[], inner = ''): string => `${fields.join(' ')} ${inner}`;
    const person = `person { ${nest(['id', 'name', 'cik'], `coInsiders(first: 100) { edges { node { person { id name } } } }`)} }`;
    const wide = Array.from({ length: 14 }, (_, i) => `i${i}: issuers(first: 100) { edges { node { ${nest(['id', 'name', 'cik', 'ticker'], `insiders(first: 100) { edges { node { ${person} } } }`)} } } }`).join(' ');
    const r = await api.gql(`{ ${wide} }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0]!.message).toMatch(/^Query too complex: Query Cost limit of 100000 exceeded/);
  });
});

describe('service', () => {
  it('answers /healthz when the store does', async () => {
    const res = await fetch(api.server.url.replace(/\/graphql$/, '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', engine: api.store.engine });
  });

  it('pages with cursors: default size, after, hasNextPage', async () => {
    const first = await api.gql(`{ people(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } }`);
    expect(first.data.people.totalCount).toBe(3);
    expect(first.data.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Dillon Matthew S.', 'Harris Kathleen A.']);
    expect(first.data.people.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await api.gql(`query($a: String) { people(first: 2, after: $a) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }`, { a: first.data.people.pageInfo.endCursor });
    expect(next.data.people).toEqual({ pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { name: 'Polizzi Peter' } }] });
    const all = await api.gql(`{ people { edges { node { name } } } }`);
    expect(all.data.people.edges).toHaveLength(3);
  });

  it('refuses a cursor it did not give out', async () => {
    expect(codes(await api.gql(`{ people(after: "bm9wZQ") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

test('every SEC transaction code has a description', () => {
  for (const c of TRANSACTION_CODES) expect(TRANSACTION_CODE_DESCRIPTIONS[c]).toMatch(/\w{3,}/);
  expect(TRANSACTION_CODE_DESCRIPTIONS.P).toBe('Open market or private purchase of securities');
  expect(TRANSACTION_CODE_DESCRIPTIONS.M).toBe('Exercise or conversion of derivative security exempted pursuant to Rule 16b-3');
});
