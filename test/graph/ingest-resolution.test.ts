import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import type { IngestInput } from '../../src/ingest/sources';
import type { Filing } from '../../src/parser';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

const DILLON_NAME_KEY = 'name:DILLON MATTHEW S@name:SONUS NETWORKS';

/** Seed 001 as an EDGAR XML filing would have it: the same Dillon, now with a CIK, name reordered. */
const withCik = (f: Filing): Filing => ({
  ...f,
  periodOfReport: '2014-01-02',
  reportingOwners: [{ ...f.reportingOwners[0]!, cik: '0001234567', name: 'MATTHEW S. DILLON' }],
  nonDerivativeTransactions: [{ ...f.nonDerivativeTransactions[0]!, transactionDate: '2014-01-02', shares: 100, sharesOwnedFollowingTransaction: 180606 }],
});
const cikInput = (): IngestInput => ({ ...seedInput('001', withCik), origin: 'dillon-with-cik' });

describe.each([
  ['name-only filings first, then one with a CIK', () => [seedInput('000'), seedInput('003'), cikInput()]],
  ['the CIK filing first', () => [cikInput(), seedInput('000'), seedInput('003')]],
])('a person without a CIK merges into the CIK holder of the same name and issuer: %s', (_label, inputs) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    // One filing per batch, so each match is made against the graph, not within a batch.
    const s = await ingestInputs(inputs(), { store, batchSize: 1 });
    expect(s.failures).toEqual([]);
  });
  afterAll(() => dispose());

  it('leaves one Dillon, keyed by CIK, with all three filings', async () => {
    expect(await read(store, Q.PERSONS_BY_NAME, { name: 'dillon' })).toEqual([
      { key: 'cik:0001234567', cik: '0001234567', name: 'MATTHEW S. DILLON', filings: 3 },
    ]);
    expect(await read(store, Q.FILINGS_OF_PERSON, { personKey: DILLON_NAME_KEY })).toEqual([]);
  });

  it('recomputes his holdings and roles on the merged person', async () => {
    expect(await read(store, Q.HOLDINGS_OF_PERSON, { personKey: 'cik:0001234567' })).toEqual([
      { issuer: 'SONUS NETWORKS INC', security: 'Common Stock', ownership: 'D', nature: null, shares: 180606, asOf: '2014-01-02' },
    ]);
    const roles = await read(store, Q.ROLES_OF_PERSON, { personKey: 'cik:0001234567' });
    expect(roles.map((r) => [r.type, r.since, r.until])).toEqual([['OFFICER_OF', '2007-12-05', '2014-01-02']]);
    expect((await read(store, Q.OPTIONS_OF_PERSON, { personKey: 'cik:0001234567' })).map((o) => o.shares)).toEqual([1660]);
  });
});

describe('a CIK-less person stays apart from a namesake at another issuer', () => {
  it('gives two people', async () => {
    const { store, dispose } = await openTestStore();
    try {
      const elsewhere = seedInput('000', (f) => ({ ...f, issuer: { cik: null, name: 'Other Corp', tradingSymbol: 'OTH' } }));
      await ingestInputs([seedInput('000'), { ...elsewhere, origin: 'other' }], { store });
      const people = await read(store, Q.PERSONS_BY_NAME, { name: 'dillon' });
      expect(people.map((p) => p.key)).toEqual(['name:DILLON MATTHEW S@name:OTHER', DILLON_NAME_KEY]);
    } finally {
      await dispose();
    }
  });
});
