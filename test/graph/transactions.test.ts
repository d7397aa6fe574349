import * as C from '../../src/graph/cypher/ingest';
import * as Q from '../../src/graph/cypher/queries';
import { isGrafeoTransient } from '../../src/graph/grafeo-store';
import { withRetry } from '../../src/graph/retry';
import type { GraphStore } from '../../src/graph/store';
import { ingestInputs } from '../../src/ingest';
import { seedInput } from './helpers/seeds';
import { openTestStore, read } from './helpers/store';

describe('write transactions', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await openTestStore()));
  afterAll(() => dispose());

  it('roll back everything when the work fails after a successful statement', async () => {
    const failing = store.executeWrite(async (tx) => {
      await tx.run(C.MERGE_PERSONS, { rows: [{ key: 'ghost', cik: null, name: 'Ghost', normName: 'GHOST' }] });
      throw new Error('the work changed its mind');
    });
    await expect(failing).rejects.toThrow('the work changed its mind');
    expect(await read(store, Q.PERSONS_BY_NAME, { name: 'ghost' })).toEqual([]);
  });

  it('roll back when a later statement is refused by the engine', async () => {
    await ingestInputs([seedInput('004')], { store });
    const failing = store.executeWrite(async (tx) => {
      await tx.run(C.MERGE_PERSONS, { rows: [{ key: 'ghost2', cik: null, name: 'Ghost Two', normName: 'GHOST TWO' }] });
      // CREATE of a filing that exists breaks the Filing key constraint.
      const existing = await tx.run(Q.FILINGS_OF_PERSON, { personKey: 'name:PETER POLIZZI@name:SONUS NETWORKS' });
      await tx.run(C.CREATE_FILINGS, { rows: [{ key: existing[0]!.key, issuerKey: 'name:SONUS NETWORKS', period: '2014-06-17', props: {} }] });
    });
    await expect(failing).rejects.toThrow();
    expect(await read(store, Q.PERSONS_BY_NAME, { name: 'ghost' })).toEqual([]);
    expect((await read(store, Q.PERSONS_BY_NAME, { name: 'polizzi' })).length).toBe(1);
  });
});

describe('retry', () => {
  const conflict = new Error('Database error: GRAFEO-T001: write-write conflict');

  it('retries write conflicts until the work succeeds', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw conflict;
        return 'done';
      },
      isGrafeoTransient,
      { maxAttempts: 5, baseDelayMs: 1 },
    );
    expect([result, calls]).toEqual(['done', 3]);
  });

  it('does not retry other errors, and gives up after the last attempt', async () => {
    let calls = 0;
    const other = withRetry(async () => { calls++; throw new Error('GRAFEO-V001 constraint'); }, isGrafeoTransient, { maxAttempts: 5, baseDelayMs: 1 });
    await expect(other).rejects.toThrow('V001');
    expect(calls).toBe(1);
    calls = 0;
    const always = withRetry(async () => { calls++; throw conflict; }, isGrafeoTransient, { maxAttempts: 4, baseDelayMs: 1 });
    await expect(always).rejects.toThrow('T001');
    expect(calls).toBe(4);
  });
});
