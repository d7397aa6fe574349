import { writeFileSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as C from '../../src/graph/cypher/ingest';
import * as Q from '../../src/graph/cypher/queries';
import type { GraphStore, TxWork } from '../../src/graph/store';
import { ingestInputs, runIngest } from '../../src/ingest';
import { fileInputs } from '../../src/ingest/sources';
import { CORPUS_DIR } from '../helpers/paths';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

async function snapshot(store: GraphStore): Promise<unknown> {
  return {
    nodes: await read(store, Q.GRAPH_COUNTS),
    rels: await read(store, Q.RELATIONSHIP_COUNTS),
    holdings: await read(store, Q.HOLDINGS_OF_PERSON, { personKey: 'name:DILLON MATTHEW S@name:SONUS NETWORKS' }),
  };
}

describe('idempotent: ingesting the same files twice leaves the graph as once', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await openTestStore()));
  afterAll(() => dispose());

  it('for the seeds and the corpus folder', async () => {
    const seeds = ['000', '001', '002', '003', '004'].map((n) => seedInput(n));
    const first = await ingestInputs(seeds, { store });
    const corpus1 = await runIngest([join(CORPUS_DIR, 'syeo-1_secform4project')], { store });
    const once = await snapshot(store);
    const second = await ingestInputs(seeds, { store });
    const corpus2 = await runIngest([join(CORPUS_DIR, 'syeo-1_secform4project')], { store });
    expect(await snapshot(store)).toEqual(once);
    expect([first.written, second.written, second.skipped]).toEqual([5, 0, 5]);
    // The folder holds six ownership documents (listed by hand).
    expect([corpus1.files, corpus1.written, corpus2.written, corpus2.skipped]).toEqual([6, 6, 0, 6]);
  });
});

/** A real store that fails the transaction rows write of one chosen filing, after other statements ran. */
function failingRowsOf(store: GraphStore, filingKeyPart: string): GraphStore {
  return {
    engine: store.engine,
    executeRead: (work) => store.executeRead(work),
    executeWrite<T>(work: TxWork<T>) {
      return store.executeWrite((tx) =>
        work({
          run(query, params = {}) {
            const rows = (params.rows ?? []) as Array<{ filingKey?: string }>;
            if (query === C.CREATE_TRANSACTIONS && rows.some((r) => r.filingKey?.includes(filingKeyPart))) {
              return Promise.reject(new Error('disk on fire'));
            }
            return tx.run(query, params);
          },
        }),
      );
    },
    close: () => store.close(),
  };
}

describe('atomic per filing: a filing that fails leaves nothing behind and the run goes on', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    dir = mkdtempSync(join(tmpdir(), 'insider-graph-atomic-'));
  });
  afterAll(async () => {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists a parse failure and a write failure, and writes the rest of the batch', async () => {
    copyFileSync(join(CORPUS_DIR, 'syeo-1_secform4project', 'workday_standard_disposal.xml'), join(dir, 'a-workday.xml'));
    copyFileSync(join(CORPUS_DIR, 'syeo-1_secform4project', 'jetblue_RSU_acquisition.xml'), join(dir, 'b-jetblue.xml'));
    writeFileSync(join(dir, 'c-garbage.xml'), '<ownershipDocument><oops');
    // The Workday submission's accession number is its filing key; fail its rows write.
    const summary = await runIngest([dir], { store: failingRowsOf(store, '0001327811-25-000050') });
    expect(summary.files).toBe(3);
    expect(summary.written).toBe(1);
    expect(summary.failures.map((f) => [f.origin.slice(dir.length + 1), f.stage])).toEqual([
      ['c-garbage.xml', 'parse'],
      ['a-workday.xml', 'write'],
    ]);
    expect(summary.failures[1]!.message).toBe('disk on fire');
    // Nothing of Workday or its CEO is left: not the issuer, person or filing written before the failure.
    const names = await read(store, Q.PERSONS_BY_NAME, { name: 'eschenbach' });
    expect(names).toEqual([]);
    const labels = (await read(store, Q.GRAPH_COUNTS)).map((r) => [r.label, r.n]);
    expect(labels).toContainEqual(['Filing', 1]);
    expect(labels).toContainEqual(['Issuer', 1]);
  });
});

describe('the Workday Form 4 in the corpus, values read by hand', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTestStore());
    await runIngest([join(CORPUS_DIR, 'syeo-1_secform4project', 'workday_standard_disposal.xml')], { store });
  });
  afterAll(() => dispose());

  it('holds the direct and the trust line separately, as of the period', async () => {
    expect(await read(store, Q.HOLDINGS_OF_PERSON, { personKey: 'cik:0001409324' })).toEqual([
      { issuer: 'Workday, Inc.', security: 'Class A Common Stock', ownership: 'D', nature: null, shares: 627104, asOf: '2025-03-05' },
      {
        issuer: 'Workday, Inc.',
        security: 'Class A Common Stock',
        ownership: 'I',
        nature: 'Eschenbach Family Trust dtd 4/15/2014, Carl Eschenbach Jr and Ana Eschenbach TTEE',
        shares: 13972,
        asOf: '2025-03-05',
      },
    ]);
  });

  it('records him as director and as officer titled CEO', async () => {
    const roles = await read(store, Q.ROLES_OF_PERSON, { personKey: 'cik:0001409324' });
    expect(roles.map((r) => [r.type, r.title, r.since, r.until])).toEqual([
      ['DIRECTOR_OF', null, '2025-03-05', '2025-03-05'],
      ['OFFICER_OF', 'CEO', '2025-03-05', '2025-03-05'],
    ]);
  });

  it('pages the one F transaction: 11,084 shares at 253.63, disposed', async () => {
    const rows = await read(store, Q.ISSUER_TRANSACTIONS, { issuerKey: 'cik:0001327811', skip: 0, limit: 10 });
    expect(rows).toEqual([
      { key: 'acc:0001327811-25-000050#1', date: '2025-03-05', code: 'F', shares: 11084, price: 253.63, acquiredDisposed: 'D', owners: ['Eschenbach Carl M.'] },
    ]);
  });
});

describe('a file that cannot be read', () => {
  it('is listed as a read failure and the rest is ingested', async () => {
    const { store, dispose } = await openTestStore();
    const dir = mkdtempSync(join(tmpdir(), 'insider-graph-unreadable-'));
    try {
      copyFileSync(join(CORPUS_DIR, 'syeo-1_secform4project', 'jetblue_RSU_acquisition.xml'), join(dir, 'jetblue.xml'));
      const inputs = fileInputs([join(dir, 'gone.xml'), join(dir, 'jetblue.xml')]);
      const summary = await ingestInputs(inputs, { store });
      expect(summary.written).toBe(1);
      expect(summary.failures.map((f) => [f.origin.slice(dir.length + 1), f.stage])).toEqual([['gone.xml', 'read']]);
      expect(summary.failures[0]!.message).toMatch(/ENOENT/);
    } finally {
      await dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
