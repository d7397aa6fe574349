import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../helpers/paths';
import { seedInputs, startTestApi, type TestApi } from './helpers/api';

const WRITE = 'write-token-for-tests';
const CYPHER = 'cypher-token-for-tests';
/* The JetBlue Form 4 of the corpus, read by hand: accession 0001158463-25-000044, period 2025-03-10,
 * issuer JETBLUE AIRWAYS CORP (CIK 0001158463, JBLU), owner Clements Carol Ann (CIK 0001858380),
 * officer "Chief Digital & Tech Officer". */
const JETBLUE = join(CORPUS_DIR, 'syeo-1_secform4project', 'jetblue_RSU_acquisition.xml');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ writeToken: WRITE, cypherToken: CYPHER }, seedInputs());
}, 60_000);
afterAll(() => api.dispose());

const codes = (r: { errors?: Array<{ extensions?: { code?: string } }> }): Array<string | undefined> => (r.errors ?? []).map((e) => e.extensions?.code);
const INGEST = `mutation($d: String!, $f: String) { ingestFiling(document: $d, filename: $f) { id accessionNumber formType periodOfReport issuer { name cik ticker } reportingOwners { totalCount edges { node { name cik } } } } }`;

describe('ingestFiling', () => {
  it('refuses a request without the right token', async () => {
    const r = await api.gql(INGEST, { d: readFileSync(JETBLUE, 'utf8') }, 'wrong');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('parses and ingests a filing, which the queries then see; a second time changes nothing', async () => {
    const doc = readFileSync(JETBLUE, 'utf8');
    const expected = {
      id: 'Filing:acc:0001158463-25-000044',
      accessionNumber: '0001158463-25-000044',
      formType: '4',
      periodOfReport: '2025-03-10',
      issuer: { name: 'JETBLUE AIRWAYS CORP', cik: '0001158463', ticker: 'JBLU' },
      reportingOwners: { totalCount: 1, edges: [{ node: { name: 'Clements Carol Ann', cik: '0001858380' } }] },
    };
    const SEARCH = `{ people(search: "CLEMENTS carol") { totalCount edges { node { name } } } }`;
    expect((await api.gql(SEARCH)).data.people).toEqual({ totalCount: 0, edges: [] });
    const r = await api.gql(INGEST, { d: doc, f: 'jetblue.xml' }, WRITE);
    expect(r.data.ingestFiling).toEqual(expected);
    // The server's name index is refreshed by its own ingest.
    expect((await api.gql(SEARCH)).data.people).toEqual({ totalCount: 1, edges: [{ node: { name: 'Clements Carol Ann' } }] });
    expect((await api.gql(INGEST, { d: doc, f: 'jetblue.xml' }, WRITE)).data.ingestFiling).toEqual(expected);
    const p = await api.gql(`{ person(cik: "1858380") { name issuers { edges { node { issuer { ticker } relationships { edges { node { role title since } } } } } } } }`);
    expect(p.data.person).toEqual({
      name: 'Clements Carol Ann',
      issuers: { edges: [{ node: { issuer: { ticker: 'JBLU' }, relationships: { edges: [{ node: { role: 'OFFICER', title: 'Chief Digital & Tech Officer', since: '2025-03-10' } }] } } }] },
    });
    const f = await api.gql(`{ filings(filter: { formType: "4", from: "2025-01-01" }) { totalCount } }`);
    expect(f.data.filings.totalCount).toBe(1);
  });

  it('answers BAD_USER_INPUT with the parser’s code for a document that is not a filing', async () => {
    const r = await api.gql(INGEST, { d: 'hello, not a filing', f: 'note.txt' }, WRITE);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.issues).toEqual([expect.objectContaining({ path: ['document'] })]);
  });
});

describe('cypher', () => {
  const Q = `mutation($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows } }`;

  it('runs read-only Cypher with parameters for the holder of the token', async () => {
    const r = await api.gql(Q, { q: 'MATCH (p:Person) WHERE p.name STARTS WITH $s RETURN p.name AS name ORDER BY name', p: { s: 'Dillon' } }, CYPHER);
    expect(r.errors).toBeUndefined();
    expect(r.data.cypher).toEqual({ columns: ['name'], rows: [{ name: 'Dillon Matthew S.' }] });
  });

  it('refuses writes', async () => {
    const r = await api.gql(Q, { q: "CREATE (n:Person {key: 'x'}) RETURN n" }, CYPHER);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/read-only/);
    const people = await api.gql(Q, { q: "MATCH (n:Person {key: 'x'}) RETURN count(n) AS n" }, CYPHER);
    expect(people.data.cypher.rows).toEqual([{ n: 0 }]);
  });

  it('refuses the write token and a missing token', async () => {
    expect(codes(await api.gql(Q, { q: 'RETURN 1 AS one' }, WRITE))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(Q, { q: 'RETURN 1 AS one' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers BAD_USER_INPUT for invalid Cypher', async () => {
    expect(codes(await api.gql(Q, { q: 'MATCH (n RETURN n' }, CYPHER))).toEqual(['BAD_USER_INPUT']);
  });
});
