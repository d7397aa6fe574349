import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import type { IngestInput } from '../../src/ingest/sources';
import type { Filing } from '../../src/parser';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

/*
 * A person's name spelled with and without the middle initial at one issuer. The seeds 000, 001 and
 * 003 are Dillon's Forms 4 at Sonus Networks (no CIKs), filed as "Dillon Matthew S."; the edits
 * below rename the owner of one of them, nothing else.
 */
const DILLON_S = 'name:DILLON MATTHEW S@name:SONUS NETWORKS';
const renamed = (n: string, name: string, cik: string | null = null): IngestInput => ({
  ...seedInput(n, (f: Filing) => ({ ...f, reportingOwners: [{ ...f.reportingOwners[0]!, name, cik }] })),
  origin: `seed-${n} as ${name}`,
});

async function ingested(inputs: IngestInput[], batchSize: number): Promise<{ store: GraphStore; dispose: () => Promise<void>; warnings: unknown[] }> {
  const { store, dispose } = await openTestStore();
  const s = await ingestInputs(inputs, { store, batchSize });
  expect(s.failures).toEqual([]);
  return { store, dispose, warnings: s.warnings };
}

describe.each([
  ['the full spelling first, one filing per batch', () => [seedInput('000'), seedInput('003'), renamed('001', 'Matthew Dillon')], 1],
  ['the short spelling first, one filing per batch', () => [renamed('001', 'Matthew Dillon'), seedInput('000'), seedInput('003')], 1],
  ['all in one batch', () => [renamed('001', 'Matthew Dillon'), seedInput('000'), seedInput('003')], 100],
])('"Matthew Dillon" and "Dillon Matthew S." at Sonus are one person: %s', (_label, inputs, batchSize) => {
  let env: Awaited<ReturnType<typeof ingested>>;
  beforeAll(async () => {
    env = await ingested(inputs(), batchSize);
  });
  afterAll(() => env.dispose());

  it('gives one Dillon with the three filings', async () => {
    const people = await read(env.store, Q.PERSONS_BY_NAME, { name: 'dillon' });
    expect(people.map((p) => p.filings)).toEqual([3]);
    expect(env.warnings).toEqual([]);
  });

  it('holds his latest balance (180,706 on 2013-03-11, seed 001) on that one person', async () => {
    const [p] = await read(env.store, Q.PERSONS_BY_NAME, { name: 'dillon' });
    expect(await read(env.store, Q.HOLDINGS_OF_PERSON, { personKey: String(p!.key) })).toEqual([
      { issuer: 'SONUS NETWORKS INC', security: 'Common Stock', ownership: 'D', nature: null, shares: 180706, asOf: '2013-03-11' },
    ]);
  });
});

describe('a CIK holder spelled without the initial absorbs the name-only "Dillon Matthew S."', () => {
  it.each([1, 100])('batch size %i', async (batchSize) => {
    const env = await ingested([seedInput('000'), seedInput('003'), renamed('001', 'MATTHEW DILLON', '0001234567')], batchSize);
    try {
      expect(await read(env.store, Q.PERSONS_BY_NAME, { name: 'dillon' })).toEqual([{ key: 'cik:0001234567', cik: '0001234567', name: 'MATTHEW DILLON', filings: 3 }]);
      expect(await read(env.store, Q.FILINGS_OF_PERSON, { personKey: DILLON_S })).toEqual([]);
    } finally {
      await env.dispose();
    }
  });
});

describe('where the evidence is not unambiguous', () => {
  it('keeps a different middle initial apart', async () => {
    const env = await ingested([seedInput('000'), renamed('001', 'Dillon Matthew J.')], 1);
    try {
      expect((await read(env.store, Q.PERSONS_BY_NAME, { name: 'dillon' })).map((p) => p.key)).toEqual(['name:DILLON MATTHEW J@name:SONUS NETWORKS', DILLON_S]);
    } finally {
      await env.dispose();
    }
  });

  it('never merges two CIKs, and warns when a name-only spelling fits both', async () => {
    const env = await ingested([renamed('000', 'Dillon Matthew S.', '0000000011'), renamed('003', 'Dillon Matthew T.', '0000000022'), renamed('001', 'Matthew Dillon')], 1);
    try {
      const people = await read(env.store, Q.PERSONS_BY_NAME, { name: 'dillon' });
      expect(people.map((p) => String(p.key)).sort()).toEqual(['cik:0000000011', 'cik:0000000022', 'name:DILLON MATTHEW@name:SONUS NETWORKS']);
      expect(env.warnings).toEqual([
        { origin: 'seed-001 as Matthew Dillon', message: 'DILLON MATTHEW at name:SONUS NETWORKS may be any of cik:0000000011, cik:0000000022: kept apart' },
      ]);
    } finally {
      await env.dispose();
    }
  });
});
