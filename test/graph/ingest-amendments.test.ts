import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import type { IngestInput } from '../../src/ingest/sources';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

/*
 * Seed 000 (Dillon sells 15,000 on 2011-06-13, 71,642 left, signed 2011-06-14) amended: the 4/A says
 * 15,500 were sold, 71,142 left. Seed 001 (2013) is absent so the amended balance is the latest.
 */
const amendment = (): IngestInput => ({
  ...seedInput('000', (f) => ({
    ...f,
    documentType: '4/A',
    dateOfOriginalSubmission: '2011-06-14',
    signatures: [{ name: 'Matthew S. Dillon', date: '2011-06-20' }],
    nonDerivativeTransactions: [{ ...f.nonDerivativeTransactions[0]!, shares: 15500, sharesOwnedFollowingTransaction: 71142 }],
  })),
  origin: 'amendment',
});
const DILLON = 'name:DILLON MATTHEW S@name:SONUS NETWORKS';

describe.each([
  ['original first', () => [seedInput('000'), amendment(), seedInput('003')]],
  ['amendment first', () => [amendment(), seedInput('003'), seedInput('000')]],
])('a 4/A supersedes the filing it amends (%s)', (_label, inputs) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    const s = await ingestInputs(inputs(), { store, batchSize: 1 });
    expect(s.failures).toEqual([]);
    expect(s.written).toBe(3);
  });
  afterAll(() => dispose());

  it('keeps both, links them with AMENDS and marks the original superseded', async () => {
    const links = await read(store, Q.AMENDMENTS);
    expect(links.map((l) => [l.amendmentSuperseded, l.originalSuperseded])).toEqual([[false, true]]);
    const filings = await read(store, Q.FILINGS_OF_PERSON, { personKey: DILLON });
    expect(filings.map((f) => [f.formType, f.period, f.superseded])).toEqual([
      ['4', '2007-12-05', false],
      ...(filings[1]!.formType === '4' ? [['4', '2011-06-13', true], ['4/A', '2011-06-13', false]] : [['4/A', '2011-06-13', false], ['4', '2011-06-13', true]]),
    ]);
  });

  it('counts the amended version only', async () => {
    // 003 has three transactions; 000 and its 4/A one each, of which only the 4/A counts.
    expect(await read(store, Q.COUNT_CURRENT_TRANSACTIONS)).toEqual([{ n: 4 }]);
    expect(await read(store, Q.NET_SHARES_SINCE, { since: '2011-01-01' })).toEqual([{ issuerKey: 'name:SONUS NETWORKS', issuer: 'SONUS NETWORKS INC', net: -15500 }]);
  });

  it('takes holdings from the amendment', async () => {
    expect(await read(store, Q.HOLDINGS_OF_PERSON, { personKey: DILLON })).toEqual([
      { issuer: 'SONUS NETWORKS INC', security: 'Common Stock', ownership: 'D', nature: null, shares: 71142, asOf: '2011-06-13' },
    ]);
  });
});
