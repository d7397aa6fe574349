import { seedInput } from '../graph/helpers/seeds';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../helpers/paths';
import { corpusInputs, seedInputs, startTestApi, type TestApi } from './helpers/api';

/*
 * Seed 000 (Dillon sells 15,000 Sonus shares on 2011-06-13, signed 2011-06-14) with a 4/A made from it
 * (the edit: documentType 4/A, dateOfOriginalSubmission 2011-06-14, signed 2011-06-20, 15,500 sold),
 * beside the other seeds and the corpus. Dillon's filings are the seeds 000, 001 and 003 (periods
 * 2011-06-13, 2013-03-11, 2007-12-05) and the 4/A.
 */
let api: TestApi;
beforeAll(async () => {
  const amendment = {
    ...seedInput('000', (f) => ({
      ...f,
      documentType: '4/A' as const,
      dateOfOriginalSubmission: '2011-06-14',
      signatures: [{ name: 'Matthew S. Dillon', date: '2011-06-20' }],
      nonDerivativeTransactions: [{ ...f.nonDerivativeTransactions[0]!, shares: 15500, sharesOwnedFollowingTransaction: 71142 }],
    })),
    origin: 'amendment',
  };
  api = await startTestApi({}, [...seedInputs(), ...corpusInputs(), amendment]);
}, 120_000);
afterAll(() => api.dispose());

const nodes = <T>(c: { edges: Array<{ node: T }> }): T[] => c.edges.map((e) => e.node);
const DILLON = 'Person:name:DILLON MATTHEW S@name:SONUS NETWORKS';

describe('amendments in the API', () => {
  it('links the 4/A and its original both ways, and marks the original superseded', async () => {
    const r = await api.gql(`query($id: ID) { person(id: $id) { filings { edges { node { formType periodOfReport superseded
      amends { formType signatureDate } amendedBy { formType signatureDate superseded } } } } } }`, { id: DILLON });
    expect(r.errors).toBeUndefined();
    const june2011 = nodes<{ periodOfReport: string }>(r.data.person.filings).filter((f) => f.periodOfReport === '2011-06-13');
    expect(june2011).toEqual(
      expect.arrayContaining([
        { formType: '4/A', periodOfReport: '2011-06-13', superseded: false, amends: { formType: '4', signatureDate: '2011-06-14' }, amendedBy: [] },
        { formType: '4', periodOfReport: '2011-06-13', superseded: true, amends: null, amendedBy: [{ formType: '4/A', signatureDate: '2011-06-20', superseded: false }] },
      ]),
    );
    expect(june2011).toHaveLength(2);
  });
});

describe('paging backwards', () => {
  it('gives with last/before the page before a cursor, and hasPreviousPage/hasNextPage to match', async () => {
    const all = await api.gql(`query($id: ID) { person(id: $id) { filings(first: 4) { edges { cursor node { periodOfReport formType } } } } }`, { id: DILLON });
    const edges = all.data.person.filings.edges as Array<{ cursor: string; node: unknown }>;
    expect(edges).toHaveLength(4);
    const back = await api.gql(`query($id: ID, $b: String) { person(id: $id) { filings(last: 2, before: $b) { edges { node { periodOfReport formType } }
      pageInfo { hasPreviousPage hasNextPage } } } }`, { id: DILLON, b: edges[3]!.cursor });
    expect(back.data.person.filings.edges.map((e: { node: unknown }) => e.node)).toEqual([edges[1]!.node, edges[2]!.node]);
    expect(back.data.person.filings.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
    const start = await api.gql(`query($id: ID, $b: String) { person(id: $id) { filings(last: 5, before: $b) { edges { node { formType } } pageInfo { hasPreviousPage } } } }`, { id: DILLON, b: edges[1]!.cursor });
    expect(start.data.person.filings.edges).toHaveLength(1);
    expect(start.data.person.filings.pageInfo.hasPreviousPage).toBe(false);
  });

  it('refuses last without before, and both directions at once, naming the argument', async () => {
    const alone = await api.gql(`{ people(last: 2) { totalCount } }`);
    expect(alone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(alone.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: ['before'] })]);
    const both = await api.gql(`{ people(first: 2, last: 2, before: "bzox") { totalCount } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('finds a person by CIK with or without leading zeros (Brin, 0001295032)', async () => {
    for (const q of ['1295032', '0001295032']) {
      const r = await api.gql(`query($q: String) { people(search: $q) { edges { node { name cik } } } }`, { q });
      expect(nodes(r.data.people)).toEqual([{ name: 'Sergey Brin', cik: '0001295032' }]);
    }
  });

  it('finds an issuer by CIK with or without leading zeros (Alphabet, 0001652044)', async () => {
    for (const q of ['1652044', '0001652044']) {
      const r = await api.gql(`query($q: String) { issuers(search: $q) { totalCount edges { node { name } } } }`, { q });
      expect(nodes(r.data.issuers)).toEqual([{ name: 'Alphabet Inc.' }]);
    }
  });

  it('forgives one letter: "dilon" and "Dilllon" find Dillon, "brni" does not find Brin', async () => {
    for (const q of ['dilon', 'Dilllon', 'dillin matthew']) {
      const r = await api.gql(`query($q: String) { people(search: $q) { edges { node { name } } } }`, { q });
      expect(nodes(r.data.people)).toEqual([{ name: 'Dillon Matthew S.' }]);
    }
    // Two letters swapped are two edits.
    expect(nodes((await api.gql(`{ people(search: "brni") { edges { node { name } } } }`)).data.people)).toEqual([]);
  });

  it('says "no person with id nope"', async () => {
    const r = await api.gql(`{ person(id: "nope") { name } }`);
    expect(r.errors?.[0]).toMatchObject({ message: 'no person with id nope', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('ambiguous tickers', () => {
  /* GOOG: Google Inc. (0001288776) in 0001127602-15-028697 (period 2015-10-02), Alphabet (0001652044)
   * in 0001209191-22-024552 and -024550 (period 2022-04-13). */
  it('resolves GOOG to Alphabet, the issuer that used it most recently, and lists both', async () => {
    expect((await api.gql(`{ issuer(ticker: "GOOG") { name cik } }`)).data.issuer).toEqual({ name: 'Alphabet Inc.', cik: '0001652044' });
    expect((await api.gql(`{ issuersByTicker(ticker: "goog") { issuer { name } lastReported } }`)).data.issuersByTicker).toEqual([
      { issuer: { name: 'Alphabet Inc.' }, lastReported: '2022-04-13' },
      { issuer: { name: 'GOOGLE INC.' }, lastReported: '2015-10-02' },
    ]);
  });
});

describe('a ticker an issuer used before', () => {
  /* The edit: Apple's 0000320193-23-000015 (period 2023-02-01) made to give the ticker AAPX, as if Apple
   * had traded under it until then; 0000320193-23-000079 (period 2023-08-05) gives AAPL as filed. */
  const AAPL = join(CORPUS_DIR, 'johnxiao3_stockwise/sec-edgar-filings/AAPL/4');
  const read = (acc: string): string => readFileSync(join(AAPL, acc, 'full-submission.txt'), 'utf8');
  let apple: TestApi;
  beforeAll(async () => {
    const edited = read('0000320193-23-000015').replace('<issuerTradingSymbol>AAPL</issuerTradingSymbol>', '<issuerTradingSymbol>AAPX</issuerTradingSymbol>');
    expect(edited).toContain('AAPX');
    apple = await startTestApi({}, [
      { origin: '0000320193-23-000015-edited.txt', bytes: Buffer.from(edited) },
      { origin: '0000320193-23-000079.txt', bytes: Buffer.from(read('0000320193-23-000079')) },
    ]);
  }, 120_000);
  afterAll(() => apple.dispose());

  it('still finds the issuer by it, and lists its tickers over time, the latest first', async () => {
    const q = '{ issuer(ticker: "aapx") { cik ticker tickerHistory { ticker firstReported lastReported } } }';
    expect((await apple.gql(q)).data.issuer).toEqual({
      cik: '0000320193',
      ticker: 'AAPL',
      tickerHistory: [
        { ticker: 'AAPL', firstReported: '2023-08-05', lastReported: '2023-08-05' },
        { ticker: 'AAPX', firstReported: '2023-02-01', lastReported: '2023-02-01' },
      ],
    });
    expect((await apple.gql('{ issuersByTicker(ticker: "AAPX") { issuer { cik } lastReported } }')).data.issuersByTicker).toEqual([{ issuer: { cik: '0000320193' }, lastReported: '2023-02-01' }]);
  });
});
