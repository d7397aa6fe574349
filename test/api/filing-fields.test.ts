import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/paths';
import { startTestApi, type TestApi } from './helpers/api';

/*
 * Fields and filters users asked for, on the corpus, values read by eye from the filings:
 *  - Deirdre O'Brien's Form 4 0000320193-23-000079 (Apple, CIK 0000320193), Senior Vice President,
 *    FILED AS OF DATE 20230808, ACCEPTANCE-DATETIME 20230808183028, aff10b5One 1. Rows in document
 *    order: Table I M 31,896 on 2023-08-05 (RSU settlement, price only footnoted); F 16,477 at 181.99 on
 *    2023-08-05 (tax withholding, F3); S 15,419 at 178.56 on 2023-08-07 (F4: "made pursuant to a
 *    Rule 10b5-1 trading plan"); Table II RSU M 31,896 on 2023-08-05. Lags 3, 3, 1, 3 days; none late
 *    (2023-08-05 was a Saturday: due 2023-08-08).
 *  - Katherine Adams' Form 4 0000320193-23-000081: G 5,600 on 2023-08-08, filed 2023-09-19 (42 days),
 *    after the gift rule of 2023-02-27: late. aff10b5One 0, no footnote or remark on a plan.
 *  - Sergey Brin's 0001209191-22-024552 and -024550 (Alphabet, CIK 0001652044, director and 10% owner,
 *    no officer): remarks "All transactions reported in this Form 4 were effected pursuant to a Rule
 *    10b5-1 Trading Plan"; 6 and 30 Table I rows and 1 Table II row (a C of Class B, in 024550): 37 rows.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 120_000);
afterAll(() => api.dispose());

const nodes = <T>(c: { edges: Array<{ node: T }> }): T[] => c.edges.map((e) => e.node);
const OBRIEN = 'Person:cik:0001767094';
const APPLE = 'Issuer:cik:0000320193';
const ALPHABET = 'Issuer:cik:0001652044';

describe('filing date, acceptance time, EDGAR link, 10b5-1', () => {
  it("gives O'Brien's filing its dates and EDGAR index page, and each row its lag, lateness and 10b5-1 status", async () => {
    const r = await api.gql(`{ filing(accession: "0000320193-23-000079") { filingDate acceptedAt edgarUrl aff10b5One
      transactions { edges { node { code date filingLagDays lateFiling rule10b5One rule10b5OneSource } } } } }`);
    expect(r.errors).toBeUndefined();
    const f = r.data.filing;
    expect({ ...f, transactions: undefined }).toEqual({
      filingDate: '2023-08-08',
      acceptedAt: '2023-08-08T18:30:28',
      edgarUrl: 'https://www.sec.gov/Archives/edgar/data/320193/000032019323000079/0000320193-23-000079-index.htm',
      aff10b5One: true,
      transactions: undefined,
    });
    // The checkbox is explained by F4 on the sale: the other rows are not said to be under the plan.
    expect(nodes(f.transactions)).toEqual([
      { code: 'M', date: '2023-08-05', filingLagDays: 3, lateFiling: false, rule10b5One: null, rule10b5OneSource: null },
      { code: 'F', date: '2023-08-05', filingLagDays: 3, lateFiling: false, rule10b5One: null, rule10b5OneSource: null },
      { code: 'S', date: '2023-08-07', filingLagDays: 1, lateFiling: false, rule10b5One: true, rule10b5OneSource: 'FOOTNOTE' },
      { code: 'M', date: '2023-08-05', filingLagDays: 3, lateFiling: false, rule10b5One: null, rule10b5OneSource: null },
    ]);
  });

  it("flags Adams' gift filed 42 days late", async () => {
    const r = await api.gql(`{ filing(accession: "0000320193-23-000081") { filingDate aff10b5One transactions { edges { node { code shares filingLagDays lateFiling rule10b5One } } } } }`);
    expect(r.data.filing.filingDate).toBe('2023-09-19');
    expect(nodes(r.data.filing.transactions)).toEqual([{ code: 'G', shares: 5600, filingLagDays: 42, lateFiling: true, rule10b5One: false }]);
  });

  it('has no filing date or EDGAR link where the source had none (an OCR seed)', async () => {
    const r = await api.gql(`{ people(search: "Polizzi") { edges { node { filings { edges { node { filingDate acceptedAt edgarUrl } } } } } } }`);
    expect(nodes(nodes<{ filings: { edges: Array<{ node: unknown }> } }>(r.data.people)[0]!.filings)).toEqual([{ filingDate: null, acceptedAt: null, edgarUrl: null }]);
  });
});

describe('transaction filters', () => {
  // O'Brien's rows of 0000320193-23-000079 alone: her other Apple filings fall outside these days.
  const AUG = 'from: "2023-08-05", to: "2023-08-07"';
  const count = async (filter: string): Promise<number> => {
    const r = await api.gql(`{ transactions(filter: ${filter}) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    return r.data.transactions.totalCount as number;
  };
  const rows = async (filter: string): Promise<unknown[]> => {
    const r = await api.gql(`{ transactions(filter: ${filter}, orderBy: DATE_ASC) { edges { node { code shares pricePerShare } } } }`);
    expect(r.errors).toBeUndefined();
    return nodes(r.data.transactions);
  };

  it('filters on 10b5-1: all 37 of Brin’s Alphabet rows by the remarks', async () => {
    expect(await count(`{ issuer: "${ALPHABET}", rule10b5One: true }`)).toBe(37);
    expect(await count(`{ issuer: "${ALPHABET}" }`)).toBe(37);
    expect(await count(`{ person: "${OBRIEN}", ${AUG}, rule10b5One: true }`)).toBe(1);
  });

  it('filters on the role of the reporting owner and on the officer title', async () => {
    expect(await count(`{ issuer: "${ALPHABET}", role: DIRECTOR }`)).toBe(37);
    expect(await count(`{ issuer: "${ALPHABET}", role: TEN_PERCENT_OWNER }`)).toBe(37);
    expect(await count(`{ issuer: "${ALPHABET}", role: OFFICER }`)).toBe(0);
    expect(await count(`{ person: "${OBRIEN}", ${AUG}, role: OFFICER, titleContains: "senior vice" }`)).toBe(4);
    expect(await count(`{ person: "${OBRIEN}", ${AUG}, titleContains: "chief" }`)).toBe(0);
  });

  it('filters on the table, on value and on the code enum', async () => {
    expect(await rows(`{ person: "${OBRIEN}", ${AUG}, derivative: true }`)).toEqual([{ code: 'M', shares: 31896, pricePerShare: null }]);
    expect(await rows(`{ person: "${OBRIEN}", ${AUG}, minValue: 2800000 }`)).toEqual([{ code: 'F', shares: 16477, pricePerShare: 181.99 }]);
    expect(await rows(`{ person: "${OBRIEN}", ${AUG}, minValue: 1, maxValue: 2800000 }`)).toEqual([{ code: 'S', shares: 15419, pricePerShare: 178.56 }]);
    expect(await rows(`{ person: "${OBRIEN}", ${AUG}, codes: [S, F] }`)).toHaveLength(2);
  });

  it('filters on filing lag and lateness', async () => {
    expect(await rows(`{ person: "${OBRIEN}", ${AUG}, maxFilingLagDays: 1 }`)).toEqual([{ code: 'S', shares: 15419, pricePerShare: 178.56 }]);
    expect(await count(`{ person: "${OBRIEN}", ${AUG}, minFilingLagDays: 3 }`)).toBe(3);
    expect(await rows(`{ issuer: "${APPLE}", lateFiling: true, minFilingLagDays: 40, maxFilingLagDays: 45 }`)).toEqual([{ code: 'G', shares: 5600, pricePerShare: 0 }]);
  });

  it('describes every code in the schema docs', async () => {
    const r = await api.gql(`{ __type(name: "TransactionCode") { enumValues { name description } } }`);
    const values = r.data.__type.enumValues as Array<{ name: string; description: string }>;
    expect(values).toHaveLength(20);
    expect(values.find((v) => v.name === 'G')?.description).toBe('Bona fide gift');
  });
});

describe("the README's example query", () => {
  it('still answers: Dillon holds 180,706 Sonus shares as of 2013-03-11', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const body = /-d '(\{"query":.*\})'/.exec(readme)?.[1];
    expect(body).toBeDefined();
    const { query } = JSON.parse(body!) as { query: string };
    const r = await api.gql(query);
    expect(r.errors).toBeUndefined();
    expect(r.data.people.edges).toEqual([{ node: { name: 'Dillon Matthew S.', holdings: { edges: [{ node: { shares: 180706, asOf: '2013-03-11', issuer: { name: 'SONUS NETWORKS INC' } } }] } } }]);
  });
});
