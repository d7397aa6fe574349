import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

/*
 * Values below were read by hand from ../shared/seeds/*.expected.json:
 *  000 Dillon Matthew S.  2011-06-13  S 15000 D -> 71642 D, officer "SVP, Global Support Services"
 *  001 Dillon Matthew S.  2013-03-11  S 22000 D -> 180706 D, officer "SVP, Global Support Services"
 *  002 Harris Kathleen A. 2011-09-15  F 5291 D -> 54162 D
 *  003 Dillon Matthew S.  2007-12-05  M 14278 A -> 39778, S 14278 D -> 25500, officer "VP, Global Services";
 *      Table II: Employee Stock Option (right to buy) 4.48, exp 2010-05-27, M 14278 -> 1660 left
 *  004 Polizzi Peter      2014-06-17  F 2584 D -> 22416 D
 * All five: issuer SONUS NETWORKS INC (no CIK), owners without CIK.
 */
const DILLON_KEY = 'name:DILLON MATTHEW S@name:SONUS NETWORKS';

describe.each([
  ['in file order', ['000', '001', '002', '003', '004'], 500],
  ['in reverse order, one filing per batch', ['004', '003', '002', '001', '000'], 1],
])('the seeds ingested %s', (_label, order, batchSize) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    const summary = await ingestInputs(order.map((n) => seedInput(n)), { store, batchSize });
    expect(summary).toMatchObject({ files: 5, written: 5, skipped: 0, failures: [], transactions: 7 });
  });
  afterAll(() => dispose());

  it('has one issuer, three people and seven transactions', async () => {
    expect(await read(store, Q.GRAPH_COUNTS)).toEqual([
      { label: 'Filing', n: 5 },
      { label: 'Issuer', n: 1 },
      { label: 'Option', n: 1 },
      { label: 'Person', n: 3 },
      { label: 'Transaction', n: 7 },
    ]);
    expect(await read(store, Q.COUNT_CURRENT_TRANSACTIONS)).toEqual([{ n: 7 }]);
  });

  it('makes Dillon Matthew S. one Person with three FILED', async () => {
    expect(await read(store, Q.PERSONS_BY_NAME, { name: 'dillon' })).toEqual([{ key: DILLON_KEY, cik: null, name: 'Dillon Matthew S.', filings: 3 }]);
  });

  it("holds Dillon's latest balance by transaction date, whatever the file order", async () => {
    expect(await read(store, Q.HOLDINGS_OF_PERSON, { personKey: DILLON_KEY })).toEqual([
      { issuer: 'SONUS NETWORKS INC', security: 'Common Stock', ownership: 'D', nature: null, shares: 180706, asOf: '2013-03-11' },
    ]);
  });

  it("keeps Dillon's option with what is left after the exercise", async () => {
    expect(await read(store, Q.OPTIONS_OF_PERSON, { personKey: DILLON_KEY })).toEqual([
      { title: 'Employee Stock Option (right to buy)', exercisePrice: 4.48, expirationDate: '2010-05-27', shares: 1660, asOf: '2007-12-05', exercises: 1 },
    ]);
  });

  it('spans the officer role over the dates seen, with the latest title', async () => {
    expect(await read(store, Q.ROLES_OF_PERSON, { personKey: DILLON_KEY })).toEqual([
      { type: 'OFFICER_OF', issuer: 'SONUS NETWORKS INC', title: 'SVP, Global Support Services', text: null, since: '2007-12-05', until: '2013-03-11' },
    ]);
  });
});
