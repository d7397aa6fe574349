import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import type { IngestInput } from '../../src/ingest/sources';
import type { Filing } from '../../src/parser';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

/*
 * The seeds are OCR filings about "SONUS NETWORKS INC" without a CIK (Dillon: 000, 001, 003; Harris:
 * 002; Polizzi: 004). The edit: seed 001 as EDGAR would have it, with the issuer's CIK (0001105472)
 * and name "Sonus Networks, Inc."; nothing else.
 */
const SONUS = 'cik:0001105472';
const withIssuerCik = (cik: string, n = '001'): IngestInput => ({
  ...seedInput(n, (f: Filing) => ({ ...f, issuer: { cik, name: 'Sonus Networks, Inc.', tradingSymbol: 'SONS' } })),
  origin: `seed-${n} with issuer CIK ${cik}`,
});

const ISSUERS = `MATCH (i:Issuer) OPTIONAL MATCH (i)<-[:ABOUT]-(f:Filing) RETURN i.key AS key, i.cik AS cik, count(f) AS filings ORDER BY key`;

describe.each([
  ['name-only filings first, in batches of one', () => [seedInput('000'), seedInput('002'), seedInput('003'), seedInput('004'), withIssuerCik('0001105472')], 1],
  ['name-only filings first, in one batch, the CIK one after', () => [seedInput('000'), seedInput('002'), seedInput('003'), seedInput('004'), withIssuerCik('0001105472')], 4],
])('a name-only issuer is absorbed by the CIK holder of its name: %s', (_label, inputs, batchSize) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    const s = await ingestInputs(inputs(), { store, batchSize });
    expect(s.failures).toEqual([]);
    expect(s.warnings).toEqual([]);
  });
  afterAll(() => dispose());

  it('leaves one Sonus, keyed by its CIK, with all five filings', async () => {
    expect(await read(store, ISSUERS)).toEqual([{ key: SONUS, cik: '0001105472', filings: 5 }]);
  });

  it("re-keys its name-only people to it, keeps Dillon's three filings on one person and rebuilds his holdings", async () => {
    expect(await read(store, Q.PERSONS_BY_NAME, { name: 'dillon' })).toEqual([{ key: `name:DILLON MATTHEW S@${SONUS}`, cik: null, name: 'Dillon Matthew S.', filings: 3 }]);
    expect(await read(store, Q.HOLDINGS_OF_PERSON, { personKey: `name:DILLON MATTHEW S@${SONUS}` })).toEqual([
      { issuer: 'Sonus Networks, Inc.', security: 'Common Stock', ownership: 'D', nature: null, shares: 180706, asOf: '2013-03-11' },
    ]);
    const roles = await read(store, Q.ROLES_OF_PERSON, { personKey: `name:DILLON MATTHEW S@${SONUS}` });
    expect(roles.map((r) => [r.type, r.since, r.until])).toEqual([['OFFICER_OF', '2007-12-05', '2013-03-11']]);
    expect((await read(store, Q.OPTIONS_OF_PERSON, { personKey: `name:DILLON MATTHEW S@${SONUS}` })).map((o) => [o.shares, o.exercises])).toEqual([[1660, 1]]);
  });

  it('keeps every transaction row on the issuer', async () => {
    expect(await read(store, `MATCH (t:Transaction)-[:OF_ISSUER]->(i:Issuer) RETURN i.key AS key, count(t) AS n`)).toEqual([{ key: SONUS, n: 7 }]);
  });
});

describe('a name-only issuer whose name two CIK holders share', () => {
  it('stays apart, with a warning', async () => {
    const { store, dispose } = await openTestStore();
    try {
      await ingestInputs([seedInput('000')], { store });
      const s = await ingestInputs([withIssuerCik('0000000011', '001'), withIssuerCik('0000000022', '004')], { store });
      expect(s.warnings).toEqual([
        { origin: 'seed-001 with issuer CIK 0000000011', message: 'issuer name:SONUS NETWORKS (no CIK) may be any of cik:0000000011, cik:0000000022: kept apart' },
      ]);
      expect((await read(store, ISSUERS)).map((r) => r.key)).toEqual(['cik:0000000011', 'cik:0000000022', 'name:SONUS NETWORKS']);
    } finally {
      await dispose();
    }
  });
});
